"""`kcextract check`: findings in the terminal, as JSON, or as a self-contained HTML page.

The HTML page holds the article text (escaped: nothing from the input runs), every figure
highlighted by type, and each finding linked to its figures. No script, no network.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..extract import mentions_of, process
from ..read import read_corpus
from ..records import Mention, atomic_write, number_text
from .arithmetic import vn
from .relations import Finding, find_relations


@dataclass
class Checked:
    doc_id: str
    text: str
    mentions: list[Mention]
    findings: list[Finding]


def check_text(text: str, doc_id: str = "", **meta) -> Checked:
    mentions = mentions_of(process(text, **meta), doc_id)
    return Checked(doc_id, text, mentions, find_relations(text, mentions))


def check_path(path: Path) -> tuple[list[Checked], list[str]]:
    """Every readable document under `path`, checked; and the one-line errors of the rest."""
    checked, errors = [], []
    for doc in read_corpus(path):
        if doc.error:
            errors.append(f"{doc.path}: {doc.error}")
            continue
        checked.append(check_text(doc.text, doc.id, title=doc.title, date=doc.date, province=doc.province))
    return checked, errors


def conflicts(checked: list[Checked]) -> list[dict]:
    """Across documents: the same province, years, indicator and status with different values."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for c in checked:
        for m in c.mentions:
            if m.indicator and len(m.indicator.split()) >= 4 and m.province and m.years and m.value_max is None:
                groups[(m.type, m.unit, m.province, tuple(m.years), m.indicator.lower(), m.status)].append(m)
    out = []
    for key, ms in groups.items():
        docs = {m.doc_id for m in ms}
        values = {m.value for m in ms}
        if len(docs) >= 2 and len(values) >= 2:
            out.append({"indicator": key[4], "province": key[2], "years": list(key[3]), "status": key[5],
                        "figures": [{"doc_id": m.doc_id, "text": m.text, "value": m.value} for m in ms]})
    return out


def as_json(checked: list[Checked], errors: list[str]) -> str:
    data = {"documents": [{"doc_id": c.doc_id, "findings": [f.as_dict() for f in c.findings]} for c in checked],
            "conflicts": conflicts(checked), "errors": errors}
    return json.dumps(data, ensure_ascii=False, indent=2, default=number_text)


def print_terminal(checked: list[Checked], errors: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:
        console = Console(width=160)      # piped output: wide rows rather than a narrow column
    styles = {"consistent": "green", "inconsistent": "bold red", "unverifiable": "yellow"}
    for c in checked:
        if not c.findings:
            continue
        table = Table(title=c.doc_id, show_lines=True, expand=True)
        table.add_column("verdict", no_wrap=True, min_width=12)
        table.add_column("arithmetic", ratio=3)
        table.add_column("sentence", ratio=4)
        for f in c.findings:
            detail = f.arithmetic
            if f.verdict == "inconsistent" and f.difference is not None:
                detail += f"\ndifference {vn(f.difference)}, tolerance {vn(f.tolerance)}"
            if f.missing:
                detail += f"\nmissing: {f.missing}"
            table.add_row(f"[{styles[f.verdict]}]{f.verdict}[/]\n{f.kind}", detail, f.sentence[:300])
        console.print(table)
    for conflict in conflicts(checked):
        console.print(f"[bold red]conflict[/] {conflict['indicator']} ({conflict['province']}, "
                      f"{conflict['years']}): " + "; ".join(f"{x['doc_id']}: {x['text']}" for x in conflict["figures"]))
    counts = defaultdict(int)
    for c in checked:
        for f in c.findings:
            counts[f.verdict] += 1
    console.print(f"{len(checked)} documents: {counts['consistent']} consistent, {counts['inconsistent']} "
                  f"inconsistent, {counts['unverifiable']} unverifiable")
    for e in errors:
        console.print(f"kcextract: {e}", style="red")


def render_html(checked: list[Checked]) -> str:
    """A self-contained page (no script, no network; the article text escaped): the same
    templates as the served page (kcextract/serve/templates)."""
    from ..serve.view import render, report_view

    reports = [report_view(c, f"d{i}") for i, c in enumerate(checked)]
    return render("report.html", reports=reports, conflicts=conflicts(checked))


def check_command(path: Path, as_json_out: bool = False, html_out: Path | None = None) -> int:
    checked, errors = check_path(path)
    if html_out:
        atomic_write(html_out, lambda f: f.write(render_html(checked)))
    if as_json_out:
        print(as_json(checked, errors))
    else:
        print_terminal(checked, errors)
    return 0

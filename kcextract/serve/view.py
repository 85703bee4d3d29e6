"""What a person sees of a checked article, for the Jinja2 templates that both the served page
and `kcextract check --html` render (templates/_report.html)."""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from ..check.arithmetic import vn
from ..records import Mention, number_text

TEMPLATES = Path(__file__).with_name("templates")
KIND_LABELS = {
    "sum": "tổng và các phần / total and parts",
    "share": "tỷ trọng của một phần / share of a part",
    "shares": "các tỷ trọng cộng lại 100% / shares adding to 100%",
    "of_plan": "so với kế hoạch / against the plan",
    "change": "tăng, giảm so với trước / change",
    "average": "bình quân / average",
    "ratio": "tỷ lệ vốn / ratio",
    "repeated": "cùng chỉ tiêu, hai giá trị / same indicator, two values",
}
VERDICT_LABELS = {"inconsistent": "KHÔNG KHỚP / inconsistent", "consistent": "khớp / consistent",
                  "unverifiable": "không kiểm được / unverifiable"}
ORDER = {"inconsistent": 0, "unverifiable": 1, "consistent": 2}


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


def _value(m: Mention) -> str:
    unit = m.unit if m.type in ("money", "percent") else None
    text = vn(m.value, unit)
    if m.value_max is not None:
        text += " – " + vn(m.value_max, unit)
    return f"{text} ({number_text(m.value)}{'–' + number_text(m.value_max) if m.value_max is not None else ''})"


def figure_fields(m: Mention) -> list[tuple[str, str]]:
    fields = [("giá trị / value", _value(m)), ("loại / type", m.type), ("đơn vị / unit", m.unit or ""),
              ("ước lượng / qualifier", m.qualifier), ("trạng thái / status", m.status or "")]
    if m.per:
        fields.append(("mỗi / per", m.per))
    if m.type == "percent":
        fields.append(("quan hệ / relation", m.relation or ""))
    if m.type == "money":
        fields.append(("nguồn / funding", m.funding or ""))
    fields += [("tỉnh / province", m.province or "—"), ("năm / years", "–".join(map(str, m.years)) if m.years else "—"),
               ("chỉ tiêu / indicator", m.indicator or "—")]
    return fields


def corpus_key(m: Mention) -> tuple | None:
    """Figures of other reports that speak of the same thing: province, years, indicator, status."""
    if not (m.indicator and m.province and m.years and m.value_max is None and len(m.indicator.split()) >= 2):
        return None
    return (m.type, (m.unit or "").lower(), m.province, tuple(m.years), m.indicator.lower(), m.status)


class CorpusIndex:
    """The figures of a run's output (OUT/mentions.jsonl), by corpus_key."""

    def __init__(self, path: Path):
        import json
        from decimal import Decimal

        self.path = path
        self.groups: dict[tuple, list[dict]] = defaultdict(list)
        self.figures = 0
        with (path / "mentions.jsonl").open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line, parse_float=Decimal, parse_int=Decimal)
                self.figures += 1
                row["start"], row["end"] = int(row["start"]), int(row["end"])
                row["years"] = [int(y) for y in row["years"]] if row.get("years") else None
                key = corpus_key(Mention(**row))
                if key:
                    self.groups[key].append(row)

    def others(self, m: Mention, doc_id: str) -> list[dict]:
        key = corpus_key(m)
        if not key:
            return []
        return [{"doc_id": r["doc_id"], "text": r["text"], "value": number_text(r["value"]),
                 "differs": r["value"] != m.value} for r in self.groups.get(key, []) if r["doc_id"] != doc_id]


def report_view(checked, anchor: str = "r0", corpus: CorpusIndex | None = None,
                downloads: dict | None = None, title: str | None = None) -> dict:
    """The template's view of one Checked article."""
    ids = {(m.start, m.end): f"{anchor}-f{i}" for i, m in enumerate(checked.mentions)}
    flagged = {(m.start, m.end) for f in checked.findings if f.verdict == "inconsistent" for m in f.mentions}
    findings = []
    for f in sorted(checked.findings, key=lambda f: (ORDER[f.verdict], min(m.start for m in f.mentions))):
        roles = f.roles or [""] * len(f.mentions)
        lead = f.mentions[0]
        unit = lead.unit if lead.type in ("money", "percent") else None     # the unit the figures are compared in
        findings.append({
            "verdict": f.verdict, "verdict_label": VERDICT_LABELS[f.verdict],
            "kind": f.kind, "kind_label": KIND_LABELS.get(f.kind, f.kind), "arithmetic": f.arithmetic,
            "difference": vn(f.difference, unit) if f.difference is not None else None,
            "tolerance": vn(f.tolerance, unit) if f.tolerance is not None else None, "why": f.why, "missing": f.missing,
            "mentions": [{"id": ids.get((m.start, m.end)), "text": m.text, "role": r} for m, r in zip(f.mentions, roles)],
        })
    pieces, cursor = [], 0
    for m in checked.mentions:
        if m.start < cursor:
            continue
        pieces.append({"text": checked.text[cursor:m.start], "m": None})
        pieces.append({"text": checked.text[m.start:m.end], "m": {
            "id": ids[(m.start, m.end)], "type": m.type, "flagged": (m.start, m.end) in flagged,
            "fields": figure_fields(m), "others": corpus.others(m, checked.doc_id) if corpus else []}})
        cursor = m.end
    pieces.append({"text": checked.text[cursor:], "m": None})
    counts = Counter(f.verdict for f in checked.findings)
    return {"anchor": anchor, "title": title if title is not None else checked.doc_id, "figures": len(checked.mentions),
            "counts": {k: counts.get(k, 0) for k in ORDER}, "findings": findings, "pieces": pieces,
            "downloads": downloads}


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)

"""The `kcextract` command: run, eval, check, crawl."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Figures and their context from Vietnamese khuyến công reports.")


def _fail(message: str) -> None:
    typer.echo(f"kcextract: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def run(
    corpus: str = typer.Argument(..., help="A folder (read recursively) or one file; with --scheduler, "
                                           "also file-system URLs or globs (s3://bucket/corpus/*.txt)."),
    out: Path = typer.Option(Path("out"), "-o", "--out", help="Output folder."),
    jobs: int = typer.Option(0, "-j", "--jobs", help="Worker processes (default: the machine's cores)."),
    formats: str = typer.Option("jsonl,csv", "--format", help="Output formats: jsonl, csv, parquet."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Extract every document again."),
    max_file_size: float = typer.Option(100, "--max-file-size", help="Larger files (MiB) are one error row."),
    scheduler: str = typer.Option(None, "--scheduler", help="Address of a Dask distributed scheduler."),
    part_rows: int = typer.Option(1_000_000, "--parquet-part-rows",
                                  help="Rows of one Parquet file; more make NAME.parquet a folder of parts."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar."),
):
    """Extract every money amount, percentage and count: OUT/mentions.jsonl, mentions.csv, documents.csv
    (and .parquet)."""
    from .batch import default_jobs, run_to
    from .records.writers import FORMATS

    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        _fail(f"--format {formats!r}: choose from {', '.join(FORMATS)}")
    if scheduler:
        from .dask import run_on_cluster

        result = run_on_cluster(corpus, out, scheduler, chosen, progress=not quiet and sys.stderr.isatty(),
                                part_rows=part_rows)
    else:
        if not Path(corpus).exists():
            _fail(f"{corpus}: no such file or folder")
        from .extract.models import skip_spacy_cli

        skip_spacy_cli()                # this process extracts itself with --jobs 1
        result = run_to(Path(corpus), out, progress=not quiet and sys.stderr.isatty(),
                        jobs=jobs or default_jobs(), formats=chosen, use_cache=not no_cache,
                        max_bytes=int(max_file_size * 2**20), part_rows=part_rows)
    typer.echo(f"{result.summary()} -> {out}/")


@app.command("eval")
def eval_(
    gold: Path = typer.Argument(Path("gold"), help="A gold .jsonl file or a folder of them."),
    as_json: bool = typer.Option(False, "--json", help="Scores as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List misses and false alarms with their context."),
    split: str = typer.Option(None, "--split", help="Score only the documents of this split: dev or test."),
):
    """Score the extractor against the hand-labeled gold set (ANNOTATION.md section 8)."""
    from .evaluate import GoldError, evaluate
    from .records import number_text

    if not gold.exists():
        _fail(f"{gold}: no such file or folder")
    try:
        result = evaluate(gold, split)
    except GoldError as e:
        _fail(str(e))
    if as_json:
        data = result.as_json()
        if errors:
            data["misses"], data["false_alarms"] = result.misses, result.false_alarms
            data["wrong_attributes"] = result.wrong_attributes
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=number_text))
        return
    typer.echo(f"{'':10} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}")
    for name, s in [*result.by_type.items(), ("overall", result.overall), ("strict", result.strict)]:
        typer.echo(f"{name:10} {s['precision']:7.3f} {s['recall']:7.3f} {s['f1']:7.3f} {s['gold']:6} {s['predicted']:6}")
    typer.echo("attribute accuracy on matched mentions:")
    for name, a in result.attributes.items():
        acc = "   n/a" if a["accuracy"] is None else f"{a['accuracy']:6.3f}"
        typer.echo(f"  {name:10} {acc}  (n={a['n']})")
    if errors:
        for title, rows in (("missed", result.misses), ("false alarm", result.false_alarms)):
            for e in rows:
                value = number_text(e["value"]) + (f"-{number_text(e['value_max'])}" if e["value_max"] is not None else "")
                typer.echo(f"{title:11} {e['doc']} {e['type']:7} {value:>14}  {e['context']}")
        for e in result.wrong_attributes:
            typer.echo(f"{'attribute':11} {e['doc']} {e['attribute']}: {e['text']!r} gold={e['gold']!r} predicted={e['predicted']!r}")


@app.command()
def check(
    path: Path = typer.Argument(..., help="An article file or a folder of them."),
    as_json: bool = typer.Option(False, "--json", help="Findings as JSON."),
    html: Path = typer.Option(None, "--html", help="Write a self-contained HTML report here."),
):
    """Recompute totals, parts, shares, ratios and progress against plan; flag what does not add up."""
    from .check.report import check_command

    if not path.exists():
        _fail(f"{path}: no such file or folder")
    raise typer.Exit(check_command(path, as_json, html))


@app.command()
def crawl(
    sources: Path = typer.Option(Path("sources.toml"), "--sources", help="The sites to crawl (TOML)."),
    out: Path = typer.Option(Path("corpus"), "--out", help="Corpus folder to write articles into."),
    max_pages: int = typer.Option(None, "--max-pages", help="Stop after fetching this many pages."),
    since: str = typer.Option(None, "--since", help="Skip articles dated before this day (YYYY-MM-DD)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Fetch and judge, but write no article."),
    check_sources: bool = typer.Option(False, "--check-sources",
                                       help="Fetch each site's start pages and count the links each pattern matches."),
):
    """Collect khuyến công articles politely (robots.txt, delays, retries), resumably and without duplicates."""
    from .collect.crawl import crawl_command

    if not sources.exists():
        _fail(f"{sources}: no such file")
    raise typer.Exit(crawl_command(sources, out, max_pages, since, dry_run, progress=sys.stderr.isatty(),
                                   check=check_sources))


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    corpus: Path = typer.Option(None, "--corpus", help="The output folder of a run (OUT/), to compare figures with."),
):
    """A local web page for journalists: paste, upload or fetch an article, see every figure and every check."""
    if corpus is not None and not (corpus / "mentions.jsonl").exists():
        _fail(f"{corpus}: no mentions.jsonl there (run `kcextract run CORPUS -o {corpus}` first)")
    from .serve.app import serve as run_server

    typer.echo(f"kcextract: serving on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    run_server(host, port, corpus)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

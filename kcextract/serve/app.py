"""The journalists' page and its JSON API (Starlette, served by uvicorn).

    kcextract serve [--host 127.0.0.1] [--port 8000] [--corpus OUT/]

- `GET /`: one form: paste a text, upload a .txt/.html/.json file, or give a URL (fetched once
  through the crawler's polite fetcher: robots.txt honoured, size and redirect caps).
- `POST /check`: the result page: the summary first, the findings (inconsistent first) with their
  arithmetic and tolerance, then the article with every figure highlighted and, on focus or hover,
  what it was read as; with `--corpus`, the other reports of the same province, years, indicator
  and status. Downloads of the figures as CSV and JSON.
- `POST /api/extract`, `POST /api/check` with `{"text": ...}` or `{"url": ...}`: the fields of
  `mentions.jsonl`, and the shape of `kcextract check --json`.
Errors (empty text, a text over MAX_CHARS characters, an undecodable upload, an unreachable URL)
are one clear sentence, with a 4xx/5xx status, never a stack trace.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import OrderedDict
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from ..check.report import Checked, as_json, check_text
from ..records import MENTION_COLUMNS, mention_json
from ..records.writers import csv_mention_row
from .view import CorpusIndex, render, report_view

MAX_CHARS = 200_000             # characters of one article
MAX_UPLOAD = 5 * 2**20          # bytes of one uploaded file
KEEP = 64                       # results kept for their downloads


class InputError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def fetch_url(url: str):
    """An article page, fetched once through the crawler's polite fetcher."""
    from urllib.parse import urlsplit

    from ..collect.fetch import FetchError, Fetcher
    from ..collect.page import decode
    from ..collect.sources import Settings
    from ..read import html_document

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url!r} is not an http(s) URL / không phải địa chỉ http(s)")
    fetcher = Fetcher(Settings(delay=0, retries=1, timeout=10, max_bytes=MAX_UPLOAD), {parts.hostname})
    try:
        response = fetcher.get(url)
    except FetchError as e:
        raise InputError(f"could not fetch {url} ({e.kind}) / không tải được trang", 502) from None
    except OSError as e:
        raise InputError(f"could not fetch {url} ({e}) / không tải được trang", 502) from None
    if response.status >= 400:
        raise InputError(f"could not fetch {url} (HTTP {response.status}) / không tải được trang", 502)
    doc = html_document(decode(response.body, response.headers.get("Content-Type", "")), "url", url)
    return doc.text, doc.title, doc.date


def text_of_upload(name: str, data: bytes):
    from ..read import documents_from_bytes

    if len(data) > MAX_UPLOAD:
        raise InputError(f"{name}: the file is over {MAX_UPLOAD // 2**20} MB / tệp quá lớn", 413)
    suffix = Path(name).suffix.lower() or ".txt"
    docs = list(documents_from_bytes(data, suffix, Path(name).stem, name))
    if not docs:
        raise InputError(f"{name}: no text in the file / tệp không có văn bản")
    if docs[0].error:
        raise InputError(f"{name}: {docs[0].error} / không đọc được tệp")
    return docs[0].text, docs[0].title, docs[0].date


def checked_text(text: str, title=None, date=None) -> Checked:
    if not text or not text.strip():
        raise InputError("the text is empty / chưa có nội dung")
    if len(text) > MAX_CHARS:
        raise InputError(f"the text has {len(text):,} characters, over the limit of {MAX_CHARS:,} / bài quá dài", 413)
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return check_text(text, key, title=title, date=date)


def create_app(corpus: Path | None = None) -> Starlette:
    index = CorpusIndex(corpus) if corpus else None
    results: OrderedDict[str, Checked] = OrderedDict()

    def remember(c: Checked) -> None:
        results[c.doc_id] = c
        results.move_to_end(c.doc_id)
        while len(results) > KEEP:
            results.popitem(last=False)

    def form(request: Request, error: str | None = None, status: int = 200, text: str = "", url: str = ""):
        return HTMLResponse(render("index.html", error=error, text=text, url=url, max_chars=f"{MAX_CHARS:,}",
                                   corpus=str(corpus) if corpus else None,
                                   corpus_figures=index.figures if index else 0), status_code=status)

    async def home(request: Request):
        return form(request)

    async def check_page(request: Request):
        f = await request.form()
        text, url, upload = (f.get("text") or ""), (f.get("url") or "").strip(), f.get("file")
        try:
            title = date = None
            if upload is not None and getattr(upload, "filename", ""):
                text, title, date = text_of_upload(upload.filename, await upload.read())
            elif url and not text.strip():
                text, title, date = fetch_url(url)
            c = checked_text(text, title, date)
        except InputError as e:
            return form(request, str(e), e.status, text=text[:MAX_CHARS], url=url)
        remember(c)
        view = report_view(c, "r", index, {"csv": f"/figures/{c.doc_id}.csv", "json": f"/figures/{c.doc_id}.json"},
                           title=title or "")
        return HTMLResponse(render("result.html", r=view))

    async def figures(request: Request):
        key, fmt = request.path_params["key"], request.path_params["fmt"]
        c = results.get(key)
        if c is None:
            return Response("this result is no longer kept: check the article again / hãy kiểm tra lại",
                            status_code=404, media_type="text/plain; charset=utf-8")
        if fmt == "json":
            body = "[" + ",\n".join(mention_json(m) for m in c.mentions) + "]\n"
            return Response(body, media_type="application/json",
                            headers={"Content-Disposition": f'attachment; filename="figures-{key}.json"'})
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(MENTION_COLUMNS)
        writer.writerows(csv_mention_row(m) for m in c.mentions)
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="figures-{key}.csv"'})

    async def api_input(request: Request):
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise InputError('the body must be JSON: {"text": ...} or {"url": ...}') from None
        if not isinstance(body, dict):
            raise InputError('the body must be a JSON object: {"text": ...} or {"url": ...}')
        if body.get("url") and not body.get("text"):
            text, title, date = fetch_url(str(body["url"]))
        else:
            text, title, date = body.get("text"), body.get("title"), body.get("date")
            if text is not None and not isinstance(text, str):
                raise InputError('"text" must be a string')
        return checked_text(text or "", title, date)

    async def api_extract(request: Request):
        try:
            c = await api_input(request)
        except InputError as e:
            return JSONResponse({"error": str(e)}, status_code=e.status)
        body = '{"mentions": [' + ",\n".join(mention_json(m) for m in c.mentions) + "]}\n"
        return Response(body, media_type="application/json")

    async def api_check(request: Request):
        try:
            c = await api_input(request)
        except InputError as e:
            return JSONResponse({"error": str(e)}, status_code=e.status)
        return Response(as_json([c], []), media_type="application/json")

    async def not_found(request: Request, exc):
        return Response("not found / không có trang này", status_code=404, media_type="text/plain; charset=utf-8")

    async def server_error(request: Request, exc):
        return Response("something went wrong on our side / lỗi máy chủ", status_code=500,
                        media_type="text/plain; charset=utf-8")

    return Starlette(routes=[
        Route("/", home), Route("/check", check_page, methods=["POST"]),
        Route("/figures/{key}.{fmt:str}", figures),
        Route("/api/extract", api_extract, methods=["POST"]), Route("/api/check", api_check, methods=["POST"]),
    ], exception_handlers={404: not_found, 500: server_error})


def warm_up() -> None:
    """Build the pipeline and load the models before the first request."""
    check_text("Tổng kinh phí 30 triệu đồng, trong đó 10 triệu đồng và 20 triệu đồng.")


def serve(host: str = "127.0.0.1", port: int = 8000, corpus: Path | None = None) -> None:
    import uvicorn

    app = create_app(corpus)
    warm_up()
    uvicorn.run(app, host=host, port=port, log_level="warning")

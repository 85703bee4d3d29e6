"""`kcextract crawl`: collect relevant articles from the configured sites into a corpus.

State lives beside the corpus in `.kcextract-crawl/`: a SQLite database of every URL seen
(status, content hash, ETag/Last-Modified for listings) and the raw pages, stored by the
SHA-256 of their bytes. A rerun, or a run after a kill, fetches no article twice; the same
article under two URLs (same canonical URL or same text) is written once.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import regex

from ..records import atomic_write
from .fetch import FetchError, Fetcher
from .page import article, decode, links
from .sources import Settings, Site, SourcesError, load_sources, path_and_query

STATE_DIR = ".kcextract-crawl"


def _plain(text: str) -> str:
    """Lower case without diacritics, for keywords typed either way ("khuyen cong")."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def relevance(site: Site, title: str, body: str) -> str | None:
    """Why an article is relevant, from its title and main text only (never menus or links):
    the keywords found and where, e.g. "title: 'khuyến công'; body: 'làng nghề' (3x)"; None if none."""
    found = []
    keywords = list({_plain(k): k for k in reversed(site.keywords)}.items())[::-1]   # one per plain form
    for where, text in (("title", title), ("body", body)):
        plain = _plain(text)
        words = [(k, plain.count(p)) for p, k in keywords if p in plain]
        if words:
            found.append(f"{where}: " + ", ".join(f"'{k}'" + (f" ({n}x)" if n > 1 else "") for k, n in words))
    return "; ".join(found) or None


class State:
    def __init__(self, root: Path):
        root.mkdir(parents=True, exist_ok=True)
        self.cache = root / "pages"
        self.cache.mkdir(exist_ok=True)
        self.db = sqlite3.connect(root / "state.sqlite")
        self.db.execute("CREATE TABLE IF NOT EXISTS urls (url TEXT PRIMARY KEY, kind TEXT, status TEXT, "
                        "sha256 TEXT, etag TEXT, last_modified TEXT, fetched_at TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS texts (sha256 TEXT PRIMARY KEY, path TEXT)")
        # the lines of every page of a site: a line on most of them is furniture, not article text
        self.db.execute("CREATE TABLE IF NOT EXISTS site_lines (site TEXT, line TEXT, pages INTEGER, "
                        "PRIMARY KEY (site, line))")
        self.db.execute("CREATE TABLE IF NOT EXISTS site_pages (site TEXT, sha256 TEXT, PRIMARY KEY (site, sha256))")
        self.db.commit()

    def learn_lines(self, site: str, digest: str, lines: set[str]) -> None:
        """Count the lines of one page of `site` (once per distinct page)."""
        if self.db.execute("SELECT 1 FROM site_pages WHERE site = ? AND sha256 = ?", (site, digest)).fetchone():
            return
        self.db.execute("INSERT INTO site_pages VALUES (?, ?)", (site, digest))
        self.db.executemany("INSERT INTO site_lines VALUES (?, ?, 1) ON CONFLICT(site, line) "
                            "DO UPDATE SET pages = pages + 1", [(site, line) for line in lines])
        self.db.commit()

    def furniture(self, site: str) -> set[str]:
        """Lines seen on at least half of the site's pages, and on three or more."""
        pages = self.db.execute("SELECT count(*) FROM site_pages WHERE site = ?", (site,)).fetchone()[0]
        if pages < 3:
            return set()
        rows = self.db.execute("SELECT line FROM site_lines WHERE site = ? AND pages >= ? AND pages >= 3",
                               (site, (pages + 1) // 2))
        return {r[0] for r in rows}

    def status(self, url: str) -> str | None:
        row = self.db.execute("SELECT status FROM urls WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def validators(self, url: str) -> dict[str, str]:
        row = self.db.execute("SELECT etag, last_modified FROM urls WHERE url = ?", (url,)).fetchone()
        headers = {}
        if row and row[0]:
            headers["If-None-Match"] = row[0]
        if row and row[1]:
            headers["If-Modified-Since"] = row[1]
        return headers

    def record(self, url: str, kind: str, status: str, sha256: str | None = None, headers: dict | None = None):
        headers = headers or {}
        self.db.execute("INSERT OR REPLACE INTO urls VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (url, kind, status, sha256, headers.get("ETag"), headers.get("Last-Modified"),
                         dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        self.db.commit()

    def keep_page(self, body: bytes) -> str:
        digest = hashlib.sha256(body).hexdigest()
        path = self.cache / f"{digest}.html"
        if not path.exists():
            atomic_write(path, lambda f: f.write(body.decode("latin-1")))   # bytes kept as they came
        return digest

    def text_seen(self, digest: str) -> str | None:
        row = self.db.execute("SELECT path FROM texts WHERE sha256 = ?", (digest,)).fetchone()
        return row[0] if row else None

    def remember_text(self, digest: str, path: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO texts VALUES (?, ?)", (digest, path))
        self.db.commit()


def _slug(url: str) -> str:
    path = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] or "index"
    path = regex.sub(r"\.(html?|aspx?|php)$", "", path)
    return regex.sub(r"[^\w-]+", "-", path)[:80] + "-" + hashlib.sha1(url.encode()).hexdigest()[:8]


class Crawl:
    def __init__(self, settings: Settings, sites: list[Site], out: Path, since: str | None = None,
                 dry_run: bool = False):
        self.settings, self.sites, self.out, self.since, self.dry_run = settings, sites, out, since, dry_run
        self.state = State(out / STATE_DIR)
        self.fetcher = Fetcher(settings, set().union(*(s.domains for s in sites)))
        self.summary: Counter = Counter()
        self.skipped: Counter = Counter()
        self.errors: Counter = Counter()

    def run(self, max_pages: int | None = None, progress=None) -> None:
        budget = max_pages if max_pages is not None else self.settings.max_pages
        for site in self.sites:
            queue = list(site.start)
            queued = set(queue)
            while queue and self.summary["fetched"] < budget:
                url = queue.pop(0)
                is_article = bool(site.article.search(path_and_query(url)))
                if is_article and self.state.status(url) in ("kept", "skipped", "duplicate"):
                    continue                  # done in an earlier run
                try:
                    response = self.fetcher.get(url, {} if is_article else self.state.validators(url))
                except FetchError as e:
                    self.errors[e.kind] += 1
                    self.state.record(url, "article" if is_article else "listing", f"error:{e.kind}")
                    continue
                self.summary["fetched"] += 1
                if progress:
                    progress(url)
                if response.status == 304:
                    self.summary["not modified"] += 1
                    continue
                digest = self.state.keep_page(response.body)
                html = decode(response.body, response.headers.get("Content-Type", ""))
                self.state.learn_lines(site.name, digest, page_lines(html))
                if is_article:
                    self._article(site, url, html, digest, response.headers)
                else:
                    self.state.record(url, "listing", "listed", digest, response.headers)
                for link in links(html, response.url):
                    target = path_and_query(link)
                    if link in queued or urlsplit(link).hostname not in site.domains:
                        continue
                    if site.article.search(target) or (site.listing and site.listing.search(target)):
                        queued.add(link)
                        queue.append(link)

    def _skip(self, url: str, reason: str, digest: str | None = None) -> None:
        self.skipped[reason] += 1
        self.state.record(url, "article", "skipped", digest)

    def _article(self, site: Site, url: str, html: str, digest: str, headers: dict) -> None:
        page = article(html, url, site.selectors)
        if not site.selectors.get("body"):
            furniture = self.state.furniture(site.name)
            page.body = "\n".join(line for line in page.body.splitlines() if " ".join(line.split()) not in furniture)
        if page.canonical and page.canonical != url and self.state.status(page.canonical) == "kept":
            self.skipped["duplicate"] += 1
            self.state.record(url, "article", "duplicate", digest)
            return
        if not page.body.strip():
            return self._skip(url, "no text", digest)
        if self.since and page.date and page.date < self.since:
            return self._skip(url, "before --since", digest)
        reason = relevance(site, page.title, page.body)
        if not reason:
            return self._skip(url, "not about khuyến công", digest)
        text_hash = hashlib.sha256(page.body.encode("utf-8")).hexdigest()
        if self.state.text_seen(text_hash):
            self.skipped["duplicate"] += 1
            self.state.record(url, "article", "duplicate", digest)
            return
        self.summary["kept"] += 1
        if self.dry_run:
            return
        folder = self.out / site.name
        name = _slug(page.canonical or url)
        text = f"{page.title}\n\n{page.body}\n"
        meta = {"url": page.canonical or url, "title": page.title, "date": page.date, "province": site.province,
                "source": site.name, "fetched_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "kept_because": reason}
        atomic_write(folder / f"{name}.txt", lambda f: f.write(text))
        atomic_write(folder / f"{name}.meta.json", lambda f: f.write(json.dumps(meta, ensure_ascii=False, indent=1)))
        self.state.remember_text(text_hash, str(folder / f"{name}.txt"))
        self.state.record(url, "article", "kept", digest)
        if page.canonical and page.canonical != url:
            self.state.record(page.canonical, "article", "kept", digest)

    def report(self) -> str:
        skipped = ", ".join(f"{n} {r}" for r, n in self.skipped.most_common()) or "none"
        errors = ", ".join(f"{n} {k}" for k, n in self.errors.most_common()) or "none"
        return (f"fetched {self.summary['fetched']}, kept {self.summary['kept']}; skipped: {skipped}; "
                f"errors: {errors}")


def page_lines(html: str) -> set[str]:
    """The text lines of a whole page, menus and footers included."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return {" ".join(line.split()) for line in soup.get_text("\n").splitlines() if len(line.split()) >= 2}


def check_sources(settings: Settings, sites: list[Site], out=None) -> list[dict]:
    """Fetch each site's start pages and count the links each pattern matches."""
    import sys

    out = out or sys.stdout
    rows = []
    for site in sites:
        fetcher = Fetcher(settings, site.domains)
        counts = {"links": 0, "article": 0, "listing": 0, "errors": 0}
        examples: dict[str, str] = {}
        for url in site.start:
            try:
                response = fetcher.get(url)
            except FetchError as e:
                counts["errors"] += 1
                print(f"{site.name}: {url}: {e}", file=out)
                continue
            html = decode(response.body, response.headers.get("Content-Type", ""))
            for link in links(html, response.url):
                if urlsplit(link).hostname not in site.domains:
                    continue
                counts["links"] += 1
                target = path_and_query(link)
                for name, pattern in (("article", site.article), ("listing", site.listing)):
                    if pattern is not None and pattern.search(target):
                        counts[name] += 1
                        examples.setdefault(name, target)
        print(f"{site.name}: {counts['links']} links on {len(site.start)} start page(s); "
              f"article pattern matched {counts['article']}"
              + (f" (e.g. {examples['article']})" if "article" in examples else "")
              + f"; listing pattern matched {counts['listing'] if site.listing else 'n/a'}"
              + (f" (e.g. {examples['listing']})" if "listing" in examples else "")
              + (f"; {counts['errors']} start page(s) failed" if counts["errors"] else ""), file=out)
        rows.append({"site": site.name, **counts})
    return rows


def crawl_command(sources: Path, out: Path, max_pages: int | None, since: str | None, dry_run: bool,
                  progress: bool, check: bool = False) -> int:
    import sys

    try:
        settings, sites = load_sources(sources)
    except SourcesError as e:
        print(f"kcextract: {e}", file=sys.stderr)
        return 2
    if check:
        rows = check_sources(settings, sites)
        return 0 if all(r["article"] for r in rows) else 1
    crawl = Crawl(settings, sites, out, since, dry_run)
    show = (lambda url: print(f"  {url}", file=sys.stderr)) if progress else None
    crawl.run(max_pages, show)
    print(crawl.report())
    return 0

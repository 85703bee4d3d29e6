"""The sources file: which sites to crawl, where to start, what an article page looks like.

    [defaults]
    delay = 1.0                      # seconds between two requests to one host
    user_agent = "kcextract/0.1 (+https://github.com/kcextract; research crawler)"

    [[site]]
    name = "congthuong-kiengiang"
    province = "Kiên Giang"
    start = ["https://sct.kiengiang.gov.vn/khuyen-cong"]      # listings, RSS/Atom feeds, sitemaps
    article = "^/tin-tuc/[^/]+\\.html$"                        # regex of article pages
    listing = "^/khuyen-cong(\\?page=\\d+)?$"                  # regex of further listing pages

Both patterns are searched in the same string: the URL's path plus its query (`/khuyen-cong?page=2`),
without scheme, host or fragment. `kcextract crawl --check-sources` fetches each site's start pages
and says how many links each pattern matched, so a wrong pattern shows before a long crawl.
    [site.selectors]                                           # optional; trafilatura otherwise
    title = "h1.title"
    date = ".date"
    body = "div.content"
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import regex

DEFAULT_KEYWORDS = ["khuyến công", "khuyen cong", "công nghiệp nông thôn", "cong nghiep nong thon", "CNNT",
                    "tiểu thủ công nghiệp", "tieu thu cong nghiep", "làng nghề", "lang nghe"]


def path_and_query(url: str) -> str:
    """What `article` and `listing` patterns are matched against: "/khuyen-cong?page=2"."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


@dataclass
class Site:
    name: str
    start: list[str]
    article: regex.Pattern
    listing: regex.Pattern | None = None
    province: str | None = None
    selectors: dict[str, str] = field(default_factory=dict)
    domains: set[str] = field(default_factory=set)
    keywords: list[str] = field(default_factory=lambda: list(DEFAULT_KEYWORDS))


@dataclass
class Settings:
    delay: float = 1.0
    timeout: float = 15.0
    retries: int = 3
    max_bytes: int = 3_000_000
    max_redirects: int = 5
    max_pages: int = 500
    max_retry_after: float = 60.0
    user_agent: str = "kcextract/0.1 (research crawler; contact: kcextract@users.noreply.github.com)"


class SourcesError(ValueError):
    pass


def load_sources(path: Path) -> tuple[Settings, list[Site]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise SourcesError(f"{path}: {e}") from None
    settings = Settings(**{k: v for k, v in data.get("defaults", {}).items() if k in Settings.__annotations__})
    sites = []
    for i, raw in enumerate(data.get("site", [])):
        try:
            start = list(raw["start"])
            domains = {urlsplit(u).hostname for u in start} | set(raw.get("domains", []))
            sites.append(Site(
                name=raw["name"], start=start, article=regex.compile(raw["article"]),
                listing=regex.compile(raw["listing"]) if raw.get("listing") else None,
                province=raw.get("province"), selectors=dict(raw.get("selectors", {})),
                domains={d for d in domains if d}, keywords=list(raw.get("keywords", DEFAULT_KEYWORDS))))
        except (KeyError, regex.error) as e:
            raise SourcesError(f"{path}: site {i + 1}: {e}") from None
    if not sites:
        raise SourcesError(f"{path}: no [[site]] entries")
    return settings, sites

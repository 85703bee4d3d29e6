"""A fetched page -> text: decoding (declared charsets, legacy Vietnamese code pages), links,
and an article's title, date and body (CSS selectors when given, trafilatura and htmldate
otherwise), plus its canonical URL."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import urljoin, urldefrag

from bs4 import BeautifulSoup, UnicodeDammit


@dataclass
class Article:
    title: str
    date: str | None
    body: str
    canonical: str | None


def decode(body: bytes, content_type: str = "") -> str:
    """Bytes -> NFC text, honouring the header's charset, then the page's meta tag."""
    declared = []
    if "charset=" in content_type.lower():
        declared.append(content_type.lower().split("charset=")[-1].split(";")[0].strip())
    text = UnicodeDammit(body, declared + ["utf-8"], is_html=True).unicode_markup or body.decode("utf-8", "replace")
    # windows-1258 writes tone marks as combining characters: NFC puts them back on the vowel
    return unicodedata.normalize("NFC", text)


def links(html: str, base: str) -> list[str]:
    """The links of a page, an RSS/Atom feed or a sitemap, absolute and without fragments."""
    head = html.lstrip()[:400].lower()
    if head.startswith("<?xml") or any(tag in head for tag in ("<rss", "<feed", "<urlset", "<sitemapindex")):
        xml = BeautifulSoup(html, "xml")
        found = [t.get_text(strip=True) for t in xml.find_all(["link", "loc"]) if t.get_text(strip=True)]
        found += [t["href"] for t in xml.find_all("link", href=True)]
    else:
        found = [a["href"] for a in BeautifulSoup(html, "lxml").find_all("a", href=True)]
    return list(dict.fromkeys(urldefrag(urljoin(base, u))[0] for u in found))


def article(html: str, url: str, selectors: dict[str, str]) -> Article:
    import trafilatura
    from htmldate import find_date

    soup = BeautifulSoup(html, "lxml")

    def pick(key: str) -> str | None:
        node = soup.select_one(selectors[key]) if selectors.get(key) else None
        return node.get_text("\n", strip=True) if node else None

    meta = trafilatura.extract_metadata(html, default_url=url)
    title = pick("title") or (meta.title if meta and meta.title else None) or (soup.title.string if soup.title else "")
    body = pick("body") or trafilatura.extract(html, include_comments=False, favor_recall=True) or ""
    date = _iso_date(pick("date")) or find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    canonical = soup.find("link", rel="canonical")
    return Article(unicodedata.normalize("NFC", (title or "").strip()), date, unicodedata.normalize("NFC", body),
                   urljoin(url, canonical["href"]) if canonical and canonical.get("href") else None)


def _iso_date(text: str | None) -> str | None:
    if not text:
        return None
    import regex

    m = regex.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    m = regex.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    return m[0] if m else None

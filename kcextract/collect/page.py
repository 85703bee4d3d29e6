"""A fetched page -> text: decoding (declared charsets, legacy Vietnamese code pages), links,
and an article's title, date and body (CSS selectors when given, trafilatura and htmldate
otherwise), plus its canonical URL."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import urljoin, urldefrag

import regex
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


# Page furniture, by tag or by the class/id words sites give it.
FURNITURE_TAGS = ["nav", "header", "footer", "aside", "script", "style", "noscript", "form", "iframe", "button",
                  "select", "menu"]
FURNITURE_NAMES = regex.compile(r"(?<![a-z])(?:menu|nav|navbar|footer|sidebar|side-bar|share|social|related|"
                                r"relate|breadcrumbs?|banner|comment|print-bar|toolbar|copyright|lien-quan|"
                                r"tin-khac|tin-moi|tin-lien-quan|other-news|most-read|tags?|widget|advert|ads)"
                                r"(?![a-z])", regex.IGNORECASE)
DATE_LINE = regex.compile(r"^\W*(?:(?:thứ\s+\p{L}+|chủ nhật)\W*)?(?:(?:ngày|cập nhật|đăng)\W*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
                          r"(?:\W+\d{1,2}:\d{2}(?::\d{2})?)?\W*$", regex.IGNORECASE)


def _strip_furniture(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(FURNITURE_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or not tag.attrs:
            continue
        names = " ".join([*(tag.get("class") or []), tag.get("id") or "", tag.get("role") or ""])
        if names.strip() and FURNITURE_NAMES.search(names):
            tag.decompose()


def _good_paragraphs(html: str) -> set[str]:
    """The paragraphs jusText takes for article text (the second opinion)."""
    import justext

    try:
        paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("Vietnamese"), encoding="utf-8")
    except Exception:             # jusText gives up on some pages: no second opinion then
        return set()
    return {" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate}


def main_text(html: str) -> tuple[str | None, str]:
    """(a title found in the body, the article's paragraphs), page furniture left out.

    Furniture tags and blocks named as such go first; trafilatura (precision settings) reads
    what is left; a line that jusText takes for boilerplate is dropped unless it is long
    (a second opinion where trafilatura keeps too much); date lines go (the date is metadata)."""
    import trafilatura

    soup = BeautifulSoup(html, "lxml")
    _strip_furniture(soup)
    # tables laid out as page columns: their cells are blocks of their own
    for cell in soup.find_all(["td", "th"]):
        cell.name = "div"
    for tag in soup.find_all(["table", "tr", "tbody", "thead"]):
        tag.name = "div"
    cleaned = str(soup)
    text = trafilatura.extract(cleaned, include_comments=False, include_tables=False, favor_precision=True) or ""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if not lines:
        lines = [" ".join(line.split()) for line in soup.get_text("\n").splitlines() if line.strip()]
    good = _good_paragraphs(cleaned)
    kept = [line for line in lines if line in good or len(line) >= 120 or (not good and len(line) >= 40)]
    kept = [line for line in kept if not DATE_LINE.match(line)]
    heading = soup.find(["h1", "h2"]) or soup.find(["b", "strong"])
    found_title = " ".join(heading.get_text(" ").split()) if heading else None
    return found_title, "\n".join(kept)


def article(html: str, url: str, selectors: dict[str, str]) -> Article:
    import trafilatura
    from htmldate import find_date

    soup = BeautifulSoup(html, "lxml")

    def pick(key: str) -> str | None:
        node = soup.select_one(selectors[key]) if selectors.get(key) else None
        return node.get_text("\n", strip=True) if node else None

    meta = trafilatura.extract_metadata(html, default_url=url)
    body_title, body = (None, pick("body")) if pick("body") else main_text(html)
    og = soup.find("meta", property="og:title")
    title = (pick("title") or (og.get("content") if og else None) or body_title
             or (meta.title if meta and meta.title else None) or (soup.title.string if soup.title else "") or "")
    title = " ".join(title.split())
    if body.split("\n", 1)[0].strip() == title:
        body = body.split("\n", 1)[1] if "\n" in body else ""     # the title once, above the body
    date = _iso_date(pick("date")) or find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    canonical = soup.find("link", rel="canonical")
    return Article(unicodedata.normalize("NFC", title.strip()), date, unicodedata.normalize("NFC", body),
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

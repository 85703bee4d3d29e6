"""`kcextract crawl` against a fixture site served on 127.0.0.1: no test touches the internet."""
import json
import threading
import unicodedata
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kcextract.batch import run_corpus
from kcextract.collect.crawl import Crawl
from kcextract.collect.sources import load_sources

BODY = ("Năm 2023, Trung tâm Khuyến công tỉnh đã hỗ trợ {n} cơ sở công nghiệp nông thôn ứng dụng máy móc "
        "thiết bị tiên tiến, với tổng kinh phí {money} triệu đồng. Các cơ sở được hỗ trợ đã nâng cao năng suất, "
        "chất lượng sản phẩm và giải quyết việc làm cho lao động nông thôn tại địa phương.")

PORTAL = """<html><head><title>Cổng thông tin</title></head><body><div class="menu">Trang chủ | Tin tức</div>
<h1 class="title">{title}</h1><span class="date">Ngày đăng: {date}</span>
<div class="content"><p>{body}</p></div><div class="footer">Bản quyền Sở Công Thương</div></body></html>"""
NEWS = """<html><head><title>{title} | Báo Công Thương</title>
<meta property="article:published_time" content="{date}"></head><body><header>Báo Công Thương</header>
<article><h1>{title}</h1><p class="sapo">{body}</p><p>{body}</p></article><aside>Tin khác</aside></body></html>"""
PLAIN = """<html><head><title>{title}</title><meta name="date" content="{date}"></head><body>
<nav>Menu</nav><main><h2>{title}</h2><p>{body}</p><p>Thông tin thêm về chương trình khuyến công năm nay.</p>
</main></body></html>"""


def cp1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks apart from their vowels ("ổ" = "ô" + hook above)."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return out


def _pages():
    art = {
        "/tin-tuc/kc-1.html": PORTAL.format(title="Hỗ trợ 12 cơ sở ứng dụng máy móc", date="05/03/2023",
                                            body=BODY.format(n=12, money="1.250")),
        "/tin-tuc/kc-2.html": NEWS.format(title="Khuyến công giúp làng nghề", date="2023-04-10",
                                          body=BODY.format(n=8, money="900")),
        "/tin-tuc/kc-3.html": PLAIN.format(title="Kết quả khuyến công quý II", date="2023-07-01",
                                           body=BODY.format(n=5, money="640")),
        "/tin-tuc/bong-da.html": NEWS.format(title="Đội tuyển thắng trận", date="2023-05-01",
                                             body="Trận đấu diễn ra sôi nổi với hai bàn thắng trong hiệp hai."),
        "/private/tin-tuc/an.html": PORTAL.format(title="Nội bộ khuyến công", date="01/01/2023",
                                                  body=BODY.format(n=1, money="10")),
        "/tin-tuc/kc-4.html": PORTAL.format(title="Khuyến công tháng 8", date="02/08/2023",
                                            body=BODY.format(n=4, money="300")),
    }
    art["/tin-tuc/kc-1-ban-in.html"] = art["/tin-tuc/kc-1.html"]          # one article under two URLs
    legacy = PORTAL.replace("<head>", "<head><meta charset='windows-1258'>").format(
        title="Hỗ trợ cơ sở công nghiệp nông thôn", date="09/09/2023", body=BODY.format(n=3, money="210"))
    listing1 = "".join(f"<a href='{p}'>x</a>" for p in ["/tin-tuc/kc-1.html", "/tin-tuc/kc-2.html",
                       "/tin-tuc/bong-da.html", "/private/tin-tuc/an.html", "/tin-tuc/kc-1-ban-in.html",
                       "/tin-tuc/loi-500.html", "/tin-tuc/qua-tai.html", "/tin-tuc/vong-lap.html",
                       "/tin-tuc/ra-ngoai.html", "/tin-tuc/cham.html", "/tin-tuc/qua-lon.html"])
    listing2 = "".join(f"<a href='{p}'>x</a>" for p in ["/tin-tuc/kc-3.html", "/tin-tuc/cu.html", "/tin-tuc/kc-4.html"])
    return art, legacy, listing1 + "<a href='/khuyen-cong?page=2'>2</a>", listing2


class Site:
    def __init__(self):
        self.articles, self.legacy, self.listing1, self.listing2 = _pages()
        self.log: list[tuple[float, str]] = []
        self.busy = 0
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handler(site):
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def send(self, code, body=b"", headers=()):
                self.send_response(code)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                path = self.path
                site.log.append((time.monotonic(), path))
                html = lambda s: (200, s.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")])
                if path == "/robots.txt":
                    return self.send(200, b"User-agent: *\nDisallow: /private/\n")
                if path == "/khuyen-cong":
                    return self.send(*html(site.listing1))
                if path == "/khuyen-cong?page=2":
                    return self.send(*html(site.listing2))
                if path in site.articles:
                    return self.send(*html(site.articles[path]))
                if path == "/tin-tuc/cu.html":
                    return self.send(200, cp1258(site.legacy), [("Content-Type", "text/html")])
                if path == "/tin-tuc/loi-500.html":
                    return self.send(500, b"error")
                if path == "/tin-tuc/qua-tai.html":
                    site.busy += 1
                    if site.busy == 1:
                        return self.send(429, b"slow down", [("Retry-After", "0.2")])
                    return self.send(*html(site.articles["/tin-tuc/kc-4.html"].replace("tháng 8", "qua tải")
                                           .replace("4 cơ sở", "6 cơ sở")))
                if path == "/tin-tuc/vong-lap.html":
                    return self.send(302, b"", [("Location", "/tin-tuc/vong-lap-2.html")])
                if path == "/tin-tuc/vong-lap-2.html":
                    return self.send(302, b"", [("Location", "/tin-tuc/vong-lap.html")])
                if path == "/tin-tuc/ra-ngoai.html":
                    return self.send(302, b"", [("Location", "http://example.invalid/tin-tuc/x.html")])
                if path == "/tin-tuc/cham.html":
                    time.sleep(1.5)
                    return self.send(*html("<p>late</p>"))
                if path == "/tin-tuc/qua-lon.html":
                    return self.send(200, b"<p>" + b"x" * 300_000 + b"</p>", [("Content-Type", "text/html")])
                return self.send(404, b"not found")
        return Handler


@pytest.fixture()
def site():
    s = Site()
    yield s
    s.server.shutdown()


def _sources(tmp_path, base):
    path = tmp_path / "sources.toml"
    path.write_text(f"""
[defaults]
delay = 0.1
timeout = 0.8
retries = 2
max_bytes = 200000

[[site]]
name = "sct-test"
province = "Nam Định"
start = ["{base}/khuyen-cong"]
article = "^/(?:private/)?tin-tuc/[^/]+\\\\.html$"
listing = "/khuyen-cong(\\\\?page=\\\\d+)?$"
[site.selectors]
title = "h1.title"
date = "span.date"
body = "div.content"
""", encoding="utf-8")
    return path


def _crawl(tmp_path, site, max_pages=None):
    settings, sites = load_sources(_sources(tmp_path, site.base))
    crawl = Crawl(settings, sites, tmp_path / "corpus")
    crawl.run(max_pages)
    return crawl


def _kept(tmp_path):
    return {json.loads(p.read_text(encoding="utf-8"))["url"].split("/")[-1]: json.loads(p.read_text(encoding="utf-8"))
            for p in (tmp_path / "corpus").rglob("*.meta.json")}


def test_collects_every_relevant_article_once(tmp_path, site):
    crawl = _crawl(tmp_path, site)
    kept = _kept(tmp_path)
    assert set(kept) == {"kc-1.html", "kc-2.html", "kc-3.html", "kc-4.html", "cu.html", "qua-tai.html"}
    assert kept["kc-1.html"]["title"] == "Hỗ trợ 12 cơ sở ứng dụng máy móc"
    assert kept["kc-1.html"]["date"] == "2023-03-05" and kept["kc-2.html"]["date"] == "2023-04-10"
    assert kept["kc-3.html"]["date"] == "2023-07-01" and kept["cu.html"]["province"] == "Nam Định"
    legacy = (tmp_path / "corpus" / "sct-test").glob("cu-*.txt")
    assert "công nghiệp nông thôn" in next(legacy).read_text(encoding="utf-8")     # windows-1258, NFC
    body = next((tmp_path / "corpus" / "sct-test").glob("kc-1-*.txt")).read_text(encoding="utf-8")
    assert "1.250 triệu đồng" in body and "Bản quyền" not in body and "Trang chủ" not in body
    paths = [p for _, p in site.log]
    assert "/private/tin-tuc/an.html" not in paths                 # robots.txt
    assert crawl.skipped["not about khuyến công"] == 1             # the football match
    assert crawl.skipped["duplicate"] == 1                         # the print version of kc-1
    assert crawl.errors["http-500"] == 1 and crawl.errors["redirects"] == 1
    assert crawl.errors["off-domain"] == 1 and crawl.errors["timeout"] >= 1 and crawl.errors["too-large"] == 1
    assert paths.count("/tin-tuc/qua-tai.html") == 2               # a 429, then success


def test_waits_between_requests_to_one_host(tmp_path, site):
    _crawl(tmp_path, site)
    times = [t for t, _ in site.log]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.09


def test_a_rerun_after_a_kill_fetches_no_article_twice(tmp_path, site):
    _crawl(tmp_path, site, max_pages=4)                            # stopped early, as if killed
    first = [p for _, p in site.log if p.startswith("/tin-tuc/")]
    _crawl(tmp_path, site)
    articles = [p for _, p in site.log if p.startswith("/tin-tuc/") and p not in ("/tin-tuc/cham.html",
                "/tin-tuc/loi-500.html", "/tin-tuc/qua-tai.html", "/tin-tuc/vong-lap.html", "/tin-tuc/vong-lap-2.html",
                "/tin-tuc/ra-ngoai.html")]
    assert len(articles) == len(set(articles)), articles           # every article fetched once in all
    assert first and set(_kept(tmp_path)) >= {"kc-1.html", "kc-2.html", "kc-3.html", "kc-4.html"}


def test_crawl_then_run(tmp_path, site):
    _crawl(tmp_path, site)
    result = run_corpus(tmp_path / "corpus")
    docs = result.documents.set_index("doc_id")
    assert len(docs) == 6 and docs["error"].isna().all()
    row = docs[docs["url"].str.endswith("kc-1.html")].iloc[0]
    assert row["title"] == "Hỗ trợ 12 cơ sở ứng dụng máy móc" and row["date"] == "2023-03-05"
    assert row["province"] == "Nam Định"
    assert any(m.text == "1.250 triệu đồng" for m in result.mentions)


def test_feeds_and_sitemaps_give_their_links():
    from kcextract.collect.page import links

    rss = ("<?xml version='1.0'?><rss><channel><item><link>http://h/tin-tuc/a.html</link></item>"
           "<item><link>/tin-tuc/b.html</link></item></channel></rss>")
    sitemap = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               "<url><loc>http://h/tin-tuc/c.html</loc></url></urlset>")
    atom = "<feed xmlns='http://www.w3.org/2005/Atom'><entry><link href='http://h/tin-tuc/d.html'/></entry></feed>"
    assert links(rss, "http://h/rss") == ["http://h/tin-tuc/a.html", "http://h/tin-tuc/b.html"]
    assert links(sitemap, "http://h/sitemap.xml") == ["http://h/tin-tuc/c.html"]
    assert links(atom, "http://h/atom") == ["http://h/tin-tuc/d.html"]
    assert links("<p><a href='/x.html#top'>x</a></p>", "http://h/") == ["http://h/x.html"]


def test_since_and_dry_run(tmp_path, site):
    settings, sites = load_sources(_sources(tmp_path, site.base))
    crawl = Crawl(settings, sites, tmp_path / "corpus", since="2023-06-01", dry_run=True)
    crawl.run()
    assert crawl.summary["kept"] == 4                      # kc-3, kc-4, cu, qua-tai: on or after 1 June
    # kc-1 (March) and its print version, kc-2 (April), the football match (May)
    assert crawl.skipped["before --since"] == 4
    assert not list((tmp_path / "corpus").rglob("*.txt"))  # a dry run writes no article

"""The journalists' page in a real browser (Playwright driving Debian's chromium), and its JSON API,
against servers on 127.0.0.1 only."""
import http.server
import json
import shutil
import socket
import threading
import time

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTICLE = ("Bình Định: kết quả khuyến công năm 2023\n"
           "Năm 2023, tổng kinh phí khuyến công của tỉnh là 4.200 triệu đồng, trong đó ngân sách tỉnh "
           "1.500 triệu đồng (chiếm 35,7%) và vốn đối ứng của các cơ sở 2.700 triệu đồng (chiếm 64,3%).\n"
           "Trung tâm đã hỗ trợ 18 cơ sở ứng dụng máy móc, bình quân 150 triệu đồng/cơ sở, "
           "tổng kinh phí 2.700 triệu đồng.\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory):
    """A run's output with another report of Bình Định's 2023 spending, for the comparison."""
    from kcextract.batch import run_to

    root = tmp_path_factory.mktemp("corpus")
    (root / "other-report.txt").write_text(
        "Bình Định: kết quả khuyến công năm 2023\nNăm 2023, tổng kinh phí khuyến công của tỉnh là "
        "4.500 triệu đồng.\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run_to(root, out, jobs=1, use_cache=False)
    return out


@pytest.fixture(scope="module")
def server(corpus_out):
    import uvicorn

    from kcextract.serve.app import create_app, warm_up

    warm_up()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(corpus_out), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def site():
    """An article page on a local fixture site, with a robots.txt that forbids one path."""
    page = ("<html><head><title>Khuyến công Quảng Trị</title></head><body><nav>Trang chủ | Liên hệ</nav>"
            "<article><h1>Khuyến công Quảng Trị năm 2022</h1><p>Năm 2022, Quảng Trị hỗ trợ 12 cơ sở với tổng "
            "kinh phí 960 triệu đồng, bình quân 80 triệu đồng/cơ sở.</p><p>Các cơ sở đã tạo việc làm cho "
            "340 lao động nông thôn trong tỉnh.</p></article></body></html>").encode("utf-8")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/robots.txt":
                body, kind = b"User-agent: *\nDisallow: /private/\n", "text/plain"
            elif self.path == "/bai-viet.html" or self.path.startswith("/private/"):
                body, kind = page, "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True)
    p = context.new_page()
    yield p
    context.close()


def _paste(page, server, text):
    page.goto(server + "/")
    page.fill("#text", text)
    page.click("button[type=submit]")
    page.wait_for_selector(".summary")


def test_a_pasted_article_shows_its_summary_findings_and_figures(page, server):
    _paste(page, server, ARTICLE)
    summary = page.inner_text(".summary")
    assert "0 không khớp / inconsistent" in summary and "số liệu / figures" in summary
    assert page.locator("pre.article mark.money").count() == 5 and page.locator("pre.article mark.percent").count() == 2
    first = page.locator(".findings li").first
    assert "consistent" in first.get_attribute("class") and "1.500 triệu đồng" in first.inner_text()
    # keyboard: Tab reaches a figure, and its details show what it was read as
    page.locator("pre.article mark.money").first.focus()
    details = page.locator("pre.article mark.money").first.locator(".details")
    assert details.is_visible()
    assert "4,2 tỷ đồng (4200000000)" in details.inner_text() and "Bình Định" in details.inner_text()
    # the other report of the corpus with a different value is one focus away
    assert "other-report: 4.500 triệu đồng (4500000000)" in details.inner_text() and "differs" in details.inner_text()


def test_an_altered_copy_is_flagged_first(page, server):
    _paste(page, server, ARTICLE.replace("2.700 triệu đồng (chiếm", "2.900 triệu đồng (chiếm"))
    assert "1 không khớp / inconsistent" in page.inner_text(".summary") or \
        "2 không khớp / inconsistent" in page.inner_text(".summary")
    first = page.locator(".findings li").first
    assert "inconsistent" in first.get_attribute("class")
    assert "2.900 triệu đồng" in first.inner_text() and "tolerance" in first.inner_text()
    first.locator("a", has_text="2.900 triệu đồng").click()
    assert page.locator("mark.flagged:target").count() == 1


def test_an_uploaded_file(page, server, tmp_path):
    upload = tmp_path / "bai.txt"
    upload.write_text("Huyện đào tạo 900 lao động, trong đó có 540 lao động nữ, chiếm 60%.", encoding="utf-8")
    page.goto(server + "/")
    page.set_input_files("#file", str(upload))
    page.click("button[type=submit]")
    page.wait_for_selector(".summary")
    assert page.locator("pre.article mark").count() == 3 and "3 số liệu / figures" in page.inner_text(".summary")


def test_a_url_is_fetched_politely_and_checked(page, server, site):
    page.goto(server + "/")
    page.fill("#url", site + "/bai-viet.html")
    page.click("button[type=submit]")
    page.wait_for_selector(".summary")
    assert "Khuyến công Quảng Trị năm 2022" in page.inner_text("h2")
    assert "khớp / consistent" in page.inner_text(".findings") and "bình quân / average" in page.inner_text(".findings")
    assert "Trang chủ" not in page.inner_text("pre.article")            # the menu is not the article
    page.goto(server + "/")
    page.fill("#url", site + "/private/bai-viet.html")                  # robots.txt forbids it
    page.click("button[type=submit]")
    assert "could not fetch" in page.inner_text(".error")


def test_downloads_of_the_figures(page, server):
    _paste(page, server, ARTICLE)
    with page.expect_download() as d:
        page.click("text=figures.csv")
    csv_text = open(d.value.path(), encoding="utf-8").read()
    assert csv_text.startswith("doc_id,start,end,text,type,value") and ",4200000000," in csv_text
    with page.expect_download() as d:
        page.click("text=figures.json")
    rows = json.load(open(d.value.path(), encoding="utf-8"))
    assert rows[0]["text"] == "4.200 triệu đồng" and rows[0]["value"] == 4200000000


def test_clear_errors_and_escaped_text(page, server):
    page.goto(server + "/")
    page.click("button[type=submit]")
    assert "empty" in page.inner_text(".error")
    _paste(page, server, "<script>document.title='pwned'</script> Có 12 cơ sở.")
    assert page.title() != "pwned" and "<script>" in page.inner_text("pre.article")


def test_readable_on_a_phone(browser, server):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    p = context.new_page()
    _paste(p, server, ARTICLE)
    assert p.evaluate("document.scrollingElement.scrollWidth") <= 376
    p.locator("pre.article mark.money").first.focus()
    box = p.locator("pre.article mark.money").first.locator(".details").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 376
    context.close()


def test_the_json_api(server, site):
    import httpx

    r = httpx.post(server + "/api/extract", json={"text": ARTICLE}, timeout=30)
    assert r.status_code == 200
    mentions = json.loads(r.text)["mentions"]
    assert mentions[0]["text"] == "4.200 triệu đồng" and mentions[0]["value"] == 4200000000
    assert set(mentions[0]) >= {"doc_id", "start", "end", "status", "funding", "province", "years", "indicator"}
    r = httpx.post(server + "/api/check", json={"url": site + "/bai-viet.html"}, timeout=30)
    findings = r.json()["documents"][0]["findings"]
    assert [f["kind"] for f in findings] == ["average"] and findings[0]["verdict"] == "consistent"
    assert {m["role"] for m in findings[0]["mentions"]} == {"average", "count", "total"}
    for body, status, words in [({"text": "  "}, 400, "empty"), ({"text": "x" * 200_001}, 413, "limit"),
                                ({"url": "http://127.0.0.1:9/none.html"}, 502, "could not fetch"),
                                ({"text": 5}, 400, "string")]:
        r = httpx.post(server + "/api/check", json=body, timeout=30)
        assert r.status_code == status and words in r.json()["error"]
    r = httpx.post(server + "/api/check", content=b"\xff\xfe not json", timeout=30)
    assert r.status_code == 400 and "JSON" in r.json()["error"]
    r = httpx.post(server + "/check", files={"file": ("x.txt", b"\x7fELF\x00\x00binary")}, timeout=30)
    assert r.status_code == 400 and "binary" in r.text


def test_a_seed_article_and_its_altered_copy(page, server, root):
    seed = (root / "corpus" / "binh-thuan-2018-10-23.txt").read_text(encoding="utf-8")
    _paste(page, server, seed)
    assert "0 không khớp / inconsistent" in page.inner_text(".summary")
    assert "144 tỷ đồng" in page.locator(".findings li").first.inner_text()
    _paste(page, server, seed.replace("là 127 tỷ đồng", "là 137 tỷ đồng"))
    first = page.locator(".findings li").first
    assert "inconsistent" in first.get_attribute("class") and "137 tỷ đồng" in first.inner_text()
    assert page.locator("pre.article mark.flagged", has_text="137 tỷ đồng").count() == 1

"""The crawler on layouts it has never seen (no selectors configured): the written text is the
article's title and paragraphs, with no line of page furniture; relevance is judged on the
article alone; the `article` and `listing` patterns follow one rule. A fixture site on 127.0.0.1."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kcextract.collect.crawl import Crawl, check_sources
from kcextract.collect.sources import load_sources

P = {
    "a": ["Năm 2023, Trung tâm Khuyến công tỉnh Quảng Trị đã hỗ trợ 14 cơ sở công nghiệp nông thôn ứng dụng "
          "máy móc thiết bị tiên tiến, với tổng kinh phí 1.450 triệu đồng.",
          "Các cơ sở được hỗ trợ đã nâng cao năng suất lao động, giảm chi phí sản xuất và tạo việc làm ổn định "
          "cho hơn 300 lao động tại địa phương."],
    "b": ["Làng nghề mây tre đan Đông Hà được hỗ trợ 450 triệu đồng từ nguồn kinh phí khuyến công địa phương "
          "để xây dựng mô hình trình diễn kỹ thuật sản xuất hàng xuất khẩu.",
          "Mô hình giúp 60 hộ trong làng tiếp cận công nghệ xử lý nguyên liệu mới, giảm thời gian phơi sấy."],
    "c": ["Sở Công Thương tổ chức 6 lớp tập huấn nâng cao năng lực quản lý cho 240 học viên là chủ cơ sở "
          "công nghiệp nông thôn trên địa bàn tỉnh trong năm 2023.",
          "Nội dung tập huấn gồm quản trị doanh nghiệp, thương mại điện tử và xây dựng thương hiệu sản phẩm."],
    "d": ["Năm nay, tỉnh bình chọn được 18 sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh, trong đó có "
          "5 sản phẩm được đề nghị xét chọn cấp khu vực.",
          "Các sản phẩm đạt giải được hỗ trợ kinh phí quảng bá, tham gia hội chợ triển lãm trong và ngoài tỉnh."],
}
TITLES = {"a": "Hỗ trợ máy móc cho 14 cơ sở", "b": "Làng nghề mây tre đan có mô hình mới",
          "c": "Tập huấn quản lý cho chủ cơ sở", "d": "Bình chọn 18 sản phẩm tiêu biểu"}
MENU = ("<ul class='nav'><li><a href='/'>Trang chủ</a></li><li><a href='/khuyen-cong'>Khuyến công</a></li>"
        "<li><a href='/lien-he'>Liên hệ</a></li></ul>")
# a footer that no class names: only the site-wide repetition gives it away
FOOTER = ("<div id='bottom'><p>Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Quảng Trị</p>"
          "<p>Địa chỉ: 125 Lê Duẩn, Đông Hà. Điện thoại: 0233.3852.123</p></div>")
RELATED = ("<div class='box-right'><h3>Tin cùng chuyên mục</h3><ul><li><a href='/tin/9.html'>Khuyến công hỗ trợ "
           "làng nghề dệt thổ cẩm năm 2023</a></li><li><a href='/tin/8.html'>Hội nghị khuyến công khu vực miền "
           "Trung</a></li></ul></div>")


def paragraphs(key):
    return "".join(f"<p>{p}</p>" for p in P[key])


def portal(title, body, date="12/06/2023"):
    """Layout 1: a portal whose menu and footer name khuyến công, a share bar, latest news."""
    return (f"<html><head><title>{title} | Sở Công Thương Quảng Trị</title></head><body>{MENU}"
            f"<div class='main'><h1>{title}</h1><div class='date'>{date}</div><div class='detail'>{body}</div>"
            f"<div class='share'>Chia sẻ: Facebook | Zalo | In bài</div></div>"
            f"<div class='sidebar'><h3>Tin mới</h3><a href='/tin/1.html'>Khuyến công hỗ trợ làng nghề</a></div>"
            f"{FOOTER}</body></html>")


def related(title, body):
    """Layout 2: an article column beside a column of related articles, no semantic tags."""
    return (f"<html><head><title>{title}</title><meta property='og:title' content='{title}'></head><body>"
            f"<div id='top'>{MENU}</div><div class='wrap'><div class='col-left'><h2>{title}</h2>"
            f"<span class='time'>Thứ hai, 12/06/2023 08:30</span>{body}</div>{RELATED}</div>{FOOTER}</body></html>")


def table(title, body):
    """Layout 3: an old portal laid out in a table: menu column, article column, links column."""
    return (f"<html><head><title>Sở Công Thương Quảng Trị</title></head><body><table width='100%'>"
            f"<tr><td colspan='3'>{MENU}</td></tr><tr><td width='20%'><a href='/tin/1.html'>Tin khuyến công "
            f"mới nhất</a><br><a href='/tin/2.html'>Văn bản khuyến công</a></td><td width='60%'><font size='4'>"
            f"<b>{title}</b></font><br><i>Cập nhật: 12/06/2023</i><br>{body}</td><td>Liên kết website<br>"
            f"<a href='https://moit.gov.vn/'>Bộ Công Thương</a></td></tr><tr><td colspan='3'>{FOOTER}</td></tr>"
            f"</table></body></html>")


def printed(title, body):
    """Layout 4: the print version of an article (also what AMP pages look like)."""
    return (f"<html><head><title>In bài viết</title><link rel='canonical' href='/tin-tuc/d.html'></head><body>"
            f"<div class='print-bar'><a href='javascript:window.print()'>In bài</a> | <a href='#'>Đóng cửa sổ</a>"
            f"</div><h2>{title}</h2><p>Thứ hai, 12/06/2023</p>{body}<p class='copy'>© Báo Quảng Trị điện tử</p>"
            f"</body></html>")


def pages():
    return {
        "/tin-tuc/a.html": portal(TITLES["a"], paragraphs("a")),
        "/tin-tuc/b.html": related(TITLES["b"], paragraphs("b")),
        "/tin-tuc/c.html": table(TITLES["c"], paragraphs("c")),
        "/in/d.html": printed(TITLES["d"], paragraphs("d")),
        # the same portal, an article about football: its menu, sidebar and footer name khuyến công
        "/tin-tuc/bong-da.html": portal("Đội bóng huyện vô địch giải phong trào",
                                        "<p>Trận chung kết diễn ra sôi nổi trước hàng nghìn khán giả, đội nhà thắng "
                                        "2-1 nhờ bàn thắng ở phút cuối của trận đấu.</p><p>Ban tổ chức trao cúp và "
                                        "giải thưởng cho đội vô địch cùng các cầu thủ xuất sắc.</p>"),
        "/khuyen-cong": "<html><body>" + MENU + "".join(f"<a href='{u}'>x</a>" for u in (
            "/tin-tuc/a.html", "/tin-tuc/b.html", "/tin-tuc/bong-da.html")) + "<a href='/khuyen-cong?page=2'>2</a>"
            + FOOTER + "</body></html>",
        "/khuyen-cong?page=2": "<html><body>" + MENU + "<a href='/tin-tuc/c.html'>c</a><a href='/in/d.html'>d</a>"
            + FOOTER + "</body></html>",
        "/robots.txt": "User-agent: *\nAllow: /\n",
    }


@pytest.fixture(scope="module")
def site():
    served = pages()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = served.get(self.path)
            if body is None:
                self.send_error(404)
                return
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/plain" if self.path.endswith(".txt") else "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _sources(tmp_path, base, article=r"^/(?:tin-tuc|in)/[^/]+\.html$", listing=r"^/khuyen-cong(\?page=\d+)?$"):
    path = tmp_path / "sources.toml"
    path.write_text(f'[defaults]\ndelay = 0.0\nretries = 1\ntimeout = 5\n\n[[site]]\nname = "qt"\n'
                    f'province = "Quảng Trị"\nstart = ["{base}/khuyen-cong"]\narticle = \'{article}\'\n'
                    f"listing = '{listing}'\n", encoding="utf-8")
    return load_sources(path)


@pytest.fixture(scope="module")
def crawled(site, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crawl")
    settings, sites = _sources(tmp, site)
    crawl = Crawl(settings, sites, tmp / "corpus")
    crawl.run()
    return tmp / "corpus" / "qt", crawl


@pytest.mark.parametrize("key, slug", [("a", "a"), ("b", "b"), ("c", "c"), ("d", "d")])
def test_every_layout_gives_title_and_paragraphs_and_nothing_else(crawled, key, slug):
    folder, _ = crawled
    [path] = folder.glob(f"{slug}-*.txt")
    text = path.read_text(encoding="utf-8")
    assert text == TITLES[key] + "\n\n" + "\n".join(P[key]) + "\n"
    meta = json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))
    assert meta["date"] == "2023-06-12" and meta["province"] == "Quảng Trị"


def test_an_article_about_something_else_is_skipped_though_its_menu_names_khuyen_cong(crawled):
    folder, crawl = crawled
    assert not list(folder.glob("bong-da*"))
    assert crawl.skipped["not about khuyến công"] == 1


def test_kept_because_quotes_the_words_and_where(crawled):
    folder, _ = crawled
    meta = {p.name.split("-")[0]: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.meta.json")}
    assert meta["a"]["kept_because"] == \
        "body: 'khuyến công', 'công nghiệp nông thôn'"
    assert meta["b"]["kept_because"] == \
        "title: 'làng nghề'; body: 'khuyến công', 'làng nghề'"


def test_both_patterns_match_path_and_query_and_check_sources_counts_them(site, tmp_path, capsys):
    settings, sites = _sources(tmp_path, site)
    rows = check_sources(settings, sites)
    printed_out = capsys.readouterr().out
    # the start page links to three articles, its own menu's listing and page 2
    assert rows == [{"site": "qt", "links": 7, "article": 3, "listing": 2, "errors": 0}]
    assert "article pattern matched 3" in printed_out and "listing pattern matched 2" in printed_out
    # a listing pattern written like the article one ("^/...") follows the pagination
    settings, sites = _sources(tmp_path, site)
    crawl = Crawl(settings, sites, tmp_path / "c2", dry_run=True)
    crawl.run()
    assert crawl.summary["kept"] == 4
    # a wrong pattern shows at once
    settings, sites = _sources(tmp_path, site, article=r"^/news/\d+$")
    assert check_sources(settings, sites)[0]["article"] == 0

"""Loading: every input format, and one test per SPEC error kind with a real bad file."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from extractor.load import Source, list_sources, load
from extractor.pipeline import extract_source
from tests.conftest import CORPUS

ARTICLE = "Sáng ngày 30/6/2020, Ban Chỉ đạo tổ chức hội nghị sơ kết. Đồng chí Trần Hồng Quảng chủ trì."


TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Text as legacy Windows-1258 bytes: vowel letters whole (â, ơ, …), tone marks combining."""
    out = []
    for ch in text:
        marks = unicodedata.normalize("NFD", ch)
        tone = "".join(m for m in marks if m in TONES)
        out.append(unicodedata.normalize("NFC", "".join(m for m in marks if m not in TONES)) + tone)
    return "".join(out).encode("cp1258")


def line_for(path: Path, **kwargs):
    return extract_source(Source(path=str(path)), **kwargs)


# --- formats ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,data",
    [
        ("utf8", ARTICLE.encode("utf-8")),
        ("utf8-bom", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")),
        ("utf16-le-bom", ARTICLE.encode("utf-16")),
        ("utf16-be-bom", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
        ("nfd", unicodedata.normalize("NFD", ARTICLE).encode("utf-8")),
        ("windows-1258", windows_1258(ARTICLE)),
    ],
)
def test_text_encodings_decode_to_the_same_article(tmp_path, name, data):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    raw = load(Source(path=str(path)))
    assert unicodedata.normalize("NFC", raw.text).strip() == ARTICLE
    assert raw.id == name


def test_windows_1258_is_noted_as_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(windows_1258(ARTICLE))
    line = line_for(path)
    assert line.status == "ok"
    assert [w.code for w in line.warnings] == ["input"]
    assert "Windows-1258" in line.warnings[0].message


def test_truncated_utf8_keeps_the_article_and_warns(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(ARTICLE.encode("utf-8") + "Đảng".encode()[:1])
    line = line_for(path)
    assert line.status == "ok"
    assert "truncated UTF-8" in line.warnings[0].message


def test_html_page_gives_main_text_and_metadata(tmp_path):
    page = f"""<html><head><title>Hội nghị sơ kết - Báo Ninh Bình</title>
    <meta property="og:title" content="Hội nghị sơ kết Quy chế dân chủ">
    <meta property="article:published_time" content="2020-06-30T16:01:00+07:00">
    <link rel="canonical" href="https://baoninhbinh.org.vn/hoi-nghi-so-ket.htm">
    <script>var tracking = "Xem nhiều nhất";</script></head>
    <body><nav><a href="/">Trang chủ</a> <a href="/chinh-tri">Chính trị</a></nav>
    <article><h1>Hội nghị sơ kết Quy chế dân chủ</h1><p>{ARTICLE}</p>
    <p>Các đại biểu đã thảo luận, phân tích làm rõ kết quả công tác lãnh đạo, chỉ đạo thực hiện Quy chế
    dân chủ ở cơ sở 6 tháng đầu năm 2020 và đề xuất giải pháp cho 6 tháng cuối năm.</p></article>
    <footer>Bản quyền thuộc Báo Ninh Bình</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    raw = load(Source(path=str(path)))
    assert "Trần Hồng Quảng" in raw.text
    assert "tracking" not in raw.text and "Bản quyền" not in raw.text
    assert raw.hints.title == "Hội nghị sơ kết Quy chế dân chủ"
    assert raw.hints.published == "2020-06-30T16:01"
    assert raw.hints.url == "https://baoninhbinh.org.vn/hoi-nghi-so-ket.htm"


def test_jsonl_lines_are_articles_with_their_fields(tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        {
            "id": "a1",
            "text": ARTICLE,
            "url": "https://x.vn/a1",
            "title": "Tiêu đề",
            "published": "2020-06-30",
        },
        {"id": 7, "text": "Bài thứ hai về công tác dân vận."},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    sources = list(list_sources([str(path)]))
    assert [s.article_id for s in sources] == ["a1", "7"]
    first = load(sources[0])
    assert (first.hints.url, first.hints.title, first.hints.published) == (
        "https://x.vn/a1",
        "Tiêu đề",
        "2020-06-30",
    )


def test_folders_are_recursed_in_path_order(tmp_path):
    for name in ["b/2.txt", "a/1.txt", "a/z/3.htm", "c.txt", "notes.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    assert [Path(s.path).relative_to(tmp_path).as_posix() for s in list_sources([str(tmp_path)])] == [
        "a/1.txt",
        "a/z/3.htm",
        "b/2.txt",
        "c.txt",
    ]


def test_stdin_text_and_stdin_jsonl():
    (text,) = list_sources(["-"], stdin=ARTICLE.encode("utf-8"))
    assert text.article_id == "stdin"
    lines = list(list_sources(["-"], stdin=b'{"id": "x", "text": "a"}\n{"id": "y", "text": "b"}\n'))
    assert [s.article_id for s in lines] == ["x", "y"]


# --- one test per error kind ------------------------------------------------------------------------


def assert_error(line, kind: str, *fragments: str) -> None:
    assert line.status == "error"
    assert line.error.kind == kind
    for fragment in fragments:
        assert fragment in line.error.message
    assert line.dates == line.officials == line.documents == line.counts == line.events == []


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n"], ids=["zero-bytes", "whitespace"])
def test_empty(tmp_path, data):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert_error(line_for(path), "empty", str(path))


def test_only_chrome_is_empty(tmp_path):
    path = tmp_path / "chrome.txt"
    path.write_text("Gửi cho bạn bè\nPhản hồi\n", encoding="utf-8")
    assert_error(line_for(path), "empty")


def test_not_text_png(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_error(line_for(path), "not_text", "binary")


def test_not_text_nul_bytes(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"abc\x00\x01\x02def" * 10)
    assert_error(line_for(path), "not_text")


def test_encoding_broken_utf8_that_is_not_vietnamese(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes(
        "Ban Dân vận ".encode() + b"\xc3\x28\x9f\x90\x8d garbage \xff\xfe\xfd" * 5 + "Tỉnh ủy".encode()
    )
    assert_error(line_for(path), "encoding", str(path), "offset")


def test_too_large_above_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(ARTICLE * 100, encoding="utf-8")
    assert_error(line_for(path, max_bytes=1000), "too_large", "1,000")
    assert line_for(path).status == "ok"  # the default limit is 5 MB


def test_bad_json_names_the_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "Bài một."}\n'
        '{"id": "broken", "text": \n'
        '["not", "an", "object"]\n'
        '{"text": "no id"}\n'
        '{"id": "ok2", "text": "Bài hai."}\n',
        encoding="utf-8",
    )
    lines = [extract_source(s) for s in list_sources([str(path)])]
    assert [line.status for line in lines] == ["ok", "error", "error", "error", "ok"]
    assert_error(lines[1], "bad_json", f"{path}:2")
    assert_error(lines[2], "bad_json", f"{path}:3", "not an object")
    assert_error(lines[3], "bad_json", f"{path}:4", "id")
    assert lines[1].article.id == "broken"


def test_internal_when_the_file_vanishes(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (source,) = list(list_sources([str(path)]))
    path.unlink()
    assert_error(extract_source(source), "internal", "vanished")


def test_html_without_an_article_is_empty(tmp_path):
    path = tmp_path / "scripts.html"
    path.write_text("<html><head><script>alert(1)</script></head><body><nav>Trang chủ</nav></body></html>")
    assert_error(line_for(path), "empty", "HTML")


def test_html_keeps_the_article_captions_and_byline_but_not_the_sidebar(tmp_path):
    page = f"""<html><head><title>Tọa đàm nông dân</title></head><body>
    <aside><figure><img src="x.jpg"><figcaption>Tin khác. Ảnh: Người Ngoài</figcaption></figure></aside>
    <article class="detail"><h1>Tọa đàm nông dân</h1>
      <div class="content"><p>{ARTICLE}</p>
      <p>Các đại biểu đã thảo luận, phân tích làm rõ kết quả công tác lãnh đạo, chỉ đạo thực hiện Quy chế
      dân chủ ở cơ sở 6 tháng đầu năm 2020 và đề xuất giải pháp cho 6 tháng cuối năm.</p>
      <figure><img src="a.jpg">
        <figcaption>Đồng chí Trần Hồng Quảng phát biểu. Ảnh: Hữu Hiệp</figcaption></figure>
      </div>
      <div class="author">Trúc Linh (Báo Đồng Khởi)</div>
    </article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text = load(Source(path=str(path))).text
    assert text.endswith("Đồng chí Trần Hồng Quảng phát biểu. Ảnh: Hữu Hiệp\n\nTrúc Linh (Báo Đồng Khởi)")
    assert "Người Ngoài" not in text



def test_html_puts_the_date_line_and_the_bold_lead_after_the_headline_as_in_print(tmp_path):
    """trafilatura drops a lead in its own <div> and the page's date line; the meeting the article
    reports is often only in that lead, and the date line is the article's own date."""
    page = f"""<html><head><title>Giao ban quý III</title></head><body>
    <div class="date-now">Thứ Hai, 14/10/2024</div>
    <div class="news-detail"><h1 class="title">Giao ban quý III</h1>
      <div class="meta">Ngày đăng: 10/10/2024 09:15 | Lượt xem: 356</div>
      <div class="summary"><b>Vừa qua (ngày 8/10), Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban.</b></div>
      <div class="body"><p>{ARTICLE}</p>
      <p>Các đại biểu đã thảo luận, phân tích làm rõ kết quả công tác lãnh đạo, chỉ đạo thực hiện Quy chế
      dân chủ ở cơ sở 6 tháng đầu năm 2020 và đề xuất giải pháp cho 6 tháng cuối năm.</p></div>
    </div></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text = load(Source(path=str(path))).text
    assert text.startswith(
        "Giao ban quý III\n\nNgày đăng: 10/10/2024 09:15\n\n"
        "Vừa qua (ngày 8/10), Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban.\n\n"
    )
    assert "Lượt xem" not in text and "14/10/2024" not in text  # furniture and the top bar's today
    assert text.count("Vừa qua (ngày 8/10)") == 1

# --- tables -------------------------------------------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_data_table_is_kept_as_pipe_rows_each_its_own_line_and_sentence():
    """193's figures by field are in a <table>: its caption, head and rows reach the text, each row a
    line and a sentence of its own (not merged with the prose `… như sau:` before it)."""
    from extractor.document import build
    from extractor.header import read_header
    from extractor.normalize import normalize

    raw = load(Source(path=str(CORPUS / "193_hai_phong_tien_lang_tong_ket_dan_van_kheo.html")))
    text = normalize(raw.text).text
    rows = [line for line in text.split("\n") if line.startswith("|")]
    assert rows == [
        "| Số mô hình “Dân vận khéo” năm 2023 theo lĩnh vực | | |",
        "|---|---|---|",
        "| Lĩnh vực | Đăng ký | Được công nhận |",
        "|---|---|---|",
        "| Kinh tế | 148 | 121 |",
        "| Văn hóa - xã hội | 96 | 80 |",
        "| Quốc phòng, an ninh | 41 | 35 |",
        "| Xây dựng Đảng, chính quyền và hệ thống chính trị | 57 | 44 |",
        "| Tổng cộng | 342 | 280 |",
    ]
    doc = build("193", text, read_header(text, raw.hints))
    sentences = [s.text for s in doc.sentences]
    assert all(row in sentences for row in rows)
    assert any(s.endswith("Kết quả cụ thể theo từng lĩnh vực như sau:") for s in sentences)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.html")), ids=lambda p: p.stem[:3])
def test_pages_without_tables_read_as_they_did_without_tables(path):
    import trafilatura

    html = path.read_text(encoding="utf-8")
    if "<table" in html:
        pytest.skip("has a table")
    options = {"with_metadata": True, "favor_precision": True, "fast": True}
    without = trafilatura.bare_extraction(html, include_tables=False, **options).text.split("\n")
    # Every line trafilatura gives, in its order (the page's date line and lead may stand between).
    lines = iter(load(Source(path=str(path))).text.split("\n"))
    assert all(line in lines for line in without)


def test_a_page_laid_out_in_tables_gives_its_article_and_data_table_not_its_menu_or_sidebar():
    """Old portals put the menu, a visit counter, the article and a `Tin mới` list in the cells of one
    table (tests/fixtures/layout_table_page.html): the article and its data table are kept, the
    rest is chrome, not rows."""
    text = load(Source(path=str(FIXTURES / "layout_table_page.html"))).text
    assert "toàn huyện có 215 mô hình đăng ký" in text
    assert "| Khối Đảng | 42 | 35 |" in text
    for chrome in [
        "Trang chủ",
        "Thủ tục hành chính",
        "Đang truy cập",
        "1.204.567",
        "Tin mới",
        "12 xã đạt chuẩn",
        "Cơ quan chủ quản",
        "0210.3865.123",
        "Sơ đồ site",
    ]:
        assert chrome not in text, chrome
    assert sum(1 for line in text.split("\n") if line.startswith("|")) == 5


def test_a_table_of_links_is_not_printed_as_rows(tmp_path):
    page = f"""<html><body><article><h1>Hội nghị sơ kết</h1><p>{ARTICLE}</p>
    <p>Các đại biểu đã thảo luận, phân tích làm rõ kết quả công tác lãnh đạo, chỉ đạo thực hiện Quy chế
    dân chủ ở cơ sở 6 tháng đầu năm 2020 và đề xuất giải pháp cho 6 tháng cuối năm.</p>
    <table><tr><td><a href="/1">Tin một về dân vận khéo ở xã</a></td><td><a href="/2">Tin hai</a></td></tr>
    <tr><td><a href="/3">Tin ba về hội nghị đối thoại</a></td><td><a href="/4">Tin bốn</a></td></tr></table>
    </article></body></html>"""
    path = tmp_path / "links.html"
    path.write_text(page, encoding="utf-8")
    text = load(Source(path=str(path))).text
    assert "Trần Hồng Quảng" in text
    assert "|" not in text

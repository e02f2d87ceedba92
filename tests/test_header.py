"""Article metadata from the first and last lines of text articles (the seeds' layouts)."""

from __future__ import annotations

import pytest

from extractor.header import date_line_pattern, published_from_url, read_header
from extractor.normalize import normalize
from tests.conftest import CORPUS

SEEDS = {
    "000_6e545b32d1b9a35f": (
        "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh và phong trào thi đua “Dân vận khéo” sơ kết"
        " công tác 6 tháng đầu năm 2020",
        "Trang thông tin điện tử Đảng bộ tỉnh Ninh Bình",
        "2020-06-30T16:01",
        None,
    ),
    "001_6b4edc43470cd585": (
        "Triển khai kế hoạch thực hiện Quy chế dân chủ ở cơ sở và phong trào “Dân vận khéo” năm 2023",
        None,
        None,
        None,
    ),
    "002_8e75d0124aaab80c": (
        "Giao ban công tác dân vận các tỉnh, thành phố khu vực đồng bằng sông Hồng",
        None,
        "2024-06-22",
        None,
    ),
    "003_848369e779533b21": (
        "Nhân rộng các mô hình, cách làm hay trong công tác dân vận",
        "Tin Tức TTXVN",
        "2020-07-29T14:11",
        "https://baotintuc.vn/chinh-tri/nhan-rong-cac-mo-hinh-cach-lam-hay-trong-cong-tac-dan-van-20200729141113660.htm",
    ),
    "004_7e150296edac6a56": (
        "Kết quả triển khai thực hiện mô hình, điển hình “Dân vận khéo” giai đoạn 2017 - 2020 tại Đảng bộ"
        " Khối các cơ quan tỉnh Lạng Sơn",
        "Hoạt động Đảng ủy Khối các cơ quan tỉnh Lạng Sơn",
        "2020-10-20T11:19",
        None,
    ),
}


@pytest.mark.parametrize("article_id", sorted(SEEDS))
def test_seed_metadata(article_id):
    text = normalize((CORPUS / f"{article_id}.txt").read_text(encoding="utf-8")).text
    header = read_header(text)
    assert (header.title, header.source, header.published, header.url) == SEEDS[article_id]
    assert text[header.title_start : header.title_end] == header.title


@pytest.mark.parametrize(
    "line,expected",
    [
        ("30/6/2020 16:01   152", "2020-06-30T16:01"),
        ("20-10-2020 11:19", "2020-10-20T11:19"),
        ("Thứ Bảy, 22/6/2024", "2024-06-22"),
        ("Thứ Tư, 14/06/2023 - 08:15", "2023-06-14T08:15"),
        ("Chủ nhật, 5.3.2023 | 14h30", "2023-03-05T14:30"),
        ("18/08/2023 14:30 (GMT+7)", "2023-08-18T14:30"),
        ("Cập nhật: 22/8/2024 16:05", "2024-08-22T16:05"),
        ("Cập nhật: 22-09-2023 17:45", "2023-09-22T17:45"),
        ("Ngày đăng: 18/01/2024", "2024-01-18"),
        # The time before the day: `Cập nhật lúc 10:30, Thứ Sáu, 19/07/2024` (165, 192).
        ("Cập nhật lúc 10:30, Thứ Sáu, 19/07/2024", "2024-07-19T10:30"),
        ("Cập nhật lúc 10:05, 27/09/2024", "2024-09-27T10:05"),
        ("10:05 27/09/2024", "2024-09-27T10:05"),
        ("Lúc 10 giờ, 27/09/2024 có 30 đại biểu", None),
        ("Sáng ngày 30/6/2020, Ban Chỉ đạo tổ chức hội nghị", None),
        ("Có 10/11 đảng bộ", None),
    ],
)
def test_date_lines(line, expected):
    m = date_line_pattern().match(line)
    if expected is None:
        assert m is None
    else:
        from extractor.header import iso_stamp

        assert iso_stamp(m["y"], m["m"], m["d"], m["H"], m["M"]) == expected


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://baotintuc.vn/chinh-tri/nhan-rong-20200729141113660.htm", "2020-07-29T14:11"),
        ("https://baoninhbinh.org.vn/2023/05/18/hoi-nghi.html", "2023-05-18"),
        ("https://dangbo.vn/tin-tuc/hoi-nghi-a15327.html", None),
        ("https://x.vn/bai-20201399999999.htm", None),
    ],
)
def test_published_from_url(url, expected):
    assert published_from_url(url) == expected


def test_invalid_date_line_gives_no_published():
    assert read_header("Tiêu đề bài viết\n31/2/2020 10:00\nNội dung.").published is None


@pytest.mark.parametrize(
    "text,title,source,published",
    [
        (  # a site line, the date line, then the headline (a district site's layout)
            "Trang thông tin điện tử Huyện ủy Cần Giuộc\n\nThứ Sáu, 18/8/2023\n\n"
            "Cần Giuộc: Sơ kết giữa nhiệm kỳ công tác dân vận\n\n"
            "Chiều 17/8, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ về công tác dân vận,"
            " Mặt trận và các đoàn thể chính trị - xã hội.",
            "Cần Giuộc: Sơ kết giữa nhiệm kỳ công tác dân vận",
            "Trang thông tin điện tử Huyện ủy Cần Giuộc",
            "2023-08-18",
        ),
        (  # a section line longer than the headline
            "Trang tin điện tử Đảng bộ Thành phố Hồ Chí Minh - Tin quận, huyện\n\n"
            "Bình Thạnh: Giao ban quý II/2024\n\n28/6/2024 09:10\n\n"
            "Chiều 27/6, Ban Dân vận Quận ủy Bình Thạnh tổ chức hội nghị giao ban công tác dân vận"
            " quý II/2024, triển khai nhiệm vụ quý III/2024.",
            "Bình Thạnh: Giao ban quý II/2024",
            "Trang tin điện tử Đảng bộ Thành phố Hồ Chí Minh - Tin quận, huyện",
            "2024-06-28T09:10",
        ),
        (  # a headline opening with a section word (`Hoạt động`) below the site line
            "Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bình Phước - Hoạt động Mặt trận\n\n"
            "Hoạt động nổi bật của Mặt trận các cấp trong tuần\n\nCập nhật: 14/09/2024 08:40\n\n"
            "Trong tuần, Ủy ban MTTQ Việt Nam tỉnh tổ chức nhiều hoạt động hướng về cơ sở, lắng nghe ý kiến"
            " của Nhân dân về các dự án trên địa bàn.",
            "Hoạt động nổi bật của Mặt trận các cấp trong tuần",
            "Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bình Phước - Hoạt động Mặt trận",
            "2024-09-14T08:40",
        ),
        (  # a site line named by no prefix, ending with its section, longer than the headline
            "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện Hòa Vang - Tin địa phương\n\n"
            "Hòa Vang: Hội nghị chuyên đề về công tác dân vận\n\n15/08/2024 10:20\n\n"
            "Hôm qua (14/8), Ban Dân vận Huyện ủy Hòa Vang tổ chức hội nghị chuyên đề về công tác dân vận"
            " trong vùng đồng bào dân tộc thiểu số.",
            "Hòa Vang: Hội nghị chuyên đề về công tác dân vận",
            "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện Hòa Vang - Tin địa phương",
            "2024-08-15T10:20",
        ),
    ],
    ids=[
        "site-date-headline",
        "long-section-line",
        "headline-opens-with-section-word",
        "site-line-ends-with-section",
    ],
)
def test_header_layouts(text, title, source, published):
    header = read_header(text)
    assert (header.title, header.source, header.published) == (title, source, published)


@pytest.mark.parametrize(
    "last_line,source,url",
    [
        (
            "Nguồn Tin Tức TTXVN: https://baotintuc.vn/a-20200729141113660.htm",
            "Tin Tức TTXVN",
            "https://baotintuc.vn/a-20200729141113660.htm",
        ),
        ("Theo Báo Nhân Dân", "Báo Nhân Dân", None),
        (
            "Theo báo cáo của Ban Chỉ đạo, toàn tỉnh đã duy trì 1.245 mô hình “Dân vận khéo”.",
            None,
            None,
        ),
    ],
    ids=["nguon-with-url", "theo-site", "theo-sentence-is-body"],
)
def test_source_line_at_the_end(last_line, source, url):
    body = "Sáng 12/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III năm 2024."
    header = read_header(f"Tiêu đề bài\n\n{body}\n\n{last_line}")
    assert (header.source, header.url) == (source, url)

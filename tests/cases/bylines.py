# ruff: noqa: E501 - rows quote article text on one line, to be found with grep
"""Bylines stage cases: the end of an article (and its captions) → `article.authors`, in order.

Each expected author is (name, affiliation, kind). Rows quoting an article of corpus/ name it;
negatives (`[]`) are signatures that are not there: a caption, a sentence, a source line.
"""

from __future__ import annotations

from typing import NamedTuple

BODY = "Hội nghị đã thảo luận và thống nhất các nhiệm vụ trọng tâm của công tác dân vận trong năm tới.\n"


class Case(NamedTuple):
    id: str
    text: str
    authors: list[tuple[str, str | None, str]]
    meta_author: str | None = None


CASES = [
    Case("000-dash-no-space", BODY + "Lê Chung- Văn phòng Tỉnh ủy", [("Lê Chung", "Văn phòng Tỉnh ủy", "author")]),
    Case("001-lone-name", BODY + "Nông Vui", [("Nông Vui", None, "author")]),
    Case("003-agency-in-parenthesis", BODY + "Hải Yến (TTXVN)\nNguồn Tin Tức TTXVN: https://baotintuc.vn/chinh-tri/nhan-rong-cac-mo-hinh-cach-lam-hay-trong-cong-tac-dan-van-20200729141113660.htm", [("Hải Yến", "TTXVN", "author")]),
    # What the writer did, in parentheses, is not an affiliation (`(thực hiện)`: the interviewer).
    Case("interviewer-in-parenthesis", BODY + "Minh Châu (thực hiện)", [("Minh Châu", None, "author")]),
    Case("compiled-in-parenthesis", BODY + "Hải Yến (tổng hợp)", [("Hải Yến", None, "author")]),
    # A last paragraph that opens with `Theo` is text, not a source line.
    Case("theo-paragraph", BODY + "Hoàng Phong\nTheo báo cáo, thời gian qua Tỉnh ủy đã chỉ đạo thực hiện tốt công tác dân tộc, tôn giáo; phối hợp với các tỉnh trong công tác vận động đồng bào.", []),
    Case("004-comma", BODY + "Hoàng Thị Hương, Ban Tuyên giáo Đảng ủy Khối", [("Hoàng Thị Hương", "Ban Tuyên giáo Đảng ủy Khối", "author")]),
    Case("112-affiliation-with-comma", BODY + "Lê Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện Mường Lát", [("Lê Hằng", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Mường Lát", "author")]),
    Case("108-surname-doan", BODY + "Đoàn Thu Hà - Khối dân vận xã Hải Hòa", [("Đoàn Thu Hà", "Khối dân vận xã Hải Hòa", "author")]),
    Case("117-two-authors", BODY + "Văn Phúc - Ngọc Anh", [("Văn Phúc", None, "author"), ("Ngọc Anh", None, "author")]),
    Case("121-apostrophe", BODY + "H’Xuân - Ban Dân vận Tỉnh ủy", [("H’Xuân", "Ban Dân vận Tỉnh ủy", "author")]),
    Case("138-slash", BODY + "Hồng Thắm/Ban Dân vận Tỉnh ủy\nNguồn Báo An Giang: https://baoangiang.com.vn/a395127.html", [("Hồng Thắm", "Ban Dân vận Tỉnh ủy", "author")]),
    Case("137-text-and-photo", BODY + "Bài, ảnh: Ngọc Hân\nhttps://dangbokiengiang.org.vn/tin-tuc/a-20240523164012.htm", [("Ngọc Hân", None, "author"), ("Ngọc Hân", None, "photo")]),
    # Photo credits in captions, the author first whatever the order in the text.
    Case(
        "003-photo-agency",
        "Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân phát biểu tại buổi làm việc. Ảnh: Thùy Dung/TTXVN\n" + BODY + "Bí thư Tỉnh ủy phát biểu. Ảnh: Thùy Dung/TTXVN\n" + BODY + "Hải Yến (TTXVN)",
        [("Hải Yến", "TTXVN", "author"), ("Thùy Dung", "TTXVN", "photo")],
    ),
    Case("132-photo-in-parenthesis", "Bà Mai Thị Thanh Xuân phát biểu tại buổi đối thoại. (Ảnh: Thanh Hương)\n" + BODY + "Thanh Hương (Đài Truyền thanh thành phố Thuận An)", [("Thanh Hương", "Đài Truyền thanh thành phố Thuận An", "author"), ("Thanh Hương", None, "photo")]),
    Case("134-photo-initials", "Đồng chí Đinh Công Thắng trao giấy khen. Ảnh: M.T\n" + BODY + "Minh Thư - Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Cần Giuộc", [("Minh Thư", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Cần Giuộc", "author"), ("M.T", None, "photo")]),
    Case("140-photo-initial-and-name", "Đồng chí Phan Thị Mai Anh trao giải. Ảnh: K.Liễu\n" + BODY + "Kim Liễu - Báo Đồng Nai", [("Kim Liễu", "Báo Đồng Nai", "author"), ("K.Liễu", None, "photo")]),
    # A page's author meta tag when the layout kept the signature out of the text (131).
    Case("131-meta-author", BODY + "Kết luận hội nghị, đồng chí Tạ Thị Ngọc Lan đề nghị các cấp tiếp tục.", [("Bảo Ngọc", None, "author")], meta_author="Bảo Ngọc"),
    # Not signatures.
    Case("sentence-last", BODY + "Kết luận hội nghị, đồng chí Tạ Thị Ngọc Lan đề nghị các cấp tiếp tục.", []),
    Case("caption-last", BODY + "Đồng chí Lò Văn Hải phát biểu kết luận hội nghị.", []),
    Case("short-phrase", BODY + "Quang cảnh hội nghị", []),
    Case("photo-not-a-person", "Quang cảnh hội nghị. Ảnh: TTXVN\n" + BODY + "Ảnh minh họa", []),
]

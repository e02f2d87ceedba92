"""Document stage cases: text → the documents found, in order of first mention.

Each expected document lists the fields the row is about (`id` always); `mentions` is the list of
mention texts. Rows whose text comes from an article in corpus/ name it.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Case(NamedTuple):
    id: str
    text: str
    expected: list[dict[str, Any]]


def document(id: str | None, **fields: Any) -> dict[str, Any]:
    return {"id": id, **fields}


FORMS = [
    # 003: the full Party citation.
    Case(
        "party-full",
        "tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW, ngày 25/2/2010 của Bộ Chính trị (khóa X) "
        "'Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị'.",
        [
            document(
                "290-QĐ/TW",
                doc_type="Quyết định",
                number="290",
                code="QĐ/TW",
                issuer="Bộ Chính trị",
                issued="2010-02-25",
                term="X",
                title="Về việc ban hành Quy chế công tác dân vận của hệ thống chính trị",
                mentions=["Quyết định số 290-QĐ/TW"],
            )
        ],
    ),
    # 003, 121: spaced and broken codes are the same document; short mentions join it.
    Case(
        "party-spaced-merged",
        "Quyết định số 290-QĐ/TW … Quyết định số 290- QĐ/TW … Quyết định số 290 -QĐ/TW … Quyết định 290.",
        [
            document(
                "290-QĐ/TW",
                mentions=[
                    "Quyết định số 290-QĐ/TW",
                    "Quyết định số 290- QĐ/TW",
                    "Quyết định số 290 -QĐ/TW",
                    "Quyết định 290",
                ],
            )
        ],
    ),
    Case("party-no-word", "theo tinh thần 35-CT/TW", [document("35-CT/TW", doc_type="Chỉ thị", issuer=None)]),
    Case(
        "party-no-so",
        "Thực hiện Kế hoạch 45-KH/BDV ngày 12/01/2024 của Ban Dân vận Huyện ủy về xây dựng mô hình",
        [
            document(
                "45-KH/BDV",
                doc_type="Kế hoạch",
                issued="2024-01-12",
                issuer="Ban Dân vận Huyện ủy",
                title="về xây dựng mô hình",
            )
        ],
    ),
    Case(
        "party-quy-dinh",
        "Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm",
        [document("11-QĐi/TW", doc_type="Quy định", code="QĐi/TW")],
    ),
    Case(
        "party-program",
        "Chương trình số 46-CTr/TU, ngày 15 tháng 9 năm 2022 của Tỉnh ủy Bến Tre, các cấp Hội",
        [document("46-CTr/TU", doc_type="Chương trình", issuer="Tỉnh ủy Bến Tre", issued="2022-09-15")],
    ),
    Case(
        "party-dash-date",
        "Hướng dẫn số 12-HD/BDVTU ngày 05-3-2021 của Ban Dân vận Tỉnh ủy về xây dựng mô hình",
        [document("12-HD/BDVTU", doc_type="Hướng dẫn", issued="2021-03-05", issuer="Ban Dân vận Tỉnh ủy")],
    ),
    Case(
        "party-leading-zero",
        "Hướng dẫn số 04-HD/BDVTU, ngày 01/6/2017 của Ban Dân vận Tỉnh ủy Lạng Sơn về xây dựng",
        [document("04-HD/BDVTU", number="04", issuer="Ban Dân vận Tỉnh ủy Lạng Sơn", issued="2017-06-01")],
    ),
    # 004: a quoted subject after `về`.
    Case(
        "quoted-after-ve",
        "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về “Đẩy mạnh học tập và "
        "làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh”và Nghị quyết",
        [
            document(
                "05-CT/TW", title="Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
            )
        ],
    ),
    # 118: a joint plan of two bodies.
    Case(
        "joint-plan",
        "Kế hoạch liên tịch số 08-KHLT/BDVTU-HLHPN giữa Ban Dân vận Tỉnh ủy và Hội LHPN "
        "tỉnh về phát huy vai trò "
        "phụ nữ, nhiệm kỳ 2021 - 2026, các cấp hội",
        [
            document(
                "08-KHLT/BDVTU-HLHPN",
                doc_type="Kế hoạch liên tịch",
                issuer="Ban Dân vận Tỉnh ủy và Hội LHPN tỉnh",
                title="về phát huy vai trò phụ nữ, nhiệm kỳ 2021 - 2026",
            )
        ],
    ),
    # 138: an issuer with lower-case words in it.
    Case(
        "issuer-long",
        "Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Hội nghị lần thứ tám Ban Chấp hành "
        "Trung ương Đảng (khóa XIII) "
        "về tiếp tục phát huy truyền thống",
        [document("43-NQ/TW", issuer="Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng", term="XIII")],
    ),
    # State numbers.
    Case(
        "state",
        "Nghị quyết số 42/NQ-CP, ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp "
        "khó khăn do đại dịch Covid-19 với phương châm bảo đảm",
        [
            document(
                "42/NQ-CP",
                doc_type="Nghị quyết",
                number="42",
                code="NQ-CP",
                issuer="Chính phủ",
                issued="2020-04-09",
                title="về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19",
            )
        ],
    ),
    Case(
        "state-year",
        "Nghị định số 30/2020/NĐ-CP về công tác văn thư",
        [document("30/2020/NĐ-CP", doc_type="Nghị định", number="30", code="NĐ-CP", issuer="Chính phủ")],
    ),
    # 131: a subject that starts with a verb is still the title.
    Case(
        "state-verb-title",
        "Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện "
        "pháp thi hành Luật Thực "
        "hiện dân chủ ở cơ sở. Công tác",
        [
            document(
                "59/2023/NĐ-CP",
                issuer="Chính phủ",
                title="quy định chi tiết một số điều và biện pháp thi hành Luật Thực hiện dân chủ ở cơ sở",
            ),
            document(None, title="Luật Thực hiện dân chủ ở cơ sở", doc_type="Luật"),
        ],
    ),
    Case(
        "state-local",
        "theo Quyết định số 1234/QĐ-UBND ngày 08/01/2024 của UBND tỉnh.",
        [
            document(
                "1234/QĐ-UBND", doc_type="Quyết định", code="QĐ-UBND", issuer="UBND tỉnh", issued="2024-01-08"
            )
        ],
    ),
    # Issuer from the code when the text names none (GUIDE).
    Case(
        "issuer-from-code-ttg",
        "được sửa đổi, bổ sung bởi Quyết định số 28/2023/QĐ-TTg. Trong",
        [document("28/2023/QĐ-TTg", issuer="Thủ tướng Chính phủ")],
    ),
    Case(
        "issuer-from-code-qh",
        "Luật số 10/2022/QH15 có hiệu lực",
        [document("10/2022/QH15", issuer="Quốc hội")],
    ),
    Case("issuer-tw-ambiguous", "Kết luận số 23- KL/TW, Ban Thường vụ", [document("23-KL/TW", issuer=None)]),
    Case(
        "issued-in-parentheses",
        "Chỉ thị số 30-CT/TW (ngày 18/2/1998) của Bộ Chính trị",
        [document("30-CT/TW", issued="1998-02-18", issuer="Bộ Chính trị")],
    ),
    Case(
        "issuer-do",
        "Kế hoạch số 12-KH/TU do Ban Thường vụ Tỉnh ủy ban hành",
        [document("12-KH/TU", issuer="Ban Thường vụ Tỉnh ủy")],
    ),
    Case(
        "subject-after-lead-in",
        "Thời gian qua Ban Thường vụ Tỉnh ủy đã ban hành Thông báo số 25-TB/TU về công tác dân vận",
        [document("25-TB/TU", issuer="Ban Thường vụ Tỉnh ủy", doc_type="Thông báo")],
    ),
    # 114, 137: the body that issues it is the subject of `ban hành`.
    Case(
        "issuer-subject",
        "6 tháng đầu năm 2024, BCĐ tỉnh đã ban hành Kế hoạch số 156-KH/BCĐ về kiểm tra",
        [document("156-KH/BCĐ", issuer="BCĐ tỉnh")],
    ),
    # 114: an impossible issue date gives no `issued`.
    Case(
        "issued-invalid",
        "Kế hoạch số 156-KH/BCĐ ngày 31/2/2024 về kiểm tra, giám sát",
        [document("156-KH/BCĐ", issued=None, title="về kiểm tra, giám sát")],
    ),
    Case(
        "issued-words",
        "Kế hoạch số 38-KH/TU ngày 15 tháng 3 năm 2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh",
        [document("38-KH/TU", issued="2021-03-15", issuer="Ban Thường vụ Tỉnh ủy")],
    ),
    # 139: documents cited together share the date and issuer written after the last.
    Case(
        "shared-details",
        "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị về giám sát",
        [
            document("217-QĐ/TW", issued="2013-12-12", issuer="Bộ Chính trị"),
            document("218-QĐ/TW", issued="2013-12-12", issuer="Bộ Chính trị"),
        ],
    ),
    # The title stops where the next document starts.
    Case(
        "title-stops-at-next-document",
        "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị (khóa XIII) về ban hành "
        "Quy chế công tác dân vận "
        "của hệ thống chính trị và Kế hoạch số 38-KH/TU",
        [
            document(
                "23-QĐ/TW", term="XIII", title="về ban hành Quy chế công tác dân vận của hệ thống chính trị"
            ),
            document("38-KH/TU"),
        ],
    ),
    # 101: a term inside the title belongs to the title.
    Case(
        "title-keeps-term",
        "Kết luận số 120-KL/TW, ngày 07/01/2022 của Bộ Chính trị về tiếp tục thực hiện "
        "Nghị quyết Trung ương 7 "
        "(khóa XI) về công tác dân vận; Ban",
        [
            document(
                "120-KL/TW",
                title="về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận",
            ),
            document(None, title="Nghị quyết Trung ương 7 (khóa XI)", term="XI"),
        ],
    ),
    # Documents named without a number.
    Case(
        "central-resolution",
        "Nghị quyết Trung ương 4 (khóa XII) về tăng cường",
        [document(None, doc_type="Nghị quyết", title="Nghị quyết Trung ương 4 (khóa XII)", term="XII")],
    ),
    Case(
        "central-resolution-no-parens",
        "thực hiện Nghị quyết Trung ương 5 khóa XIII về nông nghiệp",
        [document(None, title="Nghị quyết Trung ương 5 khóa XIII", term="XIII")],
    ),
    Case(
        "plenum-resolution",
        "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII; Ban",
        [
            document(
                None, title="Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII", term="XIII"
            )
        ],
    ),
    Case(
        "congress-resolution",
        "quán triệt tinh thần Nghị quyết Đại hội XIII của Đảng về phát huy",
        [document(None, title="Nghị quyết Đại hội XIII của Đảng")],
    ),
    Case(
        "congress-resolution-local",
        "thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025",
        [document(None, title="Nghị quyết Đại hội Đảng bộ huyện lần thứ XII")],
    ),
    Case(
        "constitution",
        "theo tinh thần Hiến pháp năm 2013. Từ tháng 8/2023",
        [document(None, doc_type="Hiến pháp", title="Hiến pháp năm 2013")],
    ),
    # 102, 116: one law, named with and without its year: the fuller name, every mention.
    Case(
        "law-merged",
        "Luật Thực hiện dân chủ ở cơ sở gắn với phong trào … Luật Thực hiện dân chủ ở cơ "
        "sở năm 2022 trên địa bàn",
        [
            document(
                None,
                doc_type="Luật",
                title="Luật Thực hiện dân chủ ở cơ sở năm 2022",
                mentions=["Luật Thực hiện dân chủ ở cơ sở", "Luật Thực hiện dân chủ ở cơ sở năm 2022"],
            )
        ],
    ),
    Case(
        "law-stops",
        "Luật Thực hiện dân chủ ở cơ sở vừa có hiệu lực từ ngày 1/7.",
        [document(None, title="Luật Thực hiện dân chủ ở cơ sở")],
    ),
    Case(
        "two-laws",
        "tuyên truyền Luật Thực hiện dân chủ ở cơ sở và Luật Bình đẳng giới năm 2006 đến từng hội viên",
        [
            document(None, title="Luật Thực hiện dân chủ ở cơ sở"),
            document(None, title="Luật Bình đẳng giới năm 2006"),
        ],
    ),
]

NEGATIVES = [
    # Generic mentions are not documents (GUIDE).
    Case("generic-plural", "thực hiện nghiêm túc các chỉ thị, nghị quyết của Đảng", []),
    Case("generic-this", "tuyên truyền các nội dung của Quyết định này.", []),
    # A short mention with no full citation of that number names nothing we can identify.
    Case("short-alone", "theo Quyết định 99 của tỉnh", []),
    # Dates, ratios, ranges and disease names are not document numbers.
    Case("date", "ngày 30/6/2020, 665/665 đảng bộ, giai đoạn 2016-2020", []),
    Case("covid", "đại dịch Covid-19 và COVID-19", []),
    Case("law-word-lower", "chính sách, pháp luật của Nhà nước; luật pháp", []),
    Case("luat-va", "những nội dung của Luật và Kế hoạch phải công khai", []),
    Case("plan-without-number", "Kế hoạch thực hiện phong trào “Dân vận khéo” năm 2023", []),
]

CASES = FORMS + NEGATIVES

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

# Where a `về …` subject ends. A title runs to the end of its noun phrase; what follows a comma may be
# the rest of the sentence (a figure, a date, a place, the main clause) or part of the title.
TITLE_ENDS = [
    # 181: a ratio after the comma opens the main clause.
    Case(
        "title-ends-before-ratio",
        "Thực hiện Kế hoạch số 112-KH/BDVTU ngày 18/3/2022 của Ban Dân vận Tỉnh ủy về thực hiện phong "
        "trào thi đua “Dân vận khéo” giai đoạn 2022 - 2024, 10/10 huyện ủy, thành ủy đã ban hành văn bản",
        [
            document(
                "112-KH/BDVTU", title="về thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2022 - 2024"
            )
        ],
    ),
    Case(
        "title-ends-before-count",
        "Triển khai Kế hoạch số 07-KH/HU của Huyện ủy về xây dựng xã dân vận khéo năm 2025, 125 mô hình "
        "đã được công nhận",
        [document("07-KH/HU", title="về xây dựng xã dân vận khéo năm 2025")],
    ),
    # 191: a list of units with its ratios.
    Case(
        "title-ends-before-unit-list",
        "Kế hoạch số 87-KH/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào thi đua "
        "“Dân vận khéo” giai đoạn 2021 - 2025, 08/08 huyện ủy, thành ủy và 106/106 xã, phường, thị trấn "
        "đã xây dựng kế hoạch",
        [document("87-KH/TU", title="về đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025")],
    ),
    # 184: the date of the event the sentence reports.
    Case(
        "title-ends-before-date",
        "Thực hiện Kế hoạch số 62-KH/BDVTU ngày 04/3/2024 của Ban Dân vận Tỉnh ủy về kiểm tra, khảo sát "
        "công tác dân vận năm 2024, ngày 25/11, Đoàn công tác của Ban Dân vận Tỉnh ủy đã làm việc",
        [document("62-KH/BDVTU", title="về kiểm tra, khảo sát công tác dân vận năm 2024")],
    ),
    Case(
        "title-ends-before-part-of-day",
        "Theo Kế hoạch số 19-KH/ĐTN của Thành đoàn về tổ chức đối thoại với thanh niên, sáng 12/6, "
        "Thành đoàn phối hợp",
        [document("19-KH/ĐTN", title="về tổ chức đối thoại với thanh niên")],
    ),
    # 185: a place that is the subject of the main clause.
    Case(
        "title-ends-before-place",
        "thực hiện Kế hoạch số 72-KH/TU ngày 08/5/2023 của Ban Thường vụ Thành ủy về xây dựng đô thị văn "
        "minh giai đoạn 2023 - 2025, thành phố đã chỉ đạo 09/09 phường, xã",
        [document("72-KH/TU", title="về xây dựng đô thị văn minh giai đoạn 2023 - 2025")],
    ),
    Case(
        "title-ends-before-commune",
        "Thực hiện Hướng dẫn số 05-HD/BDVHU về xây dựng mô hình dân vận khéo, xã đã chọn 3 mô hình",
        [document("05-HD/BDVHU", title="về xây dựng mô hình dân vận khéo")],
    ),
    # A list of units inside the title is not a place that opens a clause.
    Case(
        "title-keeps-unit-list",
        "Kế hoạch số 20-KH/TU về công tác dân vận ở các huyện, thị xã, thành phố năm 2024. Các cấp",
        [document("20-KH/TU", title="về công tác dân vận ở các huyện, thị xã, thành phố năm 2024")],
    ),
    Case(
        "title-keeps-noun-pair",
        "Thông báo số 25-TB/TU về tăng cường công tác dân vận, tôn giáo trong tình hình mới; các",
        [document("25-TB/TU", title="về tăng cường công tác dân vận, tôn giáo trong tình hình mới")],
    ),
    # A fronted `Thực hiện …` clause: its title ends at the comma before the main clause.
    Case(
        "title-ends-before-main-clause-subject",
        "Giai đoạn 2020 - 2024, thực hiện Kế hoạch số 30-KH/BDVHU của Ban Dân vận Huyện ủy về đối thoại "
        "giữa người đứng đầu cấp ủy với Nhân dân, người đứng đầu cấp ủy các xã thường xuyên đối thoại",
        [document("30-KH/BDVHU", title="về đối thoại giữa người đứng đầu cấp ủy với Nhân dân")],
    ),
    Case(
        "title-ends-before-main-clause-will",
        "Triển khai Kế hoạch số 14-KH/HU về xây dựng khu dân cư văn minh, hội viên phụ nữ sẽ tham gia",
        [document("14-KH/HU", title="về xây dựng khu dân cư văn minh")],
    ),
    # Outside a fronted clause the document itself is the subject: its title runs to the verb.
    Case(
        "title-subject-of-verb",
        "Chỉ thị số 07-CT/TU về đẩy mạnh học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
        "đã được các cấp ủy quán triệt",
        [
            document(
                "07-CT/TU", title="về đẩy mạnh học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
            )
        ],
    ),
    # 190: a meeting named after the document; the sentence's verb ends the title.
    Case(
        "title-ends-before-passive-verb",
        "Hội nghị sơ kết 3 năm thực hiện Kế hoạch số 41-KH/TU của Tỉnh ủy về phát triển kinh tế vùng "
        "đồng bào dân tộc thiểu số được tổ chức vào sáng 18/11 tại Hội trường",
        [document("41-KH/TU", title="về phát triển kinh tế vùng đồng bào dân tộc thiểu số")],
    ),
    Case(
        "title-ends-before-future",
        "Đề án số 06-ĐA/HU về phát triển du lịch cộng đồng sẽ được triển khai từ quý III",
        [document("06-ĐA/HU", title="về phát triển du lịch cộng đồng")],
    ),
    # Titles of national documents as published (data/document_titles.toml): the title ends where
    # the published one ends, commas and `và` inside it kept.
    Case(
        "known-title-ends-before-coordinated-verbs",
        "thực hiện tốt Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư về phát huy vai trò, nâng cao "
        "chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các "
        "tổ chức chính trị - xã hội, lắng nghe, nắm bắt kịp thời tâm tư, nguyện vọng của Nhân dân.",
        [
            document(
                "18-CT/TW",
                title="về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã "
                "hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội",
            )
        ],
    ),
    # 117: the region of the meeting follows the title.
    Case(
        "known-title-ends-before-region",
        "thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về ban hành Quy chế công tác "
        "dân vận của hệ thống chính trị khu vực miền Trung - Tây Nguyên. Đồng chí",
        [document("23-QĐ/TW", title="về ban hành Quy chế công tác dân vận của hệ thống chính trị")],
    ),
    # 137: `và` joins the topic of the meeting to the decision, not to its title.
    Case(
        "known-title-ends-before-va",
        "làm việc về kết quả thực hiện Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị ban hành "
        "Quy chế công tác dân vận của hệ thống chính trị và công tác dân vận vùng đồng bào dân tộc, "
        "tôn giáo.",
        [document("23-QĐ/TW", title="ban hành Quy chế công tác dân vận của hệ thống chính trị")],
    ),
    Case(
        "known-title-with-va",
        "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự "
        "lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, các cấp ủy đã",
        [
            document(
                "25-NQ/TW",
                title="về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình "
                "hình mới",
            )
        ],
    ),
    # 120-KL/TW names two conclusions (2016, 2022): whichever the text writes.
    Case(
        "known-title-same-number",
        "Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất "
        "lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở, 100% chi bộ đã",
        [
            document(
                "120-KL/TW",
                title="về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy "
                "chế dân chủ ở cơ sở",
            )
        ],
    ),
    # An article that shortens a national title keeps its own words.
    Case(
        "known-title-shortened",
        "quán triệt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng (khóa XIII) "
        "về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc; chú trọng",
        [document("43-NQ/TW", title="về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc")],
    ),
    # 139: one subject after two documents cited together belongs to neither alone (README.C).
    Case(
        "shared-subject-no-title",
        "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị về giám "
        "sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.",
        [document("217-QĐ/TW", title=None), document("218-QĐ/TW", title=None)],
    ),
    # 173: a State document's subject without `về` (GUIDE); a Party plan's `triển khai` is not one
    # (186: `Kế hoạch số 156-KH/HU … triển khai Nghị quyết số 43-NQ/TW`).
    Case(
        "state-title-trien-khai",
        "UBND huyện đã ban hành Kế hoạch số 215/KH-UBND ngày 05/10/2023 triển khai thi hành Luật; 14/14 xã",
        [document("215/KH-UBND", title="triển khai thi hành Luật", issuer="UBND huyện")],
    ),
    Case(
        "party-plan-trien-khai-no-title",
        "Huyện ủy ban hành Kế hoạch số 156-KH/HU ngày 22/02/2024 triển khai Nghị quyết số 43-NQ/TW",
        [document("156-KH/HU", title=None), document("43-NQ/TW")],
    ),
]

ISSUERS_AND_NAMES = [
    # 174: a joint issuer ends before what the document contains.
    Case(
        "joint-issuer-gom",
        "Quy chế phối hợp mới số 12-QC/BDVTU-CAT giữa Ban Dân vận Tỉnh ủy và Công an tỉnh gồm 4 chương, "
        "16 điều",
        [document("12-QC/BDVTU-CAT", issuer="Ban Dân vận Tỉnh ủy và Công an tỉnh", doc_type="Quy chế")],
    ),
    # 156: `được X ban hành kèm theo Quyết định số …` names the issuer before the number.
    Case(
        "issuer-subject-kem-theo",
        "Quy chế được Ban Thường vụ Tỉnh ủy ban hành kèm theo Quyết định số 1520-QĐ/TU, ngày 29/12/2023",
        [document("1520-QĐ/TU", issuer="Ban Thường vụ Tỉnh ủy", issued="2023-12-29")],
    ),
    # 199: a law whose name has a comma.
    Case(
        "law-with-comma",
        "thực hiện Nghị quyết số 25-NQ/TW về công tác tôn giáo và Luật Tín ngưỡng, tôn giáo. Dịp này",
        [document("25-NQ/TW"), document(None, doc_type="Luật", title="Luật Tín ngưỡng, tôn giáo")],
    ),
    Case(
        "law-with-comma-phong-chong",
        "tuyên truyền Luật Phòng, chống tham nhũng năm 2018 đến cán bộ",
        [document(None, title="Luật Phòng, chống tham nhũng năm 2018")],
    ),
    Case(
        "law-comma-list",
        "tuyên truyền Luật Đất đai, các văn bản hướng dẫn thi hành",
        [document(None, title="Luật Đất đai")],
    ),
    # 193: a law cited with its number is one document, named by the law.
    Case(
        "law-name-with-number",
        "dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được triển khai đến 100% thôn",
        [
            document(
                "10/2022/QH15",
                doc_type="Luật",
                issuer="Quốc hội",
                title="Luật Thực hiện dân chủ ở cơ sở",
                mentions=["Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"],
            )
        ],
    ),
    Case(
        "law-name-with-number-and-again",
        "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 có hiệu lực; tuyên truyền Luật Thực hiện dân chủ "
        "ở cơ sở đến Nhân dân",
        [
            document(
                "10/2022/QH15",
                title="Luật Thực hiện dân chủ ở cơ sở",
                mentions=[
                    "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
                    "Luật Thực hiện dân chủ ở cơ sở",
                ],
            )
        ],
    ),
    # 188: a named regulation without a number (GUIDE).
    Case(
        "regulation-unnumbered",
        "theo Điều 7 Quy chế tiếp công dân của UBND xã, mọi phản ánh của người dân",
        [document(None, doc_type="Quy chế", issuer="UBND xã", title="Quy chế tiếp công dân của UBND xã")],
    ),
    Case(
        "regulation-unnumbered-body",
        "xây dựng Quy chế làm việc của Ban Chỉ đạo thực hiện dân chủ ở cơ sở huyện. Các thành viên",
        [
            document(
                None,
                doc_type="Quy chế",
                issuer="Ban Chỉ đạo thực hiện dân chủ ở cơ sở huyện",
                title="Quy chế làm việc của Ban Chỉ đạo thực hiện dân chủ ở cơ sở huyện",
            )
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
    # `Quy chế dân chủ ở cơ sở` is the practice of grassroots democracy; a quy chế named by what it
    # governs (`của hệ thống chính trị`) is not issued by that body.
    Case("regulation-democracy", "thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua", []),
    Case(
        "regulation-of-system", "Sơ kết 3 năm thực hiện Quy chế công tác dân vận của hệ thống chính trị", []
    ),
]

CASES = FORMS + TITLE_ENDS + ISSUERS_AND_NAMES + NEGATIVES

"""Date stage cases: text (and publication date) → the dates found, in text order.

Each expected date lists `value`, `end_value` and whatever other fields the row is about; fields a
row does not name are not checked. Rows whose text comes from an article in corpus/ name it.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Case(NamedTuple):
    id: str
    text: str
    expected: list[dict[str, Any]]
    published: str | None = None
    warnings: tuple[str, ...] = ()  # texts of `invalid_date` warnings


def day(value: str, **fields: Any) -> dict[str, Any]:
    return {"value": value, "end_value": None, "kind": "date", **fields}


def period(value: str, end_value: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"value": value, "end_value": end_value, "kind": "period", **fields}


def span(value: str, end_value: str, **fields: Any) -> dict[str, Any]:
    return {"value": value, "end_value": end_value, "kind": "range", **fields}


FORMS = [
    # Days with their year, in the three separators the press uses.
    Case("slash", "Ngày 30/6/2020, hội nghị", [day("2020-06-30", text="Ngày 30/6/2020")]),
    Case("dash", "ngày 05-3-2021 của Ban Dân vận", [day("2021-03-05", text="ngày 05-3-2021")]),
    Case("dot", "Văn bản ngày 30.6.2023 nêu rõ", [day("2023-06-30")]),
    Case(
        "words",
        "ngày 15 tháng 3 năm 2021 của Ban Thường vụ",
        [day("2021-03-15", text="ngày 15 tháng 3 năm 2021")],
    ),
    Case(
        "part-of-day-ngay",
        "Sáng ngày 30/6/2020, Ban Chỉ đạo",
        [day("2020-06-30", part_of_day="sáng", text="Sáng ngày 30/6/2020")],
    ),
    # 000: the date line of the page, with its time and a view counter after it.
    Case(
        "date-line-time",
        "30/6/2020 16:01 152\nSáng ngày 30/6/2020",
        [day("2020-06-30", time="16:01", text="30/6/2020 16:01")],
    ),
    # 116: a dash between date and time.
    Case("date-line-dash-time", "27/09/2023 - 14:30", [day("2023-09-27", time="14:30")]),
    Case("weekday", "Thứ Bảy, 22/6/2024", [day("2024-06-22", text="Thứ Bảy, 22/6/2024")]),
    Case("weekday-time", "Thứ Sáu, 12/01/2024 15:20", [day("2024-01-12", time="15:20")]),
    # Days without a year, after a word that makes them dates.
    Case(
        "afternoon-no-year",
        "Chiều 16/12, hội nghị",
        [day("2020-12-16", part_of_day="chiều", year_inferred=True)],
        "2020-12-17",
    ),
    Case(
        "ngay-no-year",
        "Ngày 29/7, Đoàn kiểm tra",
        [day("2020-07-29", year_inferred=True)],
        "2020-07-29T14:11",
    ),
    Case("evening", "Tối 5/3, tại nhà văn hóa", [day("2024-03-05", part_of_day="tối")], "2024-03-06"),
    # 102 and 131: a time before the day.
    Case(
        "time-h-before",
        "14h30 ngày 28/9, tại hội trường",
        [day("2023-09-28", time="14:30", text="14h30 ngày 28/9")],
        "2023-09-29",
    ),
    Case(
        "time-colon-before",
        "Vào lúc 08:15 sáng 11/7, tại Hội trường",
        [day("2024-07-11", time="08:15", part_of_day="sáng")],
        "2024-07-12T08:30",
    ),
    Case("time-gio", "lúc 14 giờ 30 phút ngày 5/3/2024", [day("2024-03-05", time="14:30")]),
    Case(
        "words-no-year",
        "ngày 15 tháng 3, Ban Thường vụ",
        [day("2024-03-15", year_inferred=True)],
        "2024-04-01",
    ),
    Case("time-bar-before", "12:30 | 12/07/2024", [day("2024-07-12", time="12:30")]),
    # Lead sentences of meetings (issue 6): `hôm nay` with the day in brackets, a part of day before the
    # weekday, a part of day with `nay`, a dashed day, an hour in words.
    Case(
        "hom-nay-brackets",
        "Hôm nay (14/3), Ban Dân vận Tỉnh ủy tổ chức hội nghị",
        [day("2024-03-14", text="Hôm nay (14/3)", year_inferred=True)],
        "2024-03-14",
    ),
    Case(
        "part-of-day-weekday",
        "Sáng thứ Năm (23/10), Ban Dân vận Thành ủy tổ chức tọa đàm",
        [day("2025-10-23", text="Sáng thứ Năm (23/10)", part_of_day="sáng")],
        "2025-10-23",
    ),
    Case("sang-nay", "Sáng nay 14/3, tại Hội trường", [day("2024-03-14", part_of_day="sáng")], "2024-03-14"),
    Case(
        "afternoon-dash", "Chiều 20-5, Đảng ủy Khối", [day("2024-05-20", part_of_day="chiều")], "2024-05-21"
    ),
    Case(
        "hour-words",
        "Vào lúc 8 giờ ngày 3/4, tại nhà văn hóa",
        [day("2024-04-03", time="08:00")],
        "2024-04-03",
    ),
    # Ranges.
    Case(
        "range-anniversary",
        "90 năm Ngày truyền thống (15/10/1930 - 15/10/2020)",
        [span("1930-10-15", "2020-10-15", text="15/10/1930 - 15/10/2020")],
    ),
    Case(
        "range-tu-den",
        "Từ ngày 1/7 đến ngày 15/7/2023, các xã",
        [span("2023-07-01", "2023-07-15", year_inferred=False)],
    ),
    Case(
        "range-tu-den-no-year",
        "từ ngày 11/3 đến ngày 30/3, huyện",
        [span("2024-03-11", "2024-03-30", year_inferred=True)],
        "2024-03-06",
    ),
    Case("range-two-days", "trong hai ngày 5-6/3/2021, tại", [span("2021-03-05", "2021-03-06")]),
    Case("range-two-days-va", "ngày 22 và 23/6/2020", [span("2020-06-22", "2020-06-23")]),
    Case(
        "range-two-days-brackets",
        "Trong 2 ngày (14-15/3), Ban Dân vận Tỉnh ủy tổ chức",
        [span("2024-03-14", "2024-03-15", text="ngày (14-15/3)")],
        "2024-03-16",
    ),
    Case("range-days-den-ngay", "từ ngày 5 đến ngày 7/3/2024", [span("2024-03-05", "2024-03-07")]),
    Case("range-dash-no-year", "từ 15/6 - 15/7, các xã", [span("2024-06-15", "2024-07-15")], "2024-06-10"),
    # Periods.
    Case("month-slash", "Từ tháng 8/2023, Ban Dân vận", [period("2023-08", text="tháng 8/2023")]),
    Case("month-words", "trong tháng 3 năm 2024", [period("2024-03")]),
    Case("month-dash", "tháng 03-2021", [period("2021-03")]),
    Case("month-range", "từ tháng 3 đến tháng 5/2021", [period("2021-03", "2021-05")]),
    Case("year", "năm 2022", [period("2022")]),
    Case("year-capital", "Năm 2023, toàn tỉnh", [period("2023", text="Năm 2023")]),
    Case("quarter", "quý I/2021", [period("2021-01-01", "2021-03-31")]),
    Case("quarter-two", "Riêng trong quý II/2024, các quận", [period("2024-04-01", "2024-06-30")]),
    Case("quarter-nam", "quý IV năm 2023", [period("2023-10-01", "2023-12-31")]),
    Case(
        "first-half",
        "sơ kết công tác 6 tháng đầu năm 2020",
        [period("2020-01-01", "2020-06-30", text="6 tháng đầu năm 2020")],
    ),
    Case("last-half", "6 tháng cuối năm 2020", [period("2020-07-01", "2020-12-31")]),
    Case("nine-months", "9 tháng năm 2023", [period("2023-01-01", "2023-09-30")]),
    Case("half-in-words", "sáu tháng đầu năm 2021", [period("2021-01-01", "2021-06-30")]),
    Case("nua-dau-nam", "nửa đầu năm 2022", [period("2022-01-01", "2022-06-30")]),
    Case("giai-doan", "giai đoạn 2017 - 2020", [period("2017", "2020")]),
    Case("nhiem-ky", "nhiệm kỳ 2020-2025", [period("2020", "2025")]),
    Case("nhiem-ky-en-dash", "nhiệm kỳ 2025 – 2030", [period("2025", "2030")]),
    Case("tu-nam-den-nam", "từ năm 2016 đến năm 2020", [period("2016", "2020")]),
    Case("years-in-parentheses", "sơ kết 3 năm (2021 - 2024) thực hiện", [period("2021", "2024")]),
    # The longest reading wins: one period, not also `năm 2020`.
    Case(
        "longest-wins", "6 tháng đầu năm 2020; năm 2020", [period("2020-01-01", "2020-06-30"), period("2020")]
    ),
    # Repeats are listed once, with the first mention's text.
    Case("dedupe", "Ngày 22/6/2020 … đến ngày 22/6/2020", [day("2020-06-22", text="Ngày 22/6/2020")]),
    # A later mention of the same day lends its time to the first.
    Case(
        "dedupe-time",
        "Ngày 5/3/2024 … lúc 8h ngày 5/3/2024",
        [day("2024-03-05", time="08:00", text="Ngày 5/3/2024")],
    ),
]

YEARS = [
    # 001: a meeting on 16/12 reviewing 2022 and planning 2023, no date line: December 2022.
    Case(
        "review-plan-december",
        "Chiều 16/12, Ban Chỉ đạo tổ chức Hội nghị đánh giá hoạt động năm 2022; triển khai phương hướng, "
        "nhiệm vụ năm 2023. Trong năm 2022, … Kế hoạch năm 2023.",
        [day("2022-12-16", year_inferred=True), period("2022"), period("2023")],
    ),
    # The same review in January belongs to the planned year.
    Case(
        "review-plan-january",
        "Sáng 11/1, Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.",
        [day("2024-01-11", year_inferred=True), period("2023"), period("2024")],
    ),
    # Publication date: the nearest past day.
    Case("published-same-year", "Sáng 11/1, hội nghị", [day("2024-01-11")], "2024-01-12T15:20"),
    Case("published-previous-year", "Ngày 20/12, hội nghị", [day("2023-12-20")], "2024-01-12"),
    # A few days ahead of the publication is still nearer than a year back.
    Case("published-just-ahead", "Ngày 15/1 tới, hội nghị", [day("2024-01-15")], "2024-01-12"),
    # 002: a date line (the day the page was saved) that disagrees with every year the text
    # talks about is not the article's date; the half-year belongs to 2020.
    Case(
        "scrape-date-ignored",
        "6 tháng đầu năm, công tác dân vận … trong 6 tháng đầu năm 2020 … năm 2020 … năm 2021.",
        [
            period("2020-01-01", "2020-06-30", year_inferred=True, text="6 tháng đầu năm"),
            period("2020"),
            period("2021"),
        ],
        "2024-06-22",
    ),
    # 131: the second half-year in an article about the first.
    Case(
        "half-from-publication",
        "giao ban 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.",
        [period("2024-01-01", "2024-06-30"), period("2024-07-01", "2024-12-31", year_inferred=True)],
        "2024-07-12",
    ),
    # Without a publication date, a review of the first half speaks from 1 July.
    Case(
        "half-review-anchor",
        "Sáng ngày 30/6/2020 hội nghị 6 tháng đầu năm, 6 tháng cuối năm 2020.",
        [
            day("2020-06-30"),
            period("2020-01-01", "2020-06-30", year_inferred=True),
            period("2020-07-01", "2020-12-31"),
        ],
    ),
    # 117: a date line the header reader did not know (`Cập nhật:`) still dates the article.
    Case(
        "update-line",
        "Tiêu đề\n\nCập nhật: 22/8/2024 16:05\n\nNgày 21/8, tại Trung tâm Hội nghị … vào năm 2025.",
        [day("2024-08-22", time="16:05"), day("2024-08-21", year_inferred=True), period("2025")],
    ),
    # A target year (`đến năm 2030`) says nothing about when the article was written.
    Case(
        "target-year-ignored",
        "Ngày 5/3, hội nghị năm 2021 … phấn đấu đến năm 2030.",
        [day("2021-03-05", year_inferred=True), period("2021"), period("2030")],
    ),
    # Nothing says which year: the day is left out (GUIDE).
    Case("year-unknown", "Chiều 16/12, Ban Chỉ đạo họp.", []),
]

NEGATIVES = [
    # Ratios.
    Case("ratio-dang-bo", "Đến nay, có 10/11 đảng bộ trực thuộc đã tổ chức họp xét", []),
    Case("ratio-all", "toàn tỉnh có 665/665 đảng bộ, chi bộ cơ sở", []),
    Case("ratio-xa", "151/151 xã, phường, thị trấn", []),
    # Counts and durations.
    Case("six-months-alone", "Trong 6 tháng, các cơ quan đã đăng ký", []),
    Case("three-years", "sau hơn 03 năm triển khai thực hiện", []),
    Case("ten-years-past", "10 năm qua, Ban Thường vụ", []),
    Case("duration-years", "tổng kết 10 năm thực hiện Quyết định", []),
    # Anniversaries.
    Case("anniversary", "Kỷ niệm 90 năm ngày truyền thống", []),
    # Document numbers.
    Case("doc-state", "Nghị quyết số 42/NQ-CP của Chính phủ", []),
    Case("doc-state-year", "Nghị định số 30/2020/NĐ-CP", []),
    Case("doc-party-spaced", "Quyết định số 290- QĐ/TW", []),
    Case("doc-decision-with-year", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018", [day("2018-03-06")]),
    # Scores, money, ordinal numbers, addresses.
    Case("score", "đội nhà thắng 2-1 trong trận chung kết", []),
    Case("money", "hơn 1,2 tỷ đồng, hỗ trợ 48 hộ", []),
    Case("place-name", "tại Hội trường 2/9 (thành phố Pleiku)", []),
    Case("url", "https://baotintuc.vn/chinh-tri/x-20200729141113660.htm", []),
    # A day that comes back every year is no one day.
    Case("yearly", "Ngày 19/5 hằng năm, nhân dân", [], "2024-05-20"),
    # Invalid calendar dates become warnings; shapes no calendar has are just not dates.
    Case("not-calendar-shaped", "điện thoại 12.34.2020", []),
    Case("invalid-feb", "Kế hoạch số 156-KH/BCĐ ngày 31/2/2024 về kiểm tra", [], warnings=("31/2/2024",)),
    Case("invalid-april", "ngày 31/4/2023", [], warnings=("31/4/2023",)),
    Case("leap-day", "ngày 29/2/2024", [day("2024-02-29")]),
    Case("not-leap", "ngày 29/2/2023", [], warnings=("29/2/2023",)),
]

CASES = FORMS + YEARS + NEGATIVES

"""Scorer cases: one article's gold facts and predicted facts → TP, FP, FN per fact type, counted by hand.

`strict` and `lenient` give (tp, fp, fn) for the fact types that are not all zero; `lenient` None
means the same as strict. With `text`, lenient matching places facts without offsets in it. The
builders below write facts the way gold files and extractor lines do.
"""

from __future__ import annotations

import unicodedata
from typing import Any, NamedTuple

Counts = dict[str, tuple[int, int, int]]


class Case(NamedTuple):
    id: str
    gold: dict[str, list[dict[str, Any]]]
    pred: dict[str, list[dict[str, Any]]]
    strict: Counts
    lenient: Counts | None = None
    text: str | None = None  # the article text, where a case needs facts placed in it


def date(text: str, value: str, end_value: str | None = None, kind: str = "date", **extra: Any) -> dict:
    return {"text": text, "value": value, "end_value": end_value, "kind": kind, **extra}


def period(text: str, value: str, end_value: str | None = None, **extra: Any) -> dict:
    return date(text, value, end_value, kind="period", **extra)


def official(name: str, *roles: dict, **extra: Any) -> dict:
    return {"name": name, "roles": list(roles), **extra}


def role(text: str, title: str | None = None, organization: str | None = None, **extra: Any) -> dict:
    return {"text": text, "title": title, "organization": organization, **extra}


def document(doc_id: str | None, title: str | None = None, **extra: Any) -> dict:
    return {"id": doc_id, "title": title, **extra}


def count(text: str, value: int, unit: str, **extra: Any) -> dict:
    return {"text": text, "value": value, "unit": unit, **extra}


def event(kind: str, date_value: str | None, text: str, **extra: Any) -> dict:
    return {"kind": kind, "date": date_value, "text": text, **extra}


QUANG = "Trần Hồng Quảng"

CASES = [
    Case("nothing-anywhere", {}, {}, {}),
    # dates and periods: key (value, end_value); kind `period` is its own fact type.
    Case(
        "date-same-value-other-surface",
        {"dates": [date("Sáng ngày 30/6/2020", "2020-06-30")]},
        {"dates": [date("30/6/2020", "2020-06-30")]},
        {"dates": (1, 0, 0)},
    ),
    Case(
        "date-predicted-twice-collapses-to-one",
        {"dates": [date("ngày 30/6/2020", "2020-06-30")]},
        {"dates": [date("ngày 30/6/2020", "2020-06-30"), date("30/6/2020", "2020-06-30")]},
        {"dates": (1, 0, 0)},
    ),
    Case(
        "date-spurious-repeated-is-one-false-positive",
        {},
        {"dates": [date("ngày 1/7", "2020-07-01"), date("ngày 1/7", "2020-07-01")]},
        {"dates": (0, 1, 0)},
    ),
    Case(
        "date-wrong-year-strict-miss-lenient-hit",
        {"dates": [date("Sáng ngày 30/6", "2020-06-30")]},
        {"dates": [date("ngày 30/6", "2021-06-30", year_inferred=True)]},
        {"dates": (0, 1, 1)},
        {"dates": (1, 0, 0)},
    ),
    Case(
        "range-needs-end-value",
        {"dates": [date("từ ngày 1/7 đến ngày 15/7/2023", "2023-07-01", "2023-07-15", kind="range")]},
        {"dates": [date("ngày 1/7", "2023-07-01")]},
        {"dates": (0, 1, 1)},
        {"dates": (1, 0, 0)},
    ),
    Case(
        "period-is-not-a-date",
        {"dates": [period("năm 2020", "2020")]},
        {"dates": [date("năm 2020", "2020")]},
        {"periods": (0, 0, 1), "dates": (0, 1, 0)},
    ),
    Case(
        "periods-half-year",
        {"dates": [period("6 tháng đầu năm 2020", "2020-01-01", "2020-06-30"), period("năm 2022", "2022")]},
        {"dates": [period("6 tháng đầu năm 2020", "2020-01-01", "2020-06-30"), period("năm 2020", "2020")]},
        {"periods": (1, 1, 1)},
        # `năm 2020` lies inside `6 tháng đầu năm 2020`, but that gold period is already paired.
        {"periods": (1, 1, 1)},
    ),
    Case(
        "lenient-overlapping-offsets",
        {"dates": [date("ngày 30/6", "2020-06-30", start=10, end=19)]},
        {"dates": [date("30/6/20", "2020-06-03", start=15, end=22)]},
        {"dates": (0, 1, 1)},
        {"dates": (1, 0, 0)},
    ),
    Case(
        "lenient-touching-offsets-do-not-overlap",
        {"dates": [date("ngày 30/6", "2020-06-30", start=10, end=19)]},
        {"dates": [date("ngày 30/6", "2020-06-03", start=19, end=28)]},
        {"dates": (0, 1, 1)},
    ),
    Case(
        "lenient-gold-placed-where-its-text-is",
        {"counts": [count("665/665 đảng bộ, chi bộ cơ sở", 665, "đảng bộ, chi bộ cơ sở")]},
        {"counts": [count("665/665 đảng bộ", 665, "đảng bộ", start=13, end=28)]},
        {"counts": (0, 1, 1)},
        {"counts": (1, 0, 0)},
        text="toàn tỉnh có 665/665 đảng bộ, chi bộ cơ sở tổ chức đại hội",
    ),
    Case(
        "lenient-same-words-elsewhere-do-not-pair",
        {"dates": [period("6 tháng đầu năm 2020", "2020-01-01", "2020-06-30")]},
        {"dates": [period("năm 2020", "2020", start=40, end=48)]},
        {"periods": (0, 1, 1)},
        # Without the text, `năm 2020` would pair by its words.
        text="sơ kết công tác 6 tháng đầu năm 2020 và năm 2020 nói chung",
    ),
    # optional gold facts count nowhere.
    Case(
        "optional-found-counts-nowhere",
        {"dates": [date("năm dân vận khéo 2020", "2020", kind="period", optional=True)]},
        {"dates": [period("2020", "2020")]},
        {},
    ),
    Case(
        "optional-missed-counts-nowhere",
        {"dates": [period("2020", "2020", optional=True), date("ngày 2/9/2020", "2020-09-02")]},
        {"dates": [date("ngày 2/9/2020", "2020-09-02")]},
        {"dates": (1, 0, 0)},
    ),
    Case(
        "required-gold-claims-before-optional",
        {"counts": [count("3 mô hình", 3, "mô hình", optional=True), count("3 mô hình mới", 3, "mô hình")]},
        {"counts": [count("3 mô hình", 3, "mô hình")]},
        {"counts": (1, 0, 0)},
    ),
    # counts: key (value, unit); a gold key listed twice can be found twice.
    Case(
        "count-unit-case-and-spaces",
        {"counts": [count("1.079 mô hình", 1079, "mô hình")]},
        {"counts": [count("1.079 Mô  hình", 1079, "Mô  hình")]},
        {"counts": (1, 0, 0)},
    ),
    Case(
        "count-other-unit",
        {"counts": [count("250 đảng bộ", 250, "đảng bộ")]},
        {"counts": [count("250 đảng bộ cơ sở", 250, "đảng bộ cơ sở")]},
        {"counts": (0, 1, 1)},
        {"counts": (1, 0, 0)},
    ),
    Case(
        "count-gold-twice-pred-once",
        {
            "counts": [
                count("3 mô hình", 3, "mô hình", status="registered"),
                count("3 mô hình", 3, "mô hình", status="recognized"),
            ]
        },
        {"counts": [count("3 mô hình", 3, "mô hình")]},
        {"counts": (1, 0, 1)},
    ),
    Case(
        "count-gold-twice-pred-three-times",
        {
            "counts": [
                count("3 mô hình", 3, "mô hình", status="registered"),
                count("3 mô hình", 3, "mô hình", status="recognized"),
            ]
        },
        {"counts": [count("3 mô hình", 3, "mô hình")] * 3},
        {"counts": (2, 0, 0)},
    ),
    # officials by name, roles by (name, role text).
    Case(
        "official-name-tone-placement-and-nfd",
        {"officials": [official("Nguyễn Thị Thúy")]},
        {"officials": [official(unicodedata.normalize("NFD", "Nguyễn Thị Thuý"))]},
        {"officials": (1, 0, 0)},
    ),
    Case(
        "official-part-of-name-lenient-only",
        {"officials": [official(QUANG)]},
        {"officials": [official("Hồng Quảng")]},
        {"officials": (0, 1, 1)},
        {"officials": (1, 0, 0)},
    ),
    Case(
        "official-other-person-not-even-lenient",
        {"officials": [official(QUANG)]},
        {"officials": [official("Trần Hồng Quân")]},
        {"officials": (0, 1, 1)},
    ),
    Case(
        "role-abbreviation-expanded",
        {"officials": [official(QUANG, role("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh"))]},
        {
            "officials": [
                official(QUANG, role("Chủ tịch Hội đồng nhân dân tỉnh", "Chủ tịch", "Hội đồng nhân dân tỉnh"))
            ]
        },
        {"officials": (1, 0, 0), "roles": (1, 0, 0)},
    ),
    Case(
        "role-shortened-lenient-only",
        {"officials": [official(QUANG, role("Phó Bí thư Thường trực Tỉnh ủy Thái Bình"))]},
        {"officials": [official(QUANG, role("Phó Bí thư Thường trực Tỉnh ủy"))]},
        {"officials": (1, 0, 0), "roles": (0, 1, 1)},
        {"officials": (1, 0, 0), "roles": (1, 0, 0)},
    ),
    Case(
        "role-of-another-person",
        {"officials": [official(QUANG, role("Chủ tịch HĐND tỉnh"))]},
        {"officials": [official("Phạm Quang Ngọc", role("Chủ tịch HĐND tỉnh"))]},
        {"officials": (0, 1, 1), "roles": (0, 1, 1)},
    ),
    Case(
        "missed-official-misses-its-roles",
        {"officials": [official(QUANG, role("Phó Bí thư Thường trực Tỉnh ủy"), role("Chủ tịch HĐND tỉnh"))]},
        {},
        {"officials": (0, 0, 1), "roles": (0, 0, 2)},
    ),
    Case(
        "optional-official-makes-its-roles-optional",
        {"officials": [official("Hồ Chí Minh", role("Chủ tịch"), optional=True)]},
        {"officials": [official("Hồ Chí Minh", role("Chủ tịch"))]},
        {},
    ),
    Case(
        "optional-role",
        {"officials": [official(QUANG, role("trưởng đoàn", optional=True))]},
        {"officials": [official(QUANG)]},
        {"officials": (1, 0, 0)},
    ),
    # documents by id (leading zeros ignored) or by title when id is null.
    Case(
        "document-leading-zeros-and-spaces",
        {"documents": [document("04-HD/BDVTU")]},
        {"documents": [document("4 - HD/BDVTU")]},
        {"documents": (1, 0, 0)},
    ),
    Case(
        "document-state-style-number",
        {"documents": [document("30/2020/NĐ-CP")]},
        {"documents": [document("030/2020/NĐ-CP"), document("42/NQ-CP")]},
        {"documents": (1, 1, 0)},
    ),
    Case(
        "document-title-when-no-id",
        {"documents": [document(None, "Nghị quyết Trung ương 4 (khóa XII)")]},
        {"documents": [document(None, "Nghị quyết Trung ương 4  (khoá XII)")]},
        {"documents": (1, 0, 0)},
    ),
    Case(
        "document-title-contained-lenient-only",
        {"documents": [document(None, "Nghị quyết Trung ương 4 (khóa XII)")]},
        {"documents": [document(None, "Nghị quyết Trung ương 4")]},
        {"documents": (0, 1, 1)},
        {"documents": (1, 0, 0)},
    ),
    Case(
        "document-other-number-not-even-lenient",
        {"documents": [document("290-QĐ/TW", "Về việc ban hành Quy chế công tác dân vận")]},
        {"documents": [document("209-QĐ/TW", "Về việc ban hành Quy chế công tác dân vận")]},
        {"documents": (0, 1, 1)},
    ),
    # events by (date, kind).
    Case(
        "event-same-date-and-kind",
        {"events": [event("hội nghị sơ kết", "2020-06-30", "hội nghị sơ kết công tác 6 tháng đầu năm")]},
        {"events": [event("Hội nghị  sơ kết", "2020-06-30", "hội nghị sơ kết")]},
        {"events": (1, 0, 0)},
    ),
    Case(
        "event-no-date-lenient-only",
        {"events": [event("hội nghị sơ kết", "2020-06-30", "hội nghị sơ kết công tác 6 tháng đầu năm")]},
        {"events": [event("hội nghị sơ kết", None, "hội nghị sơ kết")]},
        {"events": (0, 1, 1)},
        {"events": (1, 0, 0)},
    ),
    Case(
        "mixed-types",
        {
            "dates": [date("ngày 22/6/2020", "2020-06-22"), period("năm 2020", "2020")],
            "officials": [official(QUANG, role("Chủ tịch HĐND tỉnh")), official("Phạm Quang Ngọc")],
            "counts": [count("665/665 đảng bộ, chi bộ cơ sở", 665, "đảng bộ, chi bộ cơ sở", total=665)],
        },
        {
            "dates": [date("ngày 22/6/2020", "2020-06-22"), date("16:01", "2020-06-30")],
            "officials": [official(QUANG, role("Chủ tịch HĐND tỉnh"), role("Trưởng các Ban Chỉ đạo"))],
            "counts": [count("665 đảng bộ", 665, "đảng bộ")],
        },
        {
            "dates": (1, 1, 0),
            "periods": (0, 0, 1),
            "officials": (1, 0, 1),
            "roles": (1, 1, 0),
            "counts": (0, 1, 1),
        },
        # `665 đảng bộ` lies inside `665/665 đảng bộ, chi bộ cơ sở`.
        {
            "dates": (1, 1, 0),
            "periods": (0, 0, 1),
            "officials": (1, 0, 1),
            "roles": (1, 1, 0),
            "counts": (1, 0, 0),
        },
    ),
]

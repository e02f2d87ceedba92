"""Attribute cases: one article's gold and predicted facts → (correct, total) per attribute, by hand.

Attributes are checked on true-positive pairs only, and only where gold or prediction gives a value.
Attributes not listed in `expected` have no check at all.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from tests.cases.score_match import count, document, event, official, role


class Case(NamedTuple):
    id: str
    gold: dict[str, Any]
    pred: dict[str, Any]
    expected: dict[str, tuple[int, int]]


QUANG = "Trần Hồng Quảng"

CASES = [
    Case(
        "role-title-and-organization-abbreviation",
        {"officials": [official(QUANG, role("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh"))]},
        {"officials": [official(QUANG, role("Chủ tịch HĐND tỉnh", "Chủ tịch", "Hội đồng nhân dân tỉnh"))]},
        {"roles.title": (1, 1), "roles.organization": (1, 1)},
    ),
    Case(
        "role-organization-missing-in-prediction",
        {"officials": [official(QUANG, role("Trưởng các Ban Chỉ đạo", "Trưởng", "các Ban Chỉ đạo"))]},
        {"officials": [official(QUANG, role("Trưởng các Ban Chỉ đạo", "Trưởng các Ban Chỉ đạo", None))]},
        {"roles.title": (0, 1), "roles.organization": (0, 1)},
    ),
    Case(
        "role-both-null-not-checked",
        {"officials": [official(QUANG, role("UVBTV", "UVBTV", None))]},
        {"officials": [official(QUANG, role("UVBTV", "Ủy viên Ban Thường vụ", None))]},
        {"roles.title": (1, 1)},
    ),
    Case(
        "role-not-paired-not-checked",
        {"officials": [official(QUANG, role("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh"))]},
        {"officials": [official(QUANG, role("Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh"))]},
        {},
    ),
    Case(
        "document-attributes",
        {
            "documents": [
                document(
                    "35-CT/TW",
                    None,
                    doc_type="Chỉ thị",
                    issuer="Bộ Chính trị",
                    issued="2019-05-30",
                    term=None,
                )
            ]
        },
        {
            "documents": [
                document(
                    "35-CT/TW", None, doc_type="chỉ thị", issuer="Ban Bí thư", issued="2019-05-30", term="XII"
                )
            ]
        },
        {
            "documents.doc_type": (1, 1),
            "documents.issuer": (0, 1),
            "documents.issued": (1, 1),
            "documents.term": (0, 1),
        },
    ),
    Case(
        "document-title-quotes-ignored",
        {"documents": [document("290-QĐ/TW", "Về việc ban hành Quy chế công tác dân vận")]},
        {"documents": [document("290-QĐ/TW", "“Về việc ban hành Quy chế công tác dân vận”")]},
        {"documents.title": (1, 1)},
    ),
    Case(
        "count-part-of-by-the-total-it-points-at",
        {
            "counts": [
                count("1.079 mô hình", 1079, "mô hình", status="maintained"),
                count(
                    "421 mô hình về phát triển kinh tế",
                    421,
                    "mô hình",
                    category="phát triển kinh tế",
                    part_of=0,
                ),
                count(
                    "98 mô hình về xây dựng hệ thống chính trị",
                    98,
                    "mô hình",
                    category="xây dựng hệ thống chính trị",
                    part_of=0,
                ),
            ]
        },
        # Listed in another order: index 2 is the total here; the 98 points at the 421 (wrong).
        {
            "counts": [
                count(
                    "421 mô hình về phát triển kinh tế",
                    421,
                    "mô hình",
                    category="phát triển kinh tế",
                    part_of=2,
                ),
                count("98 mô hình", 98, "mô hình", category="xây dựng hệ thống chính trị", part_of=0),
                count("1.079 mô hình", 1079, "mô hình", status="recognized"),
            ]
        },
        {"counts.status": (0, 1), "counts.category": (2, 2), "counts.part_of": (1, 2)},
    ),
    Case(
        "count-total-and-part-of-out-of-range",
        {"counts": [count("665/665 đơn vị", 665, "đơn vị", total=665)]},
        {"counts": [count("665/665 đơn vị", 665, "đơn vị", total=665, part_of=7)]},
        {"counts.total": (1, 1), "counts.part_of": (0, 1)},
    ),
    Case(
        "event-chairs-as-a-set",
        {"events": [event("giao ban", "2024-07-11", "hội nghị giao ban", chairs=[QUANG, "Phạm Quang Ngọc"])]},
        {"events": [event("giao ban", "2024-07-11", "giao ban", chairs=["Phạm Quang Ngọc", QUANG])]},
        {"events.date": (1, 1), "events.chairs": (1, 1)},
    ),
    Case(
        "event-chair-missing",
        {"events": [event("giao ban", "2024-07-11", "hội nghị giao ban", chairs=[QUANG])]},
        {"events": [event("giao ban", "2024-07-11", "giao ban")]},
        {"events.date": (1, 1), "events.chairs": (0, 1)},
    ),
    Case(
        "article-attributes",
        {
            "article": {
                "id": "t",
                "title": "Giao ban công tác dân vận",
                "published": "2024-06-22",
                "province": None,
                "province_2025": None,
                "authors": [{"name": "Hoàng Phong"}, {"name": "Thùy Dung", "kind": "photo"}],
            }
        },
        {
            "article": {
                "id": "t",
                "title": "Giao ban công tác dân vận",
                "published": "2024-06-22T10:00",
                "province": "Hà Nội",
                "province_2025": None,
                "authors": [{"name": "Thuỳ Dung", "kind": "photo"}, {"name": "Hoàng Phong"}],
            }
        },
        {
            "article.title": (1, 1),
            "article.published": (0, 1),
            "article.province": (0, 1),
            "article.authors": (1, 1),
        },
    ),
    Case(
        "article-optional-author-either-way",
        {"article": {"id": "t", "authors": [{"name": "Lê Chung"}, {"name": "PV", "optional": True}]}},
        {"article": {"id": "t", "authors": [{"name": "Lê Chung"}, {"name": "PV"}]}},
        {"article.authors": (1, 1)},
    ),
]

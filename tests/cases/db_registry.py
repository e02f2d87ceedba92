"""Registry cases: the same name in one province, entry by entry → which entries are one person.

Each entry is (year, [(title, organization), …]); `persons` lists, per person, the indices of its
entries. Names and bodies are folded as the registry folds them.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    id: str
    entries: list[tuple[int | None, list[tuple[str, str]]]]
    persons: list[list[int]]


CASES = [
    Case(
        "same-role-every-year",
        [(2020, [("Bí thư", "Tỉnh ủy")]), (2021, [("Bí thư", "Tỉnh ủy")])],
        [[0, 1]],
    ),
    Case(
        "promoted-new-title",
        [(2020, [("Phó Bí thư Thường trực", "Tỉnh ủy")]), (2020, [("Bí thư", "Tỉnh ủy")])],
        [[0, 1]],
    ),
    Case(
        "province-named-or-not-is-one-body",
        [(2020, [("Bí thư", "Tỉnh ủy")]), (2020, [("Bí thư", "Tỉnh ủy Ninh Bình")])],
        [[0, 1]],
    ),
    Case(
        "two-district-secretaries-same-year",
        [(2022, [("Bí thư", "Huyện ủy Kim Bảng")]), (2022, [("Bí thư", "Huyện ủy Lý Nhân")])],
        [[0], [1]],
    ),
    Case(
        "moved-between-districts-over-years",
        [(2019, [("Bí thư", "Huyện ủy Gia Viễn")]), (2021, [("Bí thư", "Huyện ủy Nho Quan")])],
        [[0, 1]],
    ),
    Case(
        "third-entry-joins-first-free-person",
        [
            (2022, [("Bí thư", "Huyện ủy Kim Bảng")]),
            (2022, [("Bí thư", "Huyện ủy Lý Nhân")]),
            (2022, [("Bí thư", "Huyện ủy Lý Nhân")]),
        ],
        [[0], [1, 2]],
    ),
    Case(
        "two-committees-held-at-once",
        [
            (2022, [("Trưởng Ban", "Ban Dân vận Huyện ủy"), ("Trưởng Ban", "Ban Chỉ đạo QCDC huyện")]),
            (2022, [("Trưởng Ban", "Ban Chỉ đạo QCDC huyện")]),
            (2022, [("Trưởng Ban", "Ban Dân vận Huyện ủy")]),
        ],
        [[0, 1, 2]],
    ),
    Case(
        "two-committee-heads-same-year",
        [(2022, [("Trưởng Ban", "Ban Dân vận Tỉnh ủy")]), (2022, [("Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy")])],
        [[0], [1]],
    ),
    Case(
        "different-kinds-of-body",
        [(2022, [("Phó Chủ tịch", "UBND tỉnh")]), (2022, [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh")])],
        [[0, 1]],
    ),
    Case(
        "undated-never-conflicts",
        [(2022, [("Bí thư", "Huyện ủy Kim Bảng")]), (None, [("Bí thư", "Huyện ủy Lý Nhân")])],
        [[0, 1]],
    ),
    Case("no-roles", [(2020, []), (2020, [])], [[0, 1]]),
]


class PositionCase(NamedTuple):
    id: str
    role: tuple[
        str | None, str | None, str | None, str | None, bool
    ]  # title, title_full, org, org_full, former
    position: tuple[str, str] | None  # folded (title, organization), as the registry compares roles


POSITIONS = [
    PositionCase(
        "plain", ("Bí thư", None, "Huyện ủy Kim Bảng", None, False), ("bi thu", "huyen uy kim bang")
    ),
    PositionCase(
        "full-forms-first",
        ("Trưởng Ban", "Trưởng Ban Dân vận", "Ban Dân vận", "Ban Dân vận Tỉnh ủy Hà Nam", False),
        ("truong ban dan van", "ban dan van tinh uy ha nam"),
    ),
    PositionCase("former-role-held-no-more", ("Bí thư", None, "Huyện ủy Kim Bảng", None, True), None),
    PositionCase("no-organization", ("Bí thư", None, None, None, False), None),
    PositionCase("no-title", (None, None, "Huyện ủy Lý Nhân", None, False), None),
    # As SQL's coalesce: an empty full form is a form given.
    PositionCase("empty-full-title", ("Bí thư", "", "Huyện ủy Lý Nhân", None, False), None),
]

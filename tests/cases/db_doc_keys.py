"""Document keys: (id, code, title, issued, article province) → (key, scope, issued year).

Rows quote ids and titles met in the corpus; the scope is the province only for local documents.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    id: str
    ref: str | None
    code: str | None
    title: str | None
    issued: str | None
    expected: tuple[str | None, str | None, int | None]


NB = "Ninh Bình"

CASES = [
    Case("party-central", "290-QĐ/TW", "QĐ/TW", None, "2010-02-25", ("290-QD/TW", None, 2010)),
    Case("space-after-number", "290- QĐ/TW", None, None, None, ("290-QD/TW", None, None)),
    Case("leading-zero", "04-HD/BDVTU", "HD/BDVTU", None, None, ("4-HD/BDVTU", NB, None)),
    Case("central-committee-body", "04-HD/BDVTW", None, None, None, ("4-HD/BDVTW", None, None)),
    Case("provincial-committee", "182-KH/TU", "KH/TU", None, "2019-11-06", ("182-KH/TU", NB, 2019)),
    Case("state-government", "42/NQ-CP", "NQ-CP", None, "2020-04-09", ("42/NQ-CP", None, 2020)),
    Case("state-with-year", "30/2020/NĐ-CP", None, None, None, ("30/2020/ND-CP", None, None)),
    Case("prime-minister", "12/2018/QĐ-TTg", "QĐ-TTg", None, None, ("12/2018/QD-TTG", None, None)),
    Case("province-people-committee", "1234/QĐ-UBND", "QĐ-UBND", None, None, ("1234/QD-UBND", NB, None)),
    Case("law-of-national-assembly", "10/2022/QH15", None, None, None, ("10/2022/QH15", None, None)),
    Case("joint-local", "08-KHLT/BDVTU-HLHPN", None, None, None, ("8-KHLT/BDVTU-HLHPN", NB, None)),
    Case("unknown-issuer-is-local", "45-KH/BDV", None, None, None, ("45-KH/BDV", NB, None)),
    Case(
        "law-title-year",
        None,
        None,
        "Luật Thực hiện dân chủ ở cơ sở năm 2022",
        None,
        ("luat thuc hien dan chu o co so", None, 2022),
    ),  # fmt: skip
    Case(
        "law-title-no-year",
        None,
        None,
        "Luật Thực hiện dân chủ ở cơ sở",
        None,
        ("luat thuc hien dan chu o co so", None, None),
    ),  # fmt: skip
    Case(
        "central-resolution-punctuation",
        None,
        None,
        "Nghị quyết Trung ương 4 (khóa XII)",
        None,
        ("nghi quyet trung uong 4 khoa xii", None, None),
    ),  # fmt: skip
    Case(
        "provincial-congress-is-local",
        None,
        None,
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
        None,
        ("nghi quyet dai hoi dai bieu dang bo tinh lan thu xx", NB, None),
    ),  # fmt: skip
    Case(
        "society-is-not-a-commune",
        None,
        None,
        "Nghị quyết về phát triển kinh tế - xã hội",
        None,
        ("nghi quyet ve phat trien kinh te xa hoi", None, None),
    ),  # fmt: skip
    Case("nothing-to-key", None, None, None, "2020-01-01", (None, None, None)),
]

"""Stage `province`: the province an article is about, and the one it belongs to after the 2025 merger.

Evidence, strongest first: the site or source line (`Trang thông tin điện tử Đảng bộ tỉnh Ninh
Bình`, `Cổng thông tin điện tử huyện Mường Lát` → Thanh Hóa through its district), the headline,
then the provinces the text names (`Tỉnh ủy Ninh Bình`, `tỉnh Thái Bình`) and the districts it names
after a level word (`Huyện ủy Nho Quan`). The first of source and headline that names exactly one
province decides. Otherwise the text decides when it names one province, or one clearly more than
the others; a headline about several provinces (`các tỉnh, thành phố khu vực …`) or a tie gives
null, as does a text that names none. Canonical names and the 2025 mapping (Nghị quyết
202/2025/QH15) are in data/provinces.toml; districts in data/districts.toml.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from extractor import lexicons
from extractor.document import ArticleDoc

# How much more often the leading province must be named than the next one to be the subject.
_LEAD = 2


@cache
def _tables() -> tuple[dict[str, dict], dict[str, str], regex.Pattern, regex.Pattern]:
    provinces = {p["name"]: p for p in lexicons.table("provinces")["province"]}
    alias_of: dict[str, str] = {}
    guarded: list[str] = []
    free: list[str] = []
    for name, entry in provinces.items():
        for alias in [name, *entry.get("aliases", [])]:
            alias_of[alias] = name
            (guarded if entry.get("guarded") else free).append(alias)
    districts = lexicons.table("districts")["unique"]
    for district, province in districts.items():
        alias_of.setdefault(district, province)
    level = r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|Tỉnh ủy|Thành ủy|UBND tỉnh|UBND thành phố)\s+"
    # `Thái Bình Dương` is the Pacific Ocean, neither Thái Bình nor Bình Dương.
    province_pattern = regex.compile(
        rf"(?<![\p{{L}}])(?<!Thái )(?:(?P<name>{lexicons.alternation(free)})"
        rf"|{level}(?P<name>{lexicons.alternation(guarded)}))"
        r"(?![\p{L}])(?! Dương)"
    )
    district_level = r"(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\.?|Huyện ủy|Quận ủy|Thị ủy|Thành ủy)\s+"
    district_pattern = regex.compile(
        rf"(?<![\p{{L}}]){district_level}(?P<name>{lexicons.alternation(list(districts))})(?![\p{{L}}])"
    )
    return provinces, alias_of, province_pattern, district_pattern


@cache
def _multi_province() -> regex.Pattern:
    return regex.compile(
        r"các tỉnh|\d+ tỉnh|toàn quốc|cả nước|khu vực (?:miền|đồng bằng|duyên hải|Tây Nguyên|Tây Bắc|"
        r"Đông Bắc|Đông Nam Bộ|Tây Nam Bộ|Bắc Trung Bộ|Nam Trung Bộ)",
        regex.IGNORECASE,
    )


def extract(doc: ArticleDoc) -> tuple[str | None, str | None]:
    province = _subject(doc)
    if province is None:
        return None, None
    provinces, *_ = _tables()
    return province, provinces[province]["after_2025"]


def _named(text: str) -> Counter:
    """Provinces named in `text`, each district counted for its province."""
    _, alias_of, province_pattern, district_pattern = _tables()
    found: Counter = Counter()
    for match in province_pattern.finditer(text):
        found[alias_of[match["name"]]] += 1
    for match in district_pattern.finditer(text):
        found[alias_of[match["name"]]] += 1
    return found


def _subject(doc: ArticleDoc) -> str | None:
    header = doc.header
    for text in (header.source, header.title):
        if not text:
            continue
        named = _named(text)
        if len(named) == 1:
            return next(iter(named))
        if len(named) > 1 or _multi_province().search(text):
            return None
    body = doc.text[header.body_start :]
    named = _named(body)
    if not named:
        return None
    ranked = named.most_common(2)
    if len(ranked) == 1 or ranked[0][1] >= _LEAD * ranked[1][1]:
        return ranked[0][0]
    return None

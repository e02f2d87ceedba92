"""How the registry tells documents apart across articles: key, scope and issued year.

- key: the id folded (`290- QĐ/TW`, `290-QD/TW`, `0290-qđ/tw` → `290-QD/TW`), or for a document named
  without a number its title folded without punctuation and without a final `năm YYYY`
  (`Luật Thực hiện dân chủ ở cơ sở năm 2022` → `luat thuc hien dan chu o co so`, year 2022).
- scope: every Tỉnh ủy numbers its own `…-KH/TU` and every UBND its `…/QĐ-UBND`, so `182-KH/TU` in a
  Ninh Bình article and in a Lạng Sơn one are two documents. A document is national when the
  issuer part of its code is a central body (a Party code ending in `TW`; or one that
  data/document_codes.toml expands to the Government, the National Assembly, a ministry or a central
  Party body) or, without a number, when its title names no local unit; any other document is
  scoped to the province of the article citing it. When unsure, local: splitting one document
  between provinces is a smaller error than merging two.
- issued year: from `issued`, else the title's `năm YYYY`; Party numbers restart with each term
  (SPEC documents), so the registry keys by year as well (registry.py).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extractor import lexicons
from extractor.db.bodies import is_central
from extractor.db.fold import fold

# A number at the head of a document id, leading zeros aside: `04-HD/BDVTU` is `4-HD/BDVTU`.
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
# The number (and a State document's year) before the code: `290-`, `42/`, `30/2020/`.
_NUMBER = re.compile(r"^[\dA-Za-z.]*\d[\dA-Za-z.]*\s*[-/]\s*(?:\d{4}\s*/\s*)?")
# The term of the National Assembly after its code: `QH15` is `QH`.
_TERM = re.compile(r"(?<=QH)\d+$")
_TITLE_YEAR = re.compile(r"\s+năm\s+(\d{4})\s*$")
# Administrative units below the nation: a title naming one (`Nghị quyết Đại hội Đảng bộ tỉnh lần
# thứ XX`) is a local document; `xã hội` (society) is not a commune.
_LOCAL_UNIT = re.compile(r"\b(?:tỉnh|huyện|thành phố|thị xã|quận|phường|xã(?! hội))\b", re.IGNORECASE)


def document_key(ref: str) -> str:
    """`290- QĐ/TW`, `290-QD/TW` and `0290-qđ/tw` are all `290-QD/TW`."""
    return _LEADING_ZEROS.sub("", fold(ref).replace(" ", "")).upper()


def title_key(title: str) -> tuple[str, int | None]:
    """(key, year) of a document named by its title."""
    year = _TITLE_YEAR.search(title)
    bare = title[: year.start()] if year else title
    key = " ".join(re.sub(r"[^\w\s]", " ", fold(bare)).split())
    return key, int(year.group(1)) if year else None


@lru_cache(maxsize=1 << 14)  # the same documents are cited, the same way, by many articles
def key_scope_year(
    ref: str | None, code: str | None, title: str | None, issued: str | None, province: str | None
) -> tuple[str | None, str | None, int | None]:
    """(key, scope, issued year) of a document cited in an article about `province`."""
    if ref:
        key = document_key(ref)
        national = _national_code(code or _NUMBER.sub("", ref))
        title_year = None
    elif title:
        key, title_year = title_key(title)
        national = not _LOCAL_UNIT.search(title)
    else:
        return None, None, None
    year = int(issued[:4]) if issued else title_year
    return key, None if national else province, year


def _national_code(code: str) -> bool:
    """All issuers of a code (`QĐ/TW`, `NQ-CP`, joint `KHLT/BDVTU-HLHPN`) are central bodies."""
    if "/" in code:  # Party style TYPE/ISSUER, joint ISSUER-ISSUER
        issuers = code.split("/", 1)[1].split("-")
    elif "-" in code:  # State style TYPE-ISSUER
        issuers = code.split("-")[1:]
    else:  # a law: `10/2022/QH15`
        issuers = [code]
    return all(_is_central(_TERM.sub("", part.strip())) for part in issuers if part.strip())


@cache
def _is_central(issuer: str) -> bool:
    if issuer.upper().endswith("TW"):
        return True
    return is_central(lexicons.table("document_codes")["issuers"].get(issuer, ""))

"""Accent-free keys and search text: `Trần Hồng Quảng` ↔ `tran hong quang`, `Đảng` ↔ `dang`.

Unicode decomposition strips tone and vowel marks (`ả` → `a`, `ư` → `u`), but `đ` is a letter of
its own with no decomposition, so it is mapped to `d` by hand. SQLite's FTS5 tokenizer
`unicode61 remove_diacritics 2` does the first part inside the index; `index_text` does the second.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# `đ`/`Đ` are not decomposable letters: the one fold FTS5 cannot do for us.
_D_STROKE = str.maketrans({"đ": "d", "Đ": "D"})
_SPACES = re.compile(r"\s+")


def index_text(text: str) -> str:
    """`text` with `đ`/`Đ` as `d`/`D`, same length: what FTS5 indexes and what a query is matched as."""
    # Two `replace` calls run in C; `translate` with a table is ten times slower on article text.
    return text.replace("đ", "d").replace("Đ", "D")


def index_text_sql(column: str) -> str:
    """`index_text` of a column as an SQL expression: the build feeds the index in SQL."""
    return f"replace(replace({column}, 'đ', 'd'), 'Đ', 'D')"


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char.translate(_D_STROKE))
    return "".join(c for c in base if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1 << 16)  # names and titles repeat across articles
def fold(text: str) -> str:
    """Lower case, no accents, `đ` → `d`, single spaces: the comparison key of names and titles."""
    folded = "".join(_fold_char(c) for c in unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", folded).strip()


@lru_cache(maxsize=1 << 16)  # every official's and document's id is made from one
def slug(text: str) -> str:
    """`Trần Hồng Quảng` → `tran-hong-quang`: a readable, URL-safe piece of a registry id."""
    return re.sub(r"[^0-9a-z]+", "-", fold(text)).strip("-") or "-"

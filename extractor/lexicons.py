"""Loading of the word lists and tables in `extractor/data/`, once per process.

Every file begins with a comment header saying what it holds and where it comes from. Text lists
are one entry per line (`#` starts a comment); tables are TOML. Values are NFC-normalized on load so
that a list typed with another tone placement or decomposed accents still matches normalized text.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


@cache
def words(name: str) -> tuple[str, ...]:
    """Entries of `data/NAME.txt`, in file order, comments and blank lines dropped."""
    entries = []
    for line in (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(_nfc(entry))
    return tuple(entries)


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed `data/NAME.toml`."""
    with open(DATA_DIR / f"{name}.toml", "rb") as fh:
        return _nfc(tomllib.load(fh))


def alternation(entries: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal entries, longest first so that the longest entry wins."""
    import regex

    return "|".join(regex.escape(e) for e in sorted(set(entries), key=lambda e: (-len(e), e)))

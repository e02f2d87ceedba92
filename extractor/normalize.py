"""Raw article text → normalized text, with a map from every normalized character back to the raw one.

Normalized text is what every offset in the output points into: Unicode NFC, one tone placement
(`hòa`, `Tỉnh ủy`, see data/orthography.toml), plain single spaces, trimmed lines, at most one blank
line between paragraphs, no site chrome (data/chrome.toml), and a line repeated right after itself
(a photo caption printed twice by the scraper) kept once.
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache

import regex

from extractor import lexicons

TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng


@dataclass(frozen=True)
class Normalized:
    text: str
    raw_starts: array  # raw_starts[i]: where in the raw text normalized char i begins
    raw_ends: array  # raw_ends[i]: where it ends (a composed char covers its combining marks)
    raw_length: int

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of the normalized span [start, end)."""
        if start >= len(self.text):
            return self.raw_length, self.raw_length
        if end <= start:
            return self.raw_starts[start], self.raw_starts[start]
        return self.raw_starts[start], self.raw_ends[end - 1]


@cache
def _tone_pattern() -> regex.Pattern:
    config = lexicons.table("orthography")["tone"]
    exempt = "".join(o + o.upper() for o in config["exempt_onsets"])
    alternatives = []
    for rime in config["rimes"]:
        first, second = rime[0], rime[1]
        toned = "".join(
            unicodedata.normalize("NFC", v + t) for v in (second, second.upper()) for t in TONE_MARKS
        )
        lookbehind = f"(?<![{exempt}])" if first == "u" else ""
        alternatives.append(f"{lookbehind}[{first}{first.upper()}][{toned}]")
    # An open syllable: the rime is not followed by another letter (or combining mark).
    return regex.compile(r"(?:" + "|".join(alternatives) + r")(?![\p{L}\p{M}])")


def _move_tone(match: regex.Match) -> str:
    first, second = match.group()
    base, *marks = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + "".join(marks)) + base


def fix_tone_placement(text: str) -> str:
    """`hoà` → `hòa`, `uỷ` → `ủy`, `Thuý` → `Thúy`; `Hoàng`, `Quý`, `quỳ` unchanged. Keeps length."""
    return _tone_pattern().sub(_move_tone, text)


@cache
def _space_table() -> tuple[dict[int, str | None], frozenset[str]]:
    config = lexicons.table("orthography")["spaces"]
    table: dict[int, str | None] = {ord(c): " " for c in config["as_space"]}
    table.update({ord(c): None for c in config["dropped"]})
    table[ord("\r")] = " "
    return table, frozenset(config["dropped"])


Origin = tuple[int, int]


def _compose(line: str, start: int, dropped: frozenset[str]) -> tuple[list[str], list[Origin]]:
    """NFC of one line without its dropped characters, cluster by cluster, with the raw span of each
    output character. Dropping comes first: a zero-width space between a letter and a combining mark
    (`a\u200b\u0300`) would otherwise leave the two to meet undecomposed after it is gone."""
    if unicodedata.is_normalized("NFC", line) and dropped.isdisjoint(line):
        return list(line), [(k, k + 1) for k in range(start, start + len(line))]
    kept = [(c, start + k) for k, c in enumerate(line) if c not in dropped]
    chars: list[str] = []
    origins: list[Origin] = []
    i = 0
    while i < len(kept):
        j = i + 1
        while j < len(kept) and unicodedata.combining(kept[j][0]):
            j += 1
        origin = (kept[i][1], kept[j - 1][1] + 1)
        for c in unicodedata.normalize("NFC", "".join(c for c, _ in kept[i:j])):
            chars.append(c)
            origins.append(origin)
        i = j
    return chars, origins


def _clean_line(line: str, start: int) -> tuple[str, list[Origin]]:
    table, dropped = _space_table()
    chars, origins = _compose(line, start, dropped)
    out: list[str] = []
    out_origins: list[Origin] = []
    for c, o in zip(chars, origins, strict=True):
        mapped = table.get(ord(c), c)
        if mapped is None:
            continue
        if mapped == " " and (not out or out[-1] == " "):
            continue
        out.append(mapped)
        out_origins.append(o)
    while out and out[-1] == " ":
        out.pop()
        out_origins.pop()
    return fix_tone_placement("".join(out)), out_origins


@cache
def _chrome() -> tuple[frozenset[str], frozenset[str]]:
    config = lexicons.table("chrome")
    return (
        frozenset(s.casefold() for s in config["lines"]),
        frozenset(s.casefold() for s in config["tail"]),
    )


# A link block after a "Tin liên quan" marker is a list of headlines; a long line means the
# article text goes on (some sites put the block mid-article).
_HEADLINE_MAX = 160


def normalize(raw: str) -> Normalized:
    chrome_lines, chrome_tail = _chrome()
    raw = raw.replace("\r\n", " \n").replace("\r", "\n")  # length-preserving
    kept: list[tuple[str, list[Origin], int]] = []  # (line, origins, offset of its newline)
    in_link_block = False
    previous = None
    line_start = 0
    for raw_line in raw.split("\n"):
        newline_at = line_start + len(raw_line)
        line, origins = _clean_line(raw_line, line_start)
        line_start = newline_at + 1
        key = line.strip(" :»›>").casefold()
        if key in chrome_tail:
            in_link_block = True
            continue
        if in_link_block:
            if len(line) <= _HEADLINE_MAX:
                continue
            in_link_block = False
        if key in chrome_lines:
            continue
        if line and line == previous:
            continue  # a caption printed twice
        if line:
            previous = line
        elif not kept or not kept[-1][0]:
            continue  # at most one blank line, none at the start
        kept.append((line, origins, newline_at))
    while kept and not kept[-1][0]:
        kept.pop()
    text_parts: list[str] = []
    starts, ends = array("q"), array("q")
    for i, (line, origins, newline_at) in enumerate(kept):
        text_parts.append(line)
        starts.extend(o[0] for o in origins)
        ends.extend(o[1] for o in origins)
        if i + 1 < len(kept):
            text_parts.append("\n")
            starts.append(newline_at)
            ends.append(newline_at + 1)
    return Normalized(text="".join(text_parts), raw_starts=starts, raw_ends=ends, raw_length=len(raw))

"""The normalized form in which the scorer compares text, and the matching key of each fact type.

`normalize_key` is SPEC's "normalized": NFC, the tone placement of `normalize.fix_tone_placement`,
known abbreviations expanded (data/score_abbreviations.toml), lower case, single spaces. It also
drops quotation marks, closes up spaces around hyphens and dashes (`văn hóa - xã hội` =
`văn hóa-xã hội`) and trims punctuation at both ends, because writers and extractors differ in
exactly these while meaning the same words.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from extractor import lexicons
from extractor.normalize import fix_tone_placement
from extractor.records import Count, DateMention, DocumentRef, Event, Official, Role

_SPACES = regex.compile(r"\s+")
_QUOTES = regex.compile(r"[\"'“”„‟«»‘’‚‛″′]")
_DASHES = regex.compile(r"\s*[-‐‑‒–—]\s*")
_EDGE_PUNCTUATION = " .,;:!?…"
_LEADING_ZEROS = regex.compile(r"^0+(?=\d)")


@cache
def _abbreviation_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    expansions = lexicons.table("score_abbreviations")["expand"]
    # Whole words only, so that letters inside a longer word (`BTV` in `UVBTVX`) are left alone.
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}])(?:" + lexicons.alternation(tuple(expansions)) + r")(?![\p{L}\p{N}])"
    )
    return pattern, expansions


def expand_abbreviations(text: str) -> str:
    pattern, expansions = _abbreviation_pattern()
    return pattern.sub(lambda m: expansions[m.group()], text)


def normalize_key(text: str | None) -> str:
    """`Chủ tịch  HĐND tỉnh,` → `chủ tịch hội đồng nhân dân tỉnh`; None → ``."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = fix_tone_placement(_SPACES.sub(" ", text))
    text = expand_abbreviations(text)
    text = _QUOTES.sub("", text)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text.lower()).strip(_EDGE_PUNCTUATION)


def document_id_key(doc_id: str) -> str:
    """`04 - HD/BDVTU` → `4-hd/bdvtu`: no spaces, no leading zeros, case ignored."""
    compact = _SPACES.sub("", unicodedata.normalize("NFC", doc_id))
    return _LEADING_ZEROS.sub("", compact).casefold()


def words(text: str) -> tuple[str, ...]:
    """The words and punctuation marks of a normalized text, for whole-word containment."""
    return tuple(regex.findall(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]", text))


def contains_words(a: str, b: str) -> bool:
    """True when the normalized texts `a` and `b` are non-empty and one holds the other's words in a row."""
    wa, wb = words(normalize_key(a)), words(normalize_key(b))
    if not wa or not wb:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def official_key(official: Official) -> tuple:
    return (normalize_key(official.name),)


def role_key(name: str, role: Role) -> tuple:
    return (normalize_key(name), normalize_key(role.text))


def document_key(document: DocumentRef) -> tuple:
    if document.id:
        return ("id", document_id_key(document.id))
    return ("title", normalize_key(document.title))


def date_key(date: DateMention) -> tuple:
    return (date.value, date.end_value)


def count_key(count: Count) -> tuple:
    return (count.value, normalize_key(count.unit))


def event_key(event: Event) -> tuple:
    return (event.date, normalize_key(event.kind))

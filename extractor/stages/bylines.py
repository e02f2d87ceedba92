"""Stage `bylines`: who wrote the article and who took its photos (`article.authors`).

Signatures stand alone on the last line of the text, before any source line: a name, maybe an
affiliation after a dash, comma, slash or in parentheses (`Lê Chung- Văn phòng Tỉnh ủy`, `Hải Yến
(TTXVN)`, `Hồng Thắm/Ban Dân vận Tỉnh ủy`), or two names (`Văn Phúc - Ngọc Anh`). Photo credits
follow `Ảnh:` in captions (`Ảnh: Thùy Dung/TTXVN`, `(Ảnh: Thanh Hương)`). A page's author meta tag
(`header.author`) stands in for a signature the page layout kept out of the text. Authors come
first, then photographers in text order; each (name, affiliation, kind) once.
"""

from __future__ import annotations

from functools import cache

import regex

from extractor import lexicons
from extractor.document import ArticleDoc, Segment
from extractor.records import Author

# A pen name: capitalized syllables (`Hải Yến`, `H’Xuân`) or initials (`M.T`, `K.Liễu`).
_SYLLABLE = r"\p{Lu}(?:['’]\p{Lu})?\p{Ll}*"
_INITIALS = r"(?:\p{Lu}\.\s?)+\p{Lu}?\p{Ll}*"
_NAME = regex.compile(rf"^(?:{_INITIALS}|{_SYLLABLE}(?: {_SYLLABLE}){{0,4}})$")


@cache
def _config() -> dict:
    return lexicons.table("bylines")


@cache
def _photo_credit() -> regex.Pattern:
    markers = lexicons.alternation(_config()["photo_markers"])
    return regex.compile(
        rf"""(?<![\p{{L}}])(?:{markers})\s*:\s*            # `Ảnh:`
        (?P<name>[^\n/()]+?)                                # the photographer
        (?:\s*/\s*(?P<affiliation>[^\n()]+?))?              # `/TTXVN`
        \s*(?:\)|$|\.\s|\.$)""",
        regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,
    )


@cache
def _marker(kind: str) -> regex.Pattern:
    markers = lexicons.alternation(_config()[kind])
    return regex.compile(rf"^(?:{markers})\s*:\s*(?P<rest>.+)$", regex.IGNORECASE)


def extract(doc: ArticleDoc) -> list[Author]:
    authors = _signature(doc)
    if doc.header.author and not any(a.name == doc.header.author.strip() for a in authors):
        name = " ".join(doc.header.author.split())
        if _is_name(name):
            authors.insert(0, Author(name=name, kind="author"))
    authors += _photo_credits(doc)
    unique: dict[tuple[str, str | None, str], Author] = {}
    for author in authors:
        unique.setdefault((author.name, author.affiliation, author.kind), author)
    return list(unique.values())


def _signature_line(doc: ArticleDoc) -> Segment | None:
    """The last line of the text that is not a source line or a bare link."""
    markers = tuple(_config()["source_markers"])
    for line in reversed(doc.lines[-3:]):
        text = line.text.strip()
        if not text:
            continue
        source_line = text.startswith(markers) and (len(text) <= _config()["max_line"] or "://" in text)
        if source_line or regex.fullmatch(r"https?://\S+", text):
            continue
        if line.start < doc.header.body_start:
            return None
        return line
    return None


def _signature(doc: ArticleDoc) -> list[Author]:
    line = _signature_line(doc)
    if line is None or len(line.text) > _config()["max_line"]:
        return []
    text = line.text.strip().rstrip(".")
    both = _marker("text_and_photo_markers").match(text)
    if both:
        names = _split_names(both["rest"])
        return [Author(name=n, kind=k) for k in ("author", "photo") for n in names]
    alone = _marker("text_markers").match(text)
    if alone:
        text = alone["rest"]
    return _authors(text)


def _authors(text: str) -> list[Author]:
    """`Name`, `Name - Affiliation`, `Name (Affiliation)`, `Name/Affiliation`, `Name - Name`."""
    parenthesis = regex.fullmatch(r"(?P<names>[^()]+?)\s*\((?P<affiliation>[^()]+)\)", text)
    if parenthesis:
        names = _split_names(parenthesis["names"])
        affiliation = parenthesis["affiliation"].strip()
        # `Minh Châu (thực hiện)`: what the writer did (an interview), not where the writer works.
        if affiliation.lower() in _config()["roles_not_affiliations"]:
            affiliation = None
        return [Author(name=n, affiliation=affiliation) for n in names]
    parts = [p.strip() for p in regex.split(r"\s*[-–—/]\s*|\s*,\s+", text) if p.strip()]
    if not parts or not _is_name(parts[0]):
        return []
    names = [parts[0]]
    rest = parts[1:]
    while rest and _is_name(rest[0]) and not _is_affiliation(rest[0]):
        names.append(rest.pop(0))
    if rest and not _is_affiliation(rest[0]):
        return []
    affiliation = _affiliation_text(text, rest[0]) if rest else None
    return [Author(name=n, affiliation=affiliation) for n in names]


def _affiliation_text(text: str, first: str) -> str:
    """The affiliation as written from its first part on (it may hold commas: `Trung tâm Văn hóa,
    Thông tin và Thể thao huyện Mường Lát`)."""
    return text[text.index(first) :].strip()


def _split_names(text: str) -> list[str]:
    parts = [p.strip() for p in regex.split(r"\s*[-–—,;]\s*|\s+và\s+", text) if p.strip()]
    return [p for p in parts if _is_name(p)]


def _is_name(text: str) -> bool:
    return bool(_NAME.match(text)) and text not in _config()["not_names"] and not _is_affiliation(text)


def _is_affiliation(text: str) -> bool:
    heads = _config()["affiliation_heads"]
    return text.isupper() and len(text) > 1 and "." not in text or any(
        text == h or text.startswith(h + " ") for h in heads
    )


def _photo_credits(doc: ArticleDoc) -> list[Author]:
    credits = []
    for match in _photo_credit().finditer(doc.text):
        name = " ".join(match["name"].split())
        if not _is_name(name):
            continue
        affiliation = match["affiliation"].strip() if match["affiliation"] else None
        credits.append(Author(name=name, affiliation=affiliation, kind="photo"))
    return credits

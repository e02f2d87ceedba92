"""`extractor who` and `extractor doc`: an official's roles over time, a document's citations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from extractor.db.doc_keys import document_key, title_key
from extractor.db.fold import fold
from extractor.db.store import DatabaseError, open_readonly

# A sentence ends at . ! ? … followed by white space, or at a line break (headlines, list items);
# `25.2.2010` and `TP.HCM` do not end one.
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’)]*(?=\s)|\n")


@dataclass
class RoleEntry:
    date: str | None
    article_id: str
    name_as_written: str
    roles: list[str]  # role texts as written, `nguyên …` kept for former roles


@dataclass
class Timeline:
    official_id: str
    name: str
    province: str | None
    articles: int
    entries: list[RoleEntry] = field(default_factory=list)


@dataclass
class Citation:
    article_id: str
    date: str | None
    province: str | None
    title: str | None
    sentences: list[str]  # the sentence around each mention, or the mention itself without text


@dataclass
class DocumentCitations:
    document_id: str
    ref: str | None
    scope: str | None  # the province of a local document (`182-KH/TU` of one Tỉnh ủy)
    issued_year: int | None
    doc_type: str | None
    issuer: str | None
    issued: str | None
    title: str | None
    citations: list[Citation] = field(default_factory=list)


def who(db_path: Path, name: str) -> list[Timeline]:
    """Timelines of the officials called `name` (accents optional); a partial name lists all it fits."""
    key = fold(name)
    if not key:
        raise DatabaseError("empty name")
    conn = open_readonly(Path(db_path))
    try:
        people = conn.execute(
            "SELECT official_id, name, province, articles FROM officials"
            " WHERE name_key = ? ORDER BY official_id",
            (key,),
        ).fetchall()
        if not people:
            # A part of a name matches whole words: `quang` finds `Trần Hồng Quảng`, not `Quảng Ninh`'s.
            people = conn.execute(
                "SELECT official_id, name, province, articles FROM officials"
                " WHERE ' ' || name_key || ' ' LIKE '%' || ? || '%' ESCAPE '\\'"
                " ORDER BY name_key, official_id",
                (f" {_escape_like(key)} ",),
            ).fetchall()
        timelines = []
        for official_id, official_name, province, articles in people:
            timeline = Timeline(official_id, official_name, province, articles)
            entries: dict[tuple[str, int], RoleEntry] = {}
            for date, article_id, official_ord, written, role in conn.execute(
                "SELECT a.date, a.article_id, ao.ord, ao.name, r.text FROM article_officials AS ao"
                " JOIN articles AS a ON a.doc_id = ao.doc_id"
                " LEFT JOIN roles AS r ON r.doc_id = ao.doc_id AND r.official_ord = ao.ord"
                " WHERE ao.official_id = ?"
                " ORDER BY a.date IS NULL, a.date, a.article_id, r.ord",
                (official_id,),
            ):
                entry = entries.setdefault(
                    (article_id, official_ord), RoleEntry(date, article_id, written, [])
                )
                if role is not None:
                    entry.roles.append(role)
            timeline.entries = list(entries.values())
            timelines.append(timeline)
    finally:
        conn.close()
    if not timelines:
        raise DatabaseError(f"no official named {name!r} in {db_path}")
    return timelines


def documents_cited(db_path: Path, reference: str, year: int | None = None) -> list[DocumentCitations]:
    """Every document `reference` names (an id like `290-QĐ/TW`, or a title), with its citations.

    One id can name several documents (one per issued year); `year` keeps the one issued that year.
    """
    if not reference.strip():
        raise DatabaseError("empty document reference")
    conn = open_readonly(Path(db_path))
    try:
        documents = conn.execute(
            "SELECT document_id, ref, scope, issued_year, doc_type, issuer, issued, title FROM documents"
            " WHERE doc_key IN (?, ?) AND (? IS NULL OR issued_year = ?)"
            " ORDER BY scope IS NOT NULL, scope, issued_year IS NULL, issued_year",
            (document_key(reference), title_key(reference)[0], year, year),
        ).fetchall()
        found = []
        for row in documents:
            document = DocumentCitations(*row)
            document.citations = _citations(conn, document.document_id)
            found.append(document)
    finally:
        conn.close()
    if not found:
        in_year = f" issued in {year}" if year is not None else ""
        raise DatabaseError(f"no document {reference!r}{in_year} in {db_path}")
    return found


def _citations(conn, document_id: str) -> list[Citation]:
    citations: dict[str, Citation] = {}
    for article_id, date, province, title, text, start, end, mention in conn.execute(
        'SELECT a.article_id, a.date, a.province, a.title, a.text, m.start, m."end", m.text'
        " FROM document_refs AS r JOIN articles AS a ON a.doc_id = r.doc_id"
        " LEFT JOIN document_mentions AS m ON m.doc_id = r.doc_id AND m.ref_ord = r.ord"
        " WHERE r.document_id = ? ORDER BY a.date IS NULL, a.date, a.article_id, m.start",
        (document_id,),
    ):
        citation = citations.setdefault(article_id, Citation(article_id, date, province, title, []))
        if mention is None:
            continue
        sentence = sentence_around(text, start, end) if text is not None and start is not None else None
        citation.sentences.append(sentence if sentence is not None else mention)
    return list(citations.values())


def sentence_around(text: str, start: int, end: int) -> str | None:
    """The sentence of `text` holding [start, end), or None when the offsets do not fit the text."""
    if not 0 <= start < end <= len(text):
        return None
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    finish = after.end() if after else len(text)
    return " ".join(text[begin:finish].split())


def format_timeline(timeline: Timeline) -> str:
    where = f" ({timeline.province})" if timeline.province else ""
    plural = "s" if timeline.articles != 1 else ""
    lines = [f"{timeline.name}{where}  [{timeline.official_id}]  {timeline.articles} article{plural}"]
    for entry in timeline.entries:
        as_written = f" (as {entry.name_as_written})" if entry.name_as_written != timeline.name else ""
        roles = "; ".join(entry.roles) if entry.roles else "(no role given)"
        lines.append(f"  {entry.date or 'undated   '}  {entry.article_id}  {roles}{as_written}")
    return "\n".join(lines)


def format_document(document: DocumentCitations) -> str:
    name = document.ref or document.title or document.document_id
    about = [p for p in (document.doc_type, document.issuer, document.scope) if p]
    if document.issued:
        about.append(f"issued {document.issued}")
    elif document.issued_year:
        about.append(f"issued {document.issued_year}")
    cited = len(document.citations)
    head = f"{name}  [{document.document_id}]  {', '.join(about)}"
    lines = [f"{head}  cited by {cited} article{'s' * (cited != 1)}"]
    if document.ref and document.title:
        lines.append(f"  “{document.title}”")
    for citation in document.citations:
        where = "  ".join(p for p in (citation.date or "undated", citation.province) if p)
        lines.append(f"  {citation.article_id}  {where}")
        lines.extend(f"      {sentence}" for sentence in dict.fromkeys(citation.sentences))
    return "\n".join(lines)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

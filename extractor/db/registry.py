"""The registries that link facts across articles: one person, one document.

Officials: the `officials` entries of all articles are grouped by folded name and article province
(`Trần Hồng Quảng` in Ninh Bình articles). Within a group, entries are taken in date order and each
joins the first person it does not conflict with, else starts a new person. Two entries conflict
when, in the same year, they hold the same title (not a former one) at two different bodies of the
same kind: `Bí thư Huyện ủy Gia Viễn` and `Bí thư Huyện ủy Nho Quan` in 2020 are two people, while
the same man as `Bí thư Huyện ủy Gia Viễn` in 2019 and `Bí thư Huyện ủy Nho Quan` in 2021 moved.
Bodies are of the same kind when their folded names share the first word (`Ban Dân vận …`,
`Ban Tuyên giáo …`); one name extending the other (`Tỉnh ủy`, `Tỉnh ủy Ninh Bình`) is the same
body; and two bodies that one article shows the name holding at once (`Trưởng Ban Dân vận Tỉnh ủy,
Trưởng Ban Chỉ đạo …`) never conflict for that name. Undated entries never conflict.

Documents: refs are grouped by key and scope (doc_keys.py: the folded id, or title for a document
without a number; the province for a local document) and then by issued year, because Party
numbers restart with each term. A ref that states no year goes to the latest issue of its document
not after the article's year (a text cites what exists), or with no such issue to the entry of
unknown year.

Both are refreshed only for the groups a batch touched, with ids derived from the group so that
loading the same facts again gives the same ids.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from extractor.db.fold import fold, slug


@dataclass(slots=True)
class Occurrence:
    """One person in one article: an `officials` entry of a line."""

    doc_id: int
    ord: int
    article_id: str
    name: str
    date: str | None
    year: int | None
    official_id: str | None = None  # as stored before this refresh
    positions: list[tuple[str, str]] = field(default_factory=list)  # (title key, organization key)


@dataclass(slots=True)
class _Person:
    occurrences: list[Occurrence] = field(default_factory=list)
    # (year, title key) → organization keys held then
    held: dict[tuple[int, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    def conflicts_with(self, occurrence: Occurrence, held_together: set[frozenset[str]]) -> bool:
        if occurrence.year is None:
            return False
        return any(
            bodies_conflict(held, organization) and frozenset((held, organization)) not in held_together
            for title, organization in occurrence.positions
            for held in self.held.get((occurrence.year, title), ())
        )

    def add(self, occurrence: Occurrence) -> None:
        self.occurrences.append(occurrence)
        if occurrence.year is not None:
            for title, organization in occurrence.positions:
                self.held[(occurrence.year, title)].add(organization)


def bodies_conflict(first: str, second: str) -> bool:
    """Two folded organization names are different bodies of the same kind."""
    if first.startswith(second) or second.startswith(first):
        return False
    return first.split(" ", 1)[0] == second.split(" ", 1)[0]


def cluster(occurrences: list[Occurrence]) -> list[list[Occurrence]]:
    """The persons among the occurrences of one name in one province, given in date order."""
    held_together = {
        frozenset((first, second))
        for o in occurrences
        for title, first in o.positions
        for other_title, second in o.positions
        if title == other_title and first != second
    }
    persons: list[_Person] = []
    for occurrence in occurrences:
        person = next((p for p in persons if not p.conflicts_with(occurrence, held_together)), None)
        if person is None:
            person = _Person()
            persons.append(person)
        person.add(occurrence)
    return [person.occurrences for person in persons]


def refresh_officials(conn: sqlite3.Connection, groups: Iterable[tuple[str, str | None]]) -> None:
    for name_key, province in sorted(groups, key=lambda g: (g[0], g[1] or "")):
        persons = cluster(_occurrences(conn, name_key, province))
        conn.execute("DELETE FROM officials WHERE name_key = ? AND province IS ?", (name_key, province))
        base = f"{slug(name_key)}@{slug(province) if province else '-'}"
        for number, occurrences in enumerate(persons, start=1):
            official_id = base if number == 1 else f"{base}:{number}"
            dates = sorted(o.date for o in occurrences if o.date)
            conn.execute(
                "INSERT INTO officials VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    official_id, _most_common(o.name for o in occurrences), name_key, province,
                    len({o.article_id for o in occurrences}),
                    dates[0] if dates else None, dates[-1] if dates else None,
                ),
            )  # fmt: skip
            conn.executemany(
                "UPDATE article_officials SET official_id = ? WHERE doc_id = ? AND ord = ?",
                [(official_id, o.doc_id, o.ord) for o in occurrences if o.official_id != official_id],
            )


def _occurrences(conn: sqlite3.Connection, name_key: str, province: str | None) -> list[Occurrence]:
    rows = conn.execute(
        "SELECT ao.doc_id, ao.ord, a.article_id, ao.name, a.date, a.year, ao.official_id"
        " FROM article_officials AS ao JOIN articles AS a ON a.doc_id = ao.doc_id"
        " WHERE ao.name_key = ? AND a.province IS ?"
        " ORDER BY a.date IS NULL, a.date, a.article_id, ao.ord",
        (name_key, province),
    ).fetchall()
    occurrences = {(row[0], row[1]): Occurrence(*row) for row in rows}
    for doc_id, official_ord, title, organization, former in conn.execute(
        "SELECT r.doc_id, r.official_ord, coalesce(r.title_full, r.title),"
        " coalesce(r.organization_full, r.organization), r.former"
        " FROM roles AS r JOIN article_officials AS ao ON ao.doc_id = r.doc_id AND ao.ord = r.official_ord"
        " WHERE ao.name_key = ?",
        (name_key,),
    ):
        occurrence = occurrences.get((doc_id, official_ord))
        if occurrence and title and organization and not former:
            occurrence.positions.append((fold(title), fold(organization)))
    return list(occurrences.values())


@dataclass(slots=True)
class _Ref:
    doc_id: int
    ord: int
    article_id: str
    article_year: int | None
    document_id: str | None  # as stored before this refresh
    scope: str | None
    stated_year: int | None  # the year the mention gives
    fields: dict[str, str | None]


REF_FIELDS = ("ref", "doc_type", "number", "code", "issuer", "issued", "term", "title")


def refresh_documents(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    for key in sorted(keys):
        scopes: dict[str | None, list[_Ref]] = defaultdict(list)
        for row in conn.execute(
            "SELECT r.doc_id, r.ord, a.article_id, a.year, r.document_id, r.scope, r.stated_year,"
            f" {', '.join('r.' + f for f in REF_FIELDS)}"
            " FROM document_refs AS r JOIN articles AS a ON a.doc_id = r.doc_id"
            " WHERE r.doc_key = ? ORDER BY a.date IS NULL, a.date, a.article_id, r.ord",
            (key,),
        ):
            ref = _Ref(*row[:7], dict(zip(REF_FIELDS, row[7:], strict=True)))
            scopes[ref.scope].append(ref)
        conn.execute("DELETE FROM documents WHERE doc_key = ?", (key,))
        for scope, refs in scopes.items():
            issues = sorted({r.stated_year for r in refs if r.stated_year is not None})
            by_year: dict[int | None, list[_Ref]] = defaultdict(list)
            for ref in refs:
                by_year[_issue_of(ref, issues)].append(ref)
            for year, group in by_year.items():
                document_id = key + (f"@{slug(scope)}" if scope else "") + (f"@{year}" if year else "")
                values = [_most_common(r.fields[f] for r in group) for f in REF_FIELDS]
                conn.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (document_id, key, year, *values, len({r.article_id for r in group}), scope),
                )
                conn.executemany(
                    "UPDATE document_refs SET document_id = ? WHERE doc_id = ? AND ord = ?",
                    [(document_id, r.doc_id, r.ord) for r in group if r.document_id != document_id],
                )


def _issue_of(ref: _Ref, issues: list[int]) -> int | None:
    """The issued year of the document a ref names (see the module docstring)."""
    if ref.stated_year is not None:
        return ref.stated_year
    if ref.article_year is None:
        return issues[0] if len(issues) == 1 else None
    earlier = [year for year in issues if year <= ref.article_year]
    return earlier[-1] if earlier else None


def _most_common(values: Iterable[str | None]) -> str | None:
    """The value given most often (the first given on a tie), ignoring nulls."""
    counts = Counter(v for v in values if v is not None)
    return max(counts, key=counts.__getitem__) if counts else None

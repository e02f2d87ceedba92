"""Pairing the predicted facts of one article with its gold facts, one fact type at a time.

The rules (collapse of repeated keys, strict and lenient pairing, optional gold facts) are stated in
the package docstring; `match_items` is their one implementation.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from extractor.records import ArticleFacts
from extractor.score import keys

FACT_TYPES = ("officials", "roles", "documents", "dates", "periods", "counts", "events")

Span = tuple[int, int]


@dataclass(frozen=True, eq=False)
class Item:
    """One fact of one article as the matcher sees it (compared by identity: two equal mentions
    are still two facts)."""

    fact_type: str
    key: tuple
    text: str  # the fact as written (a name, a role text, a document id or title, a mention)
    optional: bool
    spans: tuple[Span, ...]  # offsets into the normalized text, where the fact gives them
    fact: Any  # the record: Official, Role, DocumentRef, DateMention, Count or Event
    index: int  # position in its list in the ArticleFacts (what a count's `part_of` points at)
    owner: str | None = None  # roles: the official's name
    # Where a date, count or event is in the text, for lenient matching: its offsets, else every
    # occurrence of its text in the article text (when known).
    places: tuple[Span, ...] = ()

    @property
    def shown_key(self) -> str:
        """The key as a reader would write it: `2020-01-01..2020-06-30`, `1079 mô hình`."""
        return " | ".join("…" if part is None else str(part) for part in self.key)


@dataclass(frozen=True)
class Pair:
    gold: Item
    pred: Item
    how: Literal["strict", "lenient"]


@dataclass
class TypeMatch:
    """The outcome for one fact type in one article."""

    hits: list[Pair] = field(default_factory=list)  # true positives
    optional_hits: list[Pair] = field(default_factory=list)  # paired with optional gold: count nowhere
    missed: list[Item] = field(default_factory=list)  # false negatives
    spurious: list[Item] = field(default_factory=list)  # false positives
    optional_missed: list[Item] = field(default_factory=list)  # unpaired optional gold: count nowhere


def _spans(start: int | None, end: int | None) -> tuple[Span, ...]:
    return ((start, end),) if start is not None and end is not None else ()


def _mention_spans(mentions: list) -> tuple[Span, ...]:
    return tuple((m.start, m.end) for m in mentions if m.start is not None and m.end is not None)


def occurrences(text: str, piece: str) -> tuple[Span, ...]:
    """Every place of `piece` in `text`, left to right, not overlapping."""
    spans: list[Span] = []
    start = text.find(piece) if piece else -1
    while start >= 0:
        spans.append((start, start + len(piece)))
        start = text.find(piece, start + len(piece))
    return tuple(spans)


def items_of(facts: ArticleFacts, text: str | None = None) -> dict[str, list[Item]]:
    """Every fact of an article, grouped by fact type (`roles` drawn out of `officials`); `text`, the
    article's normalized text, places the dates, counts and events that have no offsets."""
    grouped: dict[str, list[Item]] = {t: [] for t in FACT_TYPES}
    for i, official in enumerate(facts.officials):
        grouped["officials"].append(
            Item(
                "officials",
                keys.official_key(official),
                official.name,
                official.optional,
                _mention_spans(official.mentions),
                official,
                i,
            )
        )
        for j, role in enumerate(official.roles):
            grouped["roles"].append(
                Item(
                    "roles",
                    keys.role_key(official.name, role),
                    role.text,
                    official.optional or role.optional,
                    (),
                    role,
                    j,
                    owner=official.name,
                )
            )
    for i, document in enumerate(facts.documents):
        grouped["documents"].append(
            Item(
                "documents",
                keys.document_key(document),
                document.id or document.title or "",
                document.optional,
                _mention_spans(document.mentions),
                document,
                i,
            )
        )
    # Facts that carry one span of their own: a date is a `periods` fact when its kind is period.
    spanned = [
        *(
            ("periods" if d.kind == "period" else "dates", keys.date_key(d), d, i)
            for i, d in enumerate(facts.dates)
        ),
        *(("counts", keys.count_key(c), c, i) for i, c in enumerate(facts.counts)),
        *(("events", keys.event_key(e), e, i) for i, e in enumerate(facts.events)),
    ]
    for fact_type, key, fact, i in spanned:
        grouped[fact_type].append(
            Item(fact_type, key, fact.text, fact.optional, _spans(fact.start, fact.end), fact, i)
        )
    for fact_type in ("dates", "periods", "counts", "events"):
        grouped[fact_type] = [
            replace(item, places=item.spans or (occurrences(text, item.text) if text else ()))
            for item in grouped[fact_type]
        ]
    return grouped


def _overlap(a: tuple[Span, ...], b: tuple[Span, ...]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def lenient_related(gold: Item, pred: Item) -> bool:
    """Whether a leftover gold and predicted fact of one type pair in lenient mode."""
    if gold.fact_type == "officials":
        return keys.contains_words(gold.text, pred.text)
    if gold.fact_type == "roles":
        return keys.contains_words(gold.owner or "", pred.owner or "") and keys.contains_words(
            gold.text, pred.text
        )
    if gold.fact_type == "documents":
        either_untitled = gold.fact.id is None or pred.fact.id is None
        return either_untitled and keys.contains_words(gold.fact.title or "", pred.fact.title or "")
    if gold.places and pred.places:
        return _overlap(gold.places, pred.places)
    return keys.contains_words(gold.text, pred.text)


def collapse(gold: list[Item], pred: list[Item]) -> list[Item]:
    """Predicted facts kept for pairing: a key predicted n times counts min(n, max(1, g)) times."""
    gold_counts = Counter(g.key for g in gold)
    seen: Counter = Counter()
    kept = []
    for p in pred:
        if seen[p.key] < max(1, gold_counts[p.key]):
            kept.append(p)
            seen[p.key] += 1
    return kept


def match_items(gold: list[Item], pred: list[Item], lenient: bool = False) -> TypeMatch:
    """Pair one article's gold and predicted facts of one type (see the package docstring)."""
    result = TypeMatch()
    free: dict[tuple, list[Item]] = defaultdict(list)
    for p in collapse(gold, pred):
        free[p.key].append(p)
    # Required gold facts claim their predictions before optional ones do.
    ordered = [g for g in gold if not g.optional] + [g for g in gold if g.optional]
    leftover_gold: list[Item] = []
    for g in ordered:
        if free[g.key]:
            _record(result, Pair(g, free[g.key].pop(0), "strict"))
        else:
            leftover_gold.append(g)
    unpaired = {id(p) for waiting in free.values() for p in waiting}
    leftover_pred = [p for p in pred if id(p) in unpaired]
    for g in leftover_gold:
        partner = next((p for p in leftover_pred if lenient_related(g, p)), None) if lenient else None
        if partner is not None:
            leftover_pred.remove(partner)
            _record(result, Pair(g, partner, "lenient"))
        elif g.optional:
            result.optional_missed.append(g)
        else:
            result.missed.append(g)
    result.spurious.extend(leftover_pred)
    return result


def _record(result: TypeMatch, pair: Pair) -> None:
    (result.optional_hits if pair.gold.optional else result.hits).append(pair)

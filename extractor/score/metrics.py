"""Precision, recall, F1 and attribute accuracy (definitions in the package docstring)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extractor.records import ArticleFacts, ArticleMeta
from extractor.score import keys
from extractor.score.match import Pair

# Attributes compared on true-positive pairs, per fact type.
FACT_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "roles": ("title", "organization"),
    "documents": ("doc_type", "issuer", "issued", "term", "title"),
    "counts": ("status", "category", "total", "part_of"),
    "events": ("date", "chairs"),
}
ARTICLE_ATTRIBUTES = ("title", "published", "province", "province_2025", "authors")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class AttributeCheck:
    """One attribute of one pair: what gold and prediction say, and whether they agree."""

    article: str
    fact_type: str  # `article` for the article's own attributes
    attribute: str
    fact: str  # the gold fact as written (empty for article attributes)
    gold: str | None
    pred: str | None
    correct: bool


def _comparable(value: Any) -> Any:
    """What is compared: normalized text, numbers as they are, name lists as sets; None when not given."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        return keys.normalize_key(value) or None
    if isinstance(value, list):
        return frozenset(keys.normalize_key(v) for v in value)
    return value


def _shown(value: Any) -> str | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _check(
    article: str,
    fact_type: str,
    attribute: str,
    fact: str,
    gold: Any,
    pred: Any,
    shown_gold: Any = None,
    shown_pred: Any = None,
) -> AttributeCheck | None:
    """A check, or None when neither side gives the attribute."""
    g, p = _comparable(gold), _comparable(pred)
    if g is None and p is None:
        return None
    return AttributeCheck(
        article,
        fact_type,
        attribute,
        fact,
        _shown(gold if shown_gold is None else shown_gold),
        _shown(pred if shown_pred is None else shown_pred),
        g == p,
    )


def _parent(facts: ArticleFacts, index: int | None) -> tuple[tuple | None, str | None]:
    """The key and text of the count that `part_of` points at (an index out of range is its own value)."""
    if index is None:
        return None, None
    if 0 <= index < len(facts.counts):
        parent = facts.counts[index]
        return keys.count_key(parent), parent.text
    return ("no such count", index), f"#{index} (no such count)"


def pair_checks(article: str, pair: Pair, gold: ArticleFacts, pred: ArticleFacts) -> list[AttributeCheck]:
    """The attribute checks of one true-positive pair."""
    fact_type = pair.gold.fact_type
    checks = []
    for attribute in FACT_ATTRIBUTES.get(fact_type, ()):
        g_value, p_value = getattr(pair.gold.fact, attribute), getattr(pair.pred.fact, attribute)
        if attribute == "part_of":
            # Indices differ between gold and prediction lists; the total they point at is what counts.
            (g_key, g_text), (p_key, p_text) = _parent(gold, g_value), _parent(pred, p_value)
            check = _check(article, fact_type, attribute, pair.gold.text, g_key, p_key, g_text, p_text)
        else:
            check = _check(article, fact_type, attribute, pair.gold.text, g_value, p_value)
        if check is not None:
            checks.append(check)
    return checks


def article_checks(article: str, gold: ArticleMeta, pred: ArticleMeta | None) -> list[AttributeCheck]:
    """Checks of the article's own attributes; `pred` None for a missed article."""
    checks = []
    for attribute in ARTICLE_ATTRIBUTES:
        if attribute == "authors":
            # An optional gold author may be named or not: drop it from both sides.
            unsure = {keys.normalize_key(a.name) for a in gold.authors if a.optional}
            g_value = [a.name for a in gold.authors if not a.optional]
            p_value = (
                [a.name for a in pred.authors if keys.normalize_key(a.name) not in unsure] if pred else None
            )
        else:
            g_value = getattr(gold, attribute)
            p_value = getattr(pred, attribute) if pred else None
        check = _check(article, "article", attribute, "", g_value, p_value)
        if check is not None:
            checks.append(check)
    return checks


ATTRIBUTE_NAMES = tuple(f"{t}.{a}" for t, names in FACT_ATTRIBUTES.items() for a in names) + tuple(
    f"article.{a}" for a in ARTICLE_ATTRIBUTES
)


def accuracy(checks: list[AttributeCheck]) -> dict[str, Accuracy]:
    """Accuracy per `fact_type.attribute` that has checks, in the order of ATTRIBUTE_NAMES."""
    table = {name: Accuracy() for name in ATTRIBUTE_NAMES}
    for check in checks:
        acc = table[f"{check.fact_type}.{check.attribute}"]
        acc.total += 1
        acc.correct += check.correct
    return {name: acc for name, acc in table.items() if acc.total}

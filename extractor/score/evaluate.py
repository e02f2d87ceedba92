"""One system against the gold set: every article matched, tallied and its attributes checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from extractor.records import ArticleFacts, ArticleMeta
from extractor.score.match import FACT_TYPES, TypeMatch, items_of, match_items
from extractor.score.metrics import (
    Accuracy,
    AttributeCheck,
    Tally,
    accuracy,
    article_checks,
    pair_checks,
)
from extractor.score.predictions import Predictions

Mode = Literal["strict", "lenient"]


@dataclass
class ArticleResult:
    id: str
    status: Literal["ok", "missing", "error"]  # missing: no line; error: an error or invalid line
    reason: str | None  # why a line is unusable
    matches: dict[str, TypeMatch]
    checks: list[AttributeCheck]  # attributes of TP pairs
    article_checks: list[AttributeCheck]


@dataclass
class SystemResult:
    name: str
    mode: Mode
    covers: tuple[str, ...]
    article_attributes: bool
    articles: list[ArticleResult]
    not_in_gold: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def tally(self, fact_type: str) -> Tally:
        total = Tally()
        for article in self.articles:
            match = article.matches[fact_type]
            total += Tally(len(match.hits), len(match.spurious), len(match.missed))
        return total

    def micro(self) -> Tally:
        """Summed over the fact types the system covers (all seven for the extractor)."""
        total = Tally()
        for fact_type in self.covers:
            total += self.tally(fact_type)
        return total

    def attribute_accuracy(self) -> dict[str, Accuracy]:
        return accuracy([c for a in self.articles for c in a.checks])

    def article_accuracy(self) -> dict[str, Accuracy]:
        return accuracy([c for a in self.articles for c in a.article_checks])

    @property
    def missed_articles(self) -> list[ArticleResult]:
        return [a for a in self.articles if a.status != "ok"]


def evaluate_article(
    gold: ArticleFacts,
    pred: ArticleFacts | None,
    mode: Mode = "strict",
    fact_types: tuple[str, ...] = FACT_TYPES,
    text: str | None = None,
) -> tuple[dict[str, TypeMatch], list[AttributeCheck]]:
    """Matches per fact type and the attribute checks of the TP pairs; `pred` None for a missed
    article; `text` the normalized article text (lenient matching places facts in it)."""
    article_id = gold.article.id
    gold_items = items_of(gold, text)
    pred_facts = pred if pred is not None else ArticleFacts(article=ArticleMeta(id=article_id))
    pred_items = items_of(pred_facts, text)
    matches = {}
    checks: list[AttributeCheck] = []
    for fact_type in FACT_TYPES:
        considered = pred_items[fact_type] if fact_type in fact_types else []
        match = match_items(gold_items[fact_type], considered, lenient=mode == "lenient")
        matches[fact_type] = match
        for pair in match.hits:
            checks.extend(pair_checks(article_id, pair, gold, pred_facts))
    return matches, checks


def evaluate(
    gold: dict[str, ArticleFacts],
    predictions: Predictions,
    mode: Mode = "strict",
    texts: dict[str, str] | None = None,
) -> SystemResult:
    """Score one system on every gold article (articles of the prediction without gold are listed);
    `texts`, the normalized article texts by id, let lenient matching place facts without offsets."""
    articles = []
    for article_id, gold_facts in gold.items():
        pred = predictions.lines.get(article_id)
        text = (texts or {}).get(article_id) or predictions.text_of(article_id)
        if pred is not None:
            status, reason = "ok", None
        elif article_id in predictions.errors:
            status, reason = "error", predictions.errors[article_id]
        else:
            status, reason = "missing", "no prediction line"
        matches, checks = evaluate_article(gold_facts, pred, mode, predictions.covers, text)
        meta_checks = (
            article_checks(article_id, gold_facts.article, pred.article if pred else None)
            if predictions.article_attributes
            else []
        )
        articles.append(ArticleResult(article_id, status, reason, matches, checks, meta_checks))
    predicted_ids = list(predictions.lines) + list(predictions.errors)
    return SystemResult(
        name=predictions.name,
        mode=mode,
        covers=predictions.covers,
        article_attributes=predictions.article_attributes,
        articles=articles,
        not_in_gold=[i for i in predicted_ids if i not in gold],
        problems=list(predictions.problems),
    )

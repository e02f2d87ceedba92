"""A whole scoring run, as the `score` command does it: gold, prediction files, baselines, both modes.

`score_run` is the library call behind `extractor score`; `as_json` is what `--json` writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extractor.records import ArticleFacts
from extractor.score.baselines import baseline_predictions
from extractor.score.evaluate import SystemResult, evaluate
from extractor.score.gold import load_gold, offset_problems
from extractor.score.match import FACT_TYPES, Item
from extractor.score.metrics import Accuracy, Tally
from extractor.score.predictions import Predictions, load_predictions


@dataclass
class ScoreRun:
    gold_dir: str
    gold: dict[str, ArticleFacts]
    strict: list[SystemResult]  # one per system: the prediction files in order, then the baseline
    lenient: list[SystemResult]
    texts: dict[str, str]  # normalized article text by id, from the first prediction file that has it
    notes: list[str] = field(default_factory=list)  # gold offsets that do not fit, articles without text


def article_texts(gold_ids: list[str], systems: list[Predictions]) -> dict[str, str]:
    texts = {}
    for article_id in gold_ids:
        for system in systems:
            text = system.text_of(article_id)
            if text is not None:
                texts[article_id] = text
                break
    return texts


def score_systems(
    gold_dir: str, gold: dict[str, ArticleFacts], systems: list[Predictions], baselines: bool = True
) -> ScoreRun:
    """Score prediction sets already in memory (and the baseline on their article texts)."""
    texts = article_texts(list(gold), systems)
    notes = []
    for article_id, text in texts.items():
        notes.extend(f"{gold_dir}/{article_id}.json: {p}" for p in offset_problems(gold[article_id], text))
    if baselines:
        without_text = [i for i in gold if i not in texts]
        if without_text:
            notes.append(
                f"baseline: no article.text in the predictions for {', '.join(without_text)} "
                "(extract with --with-text); the baseline misses them"
            )
        systems = [*systems, baseline_predictions(texts)]
    return ScoreRun(
        gold_dir=gold_dir,
        gold=gold,
        strict=[evaluate(gold, s, "strict", texts) for s in systems],
        lenient=[evaluate(gold, s, "lenient", texts) for s in systems],
        texts=texts,
        notes=notes,
    )


def score_run(gold_dir: Path, pred_paths: list[Path], baselines: bool = True) -> ScoreRun:
    """Load the gold folder and the prediction files and score them (GoldError for a bad gold file)."""
    gold = load_gold(gold_dir)
    systems = [load_predictions(p) for p in pred_paths]
    return score_systems(str(gold_dir).rstrip("/"), gold, systems, baselines)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _tally(tally: Tally) -> dict:
    return {
        "tp": tally.tp,
        "fp": tally.fp,
        "fn": tally.fn,
        "precision": _round(tally.precision),
        "recall": _round(tally.recall),
        "f1": _round(tally.f1),
    }


def _accuracy(acc: Accuracy) -> dict:
    return {"correct": acc.correct, "total": acc.total, "accuracy": _round(acc.value)}


def _item(item: Item) -> dict:
    return {"text": item.text, "key": list(item.key), "official": item.owner}


def _system(result: SystemResult) -> dict:
    errors = []
    for article in result.articles:
        for fact_type in result.covers:
            match = article.matches[fact_type]
            errors.extend(
                {"article": article.id, "kind": "fn", "fact_type": fact_type, **_item(i)}
                for i in match.missed
            )
            errors.extend(
                {"article": article.id, "kind": "fp", "fact_type": fact_type, **_item(i)}
                for i in match.spurious
            )
    wrong = [
        {
            "article": c.article,
            "fact_type": c.fact_type,
            "attribute": c.attribute,
            "fact": c.fact,
            "gold": c.gold,
            "pred": c.pred,
        }
        for a in result.articles
        for c in a.checks + a.article_checks
        if not c.correct
    ]
    return {
        "name": result.name,
        "covers": list(result.covers),
        "per_type": {t: _tally(result.tally(t)) for t in result.covers},
        "micro": _tally(result.micro()),
        "attributes": {k: _accuracy(v) for k, v in result.attribute_accuracy().items()},
        "article_attributes": {k: _accuracy(v) for k, v in result.article_accuracy().items()},
        "missed_articles": [{"id": a.id, "reason": a.reason} for a in result.missed_articles],
        "not_in_gold": result.not_in_gold,
        "problems": result.problems,
        "errors": errors,
        "wrong_attributes": wrong,
    }


def as_json(run: ScoreRun) -> dict:
    """Everything of the run for machines: per mode, per system, tallies, accuracies and every error."""
    return {
        "gold": {"folder": run.gold_dir, "articles": len(run.gold)},
        "fact_types": list(FACT_TYPES),
        "definitions": "the docstring of extractor.score: help(extractor.score)",
        "modes": {
            "strict": [_system(r) for r in run.strict],
            "lenient": [_system(r) for r in run.lenient],
        },
        "notes": run.notes,
    }

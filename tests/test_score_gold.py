"""The gold set itself: every gold/*.json loads through the scorer's loader (the pydantic models of
SPEC), names an article of corpus/, and every offset or text it gives is found in that article's
normalized text, so the report can show it and the scorer compares like with like."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.load import Source, load
from extractor.normalize import normalize
from extractor.score.evaluate import evaluate
from extractor.score.gold import load_gold_file, offset_problems
from extractor.score.predictions import Predictions
from tests.conftest import CORPUS, GOLD

GOLD_FILES = sorted(GOLD.glob("*.json"))


def normalized_text(article: Path) -> str:
    return normalize(load(Source(str(article))).text).text


def corpus_file(article_id: str) -> Path:
    found = [p for p in CORPUS.glob(f"{article_id}.*") if p.suffix in (".txt", ".html", ".htm")]
    assert len(found) == 1, (
        f"gold/{article_id}.json: expected one corpus/{article_id}.txt or .html, found {found}"
    )
    return found[0]


def test_there_is_gold():
    assert GOLD_FILES


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_file_validates_and_fits_its_article(path):
    gold = load_gold_file(path)
    text = normalized_text(corpus_file(path.stem))
    assert offset_problems(gold, text) == []
    not_found = [f"dates {d.text!r}" for d in gold.dates if d.text not in text]
    not_found += [f"counts {c.text!r}" for c in gold.counts if c.text not in text]
    not_found += [f"events {e.text!r}" for e in gold.events if e.text not in text]
    not_found += [f"officials {o.name!r}" for o in gold.officials if o.name not in text]
    not_found += [f"roles {r.text!r}" for o in gold.officials for r in o.roles if r.text not in text]
    assert not_found == [], f"{path.name}: fact texts not in the normalized article text"


def test_gold_scored_against_itself_is_perfect():
    # Every gold fact must be findable under its own key: a prediction equal to the gold (its
    # optional facts included) has no false positive or negative, strict or lenient.
    gold = {path.stem: load_gold_file(path) for path in GOLD_FILES}
    as_predictions = Predictions(name="gold", lines=gold)
    for mode in ("strict", "lenient"):
        result = evaluate(gold, as_predictions, mode)
        micro = result.micro()
        assert (micro.fp, micro.fn) == (0, 0)
        assert all(c.correct for a in result.articles for c in a.checks + a.article_checks)

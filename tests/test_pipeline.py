"""The whole pipeline on any string: never an exception, never an internal error line, and every
offset slices the normalized text to the fact's own text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.pipeline import extract_text
from extractor.records import ArticleFacts
from tests.conftest import CORPUS

# Real sentences and phrases, cut at punctuation, so that recombinations reach the rules.
FRAGMENTS = sorted(
    {
        piece.strip()
        for path in sorted(CORPUS.glob("*.txt"))[:20]
        for piece in re.split(r"(?<=[.;,:])\s", path.read_text(encoding="utf-8"))
        if 3 < len(piece.strip()) < 300
    }
)
SEPARATORS = [" ", "\n", ", ", "; ", "\n\n", " - ", "\u00a0", "/", "(", ")", "“", "”", ". "]

articles = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS), st.text(max_size=8)), max_size=25
    ).map("".join),
)


def check_offsets(facts: ArticleFacts, text: str) -> None:
    def sliced(start, end, expected, where):
        if start is not None:
            assert text[start:end] == expected, (where, text[start:end], expected)

    for group in (facts.dates, facts.counts, facts.events):
        for fact in group:
            sliced(fact.start, fact.end, fact.text, type(fact).__name__)
    for official in facts.officials:
        for mention in official.mentions:
            sliced(mention.start, mention.end, mention.text, official.name)
    for document in facts.documents:
        for mention in document.mentions:
            sliced(mention.start, mention.end, mention.text, document.id)
    for warning in facts.warnings:
        if warning.text is not None:
            sliced(warning.start, warning.end, warning.text, warning.code)
    for count in facts.counts:
        assert count.part_of is None or 0 <= count.part_of < len(facts.counts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_no_string_makes_extract_fail_and_offsets_slice_the_text(raw):
    facts = extract_text("prop", raw)
    assert facts.error is None or facts.error.kind == "empty", facts.error
    if facts.status == "ok":
        check_offsets(facts, facts.article.text)


def test_every_corpus_article_keeps_its_offsets():
    for path in sorted(CORPUS.glob("*.txt")):
        facts = extract_text(path.stem, path.read_text(encoding="utf-8"))
        assert facts.status == "ok", facts.error
        check_offsets(facts, facts.article.text)

"""The bylines stage: the table of tests/cases/bylines.py, and robustness on any string."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import Header, build
from extractor.normalize import normalize
from extractor.stages import bylines
from tests.cases.bylines import CASES


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bylines(case):
    doc = build("t", normalize(case.text).text, Header(author=case.meta_author))
    assert [(a.name, a.affiliation, a.kind) for a in bylines.extract(doc)] == case.authors


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=20),
            st.sampled_from(
                ["\n", "Ảnh: ", "Bài, ảnh: ", "Hải Yến", " (", ")", "/", " - ", "TTXVN", "Nguồn ", "M.T"]
            ),
        ),
        max_size=10,
    ).map("".join)
)
def test_never_raises(text):
    doc = build("t", normalize(text).text, Header())
    for author in bylines.extract(doc):
        assert author.name.strip() == author.name and author.name

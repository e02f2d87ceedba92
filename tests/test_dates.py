"""The date stage: the table of tests/cases/dates.py, offsets, and robustness on any string."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import Header, build
from extractor.normalize import normalize
from extractor.stages import dates
from tests.cases.dates import CASES


def run(text: str, published: str | None = None):
    doc = build("t", normalize(text).text, Header(published=published))
    return doc, dates.extract(doc)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_dates(case):
    doc, found = run(case.text, case.published)
    assert [(d.value, d.end_value) for d in found] == [(e["value"], e["end_value"]) for e in case.expected]
    for date, expected in zip(found, case.expected, strict=True):
        assert {k: getattr(date, k) for k in expected} == expected
    assert [w.text for w in doc.warnings if w.code == "invalid_date"] == list(case.warnings)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_text_slices_exactly(case):
    doc, found = run(case.text, case.published)
    for date in found:
        assert doc.text[date.start : date.end] == date.text
        assert date.rule and date.rule.startswith("dates:")
    for warning in doc.warnings:
        assert doc.text[warning.start : warning.end] == warning.text


def test_every_rule_compiles_and_has_an_id():
    ids = [rule.id for rule in dates.rules()]
    assert len(ids) == len(set(ids))


def test_overlaps_longest_then_earlier_rule():
    text = "6 tháng đầu năm 2020"
    found = dates.find(text)
    assert [(m.rule, text[m.start : m.end]) for m in found] == [("months_of_year", text)]


# Pieces of date-like text, so that the random strings reach deep into the rules.
PIECES = st.sampled_from(
    [
        *"0123456789/.-–:() \n",
        "ngày ",
        "tháng ",
        "năm ",
        "quý ",
        "IV",
        "sáng ",
        "lúc ",
        "h",
        "Thứ Bảy, ",
        "giai đoạn ",
        "từ ",
        " đến ",
        "6 tháng đầu năm",
        "NQ-CP",
        "QĐ/TW",
        "2020",
        "31/2",
    ]
)
TEXTS = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.sampled_from([None, "2020-06-30", "bad"]))
def test_never_raises(text, published):
    doc, found = run(text, published)
    for date in found:
        assert doc.text[date.start : date.end] == date.text


def test_spans_merge_and_overlap():
    spans = dates.Spans([(10, 20), (15, 30), (40, 50)])
    assert (spans.starts, spans.ends) == ([10, 40], [30, 50])
    assert spans.overlaps(29, 35) and spans.overlaps(0, 11) and spans.overlaps(45, 46)
    assert not spans.overlaps(30, 40) and not spans.overlaps(0, 10) and not spans.overlaps(50, 60)

"""The document stage: the table of tests/cases/documents.py, offsets, and robustness on any string."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import Header, build
from extractor.normalize import normalize
from extractor.records import DocumentRef
from extractor.stages import documents
from tests.cases.documents import CASES


def run(text: str):
    doc = build("t", normalize(text).text, Header())
    return doc, documents.extract(doc)


def fields(ref: DocumentRef, names) -> dict:
    values = {name: getattr(ref, name) for name in names if name != "mentions"}
    if "mentions" in names:
        values["mentions"] = [m.text for m in ref.mentions]
    return values


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_documents(case):
    _, found = run(case.text)
    assert [(d.id, d.title if d.id is None else None) for d in found] == [
        (e["id"], e.get("title") if e["id"] is None else None) for e in case.expected
    ]
    for ref, expected in zip(found, case.expected, strict=True):
        assert fields(ref, expected) == expected


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_mentions_slice_exactly(case):
    doc, found = run(case.text)
    for ref in found:
        assert ref.mentions
        assert ref.rule and ref.rule.startswith("documents:")
        for mention in ref.mentions:
            assert doc.text[mention.start : mention.end] == mention.text


def test_patterns_compile_and_ids_are_unique():
    ids = [p.id for p in documents.numbered()] + [p.id for p in documents.named()]
    assert len(ids) == len(set(ids))


PIECES = st.sampled_from(
    [
        *"0123456789/-–() ,.\n“”'",
        "Quyết định số ",
        "QĐ",
        "TW",
        "NQ",
        "CP",
        "ngày ",
        "của ",
        "Bộ Chính trị",
        "(khóa X)",
        "về ",
        "giữa ",
        " và ",
        "Luật ",
        "Thực hiện",
        "Nghị quyết Trung ương ",
        "ban hành ",
        "2020",
    ]
)
TEXTS = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_never_raises(text):
    doc, found = run(text)
    for ref in found:
        for mention in ref.mentions:
            assert doc.text[mention.start : mention.end] == mention.text

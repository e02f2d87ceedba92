"""The province stage: the table of tests/cases/province.py, the province data, and robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import lexicons
from extractor.document import Header, build
from extractor.normalize import normalize
from extractor.stages import province
from tests.cases.province import CASES


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_province(case):
    doc = build("t", normalize(case.text).text, Header(source=case.source, title=case.title))
    assert province.extract(doc) == case.expected


def test_data_covers_63_provinces_and_the_34_after_2025():
    table = lexicons.table("provinces")
    names = [p["name"] for p in table["province"]]
    after = set(table["after_2025"]["provinces"]) | set(table["after_2025"]["cities"])
    assert len(names) == len(set(names)) == 63
    assert len(after) == 34
    assert {p["after_2025"] for p in table["province"]} == after
    # Nghị quyết 202/2025/QH15: 11 provinces kept as they were, 52 merged into 23.
    kept = [p["name"] for p in table["province"] if p["after_2025"] == p["name"]]
    merged = [p for p in table["province"] if p["after_2025"] != p["name"] and p["name"] != "Thừa Thiên Huế"]
    assert len(kept) + 1 == 11 + 23  # Thừa Thiên Huế kept its land as the city of Huế
    assert len(merged) == 63 - 34


def test_districts_name_known_provinces():
    names = {p["name"] for p in lexicons.table("provinces")["province"]}
    districts = lexicons.table("districts")
    assert set(districts["unique"].values()) <= names
    assert all(set(owners) <= names for owners in districts["shared"].values())
    assert not set(districts["unique"]) & set(districts["shared"])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.text(max_size=40)))
def test_never_raises(text, source):
    doc = build("t", normalize(text).text, Header(source=source, title=source))
    name, after = province.extract(doc)
    assert (name is None) == (after is None)

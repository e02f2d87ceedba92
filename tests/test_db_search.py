"""Full-text search: accent-insensitive (đ included), ranked, snippets, and safe on any query."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.db.build import build
from extractor.db.fold import fold, index_text, index_text_sql
from extractor.db.search import fts_query, search
from extractor.db.store import DatabaseError
from tests.cases import db_articles as A
from tests.cases import db_search


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search")
    path = folder / "facts.db"
    build([A.write_jsonl(folder / "pred.jsonl", A.ARTICLES)], path)
    return path


@pytest.mark.parametrize("case", db_search.CASES, ids=lambda c: c.id)
def test_search(db: Path, case: db_search.Case) -> None:
    hits = search(db, case.query)
    assert {h.article_id for h in hits} == case.found
    if case.first:
        assert hits[0].article_id == case.first


def test_snippet_highlights_the_accented_words(db: Path) -> None:
    (hit,) = search(db, "cao loc")
    assert "[Cao Lộc]" in hit.snippet
    (hit,) = search(db, "Lo*")
    assert "[Lộc]" in hit.snippet


def test_limit(db: Path) -> None:
    assert len(search(db, "tran hong quang", limit=2)) == 2


@pytest.mark.parametrize("case", db_search.MALICIOUS, ids=lambda c: c.id)
def test_malicious_queries_are_answered_safely(db: Path, case: db_search.Malicious) -> None:
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    if case.error:
        with pytest.raises(DatabaseError) as error:
            search(db, case.query)
        assert "\n" not in str(error.value).replace(case.query, "")
    else:
        search(db, case.query)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (4,)


def test_slow_search_is_stopped(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("extractor.db.search.TIME_LIMIT", -1.0)
    with pytest.raises(DatabaseError, match=r"^search for 'dang' took over -1s: use fewer or rarer words$"):
        search(db, "dang")


@settings(max_examples=60, deadline=None)
@given(query=st.text(max_size=60))
def test_any_query_gives_hits_or_one_clear_error(db: Path, query: str) -> None:
    try:
        search(db, query)
    except DatabaseError as error:
        assert str(error)


@pytest.mark.parametrize(
    "text,folded",
    [("Trần Hồng Quảng", "tran hong quang"), ("ĐẢNG  bộ", "dang bo"), ("Thuỷ  ", "thuy"),
     ("Nguyễn Thị Thu Hà", "nguyen thi thu ha"), ("ưởng", "uong")],
)  # fmt: skip
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_index_text_keeps_length() -> None:
    text = "Đảng bộ đã đề ra"
    assert index_text(text) == "Dảng bộ dã dề ra"
    assert len(index_text(text)) == len(text)


@given(text=st.text(alphabet="đĐdDaăâ ảạ\n'\"", max_size=40))
def test_index_text_in_sql_is_index_text(text: str) -> None:
    """The build feeds the index in SQL; queries are folded in Python: both must fold alike."""
    with sqlite3.connect(":memory:") as conn:
        assert conn.execute(f"SELECT {index_text_sql('?')}", (text,)).fetchone() == (index_text(text),)


@pytest.mark.parametrize(
    "typed,sent",
    [("290-QĐ/TW", '"290-QD/TW"'), ("(290-QĐ/TW OR 35-CT/TW)", '("290-QD/TW" OR "35-CT/TW")'),
     ('"290-QĐ/TW"', '"290-QD/TW"'), ("dân vận", '(dân vận) OR "dân vận"'), ("dân", "dân"),
     ("1.079 mô hình", '"1.079" mô hình'), ("dân OR vận", "dân OR vận"),
     ("Đảng bộ", '(Dảng bộ) OR "Dảng bộ"')],
)  # fmt: skip
def test_fts_query(typed: str, sent: str) -> None:
    assert fts_query(typed) == sent

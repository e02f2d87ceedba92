"""The fact database: build (idempotent, replacing, one transaction), registries, who/doc, CLI."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extractor.cli import app
from extractor.db import build as building
from extractor.db import registry, store
from extractor.db.build import STOPPED, build
from extractor.db.doc_keys import key_scope_year
from extractor.db.fold import fold
from extractor.db.queries import documents_cited, sentence_around, who
from extractor.db.registry import Occurrence, cluster
from extractor.db.search import search
from extractor.db.store import DatabaseError
from extractor.pipeline import extract_text
from tests.cases import db_articles as A
from tests.cases import db_doc_keys, db_registry

BAD_JSON = '{"schema_version": "1", "status": "ok", "article": {"id": "half'


def dump(db: Path) -> list[str]:
    """Every row of every table, in a stable order: 'the database did not change'."""
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    return A.write_jsonl(tmp_path / "pred.jsonl", [*A.ARTICLES, A.ERROR_LINE, BAD_JSON + "\n"])


@pytest.fixture
def db(tmp_path: Path, batch: Path) -> Path:
    path = tmp_path / "facts.db"
    build([batch], path)
    return path


# --- build ---------------------------------------------------------------------------------------


def test_build_counts_lines(tmp_path: Path, batch: Path) -> None:
    stats = build([batch], tmp_path / "facts.db")
    assert (stats.lines, stats.loaded, stats.unchanged, stats.failed) == (6, 4, 0, 2)


OFFSET_TABLES = ["dates", "counts", "events", "document_mentions"]


def stored_spans(db: Path) -> list[tuple[str, str, int, int, str]]:
    """(table, article text, start, end, text) of every stored fact that has offsets."""
    spans = []
    for table in OFFSET_TABLES:
        spans += rows(
            db,
            f'SELECT ?, a.text, f.start, f."end", f.text FROM {table} AS f JOIN articles AS a USING (doc_id)'
            " WHERE f.start IS NOT NULL",
            table,
        )
    for text, mentions in rows(
        db, "SELECT a.text, ao.mentions FROM article_officials AS ao JOIN articles AS a USING (doc_id)"
    ):
        spans += [("officials", text, m["start"], m["end"], m["text"]) for m in json.loads(mentions)]
    return spans


def test_every_fact_is_stored_with_its_offsets(db: Path) -> None:
    spans = stored_spans(db)
    assert {table for table, *_ in spans} == {*OFFSET_TABLES, "officials"}
    assert all(text[start:end] == surface for _, text, start, end, surface in spans)
    assert rows(db, "SELECT count(*) FROM roles") == [(5,)]
    assert rows(db, "SELECT count(*) FROM document_mentions") == [(5,)]
    assert rows(db, "SELECT name FROM event_chairs") == [("Trần Hồng Quảng",)]


def test_extractor_output_of_the_seed_articles(tmp_path: Path, seed_paths: list[Path]) -> None:
    """What `extract --with-text` writes loads, keeps its offsets, and answers who/doc/search."""
    lines = [extract_text(p.stem, p.read_text(encoding="utf-8")) for p in seed_paths]
    path = tmp_path / "facts.db"
    stats = build([A.write_jsonl(tmp_path / "seeds.jsonl", lines)], path)
    assert (stats.loaded, stats.failed) == (len(seed_paths), 0)
    spans = stored_spans(path)
    assert all(text[start:end] == surface for _, text, start, end, surface in spans)
    assert rows(path, "SELECT count(*) FROM articles WHERE text IS NOT NULL") == [(len(seed_paths),)]
    assert search(path, "dan van kheo")
    for (name,) in rows(path, "SELECT name FROM officials LIMIT 3"):
        assert who(path, name)
    for (ref,) in rows(path, "SELECT ref FROM documents WHERE ref IS NOT NULL LIMIT 3"):
        assert documents_cited(path, ref)


def test_article_columns(db: Path) -> None:
    assert rows(
        db,
        "SELECT article_id, date, year, province, about_dvk, text_sha256 IS NOT NULL FROM articles"
        " ORDER BY article_id",
    ) == [
        ("ls-2020-10-20", "2020-10-20", 2020, "Lạng Sơn", 1, 1),
        ("ls-2021-05-05", "2021-05-05", 2021, "Lạng Sơn", 0, 1),
        ("nb-2020-06-30", "2020-06-30", 2020, "Ninh Bình", 1, 1),
        ("nb-2021-03-15", "2021-03-15", 2021, "Ninh Bình", 1, 1),
    ]


def test_article_without_publication_takes_its_event_date(tmp_path: Path) -> None:
    undated = A.NINH_BINH_2021.model_copy(deep=True)
    undated.article.published = None
    path = tmp_path / "facts.db"
    build([A.write_jsonl(tmp_path / "p.jsonl", [undated])], path)
    assert rows(path, "SELECT date, year FROM articles") == [("2021-03-15", 2021)]


def test_text_is_null_without_with_text(tmp_path: Path) -> None:
    line = A.NINH_BINH_2020.to_json_line(with_text=False)
    path = tmp_path / "facts.db"
    build([A.write_jsonl(tmp_path / "p.jsonl", [line])], path)
    assert rows(path, "SELECT text, text_sha256 IS NOT NULL FROM articles") == [(None, 1)]
    assert documents_cited(path, "290-QĐ/TW")[0].citations[0].sentences == ["Quyết định 290-QĐ/TW"]


def test_building_twice_changes_nothing(tmp_path: Path, batch: Path) -> None:
    path = tmp_path / "facts.db"
    build([batch], path)
    before = dump(path), hashlib.sha256(path.read_bytes()).hexdigest()
    again = build([batch], path)
    assert (again.loaded, again.unchanged, again.failed) == (0, 6, 0)
    assert (dump(path), hashlib.sha256(path.read_bytes()).hexdigest()) == before  # not a byte changed


def test_changed_text_replaces_the_old_facts(tmp_path: Path, db: Path) -> None:
    changed = A.article(
        "nb-2020-06-30",
        "Hội nghị sơ kết\nToàn tỉnh có 12 tập thể được khen thưởng.",
        published="2020-06-30T16:01",
        province="Ninh Bình",
        counts=[A.CountSpec("12 tập thể", 12, "tập thể", "commended")],
    )
    stats = build([A.write_jsonl(tmp_path / "changed.jsonl", [changed])], db)
    assert (stats.loaded, stats.unchanged) == (1, 0)
    article = "SELECT doc_id FROM articles WHERE article_id = 'nb-2020-06-30'"
    assert rows(db, f"SELECT value, unit FROM counts WHERE doc_id = ({article})") == [(12, "tập thể")]
    assert rows(db, f"SELECT count(*) FROM article_officials WHERE doc_id = ({article})") == [(0,)]
    assert rows(db, "SELECT text_sha256 FROM articles WHERE article_id = 'nb-2020-06-30'") == [
        (changed.article.text_sha256,)
    ]
    # The old text is gone from the index and the registries follow: Quảng keeps only his 2021 article.
    assert rows(db, "SELECT count(*) FROM search WHERE search MATCH 'hoi nghi so ket'") == [(1,)]
    assert rows(db, "SELECT count(*) FROM search WHERE search MATCH '\"Quyet dinh 290\"'") == [(1,)]
    # Forgotten with the values it was fed (đ as d): no word of the old text finds a row that is gone.
    gone = "SELECT count(*) FROM search WHERE search MATCH ? AND rowid NOT IN (SELECT doc_id FROM articles)"
    assert rows(db, gone, "qd OR dinh OR dang") == [(0,)]
    assert rows(db, "SELECT articles FROM officials WHERE official_id = 'tran-hong-quang@ninh-binh'") == [
        (1,)
    ]
    # The only dated mention of 290-QĐ/TW is gone: the undated one is a document of unknown year.
    assert rows(
        db, "SELECT document_id, issued_year, articles FROM documents WHERE doc_key = '290-QD/TW'"
    ) == [("290-QD/TW", None, 1)]
    assert rows(db, "SELECT count(*) FROM counts") == [(3,)]  # 2 + 1 + 1 before, now 1 + 1 + 1


def test_same_id_twice_in_one_batch_keeps_the_last(tmp_path: Path) -> None:
    first = A.NINH_BINH_2020
    second = first.model_copy(deep=True)
    second.counts = second.counts[:1]
    path = tmp_path / "facts.db"
    stats = build([A.write_jsonl(tmp_path / "p.jsonl", [first, second])], path)
    assert stats.loaded == 2
    assert rows(path, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(path, "SELECT count(*) FROM counts") == [(1,)]


def test_failed_lines_are_recorded(db: Path, batch: Path) -> None:
    failed = rows(db, "SELECT article_id, kind, message FROM failed_articles ORDER BY kind")
    assert failed[0][:2] == (f"{batch}:6", "bad_json")
    assert failed[0][2].startswith(
        f"{batch}:6: not an ArticleFacts line: line: Invalid JSON: EOF while parsing"
    )
    assert failed[1] == ("err-1", "encoding", "corpus/err-1.txt: undecodable byte 0xff at offset 120")


def test_an_error_line_keeps_the_facts_of_an_earlier_good_line(tmp_path: Path, db: Path) -> None:
    failing = A.write_jsonl(
        tmp_path / "fail.jsonl", [A.error_line("nb-2020-06-30", "internal", "x.txt: boom")]
    )
    build([failing], db)
    assert rows(db, "SELECT kind FROM failed_articles WHERE article_id = 'nb-2020-06-30'") == [("internal",)]
    assert rows(db, "SELECT count(*) FROM articles WHERE article_id = 'nb-2020-06-30'") == [(1,)]
    # The good line again: the article is no longer failed.
    build([A.write_jsonl(tmp_path / "good.jsonl", [A.NINH_BINH_2020])], db)
    assert rows(db, "SELECT count(*) FROM failed_articles WHERE article_id = 'nb-2020-06-30'") == [(0,)]


def test_a_failing_batch_leaves_the_database_as_it_was(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(db)

    def crash(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(registry, "refresh_documents", crash)
    changed = A.NINH_BINH_2020.model_copy(deep=True)
    changed.counts = []
    with pytest.raises(RuntimeError):
        build([A.write_jsonl(tmp_path / "next.jsonl", [changed, A.error_line("e2", "empty", "e2")])], db)
    assert dump(db) == before


def test_a_killed_batch_leaves_the_database_as_it_was(tmp_path: Path, db: Path) -> None:
    """SIGKILL in the middle of the transaction (after every row is written): the journal rolls it back."""
    before = dump(db)
    changed = A.NINH_BINH_2020.model_copy(deep=True)
    changed.counts = []
    batch = A.write_jsonl(
        tmp_path / "next.jsonl", [changed, *A.ARTICLES[1:], A.error_line("e2", "empty", "e2")]
    )
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from extractor.db import build, registry\n"
        "registry.refresh_documents = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
        "build.build([Path(sys.argv[1])], Path(sys.argv[2]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(batch), str(db)], timeout=120)
    assert done.returncode == -9
    assert dump(db) == before


# --- staging: in chunks, in worker processes or here --------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"", b"a\n", b"a", b"a\nb", b"\n\n\n", b"x\n" * 7, b"x\n" * 6, b"y\n" * 5 + b"z"],
    ids=["empty", "one", "no-newline", "last-without-newline", "blank", "odd", "even", "odd-unended"],
)
def test_chunks_cover_every_line_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    """Chunks of two lines over the same file twice: each line in one chunk, which knows the number of
    its first line in the file and its index in the whole input."""
    monkeypatch.setattr(building, "CHUNK_LINES", 2)
    path = tmp_path / "p.jsonl"
    path.write_bytes(content)
    lines = content.splitlines(keepends=True)
    expected = [
        (lines[i : i + 2], i + 1, i + f * len(lines)) for f in (0, 1) for i in range(0, len(lines), 2)
    ]
    chunks = building._chunks([path, path])
    assert [
        (content[c.start : c.end].splitlines(keepends=True), c.number, c.index) for c in chunks
    ] == expected


def mixed_batch(path: Path) -> Path:
    """A second batch with every case of what a line does to the database the first one built."""
    changed = A.NINH_BINH_2020.model_copy(deep=True)
    changed.counts = changed.counts[:1]
    new = A.article(
        "hn-2022-01-02",
        "Hội nghị tập huấn\nToàn huyện có 12 tập thể được khen thưởng.",
        published="2022-01-02",
        province="Hà Nam",
        counts=[A.CountSpec("12 tập thể", 12, "tập thể", "commended")],
    )
    new_changed = new.model_copy(deep=True)
    new_changed.counts = []
    return A.write_jsonl(
        path,
        [
            changed,  # replaces an article of the database
            A.NINH_BINH_2020,  # the line the database had: replaced since, so loaded again
            A.LANG_SON_2020,  # unchanged
            new,
            new,  # the same line again: unchanged
            new_changed,  # replaces an article of this batch
            A.error_line("ls-2021-05-05", "internal", "boom"),  # fails, keeps the facts
            BAD_JSON + "\n",  # the failed line of the first batch: unchanged
            A.LANG_SON_2021,  # its line as the database has it: good again
        ],
    )


def facts(db: Path) -> list[str]:
    """Every row but those of the full-text index's own tables, laid out by when it was fed; and what
    it finds."""
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO search (search) VALUES ('integrity-check')")
        found = [
            conn.execute("SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid", (query,)).fetchall()
            for query in ("dan van kheo", "tran hong quang", '"290-QD/TW"', "tap the", "hoi nghi")
        ]
        return [line for line in conn.iterdump() if not line.startswith('INSERT INTO "search_')] + [
            repr(found)
        ]


@pytest.mark.parametrize("workers,chunk_lines,ahead", [(0, 2, 4), (1, 1, 1), (2, 2, 4), (2, 3, 2), (3, 1, 4)])
def test_staging_in_chunks_and_workers_changes_nothing(
    tmp_path: Path, batch: Path, monkeypatch: pytest.MonkeyPatch, workers: int, chunk_lines: int, ahead: int
) -> None:
    second = mixed_batch(tmp_path / "second.jsonl")
    whole = tmp_path / "whole.db"
    build([batch], whole, workers=0)
    assert build([second], whole, workers=0).failed == 1
    monkeypatch.setattr(building, "CHUNK_LINES", chunk_lines)
    monkeypatch.setattr(building, "AHEAD", ahead)
    chunked = tmp_path / "chunked.db"
    build([batch], chunked, workers=workers)
    stats = build([second], chunked, workers=workers)
    assert (stats.lines, stats.loaded, stats.unchanged, stats.failed) == (9, 4, 4, 1)
    assert facts(chunked) == facts(whole)
    counts = "SELECT a.article_id, count(*) FROM counts JOIN articles AS a USING (doc_id) GROUP BY 1"
    # The database's line of nb-2020-06-30 came back, with its two counts; hn-2022-01-02 has none left.
    assert rows(chunked, counts) == [("ls-2020-10-20", 1), ("nb-2020-06-30", 2), ("nb-2021-03-15", 1)]
    # Written back outside the staged chunks, it is indexed as they are (đ as d).
    found = (
        "SELECT a.article_id FROM search JOIN articles AS a ON a.doc_id = search.rowid WHERE search MATCH ?"
    )
    assert ("nb-2020-06-30",) in rows(chunked, found, '"cap uy Dang"')
    failed = rows(chunked, "SELECT article_id FROM failed_articles ORDER BY 1")
    assert failed == sorted([(f"{batch}:6",), ("err-1",)])  # ls-2021-05-05 failed, then was good again


def in_workers_only(action: Callable[[], object]) -> Callable[..., object]:
    """`_stage` doing `action` in the forked workers; here, in the writer, the real one, after a pause
    that lets a worker take a chunk first."""
    writer, stage = os.getpid(), building._stage

    def patched(*args: object) -> object:
        if os.getpid() == writer:
            time.sleep(0.5)
            return stage(*args)
        return action()

    return patched


def crash() -> None:
    raise RuntimeError("disk on fire")


@pytest.mark.parametrize(
    "name,replacement,error,message",
    [
        (
            "_stage",
            lambda: in_workers_only(crash),
            RuntimeError,
            "staging the input failed(.|\n)*disk on fire",
        ),
        (
            "_stage",
            lambda: in_workers_only(lambda: os.kill(os.getpid(), signal.SIGKILL)),
            DatabaseError,
            STOPPED,
        ),
        ("_work", lambda: lambda *args: None, DatabaseError, STOPPED),
    ],
    ids=["worker-fails", "worker-killed", "worker-gone-before-its-first-chunk"],
)
def test_a_worker_failing_leaves_the_database_as_it_was(
    tmp_path: Path,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    replacement: Callable[[], Callable[..., object]],
    error: type[Exception],
    message: str,
) -> None:
    before = dump(db)
    monkeypatch.setattr(building, "CHUNK_LINES", 2)
    monkeypatch.setattr(building, name, replacement())  # the workers are forked with it
    with pytest.raises(error, match=message):
        build([mixed_batch(tmp_path / "second.jsonl")], db, workers=2)
    assert dump(db) == before


def test_the_writer_stages_what_the_workers_do_not(
    tmp_path: Path, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that takes no chunk: the writer, finding none staged, stages every one itself."""
    whole = tmp_path / "whole.db"
    loaded = build([batch], whole, workers=0).loaded
    monkeypatch.setattr(building, "CHUNK_LINES", 2)
    monkeypatch.setattr(building, "_work", lambda pipe, inherited, taken: (pipe.recv(), pipe.send(("done",))))
    idle = tmp_path / "idle.db"
    assert build([batch], idle, workers=1).loaded == loaded
    assert facts(idle) == facts(whole)


@pytest.mark.parametrize("workers", [0, 1])
def test_a_build_leaves_no_reference_cycles(tmp_path: Path, batch: Path, workers: int) -> None:
    """The cycle collector is paused while building (build.py): nothing may need it. Two batches,
    the second with every case of what a line does, leave no cyclic garbage, and it is on again."""
    db = tmp_path / "facts.db"
    second = mixed_batch(tmp_path / "second.jsonl")
    gc.collect()
    for pred in (batch, second):
        build([pred], db, workers=workers)
        assert gc.isenabled()
        gc.disable()
        try:
            build([pred, pred], db, workers=workers)
            assert gc.collect() == 0
        finally:
            gc.enable()


def test_a_build_leaves_the_sqlite3_adapters_as_they_were(tmp_path: Path, batch: Path) -> None:
    """While building, None has an adapter (build.py: binding NULLs fast); before and after, and after
    a build that fails, the module's adapters are the caller's, their own None adapter included."""
    before = dict(sqlite3.adapters)
    build([batch], tmp_path / "a.db", workers=1)
    assert sqlite3.adapters == before
    (tmp_path / "not.db").write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(DatabaseError):
        build([batch], tmp_path / "not.db")
    assert sqlite3.adapters == before
    theirs = str
    sqlite3.register_adapter(type(None), theirs)
    try:
        build([batch], tmp_path / "b.db")
        assert sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)] is theirs
    finally:
        sqlite3.adapters.pop((type(None), sqlite3.PrepareProtocol))
    assert rows(tmp_path / "a.db", "SELECT count(*) FROM counts WHERE total IS NULL") != [(0,)]


def test_not_a_fact_database(tmp_path: Path, batch: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(DatabaseError, match="not a fact database"):
        build([batch], other)
    (tmp_path / "garbage.db").write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="cannot open"):
        build([batch], tmp_path / "garbage.db")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(line=st.text(max_size=300))
def test_any_line_is_loaded_or_recorded(tmp_path: Path, line: str) -> None:
    path = tmp_path / "prop.db"
    path.unlink(missing_ok=True)
    pred = tmp_path / "prop.jsonl"
    pred.write_text(
        line.replace("\n", " ").replace("\r", " ") + "\n", encoding="utf-8", errors="surrogatepass"
    )
    stats = build([pred], path)
    assert stats.loaded + stats.unchanged + stats.failed == stats.lines


# --- registries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", db_registry.CASES, ids=lambda c: c.id)
def test_registry_persons(case: db_registry.Case) -> None:
    occurrences = [
        Occurrence(i, 0, f"a{i}", "Nguyễn Văn An", None if year is None else f"{year}-06-01", year,
                   positions=[(fold(t), fold(o)) for t, o in positions])
        for i, (year, positions) in enumerate(case.entries)
    ]  # fmt: skip
    assert [[o.doc_id for o in person] for person in cluster(occurrences)] == case.persons


def _cluster_one_by_one(occurrences: list[Occurrence]) -> list[list[int]]:
    """The registry's rule as its docstring says it, entry by entry, nothing remembered."""
    held_together = {
        frozenset((first, second))
        for o in occurrences
        for title, first in o.positions
        for other_title, second in o.positions
        if title == other_title and first != second
    }
    persons: list[list[Occurrence]] = []
    for o in occurrences:
        for person in persons:
            if o.year is None or not any(
                registry.bodies_conflict(held, organization)
                and frozenset((held, organization)) not in held_together
                for other in person
                if other.year == o.year
                for title, organization in o.positions
                for other_title, held in other.positions
                if other_title == title
            ):
                person.append(o)
                break
        else:
            persons.append([o])
    return [[o.doc_id for o in person] for person in persons]


_TITLES = st.sampled_from(["bi thu", "chu tich", "truong ban"])
_BODIES = st.sampled_from(
    ["huyen uy gia vien", "huyen uy nho quan", "huyen uy", "ban dan van tinh uy", "ban tuyen giao"]
)


@settings(max_examples=300, deadline=None)
@given(
    entries=st.lists(
        st.tuples(st.sampled_from([None, 2019, 2020]), st.lists(st.tuples(_TITLES, _BODIES), max_size=3)),
        max_size=12,
    )
)
def test_registry_persons_as_the_rule_says(entries: list[tuple[int | None, list[tuple[str, str]]]]) -> None:
    """Entries repeating an earlier one's year and positions go where it went, as the rule would put them."""
    occurrences = [
        Occurrence(i, 0, f"a{i}", "Lê Chung", None, year, positions=list(held))
        for i, (year, held) in enumerate(entries)
    ]
    assert [[o.doc_id for o in person] for person in cluster(occurrences)] == _cluster_one_by_one(occurrences)


@pytest.mark.parametrize("case", db_registry.POSITIONS, ids=lambda c: c.id)
def test_registry_position(case: db_registry.PositionCase) -> None:
    assert registry.position(*case.role) == case.position


def test_officials_registry(db: Path) -> None:
    assert rows(db, "SELECT official_id, name, province, articles, first_date, last_date FROM officials") == [
        ("tran-hong-quang@lang-son", "Trần Hồng Quảng", "Lạng Sơn", 1, "2020-10-20", "2020-10-20"),
        ("tran-hong-quang@ninh-binh", "Trần Hồng Quảng", "Ninh Bình", 2, "2020-06-30", "2021-03-15"),
    ]


def test_namesakes_in_one_province_are_two_officials(tmp_path: Path) -> None:
    def secretary(article_id: str, district: str, date: str) -> A.ArticleFacts:
        role = f"Bí thư Huyện ủy {district}"
        return A.article(
            article_id,
            f"Hội nghị\nĐồng chí Nguyễn Văn An, {role} phát biểu.",
            published=date,
            province="Hà Nam",
            officials={"Nguyễn Văn An": [A.RoleSpec("Bí thư", f"Huyện ủy {district}", role)]},
        )

    path = tmp_path / "facts.db"
    lines = [
        secretary("a", "Kim Bảng", "2022-03-01"),
        secretary("b", "Lý Nhân", "2022-05-01"),
        secretary("c", "Kim Bảng", "2023-01-01"),
    ]
    build([A.write_jsonl(tmp_path / "p.jsonl", lines)], path)
    assert rows(
        path,
        "SELECT ao.official_id, a.article_id FROM article_officials AS ao JOIN articles AS a USING (doc_id)"
        " ORDER BY a.article_id",
    ) == [("nguyen-van-an@ha-nam", "a"), ("nguyen-van-an@ha-nam:2", "b"), ("nguyen-van-an@ha-nam", "c")]


def test_documents_registry_keys_by_id_and_year(db: Path) -> None:
    assert rows(db, "SELECT document_id, ref, issued_year, articles FROM documents ORDER BY document_id") == [
        ("114-KL/TW", "114-KL/TW", None, 1),
        ("290-QD/TW@2010", "290-QĐ/TW", 2010, 2),  # the 2021 mention gives no date: the 2010 issue
        # A Tỉnh ủy's own numbering (local), which restarts: two documents.
        ("4-HD/BDVTU@lang-son@2016", "04-HD/BDVTU", 2016, 1),
        ("4-HD/BDVTU@lang-son@2021", "04-HD/BDVTU", 2021, 1),
    ]


def test_views_answer_the_common_questions(db: Path) -> None:
    assert rows(
        db,
        "SELECT date, role FROM official_timeline WHERE official_id = ? ORDER BY date",
        "tran-hong-quang@ninh-binh",
    ) == [
        ("2020-06-30", "Phó Bí thư Thường trực Tỉnh ủy"),
        ("2020-06-30", "Chủ tịch HĐND tỉnh"),
        ("2020-06-30", "Trưởng các Ban Chỉ đạo"),
        ("2021-03-15", "Bí thư Tỉnh ủy"),
    ]
    assert rows(
        db, "SELECT article_id FROM document_citations WHERE document_id = '290-QD/TW@2010' ORDER BY date"
    ) == [
        ("nb-2020-06-30",),
        ("nb-2021-03-15",),
    ]
    # Breakdown items (421 … part_of the 1.079) are not added to the totals.
    assert rows(
        db,
        "SELECT province, year, articles, largest, reported FROM dvk_models_by_province_year"
        " WHERE status = 'recognized' ORDER BY province, year",
    ) == [
        ("Lạng Sơn", 2020, 1, 120, 120),
        ("Ninh Bình", 2020, 1, 1079, 1079),
        ("Ninh Bình", 2021, 1, 350, 350),
    ]
    assert rows(db, "SELECT chair, official_id FROM event_chairs_view") == [
        ("Trần Hồng Quảng", "tran-hong-quang@ninh-binh")
    ]


# --- who / doc -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Trần Hồng Quảng", "tran hong quang", "TRAN HONG QUANG", "hong quang"])
def test_who_finds_officials_with_or_without_accents(db: Path, name: str) -> None:
    timelines = who(db, name)
    assert [t.official_id for t in timelines] == ["tran-hong-quang@lang-son", "tran-hong-quang@ninh-binh"]
    ninh_binh = timelines[1]
    assert [(e.date, e.article_id, e.roles) for e in ninh_binh.entries] == [
        (
            "2020-06-30",
            "nb-2020-06-30",
            ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Trưởng các Ban Chỉ đạo"],
        ),
        ("2021-03-15", "nb-2021-03-15", ["Bí thư Tỉnh ủy"]),
    ]


def test_who_matches_whole_words_only(db: Path) -> None:
    with pytest.raises(DatabaseError, match="no official named 'uang'"):
        who(db, "uang")


def test_doc_lists_citing_sentences(db: Path) -> None:
    (document,) = documents_cited(db, "290-QĐ/TW")
    assert [(c.article_id, c.sentences) for c in document.citations] == [
        (
            "nb-2020-06-30",
            ["Các cấp ủy Đảng đã quán triệt Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành"
             " Quy chế công tác dân vận của hệ thống chính trị."],
        ),
        (
            "nb-2021-03-15",
            ["Đồng chí đề nghị tiếp tục thực hiện tốt Quyết định số 290-QĐ/TW và Kết luận 114-KL/TW của"
             " Ban Bí thư."],
        ),
    ]  # fmt: skip


def test_doc_with_reused_number_lists_each_issue(db: Path) -> None:
    assert [d.document_id for d in documents_cited(db, "04-HD/BDVTU")] == [
        "4-HD/BDVTU@lang-son@2016",
        "4-HD/BDVTU@lang-son@2021",
    ]
    cited = documents_cited(db, "4-hd/bdvtu", year=2021)
    assert [d.document_id for d in cited] == ["4-HD/BDVTU@lang-son@2021"]


@pytest.mark.parametrize(
    "start,end,sentence",
    [
        (10, 14, "Sáng ngày 25.2.2010 họp."),  # `25.2.2010` does not end a sentence
        (30, 33, "Đ/c An chủ trì."),
        (0, 4, "Sáng ngày 25.2.2010 họp."),
    ],
)
def test_sentence_around(start: int, end: int, sentence: str) -> None:
    assert sentence_around("Sáng ngày 25.2.2010 họp. Đ/c An chủ trì.\nDòng sau", start, end) == sentence


def test_sentence_around_offsets_outside_the_text() -> None:
    assert sentence_around("ngắn", 3, 10) is None


# --- command line --------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_build_then_questions(tmp_path: Path, batch: Path) -> None:
    path = tmp_path / "facts.db"
    built = runner.invoke(app, ["db", "build", str(batch), "-o", str(path)])
    assert built.exit_code == 0, built.output
    assert "loaded 4, unchanged 0, failed 2" in built.output
    assert "failed: err-1: corpus/err-1.txt: undecodable byte 0xff at offset 120" in built.output

    found = runner.invoke(app, ["db", "search", str(path), "tran hong quang"])
    assert found.exit_code == 0
    assert found.output.count("\n") == 6  # three articles, two lines each
    assert "[Trần Hồng Quảng]" in found.output

    timeline = runner.invoke(app, ["who", str(path), "tran hong quang"])
    assert timeline.exit_code == 0
    assert "2021-03-15  nb-2021-03-15  Bí thư Tỉnh ủy" in timeline.output

    cited = runner.invoke(app, ["doc", str(path), "290-QĐ/TW"])
    assert cited.exit_code == 0
    assert cited.output.splitlines()[0] == (
        "290-QĐ/TW  [290-QD/TW@2010]  Quyết định, Bộ Chính trị, issued 2010-02-25  cited by 2 articles"
    )


@pytest.mark.parametrize(
    "args,message",
    [
        (["db", "search", "{db}", "'; DROP TABLE articles; --"],
         "Error: cannot search for \"'; DROP TABLE articles; --\": fts5: syntax error near \"'\""
         " (put words in double quotes to search them as written)"),
        (["db", "search", "{db}", "  "], "Error: empty search query"),
        (["db", "search", "{tmp}/none.db", "x"],
         "Error: no database at {tmp}/none.db (build one with `extractor db build`)"),
        (["who", "{db}", "Nguyễn Văn Không"], "Error: no official named 'Nguyễn Văn Không' in {db}"),
        (["doc", "{db}", "999-QĐ/TW"], "Error: no document '999-QĐ/TW' in {db}"),
        (["db", "build", "{tmp}/none.jsonl", "-o", "{db}"], "Error: no such file: {tmp}/none.jsonl"),
    ],
    ids=["injection", "empty-query", "no-database", "no-official", "no-document", "no-input"],
)  # fmt: skip
def test_cli_errors_are_one_line(tmp_path: Path, db: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, [a.format(db=db, tmp=tmp_path) for a in args])
    assert result.exit_code in (1, 2)
    assert result.output == message.format(db=db, tmp=tmp_path) + "\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("command", [["db", "build"], ["db", "search"], ["who"], ["doc"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_database_file_is_untouched_by_questions(db: Path) -> None:
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    runner.invoke(app, ["db", "search", str(db), "dang"])
    runner.invoke(app, ["who", str(db), "Trần Hồng Quảng"])
    runner.invoke(app, ["doc", str(db), "290-QĐ/TW"])
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("case", db_doc_keys.CASES, ids=lambda c: c.id)
def test_document_keys(case: db_doc_keys.Case) -> None:
    assert key_scope_year(case.ref, case.code, case.title, case.issued, "Ninh Bình") == case.expected


def test_local_documents_of_two_provinces_are_two_documents(tmp_path: Path) -> None:
    def plan(article_id: str, province: str) -> A.ArticleFacts:
        return A.article(
            article_id,
            "Kế hoạch\nThực hiện Kế hoạch số 182-KH/TU ngày 6/11/2019 của Tỉnh ủy.",
            published="2020-01-10",
            province=province,
            documents=[A.DocSpec("182-KH/TU", "Kế hoạch số 182-KH/TU", "Kế hoạch", "2019-11-06", "Tỉnh ủy")],
        )

    path = tmp_path / "facts.db"
    build([A.write_jsonl(tmp_path / "p.jsonl", [plan("a", "Ninh Bình"), plan("b", "Lạng Sơn")])], path)
    assert rows(path, "SELECT document_id, scope FROM documents ORDER BY document_id") == [
        ("182-KH/TU@lang-son@2019", "Lạng Sơn"),
        ("182-KH/TU@ninh-binh@2019", "Ninh Bình"),
    ]


def test_a_database_of_schema_1_is_migrated_and_reloaded(tmp_path: Path, batch: Path) -> None:
    """A database built before migration 0002 gets its columns, and the next build reloads it."""
    path = tmp_path / "facts.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(f"BEGIN; {store.migrations()[0][1]}; PRAGMA user_version = 1; COMMIT;")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO articles (doc_id, article_id, title, about_dvk, facts, line_sha256)"
            " VALUES (1, 'nb-2020-06-30', 'Hội nghị', 0, '', 'x')"
        )
        conn.execute("INSERT INTO search (rowid, title, text, facts) VALUES (1, 'Hội nghị', NULL, '')")
    stats = build([batch], path)
    assert (stats.loaded, stats.unchanged) == (4, 0)
    assert rows(path, "PRAGMA user_version") == [(store.latest_version(),)]
    assert rows(path, "SELECT count(*) FROM documents WHERE scope = 'Lạng Sơn'") == [(2,)]


def test_migration_0003_keeps_old_officials_in_their_article_province(tmp_path: Path) -> None:
    """Entries of schema 2 were grouped by province: until reloaded they stay so, not national."""
    path = tmp_path / "facts.db"
    with sqlite3.connect(path) as conn:
        for number, sql in store.migrations()[:2]:
            conn.executescript(f"BEGIN; {sql}; PRAGMA user_version = {number}; COMMIT;")
        conn.execute(
            "INSERT INTO articles (doc_id, article_id, title, province, about_dvk, facts, line_sha256)"
            " VALUES (1, 'nb', 'Hội nghị', 'Ninh Bình', 0, '', 'x')"
        )
        conn.execute(
            "INSERT INTO article_officials (doc_id, ord, name, name_key, official_id, mentions, rule)"
            " VALUES (1, 0, 'Lê Chung', 'le chung', 'le-chung@ninh-binh', '[]', 'officials:person')"
        )
    store.open_for_writing(path).close()
    assert rows(path, "SELECT scope FROM article_officials") == [("Ninh Bình",)]


def test_a_new_database_has_large_pages_an_old_one_keeps_its_own(tmp_path: Path, batch: Path) -> None:
    new, old = tmp_path / "new.db", tmp_path / "old.db"
    build([batch], new)
    assert rows(new, "PRAGMA page_size") == [(store.PAGE_SIZE,)]
    with sqlite3.connect(old) as conn:  # made before: SQLite's default pages
        conn.executescript(f"BEGIN; {store.migrations()[0][1]}; PRAGMA user_version = 1; COMMIT;")
    build([batch], old)
    assert rows(old, "PRAGMA page_size") == [(4096,)]
    assert dump(old) == dump(new)


@pytest.mark.parametrize("start", [0, 1], ids=["new", "schema-1"])
def test_a_failing_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: int
) -> None:
    """The pending migrations are one transaction: none of them is kept when a later one fails."""
    path = tmp_path / "facts.db"
    if start:
        with sqlite3.connect(path) as conn:
            conn.executescript(f"BEGIN; {store.migrations()[0][1]}; PRAGMA user_version = 1; COMMIT;")
    before = rows(path, "SELECT type, name FROM sqlite_schema ORDER BY name")
    known = store.migrations()
    broken = (known[-1][0] + 1, "CREATE TABLE articles (x);")  # exists by then: fails
    monkeypatch.setattr(store, "migrations", lambda: (*known, broken))
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        store.open_for_writing(path)
    assert rows(path, "PRAGMA user_version") == [(start,)]
    assert rows(path, "SELECT type, name FROM sqlite_schema ORDER BY name") == before


def test_a_central_official_visiting_provinces_is_one_person(tmp_path: Path) -> None:
    def visit(article_id: str, province: str, roles: list[A.RoleSpec]) -> A.ArticleFacts:
        text = f"Đoàn công tác\nĐồng chí Lê Minh Đức, {', '.join(r.text for r in roles)}, làm trưởng đoàn."
        return A.article(article_id, text, published="2024-03-06", province=province,
                         officials={"Lê Minh Đức": roles})  # fmt: skip

    central = A.RoleSpec("Phó Trưởng Ban", "Ban Dân vận Trung ương", "Phó Trưởng Ban Dân vận Trung ương")
    local = A.RoleSpec("Bí thư", "Tỉnh ủy", "Bí thư Tỉnh ủy")
    lines = [
        visit("hd", "Hải Dương", [central]),
        visit("kg", "Kiên Giang", [central]),
        visit("nb", "Ninh Bình", [local]),  # a namesake with a provincial role stays in his province
    ]
    path = tmp_path / "facts.db"
    build([A.write_jsonl(tmp_path / "p.jsonl", lines)], path)
    assert rows(path, "SELECT official_id, province, articles FROM officials ORDER BY official_id") == [
        ("le-minh-duc@-", None, 2),
        ("le-minh-duc@ninh-binh", "Ninh Bình", 1),
    ]


def test_undecodable_and_huge_lines_are_recorded(tmp_path: Path) -> None:
    pred = tmp_path / "bad.jsonl"
    pred.write_bytes(b'{"article": {"id": "\xff\xfe"}}\n' + b"[" * 100_000 + b"\n")
    path = tmp_path / "facts.db"
    stats = build([pred], path)
    assert (stats.failed, stats.loaded) == (2, 0)
    assert [kind for (kind,) in rows(path, "SELECT kind FROM failed_articles")] == ["bad_json", "bad_json"]


def test_a_locked_database_is_one_clear_error(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "LOCK_TIMEOUT", 0.1)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError, match="database is locked; nothing of this batch was written"):
            build([A.write_jsonl(tmp_path / "one.jsonl", [A.LANG_SON_2021])], db)
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_questions_to_a_database_of_an_older_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(f"BEGIN; {store.migrations()[0][1]}; PRAGMA user_version = 1; COMMIT;")
    with pytest.raises(DatabaseError, match="built by an older extractor"):
        who(path, "x")

"""`make serve`: datasette over the fact database on loopback, read-only, with the canned queries."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from extractor.db.build import build
from tests.cases import db_articles as A

METADATA = Path(__file__).resolve().parents[1] / "extractor" / "db" / "metadata.yml"
DATASETTE = Path(sys.executable).with_name("datasette")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get_json(base: str, path: str, **params: str) -> object:
    url = f"{base}{path}?{urllib.parse.urlencode({**params, '_shape': 'array'})}"
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("serve")
    database = folder / "facts.db"  # the metadata's database block is keyed by the name `facts`
    build([A.write_jsonl(folder / "pred.jsonl", A.ARTICLES)], database)
    port = free_port()
    command = [str(DATASETTE), "serve", "--immutable", str(database), "-h", "127.0.0.1", "-p", str(port)]
    # A file, not a pipe, for its log: a pipe nobody reads would block the server once full.
    log = open(folder / "datasette.log", "wb")  # noqa: SIM115 - closed in the finally below
    process = subprocess.Popen([*command, "-m", str(METADATA)], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                get_json(base, "/-/versions.json")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log_text = (folder / "datasette.log").read_text(errors="replace")
                    pytest.fail(f"datasette did not start: {log_text[-2000:]}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def test_canned_query_articles_citing_a_document(server: str) -> None:
    rows = get_json(server, "/facts/articles_citing_document.json", ref="290-qđ/tw")
    assert [(r["article_id"], r["issued_year"], r["mention"]) for r in rows] == [
        ("nb-2020-06-30", 2010, "Quyết định 290-QĐ/TW"),
        ("nb-2021-03-15", 2010, "Quyết định số 290-QĐ/TW"),
    ]
    assert "Quyết định 290-QĐ/TW" in rows[0]["context"]


def test_canned_query_roles_of_an_official(server: str) -> None:
    rows = get_json(server, "/facts/official_roles.json", name="tran hong quang")
    assert [(r["province"], r["date"], r["role"]) for r in rows] == [
        ("Lạng Sơn", "2020-10-20", "Chủ tịch Hội Nông dân huyện Cao Lộc"),
        ("Ninh Bình", "2020-06-30", "Phó Bí thư Thường trực Tỉnh ủy"),
        ("Ninh Bình", "2020-06-30", "Chủ tịch HĐND tỉnh"),
        ("Ninh Bình", "2020-06-30", "Trưởng các Ban Chỉ đạo"),
        ("Ninh Bình", "2021-03-15", "Bí thư Tỉnh ủy"),
    ]


def test_canned_query_models_by_province(server: str) -> None:
    rows = get_json(server, "/facts/dvk_models_by_province.json", status="")
    assert [(r["province"], r["year"], r["largest"]) for r in rows] == [
        ("Lạng Sơn", 2020, 120),
        ("Ninh Bình", 2020, 1079),
        ("Ninh Bình", 2021, 350),
    ]


def test_canned_search_is_accent_insensitive(server: str) -> None:
    rows = get_json(server, "/facts/search_articles.json", q="Đảng")
    assert {r["article_id"] for r in rows} == {"nb-2020-06-30", "ls-2021-05-05"}


def test_facets(server: str) -> None:
    with urllib.request.urlopen(f"{server}/facts/count_facts.json", timeout=10) as response:
        page = json.load(response)
    assert set(page["facet_results"]) == {"province", "year", "status", "unit"}


def test_read_only(server: str) -> None:
    sql = urllib.parse.quote("DELETE FROM articles")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{server}/facts.json?sql={sql}", timeout=10)
    assert len(get_json(server, "/facts/articles.json")) == 4


def test_metadata_names_tables_and_queries_that_exist(tmp_path: Path) -> None:
    """Every table named in metadata.yml exists and every canned query compiles against the schema."""
    database = tmp_path / "facts.db"
    build([A.write_jsonl(tmp_path / "pred.jsonl", A.ARTICLES[:1])], database)
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["facts"]
    with sqlite3.connect(database) as conn:
        names = {name for (name,) in conn.execute("SELECT name FROM sqlite_schema")}
        assert set(metadata["tables"]) <= names
        for query in metadata["queries"].values():
            params = {p: "dang" for p in ("ref", "name", "status", "q") if f":{p}" in query["sql"]}
            conn.execute(f"EXPLAIN {query['sql']}", params)

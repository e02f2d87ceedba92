"""Batches at scale: dask equals local, SIGKILL then --resume equals one run, bad input never loses an
article (the torture corpus), and memory-bounded streaming keeps input order."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from extractor import batch
from extractor.load import list_sources
from tests.conftest import SEEDS
from tests.test_load import windows_1258

SHORT = [
    "Sáng 12/10, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết. Đồng chí Lò Văn Minh chủ trì.",
    "Toàn tỉnh có 1.245 mô hình “Dân vận khéo” được công nhận năm 2023.",
    "Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị, các cấp ủy đã triển khai đại hội.",
]


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args], capture_output=True, text=True, timeout=600, **kwargs
    )


def write_jsonl(path: Path, count: int, prefix: str = "a", texts: list[str] = SHORT) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(
                json.dumps({"id": f"{prefix}{i:05d}", "text": texts[i % len(texts)]}, ensure_ascii=False)
                + "\n"
            )


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_output_as_a_local_run(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_jsonl(inputs / "batch.jsonl", 40)
    (inputs / "empty.txt").write_bytes(b"")
    paths = [*map(str, SEEDS), str(inputs)]
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run_cli("extract", *paths, "-o", str(local)).returncode == 0
    result = run_cli("extract", *paths, "-o", str(dask), "--dask", "local")
    assert result.returncode == 0, result.stderr
    assert dask.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert len(lines_of(dask)) == 5 + 40 + 1


@pytest.mark.slow
def test_sigkill_midway_then_resume_gives_the_lines_of_an_uninterrupted_run(tmp_path):
    texts = [p.read_text(encoding="utf-8")[:2500] for p in SEEDS]
    source = tmp_path / "batch.jsonl"
    write_jsonl(source, 600, texts=texts)
    whole, killed = tmp_path / "whole.jsonl", tmp_path / "killed.jsonl"
    assert run_cli("extract", str(source), "-o", str(whole)).returncode == 0

    process = subprocess.Popen(
        [sys.executable, "-m", "extractor", "extract", str(source), "-o", str(killed)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and (not killed.exists() or killed.stat().st_size < 150_000):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL, "the run finished before it could be killed"
    done_before = len(killed.read_bytes().splitlines())
    assert 0 < done_before < 600

    result = run_cli("extract", str(source), "-o", str(killed), "--resume")
    assert result.returncode == 0, result.stderr
    assert killed.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def make_torture_corpus(root: Path, good_jsonl: int) -> dict[str, str]:
    """Bad and awkward inputs of every kind; returns {article id: expected status or error kind}."""
    expected: dict[str, str] = {}
    nested = root / "a" / "b" / "c"
    nested.mkdir(parents=True)

    def put(name: str, data: bytes, outcome: str) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[path.stem] = outcome

    article = SHORT[0]
    for i in range(25):
        put(f"a/b/c/empty{i:02d}.txt", b"", "empty")
        put(f"a/white{i:02d}.txt", b"  \n\t\n   ", "empty")
        put(f"b/png{i:02d}.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(200), "not_text")
        put(
            f"c/scripts{i:02d}.html",
            b"<html><script>alert(1)</script><body><nav>Menu</nav></body></html>",
            "empty",
        )
    put("d/truncated.txt", article.encode("utf-8") + "Đ".encode()[:1], "ok")
    put("d/utf16.txt", article.encode("utf-16"), "ok")
    put("d/legacy.txt", windows_1258(article), "ok")
    put("d/nfd.txt", unicodedata.normalize("NFD", article).encode("utf-8"), "ok")
    put("d/huge.txt", ("Ban Dân vận Tỉnh ủy. " * 1_000_000).encode("utf-8"), "too_large")  # ~20 MB
    put("d/broken.txt", b"Ban D\xc3\x28n v\x9f\x90n " * 20, "encoding")

    lines = [
        json.dumps({"id": f"j{i:05d}", "text": SHORT[i % 3]}, ensure_ascii=False) for i in range(good_jsonl)
    ]
    lines[10] = '{"id": "j00010", "text": "cut off'  # broken JSON
    lines[20] = '["an", "array"]'  # wrong shape
    lines[30] = '{"id": "j00030"}'  # no text
    (root / "e").mkdir()
    (root / "e" / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(good_jsonl):
        expected[f"j{i:05d}"] = "ok"
    expected["j00010"] = "bad_json"
    expected["batch:21"] = "bad_json"
    expected["j00030"] = "bad_json"
    del expected["j00020"]
    return expected


@pytest.mark.slow
def test_torture_batch_every_input_one_line_every_bad_one_an_error(tmp_path):
    root = tmp_path / "torture"
    expected = make_torture_corpus(root, good_jsonl=4_920)
    bad = sum(1 for v in expected.values() if v != "ok")
    assert len(expected) >= 5_000 and bad / len(expected) >= 0.02

    out = tmp_path / "out.jsonl"
    result = run_cli("extract", str(root), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    lines = lines_of(out)
    got = {
        line["article"]["id"]: (line["error"]["kind"] if line["status"] == "error" else "ok")
        for line in lines
    }
    assert len(lines) == len(expected)
    assert got == expected
    for line in lines:
        if line["status"] == "error":
            message = line["error"]["message"]
            assert str(root) in message, message
            if line["error"]["kind"] == "bad_json":
                assert "batch.jsonl:" in message


def test_a_file_deleted_between_listing_and_reading_gets_an_error_line(tmp_path, monkeypatch):
    for name in ["a.txt", "b.txt", "c.txt"]:
        (tmp_path / name).write_text(SHORT[0], encoding="utf-8")

    def listing_then_delete(paths, stdin=None):
        sources = list(list_sources(paths, stdin))
        (tmp_path / "b.txt").unlink()
        yield from sources

    monkeypatch.setattr(batch, "list_sources", listing_then_delete)
    out = io.StringIO()
    stats = batch.run([str(tmp_path)], out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(line["article"]["id"], line["status"]) for line in lines] == [
        ("a", "ok"),
        ("b", "error"),
        ("c", "ok"),
    ]
    assert "vanished" in lines[1]["error"]["message"]
    assert stats.errors == 1


def test_windows_bound_what_is_read_ahead():
    produced = []

    def sources():
        for i in range(1_000):
            produced.append(i)
            yield i

    windows = batch._windows(sources(), 10)
    first = next(windows)
    assert first == list(range(10))
    assert len(produced) == 10

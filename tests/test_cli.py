"""The command line of SPEC: extract's output, exit codes, stdin, --with-text, --resume, help."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from tests.conftest import SEEDS, SHARED

runner = CliRunner()


def run_cli(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args], capture_output=True, text=True, input=input, timeout=300
    )


@pytest.fixture(scope="module")
def seed_lines(tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("seeds") / "facts.jsonl"
    result = run_cli("extract", *map(str, SEEDS), "-o", str(out))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_extract_writes_one_ok_line_per_seed_in_input_order(seed_lines):
    assert [line["article"]["id"] for line in seed_lines] == [p.stem for p in SEEDS]
    assert {line["status"] for line in seed_lines} == {"ok"}


@pytest.mark.skipif(
    not (SHARED / "tools" / "check_contract.py").exists(), reason="no shared contract checker"
)
def test_seed_output_keeps_the_contract(seed_lines, tmp_path):
    path = tmp_path / "facts.jsonl"
    path.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in seed_lines), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "check_contract.py"), str(path), "--expect", "5"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_text_is_left_out_unless_asked(seed_lines):
    assert "text" not in seed_lines[0]["article"]
    result = run_cli("extract", "-", "--with-text", input="Tỉnh uỷ họp.\nGửi cho bạn bè\n")
    line = json.loads(result.stdout)
    assert line["article"]["text"] == "Tỉnh ủy họp."
    assert line["article"]["id"] == "stdin"


def test_missing_path_exits_2():
    result = run_cli("extract", "no/such/folder")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == "Error: no such file or folder: no/such/folder"


def test_unwritable_output_exits_2(tmp_path):
    result = run_cli("extract", str(SEEDS[0]), "-o", str(tmp_path / "missing-dir" / "out.jsonl"))
    assert result.returncode == 2
    assert "cannot write" in result.stderr


def test_batch_with_bad_inputs_exits_0_with_error_lines(tmp_path):
    (tmp_path / "a.txt").write_text("Đồng chí Nguyễn Văn An phát biểu.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out.jsonl"
    result = run_cli("extract", str(tmp_path), "-o", str(out))
    assert result.returncode == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(line["article"]["id"], line["status"]) for line in lines] == [
        ("a", "ok"),
        ("b", "error"),
        ("c", "error"),
    ]
    assert "2 error lines" in result.stderr


def test_jobs_2_gives_the_same_lines_as_jobs_1(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run_cli("extract", *map(str, SEEDS), "-o", str(one)).returncode == 0
    assert run_cli("extract", *map(str, SEEDS), "-o", str(two), "--jobs", "2").returncode == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_resume_skips_done_articles_and_drops_a_torn_line(tmp_path):
    full = tmp_path / "full.jsonl"
    assert run_cli("extract", *map(str, SEEDS), "-o", str(full)).returncode == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_text(lines[0] + lines[1] + lines[2][:50], encoding="utf-8")  # killed while writing line 3
    result = run_cli("extract", *map(str, SEEDS), "-o", str(partial), "--resume")
    assert result.returncode == 0, result.stderr
    assert "2 already done" in result.stderr
    assert partial.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command", [[], ["extract"], ["score"], ["schema"], ["db"], ["db", "build"], ["db", "search"]]
)
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output

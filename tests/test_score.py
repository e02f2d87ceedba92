"""The scorer on small hand-made gold/prediction pairs: counts, F1, attributes, articles, CLI, report."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extractor.cli import app
from extractor.records import ArticleFacts
from extractor.score.baselines import _person_names, baseline_facts
from extractor.score.evaluate import evaluate, evaluate_article
from extractor.score.keys import contains_words, document_id_key, normalize_key
from extractor.score.match import FACT_TYPES
from extractor.score.metrics import Tally
from extractor.score.predictions import read_predictions
from extractor.score.report import Mark, highlight
from extractor.score.run import as_json, score_systems
from tests.cases import score_attributes, score_match
from tests.cases.score_match import count, date, official, period, role

runner = CliRunner()


def facts(fragment: dict, article_id: str = "t") -> ArticleFacts:
    return ArticleFacts.model_validate({"article": {"id": article_id}, **fragment})


def tallies(gold: dict, pred: dict, mode: str, text: str | None = None) -> dict[str, tuple[int, int, int]]:
    matches, _ = evaluate_article(facts(gold), facts(pred), mode, text=text)
    found = {t: (len(m.hits), len(m.spurious), len(m.missed)) for t, m in matches.items()}
    return {t: c for t, c in found.items() if c != (0, 0, 0)}


@pytest.mark.parametrize("case", score_match.CASES, ids=[c.id for c in score_match.CASES])
def test_match_counts(case):
    assert tallies(case.gold, case.pred, "strict", case.text) == case.strict
    expected_lenient = case.strict if case.lenient is None else case.lenient
    assert tallies(case.gold, case.pred, "lenient", case.text) == expected_lenient


@pytest.mark.parametrize("case", score_attributes.CASES, ids=[c.id for c in score_attributes.CASES])
def test_attribute_accuracy(case):
    gold, pred = facts(case.gold), facts(case.pred)
    systems = read_predictions([pred.model_dump_json()], "p", "p.jsonl")
    result = evaluate({"t": gold}, systems)
    found = {
        k: (v.correct, v.total)
        for k, v in {**result.attribute_accuracy(), **result.article_accuracy()}.items()
    }
    if "article" not in case.gold:
        found = {k: v for k, v in found.items() if not k.startswith("article.")}
    assert found == case.expected


@pytest.mark.parametrize(
    ("tally", "precision", "recall", "f1"),
    [
        (Tally(3, 1, 2), 0.75, 0.6, 6 / 9),
        (Tally(0, 0, 0), None, None, None),
        (Tally(0, 2, 0), 0.0, None, 0.0),
        (Tally(0, 0, 4), None, 0.0, 0.0),
        (Tally(5, 0, 0), 1.0, 1.0, 1.0),
    ],
    ids=["3tp-1fp-2fn", "nothing", "only-fp", "only-fn", "perfect"],
)
def test_tally_definitions(tally, precision, recall, f1):
    assert (tally.precision, tally.recall, tally.f1) == (precision, recall, f1)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Chủ tịch  HĐND tỉnh,", "chủ tịch hội đồng nhân dân tỉnh"),
        ("Ủy viên BTV Tỉnh uỷ", "ủy viên ban thường vụ tỉnh ủy"),
        ("UVBTV", "ủy viên ban thường vụ"),
        ("Ủy ban MTTQVN tỉnh", "ủy ban mặt trận tổ quốc việt nam tỉnh"),
        ("BCĐ thực hiện QCDC", "ban chỉ đạo thực hiện quy chế dân chủ"),
        ("văn hóa - xã hội", "văn hóa-xã hội"),
        ("TP. Hồ Chí Minh", "thành phố hồ chí minh"),
        ("Ủy ban MTTQ Việt Nam tỉnh", "ủy ban mặt trận tổ quốc việt nam tỉnh"),
        ("“Dân vận khéo”", "dân vận khéo"),
        ("HĐNDX", "hđndx"),
        (None, ""),
    ],
    ids=[
        "hdnd-spaces-comma",
        "btv-old-tone",
        "uvbtv",
        "mttqvn-longest",
        "bcd-qcdc",
        "dash",
        "tp-dot",
        "mttq-then-viet-nam",
        "quotes",
        "not-a-whole-word",
        "none",
    ],
)
def test_normalize_key(text, key):
    assert normalize_key(text) == key


@pytest.mark.parametrize(
    ("doc_id", "key"),
    [
        ("04-HD/BDVTU", "4-hd/bdvtu"),
        ("290- QĐ/TW", "290-qđ/tw"),
        ("30/2020/NĐ-CP", "30/2020/nđ-cp"),
        ("0/QĐ", "0/qđ"),
    ],
    ids=["leading-zero", "space-after-number", "state-style", "zero-stays"],
)
def test_document_id_key(doc_id, key):
    assert document_id_key(doc_id) == key


def test_contains_words_is_whole_words():
    assert contains_words("Trần Hồng Quảng", "Hồng Quảng")
    assert not contains_words("Trần Hồng Quảng", "Hồng Quản")
    assert not contains_words("", "Hồng Quảng")


# One article end to end: gold of 8 required facts (+1 optional), a prediction line, by hand.
GOLD_FILE = {
    "article": {"id": "a1", "title": "Hội nghị", "province": "Ninh Bình"},
    "dates": [
        date("Sáng ngày 30/6/2020", "2020-06-30"),
        period("năm 2020", "2020"),
        period("Năm dân vận khéo 2020", "2020", optional=True),
    ],
    "officials": [
        official("Trần Hồng Quảng", role("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh")),
        official("Phạm Quang Ngọc", role("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")),
    ],
    "counts": [count("1.079 mô hình", 1079, "mô hình")],
}
GOLD = facts(GOLD_FILE, "a1")
PRED_LINE = facts(
    {
        "article": {"id": "a1", "title": "Hội nghị", "province": "Ninh Bình", "text": "x"},
        "dates": [
            date("ngày 30/6/2020", "2020-06-30"),
            date("16:01", "2020-06-30"),
            period("2020", "2020"),
            date("ngày 1/7", "2020-07-01"),
        ],
        "officials": [official("Trần Hồng Quảng", role("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND"))],
        "counts": [count("1.079 mô hình", 1079, "mô hình"), count("6 tháng", 6, "tháng")],
    },
    "a1",
)


def test_one_article_end_to_end():
    predictions = read_predictions(
        [PRED_LINE.model_dump_json(), '{"article": {"id": "extra"}}'], "p", "p.jsonl"
    )
    result = evaluate({"a1": GOLD}, predictions)
    assert {t: (result.tally(t).tp, result.tally(t).fp, result.tally(t).fn) for t in FACT_TYPES} == {
        "officials": (1, 0, 1),
        "roles": (1, 0, 1),
        "documents": (0, 0, 0),
        "dates": (1, 1, 0),  # 30/6 found (twice, one collapses), 1/7 not in gold
        "periods": (1, 0, 0),  # `năm 2020`; the optional `Năm dân vận khéo 2020` shares its key
        "counts": (1, 1, 0),
        "events": (0, 0, 0),
    }
    micro = result.micro()
    assert (micro.tp, micro.fp, micro.fn) == (5, 2, 2)
    assert micro.f1 == pytest.approx(10 / 14)
    assert result.not_in_gold == ["extra"]
    assert {k: (v.correct, v.total) for k, v in result.attribute_accuracy().items()} == {
        "roles.title": (1, 1),
        "roles.organization": (0, 1),
    }
    assert {k: (v.correct, v.total) for k, v in result.article_accuracy().items()} == {
        "article.title": (1, 1),
        "article.province": (1, 1),
    }


def test_missing_and_error_lines_miss_every_fact():
    error = json.dumps(
        {"status": "error", "article": {"id": "a1"}, "error": {"kind": "internal", "message": "boom"}}
    )
    for lines, status in (([], "missing"), ([error], "error"), (["{not json"], "missing")):
        result = evaluate({"a1": GOLD}, read_predictions(lines, "p", "p.jsonl"))
        micro = result.micro()
        assert (micro.tp, micro.fp, micro.fn) == (0, 0, 7)
        assert result.articles[0].status == status
        assert result.article_accuracy()["article.title"].correct == 0


def test_duplicate_and_unreadable_prediction_lines_are_reported():
    line = PRED_LINE.model_dump_json()
    predictions = read_predictions(["{oops", line, line, '{"x": 1}'], "p", "p.jsonl")
    assert predictions.problems == [
        "p.jsonl:1: not JSON (Expecting property name enclosed in double quotes)",
        "p.jsonl:3: a1 again; the first line counts",
        "p.jsonl:4: no article.id",
    ]


def test_invalid_prediction_line_is_a_missed_article():
    predictions = read_predictions(['{"article": {"id": "a1"}, "dates": [{"text": "x"}]}'], "p", "p.jsonl")
    assert list(predictions.errors) == ["a1"]
    assert "dates.0.value: Field required" in predictions.errors["a1"]


def test_several_systems_and_json():
    first = read_predictions([PRED_LINE.model_dump_json()], "facts", "facts.jsonl")
    second = read_predictions([], "facts.rules", "facts.rules.jsonl")
    run = score_systems("gold", {"a1": GOLD}, [first, second], baselines=False)
    assert [r.name for r in run.strict] == ["facts", "facts.rules"]
    data = json.loads(json.dumps(as_json(run)))
    strict = data["modes"]["strict"]
    assert strict[0]["micro"] == {
        "tp": 5,
        "fp": 2,
        "fn": 2,
        "precision": 0.7143,
        "recall": 0.7143,
        "f1": 0.7143,
    }
    assert strict[1]["micro"]["fn"] == 7 and strict[1]["missed_articles"] == [
        {"id": "a1", "reason": "no prediction line"}
    ]
    fn = [e for e in strict[0]["errors"] if e["kind"] == "fn"]
    assert {(e["fact_type"], e["text"]) for e in fn} == {
        ("officials", "Phạm Quang Ngọc"),
        ("roles", "Phó Chủ tịch UBND tỉnh"),
    }
    assert data["modes"]["lenient"][0]["per_type"]["dates"]["fp"] == 1


# The HTML report.
def test_highlight_escapes_and_marks():
    html = highlight("a <b> & c", [Mark(2, 5, "hit", 'x"y')])
    assert html == 'a <mark class="hit" title="x&quot;y">&lt;b&gt;</mark> &amp; c'


def test_highlight_overlap_shows_the_error():
    html = highlight("abcdef", [Mark(0, 4, "hit", "h"), Mark(2, 6, "miss", "m")])
    assert html == (
        '<mark class="hit" title="h">ab</mark><mark class="miss" title="h; m">cd</mark>'
        '<mark class="miss" title="m">ef</mark>'
    )


_TAG = re.compile(r"</?mark[^>]*>")


@settings(max_examples=60, deadline=None)
@given(
    st.text(), st.lists(st.tuples(st.integers(-2, 40), st.integers(-2, 40), st.sampled_from(["hit", "miss"])))
)
def test_highlight_keeps_the_text_and_adds_no_markup(text, spans):
    html = highlight(text, [Mark(s, e, css, text) for s, e, css in spans])
    without_marks = _TAG.sub("", html)
    assert "<" not in without_marks and ">" not in without_marks
    assert unescape(without_marks) == text


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_normalize_key_never_raises(text):
    key = normalize_key(text)
    assert isinstance(key, str) and "  " not in key


def _write_case(tmp_path: Path, text: str, gold: dict, pred: ArticleFacts) -> tuple[Path, Path]:
    """A gold folder with one file (written as given: `optional` is not part of dumped records) and
    a prediction file with one line carrying `text`."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / f"{gold['article']['id']}.json").write_text(json.dumps(gold), encoding="utf-8")
    pred = pred.model_copy(deep=True)
    pred.article.text = text
    pred_path = tmp_path / "facts.jsonl"
    pred_path.write_text(pred.to_json_line(with_text=True), encoding="utf-8")
    return gold_dir, pred_path


def test_report_escapes_script_in_the_article(tmp_path):
    text = 'Hội nghị <script>alert("x")</script> ngày 30/6/2020 của <img src=x onerror=alert(1)>'
    start = text.index("ngày 30/6/2020")
    gold = {"article": {"id": "a<script>"}, "dates": [date("ngày 30/6/2020", "2020-06-30")]}
    pred = facts(
        {
            "dates": [
                date("ngày 30/6/2020", "2020-06-30", start=start, end=start + 14),
                date("<script>", "2020-01-01", start=9, end=17),
            ]
        },
        "a<script>",
    )
    gold_dir, pred_path = _write_case(tmp_path, text, gold, pred)
    report = tmp_path / "report.html"
    result = runner.invoke(
        app,
        [
            "score",
            "--gold",
            str(gold_dir),
            str(pred_path),
            "--report",
            str(report),
            "--no-baselines",
            "--no-errors",
        ],
    )
    assert result.exit_code == 0, result.output
    page = report.read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert '<mark class="hit"' in page and '<mark class="false"' in page
    assert "default-src 'none'" in page  # the page itself forbids scripts


def test_cli_single_file_prints_the_table(tmp_path):
    gold_dir, pred_path = _write_case(tmp_path, "x", GOLD_FILE, PRED_LINE)
    result = runner.invoke(app, ["score", "--gold", str(gold_dir), str(pred_path), "--no-baselines"])
    assert result.exit_code == 0, result.output
    assert "FN officials 'Phạm Quang Ngọc'" in result.output
    table = result.output[result.output.index("1 gold article,") :]
    assert re.search(r"^micro +7 +0\.71 0\.71 0\.71", table, re.M)
    assert re.search(r"^roles\.organization +0\.00 +0/1", table, re.M)


def test_cli_several_files_and_json(tmp_path):
    gold_dir, pred_path = _write_case(tmp_path, "x", GOLD_FILE, PRED_LINE)
    empty = tmp_path / "facts.ner.jsonl"
    empty.write_text("", encoding="utf-8")
    scores = tmp_path / "scores.json"
    result = runner.invoke(
        app,
        [
            "score",
            "--gold",
            str(gold_dir),
            str(pred_path),
            str(empty),
            "--json",
            str(scores),
            "--no-baselines",
            "--no-errors",
            "--lenient",
        ],
    )
    assert result.exit_code == 0, result.output
    assert re.search(r"^ +gold +facts +facts\.ner", result.output, re.M)
    assert "lenient matching" in result.output
    data = json.loads(scores.read_text(encoding="utf-8"))
    assert [s["name"] for s in data["modes"]["strict"]] == ["facts", "facts.ner"]


def test_cli_runs_the_baselines(tmp_path):
    text = "Đồng chí Trần Hồng Quảng, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị sáng ngày 30/6/2020."
    gold = {
        "article": {"id": "a1"},
        "dates": [date("sáng ngày 30/6/2020", "2020-06-30")],
        "officials": [official("Trần Hồng Quảng")],
    }
    gold_dir, pred_path = _write_case(tmp_path, text, gold, facts({}, "a1"))
    result = runner.invoke(app, ["score", "--gold", str(gold_dir), str(pred_path), "--no-errors"])
    assert result.exit_code == 0, result.output
    assert re.search(r"^officials +1 +— 0\.00 0\.00 +1\.00 1\.00 1\.00", result.output, re.M)
    assert re.search(r"^dates +1 +— 0\.00 0\.00 +1\.00 1\.00 1\.00", result.output, re.M)
    assert re.search(r"^counts .*— +— +—", result.output, re.M)


@pytest.mark.parametrize(
    ("setup", "message", "code"),
    [
        ("no-pred", "Error: no such prediction file: ", 2),
        ("no-gold-dir", "Error: ", 1),
        ("bad-gold-field", "a1.json: dates.0.value: String should match pattern", 1),
        ("gold-id-mismatch", "a1.json: article.id is 'other', the file name says 'a1'", 1),
    ],
    ids=["no-pred", "no-gold-dir", "bad-gold-field", "gold-id-mismatch"],
)
def test_cli_errors(tmp_path, setup, message, code):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    pred = tmp_path / "facts.jsonl"
    pred.write_text("", encoding="utf-8")
    if setup == "no-pred":
        pred = tmp_path / "nothing.jsonl"
    elif setup == "no-gold-dir":
        gold_dir = tmp_path / "nowhere"
    elif setup == "bad-gold-field":
        (gold_dir / "a1.json").write_text(
            '{"article": {"id": "a1"}, "dates": [{"text": "x", "value": "30/6", "kind": "date"}]}',
            encoding="utf-8",
        )
    else:
        (gold_dir / "a1.json").write_text('{"article": {"id": "other"}}', encoding="utf-8")
    result = runner.invoke(app, ["score", "--gold", str(gold_dir), str(pred), "--no-baselines"])
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output


# The baselines.
def test_person_names_from_bio_tags():
    tagged = [
        ("Đồng chí", "N", "B-NP", "O"),
        ("Trần Hồng", "Np", "B-NP", "B-PER"),
        ("Quảng", "Np", "B-NP", "I-PER"),
        (",", "CH", "O", "O"),
        ("Hà", "Np", "B-NP", "I-PER"),
        ("Lê", "Np", "B-NP", "B-PER"),
        ("Chung", "Np", "B-NP", "I-PER"),
    ]
    assert _person_names(tagged) == ["Trần Hồng Quảng", "Hà", "Lê Chung"]


def test_baseline_facts_slice_the_text():
    text = (
        "Trang tin\nĐồng chí Trần Hồng Quảng, Phó Bí thư Tỉnh ủy chủ trì hội nghị ngày 30/6/2020."
        " Ngày 2/7/2020 họp."
    )
    found = baseline_facts("a1", text)
    assert [o.name for o in found.officials] == ["Trần Hồng Quảng"]
    assert [d.value for d in found.dates] == ["2020-06-30", "2020-07-02"]
    for fact in [*found.dates, *(m for o in found.officials for m in o.mentions)]:
        assert text[fact.start : fact.end] == fact.text

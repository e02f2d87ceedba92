"""Stage `counts`: the case table, the number reader, provenance on real articles, and robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import ArticleDoc, Header, build
from extractor.lexicons import DATA_DIR
from extractor.normalize import normalize
from extractor.pipeline import extract_text
from extractor.stages import counts
from tests.cases.counts import ALL, Case
from tests.conftest import CORPUS, SEEDS


def doc_of(text: str, header: Header | None = None) -> ArticleDoc:
    return build("t", normalize(text).text, header or Header())


@pytest.mark.parametrize("case", ALL, ids=[c.id for c in ALL])
def test_case(case: Case) -> None:
    doc = doc_of(case.text)
    found = counts.extract(doc)
    assert len(found) == len(case.expected), [c.text for c in found]
    for count, expected in zip(found, case.expected, strict=True):
        got = count.model_dump()
        expected = {"part_of": None, **expected}
        assert {k: got[k] for k in expected} == expected
    mismatches = [w.text for w in doc.warnings if w.code == "count_sum_mismatch"]
    assert mismatches == list(case.warnings)


@pytest.mark.parametrize(
    "name",
    ["count_units.txt", "count_status.toml", "count_rules.toml", "count_tables.toml", "number_words.toml"],
)
def test_data_file_says_its_source(name: str) -> None:
    first = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 20


def test_data_patterns_compile() -> None:
    counts._count_pattern()
    counts._status_patterns()
    counts._marker_pattern()
    counts._clause_end_pattern()
    counts._percent_pattern()
    counts._continuation_patterns()
    counts._unitless_item_pattern()
    counts._not_item_pattern()
    counts._field_lead_pattern()
    counts._category_edge_patterns()
    counts._cut_pattern()
    counts._share_pattern()
    counts._proposed_pattern()
    counts._owned_pattern()
    counts._holding_pattern()
    counts._heading_unit_patterns()
    counts._heading_words()
    config = counts.lexicons.table("count_status")
    assert set(config["rank"]) == set(config["phrases"]) >= set(config["before_only"])


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1.079", 1079),
        ("09", 9),
        ("mười", 10),
        ("mười một", 11),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("ba mươi lăm", 35),
        ("một trăm", 100),
        ("một trăm linh năm", 105),
        ("hai trăm ba mươi", 230),
        ("một nghìn hai trăm", 1200),
        ("hai ngàn", 2000),
        ("năm", 5),
        ("mươi", None),
        ("trăm", None),
        ("nghìn", None),
        ("mốt", None),
        ("mười mốt", None),
        ("một mươi", None),
        ("hai ba", None),
    ],
)
def test_number_value(written: str, value: int | None) -> None:
    assert counts.number_value(written) == value


def test_headline_figure_is_the_body_figure() -> None:
    """A headline figure said again in the body is one count, with the body's mention and status."""
    title = "Nghệ An công nhận 3.905 mô hình"
    text = f"{title}\nCó 4.872 mô hình đăng ký. Qua đánh giá, có 3.905 mô hình được công nhận, đạt 80,2%."
    doc = doc_of(text, Header(title=title, title_start=0, title_end=len(title)))
    found = counts.extract(doc)
    assert [(c.value, c.status, c.start > len(title)) for c in found] == [
        (4872, "registered", True),
        (3905, "recognized", True),
    ]
    assert found[1].percent == 80.2


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_provenance_on_seeds(path) -> None:  # noqa: ANN001 - a pathlib.Path
    facts = extract_text(path.stem, path.read_text(encoding="utf-8"))
    assert facts.status == "ok"
    text = facts.article.text
    for count in facts.counts:
        assert text[count.start : count.end] == count.text
        assert count.rule is not None and count.rule.startswith("counts:")
        assert count.part_of is None or 0 <= count.part_of < len(facts.counts)


def test_seed_000_breakdown() -> None:
    facts = extract_text("000", (CORPUS / "000_6e545b32d1b9a35f.txt").read_text(encoding="utf-8"))
    assert [(c.value, c.unit, c.status, c.part_of) for c in facts.counts] == [
        (665, "đảng bộ, chi bộ cơ sở", None, None),
        (250, "đảng bộ", None, 0),
        (415, "chi bộ cơ sở", None, 0),
        (1079, "mô hình", "maintained", None),
        (421, "mô hình", "maintained", 3),
        (439, "mô hình", "maintained", 3),
        (121, "mô hình", "maintained", 3),
        (98, "mô hình", "maintained", 3),
    ]
    assert not [w for w in facts.warnings if w.code == "count_sum_mismatch"]


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    doc = doc_of(text)
    for count in counts.extract(doc):
        assert doc.text[count.start : count.end] == count.text


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "có",
                "1.079",
                "01",
                "hai mươi",
                "một",
                "/",
                "11",
                "từ",
                "đến",
                "mô hình",
                "hộ",
                ",",
                ";",
                "trong đó",
                "(",
                ")",
                "đạt",
                "100%",
                "về",
                "kinh tế",
                "được công nhận",
                "gồm",
                "và",
                ".",
                "cụ thể:",
                "\n-",
                "\n+",
                "Trong đó,",
                "Riêng",
                "trong số",
                "với",
                "lĩnh vực",
                "cấp tỉnh",
                "tăng",
                "đề nghị",
                "(36,8%)",
                "là",
                "lần lượt là",
                "tổng số",
                "Như vậy,",
                "số còn lại",
                ":",
                "khối Đảng có",
                # Tables as load.py keeps them: pipe rows, separators, headings, a total row.
                "\n|",
                "|",
                "|\n",
                "\n|---|---|\n",
                "Đăng ký |",
                "Số mô hình |",
                "Kinh tế |",
                "148 |",
                "| Tổng cộng |",
                "\\|",
            ]
        ),
        max_size=30,
    )
)
def test_never_raises_on_count_like_text(words: list[str]) -> None:
    doc = doc_of(" ".join(words))
    found = counts.extract(doc)
    for count in found:
        assert doc.text[count.start : count.end] == count.text
        assert count.part_of is None or found[count.part_of].part_of is None

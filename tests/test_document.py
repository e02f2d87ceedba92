"""ArticleDoc: sentences and words from underthesea carry offsets that slice the normalized text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import Header, align, build
from extractor.normalize import normalize
from tests.conftest import SEEDS


def check_offsets(doc) -> None:
    for segment in [*doc.lines, *doc.sentences, *doc.tokens]:
        assert doc.text[segment.start : segment.end] == segment.text


def test_seed_sentences_and_words_slice_the_text():
    for path in SEEDS:
        text = normalize(path.read_text(encoding="utf-8")).text
        doc = build(path.stem, text, Header())
        check_offsets(doc)
        assert len(doc.tokens) > 300
        assert any(t.text == "Trần Hồng Quảng" for t in doc.tokens) or path.stem != "000_6e545b32d1b9a35f"


def test_words_join_syllables_and_keep_numbers_whole():
    text = (
        "Đồng chí Trần Hồng Quảng, Phó Bí thư Thường trực Tỉnh ủy. Có 1.079 mô hình; Quyết định số 290-QĐ/TW."
    )
    doc = build("t", text, Header())
    words = [t.text for t in doc.tokens]
    assert "Trần Hồng Quảng" in words and "1.079" in words and "mô hình" in words
    assert len(doc.sentences) == 2


def test_spacy_doc_tokens_map_back_to_text():
    doc = build("t", "Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân phát biểu tại buổi làm việc.", Header())
    spacy_doc = doc.spacy_doc
    assert [t.text for t in spacy_doc] == [t.text for t in doc.tokens]
    for i in range(len(spacy_doc)):
        for j in range(i + 1, min(i + 4, len(spacy_doc)) + 1):
            start, end = doc.offsets_of(spacy_doc[i:j])
            assert doc.text[start:end] == spacy_doc[i:j].text


def test_align_drops_what_it_cannot_place():
    assert [s.text for s in align("a b c", ["a", "zzz", "c"], 0, 5)] == ["a", "c"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_build_never_raises_and_offsets_hold(raw):
    doc = build("t", normalize(raw).text, Header())
    check_offsets(doc)


# underthesea ends a sentence at every `. ` after a word it does not know as an abbreviation; these
# are joined again (data/sentences.toml), real ends are kept.
SPLITS = [
    ("dotted-date-spaced", "Ngày 14. 3, Ban Dân vận Huyện ủy tổ chức hội nghị. Đồng chí A chủ trì.", 2),
    ("dotted-date-year", "Sáng ngày 14. 3. 2024, Ban Dân vận tổ chức hội nghị.", 1),
    ("dotted-date-unspaced", "Ngày 14.3, Ban Dân vận tổ chức hội nghị. Ngày 15.3, đoàn làm việc.", 2),
    ("academic-title", "PGS.TS. Lê Văn Định chủ trì hội thảo. Các đại biểu thảo luận.", 2),
    ("unit-abbreviation", "Hội nghị diễn ra tại TX. Sơn Tây. Dự có 120 đại biểu.", 2),
    ("lower-case-after-dot", "Xem tại baotintuc. vn/chinh-tri nhé.", 1),
    ("number-then-count", "Toàn huyện có 12 mô hình. 3 mô hình được khen thưởng.", 2),
    ("day-ends-sentence", "Hội nghị diễn ra ngày 14/3. 12 xã tham dự.", 2),
]


@pytest.mark.parametrize(("text", "count"), [(t, n) for _, t, n in SPLITS], ids=[i for i, _, _ in SPLITS])
def test_sentences_joined_where_underthesea_ends_too_early(text: str, count: int) -> None:
    doc = build("t", normalize(text).text, Header())
    check_offsets(doc)
    assert len(doc.sentences) == count, [s.text for s in doc.sentences]


def test_sentence_data_loads_and_says_its_source() -> None:
    from extractor import document
    from extractor.lexicons import DATA_DIR

    assert (DATA_DIR / "sentences.toml").read_text(encoding="utf-8").startswith("# ")
    assert document._abbreviation_end().search("PGS.TS.")

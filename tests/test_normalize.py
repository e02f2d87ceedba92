from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea import text_normalize

from extractor.normalize import fix_tone_placement, normalize
from tests.cases.normalize import CASES


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_normalize(case):
    assert normalize(case.raw).text == case.expected


@pytest.mark.parametrize(
    "word",
    [
        "uỷ",
        "Tỉnh uỷ",
        "hoà",
        "khoẻ",
        "thuý",
        "Thuý",
        "hoá",
        "tuỳ",
        "quý",
        "quỳ",
        "Hoàng",
        "thuỷ",
        "loè",
        "hoạ",
        "oà",
    ],
)
def test_tone_placement_agrees_with_underthesea(word):
    # underthesea's text_normalize is the reference SPEC names for tone placement.
    assert fix_tone_placement(word) == text_normalize(word)


def test_offsets_map_back_to_raw_text():
    raw = "Trang\u00a0tin\n\n" + unicodedata.normalize("NFD", "Đồng chí Trần Hồng Quảng") + ", Tỉnh uỷ\n"
    result = normalize(raw)
    start = result.text.index("Quảng")
    a, b = result.to_raw(start, start + len("Quảng"))
    assert unicodedata.normalize("NFC", raw[a:b]) == "Quảng"
    start = result.text.index("ủy")
    assert raw[slice(*result.to_raw(start, start + 2))] == "uỷ"


# Pieces that exercise every rule: letters, combining tone marks, old tone placement, odd spaces,
# chrome lines, line breaks.
PIECES = list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐQUY \n\t\u00a0\u200b\r.,:;“”-/0123456789") + [
    "\u0300",
    "\u0301",
    "\u0303",
    "\u0309",
    "\u0323",
    "uỷ",
    "oà",
    "\nGửi cho bạn bè\n",
    "\nXem thêm\n",
]
vietnamese = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(vietnamese, st.text(max_size=200)))
def test_normalize_never_raises_and_round_trips(raw):
    result = normalize(raw)
    text = result.text
    assert len(result.raw_starts) == len(result.raw_ends) == len(text)
    assert unicodedata.is_normalized("NFC", text)
    assert "  " not in text
    starts = list(result.raw_starts)
    assert starts == sorted(starts)
    assert all(0 <= s < e <= len(raw) for s, e in zip(result.raw_starts, result.raw_ends, strict=True))
    # Every word maps back to raw text that normalizes to the same word.
    position = 0
    for word in text.replace("\n", " ").split(" "):
        if word:
            a, b = result.to_raw(position, position + len(word))
            assert normalize(raw[a:b]).text in (word, ""), (word, raw[a:b])
        position += len(word) + 1

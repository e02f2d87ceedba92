"""Normalization cases: raw text → normalized text. Ids say what each row is about."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple


class Case(NamedTuple):
    id: str
    raw: str
    expected: str


NFD = unicodedata.normalize("NFD", "Đảng bộ tỉnh Ninh Bình")

CASES = [
    # Tone placement: open syllables ending in oa, oe, uy carry the mark on the first vowel.
    Case("uy-old", "Tỉnh uỷ", "Tỉnh ủy"),
    Case("oa-old", "hoà giải", "hòa giải"),
    Case("oe-old", "sức khoẻ", "sức khỏe"),
    Case("oa-acute", "văn hoá", "văn hóa"),
    Case("uy-in-name", "Nguyễn Thị Thuý", "Nguyễn Thị Thúy"),
    Case("uy-capital", "UỶ BAN", "ỦY BAN"),
    Case("uy-tilde", "tuỳ theo", "tùy theo"),
    Case("oa-dot", "hoạ sĩ", "họa sĩ"),
    # Not moved: a final consonant closes the syllable, or `qu` is the onset.
    Case("hoang-closed", "Hoàng Văn Thụ", "Hoàng Văn Thụ"),
    Case("quy-onset", "Quý, quỳ, quỷ", "Quý, quỳ, quỷ"),
    Case("quynh-closed", "Quỳnh Lưu", "Quỳnh Lưu"),
    Case("ngoai-triphthong", "ngoài ra", "ngoài ra"),
    Case("already-new", "hòa thuận, thủy lợi", "hòa thuận, thủy lợi"),
    # Unicode form.
    Case("nfd-composed", NFD, "Đảng bộ tỉnh Ninh Bình"),
    # Spaces.
    Case("nbsp", "Ban\u00a0Dân\u00a0vận", "Ban Dân vận"),
    Case("thin-and-zero-width", "Dân\u2009vận\u200b khéo", "Dân vận khéo"),
    # A zero-width space dropped between a letter and its combining mark: the two compose (`à`).
    Case("zero-width-before-combining-mark", "Ho\u200b\u0300a ba\u0300n", "Hòa bàn"),
    Case("runs-and-trim", "   hội   nghị  \t sơ kết   ", "hội nghị sơ kết"),
    Case("crlf", "dòng một\r\ndòng hai", "dòng một\ndòng hai"),
    Case("blank-lines", "đoạn một\n\n\n\n\nđoạn hai", "đoạn một\n\nđoạn hai"),
    Case("soft-hyphen", "dân\u00advận", "dânvận"),
    # Site chrome (SPEC) and repeated captions.
    Case(
        "chrome-lines",
        "Nội dung bài.\nGửi cho bạn bè\nPhản hồi\nThông tin người gửi phản hồi",
        "Nội dung bài.",
    ),
    Case(
        "chrome-tail",
        "Nội dung bài.\n\nHoàng Phong\n\nCác tin khác\nTin một\nTin hai\nXem nhiều nhất",
        "Nội dung bài.\n\nHoàng Phong",
    ),
    Case("xem-them-tail", "Nông Vui\n\nXem thêm", "Nông Vui"),
    Case(
        "chrome-mid-article",
        "Đoạn một.\nTin liên quan\nTiêu đề tin khác\n" + "Đoạn hai dài " * 20,
        "Đoạn một.\n" + ("Đoạn hai dài " * 20).strip(),
    ),
    Case(
        "caption-twice",
        "Các đại biểu dự Hội nghị.\nCác đại biểu dự Hội nghị.\nTiếp.",
        "Các đại biểu dự Hội nghị.\nTiếp.",
    ),
    Case(
        "caption-twice-blank-between",
        "Ảnh: Thùy Dung/TTXVN\n\nẢnh: Thùy Dung/TTXVN\n\nTiếp.",
        "Ảnh: Thùy Dung/TTXVN\n\nTiếp.",
    ),
    Case(
        "chrome-word-inside-text-kept",
        "Ông đề nghị phản hồi ý kiến cử tri.",
        "Ông đề nghị phản hồi ý kiến cử tri.",
    ),
    Case("empty", "", ""),
    Case("only-chrome", "Gửi cho bạn bè\nPhản hồi", ""),
]

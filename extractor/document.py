"""ArticleDoc: the one object every stage reads.

It holds the normalized text, its lines, sentences and words (underthesea) with character offsets
into that text, the header facts (title, source, published, url), and a spaCy `Doc` built from the
same words for stages that use spaCy's `Matcher`. Stages never tokenize or normalize on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

import regex

from extractor.records import FactWarning

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the normalized text: a line, a sentence or a word."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Header:
    """Metadata read off the page or the first lines of a text article."""

    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    body_start: int = 0


@dataclass
class ArticleDoc:
    id: str
    text: str
    header: Header
    lines: list[Segment]
    sentences: list[Segment]
    tokens: list[Segment]
    warnings: list[FactWarning] = field(default_factory=list)

    def warn(self, code: str, message: str, start: int | None = None, end: int | None = None) -> None:
        """Record something a stage noticed but could not make a fact of."""
        text = self.text[start:end] if start is not None and end is not None else None
        self.warnings.append(FactWarning(code=code, message=message, start=start, end=end, text=text))

    def sentence_at(self, offset: int) -> Segment | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def line_at(self, offset: int) -> Segment | None:
        for line in self.lines:
            if line.start <= offset <= line.end:
                return line
        return None

    @cached_property
    def spacy_doc(self) -> Doc:
        """A spaCy Doc whose token i is `tokens[i]`; map spans back with `offsets_of`."""
        from spacy.tokens import Doc

        words = [t.text for t in self.tokens]
        spaces = [
            self.tokens[i].end < self.tokens[i + 1].start if i + 1 < len(self.tokens) else False
            for i in range(len(self.tokens))
        ]
        return Doc(blank_vietnamese().vocab, words=words, spaces=spaces)

    def offsets_of(self, span: Span) -> tuple[int, int]:
        """Character offsets in `text` of a span of `spacy_doc`."""
        return self.tokens[span.start].start, self.tokens[span.end - 1].end


_BLANK_NLP: Language | None = None


def blank_vietnamese() -> Language:
    """spaCy's blank Vietnamese pipeline without pyvi (we tokenize with underthesea ourselves)."""
    global _BLANK_NLP
    if _BLANK_NLP is None:
        import spacy

        _BLANK_NLP = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    return _BLANK_NLP


_LINE = regex.compile(r"[^\n]+")


def split_lines(text: str) -> list[Segment]:
    return [Segment(m.start(), m.end(), m.group()) for m in _LINE.finditer(text)]


def align(text: str, pieces: list[str], start: int, end: int) -> list[Segment]:
    """Find `pieces` in order in `text[start:end]` and give each its offsets.

    underthesea returns strings without offsets and may rewrite what it returns (tone placement,
    spacing inside a word), so a piece that is not found verbatim is searched syllable by syllable;
    one that still cannot be placed is dropped rather than given a wrong offset.
    """
    segments = []
    cursor = start
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor, end)
        if found >= 0 and text[cursor:found].strip() == "":
            segments.append(Segment(found, found + len(piece), piece))
            cursor = found + len(piece)
            continue
        span = _align_syllables(text, piece, cursor, end)
        if span is not None:
            segments.append(Segment(span[0], span[1], text[span[0] : span[1]]))
            cursor = span[1]
        elif found >= 0:
            segments.append(Segment(found, found + len(piece), piece))
            cursor = found + len(piece)
    return segments


def _align_syllables(text: str, piece: str, cursor: int, end: int) -> tuple[int, int] | None:
    syllables = piece.split()
    pattern = r"\s*".join(regex.escape(s) for s in syllables)
    match = regex.compile(r"\s*(" + pattern + ")").match(text, cursor, end)
    if match:
        return match.start(1), match.end(1)
    return None


# A dotted date written with spaces (`Ngày 14. 3`, `ngày 14. 3. 2024`): the day (or the month) ends
# one piece and the month (or the year) opens the next.
_DAY_DOT_END = regex.compile(r"(?<![\d./-])(?P<d>\d{1,2})\.$")
_MONTH_START = regex.compile(r"(?P<m>\d{1,2})(?!\d)")
_DAY_MONTH_DOT_END = regex.compile(r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.$")
_YEAR_START = regex.compile(r"(?:19|20)\d\d(?!\d)")
# What no sentence of prose opens with: a lower-case letter, a comma, a closing bracket.
_NO_SENTENCE_START = regex.compile(r"[\p{Ll},;:)\]]")


@cache
def _abbreviation_end() -> regex.Pattern:
    """An abbreviation of data/sentences.toml ending a piece, as a whole word."""
    from extractor import lexicons

    words = lexicons.alternation(lexicons.table("sentences")["abbreviations"])
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}.])(?:{words})$")


def _goes_on(previous: str, following: str) -> bool:
    """Whether underthesea ended a sentence that goes on (data/sentences.toml says why)."""
    if _NO_SENTENCE_START.match(following) or _abbreviation_end().search(previous):
        return True
    if _DAY_MONTH_DOT_END.search(previous) and _YEAR_START.match(following):
        return True
    day, month = _DAY_DOT_END.search(previous), _MONTH_START.match(following)
    return bool(day and month and 1 <= int(day["d"]) <= 31 and 1 <= int(month["m"]) <= 12)


def split_sentences(text: str, line: Segment) -> list[Segment]:
    """The sentences of one line: underthesea's, joined again where it ended one that goes on."""
    from underthesea import sent_tokenize

    sentences: list[Segment] = []
    for piece in align(text, sent_tokenize(line.text), line.start, line.end):
        if sentences and _goes_on(sentences[-1].text, piece.text):
            start = sentences[-1].start
            sentences[-1] = Segment(start, piece.end, text[start : piece.end])
        else:
            sentences.append(piece)
    return sentences


def build(article_id: str, text: str, header: Header) -> ArticleDoc:
    """Split normalized text into lines, sentences and words with offsets into `text`."""
    from underthesea import word_tokenize

    lines = split_lines(text)
    sentences: list[Segment] = []
    tokens: list[Segment] = []
    for line in lines:
        for sentence in split_sentences(text, line):
            sentences.append(sentence)
            tokens.extend(align(text, word_tokenize(sentence.text), sentence.start, sentence.end))
    return ArticleDoc(
        id=article_id, text=text, header=header, lines=lines, sentences=sentences, tokens=tokens
    )

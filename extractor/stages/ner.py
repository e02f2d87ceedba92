"""Stage `ner`: the person (PER) spans of underthesea's CRF named-entity tagger.

Policy (see also stage `officials`, which merges these spans with its rule names): the tagger is
slow next to the rules (about 15 ms a sentence, seconds for an article), and the rules settle most
names on their own, so with `people="both"` it runs only on the sentences that hold a doubtful
name candidate (`_people.name_candidates`): a surname-led run with no context at all that is not
the name of one of the article's authors (`Lê Chung- Văn phòng Tỉnh ủy`), a run after `và` or a
comma in a list that opens with no known surname, or a run in a person context that opens with a
body's head word (`các đồng chí Sở Nội vụ`). Runs that stand in a person context are settled
(names: `đồng chí Trần Hồng Quảng`, and `bà Kăn Thị Xuân, Chủ tịch …` whose family name the
lexicon lacks), and so are places, titles, known bodies and capitalized runs that neither start
with a surname nor stand in a person context (not names). `people="ner"` tags every sentence
(the NER-only column of the score report); `people="rules"` never calls the tagger. underthesea
loads its model once per process.
"""

from __future__ import annotations

from typing import Literal

from extractor.document import ArticleDoc, Segment, align
from extractor.records import Author, Mention
from extractor.stages._people import View, name_candidates

PeopleSource = Literal["rules", "ner", "both"]


def extract(doc: ArticleDoc, authors: list[Author], people: PeopleSource = "both") -> list[Mention]:
    if people == "rules" or not doc.text.strip():
        return []
    sentences = doc.sentences if people == "ner" else _doubtful_sentences(doc, authors)
    found: list[Mention] = []
    for sentence in sentences:
        found.extend(_person_spans(doc, sentence))
    return found


def _doubtful_sentences(doc: ArticleDoc, authors: list[Author]) -> list[Segment]:
    view = View.of(doc)
    author_names = {a.name for a in authors}
    sentences: list[Segment] = []
    for candidate in name_candidates(view):
        if not candidate.doubtful or view.surface(candidate.start, candidate.end) in author_names:
            continue
        sentence = view.sentence_of(candidate.start)
        if sentence is not None and sentence not in sentences:
            sentences.append(sentence)
    return sentences


def _person_spans(doc: ArticleDoc, sentence: Segment) -> list[Mention]:
    from underthesea import ner

    try:
        tagged = ner(sentence.text)
    except Exception as exc:  # noqa: BLE001 - a tagger failure on one sentence costs only its names
        doc.warn("ner_failed", f"underthesea ner: {type(exc).__name__}: {exc}", sentence.start, sentence.end)
        return []
    # BIO tags over the tagger's own words, placed back into the text one word at a time.
    spans: list[tuple[int, int]] = []
    cursor = sentence.start
    inside = False
    for word, *_, tag in tagged:
        placed = align(doc.text, [word], cursor, sentence.end)
        if not placed:
            inside = False
            continue
        cursor = placed[0].end
        if tag == "I-PER" and inside:
            spans[-1] = (spans[-1][0], placed[0].end)
        elif tag in ("B-PER", "I-PER"):
            spans.append((placed[0].start, placed[0].end))
        inside = tag in ("B-PER", "I-PER")
    return [Mention(start=start, end=end, text=doc.text[start:end]) for start, end in spans]

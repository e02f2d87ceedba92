"""Off-the-shelf baselines scored in the same run as the extractor, from the same article text.

- officials: every `PER` entity of underthesea's `ner`, run sentence by sentence (over a whole
  article it is slow, ~9 s per 10k characters), is an official with that name and no roles.
- dates: every hit of `dateparser.search.search_dates(text, languages=["vi"])` is a date (kind
  `date`) whose value is the day of the datetime it returns.
They cover only those two fact types; the text comes from `article.text` of the prediction lines
(`extractor extract --with-text`). Nothing is cached on disk.
"""

from __future__ import annotations

from extractor.document import split_lines
from extractor.records import ArticleFacts, ArticleMeta, DateMention, Mention, Official
from extractor.score.predictions import Predictions

NAME = "baseline"
COVERS = ("officials", "dates")


def _locate(text: str, piece: str, cursor: int, end: int) -> int:
    """Where `piece` starts at or after `cursor` (else anywhere before `end`), or -1."""
    found = text.find(piece, cursor, end)
    return found if found >= 0 else text.find(piece, 0, end)


def ner_officials(text: str) -> list[Official]:
    """One official per distinct PER name, with every mention underthesea tagged."""
    from underthesea import ner, sent_tokenize

    found: dict[str, Official] = {}
    for line in split_lines(text):
        cursor = line.start
        for sentence in sent_tokenize(line.text):
            for name in _person_names(ner(sentence)):
                start = _locate(text, name, cursor, line.end)
                official = found.setdefault(name, Official(name=name, rule="baseline:underthesea_ner"))
                if start >= 0:
                    official.mentions.append(Mention(start=start, end=start + len(name), text=name))
                    cursor = start + len(name)
    return list(found.values())


def _person_names(tagged: list[tuple[str, ...]]) -> list[str]:
    """Names of the B-PER/I-PER runs of underthesea's (word, pos, chunk, tag) tuples."""
    names: list[list[str]] = []
    inside = False
    for word, *_, tag in tagged:
        if tag == "B-PER" or (tag == "I-PER" and not inside):
            names.append([word])
            inside = True
        elif tag == "I-PER":
            names[-1].append(word)
        else:
            inside = False
    return [" ".join(words) for words in names]


def dateparser_dates(text: str) -> list[DateMention]:
    from dateparser.search import search_dates

    dates = []
    cursor = 0
    # search_dates returns None, not [], when it finds nothing.
    for surface, moment in search_dates(text, languages=["vi"]) or []:
        start = _locate(text, surface, cursor, len(text))
        if start >= 0:
            cursor = start + len(surface)
        dates.append(
            DateMention(
                text=surface,
                start=start if start >= 0 else None,
                end=start + len(surface) if start >= 0 else None,
                value=moment.date().isoformat(),
                kind="date",
                rule="baseline:dateparser",
            )
        )
    return dates


def baseline_facts(article_id: str, text: str) -> ArticleFacts:
    return ArticleFacts(
        article=ArticleMeta(id=article_id, text=text),
        officials=ner_officials(text),
        dates=dateparser_dates(text),
    )


def baseline_predictions(texts: dict[str, str]) -> Predictions:
    """The baseline system over the given article texts (articles with no text are simply absent)."""
    predictions = Predictions(name=NAME, covers=COVERS, article_attributes=False)
    for article_id, text in texts.items():
        predictions.lines[article_id] = baseline_facts(article_id, text)
    return predictions

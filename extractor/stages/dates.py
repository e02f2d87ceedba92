"""Stage `dates`: the dates of SPEC (days, ranges, periods). Rules arrive with issue 4."""

from __future__ import annotations

from extractor.document import ArticleDoc
from extractor.records import DateMention


def extract(doc: ArticleDoc) -> list[DateMention]:
    return []

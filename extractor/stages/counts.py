"""Stage `counts`: counts of models, organisations and people. Rules arrive with issue 6."""

from __future__ import annotations

from extractor.document import ArticleDoc
from extractor.records import Count


def extract(doc: ArticleDoc) -> list[Count]:
    return []

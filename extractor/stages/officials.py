"""Stage `officials`: people holding positions and their roles. Rules arrive with issue 5."""

from __future__ import annotations

from extractor.document import ArticleDoc
from extractor.records import Author, Official


def extract(doc: ArticleDoc, authors: list[Author]) -> list[Official]:
    return []

"""Stage `documents`: Party and State documents cited. Rules arrive with issue 4."""

from __future__ import annotations

from extractor.document import ArticleDoc
from extractor.records import DocumentRef


def extract(doc: ArticleDoc) -> list[DocumentRef]:
    return []

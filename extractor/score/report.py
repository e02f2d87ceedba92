"""The HTML report: one page, a section per gold article with its text twice, gold facts highlighted
on the left and one system's facts on the right, and the list of its hits and misses.

Every piece of article text, fact, id and score put into the page goes through `html.escape`, and
the page forbids scripts (Content-Security-Policy), so an article containing `<script>` shows it as
text. Gold facts without offsets are placed at the first occurrence of their text (GUIDE: `text` is
the first mention as written); officials and documents at every occurrence of their name or id.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from importlib import resources
from string import Template

from extractor.score.evaluate import ArticleResult, SystemResult
from extractor.score.match import FACT_TYPES, Item, TypeMatch, occurrences

# When marks overlap, the one that says more about an error is shown.
_PRIORITY = ("miss", "false", "hit", "optional")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css: str  # hit, miss, false, optional
    label: str  # tooltip


def highlight(text: str, marks: list[Mark]) -> str:
    """`text` escaped, with each mark's span wrapped in `<mark class=…>`; overlaps split at boundaries."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        piece = escape(text[start:end])
        if not covering:
            out.append(piece)
            continue
        best = min(covering, key=lambda m: _PRIORITY.index(m.css))
        label = escape("; ".join(dict.fromkeys(m.label for m in covering)))
        out.append(f'<mark class="{best.css}" title="{label}">{piece}</mark>')
    return "".join(out)


def _spans_of(item: Item, text: str, partner: Item | None = None) -> list[tuple[int, int]]:
    """Where an item sits in the text: its offsets, else where its text is found (for a gold fact
    paired with a prediction that has offsets, the occurrence overlapping the prediction's)."""
    if item.spans:
        return list(item.spans)
    every = item.fact_type in ("officials", "documents")
    found = list(occurrences(text, item.text))
    if partner is not None and partner.spans:
        near = [(s, e) for s, e in found if any(s < pe and ps < e for ps, pe in partner.spans)]
        if near:
            return near if every else near[:1]
    return found if every else found[:1]


def _label(item: Item, outcome: str) -> str:
    owner = f"{item.owner}: " if item.owner else ""
    return f"{outcome} {item.fact_type}: {owner}{item.text} [{item.shown_key}]"


def _marks(match: TypeMatch, text: str, side: str) -> list[Mark]:
    marks = []

    def add(item: Item, css: str, outcome: str, partner: Item | None = None) -> None:
        marks.extend(Mark(s, e, css, _label(item, outcome)) for s, e in _spans_of(item, text, partner))

    if side == "gold":
        for pair in match.hits:
            add(pair.gold, "hit", "TP", pair.pred)
        for item in match.missed:
            add(item, "miss", "FN")
        for pair in match.optional_hits:
            add(pair.gold, "optional", "optional", pair.pred)
        for item in match.optional_missed:
            add(item, "optional", "optional")
    else:
        for pair in match.hits:
            add(pair.pred, "hit", "TP")
        for item in match.spurious:
            add(item, "false", "FP")
        for pair in match.optional_hits:
            add(pair.pred, "optional", "optional")
    return marks


def _cell(item: Item | None) -> str:
    if item is None:
        return "<td></td>"
    owner = f"{escape(item.owner)}: " if item.owner else ""
    return f'<td>{owner}{escape(item.text)} <span class="key">[{escape(item.shown_key)}]</span></td>'


def _row(css: str, outcome: str, fact_type: str, gold: Item | None, pred: Item | None) -> str:
    return f'<tr class="{css}"><td>{outcome}</td><td>{fact_type}</td>{_cell(gold)}{_cell(pred)}</tr>'


def _fact_rows(article: ArticleResult, covers: tuple[str, ...]) -> str:
    """Errors first (FN, FP, wrong attributes), then hits and optional facts, by fact type."""
    rows, rest = [], []
    for fact_type in (t for t in FACT_TYPES if t in covers):
        match = article.matches[fact_type]
        rows += [_row("miss", "FN", fact_type, g, None) for g in match.missed]
        rows += [_row("false", "FP", fact_type, None, p) for p in match.spurious]
        rest += [_row("hit", "TP", fact_type, pair.gold, pair.pred) for pair in match.hits]
        rest += [_row("optional", "opt", fact_type, pair.gold, pair.pred) for pair in match.optional_hits]
        rest += [_row("optional", "opt", fact_type, g, None) for g in match.optional_missed]
    for check in article.checks + article.article_checks:
        if not check.correct:
            what = escape(f"{check.fact_type}.{check.attribute}") + (
                f" of {escape(check.fact)}" if check.fact else ""
            )
            rows.append(
                f'<tr class="attr"><td>attr</td><td>{what}</td>'
                f"<td>{escape(str(check.gold))}</td><td>{escape(str(check.pred))}</td></tr>"
            )
    header = "<tr><th></th><th>fact</th><th>gold</th><th>predicted</th></tr>"
    return f'<table class="facts">{header}{"".join(rows + rest)}</table>'


def _article_section(number: int, article: ArticleResult, result: SystemResult, text: str | None) -> str:
    tally = {"TP": 0, "FN": 0, "FP": 0}
    for fact_type in result.covers:
        match = article.matches[fact_type]
        tally["TP"] += len(match.hits)
        tally["FN"] += len(match.missed)
        tally["FP"] += len(match.spurious)
    summary = " · ".join(f"{k} {v}" for k, v in tally.items())
    status = f" — {escape(article.reason)}" if article.reason else ""
    parts = [
        f'<section class="article" id="a{number}"><h2>{escape(article.id)}</h2>',
        f"<p>{summary}{status}</p>",
    ]
    if text is None:
        parts.append(
            "<p>No article text in the predictions (run <code>extractor extract --with-text</code>).</p>"
        )
    else:
        gold_marks = [m for t in result.covers for m in _marks(article.matches[t], text, "gold")]
        pred_marks = [m for t in result.covers for m in _marks(article.matches[t], text, "pred")]
        parts.append(
            '<div class="sides">'
            f'<div><h3>gold</h3><div class="text">{highlight(text, gold_marks)}</div></div>'
            f'<div><h3>{escape(result.name)}</h3><div class="text">{highlight(text, pred_marks)}</div></div>'
            "</div>"
        )
    parts.append(_fact_rows(article, result.covers))
    parts.append("</section>")
    return "\n".join(parts)


def render_report(result: SystemResult, texts: dict[str, str], scores: str) -> str:
    """The report page for one system; `texts` the normalized article texts by id, `scores` the tables."""
    template = Template(
        resources.files("extractor.score").joinpath("report.html").read_text(encoding="utf-8")
    )
    nav = " ".join(f'<a href="#a{i}">{escape(a.id)}</a>' for i, a in enumerate(result.articles))
    sections = "\n".join(
        _article_section(i, article, result, texts.get(article.id))
        for i, article in enumerate(result.articles)
    )
    return template.substitute(
        title=escape(f"Scores of {result.name} against the gold set"),
        system=escape(result.name),
        scores=escape(scores),
        nav=nav,
        articles=sections,
    )

"""Stage `counts`: figures that count models, organisations, people and households.

A count is a number (digit groups `1.079`, leading zeros `01`, words `hai mươi mốt`), or a ratio
`10/11` or a range `từ 3 đến 5`, followed at once by a counted noun (data/count_units.txt). Around
it the stage reads the status of what is counted (data/count_status.toml), whether the count is an
item of a breakdown of the total before it, the item's category, and a percentage that qualifies it
(data/count_rules.toml). Sentences are read in passages, so that a breakdown may follow its total
in the next sentence (`Trong đó, …`, `Về phát triển kinh tế có 19 mô hình; …`) or on the lines of a
list (`trong đó:` / `- Lĩnh vực phát triển kinh tế: 412 mô hình;`), or one sentence per field, each
opening with its field (`Ở lĩnh vực kinh tế, các địa phương đã xây dựng 628 mô hình. Trên lĩnh vực …`).
A total may say its unit before a bare number (`số mô hình được công nhận là 1.208, …`). A list is
opened by a breakdown word (`trong đó`, `gồm`, `cụ thể`, `với`), a parenthesis, a colon, `Trong số N
…`, or, for items
that each name their field and add up, the end of the total's clause. A breakdown whose items do
not add up to its total is reported as a `count_sum_mismatch` warning. A total may also come after
its parts (`…. Như vậy, tổng số … là 3.496 mô hình`, when they add up), and names may be paired
with numbers after `lần lượt là`. Items that name places (`Sóc Trăng 684, …`, `Các quận Hải Châu, …
lần lượt là …`) are subsets by area: counts with no category and no part_of. A status said once
(a heading before a colon, `Trong số mô hình được công nhận, …`, an elliptic `năm 2023 là 52 tập
thể`) reaches figures with none of their own.
Money, dates, durations, ordinals and document numbers never reach a counted noun, so they are not
counts. A table printed as pipe rows (`| Kinh tế | 148 | 121 |`) is read by row and column: each
whole number in a column of counts is a count with the column's status and unit (heading, caption,
or the prose before the table) and its row's label as category, a part of the column's `Tổng cộng`
or of the same total said in the prose (data/count_tables.toml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from extractor import lexicons
from extractor.document import ArticleDoc, Segment
from extractor.records import Count, CountStatus

_FLAGS = regex.VERBOSE | regex.IGNORECASE
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?!\d)|\d+"  # Vietnamese groups thousands with dots: 1.079, 12.345


@dataclass(eq=False)
class _Figure:
    """A count while its article is read; it becomes a `Count` once every sentence is done."""

    start: int
    end: int
    value: int
    total: int | None
    value_max: int | None
    unit: str
    rule: str
    weak: bool = False
    in_title: bool = False
    status: CountStatus | None = None
    own_status: bool = False
    category: str | None = None
    percent: float | None = None
    parent: _Figure | None = None
    split: bool = False  # its breakdown has been read
    area_of: int | None = None  # a subset by area: the least its total can be (the subsets' sum)


def extract(doc: ArticleDoc) -> list[Count]:
    figures: list[_Figure] = []
    for sentence in _passages(doc):
        found = _figures_in(doc, sentence)
        _read_statuses(doc, sentence, found)
        found = _read_respectively(doc, sentence, found)
        found = _read_unitless_items(doc, sentence, found)
        _read_breakdowns(doc, sentence, found)
        _read_percents(doc, sentence, found)
        figures.extend(found)
    _read_totals_after_parts(doc, figures)
    _inherit_statuses(doc, figures)
    figures.extend(_read_tables(doc, figures))
    return _to_counts(doc, _merge_restated(figures))


# --- passages -----------------------------------------------------------------------------------------


@cache
def _continuation_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    config = lexicons.table("count_rules")["passage"]
    openers = lexicons.alternation([*config["openers"], *config["field_sentence_openers"]])
    bullets = regex.escape("".join(config["bullets"]))
    opener = regex.compile(rf"^(?:{openers})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)
    bullet = regex.compile(rf"^(?:[{bullets}]|[a-zđ\d]\)|\d+\.(?!\d))\s*", regex.IGNORECASE)
    return opener, bullet


def _passages(doc: ArticleDoc) -> list[Segment]:
    """Sentences read together, so that a breakdown written after its total's sentence is seen:
    `… có 1.120 mô hình. Trong đó, lĩnh vực kinh tế 412 mô hình, …` and the lines of a list
    (`trong đó:` / `- Lĩnh vực phát triển kinh tế: 412 mô hình;` / `- …`)."""
    opener, bullet = _continuation_patterns()
    passages: list[Segment] = []
    in_list = False  # the passage opened a list with a colon; its lines join while they look listed
    after_table = False  # a table's rows are read as a table (`_read_tables`), and end the passage
    for sentence in doc.sentences:
        if _TABLE_ROW.match(doc.text, _line_start(doc, sentence.start)):
            after_table = True
            continue
        previous = passages[-1] if passages and not after_table else None
        after_table = False
        last_mark = previous.text.rstrip()[-1:] if previous is not None else ""
        listed = bullet.match(sentence.text) is not None or last_mark in (",", ";")
        if previous is not None and (
            last_mark == ":" or opener.match(sentence.text) is not None or (in_list and listed)
        ):
            passages[-1] = Segment(previous.start, sentence.end, doc.text[previous.start : sentence.end])
            in_list = in_list or last_mark == ":"
        else:
            passages.append(sentence)
            in_list = False
    return passages


# --- numbers and counted nouns -------------------------------------------------------------------


@cache
def _numerals() -> dict[str, Any]:
    return lexicons.table("number_words")


@cache
def _count_pattern() -> regex.Pattern:
    numerals = _numerals()
    word_list = [
        *numerals["units"],
        *numerals["units_after_tens"],
        numerals["tens"]["ten"],
        numerals["tens"]["multiplier"],
        *numerals["tens"]["zero"],
        *numerals["multipliers"],
    ]
    word = lexicons.alternation(word_list)
    number = rf"(?:{_DIGITS}|(?:{word})(?:\s+(?:{word}))*(?![\p{{L}}\p{{M}}]))"
    units = lexicons.alternation(lexicons.words("count_units"))
    config = lexicons.table("count_rules")["unit"]
    not_followed_by = lexicons.alternation(config["not_followed_by"])
    not_words = lexicons.alternation(config["not_words"])
    unit_start = rf"(?!(?:{not_words})(?![\p{{L}}\p{{M}}]))"
    unit_end = rf"(?![\p{{L}}\p{{M}}\p{{N}}])(?!\s+(?:{not_followed_by})(?![\p{{L}}\p{{M}}]))"
    # A unit coordinated after a comma is lower case in running text; `9.876 hội viên, Huyện …`
    # starts a new clause.
    unit = rf"{unit_start}(?:{units}){unit_end}(?:\s*,\s*{unit_start}(?-i:{units}){unit_end})*"
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{M}}\p{{N}}/.,:\-–])    # not inside a word, a date, a code or a decimal
        (?:(?P<range_from>từ)\s+)?
        (?P<value>{number})
        (?:
            \s*/\s*(?P<total>{_DIGITS})(?![/\d])          # a ratio: 10/11 đảng bộ, 665/665
          | \s+(?:đến|tới)\s+(?P<max>{number})            # a range: từ 3 đến 5 mô hình
          | \s*[-–]\s*(?P<max_digits>{_DIGITS})(?![/\d])  # a range: 3 - 5 mô hình
        )?
        \s+
        (?P<unit>{unit})          # one unit or coordinated ones: đảng bộ, chi bộ cơ sở
        """,
        _FLAGS,
    )


@cache
def _not_after_pattern() -> regex.Pattern:
    config = lexicons.table("count_rules")["not_after"]
    words = lexicons.alternation(config["words"])
    # `tổng số 58 mô hình` is a total, though `số 7` is an address.
    allowed = "".join(rf"(?<!{regex.escape(e.rsplit(' ', 1)[0])}\s)" for e in config["allowed"])
    return regex.compile(rf"(?:^|[^\p{{L}}\p{{M}}]){allowed}(?:{words})\s*$", regex.IGNORECASE)


def number_value(written: str) -> int | None:
    """The integer a number written in digits (`1.079`, `01`) or in words (`hai mươi mốt`) says."""
    if written[0].isdigit():
        return int(written.replace(".", ""))
    return _words_value(written.lower().split())


def _is_weak(written: str) -> bool:
    """`một`, `năm` alone are more often the article "a" and the noun "year" than numbers."""
    return written.lower() in _numerals()["not_alone"]["words"]


def _words_value(words: list[str]) -> int | None:
    numerals = _numerals()
    big = {w: v for w, v in numerals["multipliers"].items() if v >= 1000}
    value, group = 0, []
    for word in words:
        if word in big:
            below = _below_thousand(group)
            if not below:  # `nghìn` alone (`hàng nghìn`) is no number
                return None
            value, group = value + below * big[word], []
        else:
            group.append(word)
    if group:
        below = _below_thousand(group)
        if below is None:
            return None
        value += below
    return value or None


def _below_thousand(words: list[str]) -> int | None:
    numerals = _numerals()
    hundred = next((w for w, v in numerals["multipliers"].items() if v == 100), None)
    if hundred not in words:
        return _below_hundred(words)
    at = words.index(hundred)
    if at != 1 or words[0] not in numerals["units"]:
        return None
    rest = words[at + 1 :]
    below = _below_hundred(rest) if rest else 0
    return None if below is None else numerals["units"][words[0]] * 100 + below


def _below_hundred(words: list[str]) -> int | None:
    numerals = _numerals()
    units, tens = numerals["units"], numerals["tens"]
    if len(words) == 1 and words[0] in units:
        return units[words[0]]
    if len(words) == 2 and words[0] in tens["zero"] and words[1] in units:
        return units[words[1]]  # `linh năm` in `một trăm linh năm`
    if words and words[0] == tens["ten"]:
        value, tail = 10, words[1:]
    elif len(words) >= 2 and words[0] in units and words[1] == tens["multiplier"] and units[words[0]] >= 2:
        value, tail = units[words[0]] * 10, words[2:]
    else:
        return None
    if not tail:
        return value
    if len(tail) != 1:
        return None
    last = tail[0]
    if last in numerals["units_after_tens"] and not (value == 10 and numerals["units_after_tens"][last] == 1):
        return value + numerals["units_after_tens"][last]
    if last in units and units[last] > 0:
        return value + units[last]
    return None


def _figures_in(doc: ArticleDoc, sentence: Segment) -> list[_Figure]:
    figures = []
    title_start, title_end = doc.header.title_start, doc.header.title_end
    for match in _count_pattern().finditer(doc.text, sentence.start, sentence.end):
        if _not_after_pattern().search(doc.text[max(0, match.start() - 30) : match.start()]):
            continue
        figure = _figure(match)
        if figure is not None:
            figure.in_title = title_start is not None and title_start <= figure.start < (title_end or 0)
            figures.append(figure)
    # A lone `một` is a number when listed with another figure: `biểu dương một tập thể và ba cá nhân`.
    listed = {id(f) for group in _groups(doc, figures) if any(not f.weak for f in group) for f in group}
    figures = [f for f in figures if not f.weak or id(f) in listed]
    taken = {f.start for f in figures}
    for match in _unit_before_pattern().finditer(doc.text, sentence.start, sentence.end):
        # `số mô hình thuộc lĩnh vực kinh tế là 400` names a field: an item, read with its list.
        field = _field_lead_pattern().search(match["between"]) or _THUOC.search(match["between"])
        if match.start("value") not in taken and not field:
            unit = regex.sub(r"\s+", " ", match["unit"]).lower()
            value = int(match["value"].replace(".", ""))
            start, end = match.span("value")
            figures.append(_Figure(start, end, value, None, None, unit, "counts:unit_before"))
    return sorted(figures, key=lambda f: f.start)


_THUOC = regex.compile(r"(?<![\p{L}\p{M}])thuộc(?![\p{L}\p{M}])", regex.IGNORECASE)


@cache
def _unit_before_pattern() -> regex.Pattern:
    """A total whose unit is said before it, with no counted noun after the number: `số mô hình
    được công nhận là 1.208, đạt 78,6%` (GUIDE: it takes the unit of `số mô hình`). Only a bare
    number ending its clause is read so: `số mô hình … là 1.208 mô hình` is an ordinary count."""
    units = lexicons.alternation(lexicons.words("count_units"))
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{M}}])số\s+(?P<unit>{units})(?![\p{{L}}\p{{M}}])
        (?P<between>[^\d,;:.()“”"]{{0,60}}?)(?<![\p{{L}}\p{{M}}])(?:là|đạt|có)\s+
        (?P<value>{_DIGITS})(?![\d/]|\s*%|[.,]\d)(?=\s*(?:[,;:.)]|$))""",
        _FLAGS,
    )


def _figure(match: regex.Match) -> _Figure | None:
    value = number_value(match["value"])
    if not value:
        return None
    total = int(match["total"].replace(".", "")) if match["total"] else None
    written_max = match["max"] or match["max_digits"]
    value_max = number_value(written_max) if written_max else None
    if total is not None and not 0 < value <= total:
        return None  # `30/6` is a date, not a share
    if value_max is not None and value_max <= value:
        return None
    # `từ 20 xã` (from 20 communes) is no range: the count starts at its number.
    start = match.start("value") if match["range_from"] and value_max is None else match.start()
    if value_max is not None:
        rule = "counts:range"
    elif total is not None:
        rule = "counts:ratio"
    else:
        rule = "counts:digits" if match["value"][0].isdigit() else "counts:words"
    unit = regex.sub(r"\s+", " ", regex.sub(r"\s*,\s*", ", ", match["unit"])).lower()
    weak = total is None and value_max is None and _is_weak(match["value"])
    return _Figure(start, match.end(), value, total, value_max, unit, rule, weak=weak)


# --- status ----------------------------------------------------------------------------------------


@cache
def _status_table() -> tuple[dict[str, CountStatus | None], dict[str, CountStatus]]:
    """Status of every status phrase (None for the phrases that only look like one), and the
    phrases said right before a figure only."""
    config = lexicons.table("count_status")
    phrases: dict[str, CountStatus | None] = {}
    for status, entries in config["phrases"].items():
        phrases.update({e.lower(): status for e in entries})
    phrases.update({e.lower(): None for e in config["not_status"]["phrases"]})
    before_only = {e.lower(): s for s, entries in config["before_only"].items() for e in entries}
    return phrases, before_only


@cache
def _status_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    phrases, before_only = _status_table()
    config = lexicons.table("count_status")
    anywhere = rf"(?<![\p{{L}}\p{{M}}])(?:{lexicons.alternation(list(phrases))})(?![\p{{L}}\p{{M}}])"
    before = lexicons.alternation([*phrases, *before_only])
    fillers = lexicons.alternation(config["before_fillers"]["words"])
    # The award's giver may be named between it and the figure: `Bằng khen của Chủ tịch UBND tỉnh cho`.
    giver = r"\s+của\s+[^,;:.\d“”()]{1,60}?(?=\s)"
    right_before = (
        rf"(?<![\p{{L}}\p{{M}}])(?P<status>{before})(?:{giver})?(?:\s+(?:{fillers})|\s*“[^”]{{0,80}}”)*\s*$"
    )
    return regex.compile(anywhere, regex.IGNORECASE), regex.compile(right_before, regex.IGNORECASE)


def _rank(status: CountStatus) -> int:
    return lexicons.table("count_status")["rank"].index(status)


def _best(statuses: list[CountStatus | None]) -> CountStatus | None:
    known = [s for s in statuses if s is not None]
    return min(known, key=_rank) if known else None


@cache
def _clause_end_pattern() -> regex.Pattern:
    """Where the words after a figure stop speaking about it: the end of its clause, a
    parenthesis, or the start of a breakdown (whose items have statuses of their own)."""
    config = lexicons.table("count_rules")["breakdown"]
    markers = lexicons.alternation([*config["with_category"], *config["by_unit"]])
    return regex.compile(
        rf"[;:()]|\.(?!\d)|(?<![\p{{L}}\p{{M}}])(?:{markers})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE
    )


_AFTER_WINDOW = 120
_NEW_CLAUSE = regex.compile(r"[,;]|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}])")


def _read_statuses(doc: ArticleDoc, sentence: Segment, figures: list[_Figure]) -> None:
    phrases, before_only = _status_table()
    anywhere, right_before = _status_patterns()
    leads: dict[int, CountStatus | None] = {}  # the status said right before each figure
    lead_starts: list[int | None] = []
    for i, figure in enumerate(figures):
        previous_end = figures[i - 1].end if i else sentence.start
        before = right_before.search(doc.text, previous_end, figure.start)
        lead: CountStatus | None = None
        if before and not _proposed(doc.text[previous_end : before.start()]):
            said = regex.sub(r"\s+", " ", before["status"].lower())
            lead = phrases.get(said) or before_only.get(said)
        leads[id(figure)] = lead
        lead_starts.append(before.start("status") if before else None)
    for i, figure in enumerate(figures):
        next_start = figures[i + 1].start if i + 1 < len(figures) else sentence.end
        # The verb that opens the next clause, right before the next figure, is that figure's
        # (`xây dựng mới 215 mô hình, tiếp tục củng cố, duy trì 1.200 mô hình`); said with no break
        # after a ratio it is the ratio's too (`25/25 xã đã đăng ký … với tổng số 58 mô hình`: how
        # many of the communes registered), but a plain count before it is only the verb's subject
        # (`4 đơn vị trong cụm duy trì 286 tổ tự quản`: the units are not maintained).
        next_lead = lead_starts[i + 1] if i + 1 < len(figures) else None
        if (
            next_lead is not None
            and figure.total is not None
            and not _NEW_CLAUSE.search(doc.text, figure.end, next_lead)
        ):
            next_lead = None
        end = min(next_start if next_lead is None else next_lead, figure.end + _AFTER_WINDOW)
        after = doc.text[figure.end : max(figure.end, end)]
        clause_end = _clause_end_pattern().search(after)
        after = after[: clause_end.start()] if clause_end else after
        # What follows a share speaks of its base: `3.496 mô hình, đạt 57% số mô hình đăng ký`.
        share = _share_pattern().search(after)
        after = after[: share.start()] if share else after
        owned = _owned_pattern().search(after)
        after = after[: owned.start()] if owned else after
        found = [leads[id(figure)]]
        found.extend(
            phrases.get(regex.sub(r"\s+", " ", m.group().lower()))
            for m in anywhere.finditer(after)
            if not _proposed(after[: m.start()])  # `5 cá nhân được đề nghị Bộ trưởng tặng Bằng khen`
        )
        figure.status = _best(found)
        figure.own_status = figure.status is not None
    for group in _groups(doc, figures):
        # The verb before a list governs all of it (`tặng Giấy khen cho 34 tập thể và 41 cá nhân là
        # điển hình …`): an item's own weaker status does not override it.
        lead = leads[id(group[0])]
        shared = _best([f.status for f in group])
        for figure in group:
            figure.status = _best([figure.status, lead]) or shared
    _read_said_once(doc, sentence, figures)


def _statuses_in(text: str) -> CountStatus | None:
    """The best status said in `text`, not counting those asked for or planned."""
    phrases, _ = _status_table()
    anywhere, _ = _status_patterns()
    return _best(
        [
            phrases.get(regex.sub(r"\s+", " ", m.group().lower()))
            for m in anywhere.finditer(text)
            if not _proposed(text[: m.start()])
        ]
    )


def _unit_named(unit: str, text: str) -> bool:
    pattern = rf"(?<![\p{{L}}\p{{M}}]){regex.escape(unit)}(?![\p{{L}}\p{{M}}])"
    return regex.search(pattern, text, regex.IGNORECASE) is not None


_BRACKETED = regex.compile(r"\(\s*$")
_AFTER_IS = regex.compile(r"(?<![\p{L}\p{M}])là\s*$", regex.IGNORECASE)


def _read_said_once(doc: ArticleDoc, sentence: Segment, figures: list[_Figure]) -> None:
    """Statuses said once for figures that carry none of their own:
    - a count in parentheses after its noun phrase (`được chọn làm điển hình cấp huyện (87 mô hình)`);
    - a series after a heading that names the unit and its status (`số mô hình đăng ký tăng qua
      từng năm: năm 2021 có 1.126 mô hình, năm 2022 có …`);
    - a frame that names them first (`Trong số mô hình được công nhận, vùng … có 58 mô hình`,
      `tổng số mô hình được công nhận giai đoạn 2021 - 2025 là 3.496 mô hình`);
    - an elliptic clause (`năm 2022 tặng Bằng khen cho 45 tập thể; năm 2023 là 52 tập thể`), which
      repeats the verb of the figure of its unit before it."""
    for k, figure in enumerate(figures):
        if figure.status is not None:
            continue
        clause_start = max(doc.text.rfind(mark, sentence.start, figure.start) for mark in ".;:") + 1
        clause_start = max(clause_start, sentence.start, figures[k - 1].end if k else 0)
        before = doc.text[clause_start : figure.start]
        status = None
        if _BRACKETED.search(before) and regex.match(r"\s*\)", doc.text[figure.end :]):
            opened = doc.text.rfind("(", clause_start, figure.start)
            status = _statuses_in(doc.text[max(clause_start, opened - _AFTER_WINDOW) : opened])
        if status is None:
            status = _heading_status(doc, sentence, figure)
        framed = _frame_pattern().match(before) or _AFTER_IS.search(before)
        if status is None and framed and "số" in before.lower().split() and _unit_named(figure.unit, before):
            status = _statuses_in(before)
        if status is None and _AFTER_IS.search(before):
            status = next((f.status for f in reversed(figures[:k]) if f.unit == figure.unit), None)
        figure.status = status


def _heading_status(doc: ArticleDoc, sentence: Segment, figure: _Figure) -> CountStatus | None:
    """The status of the heading a colon closes before the figure, in its sentence, when the
    heading names the figure's unit."""
    colon = doc.text.rfind(":", sentence.start, figure.start)
    if colon < 0 or _SENTENCE_END.search(doc.text, colon, figure.start):
        return None
    start = max(doc.text.rfind(mark, sentence.start, colon) for mark in ".;") + 1
    heading = doc.text[max(start, sentence.start) : colon]
    return _statuses_in(heading) if _unit_named(figure.unit, heading) else None


@cache
def _frame_pattern() -> regex.Pattern:
    """`Trong số mô hình được công nhận, …`: a frame that names the unit before its figures."""
    leads = lexicons.alternation(lexicons.table("count_rules")["breakdown"]["before_total"])
    return regex.compile(rf"\s*(?:{leads})\s+(?:các\s+|những\s+)?[^\d]*$", regex.IGNORECASE)


@cache
def _proposed_pattern() -> regex.Pattern:
    words = lexicons.alternation(lexicons.table("count_status")["proposed"]["words"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{words})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _proposed(before: str) -> bool:
    """The status verb is asked for or planned in its clause, not done (`đề nghị Ban Dân vận
    Tỉnh ủy xem xét, công nhận 09 mô hình`): the models have no status yet."""
    clause = regex.split(r"[.;:]", before)[-1]
    return _proposed_pattern().search(clause) is not None


@cache
def _owned_pattern() -> regex.Pattern:
    """`159/161 xã … có mô hình được công nhận`: what follows `có mô hình` is said of the models."""
    owners = lexicons.alternation(lexicons.table("count_status")["owned"]["words"])
    units = lexicons.alternation(lexicons.words("count_units"))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:{owners})\s+(?:các\s+|những\s+|nhiều\s+)?(?:{units})(?![\p{{L}}\p{{M}}])",
        regex.IGNORECASE,
    )


@cache
def _holding_pattern() -> regex.Pattern:
    words = lexicons.alternation(lexicons.table("count_status")["inherited"]["before"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{words})\s+$", regex.IGNORECASE)


def _inherit_statuses(doc: ArticleDoc, figures: list[_Figure]) -> None:
    """A figure that only says how many of the models a place or group has (`Riêng 5 xã … có 126 mô
    hình`, `các phường có 158 mô hình`, `Ở mỗi huyện … có từ 120 đến 310 mô hình` after the list of
    a total) counts some of the nearest total of its unit before it and takes its status, as the
    parts of a breakdown do (GUIDE: parts take the status of their total)."""
    for k, figure in enumerate(figures):
        if figure.status is not None or figure.parent is not None:
            continue
        if figure.area_of is not None:
            # Subsets by area drawn from a total said before (`Các huyện … dẫn đầu với lần lượt 384,
            # 352 và 331 mô hình`): the nearest total of their unit that holds them all.
            drawn = next(
                (
                    t
                    for t in reversed(figures[:k])
                    if t.parent is None
                    and t.area_of is None
                    and t.total is None
                    and t.unit == figure.unit
                    and t.value >= figure.area_of
                ),
                None,
            )
            figure.status = drawn.status if drawn is not None else None
            continue
        if not _holding_pattern().search(doc.text, max(0, figure.start - 20), figure.start):
            continue
        reach = lexicons.table("count_status")["inherited"]["reach"]
        for total in reversed(figures[:k]):
            if figure.start - total.end > reach:
                break
            if total.parent is not None or not _is_item_unit(figure.unit, total.unit):
                continue
            if total.status is not None and total.total is None and figure.value <= total.value:
                figure.status = total.status
            break  # the nearest total of the unit decides


@cache
def _joiner_pattern() -> regex.Pattern:
    joiners = lexicons.alternation(lexicons.table("count_rules")["group"]["joiners"])
    return regex.compile(rf"\s*(?:{joiners})\s*", regex.IGNORECASE)


def _groups(doc: ArticleDoc, figures: list[_Figure]) -> list[list[_Figure]]:
    """Figures listed together (`26 tập thể và 24 cá nhân thuộc 15 cơ sở`), which share a status."""
    groups: list[list[_Figure]] = []
    for i, figure in enumerate(figures):
        if i and _joiner_pattern().fullmatch(doc.text, figures[i - 1].end, figure.start):
            groups[-1].append(figure)
        else:
            groups.append([figure])
    return [g for g in groups if len(g) > 1]


# --- breakdowns --------------------------------------------------------------------------------------


@cache
def _marker_pattern() -> regex.Pattern:
    config = lexicons.table("count_rules")["breakdown"]
    with_category = lexicons.alternation(config["with_category"])
    by_unit = lexicons.alternation(config["by_unit"])
    sum_only = lexicons.alternation(config["sum_only"])
    # `Xét theo chủ thể thực hiện, …`: the criterion a split is by is no category of its first item.
    criterion = rf"(?:{lexicons.alternation(config['by_criterion'])})\s+[^,:;.\d()]{{1,40}}?[,:]"
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{M}}])
        (?:(?P<by_criterion>{criterion})|(?P<with_category>{with_category})|(?P<by_unit>{by_unit})|(?P<sum_only>{sum_only}))
        (?![\p{{L}}\p{{M}}])\s*:?""",
        _FLAGS,
    )


@cache
def _lead_pattern() -> regex.Pattern:
    leads = lexicons.alternation(lexicons.table("count_rules")["breakdown"]["before_total"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{leads})\s+$", regex.IGNORECASE)


def _has_strong_marker(text: str) -> bool:
    """A breakdown word other than `với`, which may only go with what it follows."""
    return any(m.lastgroup != "sum_only" for m in _marker_pattern().finditer(text))


# A parenthesis opened in the total's own clause (`98 mô hình được công nhận (cấp tỉnh 18, …)`),
# or a colon closing it (`307 mô hình: kinh tế 120 mô hình, …`).
_PAREN_AFTER_TOTAL = regex.compile(r"[^;:.()]{0,80}?\(")
_COLON_AFTER_TOTAL = regex.compile(r"[^;:.(),]{0,60}:")
_FAR_COLON_AFTER_TOTAL = regex.compile(r"[^;:.()]{0,120}:")
# A number in a parenthesis that is not a share: `(cấp tỉnh 18, …)` holds items, `(98,5%)` does not.
_ITEM_NUMBER = regex.compile(rf"(?<![\d.,])(?:{_DIGITS})(?![\d,]*\s*%)")


_SENTENCE_END = regex.compile(r"\.(?!\d)\s+(?![-–+•*·])")
# The end of a clause or sentence with a number after it.
_CLAUSE_BOUNDARY = regex.compile(r"(?:;|\.(?!\d))(?=[^;.]*?\d)")


@dataclass(frozen=True)
class _Opening:
    """Where the list of a total's items starts, how it was opened, and where a parenthesis closes it."""

    start: int
    marker_start: int  # where the marker, colon or parenthesis is written
    # `paren`, `colon`, `far_colon`, `boundary`, or the marker's group: `with_category`, `by_unit`,
    # `sum_only`, `by_criterion`; items after `sum_only`, `boundary`, `by_criterion`, `far_colon` must add up.
    kind: str
    close: int | None = None


def _list_opening(doc: ArticleDoc, total: _Figure, region_end: int, sentence_end: int) -> _Opening | None:
    paren = _PAREN_AFTER_TOTAL.match(doc.text, total.end, region_end)
    if paren:
        close = doc.text.find(")", paren.end(), sentence_end)
        close = close if close >= 0 else sentence_end
        if _ITEM_NUMBER.search(doc.text, paren.end(), close):
            # `(trong đó: 510 mô hình kinh tế, …)`: the list starts after the marker.
            marker = _marker_pattern().match(doc.text, _skip_spaces(doc, paren.end()), close)
            return _Opening(marker.end() if marker else paren.end(), paren.end() - 1, "paren", close)
    markers = list(_marker_pattern().finditer(doc.text, total.end, region_end))
    if markers:
        marker = markers[-1]
        return _Opening(marker.end(), marker.start(), marker.lastgroup or "with_category")
    colon = _COLON_AFTER_TOTAL.match(doc.text, total.end, region_end)
    if colon:
        return _Opening(colon.end(), colon.end() - 1, "colon")
    # A colon after a longer clause (`3.268 mô hình … được các cấp công nhận, phân bổ ở bốn lĩnh vực:
    # kinh tế 1.412 mô hình, …`) opens a list that must add up, as one with no word to open it.
    colon = _FAR_COLON_AFTER_TOTAL.match(doc.text, total.end, region_end)
    if colon:
        return _Opening(colon.end(), colon.end() - 1, "far_colon")
    if _lead_pattern().search(doc.text, max(0, total.start - 20), total.start):
        return _Opening(total.end, total.start, "with_category")  # `Trong số 1.250 mô hình …, có 520 …`
    # Items in the next clause or sentence with no word to open them (`… có 312 mô hình được công
    # nhận. Trên lĩnh vực phát triển kinh tế có 141 mô hình; …`) must add up to the total and each
    # name its field or level.
    boundary = _CLAUSE_BOUNDARY.search(doc.text, total.end, sentence_end)
    if boundary and boundary.start() < region_end:
        return _Opening(boundary.end(), boundary.start(), "boundary")
    return None


def _skip_spaces(doc: ArticleDoc, at: int) -> int:
    while at < len(doc.text) and doc.text[at].isspace():
        at += 1
    return at


@cache
def _unitless_item_pattern() -> regex.Pattern:
    """`cấp huyện 867`, `Kinh tế: 120`: a category then a number that no counted noun follows."""
    bullets = regex.escape("".join(lexicons.table("count_rules")["passage"]["bullets"]))
    return regex.compile(
        rf"""\s*(?:[{bullets}]\s*)?
        (?P<category>[^\d;:.()“”"\n]{{2,60}}?)(?:\s*:\s*|\s+)(?P<value>{_DIGITS})
        (?=\s*(?:[,;.)\n]|$)|\s+và(?![\p{{L}}\p{{M}}]))""",
        _FLAGS,
    )


# Between two unitless items: a comma, semicolon or `và`, or the end of a line of a list.
_ITEM_SEPARATOR = regex.compile(r"\s*(?:,\s*và|[,;]|và(?![\p{L}\p{M}])|\.?\s*(?=\n))")


def _read_unitless_items(doc: ArticleDoc, sentence: Segment, figures: list[_Figure]) -> list[_Figure]:
    """Items that give their category and number only, their unit being the total's: `3.512 mô
    hình …, trong đó cấp tỉnh 145, cấp huyện 867, cấp xã 2.500`. Without a unit to go by, they are
    taken only when two or more follow a breakdown marker (or a parenthesis) and add up to the total."""
    added: list[_Figure] = []
    for _, total, following in _totals(doc, figures):
        region_end = figures[following].start if following is not None else sentence.end
        opening = _list_opening(doc, total, region_end, sentence.end)
        colon = _COLON_AFTER_TOTAL.match(doc.text, total.end, region_end)
        if colon and opening is not None and colon.end() < opening.marker_start:
            # A colon closing the total's clause opens its items before a later split by criterion
            # (`1.942 mô hình …: Sóc Trăng 684, …. Xét theo chủ thể thực hiện, …`).
            opening = _Opening(colon.end(), colon.end() - 1, "colon")
        if opening is None:
            continue
        at = opening.start
        items: list[_Figure] = []
        written_from: list[int] = []  # where each item's category is written
        while True:
            following_figure = next((f for f in figures if f.start >= at and f is not total), None)
            region_end = following_figure.start if following_figure is not None else sentence.end
            item = _item_with_unit(doc, following_figure, total, at)
            item = item or _unitless_item(doc, total, at, region_end)
            if item is None:
                break
            items.append(item)
            written_from.append(at)
            separator = _ITEM_SEPARATOR.match(doc.text, item.end, sentence.end)
            if separator is None or not separator.group():
                break
            at = separator.end()
        if len(items) < 2 or all(item.rule != "counts:unitless" for item in items):
            for item in items:
                if item.rule != "counts:unitless":
                    item.category = None  # left to the breakdown reader
            continue
        adds_up = sum(item.value for item in items) == total.value
        if not adds_up and not all(
            _field_led(doc, at, item.end) for at, item in zip(written_from, items, strict=True)
        ):
            for item in items:
                if item.rule != "counts:unitless":
                    item.category = None
            continue
        if all(_is_area(item.category) for item in items):
            # Subsets by area (`: Sóc Trăng 684, Trà Vinh 612, …`) are counts of the total's models
            # with no category and no part_of (GUIDE); the total may still be split another way.
            for item in items:
                item.category, item.parent, item.area_of = None, None, sum(i.value for i in items)
            added.extend(item for item in items if item.rule == "counts:unitless")
            continue
        _attach(doc, total, items)
        added.extend(item for item in items if item.rule == "counts:unitless")
    return sorted([*figures, *added], key=lambda f: f.start)


def _item_with_unit(doc: ArticleDoc, figure: _Figure | None, total: _Figure, at: int) -> _Figure | None:
    """The figure of the total's unit that the list goes on with at `at`, after its category only:
    the first items may say the unit that later ones leave out (`cụ thể là: lĩnh vực kinh tế 63 mô
    hình, văn hóa - xã hội 41, …`). Its category is set here; a list that is not taken clears it."""
    if figure is None or figure.unit != total.unit or figure.total or figure.value_max or figure.parent:
        return None
    written = doc.text[at : figure.start]
    category = _clean_category(written)
    if category is None or regex.search(r"[\d;:.()]", written) or _not_after_pattern().search(written):
        return None
    figure.category = category
    return figure


def _unitless_item(doc: ArticleDoc, total: _Figure, at: int, region_end: int) -> _Figure | None:
    """`cấp huyện 867` at `at`: a new figure of the total's unit."""
    match = _unitless_item_pattern().match(doc.text, at, region_end)
    if match is None:
        return None
    written = match["category"]
    category = _clean_category(written)
    if category is None or _not_after_pattern().search(written):
        return None
    start = match.start("category") + len(written) - len(written.lstrip(_EDGE))
    value = int(match["value"].replace(".", ""))
    return _Figure(
        start,
        match.end("value"),
        value,
        None,
        None,
        total.unit,
        "counts:unitless",
        status=total.status,
        category=category,
    )


@cache
def _respectively_pattern() -> regex.Pattern:
    """`… lần lượt là 118, 205, 196, 134 và` right before the last figure of the list."""
    cues = lexicons.alternation(lexicons.table("count_rules")["breakdown"]["respectively"])
    number = rf"(?<![\d.,])(?:{_DIGITS})"
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{M}}])(?P<cue>{cues})\s+
        (?P<numbers>{number}(?:\s*(?:,\s*và|,|;|và)\s*{number})*)\s*(?:,\s*và|,|và)\s*$""",
        _FLAGS,
    )


def _read_respectively(doc: ArticleDoc, sentence: Segment, figures: list[_Figure]) -> list[_Figure]:
    """Names listed first and their numbers after `lần lượt là`, paired in order: `số mô hình của
    Hội Nông dân, Hội Phụ nữ và Đoàn Thanh niên lần lượt là 205, 196 và 134 mô hình`. Only the last
    number is followed by the unit; the others take it. They are parts of the nearest total of the
    unit before them when a breakdown word stands between or they add up to it."""
    added: list[_Figure] = []
    for k, last in enumerate(figures):
        start = figures[k - 1].end if k else sentence.start
        found = _respectively_pattern().search(doc.text, start, last.start)
        if found is None or last.total is not None or last.value_max is not None:
            continue
        numbers = list(regex.finditer(_DIGITS, found["numbers"]))
        items = [
            _Figure(
                found.start("numbers") + n.start(),
                found.start("numbers") + n.end(),
                int(n.group().replace(".", "")),
                None,
                None,
                last.unit,
                "counts:respectively",
            )
            for n in numbers
        ]
        items.append(last)
        names = _respective_names(doc, start, found.start("cue"), last.unit)
        for item, name in zip(items, names if len(names) == len(items) else [None] * len(items), strict=True):
            item.category = name
            item.status = item.status or last.status
        total = next((f for f in reversed(figures[:k]) if f.unit == last.unit and f.parent is None), None)
        if any(_is_area(item.category) for item in items):
            # `Các quận Hải Châu, Thanh Khê, Liên Chiểu …, lần lượt là 168, 142 và 131 mô hình`: subsets
            # by area have no category and no part_of, and take the status of the total they are drawn from.
            for item in items:
                item.category, item.area_of = None, sum(i.value for i in items)
        elif total is not None and not total.split:
            between = doc.text[total.end : found.start("cue")]
            adds_up = sum(item.value for item in items) == total.value
            if adds_up or (_has_strong_marker(between) and not _SENTENCE_END.search(between)):
                _attach(doc, total, items)
        added.extend(items[:-1])
    return sorted([*figures, *added], key=lambda f: f.start)


def _respective_names(doc: ArticleDoc, start: int, end: int, unit: str) -> list[str | None]:
    """The names before `lần lượt là`, split at commas and the last `và`, without the words that
    lead into them (`trong đó số mô hình của …`)."""
    clause_start = max(doc.text.rfind(mark, start, end) for mark in ".;:") + 1
    text = doc.text[max(start, clause_start) : end]
    # A marker right before the cue leads into the numbers, not the names: `dẫn đầu với lần lượt 384, …`.
    markers = [m for m in _marker_pattern().finditer(text) if text[m.end() :].strip()]
    text = text[markers[-1].end() :] if markers else text
    text = regex.sub(
        rf"^\s*(?:tổng\s+)?số\s+(?:{regex.escape(unit)}\s+)?(?:“[^”]*”\s+)?(?:của|thuộc|ở|tại)?\s*",
        "",
        text,
        flags=regex.IGNORECASE,
    )
    pieces = [p for p in regex.split(r"\s*,\s*", text.strip(_EDGE))]
    if len(pieces) > 1 or " và " in pieces[-1]:
        head, _, tail = pieces[-1].rpartition(" và ")
        pieces[-1:] = [head, tail] if head else [tail]
    return [_clean_category(p) for p in pieces]


@cache
def _field_lead_pattern() -> regex.Pattern:
    leads = lexicons.alternation(lexicons.table("count_rules")["breakdown"]["field_leads"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{leads})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _field_led(doc: ArticleDoc, start: int, end: int) -> bool:
    """`thuộc lĩnh vực kinh tế là 426`: the item names a field or level, so it is an item even
    when the list does not add up to its total."""
    return _field_lead_pattern().search(doc.text, start, end) is not None


def _is_item_unit(unit: str, total_unit: str) -> bool:
    """`đảng bộ` is an item unit of `đảng bộ, chi bộ cơ sở`; `người` of `người có uy tín`."""
    return unit == total_unit or unit in total_unit.split(", ") or total_unit.startswith(unit + " ")


@cache
def _not_item_pattern() -> regex.Pattern:
    words = lexicons.alternation(lexicons.table("count_rules")["breakdown"]["not_item_after"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{words})\s*$", regex.IGNORECASE)


def _listed_after(doc: ArticleDoc, figures: list[_Figure], start: int) -> list[_Figure]:
    """The figures listed one after another from `start`: a list ends at a long gap, at a change
    that is no item (`…, tăng 15 mô hình so với năm 2022`), and where a breakdown of its own
    begins (`gồm 986 mô hình tập thể và 229 mô hình cá nhân; trong đó, 74 mô hình …`)."""
    max_gap = lexicons.table("count_rules")["breakdown"]["max_gap"]
    listed: list[_Figure] = []
    for figure in figures:
        before = listed[-1].end if listed else start
        if figure.start - before > max_gap or _not_item_pattern().search(doc.text, before, figure.start):
            break
        if listed and _has_strong_marker(doc.text[before : figure.start]):
            break
        if listed and _SENTENCE_END.search(doc.text, before, figure.start):
            break  # a list goes on past the end of a sentence only on the lines of a bulleted list
        listed.append(figure)
    return listed


def _is_change(doc: ArticleDoc, figure: _Figure) -> bool:
    """`tăng 120 mô hình so với năm 2022`: a difference, which no list breaks down."""
    return _not_item_pattern().search(doc.text, max(0, figure.start - 30), figure.start) is not None


def _totals(doc: ArticleDoc, figures: list[_Figure]) -> list[tuple[int, _Figure, int | None]]:
    """Each figure that may be a total, with its index and the index of the next figure that is no
    change: a breakdown may follow a change said after its total (`1.356 mô hình …, tăng 120 mô hình
    so với năm 2022; trong đó 352 mô hình cấp tỉnh, …`)."""
    # Subsets by area are neither totals nor items (`…: Sóc Trăng 684, … Xét theo chủ thể, …`).
    changes = [_is_change(doc, f) or f.area_of is not None for f in figures]
    totals = []
    for i, total in enumerate(figures):
        if changes[i]:
            continue
        following = next((k for k in range(i + 1, len(figures)) if not changes[k]), None)
        totals.append((i, total, following))
    return totals


def _opening_past_other_units(
    doc: ArticleDoc, figures: list[_Figure], i: int, following: int
) -> tuple[_Opening | None, int]:
    """A breakdown word after figures of other units said with the total: `35 chi bộ với 1.250 đảng
    viên; trong đó 20 chi bộ thôn, 15 chi bộ cơ quan`."""
    total = figures[i]
    units = [_is_item_unit(f.unit, total.unit) for f in figures]
    later = next((k for k in range(following, len(figures)) if units[k]), -1)
    if later in (-1, following):
        return None, following
    gap = (figures[later - 1].end, figures[later].start)
    markers = [m for m in _marker_pattern().finditer(doc.text, *gap) if m.lastgroup != "sum_only"]
    if not markers:
        return None, following
    return _Opening(markers[-1].end(), markers[-1].start(), markers[-1].lastgroup or "with_category"), later


def _items_of(
    doc: ArticleDoc,
    sentence: Segment,
    figures: list[_Figure],
    i: int,
    following: int,
    opening: _Opening | None,
) -> tuple[list[_Figure], int]:
    """The figures an opening lists as items of the total `figures[i]`, and where the list ends."""
    total = figures[i]
    if opening is None:
        return [], 0
    if opening.close is not None:
        inside = [f for f in figures[i + 1 :] if f.end <= opening.close and f.parent is None]
        items = [f for f in inside if _is_item_unit(f.unit, total.unit)]
        if not items and len(inside) > 1 and sum(f.value for f in inside) == total.value:
            items = inside  # `100 điển hình tiêu biểu (40 tập thể, 60 cá nhân)`
        return items, opening.close
    # Items of a breakdown read before (`300 mô hình kinh tế (cấp tỉnh 100, cấp huyện 200)`) are not listed.
    free = [f for f in figures[following:] if f.parent is None and f.area_of is None]
    listed = _listed_after(doc, free, opening.start)
    items = []
    for figure in listed:
        if not _is_item_unit(figure.unit, total.unit):
            break
        items.append(figure)
    # Items of other units than the total's must add up to it, within one clause:
    # `46 điển hình, trong đó 18 tập thể và 28 cá nhân; … 32 tập thể` stops at the `;`.
    clause = _up_to_semicolon(doc, listed)
    if len(clause) > 1 and len(items) < len(clause) and sum(f.value for f in clause) == total.value:
        items = clause
    return items, _list_end(doc, items[-1].end, sentence.end) if items else opening.start


@cache
def _field_sentence_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    config = lexicons.table("count_rules")
    openers = lexicons.alternation(config["passage"]["field_sentence_openers"])
    subjects = lexicons.alternation(config["category"]["subjects"])
    return (
        regex.compile(rf"\s*(?:{openers})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE),
        regex.compile(rf",\s*(?:{subjects})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE),
    )


def _field_sentences(
    doc: ArticleDoc, sentence: Segment, figures: list[_Figure], total: _Figure
) -> list[_Figure]:
    """The items of `total` written one sentence per field after the total's sentence (data
    count_rules.toml `field_sentence_openers`), their categories set; none unless two or more."""
    opener, subject = _field_sentence_patterns()
    sentences = [s for s in doc.sentences if sentence.start <= s.start < sentence.end]
    own = next((k for k, s in enumerate(sentences) if s.start <= total.start < s.end), None)
    if own is None:
        return []
    same_unit = [f for f in figures if _is_item_unit(f.unit, total.unit) and f is not total]
    if any(total.end <= f.start < sentences[own].end for f in same_unit):
        return []  # the total's own sentence goes on with figures of its kind: not this form
    items: list[tuple[_Figure, str]] = []
    for field_sentence in sentences[own + 1 :]:
        if not opener.match(doc.text, field_sentence.start):
            break
        inside = [f for f in same_unit if field_sentence.start <= f.start < field_sentence.end]
        if len(inside) != 1 or inside[0].parent is not None or inside[0].total or _is_change(doc, inside[0]):
            break
        written = doc.text[field_sentence.start : inside[0].start]
        said_by = subject.search(written)  # `Ở lĩnh vực kinh tế, các địa phương đã xây dựng …`
        category = _clean_category(written[: said_by.start()] if said_by else written)
        if category is None:
            break
        items.append((inside[0], category))
    if len(items) < 2:
        return []
    for item, category in items:
        item.category = category
    return [item for item, _ in items]


def _read_breakdowns(doc: ArticleDoc, sentence: Segment, figures: list[_Figure]) -> None:
    for i, total, following in _totals(doc, figures):
        if total.parent is not None or total.split or following is None:
            continue
        if items := _field_sentences(doc, sentence, figures, total):
            # A part's own verb does not override its total's status (GUIDE).
            for item in items:
                item.parent, item.status = total, total.status
            total.split = True
            _check_sum(doc, total, items)
            continue
        opening = _list_opening(doc, total, figures[following].start, sentence.end)
        items, list_end = _items_of(doc, sentence, figures, i, following, opening)
        if not items:
            opening, later = _opening_past_other_units(doc, figures, i, following)
            items, list_end = _items_of(doc, sentence, figures, i, later, opening)
        if opening is None or not items:
            continue
        if len(items) == 1 or any(f.own_status and f.status != total.status for f in items):
            # One subset (`trong đó 64 mô hình do đồng bào … làm chủ`) or subsets of another kind
            # (`trong có 286 … điển hình, 53 … được biểu dương`) are not a breakdown of the total.
            if opening.kind == "with_category" and len(items) == 1 and not items[0].status:
                items[0].status = total.status
            continue
        if (
            opening.kind in ("sum_only", "boundary", "by_criterion", "far_colon")
            and sum(f.value for f in items) != total.value
        ):
            # `với` lists what goes with a figure as often as it splits it; `Xét theo địa bàn, các
            # phường có 70 mô hình, …; mỗi phường … có 5 - 12 mô hình` may list subsets that do not add up.
            continue
        named = _field_lead_pattern().findall(doc.text, opening.start, list_end)
        if opening.kind == "boundary" and len(named) < len(items):
            continue  # `kiểm tra 15 xã; 12 xã thực hiện tốt, 3 xã còn hạn chế` is split by outcome
        for item in items:
            item.status = item.status or total.status
        # Items told apart by their units (`18 tập thể và 28 cá nhân`) have no category.
        if len({f.unit for f in items}) < len(items):
            _read_categories(doc, items, opening, list_end)
        if _split_by_area(doc, items, opening.start, list_end):
            # Subsets by area are no breakdown (GUIDE): `gồm 452 khu dân cư ở thành phố …`.
            for item in items:
                item.category = None
            continue
        for item in items:
            item.parent = total
            if item.split:
                # `part_of` points at a total, never at a part: a part's own breakdown is let go.
                for child in figures:
                    if child.parent is item:
                        child.parent = None
                item.split = False
        total.split = True
        _check_sum(doc, total, items)


@cache
def _total_after_pattern() -> regex.Pattern:
    words = lexicons.alternation(lexicons.table("count_rules")["breakdown"]["total_after_parts"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{words})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _read_totals_after_parts(doc: ArticleDoc, figures: list[_Figure]) -> None:
    """A total written after its parts (`khối Đảng có 312 mô hình, khối chính quyền có 845 mô hình,
    …. Như vậy, tổng số mô hình được công nhận là 3.496 mô hình`): a figure said as a total
    (count_rules.toml `total_after_parts`) in the clause of its parts or the next sentence, when
    the figures of its unit listed right before it, in one sentence, add up to it exactly."""
    max_gap = lexicons.table("count_rules")["breakdown"]["max_gap"]
    for k, total in enumerate(figures):
        if total.parent is not None or total.split or k < 2:
            continue
        clause_start = max(doc.text.rfind(mark, 0, total.start) for mark in ";:\n") + 1
        said = doc.text[max(clause_start, figures[k - 1].end) : total.start]
        if not _total_after_pattern().search(said) or len(_SENTENCE_END.findall(said)) > 1:
            continue
        parts: list[_Figure] = []
        running = 0
        for part in reversed(figures[:k]):
            after = parts[-1].start if parts else total.start
            if (
                part.parent is not None
                or part.split
                or part.unit != total.unit
                or part.total is not None
                or after - part.end > (len(said) if not parts else max_gap)
                or (parts and _SENTENCE_END.search(doc.text, part.end, after))
                or _is_change(doc, part)
            ):
                break
            parts.append(part)
            running += part.value
            if running >= total.value:
                break
        if running != total.value or len(parts) < 2:
            continue
        parts.reverse()
        start = max(doc.text.rfind(mark, 0, parts[0].start) for mark in ".;:,\n") + 1
        opening = _Opening(start, start, "with_category")
        _read_categories(doc, parts, opening, _list_end(doc, parts[-1].end, total.start))
        _attach(doc, total, parts)  # they add up: no warning


def _up_to_semicolon(doc: ArticleDoc, listed: list[_Figure]) -> list[_Figure]:
    for k in range(1, len(listed)):
        if ";" in doc.text[listed[k - 1].end : listed[k].start]:
            return listed[:k]
    return listed


@cache
def _area_pattern() -> regex.Pattern:
    config = lexicons.table("count_rules")["area"]
    openers = lexicons.alternation(config["openers"])
    places = lexicons.alternation(config["places"])
    return regex.compile(rf"^(?:{openers})\s+(?:các\s+)?(?:{places})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _split_by_area(doc: ArticleDoc, items: list[_Figure], list_start: int, list_end: int) -> bool:
    """Every item is placed somewhere (`452 khu dân cư ở thành phố Đà Lạt …, 784 … ở các huyện`), or
    every item's category names a place (`Sóc Trăng 684, Trà Vinh 612, …`)."""
    if items and all(_is_area(item.category) for item in items):
        return True
    for k, item in enumerate(items):
        after = doc.text[item.end : items[k + 1].start if k + 1 < len(items) else list_end]
        if not _area_pattern().match(after.strip(_EDGE)):
            return False
    return True


@cache
def _place_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """A place word that opens a category (`Các quận Hải Châu`, `huyện Cái Bè`), and the names of the
    provinces and districts (data/provinces.toml, data/districts.toml; names that are also ordinary
    phrases are left out) that a category may start with (`Sóc Trăng`, `Liên Chiểu có số mô hình`)."""
    places = lexicons.alternation(lexicons.table("count_rules")["area"]["places"])
    provinces = lexicons.table("provinces")["province"]
    districts = lexicons.table("districts")
    names = [
        *(n for p in provinces if not p.get("guarded") for n in [p["name"], *p.get("aliases", [])]),
        *districts["unique"],
        *districts["shared"],
    ]
    end = r"(?![\p{L}\p{M}])"
    return (
        # A place word before a name or alone: `Huyện đoàn`, `xã hội` are no places.
        regex.compile(
            rf"^(?:các\s+|những\s+|hai\s+|ba\s+)?(?:{places})(?:\s+(?-i:\p{{Lu}})|$)", regex.IGNORECASE
        ),
        regex.compile(rf"^(?:{lexicons.alternation(names)}){end}"),
    )


def _is_area(category: str | None) -> bool:
    """The category names a place, not a field, level or group: a split by area (GUIDE: no part_of)."""
    if category is None:
        return False
    place_word, place_name = _place_patterns()
    return place_word.match(category) is not None or place_name.match(category) is not None


_LIST_END = regex.compile(r"[;(]|\.(?!\d)")


def _list_end(doc: ArticleDoc, after: int, sentence_end: int) -> int:
    end = _LIST_END.search(doc.text, after, sentence_end)
    return end.start() if end else sentence_end


def _read_categories(doc: ArticleDoc, items: list[_Figure], opening: _Opening, list_end: int) -> None:
    """The field each item counts, written before its number (`lĩnh vực kinh tế 412 mô hình`)
    or after its unit (`421 mô hình về phát triển kinh tế; …`). Categories come first when one
    is written before the first item, or when nothing but a share follows the last one; the first
    category may then stand before the marker (`mô hình về phát triển kinh tế chiếm tỷ lệ cao nhất
    với 196 mô hình (44,9%), tiếp đến là văn hóa - xã hội 132 mô hình …`)."""
    first = _clean_category(doc.text[opening.start : items[0].start])
    category_first = first is not None or (
        len(items) > 1 and _clean_category(doc.text[items[-1].end : list_end], ends_list=True) is None
    )
    for k, item in enumerate(items):
        last = k + 1 == len(items)
        if category_first:
            written = doc.text[(items[k - 1].end if k else opening.start) : item.start]
            if not k and first is None:
                written = _clause_before(doc, opening.marker_start)
            elif last and _is_remainder(_clean_category(written)):
                # The last item may turn round: `…, còn lại 42 mô hình ở lĩnh vực xây dựng Đảng, chính
                # quyền`, `số còn lại 70 mô hình do các chi bộ, cơ quan đăng ký`.
                turned = _clean_category(doc.text[item.end : list_end], ends_list=True)
                item.category = turned or _clean_category(written)
                continue
        else:
            written = doc.text[item.end : list_end if last else items[k + 1].start]
        item.category = _clean_category(written, ends_list=last and not category_first)


def _is_remainder(category: str | None) -> bool:
    """No category, or only `the rest` (`số còn lại`), which names its group after the figure."""
    remainders = lexicons.table("count_rules")["category"]["remainder"]
    return category is None or category.lower() in remainders


def _clause_before(doc: ArticleDoc, at: int) -> str:
    """The clause that ends at `at`: from the last `;`, `.`, `:` or comma before it."""
    start = max(doc.text.rfind(mark, 0, at) for mark in ";.:,\n") + 1
    return doc.text[start:at]


@cache
def _category_edge_patterns() -> tuple[list[regex.Pattern], regex.Pattern]:
    """Words that lead into a category or follow it without being part of it: the linking words
    of count_rules.toml and the status phrases (`300 mô hình được công nhận cấp tỉnh`, `cấp tỉnh
    công nhận 120 mô hình`), which say what happened to the models, not which field they are in."""
    config = lexicons.table("count_rules")["category"]
    phrases, _ = _status_table()
    statuses = [*phrases, *(f"được {p}" for p in phrases), *(f"đã {p}" for p in phrases)]
    suffixes = lexicons.alternation([*config["suffixes"], *statuses])
    prefixes = sorted({*config["prefixes"], *statuses}, key=lambda e: (-len(e), e))
    return (
        # One pattern per linking word, longest first: `_clean_category` tries them in turn.
        [regex.compile(rf"^{regex.escape(p)}(?![\p{{L}}\p{{M}}])\s*", regex.IGNORECASE) for p in prefixes],
        regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{suffixes})$", regex.IGNORECASE),
    )


@cache
def _share_pattern() -> regex.Pattern:
    cues = lexicons.alternation(lexicons.table("count_rules")["percent"]["cues"])
    return regex.compile(
        rf"(?:(?:{cues})\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d+(?:,\d+)?\s*%", regex.IGNORECASE
    )


@cache
def _cut_pattern() -> regex.Pattern:
    words = lexicons.alternation(lexicons.table("count_rules")["category"]["cut_before"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{words})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


_QUOTED_NAME = regex.compile(r"^[“\"][^”\"]*[”\"]\s*")
_PARENTHESIS = regex.compile(r"\([^()]*\)|^[^()]*\)|\([^()]*$")
_EDGE = " \t\n,;:.…-–+•*"


def _clean_category(written: str, ends_list: bool = False) -> str | None:
    """The category as written, without what surrounds it: linking words, status phrases, a
    share (`(chiếm 36,8%)`), the model's quoted name, and, after a list's last item, the clause
    that goes on after it (`…, 25 mô hình xây dựng hệ thống chính trị, góp phần …`)."""
    config = lexicons.table("count_rules")["category"]
    prefix_patterns, suffix_pattern = _category_edge_patterns()
    text = regex.sub(r"\s+", " ", _PARENTHESIS.sub(" ", written))
    text = _share_pattern().sub(" ", text)
    text = _cut_pattern().split(text, maxsplit=1)[0]
    text = regex.sub(r"\s+", " ", text).strip(_EDGE)
    if ends_list:
        text = _end_of_last_category(text, config["max_words_after_comma"])
    while True:
        before = text
        text = _QUOTED_NAME.sub("", text).strip(_EDGE)  # the model's name (`05 mô hình “Dân vận khéo” về …`)
        text = _strip_linking_word(text, prefix_patterns, config["not_alone"])
        text = suffix_pattern.sub("", text).strip(_EDGE)
        if text == before:
            break
    if not text or len(text) > config["max_length"]:
        return None
    return text


def _strip_linking_word(text: str, prefixes: list[regex.Pattern], not_alone: list[str]) -> str:
    """Without the longest linking word it starts with that does not leave a word that cannot stand
    alone (`thuộc các lĩnh vực khác` → `các lĩnh vực khác`, not `khác`)."""
    for prefix in prefixes:
        found = prefix.match(text)
        if found and (rest := text[found.end() :].strip(_EDGE)).lower() not in not_alone:
            return rest
    return text


def _end_of_last_category(text: str, max_words: int) -> str:
    """A comma inside a category joins a few words (`xây dựng Đảng, chính quyền`, `cấp phường,
    xã`); after a longer stretch it opens the next clause of the sentence."""
    pieces = text.split(", ")
    kept = pieces[:1]
    for piece in pieces[1:]:
        if len(piece.split()) > max_words:
            break
        kept.append(piece)
    return ", ".join(kept)


def _attach(doc: ArticleDoc, total: _Figure, items: list[_Figure]) -> None:
    """`items` are the parts of `total`: they point at it, take its status where they state none,
    and are checked against it."""
    for item in items:
        item.parent = total
        item.status = item.status or total.status
    total.split = True
    _check_sum(doc, total, items)


def _check_sum(doc: ArticleDoc, total: _Figure, items: list[_Figure]) -> None:
    parts = sum(item.value for item in items)
    if total.value_max is None and parts != total.value:
        terms = " + ".join(_grouped(item.value) for item in items)
        doc.warn(
            "count_sum_mismatch",
            f"parts {terms} = {_grouped(parts)} {total.unit} do not add up to the total "
            f"{_grouped(total.value)} {total.unit}",
            total.start,
            total.end,
        )


def _grouped(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# --- percentages -------------------------------------------------------------------------------------


@cache
def _percent_pattern() -> regex.Pattern:
    cues = lexicons.alternation(lexicons.table("count_rules")["percent"]["cues"])
    return regex.compile(
        rf"""(?:(?<![\p{{L}}\p{{M}}])(?:{cues})\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?|\(\s*)
        (?P<percent>\d+(?:,\d+)?)\s*%""",
        _FLAGS,
    )


def _read_percents(doc: ArticleDoc, sentence: Segment, figures: list[_Figure]) -> None:
    """A share qualifies the last figure before it in its clause. Figures inside a parenthesis
    closed before the share are skipped (`665/665 … (250 đảng bộ, 415 chi bộ cơ sở) …, đạt 100%`),
    and a share after a breakdown marker is an unnamed subset's (`860 hộ, trong đó hộ nghèo chiếm
    5,2%`), not the total's."""
    max_gap = lexicons.table("count_rules")["percent"]["max_gap"]
    for match in _percent_pattern().finditer(doc.text, sentence.start, sentence.end):
        before = [f for f in figures if f.end <= match.start() and not _closed_before(doc, f, match.start())]
        if not before or before[-1].percent is not None:
            continue
        figure = before[-1]
        gap = doc.text[figure.end : match.start()]
        if match.group().startswith("(") and gap.strip():
            continue  # a bracketed share belongs to the figure right before it only
        if ";" in gap or len(gap) > max_gap or _has_strong_marker(gap):
            continue
        figure.percent = float(match["percent"].replace(",", "."))
        if figure.total is not None:
            # One share after ratios joined by `và` qualifies each that it is the share of:
            # `08/08 huyện ủy và 106/106 xã, phường, thị trấn …, đạt 100%`.
            for group in _groups(doc, before):
                if figure in group:
                    for other in group:
                        if other.total and round(100 * other.value / other.total, 1) == figure.percent:
                            other.percent = figure.percent


def _closed_before(doc: ArticleDoc, figure: _Figure, at: int) -> bool:
    gap = doc.text[figure.end : at]
    return gap.count(")") > gap.count("(")


# --- one entry per statement ------------------------------------------------------------------------


def _same_statement(kept: _Figure, later: _Figure) -> bool:
    return (
        kept.parent is None
        and later.parent is None
        and (kept.value, kept.total, kept.value_max, kept.unit)
        == (later.value, later.total, later.value_max, later.unit)
        and (kept.status is None or later.status is None or kept.status == later.status)
        and (kept.category is None or later.category is None or kept.category == later.category)
    )


def _merge_restated(figures: list[_Figure]) -> list[_Figure]:
    """A figure restated in the same sense is one count (GUIDE: `6 hộ` said twice, a headline
    figure said again in the body). The body's mention is kept; the headline only fills gaps."""
    kept: list[_Figure] = []
    for figure in sorted(figures, key=lambda f: (f.in_title, f.start)):
        twin = next((k for k in kept if _same_statement(k, figure)), None)
        if twin is None:
            kept.append(figure)
            continue
        twin.status = twin.status or figure.status
        twin.percent = twin.percent if twin.percent is not None else figure.percent
        for other in figures:
            if other.parent is figure:
                other.parent = twin
    return sorted(kept, key=lambda f: f.start)


def _to_counts(doc: ArticleDoc, figures: list[_Figure]) -> list[Count]:
    index = {id(f): i for i, f in enumerate(figures)}
    return [
        Count(
            text=doc.text[f.start : f.end],
            start=f.start,
            end=f.end,
            value=f.value,
            total=f.total,
            value_max=f.value_max,
            percent=f.percent,
            unit=f.unit,
            status=f.status,
            category=f.category,
            part_of=index[id(f.parent)] if f.parent is not None else None,
            rule=f.rule,
        )
        for f in figures
    ]


# --- tables --------------------------------------------------------------------------------------------

# A row of a table as load.py keeps it (`| Kinh tế | 148 | 121 |`); `\|` is a bar inside a cell.
_TABLE_ROW = regex.compile(r"\|[^\n]*\|[ \t]*$", regex.MULTILINE)
_SEPARATOR_ROW = regex.compile(r"\|(?:\s*:?-+:?\s*\|)+\s*")
_CELL_BORDER = regex.compile(r"(?<!\\)\|")
_WHOLE_NUMBER = regex.compile(_DIGITS)
_YEAR = regex.compile(r"(?:19|20)\d\d")


def _line_start(doc: ArticleDoc, at: int) -> int:
    return doc.text.rfind("\n", 0, at) + 1


@dataclass(frozen=True)
class _Cell:
    start: int
    end: int
    text: str


@dataclass
class _Table:
    rows: list[list[_Cell]]
    start: int
    line_before: str  # the prose line right before the table, which often introduces it


def _tables(doc: ArticleDoc) -> list[_Table]:
    """Runs of pipe rows, each row split into its cells (separator rows `|---|---|` left out)."""
    tables: list[_Table] = []
    previous: Segment | None = None
    current: _Table | None = None
    for line in doc.lines:
        if not _TABLE_ROW.fullmatch(line.text):
            current, previous = None, line
            continue
        if current is None:
            current = _Table([], line.start, previous.text if previous is not None else "")
            tables.append(current)
        if not _SEPARATOR_ROW.fullmatch(line.text):
            current.rows.append(_cells(line))
    return tables


def _cells(line: Segment) -> list[_Cell]:
    borders = [m.start() for m in _CELL_BORDER.finditer(line.text)]
    cells = []
    for left, right in zip(borders, borders[1:], strict=False):
        written = line.text[left + 1 : right]
        start = line.start + left + 1 + len(written) - len(written.lstrip())
        cells.append(_Cell(start, start + len(written.strip()), written.strip()))
    return cells


def _is_number(cell: _Cell) -> bool:
    return _WHOLE_NUMBER.fullmatch(cell.text) is not None


@cache
def _heading_unit_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """The unit a heading names: after a count word (`Số mô hình …`, `Số lượng tập thể`) or as the
    heading's first words (`Tập thể được khen thưởng`)."""
    units = lexicons.alternation(lexicons.words("count_units"))
    count_words = lexicons.alternation(lexicons.table("count_tables")["count_words"])
    end = r"(?![\p{L}\p{M}])"
    return (
        regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{count_words})\s+(?:các\s+|những\s+)?(?P<unit>{units}){end}",
            regex.IGNORECASE,
        ),
        regex.compile(rf"^(?P<unit>{units}){end}", regex.IGNORECASE),
    )


def _heading_unit(heading: str) -> str | None:
    after_count_word, opening = _heading_unit_patterns()
    found = after_count_word.search(heading) or opening.match(heading)
    return regex.sub(r"\s+", " ", found["unit"]).lower() if found else None


def _prose_unit(line: str) -> str | None:
    """The unit of the prose that introduces a table (`… 342 mô hình đăng ký, 280 mô hình được công
    nhận. Kết quả cụ thể như sau:`): the last one it counts, or one it names after a count word."""
    named = _heading_unit(line)
    if named is not None:
        return named
    counted = [_figure(m) for m in _count_pattern().finditer(line)]
    return next((f.unit for f in reversed(counted) if f is not None), None)


@cache
def _heading_words() -> tuple[frozenset[str], regex.Pattern]:
    config = lexicons.table("count_tables")
    not_counts = lexicons.alternation(config["not_count_words"])
    return (
        frozenset(config["total_labels"]),
        regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{not_counts})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE),
    )


def _column_headings(heads: list[list[_Cell]], width: int) -> list[str]:
    """Each column's heading, the heading rows joined; a heading spread over several columns
    (`| Lĩnh vực | Năm 2023 | |` over `| | Đăng ký | Công nhận |`) is printed in its first one."""
    headings = [""] * width
    for row in heads:
        spread = ""
        for j in range(width):
            text = row[j].text if j < len(row) else ""
            if not text and j > 1:
                text = spread
            spread = text if j else ""
            headings[j] = f"{headings[j]} {text}".strip()
    return headings


def _statuses_named(text: str) -> set[CountStatus]:
    phrases, _ = _status_table()
    anywhere, _ = _status_patterns()
    named = (phrases.get(regex.sub(r"\s+", " ", m.group().lower())) for m in anywhere.finditer(text))
    return {s for s in named if s is not None}


def _read_tables(doc: ArticleDoc, prose: list[_Figure]) -> list[_Figure]:
    return [figure for table in _tables(doc) for figure in _read_table(doc, table, prose)]


def _read_table(doc: ArticleDoc, table: _Table, prose: list[_Figure]) -> list[_Figure]:
    """The counts of one table: a heading row of statuses (`| Lĩnh vực | Đăng ký | Được công nhận |`)
    or counted nouns (`Số mô hình`, `Số lượng`), rows labelled by field, group or status, and maybe
    a `Tổng cộng` row. A column whose heading speaks of money, shares, dates or order is no column
    of counts, and a table whose unit is named nowhere is left alone."""
    rows = [row for row in table.rows if any(cell.text for cell in row)]
    caption = ""
    if len(rows) > 1 and rows[0][0].text and not any(cell.text for cell in rows[0][1:]):
        caption = rows.pop(0)[0].text
    heads: list[list[_Cell]] = []
    # Heading rows hold no figure; years are headings too (`| Lĩnh vực | 2022 | 2023 |`).
    while rows and not any(_is_number(cell) and not _YEAR.fullmatch(cell.text) for cell in rows[0]):
        heads.append(rows.pop(0))
    width = max((len(row) for row in table.rows), default=0)
    if not rows or width < 2:
        return []
    headings = _column_headings(heads, width)
    # The row labels stand in the first column that holds words; number columns before it are ordinals.
    label_column = next(
        (j for j in range(width) if any(j < len(r) and r[j].text and not _is_number(r[j]) for r in rows)),
        None,
    )
    caption_statuses = _statuses_named(caption)
    fallback_unit = _heading_unit(caption) or _prose_unit(table.line_before)
    total_labels, not_counts = _heading_words()
    found: list[_Figure] = []
    for j in range(width):
        if label_column is None or j <= label_column or not_counts.search(headings[j]):
            continue
        unit = _heading_unit(headings[j]) or fallback_unit
        if unit is None:
            continue
        named = _statuses_named(headings[j]) or caption_statuses
        status = _statuses_in(headings[j]) or (next(iter(named)) if len(named) == 1 else None)
        found.extend(_read_column(doc, rows, j, label_column, unit, status, table.start, prose, total_labels))
    return found


def _read_column(
    doc: ArticleDoc,
    rows: list[list[_Cell]],
    j: int,
    label_column: int,
    unit: str,
    status: CountStatus | None,
    table_start: int,
    prose: list[_Figure],
    total_labels: frozenset[str],
) -> list[_Figure]:
    _, bullet = _continuation_patterns()
    parts: list[_Figure] = []
    by_status: list[_Figure] = []  # rows that name a status split by status, not by field (no parts)
    total: _Figure | None = None
    for row in rows:
        if j >= len(row) or not _is_number(row[j]) or not (value := number_value(row[j].text)):
            continue
        label = bullet.sub("", row[label_column].text if label_column < len(row) else "").strip(_EDGE)
        cell = row[j]
        figure = _Figure(cell.start, cell.end, value, None, None, unit, "counts:table", status=status)
        if label.lower() in total_labels:
            figure.rule = "counts:table_total"
            total = figure
        elif status is None and (row_status := _statuses_in(label)) is not None:
            figure.status = row_status
            by_status.append(figure)
        else:
            figure.category = label or None
            parts.append(figure)
    whole = total.value if total is not None else sum(p.value for p in parts)
    said = _said_in_prose(prose, unit, status, whole, table_start) if len(parts) > 1 else None
    owner = said or total
    if owner is not None and len(parts) > 1:
        owner.status = owner.status or status
        _attach(doc, owner, parts)
    listed = [total] if total is not None and said is None else []  # a total said in the prose is that one
    return [*by_status, *parts, *listed]


def _said_in_prose(
    prose: list[_Figure], unit: str, status: CountStatus | None, value: int, table_start: int
) -> _Figure | None:
    """The total a table's column restates, said in the prose (GUIDE: listed once, the prose
    mention): same value and unit, a status that agrees, nearest before the table, else after it."""
    said = [
        f
        for f in prose
        if (f.value, f.unit, f.total, f.value_max, f.category, f.parent)
        == (value, unit, None, None, None, None)
        and not f.split
        and (status is None or f.status in (None, status))
    ]
    before = [f for f in said if f.start < table_start]
    return before[-1] if before else (said[0] if said else None)

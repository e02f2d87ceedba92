"""Stage `events`: the meetings and working sessions an article reports.

Press reports of mass-mobilization work open with a lead sentence that dates the meeting and says
who held it: `Sáng ngày 30/6/2020, <organizer> tổ chức hội nghị sơ kết …`, `Ngày 29/7, Đoàn kiểm tra
… do <name> làm trưởng đoàn đã làm việc với …`. Reporters also date a meeting elsewhere: later in
the sentence (`… tổ chức gặp mặt … vào chiều ngày 10/4`), in the next sentence (`… vừa tổ chức hội
nghị giao ban …. Hội nghị diễn ra vào sáng 27/9`), by the meeting reported before it (`Vào chiều
cùng ngày, …`, `Sau lễ ra mắt, …`, `Ngày hôm sau, …`), or by the day the article is published
(`Sáng nay, …`). The stage finds such sentences (`_anchor`: where the date comes from; a day date
from the dates stage, words from data/event_kinds.toml), reads the meeting's kind from the phrase
naming it (the one a verb of holding names), its organizer (also `Hội nghị do … tổ chức`, `được …
tổ chức`, or the headline's `<organizer> tổ chức …`), place and part of day, then its chairs and
attendees among the people the officials stage found, in the sentences before the next meeting (a
person whose clause holds the meeting, `đồng chí … gặp mặt …`, leads it). Two reports of one kind
on one day are one meeting unless another body or another part of the day holds the second. An
article with no dated meeting may still name one in the headline (`Giao ban công tác dân vận các
tỉnh, thành phố …`); any article may report one undated, in its first sentences (`… vừa tổ chức hội
nghị …`) or after `Vừa qua,`/`Mới đây,` (date null). A meeting held in parts on days of their own
(`lớp thứ nhất vào ngày 3/6 …; lớp thứ hai vào ngày 4/6 …`) is one event per part, and a đoàn's
leader chairs each of its sessions unless someone else is named. A meeting named first may take its
day from the one before (`Buổi tọa đàm … diễn ra chiều cùng ngày`); a label before the lead (`VOV.VN
- `, an interview's `Bà …:`) is read past. Each event's `rule` says which of these readings found it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from extractor import lexicons
from extractor.document import ArticleDoc, Segment
from extractor.records import DateMention, Event, Official

_WORD_START = r"(?<![\p{L}\p{M}])"
_WORD_END = r"(?![\p{L}\p{M}])"


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def extract(doc: ArticleDoc, dates: list[DateMention], officials: list[Official]) -> list[Event]:
    body = [
        _past_label(doc, s)
        for s in doc.sentences
        if s.start >= doc.header.body_start and not _in_title(doc, s.start)
    ]
    found: list[tuple[int, Event]] = []
    read_for_date: set[int] = set()
    latest = max((d.value for d in dates if d.kind in ("date", "range") and len(d.value) == 10), default=None)
    for k in range(len(body)):
        if k in read_for_date:
            continue  # `Hội nghị diễn ra vào sáng 27/9`: the date of the meeting the sentence before named
        reported = _reported_event(doc, body, k, dates, [e for _, e in found])
        if reported is None:
            undated = _undated_event(doc, body, k)
            # `Mới đây, Ban Dân vận Thành ủy … tổ chức tọa đàm …`: reported, undated (GUIDE: date null).
            if undated is not None and not any(e.kind == undated.kind for _, e in found):
                found.append((k, undated))
            continue
        if _history(reported[0].date, latest):
            continue
        event, date_sentence = reported
        if date_sentence is not None:
            read_for_date.add(date_sentence)
        # `Trước đó, …`, `Chiều cùng ngày, …` tell of another meeting, whatever its day and kind.
        another = _another_meeting().match(doc.text, body[k].start, body[k].end) is not None
        for part in _parts(doc, body[k], dates, event):
            if another or not any(_same_meeting(e, part) for _, e in found):
                found.append((k, part))
    events, leaders = [], []
    for n, (k, event) in enumerate(found):
        # A meeting's chairs are named before the next meeting is: `Chiều cùng ngày, … tổ chức gặp mặt`
        # opens a new window.
        stop = max(found[n + 1][0], k + 1) if n + 1 < len(found) else len(body)
        with_people, leading = _with_people(doc, body[:stop], k, officials, event)
        events.append(with_people)
        leaders.append(leading)
    events = _delegation_chairs(events, leaders)
    # An undated report and a dated one of the same kind are one meeting told twice.
    dated_kinds = {e.kind for e in events if e.date is not None}
    events = [e for e in events if e.date is not None or e.kind not in dated_kinds]
    if not events:
        headline = _headline_event(doc, body, dates, officials)
        if headline is not None:
            events.append(headline)
    return _organizer_from_headline(doc, events)


# A label opening a sentence before its lead: an outlet's dateline (`VOV.VN - Chiều thứ Hai (12/8), …`,
# `(Chinhphu.vn) - …`) or the speaker of an interview's answer (`Bà Phan Thị Thu Hà: Ngày 10/10 vừa
# qua, …`). Neither is part of what the sentence says about a meeting.
_LABEL = regex.compile(
    r"(?:\(?(?-i:\p{Lu})[\p{L}\p{N}.]*(?:\s+(?-i:\p{Lu})[\p{L}\p{N}.]*){0,3}\)?\s+[-–]"
    r"|(?:ông|bà|đồng chí)(?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*){1,5}\s*:)\s+",
    regex.IGNORECASE,
)


def _past_label(doc: ArticleDoc, sentence: Segment) -> Segment:
    """The sentence without the label it opens with, if any."""
    found = _LABEL.match(doc.text, sentence.start, sentence.end)
    if found is None or found.end() >= sentence.end:
        return sentence
    return Segment(found.end(), sentence.end, doc.text[found.end() : sentence.end])


def _delegation_chairs(events: list[Event], leaders: list[list[str]]) -> list[Event]:
    """A đoàn led by X (`Đoàn công tác … do đồng chí X làm trưởng đoàn`) is chaired by X in each of
    its sessions unless someone else is named (GUIDE): `Trước đó, ngày 21/5, đoàn công tác đã làm
    việc với …` takes the leaders of the đoàn it names back to. `leaders[n]`: the chairs event n's
    own sentence names, without a host who `cùng chủ trì` one session only (README.L, 219)."""
    delegation = _words_pattern("chairs", "delegation")
    led = [
        (e, names)
        for e, names in zip(events, leaders, strict=True)
        if names and e.organizer and delegation.match(e.organizer)
    ]
    for n, event in enumerate(events):
        if event.chairs or not event.organizer or not delegation.match(event.organizer):
            continue
        named = event.organizer.lower()
        leader = next(
            (names for e, names in led if e is not event and _same_body(named, e.organizer or "")), None
        )
        if leader is not None:
            events[n] = event.model_copy(update={"chairs": list(leader)})
    return events


def _same_body(first: str, second: str) -> bool:
    """`đoàn công tác` names back to `Đoàn công tác của Ban Dân vận Trung ương`."""
    first, second = first.lower(), second.lower()
    return first.startswith(second) or second.startswith(first)


def _organizer_from_headline(doc: ArticleDoc, events: list[Event]) -> list[Event]:
    """`Ban Dân vận Tỉnh ủy Điện Biên tổ chức Hội thi …` over a body that says only `Hội thi … đã
    diễn ra`: the headline's body holds the first meeting of its kind whose organizer the body
    does not name."""
    headline = _headline_meeting(doc)
    if headline is None or headline[2] is None:
        return events
    kind, organizer = _kind(doc.text[headline[1].start : headline[1].end]), headline[2]
    for n, event in enumerate(events):
        if event.kind == kind:
            if event.organizer is None:
                events[n] = event.model_copy(update={"organizer": organizer})
            break
    return events


def _history(day: str | None, latest: str | None) -> bool:
    """A meeting of decades before the latest day the article names is history it recalls (`Ngày
    3/2/1930, Hội nghị hợp nhất các tổ chức cộng sản …`), not news it reports."""
    if day is None or latest is None:
        return False
    return int(latest[:4]) - int(day[:4]) >= _config()["lead"]["history_years"]


@cache
def _another_meeting() -> regex.Pattern:
    """A sentence opening that tells of another meeting: `Trước đó, …`, `Vào chiều cùng ngày, …`."""
    relative = _config()["relative"]
    words = lexicons.alternation(relative["another"] + relative["same_day"] + relative["next_day"])
    limit = relative["max_offset"]
    return regex.compile(rf"[^.;]{{0,{limit}}}?{_WORD_START}(?:{words}){_WORD_END}", regex.IGNORECASE)


def _same_meeting(earlier: Event, later: Event) -> bool:
    """Whether a later report names a meeting already found (`Sáng 14/3, hội nghị cũng đã khen
    thưởng …`): same day and kind, and neither another body holding it (`Cũng trong sáng 14/3, Ban
    Dân vận Huyện ủy Tân Lạc tổ chức …`) nor another part of the day (`Chiều cùng ngày, …`)."""
    if (earlier.date, earlier.kind) != (later.date, later.kind):
        return False
    if earlier.part_of_day and later.part_of_day and earlier.part_of_day != later.part_of_day:
        return False
    if earlier.organizer and later.organizer:
        first, second = earlier.organizer.lower(), later.organizer.lower()
        return first in second or second in first
    return True


def _config() -> dict[str, Any]:
    return lexicons.table("event_kinds")


def _in_title(doc: ArticleDoc, offset: int) -> bool:
    start, end = doc.header.title_start, doc.header.title_end
    return start is not None and end is not None and start <= offset < end


@cache
def _words_pattern(section: str, key: str, ignore_case: bool = True) -> regex.Pattern:
    """Any of the words of `[section].key` (or of the top-level `key`), as whole words."""
    entries = _config()[key] if section == "" else _config()[section][key]
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile(rf"{_WORD_START}(?:{lexicons.alternation(entries)}){_WORD_END}", flags)


# --- lead sentences -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LeadDate:
    value: str
    start: int
    end: int
    part_of_day: str | None
    opens_sentence: bool


# A day and month as lead sentences write them (`30/6/2020`, `11/7`, `05-3-2021`): the dates stage
# lists a date repeated in the text once, with its first mention (often the page's date line), so
# the lead sentence's own mention is found here and its value looked up in that list.
_DAY_MONTH = regex.compile(r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}))?(?![\d/])")


@cache
def _time_word_before() -> regex.Pattern:
    """A time word (`Sáng`, `Hôm nay`, `ngày`) ending the words before a written day."""
    return regex.compile(rf"(?:{_words_pattern('lead', 'before_date').pattern})\s*\(?\s*$", regex.I)


def _date_candidates(doc: ArticleDoc, sentence: Segment, dates: list[DateMention]) -> list[_LeadDate]:
    days = [d for d in dates if d.kind in ("date", "range") and len(d.value) == 10]
    in_sentence = [
        d
        for d in days
        if d.start is not None and d.end is not None and sentence.start <= d.start < sentence.end
    ]
    found = [
        _LeadDate(d.value, d.start, d.end, d.part_of_day, False)
        for d in in_sentence
        if d.start is not None and d.end is not None
    ]
    time_word_before = _time_word_before()
    for written in _DAY_MONTH.finditer(doc.text, sentence.start, sentence.end):
        if any(c.start <= written.start() < c.end for c in found):
            continue
        before = doc.text[sentence.start : written.start()]
        if before.strip() and not time_word_before.search(before):
            continue  # `Đến nay, 10/11 đảng bộ …` is a share, not a day
        month_day = f"-{int(written['m']):02d}-{int(written['d']):02d}"
        same = [d for d in days if d.value[4:] == month_day and written["y"] in (None, d.value[:4])]
        if same:
            end = written.end() + 1 if doc.text.startswith(")", written.end()) else written.end()
            found.append(_LeadDate(same[0].value, written.start(), end, None, False))  # `Hôm nay (5/9)`
    # `Hướng dẫn số 04-HD/BDVTU, ngày 01/6/2017 của Ban Dân vận …`: a document's issue date. `Từ ngày
    # 1/7 đến ngày 15/7/2023, các đoàn kiểm tra làm việc tại 9 huyện`: a campaign's weeks, not one
    # meeting's days (`Trong 2 ngày (14-15/3)`).
    issued = _issued_by()
    too_long = {(d.start, d.end) for d in in_sentence if _days(d) > _config()["lead"]["max_days"]}
    return sorted(
        (
            c
            for c in found
            if not issued.match(doc.text, c.end, sentence.end) and (c.start, c.end) not in too_long
        ),
        key=lambda c: c.start,
    )


def _days(date: DateMention) -> int:
    """How many days a date mention covers."""
    if date.end_value is None or len(date.end_value) != 10:
        return 1
    try:
        return (dt.date.fromisoformat(date.end_value) - dt.date.fromisoformat(date.value)).days + 1
    except ValueError:
        return 1


@cache
def _issued_by() -> regex.Pattern:
    return regex.compile(rf"\s*,?\s*(?:{lexicons.alternation(_config()['lead']['issued_by'])}){_WORD_END}")


def _lead_date(doc: ArticleDoc, sentence: Segment, dates: list[DateMention]) -> _LeadDate | None:
    """The day date a lead sentence opens with: only time words stand before it (`Sáng ngày
    30/6/2020, …`). A date opening a later clause (`Hướng tới kỷ niệm …, sáng 12/10, Ban Dân vận …
    tổ chức …`) is a lead date too, a weaker one (`opens_sentence` False)."""
    before_date = _words_pattern("lead", "before_date")
    for candidate in _date_candidates(doc, sentence, dates):
        prefix = before_date.sub("", doc.text[sentence.start : candidate.start])
        near = candidate.start - sentence.start <= _config()["lead"]["max_offset"]
        if near and not _TIME_LEFT.sub("", prefix):
            return _LeadDate(candidate.value, candidate.start, candidate.end, candidate.part_of_day, True)
        if _TIME_LEFT.sub("", prefix.rsplit(",", 1)[-1]) == "" and prefix.rstrip().endswith(","):
            return candidate
    return None


# What may be left before a lead date once its time words are gone: clock times (`08:15`, `14h30`,
# `8 giờ 30 phút`), an opening bracket (`Hôm nay (14/11)`) and punctuation.
_TIME_LEFT = regex.compile(
    r"(?:\d{1,2}\s*(?:giờ|h|:)\s*(?:\d{1,2})?\s*(?:phút)?|[\d.,(\s])+", regex.IGNORECASE
)


@dataclass(frozen=True)
class _Anchor:
    """A reported meeting's date and the stretch [start, end) of its sentence that names it.
    `weak`: the date does not open the sentence, so only a verb of holding makes it a report;
    `date_sentence`: the following sentence read for the date, if any."""

    date: _LeadDate
    start: int
    end: int
    weak: bool
    part_of_day: str | None
    rule: str
    date_sentence: int | None = None


def _anchor(
    doc: ArticleDoc, body: list[Segment], k: int, dates: list[DateMention], earlier: list[Event]
) -> _Anchor | None:
    """Where the meeting of sentence k takes its date from, in this order: a date opening the
    sentence or a clause (`Sáng 11/1, …`); `cùng ngày` or `Sau lễ ra mắt,` (the day of the meeting
    reported before); a date the meeting is held on later in the sentence (`… tổ chức gặp mặt … vào
    chiều ngày 10/4`); a date the next sentence gives it (`… vừa tổ chức hội nghị giao ban …. Hội
    nghị diễn ra vào sáng 27/9`)."""
    sentence = body[k]
    lead = _lead_date(doc, sentence, dates)
    if lead is not None:
        if _future_after_date().match(doc.text, lead.end, sentence.end):
            return None  # `Ngày 20/9 tới, …`: a day to come
        part = _part_of_day(doc, sentence.start, lead.end) or lead.part_of_day
        weak = bool(earlier) or not lead.opens_sentence
        return _Anchor(lead, lead.end, sentence.end, weak, part, "lead_sentence")
    today = _today(doc, sentence)
    if today is not None:
        part = _part_of_day(doc, today.start, today.end)
        return _Anchor(today, today.end, sentence.end, bool(earlier), part, "today")
    previous = next((e for e in reversed(earlier) if e.date is not None), None)
    if previous is not None and previous.date is not None:
        relative = _same_day(doc, sentence)
        if relative is not None:
            date, part = _shifted(doc, previous.date, *relative)
            rule = "same_day" if relative[1] == 0 else "next_day"
            return _Anchor(date, date.end, sentence.end, True, part, rule)
        relative = _held_on_relative(doc, sentence)
        if relative is not None:
            date, part = _shifted(doc, previous.date, *relative)
            return _Anchor(date, sentence.start, date.start, True, part, "held_on_relative")
    late = _held_on(doc, sentence, dates)
    if late is not None:
        return _Anchor(late, sentence.start, late.start, True, _part_of_day_before(doc, late), "held_on")
    before_verb = _date_before_verb(doc, sentence, dates)
    if before_verb is not None:
        part = _part_of_day_before(doc, before_verb)
        return _Anchor(before_verb, sentence.start, sentence.end, True, part, "before_verb")
    if k + 1 < len(body):
        following = _held_on(doc, body[k + 1], dates)
        if following is not None and _opens_with_meeting(doc, body[k + 1]):
            part = _part_of_day_before(doc, following)
            return _Anchor(following, sentence.start, sentence.end, True, part, "next_sentence", k + 1)
    return None


@cache
def _future_after_date() -> regex.Pattern:
    words = lexicons.alternation(_config()["lead"]["future_after_date"])
    return regex.compile(rf"\s+(?:{words}){_WORD_END}", regex.IGNORECASE)


@cache
def _same_day_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """`Vào chiều cùng ngày,`, `Trước đó, vào sáng cùng ngày,`, `Ngày hôm sau,` near the start;
    `Sau lễ ra mắt,` at it."""
    relative = _config()["relative"]
    words = lexicons.alternation(relative["same_day"] + relative["next_day"] + relative["day_before"])
    parts = lexicons.alternation(_config()["part_of_day"]["words"])
    after = lexicons.alternation(relative["after"])
    triggers = lexicons.alternation(_config()["triggers"])
    return (
        regex.compile(rf"{_WORD_START}(?:(?:{parts})\s+)?(?P<day>{words}){_WORD_END}", regex.IGNORECASE),
        regex.compile(rf"(?:{after})\s+(?:khi\s+)?(?:{triggers}){_WORD_END}[^,;.]*,", regex.IGNORECASE),
    )


def _day_shift(day: str) -> int:
    """How many days after the meeting reported before a relative day word is (`hôm sau` 1)."""
    relative = _config()["relative"]
    day = day.lower()
    return 1 if day in relative["next_day"] else -1 if day in relative["day_before"] else 0


@cache
def _held_on_relative_pattern() -> regex.Pattern:
    relative = _config()["relative"]
    words = lexicons.alternation(relative["same_day"] + relative["next_day"] + relative["day_before"])
    verbs = lexicons.alternation(_config()["held_on"]["before_date"])
    parts = lexicons.alternation(_config()["part_of_day"]["words"])
    return regex.compile(
        rf"{_WORD_START}(?:{verbs})\s+(?:vào\s+)?(?P<when>(?:(?:{parts})\s+)?(?P<day>{words})){_WORD_END}",
        regex.IGNORECASE,
    )


def _shifted(doc: ArticleDoc, previous: str, span: _Span, shift: int) -> tuple[_LeadDate, str | None]:
    """The day `shift` days after `previous` (an ISO day), dated where `span` says so, and the part of
    day said there (`chiều cùng ngày`)."""
    day = (dt.date.fromisoformat(previous) + dt.timedelta(days=shift)).isoformat()
    return _LeadDate(day, span.start, span.end, None, False), _part_of_day(doc, span.start, span.end)


def _held_on_relative(doc: ArticleDoc, sentence: Segment) -> tuple[_Span, int] | None:
    """A meeting named first and held on a day told by the one before (`Buổi tọa đàm “…” do Ban Dân
    vận Tỉnh ủy tổ chức diễn ra chiều cùng ngày tại …`): where that day is, and how many days later."""
    for found in _held_on_relative_pattern().finditer(doc.text, sentence.start, sentence.end):
        if _trigger(doc, sentence.start, found.start(), None) is not None:
            return _Span(found.start("when"), found.end("when")), _day_shift(found["day"])
    return None


def _same_day(doc: ArticleDoc, sentence: Segment) -> tuple[_Span, int] | None:
    """Where a sentence dates its meeting by the one reported before, and how many days later."""
    same_day, after_meeting = _same_day_patterns()
    found = after_meeting.match(doc.text, sentence.start, sentence.end)
    if found:
        return _Span(found.start(), found.end()), 0
    limit = min(sentence.end, sentence.start + _config()["relative"]["max_offset"])
    found = same_day.search(doc.text, sentence.start, limit)
    if found is None:
        return None
    return _Span(found.start(), found.end()), _day_shift(found["day"])


@cache
def _today_pattern() -> regex.Pattern:
    words = lexicons.alternation(_config()["relative"]["today"])
    return regex.compile(rf"(?:{words}){_WORD_END}\s*,", regex.IGNORECASE)


def _today(doc: ArticleDoc, sentence: Segment) -> _LeadDate | None:
    """`Sáng nay, Ban Dân vận Huyện ủy … tổ chức …` with no day written: the day the article is
    published (its date line)."""
    published = doc.header.published
    found = _today_pattern().match(doc.text, sentence.start, sentence.end)
    if found is None or not published or len(published) < 10:
        return None
    try:
        day = dt.date.fromisoformat(published[:10]).isoformat()
    except ValueError:
        return None
    return _LeadDate(day, found.start(), found.end(), None, True)


@cache
def _held_on_pattern() -> regex.Pattern:
    """What a date the meeting is held on follows: `tổ chức vào`, `diễn ra vào sáng`, `vào chiều ngày`."""
    verbs = lexicons.alternation(_config()["held_on"]["before_date"])
    return regex.compile(
        rf"{_WORD_START}(?:{verbs})\s+(?:lúc\s+[\d:hg]+\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?"
        rf"(?:(?:\d|hai|ba)\s+)?(?:(?:ngày|hôm)\s+)?$",
        regex.IGNORECASE,
    )


def _held_on(doc: ArticleDoc, sentence: Segment, dates: list[DateMention]) -> _LeadDate | None:
    """A day date inside the sentence after a meeting word and a word of holding (`được Ban Thường
    vụ Tỉnh ủy tổ chức vào sáng 12/3`); an issue date (`Kế hoạch số 112-KH/TU ngày 10/01/2024`)
    follows none of those words."""
    for candidate in _date_candidates(doc, sentence, dates):
        written = _DAY_MONTH.search(doc.text, candidate.start, candidate.end)
        # The words of holding stand before the mention (`diễn ra trong 2 ngày 20 và 21/9`) or before
        # its day and month (`diễn ra vào sáng 27/9`).
        starts = {candidate.start, written.start() if written else candidate.start}
        if not any(_held_on_pattern().search(doc.text[max(sentence.start, p - 40) : p]) for p in starts):
            continue
        if _trigger(doc, sentence.start, candidate.start, None) is not None:
            return candidate
    return None


@cache
def _verb_after_date() -> regex.Pattern:
    verbs = lexicons.alternation(_config()["lead"]["organize"])
    return regex.compile(rf"\s*,?\s*(?:(?:đã|vừa)\s+)?(?:{verbs}){_WORD_END}")


def _date_before_verb(doc: ArticleDoc, sentence: Segment, dates: list[DateMention]) -> _LeadDate | None:
    """`Ban Dân vận Tỉnh ủy ngày 14/3 đã tổ chức hội nghị …`: a day date between the organizer and
    the verb of holding that names the meeting."""
    for candidate in _date_candidates(doc, sentence, dates):
        verb = _verb_after_date().match(doc.text, candidate.end, sentence.end)
        if verb is not None and _trigger_after_verb(doc, verb.end(), sentence.end, None) is not None:
            return candidate
    return None


def _opens_with_meeting(doc: ArticleDoc, sentence: Segment) -> bool:
    """`Hội nghị diễn ra vào …`, `Buổi lễ được tổ chức …`: the sentence speaks of a meeting already named."""
    found = _words_pattern("", "triggers").match(doc.text, sentence.start, sentence.end)
    if found is None:
        return False
    rest = doc.text[found.end() : sentence.end].lstrip()
    return _words_pattern("held_on", "happened").match(rest) is not None or rest.startswith(("do ", "được "))


def _speaks_of(doc: ArticleDoc, body: list[Segment], k: int) -> bool:
    return k < len(body) and _opens_with_meeting(doc, body[k])


def _part_of_day_before(doc: ArticleDoc, date: _LeadDate) -> str | None:
    """`vào sáng 27/9`, `vào chiều ngày 10/4`: the part of day written in or just before the date."""
    written = _part_of_day(doc, date.start, date.end)
    if written is not None:
        return written
    found = regex.search(
        r"(?<![\p{L}\p{M}])(sáng|chiều|tối|trưa)\s+(?:(?:ngày|hôm)\s+)?$",
        doc.text[max(0, date.start - 16) : date.start],
        regex.IGNORECASE,
    )
    return found.group(1).lower() if found else date.part_of_day


def _reported_event(
    doc: ArticleDoc, body: list[Segment], k: int, dates: list[DateMention], earlier: list[Event]
) -> tuple[Event, int | None] | None:
    """The meeting sentence k reports, with its chairs and attendees left for `_with_people`."""
    sentence = body[k]
    anchor = _anchor(doc, body, k, dates, earlier)
    if anchor is None:
        return None
    start, end = anchor.start, anchor.end
    place = _location(doc, [sentence]) or _place_after_date(doc, anchor.date.end, sentence.end)
    verbs = [
        m
        # Case matters: `Ban Tổ chức Hội thi` is a name, `tổ chức` the verb.
        for m in _words_pattern("lead", "organize", ignore_case=False).finditer(doc.text, start, end)
        if place is None or not place.start <= m.start() < place.end
    ]
    # The meeting held is the one a verb of holding names (`tổ chức long trọng Lễ …`, `đã có buổi làm
    # việc`), past meeting words in the organizer's name (`Ban Tổ chức Hội thi tổ chức lễ bế mạc`);
    # else the first meeting word (`đồng chí … gặp mặt, tặng quà người có uy tín … tại hội nghị`).
    trigger = next(
        (t for verb in verbs if (t := _trigger_after_verb(doc, verb.end(), end, place)) is not None), None
    ) or _trigger(doc, start, end, place)
    if trigger is None:
        return None
    # The verb of holding is the last one before the meeting (`Nhằm tri ân … người có uy tín …, Ban
    # Thường vụ … tổ chức gặp mặt`, `Ban Tổ chức Tỉnh ủy tổ chức …`).
    before = [m for m in verbs if m.start() < trigger.start]
    organize = before[-1] if before else None
    # A meeting announced, not reported: `sẽ tổ chức hội nghị`, `Hội nghị … sẽ được tổ chức vào ngày …`.
    # A meeting named before the day it is held on may cite a document in its name (`Hội nghị tổng
    # kết … Quyết định số 99-QĐ/TW … về ban hành Khung hướng dẫn … được tổ chức vào sáng 18/11`): only
    # the words before it and those holding it just before the day can announce it.
    planned = _words_pattern("lead", "planned")
    if anchor.rule in ("held_on", "held_on_relative"):
        holding = max(trigger.end, anchor.end - _config()["lead"]["max_offset"])
        spans = [(sentence.start, trigger.start), (holding, anchor.end)]
    else:
        spans = [(sentence.start, max(anchor.end if anchor.end < sentence.end else 0, trigger.start))]
    if any(planned.search(doc.text, a, b) for a, b in spans):
        return None
    organized = organize is not None and organize.start() < trigger.start
    if anchor.weak and not (
        organized
        or _is_visit(doc, trigger)
        or _held(doc, start, trigger, sentence)
        or _holder_clause(doc, sentence, trigger.start) is not None
    ):
        return None  # a later or mid-sentence date reports a meeting only with a verb of holding
    phrase = _phrase(doc, trigger.start, sentence.end)
    organizer_end = organize.start() if organize is not None and organized else trigger.start
    # With no verb of holding before the meeting, an agent after it (`Phát biểu tại hội nghị … do Ban
    # Dân vận Tỉnh ủy tổ chức ngày 28/3`) names its organizer rather than the words before it.
    agent = _organizer_by(doc, phrase.end, sentence.end)
    organizer = (
        (None if organized else agent)
        or _organizer(doc, _clause_start(doc, start, organizer_end), organizer_end, place)
        or agent
        or (_organizer_by(doc, body[k + 1].start, body[k + 1].end) if _speaks_of(doc, body, k + 1) else None)
        or _organizer_after(doc, phrase)
    )
    event = Event(
        kind=_kind(doc.text[phrase.start : phrase.end]),
        text=doc.text[phrase.start : phrase.end],
        start=phrase.start,
        end=phrase.end,
        date=anchor.date.value[:10],
        part_of_day=anchor.part_of_day,
        organizer=organizer,
        location=doc.text[place.start : place.end] if place else None,
        rule=f"events:{anchor.rule}",
    )
    return event, anchor.date_sentence


@cache
def _part_pattern() -> regex.Pattern:
    """`lớp thứ nhất vào ngày 3/6 tại xã Hồng Thượng`: one part of a meeting held in several, its day
    and place."""
    parts = _config()["parts"]
    nouns, ordinals = lexicons.alternation(parts["nouns"]), lexicons.alternation(parts["ordinals"])
    return regex.compile(
        rf"{_WORD_START}(?P<part>(?:{nouns})\s+thứ\s+(?:{ordinals})){_WORD_END}"
        r"(?P<held>\s+(?:(?:được\s+)?tổ chức\s+|diễn ra\s+)?(?:vào\s+)?"
        r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?)",
        regex.IGNORECASE,
    )


_PART_PLACE = regex.compile(r"\s*,?\s*tại\s+(?P<place>[^,;.]+)")


def _parts(doc: ArticleDoc, sentence: Segment, dates: list[DateMention], event: Event) -> list[Event]:
    """A meeting held in parts on days of their own (`tổ chức 02 lớp tập huấn …: lớp thứ nhất vào
    ngày 3/6 tại …; lớp thứ hai vào ngày 4/6 tại …`) is one event per part (README.J); else the
    event itself."""
    candidates = _date_candidates(doc, sentence, dates)
    parts = []
    for found in _part_pattern().finditer(doc.text, event.start or sentence.start, sentence.end):
        day = next((c for c in candidates if found.end("part") < c.start <= found.end("held")), None)
        if day is None:
            continue
        place = _PART_PLACE.match(doc.text, day.end, sentence.end)
        location = None
        if place is not None:
            stop = _place_end_pattern().search(doc.text, place.start("place"), place.end("place"))
            location = doc.text[place.start("place") : stop.start() if stop else place.end("place")].strip()
        parts.append(
            event.model_copy(
                update={
                    "text": found["part"],
                    "start": found.start("part"),
                    "end": found.end("part"),
                    "date": day.value[:10],
                    "part_of_day": _part_of_day(doc, found.end("part"), day.end),
                    "location": location,
                    "rule": "events:parts",
                }
            )
        )
    return parts if len({p.date for p in parts}) > 1 else [event]


def _held(doc: ArticleDoc, start: int, trigger: _Span, sentence: Segment) -> bool:
    """A word saying the meeting took place: before it (`đồng chí … dự lễ ra mắt`, `… đã chủ trì
    cuộc họp`) or after it (`Hội nghị … đã diễn ra`, `được … tổ chức`)."""
    if _words_pattern("held_on", "attended").search(doc.text, start, trigger.start):
        return True
    # `Tại Hội nghị sơ kết … do Ban Dân vận Trung ương tổ chức ngày 20/4/2023 …`: held by the body named.
    if _ORGANIZER_BY.search(doc.text, trigger.end, sentence.end) is not None:
        return True
    return _happened_pattern().search(doc.text, trigger.end, sentence.end) is not None


@cache
def _happened_pattern() -> regex.Pattern:
    happened = lexicons.alternation(_config()["held_on"]["happened"])
    passive = rf"{_WORD_START}được\s[^,;.]{{0,120}}?tổ chức"  # `được Ban Thường vụ Tỉnh ủy tổ chức`
    return regex.compile(rf"{_WORD_START}(?:{happened}){_WORD_END}|{passive}", regex.IGNORECASE)


@cache
def _purpose_clause() -> regex.Pattern:
    openers = lexicons.alternation(_config()["organizer"]["purpose_openers"])
    return regex.compile(rf"[\s,]*(?:{openers}){_WORD_END}[^;]*,\s+(?=\p{{Lu}})", regex.IGNORECASE)


def _clause_start(doc: ArticleDoc, start: int, end: int) -> int:
    """Past an opening clause of purpose (`Nhằm tri ân …, Ban Thường vụ … tổ chức`)."""
    found = _purpose_clause().match(doc.text, start, end)  # also after `Vào chiều cùng ngày, `
    return found.end() if found else start


_ORGANIZER_BY = regex.compile(
    r"(?<![\p{L}\p{M}])(?:do|được)\s+(?P<organizer>\p{Lu}[^;.]{2,160}?)\s+tổ chức(?![\p{L}\p{M}])"
)


def _organizer_by(doc: ArticleDoc, start: int, end: int) -> str | None:
    """`Hội nghị do Ban Dân vận Tỉnh ủy Phú Thọ tổ chức`, `được Ban Thường vụ Tỉnh ủy tổ chức`."""
    found = _ORGANIZER_BY.search(doc.text, start, end)
    if found is None:
        return None
    return _organizer(doc, found.start("organizer"), found.end("organizer"), None)


def _with_people(
    doc: ArticleDoc, body: list[Segment], k: int, officials: list[Official], event: Event
) -> tuple[Event, list[str]]:
    """The event with its chairs and attendees, read in `body` (which ends before the next meeting),
    and those named chairing in the first sentence that names any (co-chairs named after it left
    out: a delegation's leaders, `_delegation_chairs`)."""
    chairs, leading, chair_sentence = _chairs(doc, body, k, officials, event.kind)
    if not chairs and event.start is not None:
        chairs = _person_holding(doc, body[k], officials, event.start)
    location = event.location
    if location is None:
        place = _location(doc, _around(body, k, chair_sentence))
        location = doc.text[place.start : place.end] if place else None
    attendees = _attendees(doc, body, k, officials, chairs)
    return event.model_copy(update={"chairs": chairs, "location": location, "attendees": attendees}), leading


def _is_visit(doc: ArticleDoc, trigger: _Span) -> bool:
    """`… đã làm việc với …` reports a working session without a verb of holding."""
    return _kind(doc.text[trigger.start : trigger.end]) == "buổi làm việc"


def _around(body: list[Segment], k: int, chair_sentence: int | None) -> list[Segment]:
    window = _config()["location"]["window"]
    indexes = [k, *([chair_sentence] if chair_sentence is not None else []), *range(k + 1, k + 1 + window)]
    return [body[i] for i in dict.fromkeys(indexes) if i < len(body)]


# Words a verb of holding may have before the meeting it names (`tổ chức long trọng`, `tổ chức
# chương trình giao lưu`): two lower-case words at most.
_BEFORE_MEETING = regex.compile(r"\s+(?:(?-i:\p{Ll})[\p{L}\p{M}]*\s+){0,2}")


def _trigger_after_verb(doc: ArticleDoc, verb_end: int, end: int, place: _Span | None) -> _Span | None:
    """The meeting word a verb of holding is followed by, two words away at most."""
    gap = _BEFORE_MEETING.match(doc.text, verb_end, end)
    if gap is None:
        return None
    for stop in sorted({m.start() for m in regex.finditer(r"(?<=\s)", doc.text[verb_end : gap.end()])}):
        found = _words_pattern("", "triggers").match(doc.text, verb_end + stop, end)
        if found and (place is None or not place.start <= found.start() < place.end):
            return _Span(found.start(), found.end())
    return None


def _trigger(doc: ArticleDoc, start: int, end: int, place: _Span | None) -> _Span | None:
    """The first word naming a meeting in [start, end), outside the meeting's place
    (`tại Trung tâm Hội nghị tỉnh` is a place, not a meeting)."""
    for match in _words_pattern("", "triggers").finditer(doc.text, start, end):
        if place is None or not place.start <= match.start() < place.end:
            return _Span(match.start(), match.end())
    return None


@cache
def _phrase_end_pattern() -> regex.Pattern:
    ends = lexicons.alternation(_config()["phrase"]["ends_before"])
    # A comma before a capital starts the next clause (`…, Ban Chấp hành Đảng bộ Khối đã …`); one
    # before a lower-case word is inside the name (`mô hình, điển hình`, `cấp ủy, chính quyền`).
    return regex.compile(rf"[;]|\.(?!\d)|,\s+(?=(?-i:\p{{Lu}}))|{ends}", regex.IGNORECASE)


def _phrase(doc: ArticleDoc, start: int, limit: int) -> _Span:
    """The words naming the meeting: `hội nghị sơ kết công tác 6 tháng đầu năm` up to its clause end."""
    limit = min(limit, start + _config()["phrase"]["max_length"])
    stop = _phrase_end_pattern().search(doc.text, start, limit)
    end = stop.start() if stop else limit
    while end > start and doc.text[end - 1] in " ,:":
        end -= 1
    return _Span(start, end)


@cache
def _kind_patterns() -> list[tuple[str, regex.Pattern]]:
    patterns = []
    for section in ("kinds", "kinds_by_period"):
        for kind, words in _config()[section].items():
            alternation = lexicons.alternation(words)
            patterns.append((kind, regex.compile(rf"{_WORD_START}(?:{alternation}){_WORD_END}", regex.I)))
    return patterns


def _kind(phrase: str) -> str:
    """The earliest deciding word of the phrase gives the kind; the period words only when the
    phrase has no other (GUIDE: `hội nghị tổng kết` is also `đánh giá … năm`)."""
    first_readings = len(_config()["kinds"])
    for patterns in (_kind_patterns()[:first_readings], _kind_patterns()[first_readings:]):
        found = [(m.start(), kind) for kind, p in patterns if (m := p.search(phrase))]
        if found:
            return min(found)[1]
    return "hội nghị"


def _part_of_day(doc: ArticleDoc, start: int, end: int) -> str | None:
    found = _words_pattern("part_of_day", "words").search(doc.text, start, end)
    return found.group().lower() if found else None


# --- organizer and place --------------------------------------------------------------------------------


@cache
def _organizer_end_pattern() -> regex.Pattern:
    # Case matters: `Ban Tổ chức Hội thi tổ chức …` is a name, then a verb.
    return regex.compile(lexicons.alternation(_config()["organizer"]["ends_before"]))


# A bracket after the organizer's name: a district (`Ủy ban MTTQ xã Tam Chung (huyện Mường Lát)`) is
# dropped, an abbreviation of the name (`Ban Dân vận Tỉnh ủy (BDVTU)`) kept (GUIDE: as written).
_TRAILING_BRACKET = regex.compile(r"\s*\((?!\p{Lu}[\p{Lu}\p{N}&-]*\))[^()]*\)\s*$")
_EDGE = " ,;:-–"
_TRAILING_DATE = regex.compile(
    r"\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:ngày|hôm)\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?$",
    regex.IGNORECASE,
)


@cache
def _opening_words() -> regex.Pattern:
    """Sentence openings before an organizer: `Trước đó,`, `Vừa qua,`."""
    words = lexicons.alternation(_config()["relative"]["another"] + _config()["undated"]["openers"])
    return regex.compile(rf"[{_EDGE}]*(?:{words}){_WORD_END}\s*,\s*", regex.IGNORECASE)


def _organizer(doc: ArticleDoc, start: int, end: int, place: _Span | None) -> str | None:
    """Who held the meeting: the words between the date (and the place) and `tổ chức`,
    up to `phối hợp với`, `do …`; a bracketed district after the name is dropped."""
    if place is not None and start <= place.start < end:
        start = max(start, place.end)
    written = doc.text[start:end].lstrip(_EDGE + ")")  # `Vừa qua (ngày 8/10), Ban …`
    # `Ngày 14/3 vừa qua, Hội Nông dân tỉnh …`: words of the date before the organizer.
    after_date = _words_pattern("lead", "after_date").match(written.lstrip(_EDGE))
    if after_date is not None:
        written = written.lstrip(_EDGE)[after_date.end() :]
    # `Trước đó, Ban Dân vận Huyện ủy … tổ chức …` read from the sentence start: the opening words.
    opening = _opening_words().match(written)
    if opening is not None:
        written = written[opening.end() :]
    cut = _organizer_end_pattern().search(written)
    written = written[: cut.start()] if cut else written
    written = _TRAILING_BRACKET.sub("", written.strip(_EDGE)).strip(_EDGE)
    written = _TRAILING_DATE.sub("", written).strip(_EDGE)  # `Ban Dân vận Tỉnh ủy ngày 14/3 đã tổ chức`
    if len(written) < 3 or len(written) > _config()["organizer"]["max_length"]:
        return None
    if _words_pattern("organizer", "not_starting").match(written):
        return None  # `tại Hội nghị …`: the meeting itself, named before its organizer
    return written


_ORGANIZER_AFTER = regex.compile(r"\s*,\s*(?P<organizer>\p{Lu}[^,;.]{2,120}?)\s+(?:đã|đồng|tổ chức)\s")


def _organizer_after(doc: ArticleDoc, phrase: _Span) -> str | None:
    """`Ngày 12/10/2020, tại Hội nghị tổng kết …, Ban Chấp hành Đảng bộ Khối đã …`."""
    found = _ORGANIZER_AFTER.match(doc.text, phrase.end)
    return found["organizer"] if found else None


@cache
def _place_tail() -> str:
    """The units a place name goes on with after a comma (`Nhà văn hóa thôn Phú Mỹ, xã Điện Hòa`):
    written lower-case before a name or number (`, Huyện ủy tổ chức …` is the next clause)."""
    units = lexicons.alternation(_config()["location"]["continued_by"])
    return rf"(?:,\s*(?-i:{units})\s(?=\p{{Lu}}|\d|số\s)[^,;.]+?)*"


@cache
def _location_pattern() -> regex.Pattern:
    """`tại Hội trường Tỉnh ủy …` up to the clause end; `tại làng Kon Rlong` (a settlement with no
    building word) up to the end of its name, the capitalised words after it."""
    heads = lexicons.alternation(_config()["location"]["heads"])
    settlements = lexicons.alternation(_config()["location"]["settlements"])
    prepositions = lexicons.alternation(_config()["location"]["prepositions"])
    units = lexicons.alternation(_config()["location"]["continued_by"])
    name = r"(?:\s+(?-i:\p{Lu})[\p{L}\p{M}'’-]*)+"
    return regex.compile(
        rf"{_WORD_START}(?:{prepositions})\s+(?P<place>(?:{heads}){_WORD_END}[^,;.]*?{_place_tail()}(?=[,;.]|$)"
        rf"|(?-i:{settlements}){name}(?:,\s*(?-i:{units}){name})*{_WORD_END})",
        regex.IGNORECASE,
    )


@cache
def _place_after_date_pattern() -> regex.Pattern:
    return regex.compile(rf"\s*,?\s*tại\s+(?P<place>[^,;.]+?{_place_tail()})\s*,", regex.IGNORECASE)


def _place_after_date(doc: ArticleDoc, date_end: int, end: int) -> _Span | None:
    """`Tối 14/10, tại Quảng trường 10 Tháng 3, Ban Thường vụ …`: a `tại` clause between the date
    and the organizer is the place, whatever its head, unless it names the meeting itself
    (`Ngày 12/10/2020, tại Hội nghị tổng kết …, Ban Chấp hành …`)."""
    found = _place_after_date_pattern().match(doc.text, date_end, end)
    if found is None or _words_pattern("", "triggers").match(found["place"]):
        return None
    return _Span(found.start("place"), found.end("place"))


@cache
def _place_end_pattern() -> regex.Pattern:
    # Case matters: `Trung tâm Hội nghị và Tổ chức sự kiện tỉnh` is a name, `… tổ chức` a verb.
    return regex.compile(lexicons.alternation(_config()["location"]["ends_before"]))


def _location(doc: ArticleDoc, sentences: list[Segment]) -> _Span | None:
    """`tại Hội trường Tỉnh ủy`, up to the clause end or a verb (`tại Hội trường Tỉnh ủy đã diễn ra …`)."""
    for sentence in sentences:
        found = _location_pattern().search(doc.text, sentence.start, sentence.end)
        if found:
            verb = _place_end_pattern().search(doc.text, found.start("place"), found.end("place"))
            end = verb.start() if verb else found.end("place")
            while end > found.start("place") and doc.text[end - 1] == " ":
                end -= 1
            return _Span(found.start("place"), end)
    return None


# --- people -------------------------------------------------------------------------------------------


@cache
def _chair_patterns(runs: bool = False) -> tuple[regex.Pattern, regex.Pattern]:
    """The verbs of chairing (with `runs`, those of running a meeting: `điều hành`) and `do`."""
    chairs = _config()["chairs"]
    verbs = lexicons.alternation(chairs["runs"] if runs else chairs["verbs"] + chairs["named_after_only"])
    not_after = lexicons.alternation(chairs["not_after_verb"])
    # `Phó Trưởng đoàn` is no leader; the lookbehind keeps `phó` out of the verb.
    not_before = "".join(rf"(?<!{regex.escape(w)}\s)" for w in chairs["not_before_verb"])
    verb = regex.compile(rf"{_WORD_START}{not_before}(?:{verbs}){_WORD_END}(?!{not_after})", regex.IGNORECASE)
    led_by = regex.compile(rf"{_WORD_START}(?:{lexicons.alternation(chairs['led_by'])})\s", regex.IGNORECASE)
    return verb, led_by


@cache
def _chairs_named_after() -> regex.Pattern:
    """After a verb of chairing, the meeting and `là`/`có`/`của`: the chairs follow (`chủ trì hội
    nghị là đồng chí …`, `dưới sự chủ trì của đồng chí …`), unlike `… làm trưởng đoàn đã có buổi
    làm việc`."""
    triggers = lexicons.alternation(_config()["triggers"])
    return regex.compile(
        rf"(?:\s+(?:{triggers}){_WORD_END}[^,;.:]{{0,50}}?)?\s*(?:\s(?:là|có|của){_WORD_END}|:)",
        regex.IGNORECASE,
    )


def _mentions(doc: ArticleDoc, officials: list[Official], start: int, end: int) -> list[tuple[int, int, str]]:
    """Where officials are named in [start, end), in text order: their mentions, and their full name
    wherever it is written (the officials stage may list a repeated name at one mention only)."""
    found: set[tuple[int, int, str]] = set()
    for official in officials:
        for mention in official.mentions:
            if mention.start is not None and mention.end is not None and start <= mention.start < end:
                found.add((mention.start, mention.end, official.name))
        pattern = rf"{_WORD_START}{regex.escape(official.name)}{_WORD_END}"
        for written in regex.finditer(pattern, doc.text[start:end]):
            found.add((start + written.start(), start + written.end(), official.name))
    return sorted(found)


def _names_in(doc: ArticleDoc, officials: list[Official], start: int, end: int) -> list[str]:
    """Names of the officials mentioned in [start, end), in the order first mentioned there."""
    return list(dict.fromkeys(name for _, _, name in _mentions(doc, officials, start, end)))


def _name_list(doc: ArticleDoc, officials: list[Official], start: int, end: int) -> list[str]:
    """The names listed from `start` (`đồng chí A, Trưởng Ban …; B, …`, `A … và đồng chí B …`):
    the list ends where a verb opens the next clause (`…, Bí thư Đảng ủy xã, Đảng ủy xã … tổ chức`)."""
    names: list[str] = []
    last_end = start
    for mention_start, mention_end, name in _mentions(doc, officials, start, end):
        if names and _words_pattern("chairs", "list_ends").search(doc.text, last_end, mention_start):
            break
        names.append(name)
        last_end = max(last_end, mention_end)
    return list(dict.fromkeys(names))


def _chairs(
    doc: ArticleDoc,
    body: list[Segment],
    k: int,
    officials: list[Official],
    kind: str | None = None,
) -> tuple[list[str], list[str], int | None]:
    """Those chairing, in the first sentence from the lead one (and the few after it) that names
    any: named before `chủ trì` / `đồng chủ trì`, between `do` and `làm trưởng đoàn` / `dẫn đầu`,
    or after `chủ trì hội nghị là/có`, `dưới sự chủ trì của`, `Trưởng đoàn là`; every verb of
    the sentence counts (`A chủ trì hội nghị; cùng chủ trì có đồng chí B`). Only when nobody is
    said to chair it, the one who runs it (`Hội nghị do ông …, Cụm trưởng điều hành`) leads it;
    beside a chair, one who `điều hành phần đối thoại` moderates (README.L). Returns the names,
    those of that first sentence alone, and its index."""
    last = min(len(body), k + 1 + _config()["chairs"]["window"])
    for runs in (False, True):
        for i in range(k, last):
            names = _chairs_in(doc, body[i], officials, kind, runs)
            if names:
                own = list(dict.fromkeys(names))
                # `… chủ trì hội nghị. Cùng chủ trì có đồng chí …`: co-chairs named in the sentences after.
                for j in range(i + 1, last):
                    if _words_pattern("chairs", "co_chair").search(doc.text, body[j].start, body[j].end):
                        names.extend(_chairs_in(doc, body[j], officials, kind, runs))
                return list(dict.fromkeys(names)), own, i
    return [], [], None


def _chairs_in(
    doc: ArticleDoc, sentence: Segment, officials: list[Official], kind: str | None, runs: bool = False
) -> list[str]:
    verb_pattern, _ = _chair_patterns(runs)
    return [
        name
        for verb in verb_pattern.finditer(doc.text, sentence.start, sentence.end)
        if not _chairs_another_kind(doc, verb.end(), sentence.end, kind)
        for name in _chairs_at(doc, sentence, verb, officials)
    ]


def _chairs_another_kind(doc: ArticleDoc, verb_end: int, end: int, kind: str | None) -> bool:
    """`Đồng chí A Nhoa chủ trì tọa đàm.` chairs a tọa đàm, not the lễ reported before it; a plain
    `hội nghị` may be any meeting."""
    found = _words_pattern("", "triggers").match(doc.text, verb_end + 1, end)
    if kind is None or found is None or doc.text[verb_end : verb_end + 1] != " ":
        return False
    named = _kind(doc.text[found.start() : _phrase(doc, found.start(), end).end])
    return "hội nghị" not in (named, kind) and named != kind


def _chairs_at(doc: ArticleDoc, sentence: Segment, verb: regex.Match, officials: list[Official]) -> list[str]:
    """The names one verb of chairing gives."""
    _, led_by = _chair_patterns()
    named_after = _chairs_named_after().match(doc.text, verb.end(), sentence.end)
    if named_after:
        # `chủ trì hội nghị là đồng chí …`, `Đồng chủ trì hội nghị có các đồng chí: A, …; B, …`
        return _name_list(doc, officials, named_after.end(), sentence.end)
    if _words_pattern("chairs", "named_after_only").fullmatch(verb.group()):
        return []  # `Trưởng Đoàn đại biểu Quốc hội tỉnh` is a title, `Trưởng đoàn là …` a leader
    start = sentence.start
    lead_words = list(led_by.finditer(doc.text, sentence.start, verb.start()))
    if lead_words:
        start = lead_words[-1].end()
    names = _names_in(doc, officials, start, verb.start())
    if not names and not doc.text[sentence.start : verb.start()].strip():
        # `Đồng chủ trì hội thảo có đồng chí Hồ Thị Diễm Kiều, … và PGS.TS Lê Văn Định, …`
        names = _name_list(doc, officials, verb.end(), sentence.end)
    if not names:
        titled = _TITLE_ONLY.search(doc.text[start : verb.start()])
        if titled is not None:
            names = _titled(doc, officials, titled["title"], sentence.start)
    return names


# A chair named by a title alone, referring back (`Đồng chí Bí thư chủ trì hội nghị.`).
_TITLE_ONLY = regex.compile(
    r"(?:^|(?<=[,;]\s))(?i:đồng chí|ông|bà)\s+(?P<title>\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,5}?)\s*$"
)


def _titled(doc: ArticleDoc, officials: list[Official], title: str, before: int) -> list[str]:
    """The one official named before `before` with this title: as a role (`Phó Bí thư Thường trực
    Tỉnh ủy`) or written before the name (`đồng chí Bí thư Huyện ủy Nhâm Văn Thới`)."""
    title = title.lower()
    found = {o.name for o in officials for r in o.roles if (r.text or "").lower().startswith(title)}
    for start, _, name in _mentions(doc, officials, 0, before):
        clause = doc.text[max(0, start - 80) : start]
        opened = list(_person_subject().finditer(clause))
        if opened and clause[opened[-1].end() :].strip().lower().startswith(title):
            found.add(name)
    return sorted(found) if len(found) == 1 else []


@cache
def _person_subject() -> regex.Pattern:
    people = lexicons.alternation(_config()["chairs"]["person_words"])
    return regex.compile(rf"(?:{people}){_WORD_END}", regex.IGNORECASE)


def _person_holding(doc: ArticleDoc, sentence: Segment, officials: list[Official], meeting: int) -> list[str]:
    """`Sáng 22/8, …, đồng chí Lâm Hải Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã đối thoại
    trực tiếp với Nhân dân`, `Chiều cùng ngày, đồng chí Lê Văn An gặp mặt …`: the person whose
    clause holds the meeting leads it."""
    start = _holder_clause(doc, sentence, meeting)
    return [] if start is None else _names_in(doc, officials, start, meeting)[:1]


@cache
def _holding_before() -> regex.Pattern:
    words = lexicons.alternation(_config()["chairs"]["holding_before"])
    return regex.compile(
        rf"(?:{_WORD_START}(?:{words})|(?-i:\p{{Lu}})[\p{{L}}\p{{M}}]*)\s+$", regex.IGNORECASE
    )


def _holder_clause(doc: ArticleDoc, sentence: Segment, meeting: int) -> int | None:
    """Where the clause starts whose subject, a person (`đồng chí`, `ông`, `bà`), holds the meeting
    named at `meeting` as its verb: right after the name or role, or after `đã`, `vừa`, `có buổi`
    (`… đã tiếp xúc với …`). One who attends (`đồng chí … dự lễ ra mắt`), speaks at it (`phát
    biểu tại hội nghị`) or whose body holds it (`tổ chức`) does not."""
    if not _holding_before().search(doc.text, sentence.start, meeting):
        return None
    for clause in regex.finditer(r"(?:^|,\s+)", doc.text[sentence.start : meeting]):
        start = sentence.start + clause.end()
        if _person_subject().match(doc.text, start, meeting):
            if _words_pattern("chairs", "not_leading").search(doc.text, start, meeting):
                return None
            return start
    return None


@cache
def _attendee_opening() -> regex.Pattern:
    """Words opening a sentence of attendees (`Dự hội nghị có`, `Tham dự có`)."""
    openers = lexicons.alternation(_config()["attendees"]["openers"])
    return regex.compile(rf"(?:{openers}){_WORD_END}", regex.IGNORECASE)


def _attendees(
    doc: ArticleDoc, body: list[Segment], k: int, officials: list[Official], chairs: list[str]
) -> list[str]:
    opening = _attendee_opening()
    names: list[str] = []
    for sentence in body[k + 1 : k + 1 + _config()["chairs"]["window"]]:
        if opening.match(doc.text, sentence.start, sentence.end):
            names.extend(
                n for n in _names_in(doc, officials, sentence.start, sentence.end) if n not in chairs
            )
    return list(dict.fromkeys(names))


# --- the headline ---------------------------------------------------------------------------------------


def _headline_event(
    doc: ArticleDoc, body: list[Segment], dates: list[DateMention], officials: list[Official]
) -> Event | None:
    """A meeting named only in the headline (002: `Giao ban công tác dân vận các tỉnh, thành phố
    khu vực đồng bằng sông Hồng`), dated only if the headline gives its day; its chairs are in the
    first sentences of the body."""
    headline = _headline_meeting(doc)
    if headline is None:
        return None
    start, end = doc.header.title_start, doc.header.title_end
    _, phrase, organizer = headline
    chairs, _, _ = _chairs(doc, body, 0, officials)
    in_title = [d for d in dates if d.kind == "date" and d.start is not None and start <= d.start < end]
    day = next((d for d in in_title if len(d.value) == 10), None)
    return Event(
        kind=_kind(doc.text[phrase.start : phrase.end]),
        text=doc.text[phrase.start : phrase.end],
        start=phrase.start,
        end=phrase.end,
        date=day.value if day else None,
        part_of_day=day.part_of_day if day else None,
        organizer=organizer,
        chairs=chairs,
        rule="events:headline",
    )


def _headline_meeting(doc: ArticleDoc) -> tuple[_Span, _Span, str | None] | None:
    """The meeting a headline names: its word, its phrase and its organizer. `Ban Dân vận Tỉnh ủy
    làm việc với …`, `… tổ chức Hội thi …` name the organizer; a headline opening with a date
    (`Sáng 14/3, …`) or a place (`Hà Giang: Sơ kết …`) does not."""
    start, end = doc.header.title_start, doc.header.title_end
    if start is None or end is None:
        return None
    trigger = _trigger(doc, start, end, None)
    if trigger is None:
        return None
    colon = doc.text.rfind(":", start, trigger.start)
    before = colon + 1 if colon >= 0 else start
    organizer = None
    if not _DAY_MONTH.search(doc.text, before, trigger.start):
        organizer = _organizer(doc, before, trigger.start, None)
    return trigger, _phrase(doc, trigger.start, end), organizer


@cache
def _undated_opener() -> regex.Pattern:
    words = lexicons.alternation(_config()["undated"]["openers"])
    return regex.compile(rf"(?:{words}){_WORD_END}\s*,\s*", regex.IGNORECASE)


# A number before the meeting word counts meetings (`đã tổ chức 35 hội nghị`, `6 cuộc đối thoại`).
_COUNTED = regex.compile(r"(?<![\d/.-])\d+(?:[.,]\d+)?\s+(?:[\p{Ll}\p{M}]+\s+)?$")


def _undated_event(doc: ArticleDoc, body: list[Segment], k: int) -> Event | None:
    """A meeting sentence k reports with no day: `Vừa qua, Ban Dân vận Huyện ủy … tổ chức Hội nghị
    …`, `Mới đây, … tổ chức tọa đàm …` anywhere in the body, or `Ban Dân vận Huyện ủy … vừa tổ chức
    hội nghị …` in the first sentences."""
    sentence = body[k]
    opener = _undated_opener().match(doc.text, sentence.start, sentence.end)
    organize = None
    if k < _config()["undated"]["sentences"]:
        organize = _words_pattern("undated", "organize").search(doc.text, sentence.start, sentence.end)
    if organize is None and opener is not None:
        verbs = _words_pattern("lead", "organize", ignore_case=False)
        organize = verbs.search(doc.text, opener.end(), sentence.end)
    if organize is None:
        return None
    trigger = _trigger(doc, organize.end(), sentence.end, None)
    if trigger is None:
        return None
    if _words_pattern("lead", "planned").search(doc.text, sentence.start, trigger.start):
        return None
    if opener is None and _COUNTED.search(doc.text, organize.end(), trigger.start):
        return None  # `Năm 2023, các cấp ủy đã tổ chức 35 hội nghị …`: meetings counted in a report
    phrase = _phrase(doc, trigger.start, sentence.end)
    start = _clause_start(doc, opener.end() if opener else sentence.start, organize.start())
    place = _location(doc, [sentence])
    return Event(
        kind=_kind(doc.text[phrase.start : phrase.end]),
        text=doc.text[phrase.start : phrase.end],
        start=phrase.start,
        end=phrase.end,
        organizer=_organizer(doc, start, organize.start(), None),
        location=doc.text[place.start : place.end] if place else None,
        rule="events:undated_lead",
    )

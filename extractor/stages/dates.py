"""Stage `dates`: the days, ranges and periods of SPEC "dates", read by the patterns of
data/date_patterns.toml.

The stage works in four steps:
1. every rule is run over the text; where matches overlap the longest wins (`resolve_overlaps`),
   and a match inside a document number or web address is dropped (`30/2020/NĐ-CP` holds no date);
2. each match is read into calendar parts (`Reading`); an impossible day (`31/2/2020`) becomes a
   warning, never a date;
3. a day or period written without its year gets one from the article's context (`Context`);
4. mentions are deduplicated by (`value`, `end_value`), keeping the first mention's text.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex

from extractor import lexicons
from extractor.document import ArticleDoc
from extractor.records import DateMention

STAGE = "dates"
FLAGS = regex.VERBOSE | regex.IGNORECASE
# A match may not start inside a word or number, nor end just before more of one.
_BEFORE = r"(?<![\p{L}\p{N}/.])"
_AFTER = r"(?![\p{L}\p{N}]|[/.]\d)"
_PLACEHOLDER = regex.compile(r"@(\w+)")
# The years the Party press of our corpus can be about; anything else read as a year is a number.
FIRST_YEAR, LAST_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    pattern: regex.Pattern


@cache
def rules() -> tuple[Rule, ...]:
    """The rules of data/date_patterns.toml, placeholders filled in, in file order (= priority)."""
    config = lexicons.table("date_patterns")
    pieces: dict[str, str] = dict(config["pieces"])
    for name, entries in config["words"].items():
        pieces[name] = lexicons.alternation(entries)

    def expand(source: str) -> str:
        # Pieces may use other pieces (`@time` inside a rule), so expand until nothing is left.
        while _PLACEHOLDER.search(source):
            source = _PLACEHOLDER.sub(lambda m: f"(?:{pieces[m[1]]})", source)
        # A date is written on one line: `\s` in a pattern never crosses a line break (a date line
        # ending in a time is followed by the first line of the body, `16:05⏎⏎Ngày 21/8`).
        return source.replace(r"\s", r"[^\S\n]")

    return tuple(
        Rule(entry["id"], regex.compile(_BEFORE + "(?:" + expand(entry["pattern"]) + ")" + _AFTER, FLAGS))
        for entry in config["rule"]
    )


@cache
def _masks() -> tuple[regex.Pattern, ...]:
    return tuple(regex.compile(p) for p in lexicons.table("date_patterns")["mask"]["patterns"])


@cache
def _target_words() -> regex.Pattern:
    words = lexicons.table("date_patterns")["context"]["target_words"]
    return regex.compile(r"(?:" + lexicons.alternation(words) + r")\s*$", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Match:
    rule: str
    order: int
    match: regex.Match

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()


class Spans:
    """Disjoint stretches of text, kept sorted, that answer "does this overlap one?" in log time."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans or []):
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)  # merge overlapping input spans
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches in text order: the longest wins, at equal length the earlier rule.

    `6 tháng đầu năm 2020` is one period, not also `năm 2020` (GUIDE: the longest reading wins).
    """
    chosen: list[Match] = []
    taken = Spans()
    for candidate in sorted(matches, key=lambda m: (-(m.end - m.start), m.order, m.start)):
        if not taken.overlaps(candidate.start, candidate.end):
            taken.add(candidate.start, candidate.end)
            chosen.append(candidate)
    return sorted(chosen, key=lambda m: m.start)


def find(text: str) -> list[Match]:
    """Every date-like match of every rule, overlaps resolved, masked stretches removed."""
    found = [
        Match(rule.id, order, m)
        for order, rule in enumerate(rules())
        for m in rule.pattern.finditer(text, overlapped=False)
    ]
    masked = Spans([(m.start(), m.end()) for pattern in _masks() for m in pattern.finditer(text)])
    return [m for m in resolve_overlaps(found) if not masked.overlaps(m.start, m.end)]


@dataclass(frozen=True, slots=True)
class Reading:
    """The calendar parts one match wrote. Year fields are None where the text gives no year."""

    rule: str
    start: int
    end: int
    d: int | None = None
    m: int | None = None
    y: int | None = None
    d2: int | None = None
    m2: int | None = None
    y2: int | None = None
    quarter: int | None = None
    months: int | None = None  # `6 tháng đầu năm`: how many months
    last_months: bool = False  # … counted from the end of the year (`cuối năm`)
    time: str | None = None
    part_of_day: str | None = None
    target: bool = False  # a year the article aims at (`đến năm 2030`), not one it reports on

    @property
    def kind(self) -> str:
        if self.d is None:
            return "period"
        return "range" if self.d2 is not None else "date"

    @property
    def has_year(self) -> bool:
        return self.y is not None or self.y2 is not None

    @property
    def sub_year(self) -> bool:
        """A part of one year: quarter, first or last months, a month."""
        return self.d is None and (self.quarter is not None or self.months is not None or self.m is not None)


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    numbers = lexicons.table("date_patterns")["numbers"]
    return numbers.get(word) or numbers.get(word.lower()) or numbers.get(word.upper())


def read(match: Match, text: str) -> Reading:
    g = match.match.groupdict()
    time = None
    if g.get("H") is not None:
        time = f"{int(g['H']):02d}:{int(g['M'] or 0):02d}"
    part_of_day = None
    if g.get("pod"):
        part_of_day = lexicons.table("date_patterns")["part_of_day"].get(g["pod"].lower())
    months = _number(g.get("n"))
    half = (g.get("half") or "").lower()
    if half and months is None:
        months = 6  # `nửa đầu năm`: half a year
    return Reading(
        rule=match.rule,
        start=match.start,
        end=match.end,
        d=_number(g.get("d")),
        m=_number(g.get("m")),
        y=_number(g.get("y")),
        d2=_number(g.get("d2")),
        m2=_number(g.get("m2")),
        y2=_number(g.get("y2")),
        quarter=_number(g.get("q")),
        months=months,
        last_months=half == "cuối",
        time=time,
        part_of_day=part_of_day,
        target=bool(_target_words().search(text[max(0, match.start - 20) : match.start])),
    )


def _last_day(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def bounds(reading: Reading, year: int, end_year: int | None = None) -> tuple[dt.date, dt.date]:
    """First and last day the reading covers in `year` (raises ValueError for impossible dates)."""
    end_year = year if end_year is None else end_year
    r = reading
    if r.d is not None and r.m is not None:
        start = dt.date(year, r.m, r.d)
        end = dt.date(end_year, r.m2 or r.m, r.d2) if r.d2 is not None else start
    elif r.quarter is not None:
        if not 1 <= r.quarter <= 4:
            raise ValueError(f"no quarter {r.quarter}")
        start, end = dt.date(year, 3 * r.quarter - 2, 1), _last_day(year, 3 * r.quarter)
    elif r.months is not None:
        if not 1 <= r.months <= 12:
            raise ValueError(f"a year has no {r.months} months")
        if r.last_months:
            start, end = dt.date(year, 13 - r.months, 1), dt.date(year, 12, 31)
        else:
            start, end = dt.date(year, 1, 1), _last_day(year, r.months)
    elif r.m is not None:
        start, end = dt.date(year, r.m, 1), _last_day(end_year, r.m2 or r.m)
    else:
        start, end = dt.date(year, 1, 1), dt.date(end_year, 12, 31)
    if end < start:
        raise ValueError("the range ends before it starts")
    return start, end


def values(reading: Reading, year: int, end_year: int | None = None) -> tuple[str, str | None]:
    """`value` and `end_value` as SPEC writes them: a day, a month or a year, as precise as the text."""
    r = reading
    end_year = year if end_year is None else end_year
    start, end = bounds(r, year, end_year)
    if r.d is not None:
        return start.isoformat(), (end.isoformat() if r.d2 is not None else None)
    if r.quarter is not None or r.months is not None:
        return start.isoformat(), end.isoformat()
    if r.m is not None:
        first = f"{year:04d}-{r.m:02d}"
        return first, (f"{end_year:04d}-{r.m2:02d}" if r.m2 is not None else None)
    return f"{year:04d}", (f"{end_year:04d}" if r.y2 is not None else None)


@dataclass(frozen=True, slots=True)
class Context:
    """When the article stands in time, for dates written without a year.

    `anchor` is the day the article speaks from. It is the publication date (date line, page
    metadata or dated URL, all in `doc.header.published`, else a date line the header reader did
    not know, see `_date_line`) when that agrees with the years the text
    talks about; a date line that is the scrape day of an old article (`Thứ Bảy, 22/6/2024` over a
    report on 2020) does not agree and is not used. Otherwise the anchor comes from the text:
    - parts of the year the article is about: a review is held when its period closes and a plan
      made when its period opens, so `sơ kết 6 tháng đầu năm 2020`, `9 tháng năm 2023`, `quý III`
      speak from the day after they end, `nhiệm vụ 6 tháng cuối năm 2020` from its first day
      (the earliest of these wins);
    - a year reviewed and the next one planned, both much talked of (`đánh giá năm 2022; nhiệm vụ
      năm 2023`): the turn of the year, so `Chiều 16/12` is 2022-12-16 and `Sáng 11/1` 2023-01-11;
    - one year talked of: the middle of that year;
    - else the latest full date in the text.
    A yearless date takes the year that puts it nearest the anchor. From a publication date the
    past is likelier than the future (news reports what happened), so days after it weigh triple.
    """

    anchor: dt.date | None
    from_publication: bool = False

    @classmethod
    def of(cls, published: str | None, readings: list[Reading]) -> Context:
        years = Counter(
            r.y for r in readings if r.d is None and r.y is not None and r.y2 is None and not r.target
        )
        publication = _day(published)
        if publication and (not years or any(abs(y - publication.year) <= 1 for y in years)):
            return cls(publication, from_publication=True)
        if years:
            main = min(years, key=lambda y: (-years[y], y))
            parts = [_speaks_from(r, main) for r in readings if r.sub_year and r.y == main and not r.target]
            if parts:
                return cls(min(parts))
            if 2 * years.get(main + 1, 0) >= years[main]:
                return cls(dt.date(main + 1, 1, 1))
            if 2 * years.get(main - 1, 0) >= years[main]:
                return cls(dt.date(main, 1, 1))
            return cls(dt.date(main, 7, 1))
        days = [bounds(r, *_written_years(r))[0] for r in readings if r.d is not None]
        return cls(max(days) if days else None)

    def year_for(self, reading: Reading) -> int | None:
        """The year nearest the anchor in which the reading is a real date, or None."""
        if self.anchor is None:
            return None
        best: tuple[float, int] | None = None
        for year in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1):
            try:
                end_year = year + 1 if _wraps(reading) else year
                start, end = bounds(reading, year, end_year)
            except ValueError:
                continue
            if start > self.anchor:
                cost = (start - self.anchor).days * (3 if self.from_publication else 1)
            elif end < self.anchor:
                cost = (self.anchor - end).days
            else:
                cost = 0
            if best is None or cost < best[0]:
                best = (cost, year)
        return best[1] if best else None


def _speaks_from(reading: Reading, year: int) -> dt.date:
    """The day an article mentioning this part of `year` is likely written (see `Context`)."""
    start, end = bounds(reading, year)
    return start if reading.last_months else end + dt.timedelta(days=1)


def _wraps(reading: Reading) -> bool:
    """A yearless range that crosses New Year (`từ ngày 20/12 đến ngày 10/1`)."""
    r = reading
    return r.d2 is not None and ((r.m2 or r.m or 0), r.d2) < ((r.m or 0), r.d or 0)


def _day(stamp: str | None) -> dt.date | None:
    if not stamp:
        return None
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return None


def _written_years(reading: Reading) -> tuple[int, int]:
    """The years a reading with a year gives its start and end (`từ ngày 1/7 đến ngày 15/7/2023`:
    the year written once, at the end, holds for both)."""
    r = reading
    end_year = r.y2 if r.y2 is not None else r.y
    assert end_year is not None
    if r.y is not None:
        return r.y, end_year
    return (end_year - 1 if _wraps(r) else end_year), end_year


def _possible(reading: Reading) -> bool:
    """Whether the parts make a date: in the years written, or for a yearless day in some year
    (2000 is a leap year, so `29/2` passes here and is checked again once its year is known)."""
    if reading.has_year:
        year, end_year = _written_years(reading)
    else:
        year, end_year = 2000, (2001 if _wraps(reading) else 2000)
    try:
        bounds(reading, year, end_year)
    except ValueError:
        return False
    return True


def _calendar_shaped(reading: Reading) -> bool:
    """Day and month numbers a calendar has (`31/2/2020`): the writer meant a date and got it wrong.
    Other impossible shapes (`12.34.2020`, a phone or code number) are no date at all."""
    r = reading
    days = all(d is None or 1 <= d <= 31 for d in (r.d, r.d2))
    months = all(m is None or 1 <= m <= 12 for m in (r.m, r.m2))
    return days and months


def _plausible_years(reading: Reading) -> bool:
    return all(y is None or FIRST_YEAR <= y <= LAST_YEAR for y in (reading.y, reading.y2))


def _numeric_span(match: Match) -> tuple[int, int]:
    """The digits of a match (`31/2/2020` in `ngày 31/2/2020`), where a warning points."""
    m = match.match
    parts = ("d", "m", "y", "d2", "m2", "y2", "q", "n")
    groups = [g for g in parts if g in m.re.groupindex and m.start(g) >= 0]
    starts, ends = [m.start(g) for g in groups], [m.end(g) for g in groups]
    return (min(starts), max(ends)) if starts and ends else (m.start(), m.end())


def extract(doc: ArticleDoc) -> list[DateMention]:
    text = doc.text
    readings: list[Reading] = []
    for match in find(text):
        reading = read(match, text)
        if not _plausible_years(reading):
            continue
        if not _possible(reading):
            if _calendar_shaped(reading):
                start, end = _numeric_span(match)
                doc.warn("invalid_date", f"{text[start:end]} is not a calendar date", start, end)
            continue
        readings.append(reading)

    published = doc.header.published or _date_line(doc, readings)
    context = Context.of(published, [r for r in readings if r.has_year])
    mentions: list[DateMention] = []
    for reading in readings:
        mention = _mention(reading, context, doc)
        if mention is not None:
            mentions.append(mention)
    return dedupe(mentions)


# How far down the header may hold the date line, and how much besides the date it may carry
# (`Cập nhật: 22/8/2024 16:05`, `Thứ Sáu, 12/01/2024 15:20 | 152 lượt xem`).
HEADER_LINES = 8
DATE_LINE_EXTRA = 24


def _date_line(doc: ArticleDoc, readings: list[Reading]) -> str | None:
    """The day of a date line the header reader did not recognise (`Cập nhật: 22/8/2024 16:05`):
    a full date that fills most of one of the first lines. It dates the article as well as a
    publication date does."""
    top = {line.start for line in doc.lines[:HEADER_LINES]}
    for r in readings:
        line = doc.line_at(r.start)
        if (
            r.kind == "date"
            and r.y is not None
            and line is not None
            and line.start in top
            and len(line.text) - (r.end - r.start) <= DATE_LINE_EXTRA
        ):
            return bounds(r, r.y)[0].isoformat()
    return None


def _mention(reading: Reading, context: Context, doc: ArticleDoc) -> DateMention | None:
    r = reading
    inferred = not r.has_year
    if inferred:
        year = context.year_for(r)
        if year is None:
            return None  # GUIDE: where the year cannot be known, leave the date out
        end_year = year + 1 if _wraps(r) else year
    else:
        year, end_year = _written_years(r)
    value, end_value = values(r, year, end_year)
    return DateMention(
        text=doc.text[r.start : r.end],
        start=r.start,
        end=r.end,
        value=value,
        end_value=end_value,
        kind=r.kind,
        year_inferred=inferred,
        time=r.time,
        part_of_day=r.part_of_day,
        rule=f"{STAGE}:{r.rule}",
    )


def dedupe(mentions: list[DateMention]) -> list[DateMention]:
    """One mention per (`value`, `end_value`), the first in the text, as gold lists them. A time or
    part of day written only at a later mention of the same day is kept on the first."""
    first: dict[tuple[str, str | None], DateMention] = {}
    for mention in mentions:
        key = (mention.value, mention.end_value)
        kept = first.get(key)
        if kept is None:
            first[key] = mention
        elif (kept.time is None and mention.time) or (kept.part_of_day is None and mention.part_of_day):
            first[key] = replace_missing(kept, mention)
    return list(first.values())


def replace_missing(kept: DateMention, later: DateMention) -> DateMention:
    return kept.model_copy(
        update={"time": kept.time or later.time, "part_of_day": kept.part_of_day or later.part_of_day}
    )

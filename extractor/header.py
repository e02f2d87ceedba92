"""The headline, source, publication date and URL of an article, read off its first and last lines.

Plain-text articles carry these as the scraper left them: a site or section line, the headline, a
date line (`30/6/2020 16:01   152`, `20-10-2020 11:19`, `Thứ Bảy, 22/6/2024`), and at the end a
`Nguồn …: URL` line. HTML and JSONL articles bring metadata of their own (`hints`), which wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from extractor import lexicons
from extractor.document import Header, Segment, split_lines


@dataclass(frozen=True)
class Hints:
    """Metadata known before reading the text (HTML meta tags, JSONL fields)."""

    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None


@cache
def date_line_pattern() -> regex.Pattern:
    weekdays = lexicons.alternation(lexicons.table("header")["weekdays"])
    labels = lexicons.alternation(lexicons.table("header")["date_labels"])
    return regex.compile(
        rf"""^(?:(?:{labels})\s*:?\s*)?             # optional label
        (?:(?P<H>\d{{1,2}})\s*[:h]\s*(?P<M>\d{{2}})\s*,?\s*)?   # a time before the day (`10:30, 19/07/2024`)
        (?:(?:{weekdays})\s*,?\s*)?                 # optional day name
        (?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}})
        (?:\s*[-|,]?\s*(?P<H>\d{{1,2}})\s*[:h]\s*(?P<M>\d{{2}}))?   # optional time
        (?:\s*\(GMT[+-]\d+\))?
        (?:\s+\d+)?\s*$                              # a view counter after the time""",
        regex.VERBOSE | regex.IGNORECASE,
    )


_URL = regex.compile(r"https?://\S+")
# Dated article URLs: `...-20200729141113660.htm` (year, month, day, hour, minute, …).
_URL_STAMP = regex.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?P<H>[0-2]\d)(?P<M>[0-5]\d)\d*(?=\.\w+$|/?$)"
)
_URL_DAY = regex.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)/")


def iso_stamp(y: str, m: str, d: str, hour: str | None = None, minute: str | None = None) -> str | None:
    """`2020-06-30` or `2020-06-30T16:01`, or None for an impossible date or time."""
    import datetime as dt

    try:
        day = dt.date(int(y), int(m), int(d))
    except ValueError:
        return None
    if hour is None or minute is None:
        return day.isoformat()
    if not (0 <= int(hour) < 24 and 0 <= int(minute) < 60):
        return day.isoformat()
    return f"{day.isoformat()}T{int(hour):02d}:{int(minute):02d}"


def published_from_url(url: str) -> str | None:
    path = url.split("?", 1)[0].rstrip("/")
    m = _URL_STAMP.search(path)
    if m:
        return iso_stamp(m["y"], m["m"], m["d"], m["H"], m["M"])
    m = _URL_DAY.search(path + "/")
    if m:
        return iso_stamp(m["y"], m["m"], m["d"])
    return None


def _is_body(line: str) -> bool:
    config = lexicons.table("header")
    return len(line) > config["body_min"] or (
        line.rstrip().endswith((".", "!", "?", "…", ":")) and len(line) > config["sentence_min"]
    )


_SOURCE_MAX = 60


def _source_line(lines: list[Segment]) -> tuple[str | None, str | None]:
    """(`source`, `url`) from a `Nguồn X: URL` line near the end, or a bare URL line."""
    markers = lexicons.alternation(lexicons.table("header")["source_markers"])
    pattern = regex.compile(rf"^(?:{markers})\s*:?\s*(?P<src>[^:]*?)\s*(?::\s*)?(?P<url>https?://\S+)?\s*$")
    for line in reversed(lines[-6:]):
        m = pattern.match(line.text)
        # A closing paragraph may begin with `Theo …` too: a source names a site, briefly, no sentence.
        if m and (
            m["url"] or (m["src"] and len(m["src"]) <= _SOURCE_MAX and not m["src"].endswith((".", ";")))
        ):
            return (m["src"] or None), m["url"]
        url = _URL.fullmatch(line.text.strip())
        if url:
            return None, url.group()
    return None, None


# The last piece of a site line naming its section: `Cổng thông tin … - Hoạt động Mặt trận`.
_SECTION_TAIL = regex.compile(r"\s[-–|]\s(?P<section>[^-–|]+)$")
SECTION_WORDS = 5  # a site prefix opening a line longer than this opens a headline (`Hoạt động nổi bật …`)


def _is_site_line(text: str, first_of_several: bool, prefixes: tuple[str, ...]) -> bool:
    """A line naming the site or its section, not the headline. A section word (`Hoạt động`,
    `Tin tức`) opens headlines too, so it marks a site line only when the line is short or comes
    first above another line; a first line may also end with its section (`… - Tin địa phương`)."""
    if text.startswith(prefixes):
        return first_of_several or len(text.split()) <= SECTION_WORDS
    tail = _SECTION_TAIL.search(text)
    return first_of_several and tail is not None and tail["section"].startswith(prefixes)


def read_header(text: str, hints: Hints | None = None) -> Header:
    hints = hints or Hints()
    config = lexicons.table("header")
    lines = split_lines(text)
    published = None
    candidates: list[Segment] = []
    body_start = 0
    for line in lines[: config["header_lines"]]:
        date = date_line_pattern().match(line.text)
        if date:
            published = published or iso_stamp(date["y"], date["m"], date["d"], date["H"], date["M"])
            body_start = line.end
            continue
        if _is_body(line.text):
            break
        candidates.append(line)
        body_start = line.end
    # The headline is the longest line of the header that does not name the site or section;
    # captions after the headline (`Quang cảnh Hội nghị`) are shorter than it.
    prefixes = tuple(config["site_prefixes"])
    several = len(candidates) > 1
    sites = [c for i, c in enumerate(candidates) if _is_site_line(c.text, several and i == 0, prefixes)]
    headlines = [c for c in candidates if c not in sites] or candidates
    title_line = max(headlines, key=lambda s: len(s.text), default=None)
    source = None
    if title_line is not None:
        before = [c for c in candidates if c.start < title_line.start]
        sites = before or sites
        source = sites[0].text if sites else None
    end_source, url = _source_line(lines)
    url = hints.url or url
    published = hints.published or published or (published_from_url(url) if url else None)
    title = hints.title or (title_line.text if title_line else None)
    title_start = title_end = None
    if title:
        at = text.find(title)
        if at >= 0:
            title_start, title_end = at, at + len(title)
    return Header(
        title=title,
        source=hints.source or source or end_source,
        published=published,
        url=url,
        author=hints.author,
        title_start=title_start,
        title_end=title_end,
        body_start=body_start,
    )

"""Inputs → articles: listing files, folders, JSONL lines and stdin; bytes → text; HTML → main text.

`list_sources` streams `Source`s (cheap to send to worker processes) in input order; `load` turns
one into a `RawArticle` or raises `LoadError` with a SPEC error kind and a message naming the file
and line. Nothing here decides what an article says: that starts at normalize.py.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from extractor import lexicons
from extractor.header import Hints, date_line_pattern, iso_stamp
from extractor.records import ISO_STAMP, ErrorKind

if TYPE_CHECKING:
    from lxml.html import HtmlElement

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


class LoadError(Exception):
    def __init__(self, article_id: str, kind: ErrorKind, message: str, where: str) -> None:
        super().__init__(message)
        self.article_id = article_id
        self.kind = kind
        self.message = message
        self.where = where


@dataclass(frozen=True)
class Source:
    """One input article: a file, or one line of a JSONL file or of stdin (`payload` holds it)."""

    path: str
    line: int | None = None
    payload: bytes | None = None
    # For JSONL lines: the id, read when listing (needed to resume without loading).
    known_id: str | None = None

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    @property
    def article_id(self) -> str:
        if self.known_id is not None:
            return self.known_id
        if self.line is not None:
            return f"{Path(self.path).stem}:{self.line}"
        return "stdin" if self.path == "-" else Path(self.path).stem

    @property
    def kind(self) -> str:
        if self.line is not None:
            return "jsonl"
        return "html" if self.path.lower().endswith((".html", ".htm")) else "txt"


@dataclass(frozen=True)
class RawArticle:
    id: str
    text: str
    where: str
    hints: Hints = field(default_factory=Hints)
    notes: tuple[str, ...] = ()


def list_sources(paths: list[str], stdin: bytes | None = None) -> Iterator[Source]:
    """Sources in input order: folders recursed and sorted by path, JSONL files line by line."""
    for given in paths:
        if given == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            if data.lstrip()[:1] == b"{":
                yield from _jsonl_sources("-", data.splitlines())
            else:
                yield Source(path="-", payload=data)
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            files = [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                yield from _jsonl_file(file)
            else:
                yield Source(path=str(file))


def _jsonl_file(path: Path) -> Iterator[Source]:
    try:
        with open(path, "rb") as fh:
            yield from _jsonl_sources(str(path), fh)
    except OSError:
        yield Source(path=str(path))  # loading it again gives the error line that names the problem


def _jsonl_sources(path: str, lines: Iterable[bytes]) -> Iterator[Source]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        yield Source(path=path, line=number, payload=line, known_id=_peek_id(line))


_ID = regex.compile(rb'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')


def _peek_id(line: bytes) -> str | None:
    """The `id` of a JSONL line without parsing the whole line (ids are read again on load)."""
    m = _ID.search(line[:4096])
    if not m:
        return None
    try:
        value = json.loads(m.group(1))
    except (ValueError, UnicodeDecodeError):
        return None
    return str(value)


def load(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> RawArticle:
    if source.kind == "jsonl":
        return _load_jsonl(source, max_bytes)
    data = _read(source, max_bytes)
    text, notes = decode(data, source)
    if source.kind == "html":
        return _from_html(source.article_id, text, source.where, notes)
    return RawArticle(id=source.article_id, text=text, where=source.where, notes=notes)


def _read(source: Source, max_bytes: int) -> bytes:
    if source.payload is not None:
        data = source.payload
    else:
        path = Path(source.path)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise _too_large(source, size, max_bytes)
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise LoadError(
                source.article_id,
                "internal",
                f"{source.where}: file vanished before it could be read",
                source.where,
            ) from exc
        except IsADirectoryError as exc:
            raise LoadError(
                source.article_id, "not_text", f"{source.where}: is a folder", source.where
            ) from exc
        except OSError as exc:
            raise LoadError(
                source.article_id, "internal", f"{source.where}: cannot read: {exc.strerror}", source.where
            ) from exc
    if len(data) > max_bytes:
        raise _too_large(source, len(data), max_bytes)
    return data


def _too_large(source: Source, size: int, max_bytes: int) -> LoadError:
    return LoadError(
        source.article_id,
        "too_large",
        f"{source.where}: {size:,} bytes is over the limit of {max_bytes:,} bytes (--max-bytes)",
        source.where,
    )


@cache
def _encoding_config() -> tuple[tuple[bytes, ...], frozenset[str], float]:
    config = lexicons.table("encodings")
    signatures = tuple(bytes.fromhex(h) for h in config["binary_signatures"])
    letters = config["vietnamese_letters"]
    allowed = frozenset(letters + letters.upper() + config["punctuation"])
    return signatures, allowed, config["plausible_share"]


def decode(data: bytes, source: Source) -> tuple[str, tuple[str, ...]]:
    """Bytes → text: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1258 if it reads as Vietnamese."""
    where, article_id = source.where, source.article_id
    if not data.strip():
        raise LoadError(article_id, "empty", f"{where}: empty file", where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _composed(data.decode("utf-16")), ()
        except UnicodeDecodeError as exc:
            raise LoadError(
                article_id, "encoding", f"{where}: broken UTF-16 at byte {exc.start}", where
            ) from exc
    signatures, _, _ = _encoding_config()
    if data.startswith(signatures) or b"\x00" in data[:8192]:
        raise LoadError(article_id, "not_text", f"{where}: binary data, not text", where)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    notes: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            # A file cut inside its last character: keep what is there and say so.
            text = data[: exc.start].decode("utf-8")
            notes = (
                f"truncated UTF-8: the last {len(data) - exc.start} byte(s) are an incomplete character",
            )
        else:
            text = _windows_1258(data, exc, source)
            notes = ("decoded as Windows-1258",)
    if sum(1 for c in text[:8192] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v") > 8:
        raise LoadError(article_id, "not_text", f"{where}: control characters, not text", where)
    if not text.strip():
        raise LoadError(article_id, "empty", f"{where}: no text", where)
    return _composed(text), notes


def _composed(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _windows_1258(data: bytes, utf8_error: UnicodeDecodeError, source: Source) -> str:
    where = source.where
    failure = LoadError(
        source.article_id,
        "encoding",
        f"{where}: invalid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) "
        "and not readable as Windows-1258 Vietnamese",
        where,
    )
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError as exc:
        raise failure from exc
    _, allowed, share = _encoding_config()
    plausible = sum(1 for c in text if c.isascii() or c in allowed)
    vietnamese = sum(1 for c in text if c in allowed and c.isalpha())
    if vietnamese == 0 or plausible < share * len(text):
        raise failure
    return text


# Page metadata trafilatura reads only to the day; the time is in these meta tags.
_PUBLISHED_META = regex.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|publishdate)["'][^>]*>""",
    regex.IGNORECASE,
)
_CONTENT = regex.compile(r"""content\s*=\s*["']([^"']+)["']""", regex.IGNORECASE)
_STAMP = regex.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?")


def _published_meta(html: str) -> str | None:
    for tag in _PUBLISHED_META.finditer(html):
        content = _CONTENT.search(tag.group())
        stamp = _STAMP.match(content.group(1).strip()) if content else None
        if stamp:
            return iso_stamp(*stamp.groups())
    return None


def _from_html(article_id: str, html: str, where: str, notes: tuple[str, ...]) -> RawArticle:
    import trafilatura

    page = _parse(html)
    head, tail = _page_parts(page) if page is not None else ([], [])
    # fast=True: no fallback extractors, which would return a page's navigation when it has no article.
    # Tables are kept (pipe rows: the counts stage reads figures from them), layout tables unwrapped.
    extracted = trafilatura.bare_extraction(
        _without_layout_tables(html, page),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        fast=True,
    )
    body = (extracted.text if extracted else None) or ""
    if not body.strip():
        raise LoadError(article_id, "empty", f"{where}: no article text found in the HTML page", where)
    title = (extracted.title or "").strip() or None
    published = _published_meta(html) or (extracted.date if extracted and extracted.date else None)
    if published and not regex.match(ISO_STAMP, published):
        published = None
    hints = Hints(
        title=title,
        source=extracted.sitename or None,
        published=published,
        url=extracted.url or None,
        author=extracted.author or None,
    )
    head = [line for line in head if line not in body]
    if title and body.startswith(title):  # the headline opens the body: the head goes after it
        body = body[len(title) :].lstrip("\n")
    text = "\n\n".join([title, *head, body] if title else [*head, body])
    extras = [line for line in tail if line not in text]
    if extras:
        text += "\n\n" + "\n\n".join(extras)
    return RawArticle(id=article_id, text=text, where=where, hints=hints, notes=notes)


_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")


def _parse(html: str) -> HtmlElement | None:
    """The page's element tree (read once for its tables and its parts), None when lxml cannot."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _without_layout_tables(html: str, page: HtmlElement | None) -> str:
    """The page with every table that lays it out turned into plain blocks (data/html.toml
    `tables`); data tables are left for trafilatura to print as pipe rows. Renames `page`'s parts."""
    if page is None:
        return html
    from lxml import html as lxml_html

    layout = [table for table in page.iter("table") if _lays_out(table)]
    if not layout:
        return html
    # Parts are collected before any is renamed: a part belongs to the nearest table around it.
    parts = [
        part
        for table in layout
        for part in table.iter(*_TABLE_PARTS)
        if part is table or (part.tag != "table" and _own_part(part, table))
    ]
    for part in parts:
        part.tag = "div"
    return lxml_html.tostring(page, encoding="unicode")


def _lays_out(table: HtmlElement) -> bool:
    config = lexicons.table("html")["tables"]
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if any(True for _ in table.iterdescendants(*config["layout_blocks"])):
        return True
    rows = [row for row in table.iter("tr") if _own_part(row, table)]
    cells = [[c for c in row if c.tag in ("td", "th")] for row in rows]
    if len(rows) < 2 or max((len(c) for c in cells), default=0) < 2:
        return True  # a single row or column lists things; it holds no figures by row and column
    text = " ".join(table.text_content().split())
    links = sum(len(" ".join(a.text_content().split())) for a in table.iter("a"))
    if text and links / len(text) > config["max_link_share"]:
        return True
    longest = max(len(" ".join(c.text_content().split())) for row in cells for c in row)
    return longest > config["max_cell_chars"]  # a cell of prose: the page's text laid out in a grid


def _own_part(element: HtmlElement, table: HtmlElement) -> bool:
    return next(element.iterancestors("table"), None) is table


def _has_class(names: list[str]) -> str:
    return " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {n} ')" for n in names)


@cache
def _part_xpaths() -> tuple[str, str, str, str]:
    """Where the article sits in a page, and its date line, lead, captions and byline (data/html.toml)."""
    config = lexicons.table("html")
    container = f"//article | //*[{_has_class(config['container_classes'])}]"
    dates = f".//*[{_has_class(config['date_classes'])}]"
    leads = f".//*[{_has_class(config['lead_classes'])}]"
    extras = f".//figcaption | .//*[{_has_class(config['byline_classes'])}]"
    return container, dates, leads, extras


# A day/month/year in a page's date element; the pieces of it around `|` or `·` that hold none
# (`Lượt xem: 356`) are page furniture.
_DATE_IN_LINE = regex.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_META_PIECES = regex.compile(r"\s*[|·•]\s*")


def _page_parts(page: HtmlElement) -> tuple[list[str], list[str]]:
    """Lines of the article container(s) that trafilatura leaves out: (head, tail). The head is the
    date line and the lead (sapo), which go before the body as in print; the tail is the captions and
    the byline, which go after it. Each line once, in page order."""
    container_xpath, dates_xpath, leads_xpath, extras_xpath = _part_xpaths()
    head: list[str] = []
    tail: list[str] = []
    for container in page.xpath(container_xpath):
        date_line = _date_line(container.xpath(dates_xpath))
        if date_line and date_line not in head:
            head.append(date_line)
        for lines, xpath in ((head, leads_xpath), (tail, extras_xpath)):
            for element in container.xpath(xpath):
                line = " ".join(element.text_content().split())
                if line and line not in lines:
                    lines.append(line)
    return head, tail


def _date_line(elements: list[HtmlElement]) -> str | None:
    """The first date element's dated pieces (`Ngày đăng: 10/10/2024 09:15`), the innermost element
    when they nest (`<div class="meta"><span class="date">…`), else None."""
    for element in elements:
        if any(inner is not element for inner in elements if element in inner.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        pieces = [piece for piece in _META_PIECES.split(text) if _DATE_IN_LINE.search(piece)]
        if pieces:
            return " ".join(pieces)
    return None


def _load_jsonl(source: Source, max_bytes: int) -> RawArticle:
    where = source.where
    if source.payload is None:
        raise LoadError(source.article_id, "internal", f"{source.path}: cannot read the JSONL file", where)
    data = source.payload
    if len(data) > max_bytes:
        raise _too_large(source, len(data), max_bytes)
    try:
        record = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise LoadError(source.article_id, "bad_json", f"{where}: not valid JSON: {exc}", where) from exc
    if not isinstance(record, dict):
        raise LoadError(
            source.article_id, "bad_json", f"{where}: a JSON {type(record).__name__}, not an object", where
        )
    article_id = record.get("id")
    if not isinstance(article_id, str | int) or isinstance(article_id, bool) or str(article_id) == "":
        raise LoadError(source.article_id, "bad_json", f'{where}: no "id" (string or number)', where)
    article_id = str(article_id)
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise LoadError(article_id, "bad_json", f'{where}: no "text" or "html" string', where)
    hints = Hints(
        title=_str_or_none(record.get("title")),
        source=_str_or_none(record.get("source")),
        published=_published_field(record.get("published")),
        url=_str_or_none(record.get("url")),
    )
    if isinstance(text, str):
        if not text.strip():
            raise LoadError(article_id, "empty", f'{where}: empty "text"', where)
        return RawArticle(id=article_id, text=_composed(text), where=where, hints=hints)
    page = _from_html(article_id, _composed(html), where, ())
    merged = Hints(
        **{
            k: getattr(hints, k) or getattr(page.hints, k)
            for k in ("title", "source", "published", "url", "author")
        }
    )
    return RawArticle(id=article_id, text=page.text, where=where, hints=merged)


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _published_field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    stamp = _STAMP.match(value.strip())
    if stamp:
        return iso_stamp(*stamp.groups())
    line = date_line_pattern().match(value.strip())
    return iso_stamp(line["y"], line["m"], line["d"], line["H"], line["M"]) if line else None

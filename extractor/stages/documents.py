"""Stage `documents`: the Party and State documents an article cites (SPEC "documents").

Patterns live in data/document_patterns.toml, codes and type words in data/document_codes.toml,
published titles of national documents in data/document_titles.toml.
1. Numbered citations (`Quyết định số 290-QĐ/TW`, `42/NQ-CP`, `30/2020/NĐ-CP`) are found, the
   longest reading winning where patterns overlap; what follows the number is read in any order:
   `ngày …` (issued), `của …` (issuer), `(khóa X)` (term), then the quoted or `về …` subject (title).
   A subject ends where its published title ends, else at the first sign of the rest of the
   sentence (`_cut_title`). A law named before its number (`Luật … số 10/2022/QH15`) is one citation.
2. Documents cited together (`217-QĐ/TW và … 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị`) share
   what follows the last of them.
3. Mentions of one number and code are merged into one document; short mentions with the number
   only (`Quyết định 290`) join the document with that number and type.
4. Documents named without a number (`Nghị quyết Trung ương 4 (khóa XII)`, `Hiến pháp năm 2013`,
   `Luật Thực hiện dân chủ ở cơ sở`, `Quy chế tiếp công dân của UBND xã`) are documents with `id`
   null, their name as `title`; a later mention of a law cited with its number joins that document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from extractor import lexicons
from extractor.document import ArticleDoc
from extractor.records import DocumentRef, Mention

STAGE = "documents"
_PLACEHOLDER = regex.compile(r"@(\w+)")
# A number is not part of a longer number, word, date or code.
_BEFORE = r"(?<![\p{L}\p{N}/.-])"
_AFTER = r"(?![\p{L}\p{N}])"
# How far before a number its type word (`Quyết định số`) and after it its details may be.
WORD_WINDOW = 48
TAIL_WINDOW = 600
# How far back the subject of `… đã ban hành Kế hoạch số …` may start.
SUBJECT_WINDOW = 120
# A title longer than this has run past its end.
TITLE_MAX = 400
ISSUER_MAX_WORDS = 12


def _config() -> dict[str, Any]:
    return lexicons.table("document_patterns")


def _codes() -> dict[str, Any]:
    return lexicons.table("document_codes")


def _expand(source: str) -> str:
    config = _config()
    pieces = dict(config["pieces"])
    for name, entries in config["words"].items():
        pieces[name] = lexicons.alternation(entries)
    pieces["doc_words"] = lexicons.alternation(tuple(_codes()["words"]))
    while _PLACEHOLDER.search(source):
        source = _PLACEHOLDER.sub(lambda m: f"(?:{pieces[m[1]]})", source)
    return source


def _compile(source: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(_expand(source), flags)


@dataclass(frozen=True, slots=True)
class NumberPattern:
    id: str
    pattern: regex.Pattern
    id_format: str
    code_format: str


@dataclass(frozen=True, slots=True)
class NamePattern:
    id: str
    pattern: regex.Pattern
    doc_type: str


@cache
def numbered() -> tuple[NumberPattern, ...]:
    return tuple(
        NumberPattern(e["id"], _compile(_BEFORE + e["pattern"] + _AFTER), e["id_format"], e["code_format"])
        for e in _config()["numbered"]
    )


@cache
def named() -> tuple[NamePattern, ...]:
    return tuple(
        NamePattern(e["id"], _compile(r"(?<![\p{L}])" + e["pattern"]), e["doc_type"])
        for e in _config()["named"]
    )


@cache
def _context() -> dict[str, regex.Pattern]:
    patterns = {name: _compile(source) for name, source in _config()["context"].items()}
    word = lexicons.alternation(tuple(_codes()["words"]))
    # The type word right before a number: `Quyết định số `, `Kế hoạch `, `kế hoạch số: `.
    patterns["type_word"] = regex.compile(rf"(?<![\p{{L}}])(?P<word>{word})(?: số)? ?:? ?$", regex.IGNORECASE)
    # A short mention: type word and number with no code (`Quyết định 290`).
    patterns["short"] = regex.compile(
        rf"(?<![\p{{L}}])(?P<word>{word})(?: số)? (?P<number>\d{{1,5}})"
        rf"(?![\p{{L}}\p{{N}}]| ?[-/] ?[\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    )
    patterns["issuer_end"] = _compile(r" (?:@issuer_stops)(?![\p{L}])")
    patterns["joint_issuer_end"] = _compile(r" (?!và )(?:@issuer_stops)(?![\p{L}])")
    patterns["title_end"] = _compile(
        r"""[;:\n…]|\.(?:\s|$)|\((?!khóa)
        |,\ (?=\p{Lu}|(?:@title_comma_stops)(?![\p{L}]))
        # a figure, ratio or date opens the rest of the sentence: `…, 10/10 huyện ủy`, `…, ngày 25/11`
        |,\ (?=(?:(?:@parts_of_day)\ |ngày\ )?\d)
        # a place that opens the next clause, unless the comma is inside a list of units
        |(?<!(?:@admin_units)),\ (?=(?:@admin_units)(?![\p{L}]|\ hội))
        |\ (?=(?:@title_stops)(?![\p{L}]))""",
        regex.VERBOSE,
    )
    patterns["title_next_document"] = _compile(r" và (?=(?:@doc_words)(?![\p{L}]))", regex.IGNORECASE)
    return patterns


@dataclass
class Citation:
    """One numbered citation as read from the text, before merging."""

    rule: str
    start: int  # of the mention, type word included
    end: int  # of the number and code
    tail_end: int  # of what was read after it (date, issuer, term)
    number: str
    year: str | None
    id: str
    code: str
    code_issuer: str
    doc_type: str | None = None
    issuer: str | None = None
    issued: str | None = None
    term: str | None = None
    title: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.number.lstrip("0") or "0", self.code.casefold(), self.year or "")


@dataclass
class Found:
    """A document as it will be output, with the mentions gathered so far."""

    ref: DocumentRef
    mentions: list[Mention] = field(default_factory=list)


def _iso_day(match: regex.Match) -> str | None:
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None  # `ngày 31/2/2024`: the dates stage warns; the document has no issue date


def _cut_issuer(raw: str, joint: bool) -> str | None:
    end = _context()["joint_issuer_end" if joint else "issuer_end"].search(raw)
    issuer = (raw[: end.start()] if end else raw).strip(" -")
    if not issuer or len(issuer.split()) > ISSUER_MAX_WORDS:
        return None
    return issuer


@cache
def _published_titles() -> dict[str, tuple[regex.Pattern, ...]]:
    """Each published title as a pattern that allows the press's variants: a leading `về`, any case,
    other quotes and brackets, a comma or dash more or less between its words."""
    between = r"[\s,“”\"'‘’()\-–]+"
    titles: dict[str, tuple[regex.Pattern, ...]] = {}
    for doc_id, entries in lexicons.table("document_titles")["titles"].items():
        patterns = []
        for title in sorted(entries, key=len, reverse=True):
            words = regex.findall(r"[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*", title)
            if words[0].casefold() == "về":
                words = words[1:]
            body = between.join(regex.escape(w) for w in words)
            patterns.append(
                regex.compile(rf"(?:về\s+)?{body}[”\"'’)]?(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
            )
        titles[doc_id] = tuple(patterns)
    return titles


def _cut_title(raw: str, doc_id: str, fronted: bool) -> str | None:
    for published in _published_titles().get(doc_id, ()):
        found = published.match(raw)
        if found:
            return raw[: found.end()].strip()
    context = _context()
    cuts = [len(raw), TITLE_MAX]
    for name in ("title_end", "title_next_document"):
        found = context[name].search(raw)
        if found:
            cuts.append(found.start())
    if fronted:
        # The main clause after a fronted one starts at the last comma before its predicate.
        hard_end = regex.search(r"[;:\n]|\.(?:\s|$)", raw)
        predicate = context["clause_predicate"].search(raw, 0, hard_end.start() if hard_end else len(raw))
        comma = raw.rfind(", ", 0, predicate.start()) if predicate else -1
        if comma > 0:
            cuts.append(comma)
    title = raw[: min(cuts)].strip(" ,-")
    return title if len(title.split()) >= 2 else None


def _fronted(text: str, start: int) -> bool:
    """The citation at `start` is in a clause fronted before the main one (`Thực hiện …, S đã V`)."""
    return _context()["fronted"].search(text, max(0, start - SUBJECT_WINDOW * 2), start) is not None


def _read_tail(text: str, citation: Citation) -> None:
    """Issued date, issuer, term and title from the words right after the number."""
    context = _context()
    position = citation.end
    seen: set[str] = set()
    while True:
        rest = text[position : position + TAIL_WINDOW]
        step = None
        for name in ("issued", "issuer", "term"):
            found = None if name in seen else context[name].match(rest)
            if found is None:
                continue
            if name == "issuer":
                issuer = _cut_issuer(found["issuer"], joint=found["link"] == "giữa")
                if issuer is None:
                    continue
                citation.issuer = issuer
                step = found.start("issuer") + len(issuer)
            elif name == "issued":
                citation.issued = _iso_day(found)
                step = found.end()
            else:
                citation.term = found["term"]
                step = found.end()
            seen.add(name)
            break
        if step is None:
            break
        position += step
    citation.tail_end = position
    rest = text[position : position + TAIL_WINDOW]
    quoted = context["title_quoted"].match(rest)
    if quoted:
        citation.title = quoted["title"].strip()
        return
    subject = context["title"].match(rest)
    if subject is None and citation.rule.startswith("state"):
        subject = context["state_title"].match(rest)
    if subject:
        citation.title = _cut_title(subject["title"], citation.id, _fronted(text, citation.start))


def _subject_issuer(doc: ArticleDoc, start: int) -> str | None:
    """`BCĐ tỉnh đã ban hành Kế hoạch số 156-KH/BCĐ`: the body that issues it is the subject."""
    sentence = doc.sentence_at(start)
    window = max(sentence.start if sentence else 0, start - SUBJECT_WINDOW)
    found = _context()["subject_issuer"].search(doc.text, window, start)
    return found["issuer"].strip() if found else None


def _citations(doc: ArticleDoc) -> list[Citation]:
    text = doc.text
    codes = _codes()
    candidates = [
        (order, rule, m) for order, rule in enumerate(numbered()) for m in rule.pattern.finditer(text)
    ]
    candidates.sort(key=lambda c: (-(c[2].end() - c[2].start()), c[0], c[2].start()))
    chosen: list[tuple[NumberPattern, regex.Match]] = []
    for _, rule, m in candidates:
        if all(m.end() <= o.start() or o.end() <= m.start() for _, o in chosen):
            chosen.append((rule, m))
    chosen.sort(key=lambda c: c[1].start())

    citations = []
    for rule, m in chosen:
        parts = {k: (v or "") for k, v in m.groupdict().items()}
        code_type = parts.get("type") or None
        code_issuer = parts["issuer"]
        word = _context()["type_word"].search(text[max(0, m.start() - WORD_WINDOW) : m.start()])
        start = m.start() - (len(word.group()) if word else 0)
        doc_type = None
        name = None if word else _name_before(text, m.start())
        if word:
            doc_type = _word_type(word["word"])
        elif name:
            start, doc_type = name.start, name.doc_type
        elif code_type:
            doc_type = codes["types"].get(code_type)
        citation = Citation(
            rule=rule.id,
            start=start,
            end=m.end(),
            tail_end=m.end(),
            number=parts["number"],
            year=parts.get("year") or None,
            id=rule.id_format.format(**parts),
            code=rule.code_format.format(**parts),
            code_issuer=code_issuer,
            doc_type=doc_type,
        )
        _read_tail(text, citation)
        if name:
            # A law cited with its number is titled by its name (README.I).
            citation.title = name.title
        citations.append(citation)
    _share_details(text, citations)
    for citation in citations:
        # The text's own words first (`của …`, then the subject of `ban hành`), the code last.
        citation.issuer = (
            citation.issuer or _subject_issuer(doc, citation.start) or _code_issuer(citation.code_issuer)
        )
    return citations


@dataclass(frozen=True, slots=True)
class NameBefore:
    start: int
    doc_type: str
    title: str


def _name_before(text: str, number_start: int) -> NameBefore | None:
    """`Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15`: a document's name right before `số` and
    its number names the numbered document."""
    window = max(0, number_start - SUBJECT_WINDOW)
    for rule in named():
        for m in rule.pattern.finditer(text, window, number_start):
            if regex.fullmatch(r" số:? ?", text[m.end() : number_start]):
                return NameBefore(m.start(), rule.doc_type, m.group())
    return None


def _word_type(word: str) -> str | None:
    words = _codes()["words"]
    return next((doc_type for name, doc_type in words.items() if name.casefold() == word.casefold()), None)


def _code_issuer(code: str) -> str | None:
    """The issuer a code names on its own (`CP`, `TTg`, `QH15`), where it names only one."""
    issuers = _codes()["issuers"]
    return issuers.get(code) or issuers.get(code.rstrip("0123456789"))


def _share_details(text: str, citations: list[Citation]) -> None:
    """Documents cited together take the date, issuer and term written once after the last."""
    joined = _context()["joined"]
    for i in range(len(citations) - 2, -1, -1):
        this, following = citations[i], citations[i + 1]
        if this.issuer or this.issued or not joined.match(text[this.tail_end : following.start]):
            continue
        this.issued, this.issuer = following.issued, following.issuer
        this.term = this.term or following.term
        if this.title is None:
            # One subject after both belongs to neither alone (README.C, 217/218-QĐ/TW).
            following.title = None


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start=start, end=end, text=text[start:end])


def _merge_numbered(text: str, citations: list[Citation]) -> list[Found]:
    found: dict[tuple[str, ...], Found] = {}
    for c in citations:
        entry = found.get(c.key)
        if entry is None:
            ref = DocumentRef(
                id=c.id,
                doc_type=c.doc_type,
                number=c.number,
                code=c.code,
                issuer=c.issuer,
                issued=c.issued,
                term=c.term,
                title=c.title,
                rule=f"{STAGE}:{c.rule}",
            )
            entry = found[c.key] = Found(ref)
        else:
            # A later, fuller citation of the same document fills what the first left out; a
            # headline's short subject gives way to the full one of the body.
            update = {
                name: getattr(c, name)
                for name in ("doc_type", "issuer", "issued", "term", "title")
                if getattr(entry.ref, name) is None and getattr(c, name) is not None
            }
            if c.title and entry.ref.title and len(c.title) > len(entry.ref.title):
                update["title"] = c.title
            entry.ref = entry.ref.model_copy(update=update)
        entry.mentions.append(_mention(text, c.start, c.end))
    return list(found.values())


def _short_mentions(text: str, documents: list[Found], taken: list[tuple[int, int]]) -> None:
    """`Quyết định 290` after `Quyết định số 290-QĐ/TW`: a mention of the same document. A number
    with no document of that number and type in the article is left alone (it names nothing we
    can identify)."""
    for m in _context()["short"].finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        doc_type = _word_type(m["word"])
        number = m["number"].lstrip("0") or "0"
        for entry in documents:
            ref = entry.ref
            same_number = ref.number is not None and (ref.number.lstrip("0") or "0") == number
            if same_number and ref.doc_type == doc_type:
                entry.mentions.append(_mention(text, m.start(), m.end()))
                break


def _same_name(a: str, b: str) -> bool:
    """One name is the other with more words after it (`Luật … ở cơ sở` / `… ở cơ sở năm 2022`)."""
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    return long == short or long.startswith(short + " ")


def _named(text: str, taken: list[tuple[int, int]], numbered_documents: list[Found]) -> list[Found]:
    found: list[Found] = []
    taken = list(taken)
    for rule in named():
        for m in rule.pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            # Earlier rules are the more specific (`Luật Tín ngưỡng, tôn giáo` before `Luật …`).
            taken.append((m.start(), m.end()))
            name = m.group()
            mention = _mention(text, m.start(), m.end())
            cited = next(
                (
                    f
                    for f in numbered_documents
                    if f.ref.doc_type == rule.doc_type and f.ref.title and _same_name(f.ref.title, name)
                ),
                None,
            )
            if cited is not None:
                cited.mentions.append(mention)
                continue
            entry = next((f for f in found if f.ref.title and _same_name(f.ref.title, name)), None)
            if entry is None:
                ref = DocumentRef(
                    id=None,
                    doc_type=rule.doc_type,
                    title=name,
                    term=m.groupdict().get("term"),
                    issuer=m.groupdict().get("issuer"),
                    rule=f"{STAGE}:{rule.id}",
                )
                found.append(Found(ref, [mention]))
                continue
            entry.mentions.append(mention)
            if len(name) > len(entry.ref.title or ""):
                # The fullest form names it (`Luật … năm 2022` over `Luật …`, GUIDE).
                term = m.groupdict().get("term") or entry.ref.term
                entry.ref = entry.ref.model_copy(update={"title": name, "term": term})
    return found


def extract(doc: ArticleDoc) -> list[DocumentRef]:
    text = doc.text
    citations = _citations(doc)
    documents = _merge_numbered(text, citations)
    taken = [(c.start, c.end) for c in citations]
    _short_mentions(text, documents, taken)
    documents.extend(_named(text, taken, documents))
    for entry in documents:
        entry.mentions.sort(key=lambda mention: mention.start or 0)
    documents.sort(key=lambda entry: entry.mentions[0].start or 0)
    return [entry.ref.model_copy(update={"mentions": entry.mentions}) for entry in documents]

"""Stage `officials`: the people an article names in office, and the roles it gives them.

Names come from rules over syllables (see `_people.py`) and, where the rules leave a doubt, from
underthesea's NER (stage `ner`). Where the names come from is `people`, chosen in pipeline.py:

- `rules`: a capitalized run is a name when it stands in a person context: `đồng chí`/`Đ/c`/`ông`/
  `bà`/a rank before it, a role right before it (`Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân`) or an
  appositive role right after it (`Trần Hồng Quảng, Phó Bí thư …`), unless it opens with a body's
  head word (`Ban`, `Hội`) and no known surname; after `và` or a comma in a list it must start with
  a known surname.
- `ner`: underthesea's PER spans over every sentence, and nothing else (for the score report).
- `both` (default): the rule names, plus the doubtful runs (a surname without a context, a list
  item or body-like run without a known surname) that NER tags PER, plus other PER spans of those
  sentences. NER runs only on the sentences holding a doubtful run, so most articles need it on few
  sentences or none.
  In every mode a span is dropped when it is a place (`Ninh Bình`, `huyện Quế Phong`), a historical
  figure in a campaign's name (`phong cách Hồ Chí Minh`), inside a quoted title, or an author.

Roles are read the same way whatever found the name: the appositive chain after it, split at its
commas (`…, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng các Ban Chỉ đạo chủ trì`),
and the roles written before it. Mentions of one person are merged by name; a later short mention
(`đồng chí Quảng`) joins the one official whose given name it is. A role repeated shorter
(`Bộ trưởng` after `Bộ trưởng Bộ Nội vụ`) is the same role, kept in its fullest text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from extractor.document import ArticleDoc
from extractor.records import Author, Mention, Official, Role
from extractor.stages._people import (
    RoleSpan,
    View,
    article_places,
    is_capitalized,
    known_places,
    lexicon,
    name_candidates,
    role_after,
    role_before,
    role_before_person_word,
)

PeopleSource = Literal["rules", "ner", "both"]


@dataclass
class _Person:
    name: str
    rule: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[tuple[RoleSpan, str]] = field(default_factory=list)  # (span, rule)


def extract(
    doc: ArticleDoc,
    authors: list[Author],
    province: str | None = None,
    ner_people: list[Mention] | None = None,
    people: PeopleSource = "both",
) -> list[Official]:
    view = View.of(doc)
    if not len(view):
        return []
    places = known_places(view)
    author_names = {_key(a.name) for a in authors}
    spans = _resolve_names(view, places, ner_people or [], people)
    persons: dict[str, _Person] = {}
    for (start, end), rule in spans:
        name = view.surface(start, end)
        if _key(name) in author_names:
            continue
        person = persons.setdefault(_key(name), _Person(name=name, rule=rule))
        begin, finish = view.span(start, end)
        person.mentions.append(Mention(start=begin, end=finish, text=name))
        for role in role_before(view, start) or []:
            person.roles.append((role, "officials:title_before"))
        for role in role_before_person_word(view, start) or []:
            person.roles.append((role, "officials:title_before_person"))
        for role in role_after(view, end) or []:
            person.roles.append((role, "officials:apposition"))
    _merge_partial_names(persons)
    _short_mentions(view, persons)
    units = article_places(view)
    context = _OrgContext(doc, province, units)
    return [
        Official(
            name=p.name,
            roles=_merge_roles([_role(view, span, rule, context) for span, rule in p.roles]),
            mentions=sorted(p.mentions, key=lambda m: m.start or 0),
            rule=p.rule,
        )
        for p in sorted(persons.values(), key=lambda p: p.mentions[0].start or 0)
    ]


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _resolve_names(
    view: View, places: frozenset[str], ner_people: list[Mention], people: PeopleSource
) -> list[tuple[tuple[int, int], str]]:
    """Syllable spans of full names with the rule that accepted each, in text order.

    The merge of rule and NER names: rules win (a rule name keeps its own bounds, and an NER span
    overlapping it is dropped); a doubtful rule candidate that an NER span overlaps is a name with
    the candidate's bounds (`ner_confirmed`); any other NER span is a name (`ner`) unless it
    overlaps an excluded candidate or is not a plausible name (`_plausible_ner_name`)."""
    candidates = name_candidates(view, places)
    accepted: list[tuple[tuple[int, int], str]] = []
    if people in ("rules", "both"):
        accepted += [((c.start, c.end), f"officials:{c.context}") for c in candidates if c.certain]
    if people in ("ner", "both"):
        ner_spans = [s for s in (_syllable_span(view, m) for m in ner_people) if s is not None]
        taken = [span for span, _ in accepted]
        blocked = [(c.start, c.end) for c in candidates if c.excluded]
        if people == "both":
            for c in candidates:
                if c.doubtful and any(_overlap((c.start, c.end), s) for s in ner_spans):
                    accepted.append(((c.start, c.end), "officials:ner_confirmed"))
                    taken.append((c.start, c.end))
        for span in ner_spans:
            if any(_overlap(span, t) for t in taken + blocked):
                continue
            if not _plausible_ner_name(view, span, places):
                continue
            accepted.append((span, "officials:ner"))
            taken.append(span)
    return sorted(accepted)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _syllable_span(view: View, mention: Mention) -> tuple[int, int] | None:
    """The capitalized syllables of an NER span (it may carry `đồng chí` or punctuation at its ends)."""
    inside = [
        k
        for k, s in enumerate(view.syllables)
        if mention.start is not None and mention.end is not None
        and s.start >= mention.start and s.end <= mention.end
    ]
    inside = [k for k in inside if is_capitalized(view.text(k))]
    if not inside:
        return None
    start, end = inside[0], inside[-1] + 1
    if any(not view.joined(k, k + 1) for k in range(start, end - 1)):
        return None
    return start, end


def _plausible_ner_name(view: View, span: tuple[int, int], places: frozenset[str]) -> bool:
    """An NER PER span kept as a name: two to four syllables, not a place, not a title or known body."""
    start, end = span
    if not 2 <= end - start <= 4 or start in view.titles:
        return False
    words = " ".join(view.text(k) for k in range(start, end))
    lex = lexicon()
    return words not in places and words not in lex["never"] and words not in lex["historical"]


def _merge_partial_names(persons: dict[str, _Person]) -> None:
    """`đồng chí Thu Hà` after `Nguyễn Thị Thu Hà`: a name that ends one other official's name is a
    mention of that official."""
    for key in sorted(persons, key=lambda k: len(k.split())):
        person = persons[key]
        owners = [
            other for other_key, other in persons.items()
            if other_key != key and other_key.endswith(" " + key)
        ]
        if len(owners) != 1:
            continue
        owners[0].mentions.extend(person.mentions)
        owners[0].roles.extend(person.roles)
        del persons[key]


def _short_mentions(view: View, persons: dict[str, _Person]) -> None:
    """`đồng chí Quảng`, `ông Trí`: a person word and one given name that only one official bears."""
    by_given: dict[str, list[_Person]] = {}
    for person in persons.values():
        by_given.setdefault(person.name.split()[-1], []).append(person)
    for end in view.person_words:
        word = view.text(end)
        if not is_capitalized(word) or not view.joined(end - 1, end):
            continue
        if is_capitalized(view.text(end + 1)) and view.joined(end, end + 1):
            continue
        owners = by_given.get(word, [])
        if len(owners) != 1:
            continue
        begin, finish = view.span(end, end + 1)
        if any(m.start == begin for m in owners[0].mentions):
            continue
        owners[0].mentions.append(Mention(start=begin, end=finish, text=word))


class _OrgContext:
    """What fills in an organisation's implicit place: the province and the places the text names."""

    def __init__(self, doc: ArticleDoc, province: str | None, units: dict[str, list[str]]) -> None:
        lex = lexicon()
        self.doc = doc
        self.province = province
        self.units = units
        self.abbreviations: dict[str, str] = lex["org_abbreviations"]
        self.province_is_city = province in _CITIES()
        texts = [doc.header.source or "", doc.header.title or "", doc.text]
        self.sources = "\n".join(texts)

    def place(self, level: str) -> str | None:
        if level == "tỉnh":
            return self.province
        if level == "thành phố" and self.province_is_city:
            return self.province
        found = self.units.get(level)
        return found[0] if found else None


def _CITIES() -> frozenset[str]:  # noqa: N802 - a constant loaded from data on first use
    from extractor import lexicons

    return frozenset(p["name"] for p in lexicons.table("provinces")["province"] if p.get("city"))


# Party committees written without their place: the level whose place completes them.
_COMMITTEES = {
    "Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"
}
_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")


def _role(view: View, span: RoleSpan, rule: str, context: _OrgContext) -> Role:
    lex = lexicon()
    title = view.surface(span.title_start, span.title_end)
    organization = view.surface(span.title_end, span.end) if span.end > span.title_end else None
    head = lex["shared_head"].get(title.lower())
    if head and organization and not organization.startswith("các "):
        committee = _committee(view, span)
        if committee:
            title = view.surface(span.title_start, span.title_end - 1)
            organization = view.surface(span.title_end - 1, span.end)
        else:
            organization = f"{head} {organization}"
    full = _organization_full(organization, context) if organization else None
    title_full = lex["title_abbreviations"].get(title)
    return Role(
        title=title,
        organization=organization,
        text=view.surface(span.start, span.end),
        organization_full=full if full != organization else None,
        title_full=title_full,
        former=span.former,
        rule=rule,
    )


def _committee(view: View, span: RoleSpan) -> bool:
    """`Trưởng Ban Chỉ đạo …`: the title's last word opens a committee named in full."""
    written = view.surface(span.title_end - 1, span.end)
    for committee in lexicon()["committees"]:
        if written.lower() == committee.lower() or written.lower().startswith(committee.lower() + " "):
            rest = written[len(committee) :].split()
            return not rest or rest[0] not in _PARTY_COMMITTEES
    return False


_PARTY_COMMITTEES = frozenset({"Tỉnh", "Thành", "Huyện", "Quận", "Thị", "Trung", "Đảng"})


def _expand(organization: str, abbreviations: dict[str, str]) -> str:
    """Abbreviations written out, without repeating words the text already gives after them
    (`Ủy ban MTTQ Việt Nam` → `Ủy ban Mặt trận Tổ quốc Việt Nam`)."""
    words = organization.split()
    out: list[str] = []
    for i, word in enumerate(words):
        expansion = abbreviations.get(word)
        if expansion is None:
            out.append(word)
            continue
        parts = expansion.split()
        following = words[i + 1 :]
        for k in range(min(len(parts), len(following)), 0, -1):
            if parts[-k:] == following[:k]:
                parts = parts[:-k]
                break
        out.extend(parts)
    return " ".join(out)


def _organization_full(organization: str, context: _OrgContext) -> str:
    """The body with abbreviations expanded and its implicit place filled in, as far as known."""
    expanded = _expand(organization, context.abbreviations)
    for level in sorted(_LEVELS, key=len, reverse=True):
        if expanded.endswith(" " + level) or expanded == level:
            place = context.place(level)
            return f"{expanded} {place}" if place else expanded
    for committee, level in _COMMITTEES.items():
        if expanded.endswith(committee):
            place = context.place(level)
            return f"{expanded} {place}" if place else expanded
    if expanded == "Đảng ủy" or expanded.endswith(" Đảng ủy"):
        for level in _COMMUNE_LEVELS:
            place = context.place(level)
            if place:
                return f"{expanded} {level} {place}"
        return expanded
    if context.province and not _names_a_place(expanded):
        fuller = _fuller_mention(organization, context)
        if fuller:
            return _expand(fuller, context.abbreviations)
    return expanded


def _names_a_place(organization: str) -> bool:
    words = organization.split()
    return len(words) >= 2 and is_capitalized(words[-1]) and is_capitalized(words[-2]) and (
        " ".join(words[-2:]) in lexicon()["places"]
    )


def _fuller_mention(organization: str, context: _OrgContext) -> str | None:
    """`Đảng ủy Khối` → `Đảng ủy Khối các cơ quan tỉnh Lạng Sơn` when the article writes it so."""
    import regex

    pattern = regex.compile(
        regex.escape(organization) + r"((?: [\p{L}\-]+){0,6}?) " + regex.escape(context.province or "")
        + r"(?![\p{L}])"
    )
    match = pattern.search(context.sources)
    return match.group() if match else None


def _normal_role(text: str) -> str:
    lex = lexicon()
    words = [w for w in text.split() if w.lower() != "nguyên"]
    expanded = _expand(" ".join(words), {**lex["org_abbreviations"], **lex["title_abbreviations"]})
    return " ".join(unicodedata.normalize("NFC", expanded).casefold().split())


def _merge_roles(roles: list[Role]) -> list[Role]:
    """One role per position, in first-written order, kept in its fullest text."""
    merged: list[Role] = []
    keys: list[str] = []
    for role in roles:
        key = _normal_role(role.text)
        same = next(
            (i for i, k in enumerate(keys) if k == key or k.startswith(key + " ") or key.startswith(k + " ")),
            None,
        )
        if same is None:
            merged.append(role)
            keys.append(key)
        elif len(key) > len(keys[same]):
            merged[same] = role
            keys[same] = key
    return merged

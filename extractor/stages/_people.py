"""What the `officials` and `ner` stages share: syllables, the title matcher, and name candidates.

Not a stage (it returns no facts): the rule stage decides names from these candidates, and the NER
stage reads the same candidates to know where the rules leave a doubt. Keeping both on one
definition of "doubt" is what lets NER run on a few sentences instead of every sentence.

Vietnamese names and titles are written in syllables separated by spaces, and underthesea's words
group them unpredictably in running text (`Dân vận Tỉnh` | `ủy`, `đồng` | `chủ trì`). So the rules
work on syllables: every underthesea word split at its spaces, one spaCy token each, matched by
spaCy `PhraseMatcher`s whose phrases are the title, context and body lexicons in `extractor/data/`
(phrase lists match by hashing, many times faster here than the token-pattern `Matcher`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

import regex

from extractor import lexicons
from extractor.document import ArticleDoc, Segment, blank_vietnamese

# Punctuation that closes a role or a list item.
BOUNDARY = frozenset(",;.:!?…()[]\"“”'‘’")
# A syllable written like a name: `Quảng`, `A` (in `Giàng A Tếnh`), `H'Linh` (Central Highlands
# names keep an apostrophe after a first initial); not `UBND`, not `ủy`.
_CAPITALIZED = regex.compile(r"^\p{Lu}(?:['’]\p{Lu})?\p{Ll}*$")


def is_capitalized(text: str) -> bool:
    return bool(_CAPITALIZED.match(text))


# A Central Highlands name opening with an initial and an apostrophe (`K'Điệp`, `H’Xuân`): the
# initial stands where a family name would, whatever follows it.
_INITIAL_NAME = regex.compile(r"^\p{Lu}['’]\p{Lu}\p{Ll}*$")


def is_surname(text: str) -> bool:
    return text in _lexicon()["surnames"] or bool(_INITIAL_NAME.match(text))


@dataclass(frozen=True)
class Candidate:
    """A capitalized run of syllables [start, end) that may be a person's name.

    `context` says what stands next to it: `person` (đồng chí, ông, bà), `title` (a role right
    before it), `apposition` (a role right after it), `list` (after `và` or a comma that ends
    another named person), or None. `surname`: its first syllable is in the surname lexicon.
    `body_head`: its first syllable opens the names of bodies (`Ban`, `Hội`). `excluded`: a
    historical figure, a name inside a quoted campaign title, the start of a known body's name
    (`Đoàn Thanh` of `Đoàn Thanh niên`), or a person named as an author or journalist (`tác giả Lê
    Hoàng Vũ`).

    Certain: a known surname in any context, or, in the contexts that only a person stands in (a
    person word, a role right before or after), any first syllable but a body's head. Families the
    surname lexicon lacks (`đồng chí Kray Thị Liên, Ủy viên …`) are named by their context, as a
    reader names them; a surname is still needed after `và` or a comma (`list`), where a body can
    stand as well as a person.
    """

    start: int
    end: int
    context: str | None
    surname: bool
    excluded: bool
    body_head: bool = False

    @property
    def certain(self) -> bool:
        if self.context is None or self.excluded:
            return False
        return self.surname or (self.context in _PERSON_CONTEXTS and not self.body_head)

    @property
    def doubtful(self) -> bool:
        return not self.excluded and not self.certain and (self.context is not None or self.surname)


# The contexts that name a person whatever the first syllable (see `Candidate`).
_PERSON_CONTEXTS = ("person", "title", "apposition")


@cache
def _lexicon() -> dict:
    officials = lexicons.table("officials")
    titles = lexicons.table("titles")
    abbreviations = lexicons.table("abbreviations")
    provinces = lexicons.table("provinces")["province"]
    districts = lexicons.table("districts")
    place_names = {p["name"] for p in provinces} | {a for p in provinces for a in p.get("aliases", [])}
    place_names |= set(districts["unique"]) | set(districts["shared"]) | set(officials["other_places"])
    return {
        "surnames": frozenset(lexicons.words("surnames")),
        "titles": tuple(titles["titles"]) + tuple(titles["standalone"]),
        "shared_head": {k.lower(): v for k, v in titles["shared_head"].items()},
        "committees": tuple(titles["committees"]),
        "title_abbreviations": abbreviations["title"],
        "org_abbreviations": abbreviations["organization"],
        "person_words": tuple(officials["person_words"]),
        "place_words": officials["place_words"],
        "place_compounds": tuple(officials["place_compounds"]),
        "enders": tuple(officials["chain"]["enders"]),
        "conjunctions": frozenset(officials["chain"]["conjunctions"]),
        "role_joiners": frozenset(officials["chain"]["role_joiners"]),
        "body_units": tuple(officials["chain"]["body_units"]),
        "comma_bodies": tuple(officials["chain"]["comma_bodies"]),
        "parent_bodies": frozenset(officials["chain"]["parent_bodies"]),
        "max_body": officials["chain"]["max_body"],
        "never": frozenset(officials["not_officials"]["never"]),
        "body_heads": frozenset(officials["not_officials"]["body_heads"]),
        # Bodies written out in full (`Đoàn Thanh niên`, `Hội Nông dân`), as words: a capitalized run
        # that opens one of them is that body, whatever surname it starts with.
        "known_bodies": tuple(
            tuple(body.split())
            for body in {*abbreviations["organization"].values(), *officials["chain"]["body_units"]}
            if body[:1].isupper() and len(body.split()) > 1
        ),
        "historical": frozenset(officials["not_officials"]["historical"]),
        "not_official_words": tuple(officials["not_officials"]["after_words"]),
        "not_official_compounds": tuple(officials["not_officials"]["compounds"]),
        "places": frozenset(place_names),
    }


def lexicon() -> dict:
    return _lexicon()


@cache
def _matchers():  # noqa: ANN202 - spaCy PhraseMatchers, imported lazily
    """Phrase matchers over syllables: by lower case for titles and words, as written for the rest."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    lex = _lexicon()
    vocab = blank_vietnamese().vocab

    def phrases(entries) -> list:  # noqa: ANN001 - any iterable of phrases
        return [Doc(vocab, words=regex.findall(r"[^\s,]+|,", e)) for e in entries]

    lowered = PhraseMatcher(vocab, attr="LOWER")
    lowered.add("TITLE", phrases(lex["titles"]))
    lowered.add("PERSON", phrases(lex["person_words"]))
    lowered.add("BODY", phrases(lex["body_units"]))
    lowered.add("PLACE_WORD", phrases(lex["place_words"]))
    lowered.add("NOT_OFFICIAL", phrases(lex["not_official_words"]))
    lowered.add("COMPOUND", phrases(lex["not_official_compounds"]))
    lowered.add("PLACE_COMPOUND", phrases(lex["place_compounds"]))
    exact = PhraseMatcher(vocab, attr="ORTH")
    exact.add("TITLE_ABBR", phrases(lex["title_abbreviations"]))
    exact.add("ENDER", phrases(lex["enders"]))
    exact.add("BODY", phrases(lex["comma_bodies"]))
    return lowered, exact


class View:
    """An article as syllables, with the matches of the lexicons indexed by position.

    Build it with `View.of(doc)`: the officials and ner stages read the same article, and the view
    of the last article is kept so that it is built once.
    """

    _last: View | None = None

    @classmethod
    def of(cls, doc: ArticleDoc) -> View:
        if cls._last is not None and cls._last.doc is doc:
            return cls._last
        cls._last = cls(doc)
        return cls._last

    def __init__(self, doc: ArticleDoc) -> None:
        from spacy.tokens import Doc

        self.doc = doc
        self.syllables: list[Segment] = []
        for token in doc.tokens:
            offset = token.start
            for piece in token.text.split():
                at = doc.text.find(piece, offset, token.end)
                if at < 0:
                    continue
                self.syllables.append(Segment(at, at + len(piece), piece))
                offset = at + len(piece)
        words = [s.text for s in self.syllables]
        self.spacy_doc = Doc(blank_vietnamese().vocab, words=words)
        self.titles: dict[int, int] = {}  # start → end of the longest title starting there
        self.title_abbreviations: dict[int, int] = {}
        self.person_words: dict[int, int] = {}  # end → start of a person word ending there
        self.enders: dict[int, int] = {}
        self.bodies: dict[int, int] = {}
        self.place_words: dict[int, int] = {}  # end → start
        self.not_official_words: dict[int, int] = {}  # end → start
        compounds: list[tuple[int, int]] = []
        place_compounds: list[tuple[int, int]] = []
        vocab = self.spacy_doc.vocab
        lowered, exact = _matchers()
        for match_id, start, end in [*lowered(self.spacy_doc), *exact(self.spacy_doc)]:
            label = vocab.strings[match_id]
            if not self._contiguous(start, end):
                continue
            if label == "TITLE":
                self.titles[start] = max(end, self.titles.get(start, end))
            elif label == "TITLE_ABBR":
                self.title_abbreviations[start] = end
            elif label == "PERSON":
                if self._person_word(start, end):
                    self.person_words[end] = min(start, self.person_words.get(end, start))
            elif label == "ENDER":
                self.enders[start] = max(end, self.enders.get(start, end))
            elif label == "BODY":
                self.bodies[start] = max(end, self.bodies.get(start, end))
            elif label == "PLACE_WORD":
                self.place_words[end] = min(start, self.place_words.get(end, start))
            elif label == "NOT_OFFICIAL":
                self.not_official_words[end] = start
            elif label == "COMPOUND":
                compounds.append((start, end))
            elif label == "PLACE_COMPOUND":
                place_compounds.append((start, end))
        # A word ending a longer compound is not that word: `Môi trường` is no school (`trường`) and
        # `nông thôn` no hamlet (`thôn`) before a name.
        for words, found in ((self.not_official_words, compounds), (self.place_words, place_compounds)):
            for start, end in found:
                if words.get(end, start) > start:
                    del words[end]
        self.person_word_starts = frozenset(self.person_words.values())  # asked per syllable of a role

    def _person_word(self, start: int, end: int) -> bool:
        """`Bà`, `Ông` capitalized inside a sentence open a place (`Bà Rịa`), not a person; a rank
        is written capitalized anywhere (`… và Đại tá Võ Thanh Long`)."""
        word = self.syllables[start].text
        if word.islower() or start == 0 or end - start > 1:
            return True
        before = self.syllables[start - 1].text
        return before in BOUNDARY or before in ("-", "–") or not self.touching(start - 1, start)

    def __len__(self) -> int:
        return len(self.syllables)

    def text(self, i: int) -> str:
        return self.syllables[i].text if 0 <= i < len(self.syllables) else ""

    def joined(self, i: int, j: int) -> bool:
        """Syllables i and j=i+1 are separated by one space on the same line (part of one phrase)."""
        if not (0 <= i < j < len(self.syllables)):
            return False
        gap = self.doc.text[self.syllables[i].end : self.syllables[j].start]
        return gap == " "

    def touching(self, i: int, j: int) -> bool:
        """No line break between syllables i and j (punctuation may be glued or spaced)."""
        if not (0 <= i < j < len(self.syllables)):
            return False
        return "\n" not in self.doc.text[self.syllables[i].end : self.syllables[j].start]

    def _contiguous(self, start: int, end: int) -> bool:
        return all(self.touching(k, k + 1) for k in range(start, end - 1))

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.syllables[i].start, self.syllables[j - 1].end

    def surface(self, i: int, j: int) -> str:
        start, end = self.span(i, j)
        return self.doc.text[start:end]

    def sentence_of(self, i: int) -> Segment | None:
        return self.doc.sentence_at(self.syllables[i].start)


def capitalized_runs(view: View) -> list[tuple[int, int]]:
    """Maximal runs of capitalized syllables joined by single spaces."""
    runs = []
    i = 0
    while i < len(view):
        if not is_capitalized(view.text(i)):
            i += 1
            continue
        j = i + 1
        while j < len(view) and is_capitalized(view.text(j)) and view.joined(j - 1, j):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def article_places(view: View) -> dict[str, list[str]]:
    """The places the article names after a level word, by level, most mentioned first.

    `huyện Phong Điền`, `Huyện ủy Quế Phong`, `xã Tam Chung` give {`huyện`: [`Phong Điền`, `Quế
    Phong`], `xã`: [`Tam Chung`]}. Provinces and districts must be in the data (`tỉnh Trương Văn
    Đạt` is a title before a name, not a province); below that, a place is one to three
    capitalized syllables that stops before a name (`xã Tam Chung Lò Văn Chiến`).
    """
    counts: dict[str, Counter] = {}
    for end, start in view.place_words.items():
        level = _place_level(view, start, end)
        if level is None or end >= len(view) or not view.joined(end - 1, end):
            continue
        j = end
        while j < len(view) and j - end < 4 and is_capitalized(view.text(j)) and view.joined(j - 1, j):
            j += 1
        name = _place_name(view, end, j, level)
        if name:
            counts.setdefault(level, Counter())[name] += 1
    return {level: [name for name, _ in c.most_common()] for level, c in counts.items()}


_KNOWN_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã")


def _place_name(view: View, start: int, end: int, level: str) -> str | None:
    lex = _lexicon()
    words = [view.text(k) for k in range(start, end)]
    for cut in range(len(words), 0, -1):
        if " ".join(words[:cut]) in lex["places"]:
            return " ".join(words[:cut])
    if level in _KNOWN_LEVELS or not words:
        return None
    # Most commune and village names have two syllables; a name may follow right after them.
    for cut in range(min(3, len(words) - 2), 0, -1):
        if is_surname(words[cut]):
            return " ".join(words[:cut])
    return " ".join(words[:3])


def _place_level(view: View, start: int, end: int) -> str | None:
    written = " ".join(view.text(k) for k in range(start, end))
    for word, level in _lexicon()["place_words"].items():
        if written == word or (written.lower() == word.lower() and word.islower()):
            return level
    return None


def known_places(view: View) -> frozenset[str]:
    names = {name for found in article_places(view).values() for name in found}
    return _lexicon()["places"] | names


def name_candidates(view: View, places: frozenset[str] | None = None) -> list[Candidate]:
    """Every capitalized run that could be a person's full name, with what stands next to it."""
    lex = _lexicon()
    places = known_places(view) if places is None else places
    found = []
    for start, end in capitalized_runs(view):
        for person_end, person_start in view.person_words.items():
            if person_start == start and person_end < end:
                start = person_end  # `Ông Giàng A Tếnh` at the start of a sentence
        if start in view.titles:
            continue
        start = _skip_place(view, start, end, places)
        if end - start < 2:
            continue
        if end - start > _longest_name(view, start):
            start = _last_name_start(view, start, end)
            if start is None:
                continue
        words = " ".join(view.text(k) for k in range(start, end))
        if words in places and _person_word_before(view, start) is None:
            continue
        context = _context(view, start, end)
        excluded = (
            words in lex["never"]
            or (words in lex["historical"] and context not in ("person", "apposition"))
            or (start in view.not_official_words and view.touching(start - 1, start))
        )
        if context is None and _inside_quotes(view, start):
            excluded = True
        excluded = excluded or _opens_body(view, start, end)
        head = view.text(start) in lex["body_heads"]
        found.append(Candidate(start, end, context, is_surname(view.text(start)), excluded, head))
    return _lists(view, found)


def _opens_body(view: View, start: int, end: int) -> bool:
    """The run [start, end) is the capitalized start of a body written on after it (`Đoàn Thanh` in
    `Đoàn Thanh niên`): the body's words go on past the run, as written."""
    for body in _lexicon()["known_bodies"]:
        if len(body) > end - start and start + len(body) <= len(view) and all(
            view.text(start + k) == word for k, word in enumerate(body)
        ):
            return True
    return False


def _lists(view: View, found: list[Candidate]) -> list[Candidate]:
    """A name right after `và` or a comma that closes a named person and their roles is named in the
    same way (`các đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh và Trần Văn Bình đồng chủ trì`)."""
    listed: list[Candidate] = []
    for candidate in found:
        before = candidate.start - 1
        if candidate.context is None and view.text(before) in ("và", ",", ";") and listed:
            previous = listed[-1]
            chain = role_after(view, previous.end)
            extent = chain[-1].end if chain else previous.end
            if previous.context is not None and extent == before and view.touching(before, candidate.start):
                candidate = replace(candidate, context="list")
        listed.append(candidate)
    return listed


def _skip_place(view: View, start: int, end: int, places: frozenset[str]) -> int:
    """Past a place name that opens the run (`Ninh Bình` in `Tỉnh ủy Ninh Bình Nguyễn Thị Thu Hà`)."""
    for cut in range(min(end - 2, start + 4), start, -1):
        head = " ".join(view.text(k) for k in range(start, cut))
        if head in places and is_surname(view.text(cut)):
            return cut
    return start


def _longest_name(view: View, start: int) -> int:
    """Four syllables; five after a two-syllable family name (`Tôn Nữ Thị Ngọc Hân`) or right after
    a person word, where the long names of the Central Highlands stand (`ông Y Thanh Hà Niê Kđăm`)."""
    compound = f"{view.text(start)} {view.text(start + 1)}" in _lexicon()["surnames"]
    return 5 if compound or _person_word_before(view, start) is not None else 4


def _last_name_start(view: View, start: int, end: int) -> int | None:
    """In a run too long for one name, the surname that opens its last two to four syllables."""
    for k in range(end - 4, end - 1):
        if k >= start and is_surname(view.text(k)):
            return k
    return None


def _person_word_before(view: View, start: int) -> int | None:
    """Start of `đồng chí`/`ông`/`bà`/`Đ/c` right before syllable `start` (a colon may follow it)."""
    end = start
    if view.text(end - 1) == ":":
        end -= 1
    if end in view.person_words and view.touching(end - 1, start):
        return view.person_words[end]
    return None


def _context(view: View, start: int, end: int) -> str | None:
    if _person_word_before(view, start) is not None:
        return "person"
    if role_before(view, start) is not None:
        return "title"
    if role_after(view, end) is not None:
        return "apposition"
    return None


def _inside_quotes(view: View, at: int) -> bool:
    """Between an opening and a closing quote on the same line (a campaign's or a prize's name)."""
    offset = view.syllables[at].start
    line = view.doc.line_at(offset)
    if line is None:
        return False
    before = view.doc.text[line.start : offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def title_at(view: View, i: int) -> int | None:
    """End of the title that starts at syllable i (`Phó Bí thư Thường trực`, `UVBTV`), if any."""
    if i in view.titles:
        return view.titles[i]
    return view.title_abbreviations.get(i)


@dataclass(frozen=True)
class RoleSpan:
    """A role as written: [start, end) in syllables, its title [start, title_end), `nguyên` before it."""

    start: int
    title_start: int
    title_end: int
    end: int
    former: bool


def parse_role(view: View, i: int, closing: str | None = None) -> RoleSpan | None:
    """The role that starts at syllable i: (`nguyên`) title, then the body until the clause goes on."""
    former = view.text(i).lower() == "nguyên"
    title_start = i + 1 if former else i
    if former and not view.joined(i, title_start):
        return None
    title_end = title_at(view, title_start)
    if title_end is None:
        return None
    end = _body_end(view, title_end, closing)
    if end > title_end:
        end = _qualified_end(view, end, closing)
    return RoleSpan(i, title_start, title_end, end, former)


def _qualified_end(view: View, end: int, closing: str | None) -> int:
    """A body goes on past a comma or into a parenthesis that only places it or names its parent:
    `Trưởng thôn Cù Bai, xã Hướng Lập`, `Chủ tịch Hội LHPN xã Hồng Thượng (huyện A Lưới)`,
    `Vụ trưởng Vụ Dân tộc, Ban Dân vận Trung ương`, `Bí thư Chi bộ thôn Khuổi Củng (xã Thượng
    Lâm, huyện Lâm Bình)`."""
    while end < len(view) and view.touching(end - 1, end):
        opener = view.text(end)
        if opener == "(" and closing is None:
            place_end = _level_place_end(view, end + 1)
            while place_end is not None and view.text(place_end) == ",":
                place_end = _level_place_end(view, place_end + 1)
            if place_end is not None and view.text(place_end) == ")":
                end = place_end + 1
                continue
            return end
        if opener != "," or closing == ",":
            return end
        inner = end + 1
        if not view.touching(end, inner):
            return end
        place_end = _level_place_end(view, inner)
        if place_end is not None:
            end = place_end
            continue
        parent_end = _parent_body_end(view, inner, closing)
        if parent_end is not None:
            return parent_end
        in_field = view.text(end - 1).islower() and end not in view.place_words
        listed_end = _listed_field_end(view, inner) if in_field else None
        if listed_end is not None:
            parent_end = _parent_body_end(view, listed_end + 1, closing)
            if parent_end is not None:
                return parent_end
        return end
    return end


def _parent_body_end(view: View, i: int, closing: str | None) -> int | None:
    """End of the parent body that starts at syllable i (`Ban Dân vận Trung ương` after `Vụ Dân tộc,`)
    when the role ends with it."""
    if view.text(i) not in _lexicon()["parent_bodies"] or i in view.titles:
        return None
    parent_end = _body_end(view, i + 1, closing)
    if parent_end > i + 1 and view.text(parent_end) != ",":
        return parent_end
    return None


def _listed_field_end(view: View, i: int) -> int | None:
    """The comma after one more field in a department's name, at syllable i, when one follows: the
    lower-case words of `Phòng Dân vận chính quyền, đoàn thể, Ban Dân vận Tỉnh ủy` (no title, no
    verb, no person) after a name that itself ends in a field, not a place or level, so that its
    parent body can close the one role (`Chủ tịch Hội Nông dân xã, hội viên, Ban …` is two items)."""
    j = i
    while j < len(view) and j - i < 3 and view.touching(j - 1, j):
        word = view.text(j)
        if word == "," and j > i:
            return j
        if (not word.islower() or word in BOUNDARY or j in view.titles or j in view.enders
                or j in view.person_word_starts):
            return None
        j += 1
    return None


def _level_place_end(view: View, i: int) -> int | None:
    """End of `xã Hướng Lập`, `huyện A Lưới`, `phường 5`: a level word then a capitalized name
    (or the number that names a ward or hamlet in the South), at syllable i."""
    for end, start in view.place_words.items():
        if start == i and end < len(view) and view.text(end).isdigit() and view.joined(end - 1, end):
            return end + 1
        if start == i and end < len(view) and is_capitalized(view.text(end)):
            j = end
            while j < len(view) and is_capitalized(view.text(j)) and view.joined(j - 1, j):
                j += 1
            return j
    return None


def _body_end(view: View, i: int, closing: str | None) -> int:
    """Where the body of an organisation that starts at syllable i ends (exclusive)."""
    lex = _lexicon()
    start = i
    quote_open = False
    while i < len(view) and i - start < lex["max_body"]:
        if i > start and not view.touching(i - 1, i):
            break  # a line break ends a caption's role
        word = view.text(i)
        if quote_open:
            quote_open = word not in ("”", '"')
            i += 1
            continue
        if word in ("“", '"') and i + 1 < len(view):
            quote_open = True
            i += 1
            continue
        if i in view.bodies:
            i = view.bodies[i]
            continue
        if word == closing or word in BOUNDARY:
            break
        if i in view.enders or i in view.person_word_starts or word in lex["role_joiners"]:
            break
        if word in lex["conjunctions"]:
            following = view.text(i + 1)
            if (not is_capitalized(following) or is_surname(following) or i + 1 in view.titles
                    or i + 1 in view.person_word_starts):
                break  # `… Tỉnh ủy và Đại tá Võ Thanh Long`: the next person, by their rank
        if word in ("-", "–") and (i + 1 in view.titles or _starts_name(view, i + 1)):
            break
        if _starts_name(view, i) and i in _name_starts(view):
            break  # a name after a title (`Bộ trưởng Lê Vĩnh Tân`) is not part of the body
        i += 1
    return i


def _starts_name(view: View, i: int) -> bool:
    return is_surname(view.text(i)) and is_capitalized(view.text(i + 1))


def _name_starts(view: View) -> frozenset[int]:
    """Where a name may start in each capitalized run of two syllables or more: after a place that
    opens it, at the last surname of a run too long for one name, else at its start (cached per view)."""
    cached = getattr(view, "_name_starts_cache", None)
    if cached is None:
        places = known_places(view)
        starts = set()
        for start, end in capitalized_runs(view):
            cut = _skip_place(view, start, end, places)
            if cut != start:
                starts.add(cut)
            elif end - start > _longest_name(view, start):
                # Too long for one name: a body's own name, then the person's (`Công ty TNHH Hoàng
                # Long Trần Văn Bình`, `Chi hội Tin Lành Phan Rang Nguyễn Văn Lâm`), as for candidates.
                last = _last_name_start(view, start, end)
                if last is not None:
                    starts.add(last)
            elif end - start >= 2 and " ".join(view.text(k) for k in range(start, end)) not in places:
                starts.add(start)
        cached = frozenset(starts)
        view._name_starts_cache = cached  # type: ignore[attr-defined]
    return cached


def role_after(view: View, end: int) -> list[RoleSpan] | None:
    """The appositive chain after a name that ends at syllable `end`: `, Phó Bí thư …, Chủ tịch …`.

    Opened by a comma, a dash or a parenthesis right after the name; split at commas (or, after a
    dash, at dashes: `Nguyễn Văn An - Ủy viên Ban Thường vụ Huyện ủy - Trưởng Ban Dân vận Huyện ủy`)
    for as long as the next piece starts with a title; ends where the clause goes on.
    """
    opener = view.text(end)
    if opener not in (",", *_DASHES, "(") or not view.touching(end - 1, end):
        return None
    closing = ")" if opener == "(" else None
    separators = (",", *_DASHES) if opener in _DASHES else (",",)
    joiners = _lexicon()["role_joiners"]
    roles: list[RoleSpan] = []
    i = end + 1
    while i < len(view) and view.touching(i - 1, i):
        role = parse_role(view, i, closing)
        if role is None or _titles_next_name(view, role):
            break
        roles.append(role)
        i = role.end
        if (view.text(i) in separators or view.text(i) in joiners) and view.touching(i - 1, i):
            i += 1
            continue
        break
    return roles or None


def _titles_next_name(view: View, role: RoleSpan) -> bool:
    """A role that runs right up to a name is that name's title, not one more role of the name
    before it: `Phó Chủ tịch … Vũ Thị Thu Trang, Chủ tịch Hội Nông dân tỉnh Trần Quang Định`."""
    return (
        role.end < len(view)
        and view.joined(role.end - 1, role.end)
        and _starts_name(view, role.end)
        and role.end in _name_starts(view)
    )


_DASHES = ("-", "–", "—")


def role_before_person_word(view: View, start: int) -> list[RoleSpan] | None:
    """Roles written before `, ông`/`, bà`/`, đồng chí` and a name that starts at syllable `start`:
    `Chủ tịch Hội Cựu chiến binh xã, ông Nguyễn Văn Khánh cho biết`. Not in a list, where the
    roles before the comma are the previous person's (`… Nguyễn Văn A, Chủ tịch UBND xã, ông B`)."""
    person = _person_word_before(view, start)
    comma = person - 1 if person is not None else -1
    if comma < 1 or view.text(comma) != "," or not view.touching(comma, person):
        return None
    roles = role_before(view, comma)
    if not roles or view.text(roles[0].start - 1) in (",", ";"):
        return None
    return roles


def role_before(view: View, start: int) -> list[RoleSpan] | None:
    """Roles written before a name that starts at syllable `start`: `Ủy viên Trung ương Đảng, Bộ
    trưởng Bộ Nội vụ Lê Vĩnh Tân`. The last role must run right up to the name."""
    roles: list[RoleSpan] = []
    right = start
    while True:
        left = right
        while left > 0 and view.touching(left - 1, left):
            if view.text(left - 1) in BOUNDARY:
                inside = next((s for s, e in view.bodies.items() if s < left - 1 < e), None)
                if inside is None:
                    break
                left = inside  # the comma of `Sở Văn hóa, Thể thao và Du lịch`
                continue
            left -= 1
        role = None
        for k in range(left, right):
            opens_role = k in view.titles or k in view.title_abbreviations or view.text(k).lower() == "nguyên"
            if not opens_role:
                continue
            candidate = parse_role(view, k)
            if candidate is None or candidate.end != right:
                continue
            if not (is_capitalized(view.text(candidate.title_start)) or candidate.former
                    or candidate.title_start in view.title_abbreviations):
                continue
            role = candidate
            break
        if role is None:
            break
        roles.insert(0, role)
        joined = role.start - 1
        if view.text(joined) in _lexicon()["role_joiners"] and view.touching(joined, role.start):
            right = joined  # `Phó Bí thư Thường trực Huyện ủy kiêm Chủ tịch HĐND huyện Lý Hoàng Phong`
            continue
        if left == 0 or view.text(left - 1) != "," or role.start != left:
            break
        right = left - 1
    return roles or None

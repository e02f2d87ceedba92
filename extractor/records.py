"""The records of ../shared/SPEC.md as pydantic models: the one definition of an output line.

Everything that writes or reads facts (stages, pipeline, scorer, database) uses these models.
Gold files (`gold/ID.json`) validate against the same models: there offsets may be left out and a
fact may carry `"optional": true`, a flag that never appears in extractor output.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

# ISO day, month or year (`2020-06-30`, `2020-06`, `2020`) and date-time to the minute or second.
ISO_DAY = r"^\d{4}(-\d\d(-\d\d)?)?$"
ISO_STAMP = r"^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?$"

DateKind = Literal["date", "range", "period"]
CountStatus = Literal["registered", "recognized", "exemplary", "commended", "maintained"]
AuthorKind = Literal["author", "photo"]
ErrorKind = Literal["empty", "not_text", "encoding", "too_large", "bad_json", "internal"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Fact(Record):
    """A fact found in the text. `rule` names the stage and rule that produced it."""

    rule: str | None = Field(default=None, description="stage:rule that produced the fact")
    optional: bool = Field(
        default=False, exclude=True, description="gold only: neither required nor a false positive"
    )


class Mention(Record):
    start: int | None = None
    end: int | None = None
    text: str


class DateMention(Fact):
    text: str
    start: int | None = None
    end: int | None = None
    value: str = Field(pattern=ISO_DAY)
    end_value: str | None = Field(default=None, pattern=ISO_DAY)
    kind: DateKind
    year_inferred: bool = False
    time: str | None = Field(default=None, pattern=r"^\d\d:\d\d$")
    part_of_day: str | None = None


class Role(Fact):
    title: str | None
    organization: str | None
    text: str
    organization_full: str | None = None
    title_full: str | None = None
    former: bool = False


class Official(Fact):
    name: str
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class DocumentRef(Fact):
    id: str | None
    doc_type: str | None = None
    number: str | None = None
    code: str | None = None
    issuer: str | None = None
    issued: str | None = Field(default=None, pattern=ISO_DAY)
    term: str | None = None
    title: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Count(Fact):
    text: str
    start: int | None = None
    end: int | None = None
    value: int
    total: int | None = None
    value_max: int | None = Field(default=None, description="upper end of a range `từ 3 đến 5 mô hình`")
    percent: float | None = Field(default=None, description="a percentage that qualifies this count")
    unit: str
    status: CountStatus | None = None
    category: str | None = None
    part_of: int | None = None


class Event(Fact):
    kind: str
    text: str
    start: int | None = None
    end: int | None = None
    date: str | None = Field(default=None, pattern=ISO_DAY)
    part_of_day: str | None = None
    organizer: str | None = None
    chairs: list[str] = Field(default_factory=list)
    location: str | None = None
    attendees: list[str] = Field(default_factory=list)


class FactWarning(Record):
    """Something the extractor noticed but could not make a fact of (an impossible date, a sum)."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None
    text: str | None = None


class Author(Record):
    name: str
    affiliation: str | None = None
    kind: AuthorKind = "author"
    optional: bool = Field(default=False, exclude=True)


class ArticleMeta(Record):
    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, pattern=ISO_STAMP)
    province: str | None = None
    province_2025: str | None = None
    authors: list[Author] = Field(default_factory=list)
    text_sha256: str | None = None
    path: str | None = Field(default=None, description="input file (and line) the article came from")
    text: str | None = Field(default=None, description="the normalized text, with `extract --with-text`")


class ErrorInfo(Record):
    kind: ErrorKind
    message: str


class ArticleFacts(Record):
    """One output line of `extractor extract`."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    status: Literal["ok", "error"] = "ok"
    article: ArticleMeta
    dates: list[DateMention] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[FactWarning] = Field(default_factory=list)
    error: ErrorInfo | None = None

    def to_json_line(self, with_text: bool = False) -> str:
        exclude = None if with_text else {"article": {"text"}}
        return self.model_dump_json(exclude=exclude) + "\n"


def error_line(article_id: str, kind: ErrorKind, message: str, path: str | None = None) -> ArticleFacts:
    return ArticleFacts(
        status="error",
        article=ArticleMeta(id=article_id, path=path),
        error=ErrorInfo(kind=kind, message=message),
    )

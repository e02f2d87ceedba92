"""Stage `events`: the case table (earlier stages' facts built by hand), provenance, robustness."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import ArticleDoc, Header, build
from extractor.lexicons import DATA_DIR
from extractor.normalize import normalize
from extractor.pipeline import extract_text
from extractor.records import DateMention, Mention, Official
from extractor.stages import events
from tests.cases.events import ALL, Case
from tests.conftest import SEEDS


def doc_of(text: str, title: str | None = None, published: str | None = None) -> ArticleDoc:
    if title is None:
        return build("t", normalize(text).text, Header(published=published))
    full = normalize(f"{title}\n{text}").text
    header = Header(
        title=title, title_start=0, title_end=len(title), body_start=len(title) + 1, published=published
    )
    return build("t", full, header)


def dates_in(doc: ArticleDoc, dates: list[tuple[str, str]]) -> list[DateMention]:
    found = []
    for written, value in dates:
        start = doc.text.find(written)
        assert start >= 0, written
        value, _, end_value = value.partition("..")  # `2024-08-05..2024-08-30`: a range
        kind = ("range" if end_value else "date") if len(value) == 10 else "period"
        found.append(
            DateMention(
                text=written,
                start=start,
                end=start + len(written),
                value=value,
                end_value=end_value or None,
                kind=kind,
            )
        )
    return found


def officials_in(doc: ArticleDoc, names: list[str]) -> list[Official]:
    return [
        Official(
            name=name,
            mentions=[
                Mention(start=m.start(), end=m.end(), text=name) for m in regex.finditer(name, doc.text)
            ],
        )
        for name in names
    ]


@pytest.mark.parametrize("case", ALL, ids=[c.id for c in ALL])
def test_case(case: Case) -> None:
    doc = doc_of(case.text, case.title, case.published)
    found = events.extract(doc, dates_in(doc, case.dates), officials_in(doc, case.officials))
    assert len(found) == len(case.expected), [e.text for e in found]
    for got, expected in zip(found, case.expected, strict=True):
        dumped = got.model_dump()
        assert {k: dumped[k] for k in expected} == expected
        assert doc.text[got.start : got.end] == got.text


def test_data_file_loads_and_says_its_source() -> None:
    assert (DATA_DIR / "event_kinds.toml").read_text(encoding="utf-8").startswith("# ")
    events._phrase_end_pattern()
    events._location_pattern()
    events._chair_patterns()
    assert {kind for kind, _ in events._kind_patterns()} <= set(events._config()["kinds"])


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_provenance_on_seeds(path) -> None:  # noqa: ANN001 - a pathlib.Path
    facts = extract_text(path.stem, path.read_text(encoding="utf-8"))
    assert facts.status == "ok"
    for event in facts.events:
        assert facts.article.text[event.start : event.end] == event.text
        assert event.rule is not None and event.rule.startswith("events:")


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    doc = doc_of(text)
    for event in events.extract(doc, [], []):
        assert doc.text[event.start : event.end] == event.text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Sáng",
                "ngày",
                "30/6",
                "Ban Dân vận",
                "tổ chức",
                "hội nghị",
                "sơ kết",
                "tại",
                "Hội trường",
                "Trần Văn An",
                "chủ trì",
                "do",
                "làm trưởng đoàn",
                "làm việc với",
                ",",
                ".",
                "(",
                ")",
                "lễ",
                "chiều cùng ngày",
                "vào sáng",
                "diễn ra",
                "Hội nghị",
                "vừa tổ chức",
                "là",
                "có",
                "đồng chí",
                "Sau lễ ra mắt",
                "\n",
                "Sáng nay",
                "Hôm nay (",
                "Ngày hôm sau",
                "gặp mặt",
                "ở điểm cầu",
                ", xã Tân Lập",
                "dưới sự chủ trì của",
                "Trưởng đoàn là",
                "Ban Tổ chức Hội thi",
                "vừa qua",
                "theo kế hoạch,",
                "VOV.VN -",
                "Bà Trần Văn An:",
                "điều hành",
                "mở",
                "gặp gỡ",
                "diễn ra chiều cùng ngày",
                "cùng chủ trì",
                "Đoàn công tác",
                "dẫn đầu",
            ]
        ),
        max_size=30,
    ),
    st.booleans(),
)
def test_never_raises_on_meeting_like_text(words: list[str], with_title: bool) -> None:
    text = " ".join(words)
    title = "Ban Dân vận tổ chức giao ban công tác dân vận" if with_title else None
    doc = doc_of(text, title, "2020-06-30T08:00" if with_title else None)
    dates = [
        DateMention(text=m.group(), start=m.start(), end=m.end(), value="2020-06-30", kind="date")
        for m in regex.finditer("30/6", doc.text)
    ]
    found = events.extract(doc, dates, officials_in(doc, ["Trần Văn An"]))
    for event in found:
        assert doc.text[event.start : event.end] == event.text
        assert set(event.chairs) <= {"Trần Văn An"}

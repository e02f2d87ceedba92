"""Hand-written ArticleFacts lines for the fact database tests.

Short texts in the style of the corpus, with the facts a reader finds in them (not extractor output).
Offsets are found in the text, so every fact's `text` equals `text[start:end]` by construction.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from extractor.records import (
    ArticleFacts,
    ArticleMeta,
    Count,
    DateMention,
    DocumentRef,
    Event,
    Mention,
    Official,
    Role,
    error_line,
)


class RoleSpec(NamedTuple):
    title: str
    organization: str | None
    text: str


class DocSpec(NamedTuple):
    id: str | None
    mention: str
    doc_type: str
    issued: str | None = None
    issuer: str | None = None
    title: str | None = None


class CountSpec(NamedTuple):
    text: str
    value: int
    unit: str
    status: str | None = None
    part_of: int | None = None
    category: str | None = None


class EventSpec(NamedTuple):
    kind: str
    text: str
    date: str | None
    chairs: tuple[str, ...] = ()


def _span(text: str, phrase: str) -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def article(
    article_id: str,
    text: str,
    *,
    published: str | None = None,
    province: str | None = None,
    officials: dict[str, list[RoleSpec]] | None = None,
    documents: list[DocSpec] = (),
    counts: list[CountSpec] = (),
    events: list[EventSpec] = (),
    dates: list[tuple[str, str]] = (),
    with_text: bool = True,
) -> ArticleFacts:
    """One ok line; the title is the first line of the text."""
    return ArticleFacts(
        article=ArticleMeta(
            id=article_id,
            title=text.split("\n", 1)[0],
            published=published,
            province=province,
            text_sha256=hashlib.sha256(text.encode()).hexdigest(),
            text=text if with_text else None,
        ),
        dates=[DateMention(**_span(text, t), value=v, kind="date", rule="test:hand") for t, v in dates],
        officials=[
            Official(
                name=name,
                roles=[Role(title=r.title, organization=r.organization, text=r.text) for r in roles],
                mentions=[Mention(**_span(text, name))],
                rule="test:hand",
            )
            for name, roles in (officials or {}).items()
        ],
        documents=[
            DocumentRef(
                id=d.id,
                doc_type=d.doc_type,
                issued=d.issued,
                issuer=d.issuer,
                title=d.title,
                mentions=[Mention(**_span(text, d.mention))],
            )
            for d in documents
        ],
        counts=[
            Count(
                **_span(text, c.text),
                value=c.value,
                unit=c.unit,
                status=c.status,
                part_of=c.part_of,
                category=c.category,
            )
            for c in counts
        ],
        events=[
            Event(kind=e.kind, **_span(text, e.text), date=e.date, chairs=list(e.chairs)) for e in events
        ],
    )


QUANG_2020 = RoleSpec("Phó Bí thư Thường trực", "Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy")

NINH_BINH_2020 = article(
    "nb-2020-06-30",
    "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh sơ kết công tác 6 tháng đầu năm 2020\n"
    "Sáng ngày 30/6/2020, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh và Ban Chỉ đạo phong trào"
    " thi đua “Dân vận khéo” tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Đồng chí Trần Hồng Quảng,"
    " Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng các Ban Chỉ đạo chủ trì hội nghị.\n"
    "Các cấp ủy Đảng đã quán triệt Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế"
    " công tác dân vận của hệ thống chính trị. Toàn tỉnh có 1.079 mô hình “Dân vận khéo” được công nhận,"
    " trong đó 421 mô hình về phát triển kinh tế.",
    published="2020-06-30T16:01",
    province="Ninh Bình",
    officials={
        "Trần Hồng Quảng": [
            QUANG_2020,
            RoleSpec("Chủ tịch", "HĐND tỉnh", "Chủ tịch HĐND tỉnh"),
            RoleSpec("Trưởng", "các Ban Chỉ đạo", "Trưởng các Ban Chỉ đạo"),
        ]
    },
    documents=[DocSpec("290-QĐ/TW", "Quyết định 290-QĐ/TW", "Quyết định", "2010-02-25", "Bộ Chính trị")],
    counts=[
        CountSpec("1.079 mô hình", 1079, "mô hình", "recognized"),
        CountSpec("421 mô hình về phát triển kinh tế", 421, "mô hình", "recognized", 0, "phát triển kinh tế"),
    ],
    events=[
        EventSpec(
            "hội nghị sơ kết", "hội nghị sơ kết công tác 6 tháng đầu năm", "2020-06-30", ("Trần Hồng Quảng",)
        )
    ],
    dates=[("Sáng ngày 30/6/2020", "2020-06-30")],
)

NINH_BINH_2021 = article(
    "nb-2021-03-15",
    "Bí thư Tỉnh ủy làm việc với Ban Dân vận Tỉnh ủy\n"
    "Chiều 15/3, đồng chí Trần Hồng Quảng, Bí thư Tỉnh ủy, làm việc với Ban Dân vận Tỉnh ủy. Đồng chí đề nghị"
    " tiếp tục thực hiện tốt Quyết định số 290-QĐ/TW và Kết luận 114-KL/TW của Ban Bí thư. Năm 2020, toàn"
    " tỉnh công nhận 350 mô hình “Dân vận khéo”.",
    published="2021-03-15",
    province="Ninh Bình",
    officials={"Trần Hồng Quảng": [RoleSpec("Bí thư", "Tỉnh ủy", "Bí thư Tỉnh ủy")]},
    documents=[
        DocSpec("290-QĐ/TW", "Quyết định số 290-QĐ/TW", "Quyết định"),
        DocSpec("114-KL/TW", "Kết luận 114-KL/TW", "Kết luận", issuer="Ban Bí thư"),
    ],
    counts=[CountSpec("350 mô hình", 350, "mô hình", "recognized")],
    events=[EventSpec("buổi làm việc", "làm việc với Ban Dân vận Tỉnh ủy", "2021-03-15")],
)

LANG_SON_2020 = article(
    "ls-2020-10-20",
    "Huyện Cao Lộc triển khai Hướng dẫn về mô hình “Dân vận khéo”\n"
    "Thực hiện Hướng dẫn số 04-HD/BDVTU ngày 10/3/2016 của Ban Dân vận Tỉnh ủy, ông Trần Hồng Quảng, Chủ tịch"
    " Hội Nông dân huyện Cao Lộc, cho biết năm 2020 huyện công nhận 120 mô hình “Dân vận khéo”.",
    published="2020-10-20T11:19",
    province="Lạng Sơn",
    officials={
        "Trần Hồng Quảng": [
            RoleSpec("Chủ tịch", "Hội Nông dân huyện Cao Lộc", "Chủ tịch Hội Nông dân huyện Cao Lộc")
        ]
    },
    documents=[
        DocSpec("04-HD/BDVTU", "Hướng dẫn số 04-HD/BDVTU", "Hướng dẫn", "2016-03-10", "Ban Dân vận Tỉnh ủy")
    ],
    counts=[CountSpec("120 mô hình", 120, "mô hình", "recognized")],
)

LANG_SON_2021 = article(
    "ls-2021-05-05",
    "Ban Dân vận Tỉnh ủy hướng dẫn công tác dân vận năm 2021\n"
    "Ban Dân vận Tỉnh ủy ban hành Hướng dẫn 04-HD/BDVTU ngày 5/1/2021 về công tác dân vận của đảng viên."
    " Mỗi chi bộ đăng ký ít nhất 01 mô hình.",
    published="2021-05-05",
    province="Lạng Sơn",
    documents=[
        DocSpec("04-HD/BDVTU", "Hướng dẫn 04-HD/BDVTU", "Hướng dẫn", "2021-01-05", "Ban Dân vận Tỉnh ủy")
    ],
)

ERROR_LINE = error_line("err-1", "encoding", "corpus/err-1.txt: undecodable byte 0xff at offset 120")

ARTICLES = [NINH_BINH_2020, NINH_BINH_2021, LANG_SON_2020, LANG_SON_2021]


def write_jsonl(path: Path, lines: list[ArticleFacts | str]) -> Path:
    """ArticleFacts as `extract --with-text` writes them; strings are written as they are."""
    path.write_text(
        "".join(line if isinstance(line, str) else line.to_json_line(with_text=True) for line in lines),
        encoding="utf-8",
    )
    return path

"""One article through every stage: normalized text in, one ArticleFacts line out.

This is the only place that knows the order of the stages and which facts of earlier stages a later
stage reads. Any failure inside becomes an `internal` error line for that article; nothing escapes.
"""

from __future__ import annotations

import hashlib
import os
import traceback

from extractor.document import build
from extractor.header import Hints, read_header
from extractor.load import DEFAULT_MAX_BYTES, LoadError, Source, load
from extractor.normalize import normalize
from extractor.records import ArticleFacts, ArticleMeta, error_line
from extractor.stages import bylines, counts, dates, documents, events, ner, officials, province


def extract_text(
    article_id: str,
    raw_text: str,
    hints: Hints | None = None,
    path: str | None = None,
    notes: tuple[str, ...] = (),
) -> ArticleFacts:
    """Facts of one article given its decoded text (any Unicode form, any tone placement).

    `notes` are what loading noticed (a truncated last character, a legacy encoding); they become
    `input` warnings on the line.
    """
    try:
        return _extract(article_id, raw_text, hints, path, notes)
    except Exception as exc:  # a bug in a stage must not stop the batch
        where = path or article_id
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        message = (
            f"{where}: {type(exc).__name__}: {exc} (at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})"
        )
        return error_line(article_id, "internal", message, path=path)


def extract_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleFacts:
    """Load and extract one input; a bad input becomes its error line, never an exception."""
    try:
        raw = load(source, max_bytes)
    except LoadError as exc:
        return error_line(exc.article_id, exc.kind, exc.message, path=exc.where)
    except Exception as exc:  # noqa: BLE001 - a loader bug must not stop the batch
        message = f"{source.where}: {type(exc).__name__}: {exc}"
        return error_line(source.article_id, "internal", message, path=source.where)
    return extract_text(raw.id, raw.text, raw.hints, path=raw.where, notes=raw.notes)


def _extract(
    article_id: str, raw_text: str, hints: Hints | None, path: str | None, notes: tuple[str, ...]
) -> ArticleFacts:
    normalized = normalize(raw_text)
    if not normalized.text.strip():
        return error_line(article_id, "empty", f"{path or article_id}: no article text", path=path)
    header = read_header(normalized.text, hints)
    doc = build(article_id, normalized.text, header)
    for note in notes:
        doc.warn("input", note)

    found_dates = dates.extract(doc)
    found_documents = documents.extract(doc)
    authors = bylines.extract(doc)
    province_name, province_2025 = province.extract(doc)
    people_source = _people_source()
    people = ner.extract(doc, authors=authors, people=people_source)
    found_officials = officials.extract(
        doc, authors=authors, province=province_name, ner_people=people, people=people_source
    )
    found_counts = counts.extract(doc)
    found_events = events.extract(doc, dates=found_dates, officials=found_officials)

    meta = ArticleMeta(
        id=article_id,
        source=header.source,
        url=header.url,
        title=header.title,
        published=header.published,
        province=province_name,
        province_2025=province_2025,
        authors=authors,
        text_sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        path=path,
        text=doc.text,
    )
    return ArticleFacts(
        article=meta,
        dates=found_dates,
        officials=found_officials,
        documents=found_documents,
        counts=found_counts,
        events=found_events,
        warnings=doc.warnings,
    )


def _people_source() -> officials.PeopleSource:
    """Where official names come from: EXTRACTOR_PEOPLE=rules|ner|both (default both, officials.py)."""
    source = os.environ.get("EXTRACTOR_PEOPLE", "both")
    if source not in ("rules", "ner", "both"):
        raise ValueError(f"EXTRACTOR_PEOPLE must be rules, ner or both, not {source!r}")
    return source  # type: ignore[return-value]

"""Many articles: input order, bounded memory, worker processes, resuming an interrupted run.

Sources are streamed in windows of `jobs * WINDOW_PER_JOB`; at most two windows are in memory (one
being extracted by the process pool while the one before is written), so memory does not grow with
the batch.
Each output line is written with one `write` of a whole line and flushed per window, and `--resume`
drops a torn last line, so a run killed at any moment can be resumed to exactly the lines of an
uninterrupted run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import TextIO

from extractor.load import DEFAULT_MAX_BYTES, Source, list_sources
from extractor.pipeline import extract_source

WINDOW_PER_JOB = 32


@dataclass
class BatchStats:
    articles: int = 0
    errors: int = 0
    skipped: int = 0
    chars: int = 0


def _warm_up() -> None:
    """Load underthesea's models once per worker, before its first article."""
    from extractor.pipeline import extract_text

    extract_text("warm-up", "Đồng chí Nguyễn Văn An phát biểu tại hội nghị ngày 1/1/2020.")


def _extract_line(task: tuple[Source, int, bool]) -> tuple[str, bool, int]:
    source, max_bytes, with_text = task
    facts = extract_source(source, max_bytes)
    chars = len(facts.article.text or "")
    return facts.to_json_line(with_text=with_text), facts.status == "error", chars


def _extract_partition(tasks: list[tuple[Source, int, bool]]) -> list[tuple[str, bool, int]]:
    """One dask task: a partition of sources, extracted by the same function as a local run."""
    return [_extract_line(task) for task in tasks]


def _windows(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    iterator = iter(items)
    while window := list(islice(iterator, size)):
        yield window


def done_ids(out_path: Path) -> set[str]:
    """Ids of the complete lines of an earlier run; a torn last line is cut off the file."""
    ids: set[str] = set()
    if not out_path.exists():
        return ids
    keep = 0
    with open(out_path, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                ids.add(json.loads(raw)["article"]["id"])
            except (ValueError, KeyError, TypeError):
                break
            keep += len(raw)
    if keep != out_path.stat().st_size:
        with open(out_path, "r+b") as fh:
            fh.truncate(keep)
    return ids


def run(
    paths: list[str],
    out: TextIO,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    with_text: bool = False,
    skip_ids: set[str] | None = None,
    on_article: Callable[[int], None] | None = None,
    stdin: bytes | None = None,
) -> BatchStats:
    """Extract every article under `paths` and write one JSON line each to `out`, in input order."""
    stats = BatchStats()
    sources = _sources(paths, stdin, skip_ids, stats)
    pool = None
    if jobs > 1:
        pool = get_context("spawn" if os.name == "nt" else "forkserver").Pool(jobs, initializer=_warm_up)
    try:
        windows = (
            [(s, max_bytes, with_text) for s in window] for window in _windows(sources, jobs * WINDOW_PER_JOB)
        )
        if pool is None:
            for tasks in windows:
                _write(map(_extract_line, tasks), out, stats, on_article)
        else:
            # Two windows in flight: workers extract the next one while this one is written.
            pending = None
            for tasks in windows:
                submitted = pool.map_async(_extract_line, tasks, chunksize=2)
                if pending is not None:
                    _write(pending.get(), out, stats, on_article)
                pending = submitted
            if pending is not None:
                _write(pending.get(), out, stats, on_article)
    finally:
        if pool:
            pool.close()
            pool.join()
    return stats


def run_dask(
    paths: list[str],
    out: TextIO,
    scheduler: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    with_text: bool = False,
    skip_ids: set[str] | None = None,
    on_article: Callable[[int], None] | None = None,
    partition_size: int = 64,
    local_workers: int = 2,
    stdin: bytes | None = None,
) -> BatchStats:
    """The same batch on a dask cluster: `scheduler` is `local` (a LocalCluster on 127.0.0.1) or
    the address of a running scheduler (`tcp://10.0.0.5:8786`).

    Sources are listed here and sent in partitions; workers read the files themselves (so the paths
    must be visible to them: a shared file system) or get JSONL lines with the partition. At most
    `2 × workers` partitions are in flight and results are written in input order.
    """
    from collections import deque

    from dask.distributed import Client, LocalCluster

    stats = BatchStats()
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=local_workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        client.run(_warm_up)
        in_flight_max = 2 * max(1, len(client.scheduler_info()["workers"]))
        in_flight: deque = deque()
        for window in _windows(_sources(paths, stdin, skip_ids, stats), partition_size):
            tasks = [(s, max_bytes, with_text) for s in window]
            in_flight.append(client.submit(_extract_partition, tasks, pure=False))
            if len(in_flight) >= in_flight_max:
                _write(in_flight.popleft().result(), out, stats, on_article)
        while in_flight:
            _write(in_flight.popleft().result(), out, stats, on_article)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return stats


def _sources(
    paths: list[str], stdin: bytes | None, skip_ids: set[str] | None, stats: BatchStats
) -> Iterable[Source]:
    sources: Iterable[Source] = list_sources(paths, stdin=stdin)
    return _skipping(sources, skip_ids, stats) if skip_ids else sources


def _write(
    results: Iterable[tuple[str, bool, int]],
    out: TextIO,
    stats: BatchStats,
    on_article: Callable[[int], None] | None,
) -> None:
    for line, is_error, chars in results:
        out.write(line)
        stats.articles += 1
        stats.errors += is_error
        stats.chars += chars
        if on_article:
            on_article(1)
    out.flush()


def _skipping(sources: Iterable[Source], skip_ids: set[str], stats: BatchStats) -> Iterator[Source]:
    for source in sources:
        if source.article_id in skip_ids:
            stats.skipped += 1
            continue
        yield source

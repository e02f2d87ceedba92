"""The `extractor` command line: a thin shell over the library (see SPEC.md "Command line")."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import typer

app = typer.Typer(
    name="extractor",
    help="Checked facts from Vietnamese news about mass-mobilization work (công tác dân vận).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="The SQLite fact database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def fail(message: str, code: int = 1) -> None:
    """One clear line for the user, no traceback."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def extract(
    paths: list[str] = typer.Argument(
        ..., help="Article files (.txt, .html, .jsonl), folders, or - for stdin."
    ),
    output: Path | None = typer.Option(None, "-o", "--output", help="JSONL to write (default: stdout)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
    with_text: bool = typer.Option(False, "--with-text", help="Add the normalized text as article.text."),
    resume: bool = typer.Option(False, "--resume", help="Keep the lines already in OUTPUT and add the rest."),
    max_bytes: int = typer.Option(
        5 * 1024 * 1024, "--max-bytes", min=1, help="Larger inputs get a too_large error line."
    ),
    dask: str | None = typer.Option(
        None, "--dask", help="Run on a dask cluster: `local` (a LocalCluster here) or a scheduler address."
    ),
) -> None:
    """Extract facts: one JSON line per article, in input order (SPEC.md)."""
    from extractor import batch

    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        fail(f"no such file or folder: {missing[0]}", 2)
    if resume and output is None:
        fail("--resume needs -o OUTPUT", 2)
    skip = batch.done_ids(output) if resume and output else set()
    with _output(output, append=resume) as out, _progress() as advance:
        if dask:
            stats = batch.run_dask(
                paths,
                out,
                dask,
                max_bytes=max_bytes,
                with_text=with_text,
                skip_ids=skip,
                on_article=advance,
                local_workers=max(jobs, 2),
            )
        else:
            stats = batch.run(
                paths,
                out,
                jobs=jobs,
                max_bytes=max_bytes,
                with_text=with_text,
                skip_ids=skip,
                on_article=advance,
            )
    typer.echo(
        f"{stats.articles} articles, {stats.errors} error lines"
        + (f", {stats.skipped} already done" if resume else ""),
        err=True,
    )


@contextmanager
def _output(path: Path | None, append: bool) -> Iterator[TextIO]:
    """The output file (exit 2 when it cannot be written), or stdout."""
    if path is None:
        yield sys.stdout
        return
    try:
        out = open(path, "a" if append else "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror}", 2)
    with out:
        yield out


class _progress:
    """A rich progress line on stderr when it is a terminal; nothing otherwise."""

    def __enter__(self) -> Callable[[int], None] | None:
        if not sys.stderr.isatty():
            return None
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

        self._bar = Progress(
            SpinnerColumn(), "{task.description}", MofNCompleteColumn(), TimeElapsedColumn(), transient=True
        )
        self._bar.start()
        task = self._bar.add_task("extracting", total=None)
        return lambda n: self._bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if sys.stderr.isatty():
            self._bar.stop()


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line."""
    import json

    from extractor.records import ArticleFacts

    typer.echo(json.dumps(ArticleFacts.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2))


@app.command()
def score(
    preds: list[Path] = typer.Argument(
        ...,
        metavar="PRED.jsonl",
        help="JSONL files written by `extractor extract` (one table column each; the first is reported).",
    ),
    gold: Path = typer.Option(..., "--gold", help="Folder of gold/ID.json files."),
    report: Path | None = typer.Option(None, "--report", help="Write an HTML report of the first PRED here."),
    json_out: Path | None = typer.Option(None, "--json", help="Write the scores (both modes) as JSON here."),
    lenient: bool = typer.Option(False, "--lenient", help="Also print the table of lenient matching."),
    baselines: bool = typer.Option(
        True, "--baselines/--no-baselines", help="Score underthesea ner and dateparser in the same run."
    ),
    errors: bool = typer.Option(
        True,
        "--errors/--no-errors",
        help="List every false negative, false positive and wrong attribute of the first PRED.",
    ),
) -> None:
    """Precision, recall and F1 of PRED (and of the baselines) against the gold set."""
    import json

    from extractor.score import table
    from extractor.score.gold import GoldError
    from extractor.score.report import render_report
    from extractor.score.run import as_json, score_run

    missing = [p for p in preds if not p.is_file()]
    if missing:
        fail(f"no such prediction file: {missing[0]}", 2)
    try:
        run = score_run(gold, preds, baselines=baselines)
    except GoldError as exc:
        fail(str(exc))
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read the predictions: {exc}")
    tables = [table.score_table(run.strict)]
    if lenient:
        tables.append(table.score_table(run.lenient))
    tables.append(table.attribute_table(run.strict))
    notes = "\n".join(filter(None, [table.article_notes(run.strict), *run.notes]))
    if errors:
        typer.echo(table.error_list(run.strict[0]) + "\n")
    if notes:
        typer.echo(notes + "\n")
    typer.echo("\n\n".join(filter(None, tables)))
    try:
        if json_out:
            data = json.dumps(as_json(run), ensure_ascii=False, indent=1)
            json_out.write_text(data + "\n", encoding="utf-8")
        if report:
            scores = "\n\n".join(filter(None, [*tables, notes]))
            report.write_text(render_report(run.strict[0], run.texts, scores), encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {exc.filename}: {exc.strerror}", 2)


@db_app.command("build")
def db_build(
    preds: list[Path] = typer.Argument(..., help="JSONL files written by `extractor extract`."),
    out: Path = typer.Option(..., "-o", "--output", help="SQLite database to create or update."),
) -> None:
    """Load extraction output into the fact database (one transaction; identical lines are skipped)."""
    from extractor.db.build import build
    from extractor.db.store import DatabaseError

    missing = [str(p) for p in preds if not p.is_file()]
    if missing:
        fail(f"no such file: {missing[0]}", 2)
    try:
        stats = build(preds, out)
    except DatabaseError as exc:
        fail(str(exc))
    for failure in stats.failures[:10]:
        typer.echo(f"failed: {failure}", err=True)
    if len(stats.failures) > 10:
        typer.echo(f"failed: … and {len(stats.failures) - 10} more (table failed_articles)", err=True)
    typer.echo(
        f"{out}: {stats.lines} lines in {stats.seconds:.1f}s: loaded {stats.loaded},"
        f" unchanged {stats.unchanged}, failed {stats.failed}",
        err=True,
    )


@db_app.command("search")
def db_search(
    database: Path = typer.Argument(..., help="facts.db built by `extractor db build`."),
    query: str = typer.Argument(..., help='Words, accents optional; FTS5 syntax: "a phrase", pre*, OR, NOT.'),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="Show at most this many articles."),
) -> None:
    """Accent-insensitive full-text search over articles and facts, best first."""
    from extractor.db.search import format_hit, search
    from extractor.db.store import DatabaseError

    try:
        hits = search(database, query, limit=limit)
    except DatabaseError as exc:
        fail(str(exc))
    for hit in hits:
        typer.echo(format_hit(hit))
    if not hits:
        typer.echo(f"no article matches {query!r}", err=True)


@app.command()
def who(
    database: Path = typer.Argument(..., help="facts.db built by `extractor db build`."),
    name: str = typer.Argument(..., help="An official's name, accents optional (`tran hong quang`)."),
) -> None:
    """An official's roles over time across articles: dates, article ids, roles as written."""
    from extractor.db.queries import format_timeline
    from extractor.db.queries import who as timelines_of
    from extractor.db.store import DatabaseError

    try:
        timelines = timelines_of(database, name)
    except DatabaseError as exc:
        fail(str(exc))
    typer.echo("\n\n".join(format_timeline(t) for t in timelines))


@app.command()
def doc(
    database: Path = typer.Argument(..., help="facts.db built by `extractor db build`."),
    reference: str = typer.Argument(..., help="A document id (`290-QĐ/TW`, `42/NQ-CP`) or a title."),
    year: int | None = typer.Option(None, "--year", help="Only the document of that id issued this year."),
) -> None:
    """The articles citing a document, with the sentence that cites it."""
    from extractor.db.queries import documents_cited, format_document
    from extractor.db.store import DatabaseError

    try:
        documents = documents_cited(database, reference, year=year)
    except DatabaseError as exc:
        fail(str(exc))
    typer.echo("\n\n".join(format_document(d) for d in documents))


def main() -> None:
    app(prog_name="extractor")


if __name__ == "__main__":
    sys.exit(main())

"""The `extractor` command line: a thin shell over the library (see SPEC.md "Command line")."""

from __future__ import annotations

import sys
from pathlib import Path

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
def schema() -> None:
    """Print the JSON Schema of one output line."""
    import json

    from extractor.records import ArticleFacts

    typer.echo(json.dumps(ArticleFacts.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2))


@app.command()
def score(
    pred: Path = typer.Argument(..., help="JSONL written by `extractor extract`."),
    gold: Path = typer.Option(..., "--gold", help="Folder of gold/ID.json files."),
    report: Path | None = typer.Option(None, "--report", help="Write an HTML report here."),
    json_out: Path | None = typer.Option(None, "--json", help="Write the scores as JSON here."),
) -> None:
    """Precision, recall and F1 of PRED against the gold set."""
    fail("score is not built yet (issue 3)")


@db_app.command("build")
def db_build(
    preds: list[Path] = typer.Argument(..., help="JSONL files written by `extractor extract`."),
    out: Path = typer.Option(..., "-o", "--output", help="SQLite database to create or update."),
) -> None:
    """Load extraction output into the fact database."""
    fail("db build is not built yet (issue 7)")


@db_app.command("search")
def db_search(
    database: Path = typer.Argument(..., help="facts.db built by `extractor db build`."),
    query: str = typer.Argument(..., help="Words to find; accents optional."),
) -> None:
    """Accent-insensitive full-text search over articles and facts."""
    fail("db search is not built yet (issue 7)")


def main() -> None:
    app(prog_name="extractor")


if __name__ == "__main__":
    sys.exit(main())

"""The pydantic records and ../shared/SPEC.md stay in step: every field SPEC names is a model field."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from extractor.records import (
    ArticleFacts,
    ArticleMeta,
    Count,
    DateMention,
    DocumentRef,
    Event,
    Official,
    Role,
)
from tests.conftest import SHARED

SPEC = SHARED / "SPEC.md"
pytestmark = pytest.mark.skipif(not SPEC.exists(), reason="../shared/SPEC.md is not beside the project")

# SPEC introduces each record's fields as a JSON-ish list in backticks after its heading.
SECTIONS = {
    "dates": DateMention,
    "officials": Official,
    "documents": DocumentRef,
    "counts": Count,
    "events": Event,
}


def spec_fields(section: str) -> list[str]:
    text = SPEC.read_text(encoding="utf-8")
    body = text.split(f"### {section}\n", 1)[1]
    first = re.search(r"`\{(.*)\}`", body.split("\n", 1)[0] if body.startswith("`") else body).group(1)
    outer = re.sub(r"\[\{.*?\}\]", "", first)  # nested records (a role inside an official) are checked apart
    return re.findall(r'"(\w+)"', outer)


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_every_spec_field_is_a_model_field(section):
    fields = spec_fields(section)
    assert fields, section
    assert set(fields) <= set(SECTIONS[section].model_fields)


def test_role_and_article_fields():
    assert {"title", "organization", "text", "former", "organization_full"} <= set(Role.model_fields)
    example = json.loads(re.search(r"```json\n(.*?)```", SPEC.read_text(encoding="utf-8"), re.S).group(1))
    assert set(example) - {"error"} <= set(ArticleFacts.model_fields)
    assert set(example["article"]) <= set(ArticleMeta.model_fields)


def test_spec_example_line_validates():
    example = json.loads(re.search(r"```json\n(.*?)```", SPEC.read_text(encoding="utf-8"), re.S).group(1))
    example["article"]["text_sha256"] = "0" * 64
    ArticleFacts.model_validate(example)


def test_error_kinds_match_spec():
    kinds = re.search(r"KIND is one of\s+(.*?)\.", SPEC.read_text(encoding="utf-8"), re.S).group(1)
    from typing import get_args

    from extractor.records import ErrorKind

    assert set(re.findall(r"`(\w+)`", kinds)) == set(get_args(ErrorKind))


def test_schema_command_prints_the_models_schema():
    result = subprocess.run(
        [sys.executable, "-m", "extractor", "schema"], capture_output=True, text=True, check=True
    )
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) == set(ArticleFacts.model_fields)
    for name in [
        "DateMention",
        "Official",
        "Role",
        "DocumentRef",
        "Count",
        "Event",
        "ArticleMeta",
        "ErrorInfo",
    ]:
        assert name in schema["$defs"]


def test_optional_flag_is_gold_only():
    count = Count.model_validate({"text": "3 mô hình", "value": 3, "unit": "mô hình", "optional": True})
    assert count.optional and "optional" not in count.model_dump()

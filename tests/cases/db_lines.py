"""Lines as `db build` reads them: a good line changed in one place → what becomes of it.

Each case edits the JSON text of a good line (`NINH_BINH_2020` of db_articles) by plain replacement,
so that what the file holds is exactly what is tested (`NaN`, `5.0`, a lone surrogate escape, bytes
that are not UTF-8). `strict` says whether the Struct decoder takes the line as it is; a line it
refuses goes to the model. `loaded` is the value the database then holds at `column` (of the first
row of `table`), or, for a line that fails, the start of its failure message after `FILE:LINE: `.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    id: str
    old: bytes  # replaced, once, in the good line
    new: bytes
    strict: bool  # the Struct decoder accepts the line
    table: str = ""
    column: str = ""
    loaded: object = None  # the stored value; a str starting "fails: " is a failure message
    first: bool = True  # the first occurrence of `old` (else the last)


COUNT = b'"value":1079'  # the first count of the article (1.079 mô hình)
CASES = [
    Case("as-written", b"", b"", True, "counts", "value", 1079),
    Case("int-as-float", COUNT, b'"value":1079.0', False, "counts", "value", 1079),
    Case("int-as-string", COUNT, b'"value":"1079"', False, "counts", "value", 1079),
    Case("int-64-bit-largest", COUNT, b'"value":9223372036854775807', True, "counts", "value", 2**63 - 1),
    Case("int-64-bit-smallest", COUNT, b'"value":-9223372036854775808', True, "counts", "value", -(2**63)),
    Case(
        "int-beyond-64-bits",
        COUNT,
        b'"value":9223372036854775808',
        False,
        loaded="fails: cannot be stored: Expected `int` <= 9223372036854775807 - at `$.counts[0].value`",
    ),
    Case(
        "int-far-beyond-64-bits",
        COUNT,
        b'"value":' + b"9" * 40,
        False,
        loaded="fails: cannot be stored: Expected `int` <= 9223372036854775807",
    ),
    Case("bool-as-int", b'"year_inferred":false', b'"year_inferred":0', False, "dates", "year_inferred", 0),
    Case("float-as-int", b'"percent":null', b'"percent":100', True, "counts", "percent", 100.0),
    Case("float-nan", b'"percent":null', b'"percent":NaN', False, "counts", "percent", None),
    Case(
        "date-with-newline",
        b'"value":"2020-06-30"',
        b'"value":"2020-06-30\\n"',
        False,
        loaded="fails: not an ArticleFacts line: dates.0.value: String should match pattern",
    ),
    Case("date-of-a-year", b'"value":"2020-06-30"', b'"value":"2020"', True, "dates", "value", "2020"),
    Case(
        "unknown-field",
        COUNT,
        COUNT + b',"votes":3',
        False,
        loaded="fails: not an ArticleFacts line: counts.0.votes: Extra inputs are not permitted",
    ),
    Case(
        "wrong-literal",
        b'"kind":"date"',
        b'"kind":"season"',
        False,
        loaded="fails: not an ArticleFacts line: dates.0.kind: Input should be 'date', 'range' or 'period'",
    ),
    Case(
        "missing-required",
        b'"unit":"m\xc3\xb4 h\xc3\xacnh",',
        b"",
        False,
        loaded="fails: not an ArticleFacts line: counts.0.unit: Field required",
    ),
    Case(
        "not-utf-8",
        "Ninh Bình".encode(),
        b"Ninh B\xecnh",
        False,
        loaded="fails: not an ArticleFacts line: line: Invalid JSON",
    ),
    Case(
        "lone-surrogate",
        "Ninh Bình".encode(),
        b"Ninh B\\udcecnh",
        False,
        loaded="fails: not an ArticleFacts line: line: Invalid JSON",
    ),
    Case(
        "escaped-non-ascii",
        "Ninh Bình".encode(),
        b"Ninh B\\u00ecnh",
        True,
        "articles",
        "province",
        "Ninh Bình",
    ),
    Case("control-char-escaped", b'"unit":"m', b'"unit":"\\u0001m', True, "counts", "unit", "\x01mô hình"),
    Case(
        "duplicate-key-last-wins",
        b'"province":"Ninh B\xc3\xacnh"',
        b'"province":"Ha Noi","province":"Ninh B\xc3\xacnh"',
        True,
        "articles",
        "province",
        "Ninh Bình",
    ),
    Case(
        "trailing-garbage",
        b"}",
        b"} x",
        False,
        loaded="fails: not an ArticleFacts line: line: Invalid JSON: trailing characters",
        first=False,
    ),
]

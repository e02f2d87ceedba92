"""Search cases over tests/cases/db_articles.py: query → the articles it must find (and no others).

`first`, when given, is the article that must rank first. Malicious queries must either search or
fail with one `DatabaseError` line; `error` says which, and none may change the database.
"""

from __future__ import annotations

from typing import NamedTuple

NB20, NB21, LS20, LS21 = "nb-2020-06-30", "nb-2021-03-15", "ls-2020-10-20", "ls-2021-05-05"


class Case(NamedTuple):
    id: str
    query: str
    found: set[str]
    first: str | None = None


CASES = [
    Case("name-without-accents", "tran hong quang", {NB20, NB21, LS20}),
    Case("name-as-written", "Trần Hồng Quảng", {NB20, NB21, LS20}),
    Case("name-in-capitals", "TRẦN HỒNG QUẢNG", {NB20, NB21, LS20}),
    Case("movement-without-accents", "dan van kheo", {NB20, NB21, LS20}),
    # `đ` has no decomposition: `Đảng`, `đảng` and `đăng` all fold to `dang`, in both directions.
    Case("d-stroke-typed-plain", "dang", {NB20, LS21}),
    Case("d-stroke-typed-accented", "Đảng", {NB20, LS21}),
    Case("document-id-bare", "290-QĐ/TW", {NB20, NB21}),
    Case("document-id-plain-lower", "290-qd/tw", {NB20, NB21}),
    Case("document-id-in-words", "Quyết định 290-QĐ/TW", {NB20, NB21}),
    Case("digit-grouping", "1.079 mô hình", {NB20}),
    Case("phrase", '"hội nghị sơ kết"', {NB20}),
    Case("phrase-without-accents", '"hoi nghi so ket"', {NB20}),
    Case("prefix", "Cao Lo*", {LS20}),
    Case("or", 'Kim OR "Cao Lộc"', {LS20}),
    Case("not", "dan van kheo NOT 350", {NB20, LS20}),
    Case("column-filter-facts", "facts: 114-KL/TW", {NB21}),
    Case("headline-ranks-first", "Bí thư Tỉnh ủy làm việc", {NB21}, first=NB21),
    # All three articles hold the words `ban dan van`; only two hold them side by side.
    Case("phrase-ranks-before-scattered-words", "ban dan van", {NB20, NB21, LS20, LS21}, first=LS21),
    Case("no-such-word", "xyzzy", set()),
]


class Malicious(NamedTuple):
    id: str
    query: str
    error: bool


MALICIOUS = [
    Malicious("sql-injection-quote", "'; DROP TABLE articles; --", True),
    Malicious("sql-injection-paren", "Robert'); DROP TABLE articles;--", True),
    Malicious("sql-union", "1 UNION SELECT * FROM sqlite_master", False),
    Malicious("quote-then-or", 'x" OR 1=1 --', True),
    Malicious("unbalanced-quote", '"dân vận', True),
    Malicious("unbalanced-paren-open", "(((dân", True),
    Malicious("unbalanced-paren-close", "dân)", True),
    Malicious("bare-and", "AND", True),
    Malicious("or-or", "OR OR", True),
    Malicious("bare-not", "NOT", True),
    Malicious("near-unclosed", "NEAR(", True),
    Malicious("near-negative", "NEAR(dân vận, -1)", True),
    Malicious("star-alone", "*", True),
    Malicious("caret-alone", "^", True),
    Malicious("unknown-column", "tac_gia: dang", True),
    Malicious("column-without-term", "title:", True),
    Malicious("minus-alone", "-dang", True),
    Malicious("nul-byte", "dang\x00", False),
    Malicious("column-set", "{title facts}: dang", False),
    Malicious("too-many-words", "dân vận " * 2000, True),
    Malicious("many-words-allowed", "dân vận " * 16, False),
    Malicious("many-or", "dang OR " * 15 + "dang", False),
]

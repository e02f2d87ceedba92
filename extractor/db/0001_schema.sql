-- Migration 0001: the fact database written by `extractor db build` (described in README.md here).
-- Facts are stored per article under (doc_id, ord), ord being the fact's index in its list of the
-- ArticleFacts line, so that replacing an article is deleting by doc_id and inserting again. doc_id
-- is the article's integer row id: a new article gets a higher one, so facts are appended in key
-- order, and the views below show the article_id.
-- The registries (officials, documents) are derived from those facts by extractor/db/registry.py.

CREATE TABLE articles (
    doc_id        INTEGER PRIMARY KEY,  -- the full-text index's row id
    article_id    TEXT NOT NULL UNIQUE,
    title         TEXT,
    source        TEXT,
    url           TEXT,
    published     TEXT,               -- ISO date or date-time as extracted
    date          TEXT,               -- the article's day: published, else its earliest event's date
    year          INTEGER,            -- year of `date`
    province      TEXT,
    province_2025 TEXT,
    about_dvk     INTEGER NOT NULL,   -- 1 when the title or text names the “Dân vận khéo” movement
    text          TEXT,               -- normalized text (`extract --with-text`), else null
    facts         TEXT NOT NULL,      -- the text of the facts, one per line, for full-text search
    text_sha256   TEXT,
    path          TEXT,               -- input the article came from
    line_sha256   TEXT NOT NULL       -- hash of the loaded JSONL line: an identical line is skipped
);
CREATE INDEX articles_province_year ON articles (province, year);

CREATE TABLE authors (
    doc_id      INTEGER NOT NULL REFERENCES articles (doc_id),
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    affiliation TEXT,
    kind        TEXT NOT NULL,        -- author | photo
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;

-- Articles whose latest line was an error line (SPEC "Errors") or an unreadable line of the input.
-- A failure does not erase facts loaded for the same id from an earlier good line.
CREATE TABLE failed_articles (
    article_id  TEXT PRIMARY KEY,     -- the line's id, else `FILE:LINE`
    kind        TEXT NOT NULL,        -- SPEC error kind; `bad_json` also for lines that are not ArticleFacts
    message     TEXT NOT NULL,
    path        TEXT,
    line_sha256 TEXT NOT NULL
);

CREATE TABLE dates (
    doc_id        INTEGER NOT NULL REFERENCES articles (doc_id),
    ord           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    start         INTEGER,
    "end"         INTEGER,
    value         TEXT NOT NULL,
    end_value     TEXT,
    kind          TEXT NOT NULL,
    year_inferred INTEGER NOT NULL,
    time          TEXT,
    part_of_day   TEXT,
    rule          TEXT,
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;

-- The registry of persons across articles (rule in README.md, code in registry.py).
CREATE TABLE officials (
    official_id TEXT PRIMARY KEY,     -- `tran-hong-quang@ninh-binh`, `…@ninh-binh:2` for a namesake
    name        TEXT NOT NULL,        -- the form written most often
    name_key    TEXT NOT NULL,        -- folded name
    province    TEXT,
    articles    INTEGER NOT NULL,
    first_date  TEXT,
    last_date   TEXT
);
CREATE INDEX officials_name ON officials (name_key);

-- One row per person per article (an `officials` entry of the line).
CREATE TABLE article_officials (
    doc_id      INTEGER NOT NULL REFERENCES articles (doc_id),
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    official_id TEXT REFERENCES officials (official_id),
    mentions    TEXT NOT NULL,        -- JSON list of {start, end, text}
    rule        TEXT,
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;
CREATE INDEX article_officials_name ON article_officials (name_key);
CREATE INDEX article_officials_official ON article_officials (official_id);

CREATE TABLE roles (
    doc_id            INTEGER NOT NULL REFERENCES articles (doc_id),
    official_ord      INTEGER NOT NULL,
    ord               INTEGER NOT NULL,
    title             TEXT,
    organization      TEXT,
    organization_full TEXT,
    title_full        TEXT,
    text              TEXT NOT NULL,
    former            INTEGER NOT NULL,
    rule              TEXT,
    PRIMARY KEY (doc_id, official_ord, ord)
) WITHOUT ROWID;

-- The registry of documents, keyed by id AND issued year: Party numbers restart with each term.
CREATE TABLE documents (
    document_id TEXT PRIMARY KEY,     -- `290-QD/TW@2010`; no `@year` when the year is unknown
    doc_key     TEXT NOT NULL,        -- folded id, or folded title for a document without a number
    issued_year INTEGER,
    ref         TEXT,                 -- the id as written most often, null for a document without a number
    doc_type    TEXT,
    number      TEXT,
    code        TEXT,
    issuer      TEXT,
    issued      TEXT,
    term        TEXT,
    title       TEXT,
    articles    INTEGER NOT NULL
);
CREATE INDEX documents_key ON documents (doc_key, issued_year);

-- One row per document per article (a `documents` entry of the line), as extracted.
CREATE TABLE document_refs (
    doc_id      INTEGER NOT NULL REFERENCES articles (doc_id),
    ord         INTEGER NOT NULL,
    document_id TEXT REFERENCES documents (document_id),
    doc_key     TEXT,
    ref         TEXT,
    doc_type    TEXT,
    number      TEXT,
    code        TEXT,
    issuer      TEXT,
    issued      TEXT,
    term        TEXT,
    title       TEXT,
    rule        TEXT,
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;
CREATE INDEX document_refs_key ON document_refs (doc_key);
CREATE INDEX document_refs_document ON document_refs (document_id);

CREATE TABLE document_mentions (
    doc_id     INTEGER NOT NULL REFERENCES articles (doc_id),
    ref_ord    INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    start      INTEGER,
    "end"      INTEGER,
    text       TEXT NOT NULL,
    PRIMARY KEY (doc_id, ref_ord, ord)
) WITHOUT ROWID;

CREATE TABLE counts (
    doc_id     INTEGER NOT NULL REFERENCES articles (doc_id),
    ord        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    start      INTEGER,
    "end"      INTEGER,
    value      INTEGER NOT NULL,
    total      INTEGER,
    value_max  INTEGER,
    percent    REAL,
    unit       TEXT NOT NULL,
    status     TEXT,
    category   TEXT,
    part_of    INTEGER,               -- ord of the count this one breaks down
    rule       TEXT,
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;

CREATE TABLE events (
    doc_id      INTEGER NOT NULL REFERENCES articles (doc_id),
    ord         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER,
    "end"       INTEGER,
    date        TEXT,
    part_of_day TEXT,
    organizer   TEXT,
    location    TEXT,
    attendees   TEXT NOT NULL,        -- JSON list of names
    rule        TEXT,
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;

CREATE TABLE event_chairs (
    doc_id     INTEGER NOT NULL REFERENCES articles (doc_id),
    event_ord  INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (doc_id, event_ord, ord)
) WITHOUT ROWID;

CREATE TABLE warnings (
    doc_id     INTEGER NOT NULL REFERENCES articles (doc_id),
    ord        INTEGER NOT NULL,
    code       TEXT NOT NULL,
    message    TEXT NOT NULL,
    start      INTEGER,
    "end"      INTEGER,
    text       TEXT,
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;

-- Full-text search over each article's title, text and facts. The FTS5 index is fed
-- `fold.index_text` of each column (đ → d; the tokenizer strips the other marks) while snippets are
-- cut from the original columns: both tokenize to the same token positions, so highlights land on
-- the accented words.
CREATE VIRTUAL TABLE search USING fts5 (
    title, text, facts,
    content = 'articles', content_rowid = 'doc_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Views for the common questions.

-- Every role of every person over time: "which roles did Trần Hồng Quảng hold, and when".
CREATE VIEW official_timeline AS
SELECT o.official_id, o.name AS official, o.province, a.date, a.year, a.article_id,
       ao.name AS name_as_written, r.title, r.organization, r.organization_full, r.text AS role,
       r.former, a.title AS article_title
FROM roles AS r
JOIN article_officials AS ao ON ao.doc_id = r.doc_id AND ao.ord = r.official_ord
JOIN officials AS o ON o.official_id = ao.official_id
JOIN articles AS a ON a.doc_id = r.doc_id;

-- Every article citing a document: "which articles cite 290-QĐ/TW".
CREATE VIEW document_citations AS
SELECT d.document_id, d.ref, d.issued_year, d.doc_type, d.issuer, d.title AS document_title,
       a.article_id, a.date, a.year, a.province, a.title AS article_title,
       (SELECT group_concat(m.text, ' | ') FROM document_mentions AS m
         WHERE m.doc_id = r.doc_id AND m.ref_ord = r.ord) AS mentions
FROM document_refs AS r
JOIN documents AS d ON d.document_id = r.document_id
JOIN articles AS a ON a.doc_id = r.doc_id;

-- Counts with their article's province and year, for faceting.
CREATE VIEW count_facts AS
SELECT a.article_id, c.ord, a.province, a.year, a.about_dvk, c.text, c.value, c.total, c.unit,
       c.status, c.category, c.part_of
FROM counts AS c JOIN articles AS a ON a.doc_id = c.doc_id;

-- "How many “Dân vận khéo” models did each province recognise per year": totals only (a breakdown
-- item has part_of set), in articles about the movement, by the article's year. Several articles
-- often repeat one province's running total, so `largest` is the safer reading; `reported` sums.
CREATE VIEW dvk_models_by_province_year AS
SELECT a.province, a.year, c.status, count(DISTINCT a.article_id) AS articles,
       max(c.value) AS largest, sum(c.value) AS reported
FROM counts AS c JOIN articles AS a ON a.doc_id = c.doc_id
WHERE a.about_dvk AND c.part_of IS NULL AND (c.unit = 'mô hình' OR c.unit LIKE 'mô hình %')
GROUP BY a.province, a.year, c.status;

-- Events with the officials chairing them.
CREATE VIEW event_chairs_view AS
SELECT a.article_id, e.ord AS event_ord, e.kind, e.date, e.text AS event, e.organizer,
       ch.name AS chair, ao.official_id, a.province
FROM events AS e
JOIN event_chairs AS ch ON ch.doc_id = e.doc_id AND ch.event_ord = e.ord
JOIN articles AS a ON a.doc_id = e.doc_id
LEFT JOIN article_officials AS ao ON ao.doc_id = ch.doc_id AND ao.name = ch.name;

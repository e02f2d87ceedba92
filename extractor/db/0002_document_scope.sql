-- Migration 0002: documents are told apart by scope as well as by key and year (doc_keys.py):
-- `182-KH/TU` of the Ninh Bình Tỉnh ủy is not `182-KH/TU` of the Lạng Sơn one. Columns added at
-- the end, so the INSERTs of rows.py and registry.py give them last.

ALTER TABLE document_refs ADD COLUMN scope TEXT;          -- province of a local document, else null
ALTER TABLE document_refs ADD COLUMN stated_year INTEGER; -- the year the mention gives (issued, `năm YYYY`)
ALTER TABLE documents ADD COLUMN scope TEXT;

DROP INDEX documents_key;
CREATE INDEX documents_key ON documents (doc_key, scope, issued_year);

DROP VIEW document_citations;
CREATE VIEW document_citations AS
SELECT d.document_id, d.ref, d.scope, d.issued_year, d.doc_type, d.issuer, d.title AS document_title,
       a.article_id, a.date, a.year, a.province, a.title AS article_title,
       (SELECT group_concat(m.text, ' | ') FROM document_mentions AS m
         WHERE m.doc_id = r.doc_id AND m.ref_ord = r.ord) AS mentions
FROM document_refs AS r
JOIN documents AS d ON d.document_id = r.document_id
JOIN articles AS a ON a.doc_id = r.doc_id;

-- Refs loaded before this migration have no scope: the next build reloads every article it is
-- given (no stored line hash matches any more), which recomputes them.
UPDATE articles SET line_sha256 = 'before-0002:' || line_sha256;

-- Migration 0003: officials whose every role is at a central body (`Phó Trưởng Ban Dân vận Trung
-- ương`, `Bộ trưởng Bộ Nội vụ`) are one registry group across provinces, not one per province they
-- visit (registry.py). The column is added at the end, so rows.py gives it last.

ALTER TABLE article_officials ADD COLUMN scope TEXT;  -- the registry group's province; null: national

-- Entries loaded before this migration were grouped by their article's province: they keep that
-- group until reloaded (null would make every old entry national). The next build reloads every
-- article it is given (no stored line hash matches any more), which recomputes their scope.
UPDATE article_officials
SET scope = (SELECT a.province FROM articles a WHERE a.doc_id = article_officials.doc_id);
UPDATE articles SET line_sha256 = 'before-0003:' || line_sha256;

-- Migration 0003: officials whose every role is at a central body (`Phó Trưởng Ban Dân vận Trung
-- ương`, `Bộ trưởng Bộ Nội vụ`) are one registry group across provinces, not one per province they
-- visit (registry.py). The column is added at the end, so rows.py gives it last.

ALTER TABLE article_officials ADD COLUMN scope TEXT;  -- the registry group's province; null: national

-- Entries loaded before this migration have no scope: the next build reloads every article it is
-- given (no stored line hash matches any more), which recomputes them.
UPDATE articles SET line_sha256 = 'before-0003:' || line_sha256;

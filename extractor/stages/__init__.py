"""Rule and NER stages. Each module has one public function, `extract(doc, ...)`, that returns facts.

Stages read an `ArticleDoc` (and, where wired so in `pipeline.py`, facts of earlier stages); they
never read files, print, or call each other.
"""

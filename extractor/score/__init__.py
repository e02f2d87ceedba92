"""Scoring extraction output against the gold set (`gold/ID.json`, SPEC "Gold files").

Definitions (each is tested on small hand-computed cases in tests/test_score*.py):

Fact types
    `officials`, `roles` (one per role of an official), `documents`, `dates` (kind `date` and
    `range`), `periods` (kind `period`), `counts`, `events`.

Keys (keys.py)
    officials by name; roles by (name, role text); documents by `id` with the leading zeros of its
    number ignored (`04-HD/BDVTU` = `4-HD/BDVTU`), or by `title` when `id` is null; dates and
    periods by (`value`, `end_value`); counts by (`value`, `unit`); events by (`date`, `kind`).
    Text in a key is normalized (`keys.normalize_key`).

Matching within one article (match.py), per fact type
    Predicted facts with the same key collapse: a key predicted n times counts min(n, g) times,
    where g (at least 1) is how often the gold lists it, so restating a fact is never a false
    positive and two gold facts with one key can both be found. Each predicted fact then pairs with
    a gold fact of the same key, required gold facts before optional ones.
    - strict: only equal keys pair.
    - lenient: after the strict pairs, the leftovers pair greedily in list order when officials'
      names contain one another (whole words); roles belong to such officials and one role text
      contains the other; documents, of which at least one has no `id`, have titles that contain
      one another; dates, periods, counts and events overlap in the text. A fact's place is its
      offsets, or, when it has none, every occurrence of its `text` in the article's normalized
      text; when a side has no place (the text is unknown), their texts must contain one another.
    A pair with a required gold fact is a true positive (TP); a pair with an optional gold fact
    counts nowhere; an unpaired required gold fact is a false negative (FN), an unpaired optional
    one counts nowhere; an unpaired predicted fact is a false positive (FP).

Articles
    A gold article with no prediction line, or with an error line, has all its facts as FN and is
    listed as missed. A prediction line with no gold file is ignored and listed as "not in gold".

Metrics (metrics.py)
    precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2 TP / (2 TP + FP + FN); each is
    undefined (shown `—`) when its denominator is 0. The micro average sums TP, FP and FN over the
    seven fact types before dividing.
    Attribute accuracy, on TP pairs only: of the pairs where the gold or the prediction gives the
    attribute (non-null, non-empty), the share where both are equal after normalization. Article
    attributes (title, published, province, province_2025, author names as a set) are compared the
    same way, one pair per gold article; a missed article counts as a prediction with none of them.
"""

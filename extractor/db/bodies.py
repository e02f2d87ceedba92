"""Central bodies: what makes a document or an official national rather than a province's.

A body is central when its name (as data/document_codes.toml expands issuer codes, or as an official's
organization is written) names the Party's central organs (`Trung ương`), the Government, the
National Assembly, or a ministry (`Bộ Nội vụ`). Everything else (Tỉnh ủy, UBND, a district's Ban
Dân vận) belongs to a province.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CENTRAL = re.compile(r"Trung ương|\bTW\b|Chính phủ|Quốc hội|^Bộ ")


@lru_cache(maxsize=1 << 14)  # asked of every role of every official: organizations repeat
def is_central(name: str) -> bool:
    """`Ban Dân vận Trung ương`, `Chính phủ`, `Bộ Nội vụ`: yes; `Tỉnh ủy`, `UBND tỉnh`: no."""
    return bool(_CENTRAL.search(name))

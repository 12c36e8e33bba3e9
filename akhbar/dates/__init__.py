"""Arabic dates and times: every regional month name, Hijri with conversion, 12-hour markers, zones,
relative expressions — found in running text with exact spans and normalised to `DateMatch`.

Layout: `vocabulary` (the words, as data), `lexicon` (mark-tolerant regex fragments built from them),
`grammar` (the shapes of expressions → pieces), `resolve` (calendars, clocks, zones, the reference
date), `find` (fast scanning and joining pieces into matches), `words` (every word an expression
can hold).
"""

from akhbar.dates.find import find_dates, parse_date
from akhbar.dates.grammar import may_start
from akhbar.dates.words import DATE_WORDS

__all__ = ["DATE_WORDS", "find_dates", "may_start", "parse_date"]

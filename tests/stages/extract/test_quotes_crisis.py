"""Quote attribution across a second set of whole invented crisis-news articles
(tests/fixtures/quotes_crisis.txt), written to measure transfer to text nobody tuned on.

quotes_articles.txt's fixes did not move the held-out crisis row, so this set was written in new
registers (flood, siege, cyclone, camp, hostages, hospital strike, landslide, talks, quake, drought,
wildfire, cholera, ferry, blockade, depot blast) with its gold speakers committed before the code
was run on it. Run as a script to see every miss:

    PYTHONPATH=src python tests/stages/extract/test_quotes_crisis.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from test_quotes_stress import load, measure

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "quotes_crisis.txt"
#: Floors for the set (15 articles, 121 quotations, 120 with a speaker). Blind run of main (af9bc46),
#: after the gold was committed: recall 1.000 (121/121), attribution 0.917 (110/120). The ten misses:
#: a witness named in "who gave only her first name, X" (two: the quote went to the resident or the
#: officer named before); "the company said" after "The mining company, X," and "The ferry's
#: operator, X," (three: the role noun or the survivors named between); "he said" after a paragraph
#: opening "According to X," (the man named before); a story-opening quotation whose speaker comes
#: next, "That was how X described ..." (nobody); "known only as X" with a partial quote (the woman
#: named before); "it said" after "The president's office" (credited to "Sanna Reith's office", the
#: same office by its holder's name, which the scorer's word test counts as a miss).
ATTRIBUTION_FLOOR = 0.9
QUOTES_RECALL_FLOOR = 0.9


def test_the_articles_are_whole_articles() -> None:
    articles = load(FIXTURE)
    assert len(articles) >= 15
    assert all(a.text.count("\n\n") >= 5 for a in articles)


def test_crisis_set_attribution(nlp: Any) -> None:
    result = measure(nlp, load(FIXTURE))
    detail = "\n".join(result.misses)
    assert result.recall >= QUOTES_RECALL_FLOOR, detail
    assert result.attribution >= ATTRIBUTION_FLOOR, detail


if __name__ == "__main__":
    from groundwatch import nlp as gw_nlp

    res = measure(gw_nlp.load(), load(FIXTURE))
    print("\n".join(res.misses))
    print(f"quotes recall {res.recall:.3f} ({res.found}/{res.total}); "
          f"attribution {res.attribution:.3f} ({res.attributed}/{res.attributable})")
    sys.exit(0)

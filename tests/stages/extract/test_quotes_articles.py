"""Quote attribution across whole invented crisis-news articles (tests/fixtures/quotes_articles.txt).

The single-sentence stress set is saturated and carries poorly to new stories: the attribution
errors left on unseen news are cross-paragraph (who "he", "the minister", "the agency" or "the
official" is after several people and bodies were named). These articles, each 6-15 paragraphs,
were written before the code was run on them. Run as a script to see every miss:

    PYTHONPATH=src python tests/stages/extract/test_quotes_articles.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from test_quotes_stress import load, measure

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "quotes_articles.txt"
#: Floors for the article set (15 articles). First batch (qa-, 9 articles, 72 quotations, 67 with a speaker, 5 "!"
#: marks), written before any run (quotes round 17): recall 1.000 (70/70), attribution 0.896 (60/67),
#: and one label ("known in the valley as the 'x'") credited to the next verb's agent; after its
#: fixes 1.000 (67/67) and no label credited. Second batch (qb-, 6 articles, 34 quotations, 32 with
#: a speaker), written after qa's fixes and before any run of its own: recall 1.000 (33/33),
#: attribution 0.906 (29/32) and a banner credited; after its fixes 0.969 (31/32), the banner
#: nobody's (left: "Volunteers" under a dateline the tagger runs into one body name, "Brevonia —
#: Volunteers", so "what they call" goes to the town). Third batch (qc-, 5 articles, 20 quotations),
#: written after qb's fixes and before any run of its own: recall 1.000 (20/20), attribution 0.900
#: (18/20); after its fixes 1.000 (an acronym defined where the dateline hid the body from the
#: tagger; "a health ministry memo" by the health ministry, not "ministry"). Whole set 0.992
#: (118/119), recall 123/123; main before the round: 0.899 (107/119). Fourth batch (qd-, 3
#: articles, 13 quotations), written after qc's fixes and before any run of its own: 12/13 ("said a
#: post from the battalion" given to the person named before, "battalion" being no listed body);
#: 13/13 after. qb's dateline crowd fixed last: whole set 1.000 (132/132), recall 136/136 (main
#: before the round: 0.902, 119/132). The floors let about five attributions go.
ATTRIBUTION_FLOOR = 0.95
QUOTES_RECALL_FLOOR = 0.97


def test_the_articles_are_whole_articles() -> None:
    articles = load(FIXTURE)
    assert len(articles) >= 6
    assert all(a.text.count("\n\n") >= 5 for a in articles)


def test_article_set_attribution(nlp: Any) -> None:
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

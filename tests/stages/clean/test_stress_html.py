"""Whole invented pages as HTML (stress_html/): trafilatura's blocks cleaned, against keep/drop gold.

The same kinds of page furniture as the pasted pages (stress_pages.txt), marked up as sites mark them
up: teaser asides with "2h ago" times, a live blog's entries (time, headline, text: content), a cookie
banner, a byline with a role, a pull quote, an author's bio and a newsletter box, captions with photo
counts, a table of figures, a most-read list, an editor's note, a closing agency credit, a share bar,
a comment count, teaser cards, a blog's comments and author box, a council page's feedback prompt and
contacts, a press release's "About X" and media contacts, a forum's member cards, docs, a wiki, legal
footer lines, app and newsletter pitches inside the article, a how-to's steps. Every name, place and
sentence is made up. Scored as score.py scores the cleaning row (a keep string present, a drop string
absent), for the cleaner on trafilatura's output and for trafilatura's output alone: the cleaner must
never end below trafilatura.

    python tests/stages/clean/test_stress_html.py     # prints both scores and every miss
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.readers.html import extract_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_stress_pages import norm, score_strings  # score.py's normalisation and scoring, shared with the text pages

FOLDER = Path(__file__).with_name("stress_html")

#: The share of gold strings the cleaner must get right on the invented HTML pages (59 strings on 5 pages,
#: session 9): trafilatura alone 0.831 (10 misses), the cleaner on its output 0.898 before the fixes the
#: pages prompted and 0.932 after (4 misses, all trafilatura's: it drops a live blog's update times and one
#: update's headline, which no cleaning can bring back). Session 10 batch D (4 pages, 60 strings: a blog post
#: with comments and an author box, a council service page, a press release, a forum thread): trafilatura
#: 0.817, the cleaner 0.833 before the fixes they prompted, 0.933 after (4 misses: the forum's title, which
#: trafilatura drops, and its member cards, which it glues into the posts' paragraphs); batch E (3 pages, 36
#: strings, written after those fixes: docs, a wiki article, a news page with legal footer lines):
#: trafilatura 0.889, the cleaner 0.889 before, 0.944 after (2 misses: the wiki's "[edit]" glued to its
#: subheading by trafilatura, and its tagline "From X, the free local encyclopedia").
#: Session 12 batch F (creview10, 2 pages, 23 strings: site notices printed inside the extracted article, an advert
#: in look-alike letters, the page's date fields, how-to sentences opening "Follow these steps", with controls: a
#: story's app and sign-up sentences): trafilatura 0.609, the cleaner 0.565 before the fixes they prompted (it
#: dropped both "Follow" instructions), 1.000 after.
#: creview12 (1 page, 11 strings: a code tutorial whose listing calls print()): trafilatura 1.000, the cleaner 0.909
#: before (the call read as a "Print" button), 1.000 after.
#: creview13 (5 pages, 59 strings: a council FAQ whose accordion repeats an answer, an NGO situation update with a
#: figures table and a contact line "name, role, email" under "For more information, please contact:", an obituary
#: with a notices sidebar, a German cookie wall above an English story, an AMP page): trafilatura 0.915, the cleaner
#: 0.966 before (2 misses: the NGO's contact head and line), 1.000 after.
#: Then 2 pages written after the pasted batches S2/S3 (21 strings: an SMF-style forum thread with its guest greeting,
#: read count, pager and reply headers; a print view with its footer lines): trafilatura 0.667, the cleaner 0.762
#: before, 0.952 after (1 miss: the print view's headline, which trafilatura drops).
#: The whole set: 0.959 (11 misses of 269 strings: the 10 before and the print view's headline).
#: creview14 (6 pages, 73 strings, written with the pasted batch T: an opinion column's bio box and disclaimer, a wire
#: story's clarification over a paywall's meter and pitch and a footer's address block, a Q/A interview with a
#: "year — event" list, an "amended on" note and related bullets of sentences, a gallery's numbered captions with a pull
#: quote and its speaker, a letters page signed "Name, Place", a translated timeline whose years are <h3> heads):
#: trafilatura 0.877 (9 misses), the cleaner 0.836 before (12 misses: below trafilatura), 1.000 after. The whole set:
#: 0.968 (11 misses of 342, the 11 before).
#: creview15 (5 pages, 62 strings: an AMP live page with a "Key events" panel and an update button, <noscript> and
#: inline SVG titles and text, a paged article over readers' comments, a press agency's "Key facts" aside with
#: "Keywords:" / "Category:" rows, a consent wall above the article and a sign-up box inside it): trafilatura 0.919,
#: the cleaner 0.935 before (4 misses: the keywords row, and the fact box's three points, which trafilatura drops
#: with its <aside>), 0.952 after. The whole set: 0.965 (14 misses of 404: the 11 before and the fact box's three).
#: A drop below this is a regression.
STRESS_HTML_FLOOR = 0.93


@functools.cache
def texts() -> dict[str, tuple[str, str]]:
    """Per page: (trafilatura's text, the cleaner's text on it), extracted once for both scores."""
    out: dict[str, tuple[str, str]] = {}
    for path in sorted(FOLDER.glob("*.html")):
        found = extract_html(path.read_text(encoding="utf-8"))
        article = Article(id=path.stem, source="stress", body=found.body, format="html", title=found.title)
        out[path.stem] = (found.body, clean(article).text)
    return out


def score(which: int) -> tuple[float, list[str]]:
    """``which``: 0 scores trafilatura's text, 1 the cleaner's."""
    gold = json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))
    return score_strings((name, pair[which], gold[name]["keep"], gold[name]["drop"])
                         for name, pair in texts().items())


def test_gold_is_in_the_pages() -> None:
    gold = json.loads((FOLDER / "gold.json").read_text(encoding="utf-8"))
    assert sorted(gold) == sorted(p.stem for p in FOLDER.glob("*.html"))
    for name, entry in gold.items():
        page = norm((FOLDER / f"{name}.html").read_text(encoding="utf-8"))
        for s in (*entry["keep"], *entry["drop"]):
            assert norm(s).replace("'", "") in page.replace("'", ""), (name, s)


def test_cleaner_is_not_below_trafilatura() -> None:
    ours, misses = score(1)
    assert ours >= STRESS_HTML_FLOOR, "\n".join(misses)
    assert ours >= score(0)[0], "\n".join(misses)


if __name__ == "__main__":
    for label, which in (("trafilatura alone", 0), ("cleaned", 1)):
        value, missed = score(which)
        print("\n".join(missed))
        print(f"{label}: {value:.4f} ({len(missed)} misses)")
    sys.exit(0)

"""Shapes the invented corpus_o's blind run found (tests/fixtures/corpus_o.README.md): a live page's summary list at
its foot announced by a colon, kept whole, not only its first item; a key-figures heading ending in a colon above the
list it heads; a "SECTION | Outlet" bar above the headline, the outlet's name last. Invented sentences about invented
places (Merrin, the Pellwick Gazette)."""

from __future__ import annotations

from groundwatch.records import Article
from groundwatch.stages.clean import clean

PARAS = ("MERRIN, 14 March - The Merrin bridge reopened to traffic on Thursday after a month of repairs to its piers, "
         "the office said.",
         "Lorries over ten tonnes will still be kept off the bridge until engineers finish testing it in April.",
         "Shopkeepers on both banks said trade had fallen by half while the crossing was shut.")
MORE = ("The office said the ferry that ran in its place would stop on Sunday and its crew would go back to port.",
        "Engineers found cracks in two of the four piers in February, after a barge struck the third one at night.",
        "The council has asked the ministry to pay for a second bridge downstream, a request it made twice before.")


def _clean(*blocks: str, outlet: str | None = None) -> str:
    return clean(Article(id="p", source="test", body="\n\n".join(blocks), format="txt", outlet=outlet)).text


def test_every_item_of_a_summary_list_announced_by_a_colon_stays() -> None:
    items = ["- 1,200 lorries had crossed by Wednesday evening, according to the office",
             "- the bridge's engineer was injured on the site on Monday",
             "- a barge struck the third pier on Sunday night"]
    text = _clean("Merrin bridge reopens", *PARAS, "Good morning. Here is what we know so far:\n" + "\n".join(items),
                  "Get the Pellwick app | Newsletter | Contact us")
    assert all(item in text for item in items)
    assert "Get the Pellwick app" not in text


def test_a_key_figures_heading_above_its_list_stays() -> None:
    heading = "Key figures (as of 18:00, 12 March):"
    rows = ["- Lorries that crossed the bridge: 1,200", "- Piers repaired: 4", "- Workers injured: 1"]
    text = _clean("MERRIN ROADS OFFICE", "Roads Department", "BULLETIN No. 3", "12 March 2031, 18:00",
                  "Reopening of the Merrin bridge", heading + "\n" + "\n".join(rows), *PARAS, *MORE)
    assert heading in text
    assert all(r in text for r in rows)


def test_a_section_bar_ending_in_the_outlets_name_goes() -> None:
    text = _clean("ANALYSIS | Merrin Ledger", "A month without a bridge: how Merrin coped", "By Tomas Vell", *PARAS,
                  outlet="Merrin Ledger")
    assert "ANALYSIS" not in text
    assert "A month without a bridge" in text

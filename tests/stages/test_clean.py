"""Tests for the CLEAN stage: invented pages from an invented outlet, plus the dev-corpus gate.

Every article text here is invented (Veloria, Marrowgate, Tessel, The Harbour Post); the dev
articles are read from ../shared/eval at run time and never copied.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import CorpusStats, clean, find_outlet, find_published

# A page from a site unlike the dev outlets: menu, byline, timestamps, ads, a caption printed
# twice, "Read more"/"Related" links, a subheading, attribution, then the footer and a tail of
# clickbait titles.
PAGE = """Skip to main content
Home | World | Sport | Business | Culture
Floods force thousands from their homes in Veloria

By Jane Doe
Updated 3 hours ago
Published: 12 March 2024, 10:32 GMT

MARROWGATE, Veloria — Floodwaters swept through the river towns of northern Veloria on \
Tuesday, forcing at least 4,000 people from their homes, the regional emergency office said.

Rescuers in boats worked through the night in Tessel, where the river rose two metres in six hours.

Advertisement

A rescue boat waits beside a flooded street in Tessel (Photo: Harbour Post/Ana Lind)
A rescue boat waits beside a flooded street in Tessel (Photo: Harbour Post/Ana Lind)

“We lost everything in one night,” said Mira Costa, a baker whose shop stood on the riverbank.

Read more: Veloria's dams were built for a different climate

Shelters fill up
The Red Cross said its three shelters in Marrowgate were full by Wednesday morning.

Share prices of the regional water company fell 3% on Wednesday.

Officials expect the water to recede slowly.

Related: Drought to deluge: a year of extremes in the north

Source: The Harbour Post

Sign up for our newsletter and get the latest headlines in your inbox.
Follow us on Facebook, X and Instagram
We use cookies to improve your experience. By continuing to browse you accept our cookie policy.
12 Comments
flood_tessel_0412.jpg
© 2024 The Harbour Post. All rights reserved.
Most Read
"You Won't Believe What This Celebrity Chef Cooks At Home" "Ten Gadgets Everyone Will Want This Summer"
"""


def _article(body: str, **kw: Any) -> Article:
    return Article(id=kw.pop("id", "t"), source="test", body=body, format="txt", **kw)


@pytest.fixture(scope="module")
def page() -> Any:
    return clean(_article(PAGE))


@pytest.mark.parametrize("line", [
    "Skip to main content",
    "Home | World | Sport | Business | Culture",
    "By Jane Doe",
    "Updated 3 hours ago",
    "Published: 12 March 2024, 10:32 GMT",
    "Advertisement",
    "(Photo: Harbour Post/Ana Lind)",
    "Read more: Veloria's dams",
    "Related: Drought to deluge",
    "Sign up for our newsletter",
    "Follow us on Facebook",
    "We use cookies",
    "12 Comments",
    "flood_tessel_0412.jpg",
    "All rights reserved",
    "Most Read",
    "Celebrity Chef",
    "Ten Gadgets",
])
def test_page_debris_is_removed(page: Any, line: str) -> None:
    assert line not in page.text
    assert any(line in removed for removed in page.removed)


@pytest.mark.parametrize("content", [
    "Floods force thousands from their homes in Veloria",  # the title
    "MARROWGATE, Veloria — Floodwaters swept",  # the dateline opens the lead
    "forcing at least 4,000 people from their homes",
    "“We lost everything in one night,” said Mira Costa",  # curly quotes as written
    "Shelters fill up\nThe Red Cross said",  # a subheading, still on its own line
    "Share prices of the regional water company fell 3%",  # "Share" as a noun, not a prompt
    "Officials expect the water to recede slowly.",
    "Source: The Harbour Post",  # attribution is provenance
])
def test_page_content_is_kept(page: Any, content: str) -> None:
    assert content in page.text


def test_page_paragraphs_are_separated_by_blank_lines(page: Any) -> None:
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == "Floods force thousands from their homes in Veloria"
    assert paragraphs[-1] == "Source: The Harbour Post"
    assert all(p == p.strip() and "\n\n" not in p for p in paragraphs)


def test_page_published_date_comes_from_the_removed_stamp(page: Any) -> None:
    assert page.published == dt.date(2024, 3, 12)
    assert page.published_origin == "text"


@pytest.mark.parametrize(("body", "kept", "dropped"), [
    # short real sentences between paragraphs stay
    ("Tessel was cut off for two days by the rising river and the collapsed bridge.\n\nNobody was hurt.\n\n"
     "The army rebuilt the bridge with pontoons brought from Marrowgate by road.",
     "Nobody was hurt.", None),
    # a sentence that starts with a call-to-action verb but addresses no reader
    ("Watch groups said the Tessel dam had not been inspected since the last floods.\n\n"
     "The ministry said an inspection was planned for the spring, after the rains.",
     "Watch groups said", None),
    # the same prompt addressing the reader
    ("The ministry said an inspection was planned for the spring, after the rains.\n\n"
     "Watch our video report from the flooded streets of Tessel\n\n"
     "The dam holds back the largest reservoir in the north of the country.",
     "The dam holds back", "Watch our video report"),
    # a closing short statement after the last paragraph is kept, a clickbait question is not
    ("The ministry said an inspection was planned for the spring, after the rains.\n\n"
     "Talks resume on Monday.\n\n"
     "Is This The Best Phone Of The Year?",
     "Talks resume on Monday.", "Is This The Best Phone"),
    # table rows with figures in the tail are data, not furniture
    ("The regional office published its latest count of the flood victims on Thursday.\n\nTESSEL:\n"
     "Dead: 14\nInjured: 1,203\nDisplaced: 4,000",
     "Dead: 14\nInjured: 1,203\nDisplaced: 4,000", None),
    # a standalone dateline is kept, the wire credit on its own after a separator is not
    ("TESSEL, Veloria (Harbour Post) --\n\n"
     "Rescuers reached the last flooded village of the valley on Friday.\n\n"
     "--\n\nAgencies",
     "TESSEL, Veloria (Harbour Post) --", "Agencies"),
    # a line starting "By" that is a sentence, not a byline
    ("By Saturday, the water had fallen by a metre in most of Marrowgate.\n\n"
     "Shopkeepers began carrying ruined stock into the streets.",
     "By Saturday, the water had fallen", None),
    # a sentence that mentions publication is not a "Posted by" line
    ("The mayor's letter to the ministry was published in a local paper on Tuesday.\n\n"
     "It asked for the army to stay in Tessel until the end of the month.",
     "was published in a local paper", None),
    # an image's caption printed twice in a row goes, both copies
    ("Volunteers fill sandbags outside the town hall in Tessel\n"
     "Volunteers fill sandbags outside the town hall in Tessel\n\n"
     "The town hall was the only dry building left in the lower town by Thursday.",
     "The town hall was", "Volunteers fill sandbags"),
    # a paragraph repeated later in the article is kept once
    ("The bridge at Tessel reopened on Friday after three days of repairs.\n\nTraffic was light.\n\n"
     "The bridge at Tessel reopened on Friday after three days of repairs.",
     "The bridge at Tessel reopened on Friday after three days of repairs.\n\nTraffic was light.", None),
])
def test_hard_cases(body: str, kept: str, dropped: str | None) -> None:
    result = clean(_article(body))
    assert kept in result.text
    if dropped is not None:
        assert dropped not in result.text


def test_repeated_paragraph_appears_once() -> None:
    body = "The bridge at Tessel reopened on Friday after three days of repairs.\n\nTraffic was light.\n\n" \
           "The bridge at Tessel reopened on Friday after three days of repairs."
    assert clean(_article(body)).text.count("The bridge at Tessel") == 1


def test_lines_of_a_paragraph_are_not_merged_and_whitespace_is_collapsed() -> None:
    body = "  Rescuers   reached\u00a0Tessel on Friday, after two days of trying\n" \
           "by boat and by road, the regional office said.  \n\n\n\n" \
           "Nobody   was hurt in the last village, officials said on Saturday."
    text = clean(_article(body)).text
    assert text == ("Rescuers reached Tessel on Friday, after two days of trying\n"
                    "by boat and by road, the regional office said.\n\n"
                    "Nobody was hurt in the last village, officials said on Saturday.")


@pytest.mark.parametrize("body", [
    "", "   \n\n \t", "--\n\n***", "\u201c", "Tessel", "\x00\x01", "\n".join(["a"] * 500),
    "“Unbalanced quote in a line that goes on and on without end", "March 3, 2021\n\nSept 99, 2023",
])
def test_odd_input_does_not_raise(body: str) -> None:
    result = clean(_article(body))
    assert isinstance(result.text, str)
    if not body.strip():
        assert result.text == ""


def test_a_short_text_without_paragraphs_is_kept() -> None:
    assert clean(_article("Floods hit Tessel")).text == "Floods hit Tessel"


# --- repetition across the batch -----------------------------------------------------------

FOOTER = "Harbour Post live coverage continues"
WIRE = "The regional office said 4,000 people had left their homes in the river valley."


def _batch_article(n: int) -> str:
    return (f"Headline number {n} about the floods in Veloria\n\n"
            f"Story {n}: rescuers in Tessel worked through the night on {n} streets of the lower town.\n\n"
            f"{FOOTER}\n\n{WIRE}\n\nTESSEL, Veloria (Harbour Post) --\n\n"
            f"More boats arrived from Marrowgate in the morning to help with story {n}.")


def test_site_line_repeated_across_articles_is_removed_only_with_stats() -> None:
    bodies = [_batch_article(n) for n in range(3)]
    stats = CorpusStats.from_bodies(bodies)
    assert stats.n_articles == 3
    assert stats.line_counts[FOOTER.casefold()] == 3
    without = clean(_article(bodies[0]))
    with_stats = clean(_article(bodies[0]), stats)
    assert FOOTER in without.text
    assert FOOTER not in with_stats.text
    assert WIRE in with_stats.text  # a real sentence shared by copies is content
    assert "TESSEL, Veloria (Harbour Post) --" in with_stats.text  # datelines repeat by nature


# --- publication date ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods in Veloria\n\nSept 24, 2023. Posted by The Harbour Post\n\nRescuers worked on.",
     dt.date(2023, 9, 24)),
    ("Sept. 5, 2022 — Rescuers worked on.", dt.date(2022, 9, 5)),
    ("March 3, 2021 — Floods hit the north of Veloria.", dt.date(2021, 3, 3)),
    ("2021-03-03\nFloods hit the north of Veloria.", dt.date(2021, 3, 3)),
    ("Floods\nPublished: 12 March 2024, 10:32 GMT\nText.", dt.date(2024, 3, 12)),
    ("TESSEL, Veloria, Sept. 5, 2022 — Rescuers reached the last village of the valley.",
     dt.date(2022, 9, 5)),
    ("Saturday, 23 September 2023\n\nThe water fell.", dt.date(2023, 9, 23)),
    ("Floods\nPosted on 4th July 2020 by Jane Doe, who has covered the north of Veloria for ten years",
     dt.date(2020, 7, 4)),
    ("Floods\nLast updated 1 Dec 2019 at 09:00", dt.date(2019, 12, 1)),
])
def test_find_published(text: str, expected: dt.date) -> None:
    assert find_published(text) == expected


@pytest.mark.parametrize("text", [
    "",
    "Floods hit Tessel.",
    "Troops entered Tessel on March 3, 2021, the ministry of defence of Veloria said in a statement.",
    "The council of Marrowgate will meet to discuss the damage since 5 May 2024, its spokesman said.",
    "Floods\n" + "Rescuers worked on.\n" * 12 + "March 3, 2021",  # too far down: an event, not a stamp
    "February 30, 2021 — no such day.",
    "March 3 — no year, no date.",
])
def test_find_published_none(text: str) -> None:
    assert find_published(text) is None


@pytest.mark.parametrize(("article_kw", "expected", "origin"), [
    ({"published": dt.date(2024, 1, 2), "meta_origin": {"published": "manifest"}},
     dt.date(2024, 1, 2), "manifest"),
    ({"published": dt.date(2024, 1, 2)}, dt.date(2024, 1, 2), "document"),
    ({}, dt.date(2023, 9, 24), "text"),
])
def test_published_precedence(article_kw: dict[str, Any], expected: dt.date, origin: str) -> None:
    body = ("Sept 24, 2023. Posted by The Harbour Post\n\n"
            "Rescuers reached the last village of the valley on Friday.")
    result = clean(_article(body, **article_kw))
    assert (result.published, result.published_origin) == (expected, origin)
    assert "Posted by" not in result.text


def test_published_unknown() -> None:
    result = clean(_article("Rescuers reached the last village of the valley on Friday.", language="en"))
    assert (result.published, result.published_origin) == (None, "unknown")
    assert result.language == "en"


# --- real corpora (read from ../shared/eval, never copied) ----------------------------------

#: The dates-dev documents are clean news text: the cleaner removed 0.03% of their characters.
DATES_DEV_MAX_REMOVED_CHARS = 0.005


def test_dev_corpus_cleaning(dev_corpus: Path, shared_eval: Path, scorer: Any, eval_floor: Any) -> None:
    """The cleaner alone reaches the pipeline's floor (tests/eval_baseline.json) on the dev corpus."""
    files = sorted(dev_corpus.glob("*.txt"))
    bodies = [f.read_text(encoding="utf-8") for f in files]
    stats = CorpusStats.from_bodies(bodies)
    pred = {"articles": [{"id": f.stem, "clean_text": clean(_article(b, id=f.stem), stats).text}
                         for f, b in zip(files, bodies, strict=True)]}
    gold = json.loads((shared_eval / "dev" / "karabakh-2023.gold.json").read_text(encoding="utf-8"))
    result = scorer.score(gold, pred)
    assert result["cleaning"] >= eval_floor("karabakh-2023", "cleaning")


def test_clean_news_loses_almost_nothing(shared_eval: Path) -> None:
    corpus = shared_eval / "dates-dev" / "corpus"
    files = sorted(corpus.glob("*.txt"))
    if not files:
        pytest.skip(f"dates-dev corpus absent: {corpus}")
    bodies = [f.read_text(encoding="utf-8") for f in files]
    stats = CorpusStats.from_bodies(bodies)
    total = removed = 0
    for f, b in zip(files, bodies, strict=True):
        result = clean(_article(b, id=f.stem), stats)
        total += sum(len(" ".join(line.split())) for line in b.splitlines())
        removed += sum(len(line) for line in result.removed)
    assert removed / total <= DATES_DEV_MAX_REMOVED_CHARS


def test_clean_text_lines_are_input_lines(page: Any) -> None:
    # Offsets of later stages point into the clean text: lines are copied, never rewritten.
    raw = {" ".join(line.split()) for line in PAGE.splitlines()}
    assert all(line in raw for line in page.text.split("\n") if line)


def test_unrelated_one_word_subheading_is_kept() -> None:
    # Fixed with issue 10's stress pages: the one-word label rule dropped "Ingredients" and "Pros" too.
    body = ("Rescuers reached the last flooded village of the valley on Friday.\n\nAftermath\n\n"
            "Farmers counted the drowned cattle in the fields around Marrowgate.")
    assert "Aftermath" in clean(_article(body)).text


# --- mastheads above the headline, link lists below the article -----------------------------
# Another invented site: its name, its section and its tagline stand above the headline, a
# link list and the site name again stand below the last paragraph.

LANTERN = """Skip to content
The Tessel Lantern | Valley
TESSEL LANTERN
Floods — what we know so far about the breach at Orla

TESSEL, Veloria (Tessel Lantern) —

The embankment at Orla gave way shortly after midnight, sending water into the lower streets \
of Tessel, the regional emergency office said on Friday.

Read more

Tessel Lantern reporter rescued from flooded newsroom
Our reporter was lifted from the roof of the newsroom by a rescue boat at dawn, and is safe.

The office said nine people were still missing in the villages south of the town.

Source: The Tessel Lantern

More on this story
Will the Orla dam hold?
Who pays for the flood defences of the valley
See also: Orla residents count the cost
The Tessel Lantern
"""

LANTERN_META = {"outlet": "The Tessel Lantern", "url": "https://www.tessellantern.example/valley/orla-breach"}


@pytest.fixture(scope="module")
def lantern() -> Any:
    return clean(_article(LANTERN, **LANTERN_META))


@pytest.mark.parametrize("line", [
    "The Tessel Lantern | Valley",  # site | section, naming the outlet
    "TESSEL LANTERN",  # the site name alone, in capitals
    "Read more\n",  # a link label on its own
    "More on this story",
    "Will the Orla dam hold?",  # link titles under the label, a question among them
    "Who pays for the flood defences",
    "See also: Orla residents count the cost",
])
def test_lantern_furniture_is_removed(lantern: Any, line: str) -> None:
    assert line not in lantern.text + "\n"


@pytest.mark.parametrize("content", [
    "Floods — what we know so far about the breach at Orla",  # a headline with a dash
    "TESSEL, Veloria (Tessel Lantern) —",  # the dateline names the outlet, and stays
    "Tessel Lantern reporter rescued from flooded newsroom",  # a subheading naming the outlet
    "Source: The Tessel Lantern",  # attribution
    "nine people were still missing",
])
def test_lantern_content_is_kept(lantern: Any, content: str) -> None:
    assert content in lantern.text


def test_lantern_starts_with_its_headline_and_ends_with_its_source(lantern: Any) -> None:
    paragraphs = lantern.text.split("\n\n")
    assert paragraphs[0] == "Floods — what we know so far about the breach at Orla"
    assert paragraphs[-1] == "Source: The Tessel Lantern"


LEAD = ("The army joined the rescue in the south of Veloria on Monday as the death toll from the "
        "floods rose to nine, the interior ministry said.")


@pytest.mark.parametrize(("body", "meta", "kept", "dropped"), [
    # the site's name with a tagline, known from the outlet ...
    ("Marrowgate Evening Star — News for the whole valley\n\nFlood toll rises to 9 as army joins rescue\n\n"
     + LEAD, {"outlet": "Marrowgate Evening Star"},
     "Flood toll rises to 9 as army joins rescue", "News for the whole valley"),
    # ... from the host name ...
    ("Orla Radio (OR) - English\n\nArmy joins rescue in the south\n\n" + LEAD,
     {"url": "https://orlaradio.example/en/rescue"},
     "Army joins rescue in the south", "Orla Radio (OR)"),
    # ... or from nothing but its form: "Site | Section" above a headline
    ("Valley Courant | Regional\n\nFlood toll rises to 9 as army joins rescue\n\n" + LEAD, {},
     "Flood toll rises to 9 as army joins rescue", "Valley Courant | Regional"),
    # a kicker above the headline goes, the headline stays
    ("NATION\n\nArmy joins rescue as the river rises again in Tessel\n\n" + LEAD, {},
     "Army joins rescue as the river rises again in Tessel", "NATION"),
    # the title given by the document's metadata: what stands above it is furniture
    ("Evening edition\n\nArmy joins rescue as toll rises\n\n" + LEAD,
     {"title": "Army joins rescue as toll rises"}, "Army joins rescue as toll rises", "Evening edition"),
    # a headline naming the outlet as its subject is a headline
    ("Orla Radio crew trapped by floods near Tessel\n\n" + LEAD, {"outlet": "Orla Radio"},
     "Orla Radio crew trapped by floods near Tessel", None),
    # "Outlet - Headline" with nothing else above the lead is the title, kept
    ("Orla Radio - Army joins rescue in the south\n\n" + LEAD, {"outlet": "Orla Radio"},
     "Orla Radio - Army joins rescue in the south", None),
    # a headline with a colon is not "Site: Section"
    ("Veloria floods: army joins rescue as toll rises to 9\n\n" + LEAD, {},
     "Veloria floods: army joins rescue as toll rises to 9", None),
    # a one-word topic before a dash is not a site name
    ("Floods — Army Joins Rescue In The South\n\nThe River Keeps Rising\n\n" + LEAD, {},
     "Floods — Army Joins Rescue In The South", None),
    # a link prefix drops the line even when the linked title is a full sentence
    (LEAD + "\n\nRelated: Who owns the dam at Orla?\n\nRead more: The army has been in Tessel before.", {},
     LEAD, "Who owns the dam"),
    # "Related" as a word of a sentence is prose
    (LEAD + "\n\nRelated damage was reported in the villages south of Tessel, officials said.", {},
     "Related damage was reported", None),
    # a list label in the body takes its own block only: the subheading after a blank line stays
    (LEAD + "\n\nRead more\n\nShelters fill up\nThe shelters in Marrowgate were full by Wednesday morning.",
     {}, "Shelters fill up", "Read more"),
])
def test_mastheads_and_links(body: str, meta: dict[str, Any], kept: str, dropped: str | None) -> None:
    result = clean(_article(body, **meta))
    assert kept in result.text
    if dropped is not None:
        assert dropped not in result.text


def test_masthead_repeated_across_the_batch_is_removed_without_metadata() -> None:
    masthead = "Valley Wire Service (VWS) — English Desk"
    bodies = [f"{masthead}\n\nHeadline {n}: army joins rescue as toll rises\n\n{LEAD}" for n in range(2)]
    stats = CorpusStats.from_bodies(bodies)
    result = clean(_article(bodies[0]), stats)
    assert masthead not in result.text
    assert result.text.startswith("Headline 0: army joins rescue as toll rises")


def test_headline_shared_by_copies_is_kept() -> None:
    # Two outlets running the same wire story share its headline: that is not a site line.
    headline = "Flood toll rises to 9 as army joins rescue in the south"
    bodies = [f"{headline}\n\n{LEAD}", f"{headline}\n\nBy Jane Doe\n\n{LEAD}"]
    stats = CorpusStats.from_bodies(bodies)
    assert all(clean(_article(b), stats).text.startswith(headline) for b in bodies)


@pytest.mark.parametrize("title", ["The Tessel Lantern", "Home", "Tessel Lantern | Valley"])
def test_a_title_that_names_only_the_site_does_not_mark_the_headline(title: str) -> None:
    body = "Tessel Lantern | Valley\n\nArmy joins rescue as toll rises\n\n" + LEAD
    result = clean(_article(body, title=title, outlet="The Tessel Lantern"))
    assert result.text.startswith("Army joins rescue as toll rises")


# --- title and outlet from the text (issue #2: manifest > document > text > unknown) -------

BODY = ("The army joined the rescue in the south of Veloria on Monday as the death toll from the "
        "floods rose to nine, the interior ministry said.")


@pytest.mark.parametrize(("text", "expected"), [
    # dateline credits: an all-caps city, a comma'd place, a date, a wire agency or any short name
    ("TESSEL, Veloria (AP) — Rescuers reached the valley on Friday.", "AP"),
    ("TESSEL, March 3 (Reuters) - Rescuers reached the valley on Friday.", "Reuters"),
    ("Floods in the north\n\nMARROWGATE, Veloria, Sept. 5, 2022 (AFP) -- The river rose.", "AFP"),
    ("MARROWGATE, Veloria (dpa) - The river rose again overnight.", "dpa"),
    ("Tessel, Veloria (Harbour Post): Rescuers reached the valley on Friday.", "Harbour Post"),
    ("TESSEL (Veloria News Agency) - Rescuers reached the valley.", "Veloria News Agency"),
    ("TESSEL, Veloria (AFP/Reuters) — The river rose.", "AFP"),
    ("(Xinhua) -- Rescuers reached the valley on Friday.", "Xinhua"),
    # "Source:" and its kin at the end, even below footer debris
    ("Rescuers reached the valley.\n\nSource: The Harbour Post\n\nShare this article\n12 Comments",
     "The Harbour Post"),
    ("Rescuers reached the valley.\n\nSource: Orla Radio, Veloria", "Orla Radio"),
    ("Rescuers reached the valley.\n\nThis article was originally published by The Tessel Lantern.",
     "The Tessel Lantern"),
    ("Rescuers reached the valley.\n\nSource: https://www.harbourpost.example/floods/1",
     "harbourpost.example"),
    # "Posted by" / "Published by" at the top: a site, not a person
    ("Floods\nSept 24, 2023. Posted by  Valley Lantern - Orla Edition\nRescuers reached the valley.",
     "Valley Lantern"),
    ("Floods\nPosted by The Harbour Post on 3 March 2021\nRescuers reached the valley.", "The Harbour Post"),
    ("Floods\nPublished by Marrowgate Evening Star | 3 March 2021\nRescuers reached the valley.",
     "Marrowgate Evening Star"),
    # a byline naming the outlet the person writes for
    ("Floods\nBy Jane Doe for The Harbour Post\nRescuers reached the valley.", "The Harbour Post"),
    ("Floods\nBy Jane Doe, Harbour Post correspondent in Tessel\nRescuers reached the valley.",
     "Harbour Post"),
    ("Floods\nBy Jane Doe, Reuters\nRescuers reached the valley.", "Reuters"),
    # a closing wire credit
    ("Rescuers reached the valley on Friday.\n\n— AFP", "AFP"),
    ("Rescuers reached the valley on Friday.\n\n(With Reuters)", "Reuters"),
    # a media title signing off, a copyright line; names in capitals are shown in title case
    ("Rescuers reached the valley on Friday.\n\nThe water fell.\n\nVeloria News Agency", "Veloria News Agency"),
    ("Rescuers reached the valley on Friday.\n\nThe water fell.\n\nORLA RADIO", "Orla Radio"),
    ("Rescuers reached the valley.\n\nThe water fell.\n\n© 2024 The Harbour Post. All rights reserved.",
     "The Harbour Post"),
    ("Rescuers reached the valley.\n\nThe water fell.\n\nCopyright 2025 Orla Radio | Terms", "Orla Radio"),
    # several credits: the dateline first, then "Source:", then "Posted by"
    ("Floods\nPosted by The Harbour Post\nTESSEL, Veloria (AP) — The river rose.\n\nSource: Orla Radio",
     "AP"),
    ("Floods\nPosted by The Harbour Post\nThe river rose.\n\nSource: Orla Radio", "Orla Radio"),
])
def test_find_outlet(text: str, expected: str) -> None:
    assert find_outlet(text) == expected


@pytest.mark.parametrize("text", [
    "",
    "Rescuers reached the valley on Friday.",
    # a person's byline names no outlet
    "Floods\nBy Jane Doe\nRescuers reached the valley.",
    "Floods\nBy Jane Doe and John Roe\nRescuers reached the valley.",
    "Floods\nBy Jane Doe, John Roe\nRescuers reached the valley.",
    "Floods\nPosted by Jane Doe on 3 March 2021\nRescuers reached the valley.",
    "Floods\nPosted by Jane Doe - Staff Writer\nRescuers reached the valley.",
    "Floods\nPosted by admin\nRescuers reached the valley.",
    # brackets that are no credit
    "TESSEL, Veloria (UPDATED) — The river rose again overnight.",
    "TESSEL (Kenya) — The river rose again overnight.",
    "The Valley Liberation Front (VLF) — a rebel group — said it had left Tessel.",
    "Officials in Tessel (the regional capital) — said the river rose.",
    "The river rose (Tessel) - officials said on Friday.",
    # sources that are institutions or generic credits, and "source" in a sentence
    "Rescuers reached the valley.\n\nSource: Ministry of Health",
    "Rescuers reached the valley.\n\n--\nAgencies",
    "Rescuers reached the valley.\n\nSource: agencies",
    "Rescuers reached the valley.\n\nSources said the death toll would rise further over the weekend.",
    # a closing line that is no media title, a masthead at the top that is no sign-off
    "Rescuers reached the valley.\n\nThe water fell.\n\nTrending Now",
    "Rescuers reached the valley.\n\nThe water fell.\n\nWorld News",
    "Orla Radio\n\nRescuers reached the valley.\n\nThe water fell.\n\nTalks resume on Monday.",
    "Rescuers reached the valley.\n\nThe water fell.\n\n© Jane Doe/Tessel Photo Agency caption text here",
    # a date credit far down the article is a sentence of the body
    "Floods\n" + "Rescuers worked on through the night.\n" * 12
    + "TESSEL, Veloria (AP) — more text." + "\nThe water fell.\n" * 10,
])
def test_find_outlet_none(text: str) -> None:
    assert find_outlet(text) is None


def test_page_title_and_outlet_come_from_the_text(page: Any) -> None:
    meta = page.article
    assert meta.title == "Floods force thousands from their homes in Veloria"
    assert meta.outlet == "The Harbour Post"  # "Source: The Harbour Post"; "By Jane Doe" is a person
    assert (meta.meta_origin["title"], meta.meta_origin["outlet"]) == ("text", "text")
    assert page.text.startswith(meta.title + "\n\n")  # the title stays: it is content


def test_lantern_outlet_comes_from_its_dateline_without_metadata() -> None:
    result = clean(_article(LANTERN))
    assert result.article.outlet == "Tessel Lantern"  # the dateline credit beats "Source:"
    assert result.article.title == "Floods — what we know so far about the breach at Orla"


def test_outlet_from_a_removed_posted_by_line() -> None:
    body = "Army joins rescue as toll rises\n\nSept 24, 2023. Posted by The Harbour Post\n\n" + BODY
    result = clean(_article(body))
    assert "Posted by" not in result.text
    assert result.article.outlet == "The Harbour Post"
    assert result.article.meta_origin["outlet"] == "text"


@pytest.mark.parametrize(("body", "title"), [
    ("Army joins rescue as toll rises to 9\n\n" + BODY, "Army joins rescue as toll rises to 9"),
    ("Will the Orla dam hold?\n\n" + BODY, "Will the Orla dam hold?"),
    ("FLOODS FORCE THOUSANDS FROM THEIR HOMES\n\n" + BODY, "FLOODS FORCE THOUSANDS FROM THEIR HOMES"),
    # the masthead, the kicker and the byline above are not the title
    ("Valley Courant | Regional\nNATION\nArmy joins rescue in the south\nBy Jane Doe\n\n" + BODY,
     "Army joins rescue in the south"),
    # a date stamp before the headline belongs to the date
    ("March 14, 2025 — Army joins rescue as toll rises\n\n" + BODY, "Army joins rescue as toll rises"),
    # the page's <title> pasted first ("Headline | Site"), then a menu, then the headline printed again
    ("Army joins rescue in the south | Valley Courant\n\nRescue Teams\nWeather\nArmy joins rescue in the south\n\n"
     + BODY, "Army joins rescue in the south"),
    # a masthead sharing a word of the story above its headline
    ("Veloria Weekly Advertiser\nArmy joins rescue as toll rises in Veloria\n\n" + BODY,
     "Army joins rescue as toll rises in Veloria"),
    # no headline: the first kept line is the lead, a sentence, a dateline, a place or a label
    (BODY + "\n\nTalks resume on Monday.", None),
    ("The army joined the rescue in the south.\n\n" + BODY, None),
    ("TESSEL, Veloria (AP) --\n\n" + BODY, None),
    ("TESSEL, Veloria\n\n" + BODY, None),
    ("WASHINGTON\n\n" + BODY, None),
    ("Source: The Harbour Post\n\n" + BODY, None),
    ("", None),
])
def test_title_from_the_headline_line(body: str, title: str | None) -> None:
    result = clean(_article(body))
    assert result.article.title == title
    assert result.article.meta_origin.get("title") == ("text" if title else None)
    if title is not None:
        assert title in result.text


@pytest.mark.parametrize(("meta", "title", "outlet", "origins"), [
    # nothing given: both from the text
    ({}, "Army joins rescue as toll rises", "AP", {"title": "text", "outlet": "text"}),
    # the manifest or the document wins over the text; their origins are kept
    ({"title": "Rescue in the south", "outlet": "Orla Radio",
      "meta_origin": {"title": "manifest", "outlet": "document", "published": "manifest"}},
     "Rescue in the south", "Orla Radio", {"title": "manifest", "outlet": "document", "published": "manifest"}),
    # an outlet inferred from the url by ingest is not replaced
    ({"outlet": "orlaradio.example", "url": "https://orlaradio.example/a", "meta_origin": {"outlet": "inferred"}},
     "Army joins rescue as toll rises", "orlaradio.example", {"title": "text", "outlet": "inferred"}),
])
def test_metadata_precedence(meta: dict[str, Any], title: str, outlet: str, origins: dict[str, str]) -> None:
    body = "Army joins rescue as toll rises\n\nTESSEL, Veloria (AP) — " + BODY
    article = _article(body, **meta)
    result = clean(article)
    assert (result.article.title, result.article.outlet) == (title, outlet)
    assert dict(result.article.meta_origin) == origins
    assert (result.article.id, result.article.body) == (article.id, article.body)


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("Valley Courant | Regional", "Valley Courant"),
    ("Veloria News Agency (VNA) — English Service", "Veloria News Agency"),
    ("MERIDIAN WIRE", "Meridian Wire"),  # a capitals kicker that reads as a media title
    ("WORLD NEWS", None),  # a section label
    ("NATION", None),
])
def test_outlet_from_the_masthead_above_the_headline(masthead: str, outlet: str | None) -> None:
    result = clean(_article(f"{masthead}\n\nArmy joins rescue as toll rises in the south\n\n{BODY}"))
    assert masthead not in result.text
    assert result.article.title == "Army joins rescue as toll rises in the south"
    assert result.article.outlet == outlet


@pytest.mark.parametrize(("head", "masthead", "outlet"), [
    # "Site | Section" above a headline printed as sentences (read as the first paragraph), or above no headline
    ("The Harbour Monitor | Analysis\n\nTessel was warned. Why did nobody act?\n\nBy Ana Roe\n\n",
     "The Harbour Monitor | Analysis", "The Harbour Monitor"),
    ("Orla Weekly Review | Opinion\n\n", "Orla Weekly Review | Opinion", "Orla Weekly Review"),
    # a title-case headline before a section word is made of the article's words: it stays
    ("Veloria Floods | Analysis\n\nTessel was warned. Why did nobody act?\n\n", None, None),
])
def test_site_and_section_line_above_a_sentence_headline(head: str, masthead: str | None,
                                                         outlet: str | None) -> None:
    result = clean(_article(head + BODY + " Rescuers searched the riverbank for a third day."))
    if masthead is None:
        assert result.text.startswith(head.split("\n")[0])
    else:
        assert masthead not in result.text
    assert result.article.outlet == outlet


def test_url_host_is_the_last_resort() -> None:
    result = clean(_article(BODY, url="https://www.orlaradio.example/floods/9"))
    assert (result.article.outlet, result.article.meta_origin["outlet"]) == ("orlaradio.example", "inferred")
    assert result.article.title is None


def test_nothing_to_add_returns_the_same_record() -> None:
    article = _article(BODY, title="Rescue in the south", outlet="Orla Radio")
    assert clean(article).article is article


def test_metadata_does_not_change_the_clean_text() -> None:
    plain = clean(_article(PAGE))
    given = clean(_article(PAGE, title="Something else entirely", outlet="Another Outlet"))
    assert plain.text == given.text


@pytest.mark.xfail(strict=True, reason="a two-word site name in a CMS author field reads as a person")
def test_posted_by_a_site_with_a_person_shaped_name() -> None:
    assert find_outlet("Floods\nPosted by Valley Lantern\nRescuers reached the valley.") == "Valley Lantern"


@pytest.mark.xfail(strict=True, reason="places outside the gazetteer's countries and US states pass as credits")
def test_bracketed_region_after_a_city_is_no_credit() -> None:
    assert find_outlet("TESSEL (North Veloria) — The river rose again overnight.") is None

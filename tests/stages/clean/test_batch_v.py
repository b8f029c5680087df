"""Shapes found by the invented stress batch V (creview16) besides provenance lines: a closing credit in an unknown
agency's acronym, a live page whose first lines are a colon's announcement and bullets, a headline about a donation.
Invented sentences about invented places."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.features import _features, _hard_reason


def _clean(*lines: str) -> str:
    return clean(Article(id="p", source="test", body="\n\n".join(lines), format="txt")).text


HEADLINE = "Truce in the Lask hills holds for a second night"
PARAS = ("A truce between the army and rebels in the Lask hills held for a second night on Tuesday, officials said.",
         "Traders in Orvin reopened the market for the first time in a week.",
         "Aid lorries reached two camps near Orvin on Monday.")


@pytest.mark.parametrize("credit", ["(NPA)", "(VPS)", "(TK)"])
def test_a_last_paragraph_closing_on_an_agencys_acronym_keeps_its_sentence(credit: str) -> None:
    last = "The two sides are due to meet in Tessel on Saturday."
    text = _clean(HEADLINE, *PARAS, f"{last} {credit}", "Tags: Orvin, truce")
    assert last in text and credit not in text


def test_a_caption_closing_on_file_is_not_split_as_a_credit() -> None:
    caption = "Soldiers at a checkpoint near Orvin in 2024. (FILE)"
    text = _clean(HEADLINE, PARAS[0], caption, *PARAS[1:])
    assert "Soldiers at a checkpoint near Orvin in 2024." not in text or "(FILE)" in text


def test_a_live_pages_headline_stays_above_its_colon_line_and_bullets() -> None:
    headline = "Earthquake in the Marro valley: live updates"
    bullets = ("- The quake struck before dawn and was felt in two provinces.",
               "- At least 12 people have died, the civil protection office says.")
    text = _clean("BREAKING", headline, "Here is what we know:", *bullets, "6:45 p.m. ET",
                  "The government has declared a day of mourning.")
    assert headline in text and "Here is what we know:" in text and all(b in text for b in bullets)


@pytest.mark.parametrize(("line", "kept"), [
    ("Village hall saved by a late donation", True),
    ("Make a donation today", False),
])
def test_a_headline_about_a_donation_is_no_site_notice(line: str, kept: bool) -> None:
    paras = ("The village hall in Orvin, which was to close because its roof leaked, will stay open after a former "
             "resident paid for the repairs.", "The council said the work would start in May.",
             "The hall has been used for dances and weddings since 1931.")
    text = _clean(line, *paras) if kept else _clean(HEADLINE, *PARAS, line)
    assert (line in text) == kept


@pytest.mark.parametrize("line", [
    '[caption id="attachment_77" align="alignleft" width="640"]',
    "[/caption]",
    '[ad_slot id="mid-2"]',
    "%AUTHOR_NAME% | %PUBLISH_DATE%",
    "{AUTHOR} · {DATE}",
    "Enlarge this image",
    "Orvin, 14 May",
    "Tessel, Tuesday 3 March 2026",
])
def test_template_shortcodes_enlarge_buttons_and_place_date_stamps_go(line: str) -> None:
    text = _clean(HEADLINE, PARAS[0], line, *PARAS[1:])
    assert line not in text and all(p in text for p in PARAS)


@pytest.mark.parametrize("line", [
    "[edit]",  # a wiki's page tool, read by its own rule
    "ORVIN, May 14 (NPA) - A truce between the army and rebels in the Lask hills held for a second night.",
    "Prices rose by 40% | Wages by 3%",
])
def test_lines_like_shortcodes_or_stamps_but_not_are_not_template_debris(line: str) -> None:
    assert _hard_reason(line, _features(line)) not in {"template debris", "place and date stamp"}


def test_a_caption_printed_twice_in_a_row_goes_whole() -> None:
    caption = "Volunteers carry sandbags along the river wall at Orvin."
    text = _clean(HEADLINE, PARAS[0], "Enlarge this image", caption, caption, *PARAS[1:])
    assert caption not in text and all(p in text for p in PARAS)


def test_a_paragraph_with_a_reporting_verb_printed_twice_keeps_one_copy() -> None:
    para = "The army said the truce would be extended by a week."
    text = _clean(HEADLINE, PARAS[0], para, para, *PARAS[1:])
    assert text.count(para) == 1


def test_a_caption_inside_a_pasted_shortcode_goes() -> None:
    caption = "A lorry of flour waits at the Orvin checkpoint."
    text = _clean(HEADLINE, PARAS[0], '[caption id="att_9" width="600"]', caption, "[/caption]", *PARAS[1:])
    assert caption not in text and "[/caption]" not in text and all(p in text for p in PARAS)


def test_a_contact_pages_block_above_its_one_paragraph_is_its_content() -> None:
    block = ("Orvin Dental Practice", "3 Quay Street, Orvin OR2 5KT", "Phone: +44 1632 960 771",
             "Monday to Friday: 9am to 5pm")
    note = "If you are in pain when we are closed, call the emergency line on 111."
    text = _clean("ORVIN DENTAL", "Home | Team | Contact", "Find us", *block, note, "© Orvin Dental 2026")
    assert all(line in text for line in block) and note in text
    assert "Home | Team | Contact" not in text and "© Orvin Dental 2026" not in text


def test_head_lines_above_a_long_article_still_need_its_words() -> None:
    teasers = ("Ferry fares to rise in April", "New cycle lanes for the old town", "Harbour wall to be rebuilt")
    text = _clean(*teasers, HEADLINE, *PARAS, "The two sides are due to meet in Tessel on Saturday, officials added.")
    assert not any(t in text for t in teasers) and HEADLINE in text


def test_a_references_lists_last_entry_continues_the_list() -> None:
    refs = ("References",
            "1. Varr T, Osk L. Flood defences of river towns in northern Veloria. J Rivers. 2019;14(2):101-109.",
            "2. Holm P. Sandbags and their use in floods: a trial in the town of Lask. Flood Letters. 2021;8:33-40.",
            "3. Ilse R. Levee breaches in lowland rivers: a review. Hydro Review. 2022;30(4):210-222.")
    text = _clean(HEADLINE, *PARAS, *refs, "Was this page helpful?")
    assert refs[3] in text and "helpful" not in text


def test_a_caption_closing_on_a_courtesy_credit_goes() -> None:
    caption = "The two fawns in the long grass of a meadow above the town of Orvin. (Courtesy of the Lask Deer Society)"
    text = _clean(HEADLINE, PARAS[0], caption, *PARAS[1:])
    assert "fawns" not in text and all(p in text for p in PARAS)

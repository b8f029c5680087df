"""The article's main run of paragraphs, and what stands apart from it (invented text)."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean

HEADLINE = "Ferry service to Lask resumes after the storm"
PARAS = [
    "The ferry between Tessel and Lask sailed again on Thursday, four days after the storm damaged "
    "the pier in Lask, the harbour authority said.",
    "Engineers worked through the weekend to repair the landing stage, and the first crossing carried "
    "about 200 passengers and a dozen lorries of supplies.",
    "Shops in Lask had run short of bread and fuel while the island was cut off, residents said.",
    "The authority said the timetable would return to normal from Monday if the weather held.",
    "A second ferry, laid up for repairs since the spring, is due back in service before the winter "
    "timetable begins, easing the pressure on the single boat now running.",
]


def _article(blocks: list[str], fmt: str = "txt") -> Article:
    return Article(id="r", source="test", body="\n\n".join(blocks), format=fmt)


def _tail(*lines: str) -> list[str]:
    return [HEADLINE, *PARAS, "Share this article", "Related topics", *lines]


@pytest.mark.parametrize("line", [
    # a site's notices after the article
    "Should a reader order something after following one of our links, the shop pays us a small fee.",
    "Sign up to our weekly newsletter and get the best of our local reporting in your inbox.",
    # an author's bio
    "Mara Quill is a reporter at the Lask Courier who covers transport and the islands.",
    "Tomas Brenn has worked as a photographer on the coast for twenty years and lives in Tessel.",
    # a teaser paragraph of another story, far from the article and much shorter
    "Council approves a new car park beside the market hall.",
])
def test_prose_apart_from_the_article_is_dropped(line: str) -> None:
    result = clean(_article(_tail(line)))
    assert line not in result.text
    assert all(p in result.text for p in PARAS)


def test_a_story_about_advertising_keeps_its_sentence() -> None:
    line = "The harbour authority said advertising on the ferries had paid for half of the repairs."
    blocks = [HEADLINE, PARAS[0], line, *PARAS[1:]]
    assert line in clean(_article(blocks)).text


def test_app_pitch_inside_the_article_is_dropped() -> None:
    line = "For breaking news on the islands download the Courier apps for iOS and Android."
    blocks = [HEADLINE, PARAS[0], PARAS[1], line, PARAS[2], PARAS[3]]
    assert line not in clean(_article(blocks)).text


def test_subheading_between_sections_is_kept() -> None:
    blocks = [HEADLINE, PARAS[0], PARAS[1], "Supplies run short", PARAS[2], PARAS[3]]
    assert "Supplies run short" in clean(_article(blocks)).text


def test_closing_line_in_another_language_is_dropped() -> None:
    line = "Folge uns auch auf den sozialen Kanälen, wir sind immer für dich da."
    result = clean(_article([HEADLINE, *PARAS, line]))
    assert line not in result.text


def test_code_between_paragraphs_is_kept() -> None:
    blocks = [HEADLINE, PARAS[0], PARAS[1], "Tools", "retry_count = 3", "ferry-status --pier lask",
              PARAS[2], PARAS[3]]
    text = clean(_article(blocks)).text
    assert "retry_count = 3" in text
    assert "ferry-status --pier lask" in text


def test_phone_number_is_not_a_timestamp() -> None:
    blocks = [HEADLINE, PARAS[0], PARAS[1], PARAS[2], "Harbour office: +44 158-23-2012", PARAS[3]]
    text = clean(_article(blocks)).text
    assert "Harbour office: +44 158-23-2012" in text


def test_html_bodies_keep_the_extractors_short_blocks() -> None:
    # An HTML extractor already chose the article's blocks: list items and short headings stay;
    # hard debris (an ad label) still goes.
    blocks = [HEADLINE, PARAS[0], "What to bring", "- a valid ticket", "- a bottle of water", PARAS[1],
              "Advertisement", PARAS[2], "| Crossing | Time |", "| Tessel to Lask | 40 min |", PARAS[3]]
    html_text = clean(_article(blocks, fmt="html")).text
    for kept in ("What to bring", "- a valid ticket", "- a bottle of water", "| Tessel to Lask | 40 min |"):
        assert kept in html_text
    assert "Advertisement" not in html_text


def test_bio_closing_the_article_is_dropped() -> None:
    bio = "Mara Quill is a reporter at the Lask Courier who covers transport and the islands."
    result = clean(_article([HEADLINE, *PARAS, bio]))
    assert bio not in result.text
    assert PARAS[-1] in result.text


MORE_PARAS = [
    "Harbour staff said the new landing stage was built to take heavier vehicles than the old one, "
    "so that fuel tankers can cross without waiting for the calmer summer months to come round.",
    "Fishermen who moor beside the pier were asked to move their boats to the northern quay for the "
    "week while divers checked the piles for damage below the waterline.",
    "The island's school, which closed while teachers from the mainland could not reach it, opened "
    "again on Friday morning with most of its pupils back in their classrooms.",
    "Residents queued at the harbour shop for bread and milk as soon as the first lorries were "
    "unloaded, and the shop stayed open late into the evening to serve them.",
    "The authority has asked the regional government for money to raise the sea wall by half a "
    "metre, saying storms of this strength are now coming every winter instead of once a decade.",
]


def test_standfirst_split_from_the_article_by_a_byline_is_kept() -> None:
    standfirst = "The ferry to Lask sailed again after engineers repaired the storm damage to the pier."
    blocks = [HEADLINE, standfirst, "Share this article", "By Mara Quill", "12 March 2024",
              *PARAS, *MORE_PARAS]
    assert standfirst in clean(_article(blocks)).text


def test_teaser_of_another_story_above_the_article_is_dropped() -> None:
    teaser = "Council approves a new car park beside the market hall in Orvik."
    blocks = [HEADLINE, teaser, "Share this article", "By Mara Quill", "12 March 2024",
              *PARAS, *MORE_PARAS]
    assert teaser not in clean(_article(blocks)).text


def test_sentences_among_the_sites_notices_go_with_them() -> None:
    rules = [
        "We welcome remarks from readers, but comments are moderated before they appear.",
        "Please keep your remarks civil and stick to the topic being discussed.",
        "Our weekly newsletter brings the best of our local reporting to your inbox.",
    ]
    result = clean(_article([HEADLINE, *PARAS, "Share this article", "House rules", *rules]))
    assert all(line not in result.text for line in rules)
    assert all(p in result.text for p in PARAS)


def test_bio_ending_with_a_follow_prompt_is_a_bio() -> None:
    bio = ("Mara Quill is a reporter at the Lask Courier who covers the islands. Follow her on Twitter "
           "for updates from the harbour.")
    result = clean(_article([HEADLINE, *PARAS, bio]))
    assert bio not in result.text
    assert PARAS[-1] in result.text


def test_line_announced_by_a_colon_is_kept() -> None:
    intro = "To see the next sailings from a terminal, type the following:"
    result = clean(_article([HEADLINE, *PARAS, intro, "ferrytimes lask", "Share this article"]))
    assert "ferrytimes lask" in result.text
    assert "Share this article" not in result.text


def test_numbered_and_short_subheadings_between_paragraphs_are_kept() -> None:
    blocks = [HEADLINE, PARAS[0], "2. Quay Repairs", PARAS[1], "The takeaway", PARAS[2], PARAS[3]]
    text = clean(_article(blocks)).text
    assert "2. Quay Repairs" in text
    assert "The takeaway" in text


def test_affiliate_disclosure_inside_the_article_is_dropped() -> None:
    line = ("This guide mentions products from our partners. We may receive compensation when you click "
            "on links to those products, which supports the work of our advertisers and our team of "
            "writers, who test each of the products before it is listed.")
    blocks = [HEADLINE, line, *PARAS]
    assert line not in clean(_article(blocks)).text


def test_quotation_of_prose_length_is_prose() -> None:
    line = ('"keeps a log of every sailing and its passengers, so that the harbour office can tell '
            'families who crossed on which boat during the storm"')
    blocks = [HEADLINE, *PARAS, "Harbour log", line]
    assert line in clean(_article(blocks)).text


def test_label_of_a_dropped_stamp_goes_with_it() -> None:
    blocks = [HEADLINE, PARAS[0], PARAS[1], "Release date:", "Thursday, 4 April 2024 – 3:55pm", PARAS[2]]
    text = clean(_article(blocks)).text
    assert "Release date:" not in text


def test_closing_question_without_a_stop_is_dropped() -> None:
    # It shares the article's words, but a short line after the article ends with a full stop
    # when it is the article's own closing line.
    result = clean(_article([HEADLINE, *PARAS, "Lask ferry repairs next?"]))
    assert "Lask ferry repairs next?" not in result.text


def test_bare_place_above_the_lead_is_a_dateline() -> None:
    assert "TESSEL" in clean(_article([HEADLINE, "TESSEL", *PARAS])).text


@pytest.mark.parametrize(("lines", "kept"), [
    (["CONTACT", "FAQ", "DMCA"], False),  # capitals in a menu are links
    (["TESSEL, Veloria (AP) --"], True),  # a dateline's shape
])
def test_capitals_are_a_dateline_only_in_a_datelines_shape_or_place(lines: list[str], kept: bool) -> None:
    blocks = [HEADLINE, *lines, "Ferry service returns to the islands", *PARAS]
    text = clean(_article(blocks)).text
    assert all((line in text) == kept for line in lines)


def test_menu_items_sharing_the_articles_words_are_cut_off_from_the_lead() -> None:
    # "Ferry Timetables" shares the article's words, but menu items stand between it and the lead.
    blocks = [HEADLINE, "Ferry Timetables", "Weather Maps", "Local Elections", "Gardening Club",
              "Lask ferry back after the storm", "12 March 2024", *PARAS]
    result = clean(_article(blocks))
    assert "Ferry Timetables" not in result.text
    assert "Lask ferry back after the storm" in result.text


def test_navigation_row_between_paragraphs_is_dropped() -> None:
    blocks = [HEADLINE, PARAS[0], PARAS[1], "Home Regions Veloria", PARAS[2], "A long wait", PARAS[3]]
    text = clean(_article(blocks)).text
    assert "Home Regions Veloria" not in text
    assert "A long wait" in text  # a short subheading without a widget word stays


def test_menu_in_another_script_is_dropped() -> None:
    menu = "Главная Новости Спорт Погода"
    blocks = [HEADLINE, PARAS[0], PARAS[1], menu, PARAS[2], PARAS[3]]
    assert menu not in clean(_article(blocks)).text


def test_standfirst_cut_short_above_the_lead_that_reprints_it_goes() -> None:
    lead = "The ferry to Lask sailed again after engineers repaired the storm damage to the pier."
    blocks = [HEADLINE, lead[:-1], "Share this article", "By Mara Quill", "12 March 2024",
              lead, *PARAS, *MORE_PARAS]
    text = clean(_article(blocks)).text
    assert text.count("The ferry to Lask sailed again") == 1
    assert lead in text


def test_tutorial_prose_after_a_code_block_is_kept() -> None:
    after = "Run the check again after the change and the ferry status should read as open."
    code = ["status = read_status(pier)", "if status.closed:", "    notify(crew_list)", "log.write(status)"]
    blocks = [HEADLINE, *PARAS[:4], *code, after, "Share this article"]
    text = clean(_article(blocks)).text
    assert after in text
    assert "status = read_status(pier)" in text


def test_side_links_between_paragraphs_are_dropped() -> None:
    links = ["Choir from Wendle wins the county cup", "Old mill at Farrow sold to a brewer",
             "Goats escape from the Pennick petting farm", "Night market returns to Oster square"]
    text = clean(_article([HEADLINE, PARAS[0], PARAS[1], *links, PARAS[2], PARAS[3]])).text
    assert not any(link in text for link in links)
    assert all(p in text for p in PARAS[:4])


def test_an_articles_own_list_between_paragraphs_is_kept() -> None:
    items = ["The early ferry from Tessel to Lask", "The noon ferry from Lask to Tessel",
             "The late ferry on Fridays only"]
    text = clean(_article([HEADLINE, PARAS[0], PARAS[1], *items, PARAS[2], PARAS[3]])).text
    assert all(item in text for item in items)


def test_timed_teaser_cards_below_the_article_are_dropped() -> None:
    cards = ["Beekeepers in Marrow count their losses", "A cold spring killed a third of the hives on the hills.",
             "2h ago", "Lighthouse at Kesh gets a new lamp", "The keeper's old lamp goes to the museum.", "5h ago"]
    text = clean(_article([HEADLINE, *PARAS, *cards])).text
    assert not any(card in text for card in cards)
    assert all(p in text for p in PARAS)


def test_pull_quote_reworded_from_a_quote_is_dropped() -> None:
    said = '"We waited four days for bread," said a shopkeeper in Lask, "and the fuel ran out on the second."'
    pull = "“We waited four days for bread — the fuel ran out on the second”"
    text = clean(_article([HEADLINE, PARAS[0], PARAS[1], pull, said, PARAS[2], PARAS[3]])).text
    assert said in text
    assert pull not in text

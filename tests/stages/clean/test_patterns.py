"""Issue 10's cleaning failure patterns, each on invented text (Veloria, Tessel, Marrowgate).

Every case is a short article: a headline, real paragraphs, and the line under test at the
place such lines stand on real pages. ``dropped`` lines must be gone from the clean text,
``kept`` text must stay (verbatim).
"""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.features import _features, _hard_reason
from groundwatch.stages.clean.lexicon import _ROLE_LINE

HEADLINE = "River floods cut off three towns in northern Veloria"
PARA_1 = ("Floodwaters cut the roads into Tessel, Orvin and Lask on Monday after two days of heavy rain, "
          "the regional emergency office said.")
PARA_2 = "Rescue teams reached the towns by boat and moved about 600 people to schools on higher ground."
PARA_3 = "The weather service expects the river to stay above its banks until the end of the week."


def _article(body: str, **meta: object) -> Article:
    fields: dict[str, object] = {"id": "p", "source": "test", "body": body, "format": "txt"}
    fields.update(meta)
    return Article(**fields)  # type: ignore[arg-type]


def _page(line: str, where: str) -> str:
    """The article with ``line`` in the head, between paragraphs, or at the tail."""
    blocks = [HEADLINE, PARA_1, PARA_2, PARA_3]
    at = {"head": 1, "body": 2, "tail": 4}[where]
    blocks.insert(at, line)
    return "\n\n".join(blocks)


DROPPED = [
    # captions and credits inside the body
    ("Rescuers search a collapsed house in Orvin on Sunday. (Photo/J. Roe)", "body"),
    ("FILE - In this 2019 photo, volunteers fill sandbags on the riverbank in Lask.", "body"),
    ("Image: Veloria Emergency Office", "body"),
    ("Image caption, Volunteers fill sandbags on the riverbank in Lask", "body"),
    ("Pictured: Floodwater fills the market square in Tessel", "body"),
    ("Volunteers fill sandbags in Lask on Sunday. Jane Roe/Valley Star", "body"),
    # navigation, section and tag rows
    ("Home States Veloria", "head"),
    ("Video Only", "body"),
    ("Top 10 This Month", "tail"),
    ("Главная Новости Спорт Погода", "head"),
    ("Tags: floods, Veloria, rescue", "tail"),
    ("Published in: World, Floods, Veloria", "tail"),
    # promos and prompts
    ("Get our app", "body"),
    ("Copy link", "body"),
    ("Scroll to continue with content", "body"),
    ("Commenting is disabled.", "tail"),
    ("Comments are closed for this article.", "tail"),
    # related-article teasers
    ("Also read: Dam in Lask holds as water peaks", "body"),
    ("Read: Quake toll in Orvin hits 900", "body"),
    ("WATCH | Boats reach stranded families in Tessel", "body"),
    ("WATCH | Boats reach stranded families in Tessel: The river rose overnight and volunteers in small "
     "boats spent the day ferrying families from flooded farms on the edge of the town to dry land.", "body"),
    # agency credits and page date stamps
    ("PUBLISHED: Tue 4 May, 3:59pm", "head"),
    ("Updated: 14 May 2024 09:12 GMT", "head"),
    ("Duration 1:13", "body"),
    # template debris
    ("{{#ad}}", "body"),
    ("{{ article.related_title }}", "tail"),
    # found writing the invented stress pages (stress_pages.txt)
    ("Words by Mara Quill", "head"),
    # found writing corpus_c (tests/fixtures/corpus_c.README.md)
    ("By Lida Marsh in Tessel", "head"),
    ("This article was translated automatically. Errors may occur.", "head"),
    ("This report has been machine-translated from the original.", "head"),
    ("Jane Roe | Senior reporter", "head"),
    ("Orvin Daily, Health correspondent", "head"),
    ("Sarah_K · 2 hours ago", "tail"),
    ("3 of 12", "body"),
    ("Buy now at Valley Outdoor for $40", "body"),
    ("View this post on Instagram", "body"),
    ("Media captionVolunteers fill sandbags on the riverbank in Lask", "body"),
    ("You must log in or register to reply here.", "tail"),
    ("The views expressed in this article are the author's own and do not necessarily reflect ours.", "tail"),
    ("Joined: Mar 2019", "tail"),
    ("Reply Quote", "tail"),
    ("(CROSSTALK)", "body"),
    ("[APPLAUSE.]", "body"),
]


@pytest.mark.parametrize(("line", "where"), DROPPED)
def test_debris_is_dropped(line: str, where: str) -> None:
    result = clean(_article(_page(line, where)))
    assert line not in result.text
    for para in (PARA_1, PARA_2, PARA_3):
        assert para in result.text


def test_repeated_caption_is_dropped() -> None:
    caption = "A boat carries families past the flooded market in Tessel"
    body = "\n\n".join([HEADLINE, PARA_1, caption, caption, PARA_2, PARA_3])
    assert caption not in clean(_article(body)).text


@pytest.mark.parametrize(("last", "kept", "trimmed"), [
    ("Talks on new flood defences have failed. (Agency)", "Talks on new flood defences have failed.", "(Agency)"),
    ("Talks on new flood defences have failed. (AFP)", "Talks on new flood defences have failed.", "(AFP)"),
    ("The mayor said the schools would reopen next week. -- Reuters",
     "The mayor said the schools would reopen next week.", "Reuters"),
])
def test_last_paragraph_with_agency_credit_keeps_its_sentence(last: str, kept: str, trimmed: str) -> None:
    result = clean(_article("\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, last])))
    assert kept in result.text
    assert trimmed not in result.text


@pytest.mark.parametrize("stamp", ["10:42 GMT", "2:15pm", "14:05"])
def test_live_update_time_headers_inside_the_body_are_kept(stamp: str) -> None:
    body = "\n\n".join([HEADLINE, PARA_1, stamp, PARA_2, "16:30 GMT", PARA_3])
    result = clean(_article(body))
    assert f"{stamp}\n\n{PARA_2}" in result.text
    assert f"16:30 GMT\n\n{PARA_3}" in result.text


@pytest.mark.parametrize("first", [
    "Article content continued",
    "Top 5 This Week",
    "Home | World | Floods | Weather",
    "Home News Regions Veloria",
])
def test_boilerplate_first_line_is_never_the_title(first: str) -> None:
    body = "\n\n".join([first, HEADLINE, PARA_1, PARA_2, PARA_3])
    result = clean(_article(body))
    assert result.article.title == HEADLINE
    assert first not in result.text


def test_boilerplate_first_line_without_a_headline_gives_no_title() -> None:
    body = "\n\n".join(["Article content continued", PARA_1, PARA_2, PARA_3])
    result = clean(_article(body))
    assert result.article.title is None


def test_stopword_list_is_one_data_file_with_a_reason_per_word() -> None:
    from importlib import resources

    from groundwatch.stages.clean.lexicon import _STOPWORDS

    text = resources.files("groundwatch").joinpath("data", "stopwords.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert all(len(row) == 2 and row[1].strip() for row in rows)
    assert {row[0] for row in rows} == _STOPWORDS
    assert {"the", "of", "and", "which"} <= _STOPWORDS


@pytest.mark.parametrize("line", [
    "HomeNewsSportWeatherTravel",
    "Contact UsOur TeamCareersNewslettersPodcasts",
])
def test_glued_menu_rows_are_menus(line: str) -> None:
    f = _features(line)
    assert _hard_reason(line, f) == "menu"


@pytest.mark.parametrize("line", [
    "Published: 22:00 GMT, 4 May 2024 | Updated: 08:39 GMT, 5 May 2024",
    "Posted: Nov 8, 2023 / 04:43 PM CST",
    "Updated21:22, 6 OCT 2020",
])
def test_stamps_with_zones_pairs_and_glued_labels_are_timestamps(line: str) -> None:
    assert _hard_reason(line, _features(line)) == "timestamp"


def test_byline_with_a_date_is_a_byline() -> None:
    line = "By Mara Quill 04 November 2020"
    assert _hard_reason(line, _features(line)) == "byline"


@pytest.mark.parametrize("line", ["Catherine McKenzie joins EastEnders", "The iPhone launch in Tessel"])
def test_names_glued_once_are_not_menus(line: str) -> None:
    assert _hard_reason(line, _features(line)) != "menu"


def test_credit_label_line_is_a_photo_credit() -> None:
    line = "Credit: HARBOUR POST/MARA QUILL"
    assert _hard_reason(line, _features(line)) == "photo credit"


@pytest.mark.parametrize("row", ["Home Floods Tessel", "Latest Tessel News", "News Orvin"])
def test_navigation_row_in_the_head_goes_even_when_it_names_the_article_place(row: str) -> None:
    # "Tessel" and "Orvin" occur in the paragraphs, so the row shares the article's words.
    body = "\n\n".join([HEADLINE, row, PARA_1, PARA_2, PARA_3])
    result = clean(_article(body))
    assert row not in result.text
    assert result.article.title == HEADLINE


def test_headline_led_by_a_widget_word_stays_the_title() -> None:
    headline = "Home Office sends boats to Tessel"
    body = "\n\n".join([headline, PARA_1, PARA_2, PARA_3])
    result = clean(_article(body))
    assert result.article.title == headline
    assert headline in result.text


def test_slash_inside_a_closing_sentence_is_no_photo_credit() -> None:
    line = "The ferry resumed on Monday. It runs every hour on the Tessel/Orvin line"
    f = _features(line)
    assert _hard_reason(line, f) is None


def test_teaser_headline_between_paragraphs_goes() -> None:
    # Another story's headline: none of its words comes up in the paragraphs after it.
    teaser = "Mayor of Marrowgate opens the new library for the children of the city"
    result = clean(_article(_page(teaser, "body")))
    assert teaser not in result.text
    for para in (PARA_1, PARA_2, PARA_3):
        assert para in result.text


def test_subheading_that_the_next_paragraphs_take_up_stays() -> None:
    subheading = "How the rescue teams reached the towns that the water cut off"
    assert subheading in clean(_article(_page(subheading, "body"))).text


def test_items_of_an_unpunctuated_list_between_paragraphs_stay() -> None:
    items = ["Keep a torch and spare batteries in a dry place near the door",
             "Move the car and the family papers to the upper part of the town"]
    body = "\n\n".join([HEADLINE, PARA_1, *items, PARA_2, PARA_3])
    text = clean(_article(body)).text
    for item in items:
        assert item in text


@pytest.mark.parametrize("line", [
    "The river is one of the most popular places for rowing clubs, and the clubs lost their boats.",
    "Most popular",
])
def test_most_popular_is_a_widget_only_without_an_article(line: str) -> None:
    from groundwatch.stages.clean.features import _site_notice

    assert (_site_notice(line, _features(line)) is None) == line.startswith("The river")


def test_pitch_between_two_buttons_goes() -> None:
    pitch = "Get the best of our river reports and weather news every week."
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, "Subscribe to our newsletter", pitch,
                        "Follow us on Twitter and Facebook"])
    text = clean(_article(body)).text
    assert pitch not in text
    assert PARA_3 in text


def test_paragraph_after_a_single_button_stays() -> None:
    closing = "The council will meet again on Friday to count the cost of the floods."
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, "Share this article", closing, PARA_3])
    assert closing in clean(_article(body)).text


def test_a_list_of_quantities_above_the_first_paragraph_stays() -> None:
    items = ["3 kg sandbags per metre of wall", "2 pumps for every flooded cellar", "40%of the wells tested"]
    body = "\n\n".join([HEADLINE, *items, PARA_1, PARA_2, PARA_3])
    text = clean(_article(body)).text
    for item in items:
        assert item in text


def test_a_fact_box_of_bullets_after_the_article_stays() -> None:
    # Bulleted, some items rounded ("More than ...", "Nearly ..."), below the last paragraph where the
    # tail rule would read short lines as furniture.
    box = ["In figures", "- 31 dead, 4 missing", "- More than 900 people in school halls",
           "- Nearly 40 roads still closed", "- 6 boats sent by the army"]
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, *box, "Share", "Get our app"])
    text = clean(_article(body)).text
    for line in box:
        assert line in text
    assert "Get our app" not in text


@pytest.mark.parametrize("prompt", ["Enjoyed this article? Share it with your neighbours.",
                                    "Found our story useful? Subscribe for 2 euros a month."])
def test_a_question_to_the_reader_before_a_button_goes(prompt: str) -> None:
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, prompt])
    assert prompt not in clean(_article(body)).text


def test_a_question_in_the_story_stays() -> None:
    para = "Who paid for this bridge? Share prices of the builder fell by half after the flood, the paper found."
    body = "\n\n".join([HEADLINE, PARA_1, para, PARA_2, PARA_3])
    assert para in clean(_article(body)).text


def test_bullets_of_titles_are_no_quantity_list() -> None:
    from groundwatch.stages.clean.features import _quantity_lists, _units

    units = _units("\n\n".join([PARA_1, "- 15 Best Walks Along the River", "- More than 20 Towns to See",
                                 "- 17 Bridges Worth Crossing"]))
    assert _quantity_lists(units, [None] * len(units)) == frozenset()


def test_two_stray_counts_and_numbered_titles_are_no_quantity_list() -> None:
    from groundwatch.stages.clean.features import _quantity_lists, _units

    units = _units("\n\n".join(["12 comments", "4 shares", PARA_1, "15 Best Walks Along the River",
                                "16 Bridges Worth Crossing", "17 Towns to See in Spring"]))
    assert _quantity_lists(units, [None] * len(units)) == frozenset()


def test_notice_phrase_the_page_keeps_using_is_its_topic() -> None:
    paras = [
        "Volunteers in Tessel can sign up at the town hall to fill sandbags along the river wall this week.",
        "Those who sign up are asked to bring boots and gloves, the council said on Monday morning.",
        "More than 300 people had come to sign up by noon, and the queue reached the market square.",
    ]
    apart = "Families in Lask who want to help can sign up at the school, where the army has set up a desk."
    body = "\n\n".join([HEADLINE, PARA_1, *paras, PARA_2, "Share", "Print", apart])
    text = clean(_article(body)).text
    assert apart in text


def test_notice_phrase_used_once_stays_a_notice() -> None:
    notice = "Sign up to our daily newsletter to get the latest flood news from the valley in your inbox."
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, "Share", "Print", notice])
    assert notice not in clean(_article(body)).text


def test_link_written_to_the_template_of_the_dropped_links_below_goes() -> None:
    # The first reads as a sentence (a question, in sentence case) and joins the article's run.
    links = ["Tessel vs. Orvin: which of the towns floods first?", "Best Rivers",
             "Lask vs. Orvin: Which of the Towns Floods First?",
             "Marrowgate vs. Tessel: Which of the Towns Floods First?"]
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, *links])
    text = clean(_article(body)).text
    assert "Tessel vs. Orvin" not in text
    assert PARA_3 in text


def test_sentence_sharing_words_with_dropped_lines_stays() -> None:
    from groundwatch.stages.clean.lists import _template_items

    texts = ["The ferry to Lask is closed until further notice.", "Pool closed until further notice",
             "Library closed until further notice", "Market closed until further notice"]
    feats = [_features(t) for t in texts]
    tail = ["tail furniture"] * 3
    assert _template_items([True, False, False, False], ["paragraph", *tail], texts, feats) == {}
    reasons = [tail[0], "subheading", *tail[1:]]
    assert _template_items([False, True, False, False], reasons, texts, feats) == {1: "item of a dropped list"}


@pytest.mark.parametrize(("line", "byline"), [
    ("By Jane Roe for The Valley Star", True),
    ("By Jane Roe in North Tessel", True),
    ("By Sunday in Tessel the water had fallen by a metre.", False),
    ("By Monday the river had fallen for the first time in a week.", False),
])
def test_byline_naming_the_outlet_it_writes_for(line: str, byline: bool) -> None:
    assert (_hard_reason(line, _features(line)) == "byline") is byline


def test_readers_comments_after_the_article_are_dropped() -> None:
    comment = "I live by the river and the water came into our kitchen on Monday night, we lost everything."
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, "3 comments", "riverside_ana", comment])
    result = clean(_article(body))
    assert comment not in result.text
    assert PARA_3 in result.text


@pytest.mark.parametrize("label", ["Ingredients", "Pros", "Instructions"])
def test_one_word_subheading_between_paragraphs_is_kept(label: str) -> None:
    assert label in clean(_article("\n\n".join([HEADLINE, PARA_1, label, PARA_2, PARA_3]))).text


def test_pasted_table_rows_with_figures_are_kept() -> None:
    rows = ["Town\tHomes flooded\tRoads closed", "Tessel\t1,240\t14", "Orvin\t860\t9", "Lask\t310\t3"]
    result = clean(_article("\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, *rows])))
    for row in ("Tessel 1,240 14", "Orvin 860 9"):
        assert row in result.text


def test_gallery_headline_is_no_photo_credit() -> None:
    title = "In pictures: floodwater fills the market square in Tessel"
    result = clean(_article("\n\n".join([title, PARA_1, PARA_2, PARA_3])))
    assert result.article.title == title


def test_cookie_button_above_the_headline_is_not_the_title() -> None:
    body = "\n\n".join(["Accept all", HEADLINE, PARA_1, PARA_2, PARA_3])
    result = clean(_article(body))
    assert result.article.title == HEADLINE
    assert HEADLINE in result.text


def test_newsletter_box_name_and_pitch_go_with_its_form() -> None:
    box = ["The Valley Digest", "Our best reads, every Sunday", "Enter your email", "Sign up"]
    result = clean(_article("\n\n".join([HEADLINE, PARA_1, *box, PARA_2, PARA_3])))
    assert "The Valley Digest" not in result.text
    assert "Our best reads, every Sunday" not in result.text
    assert PARA_2 in result.text


def test_last_paragraph_above_a_shop_button_and_a_disclosure_stays() -> None:
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, "Worth the price", PARA_3, "Buy now at Valley Outdoor for $40",
                        "Retailers send this site a percentage of the sale when a linked item is bought."])
    result = clean(_article(body))
    assert PARA_3 in result.text
    assert "Worth the price" in result.text


@pytest.mark.parametrize("line", [
    "Items ordered through the links in this guide earn us a modest cut of the price, at no extra cost.",
    "When you click a shop link on this page and buy, the retailer may pay the site a fee.",
    "Our testers pick every product themselves; we may get a payment if you purchase through our links.",
])
def test_an_affiliate_disclosure_in_other_words_goes_even_inside_the_article(line: str) -> None:
    body = "\n\n".join([HEADLINE, PARA_1, line, PARA_2, PARA_3])
    result = clean(_article(body))
    assert line not in result.text
    assert PARA_2 in result.text


@pytest.mark.parametrize("line", [
    "Travellers who buy tickets at the station pay a fee of two crowns, the rail operator said on Monday.",
    "Online shops that earn a commission on each sale will have to say so under the new law, the ministry said.",
])
def test_a_story_sentence_about_fees_and_shopping_stays(line: str) -> None:
    body = "\n\n".join([HEADLINE, PARA_1, line, PARA_2, PARA_3])
    assert line in clean(_article(body)).text


@pytest.mark.parametrize("title", [None, HEADLINE])
def test_a_headline_printed_twice_is_kept_once(title: str | None) -> None:
    # The page's <title> pasted above the same <h1>, each a block of its own: not a photo's alt text
    # above its caption (those two stand in one block: tests/stages/test_clean.py).
    result = clean(_article("\n\n".join([HEADLINE, HEADLINE, PARA_1, PARA_2, PARA_3]), title=title))
    assert result.text.count(HEADLINE) == 1
    assert result.text.startswith(HEADLINE)


def test_a_list_between_the_article_s_paragraphs_stays_whole() -> None:
    items = ["Drinking water", "Blankets and dry clothes", "A torch with spare batteries", "Copies of identity papers"]
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, "What the shelters ask for", *items, PARA_3])
    result = clean(_article(body))
    assert all(item in result.text for item in ["What the shelters ask for", *items])


def test_a_side_column_under_its_label_goes_whole_between_paragraphs() -> None:
    column = ["Popular topics", "Gardening", "Crosswords", "Property", "Horoscopes"]
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, *column, PARA_3])
    result = clean(_article(body))
    assert not any(line in result.text for line in column[1:])
    assert PARA_3 in result.text


def test_a_long_page_title_on_the_first_line_is_the_headline_and_the_menu_under_it_goes() -> None:
    title = "Floods cut off three towns in the north as the river rises for a third day | The Valley Star"
    menu = ["Regions", "Weather desk", "Puzzles", "Obituaries"]
    result = clean(_article("\n\n".join([title, *menu, HEADLINE, PARA_1, PARA_2, PARA_3])))
    assert title in result.text
    assert not any(item in result.text for item in menu)
    assert PARA_1 in result.text


@pytest.mark.parametrize("line", [
    "Reading time: 6 minutes", "4 min read", "Listen to this article", "You are here: Home > World > Veloria",
    "News Sport Weather Culture", "Font size A A A", "Tessel 7°C Showers", "View this post on Instagram",
    "A post shared by Tessel Fire Service (@tesselfire)", "Your browser does not support the video tag.",
    "Video unavailable",
])
def test_page_widgets_are_hard_debris(line: str) -> None:
    assert _hard_reason(line, _features(line)) is not None


@pytest.mark.parametrize("line", [
    "Police arrested two men near the Lask ferry on Sunday.",
    "The mayor said the bridge would reopen in May.",
    "Engineers expect the water to fall by Friday.",
])
def test_a_one_line_report_between_two_ad_labels_stays(line: str) -> None:
    body = "\n\n".join([HEADLINE, PARA_1, "Advertisement", line, "Sponsored content", PARA_2, PARA_3])
    assert line in clean(_article(body)).text


def test_a_pitch_between_two_buttons_still_goes() -> None:
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, "Subscribe", "Get the Tessel evening briefing free.",
                        "Privacy policy"])
    assert "evening briefing" not in clean(_article(body)).text


def test_an_ad_over_a_caption_and_credit_does_not_split_the_article() -> None:
    late = "The emergency office said it would publish a list of closed roads every morning."
    body = "\n\n".join([HEADLINE, PARA_1, PARA_2, "Advertisement", "Sandbags on the riverbank in Lask.",
                        "Photo: J. Roe/Valley Star", "10:40 GMT", PARA_3, late, "Share this article"])
    text = clean(_article(body)).text
    assert "10:40 GMT" in text and late in text and "Photo: J. Roe" not in text


@pytest.mark.parametrize("line", [
    # a cookie wall's buttons and sentence in other languages (data/consent_buttons.tsv)
    "Alle akzeptieren", "Tout accepter", "Aceptar todas", "Continuer sans accepter",
    "Wir verwenden Cookies, um die Nutzung unserer Seiten zu messen und Anzeigen auf Sie zuzuschneiden.",
    # a forum's head: the guest greeting, the topic's read count, the pager, a reply header
    "Welcome, Guest. Please login or register.", "Topic: Lost a rudder near the weir (Read 312 times)",
    "Pages: [1] 2 3 Go Down", "« Reply #4 on: May 14, 2026, 10:02:11 AM »", "12 posts • Page 1 of 2", "Page 3 of 9",
    # a government page's issuer field, a recipe box's button
    "From: Department for Harbours", "Issued by: Tessel Port Authority", "Get the recipe",
    # a two-part breadcrumb, a live entry's label (batch S3)
    "Family notices › Deaths", "Opinion » Letters", "Key event", "Pinned post",
])
def test_batch_s_widgets_are_hard_debris(line: str) -> None:
    assert _hard_reason(line, _features(line)) is not None


@pytest.mark.parametrize("line", [
    "Bake the cookies for twelve minutes, until the edges turn golden and the middles are soft.",
    "Girl guides sold cookies outside every shop in Tessel to pay for the summer camp.",
    "From the harbour wall, the ferry can be seen leaving twice a day.",
    "Welcome guests arrived at the festival in Lask on Friday, the organisers said.",
    "Ferry times: Tessel → Pell and back from May", "Key events in the valley since the earthquake",
])
def test_batch_s_sentences_are_no_debris(line: str) -> None:
    assert _hard_reason(line, _features(line)) is None


def test_a_role_line_of_lower_case_words_goes_with_the_byline_above_it() -> None:
    body = "\n".join([HEADLINE, "By Lida Marsh", "Senior health correspondent", "", PARA_1, "", PARA_2, "", PARA_3])
    text = clean(_article(body)).text
    assert "Senior health correspondent" not in text
    assert PARA_1 in text


@pytest.mark.parametrize(("line", "role"), [
    ("Senior health correspondent", True), ("Political Editor", True), ("Valley Star Staff", True),
    ("Letters to the editor", False), ("Letters To The Editor", False), ("Head of news editor", False),
])
def test_a_role_line_holds_no_function_words(line: str, role: bool) -> None:
    assert (_ROLE_LINE.match(line) is not None) is role


@pytest.mark.parametrize(("line", "mark"), [
    ("ENDS", True), ("-ends-", True), ("(END)", True), ("– ENDS –", True),
    ("Ends", False), ("The end of the line for the night bus", False),
])
def test_a_release_end_mark_is_hard_debris(line: str, mark: bool) -> None:
    assert (_hard_reason(line, _features(line)) == "end mark") is mark


@pytest.mark.parametrize("line", [
    # a consent wall's heading, buttons and sentences (batch U), one naming no cookie
    "We value your privacy", "Reject all", "Manage options", "Accept all cookies",
    "We and our partners store and access information on your device, such as cookies, to show you ads.",
    "You can accept, reject or manage your choices at any time in the settings at the bottom of this page.",
    "Show key events only",
])
def test_batch_u_consent_wall_and_live_toggle_are_hard_debris(line: str) -> None:
    assert _hard_reason(line, _features(line)) is not None


@pytest.mark.parametrize("line", [
    # a story's sentences about a cookie banner speak of the site in the third person, or are attributed
    "The regulator said the banner made it harder to reject cookies than to accept them.",
    "Its cookie banner hid the option to refuse tracking behind two further menus and showed a large accept button.",
    "Voters can change their choices at any polling station before noon, the election office said.",
])
def test_batch_u_sentences_about_cookie_banners_are_no_debris(line: str) -> None:
    assert _hard_reason(line, _features(line)) is None


def test_a_consent_wall_pasted_above_the_menu_goes_and_the_headline_is_the_title() -> None:
    body = "\n\n".join(["We value your privacy",
                        "We and our partners use cookies and process personal data to show you personalised ads.",
                        "Accept all", "Reject all", "Manage options", "Home News Sport", HEADLINE, PARA_1, PARA_2])
    text = clean(_article(body)).text
    assert "privacy" not in text and "Reject all" not in text and "Manage options" not in text
    assert text.startswith(HEADLINE) and PARA_2 in text


def test_a_closing_bio_behind_a_dash_goes_but_a_closing_paragraph_about_someone_stays() -> None:
    bio = "– Lida Marsh is a reporter covering the northern valleys for the Valley Star."
    assert bio not in clean(_article("\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, bio]))).text
    last = "Oda Finch is a retired nurse who has lived in Tessel all her life, and she says she will not leave."
    assert last in clean(_article("\n\n".join([HEADLINE, PARA_1, PARA_2, PARA_3, last]))).text


def test_key_events_panel_items_go_but_entries_with_their_times_stay() -> None:
    entry = "14:05 Sandbag stations open in Tessel"
    body = "\n\n".join(["Floods in Veloria: live", PARA_1, "Key events", "2h ago Bridge in Lask closed to traffic",
                        "35m ago Army sends boats to Orvin", "Show key events only", entry, PARA_2, "14:40", PARA_3])
    text = clean(_article(body)).text
    assert "Bridge in Lask closed" not in text and "Army sends boats" not in text
    assert entry in text and PARA_2 in text and "14:40" in text


def test_a_newspapers_name_sharing_the_towns_words_is_the_masthead_not_the_title() -> None:
    head = "Ferry from Orvin Bay back in service after the storm"
    lead = "The ferry from Orvin Bay to Lask sailed again on Monday after engineers repaired the storm damage."
    body = "\n\n".join(["Orvin Bay Gazette", "Tuesday, 12 May", "Orvin Bay 14°C Light rain", head, lead, PARA_2])
    assert clean(_article(body)).text.startswith(head)


def test_a_feature_title_ending_in_a_newspaper_noun_stays_the_title() -> None:
    head = "The Last Night Courier"
    deck = "For forty years the night courier carried the mail from Tessel to Lask by boat"
    lead = "For forty years the night courier rowed the mail across the lake from Tessel to Lask, and he retires today."
    text = clean(_article("\n\n".join([head, deck, "By Mara Quill", lead, PARA_2]))).text
    assert text.startswith(head) and deck in text


@pytest.mark.parametrize(("line", "row"), [
    ("Keywords: dam, Selle, water, Ostra", True), ("Key words: ferries; storms; Tessel", True),
    ("Keywords: write down three words a customer would type to find your product.", False),
])
def test_a_press_agencys_keywords_row_is_a_page_tool_but_a_steps_label_is_not(line: str, row: bool) -> None:
    assert (_hard_reason(line, _features(line)) == "page tool") is row


def test_a_story_sentence_about_a_translation_is_kept() -> None:
    line = "The ministry said its warning had been translated automatically into four languages for the camps."
    assert line in clean(_article(_page(line, "body"))).text


def test_a_fact_box_of_labelled_figures_is_a_quantity_list() -> None:
    from groundwatch.stages.clean.features import _quantity_lists, _units

    items = ["- Suspected typhoid cases (cumulative): 2,310", "- Deaths: 41 (case fatality ratio 1.8%)",
             "- Displaced people registered in camps: 52,300", "- Clinics reporting cases: 4 of 7"]
    units = _units("\n\n".join(["MAIN FIGURES", *items, PARA_1]))
    assert _quantity_lists(units, [None] * len(units)) == frozenset({1, 2, 3, 4})


def test_two_labelled_bullets_are_no_fact_box() -> None:
    from groundwatch.stages.clean.features import _quantity_lists, _units

    units = _units("\n\n".join(["- Updated: 12 May", "- Filed: 11 May", PARA_1]))
    assert _quantity_lists(units, [None] * len(units)) == frozenset()

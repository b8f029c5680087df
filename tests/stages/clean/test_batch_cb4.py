"""Shapes found by the blind cleaning batch cb4 (session 36): a log's day headings ("Monday, April 6") over the
entries of each day, read alone as date stamps; a staff list of "Name — role" rows after the article; a short
heading over a closing line after the article. Invented sentences about invented places."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.features import _features, _hard_reason


def _clean(*lines: str) -> str:
    return clean(Article(id="p", source="test", body="\n\n".join(lines), format="txt")).text


INTRO = ("The entries below come from the Tarrow harbour office's weekly log of calls and incidents, "
         "printed as the office gives them.")
ENTRIES = ("A fishing boat reported a broken rudder two miles off the Tarrow light and was towed into harbour.",
           "A walker reported a seal pup alone on the north beach. Wardens asked people to keep their dogs away.",
           "Harbour staff removed a drifting pontoon that had broken loose from the yacht club's moorings overnight.",
           "A lorry shed part of its load of timber on the quay road, which was closed for two hours.")


@pytest.mark.parametrize("days", [
    ("Monday, April 6", "Wednesday, April 8", "Saturday, April 11"),
    ("Tuesday 3 March", "Thursday 5 March", "Friday 6 March"),
    ("Oct. 14", "Oct. 15", "Oct. 19"),
    ("Sunday, May 31", "Saturday, May 30", "Thursday, May 28"),  # newest first, as many logs print it
])
def test_a_logs_day_headings_stay_over_their_entries(days: tuple[str, str, str]) -> None:
    text = _clean("Harbour log", INTRO, days[0], ENTRIES[0], ENTRIES[1], days[1], ENTRIES[2], days[2], ENTRIES[3])
    assert all(d in text for d in days)
    assert all(e in text for e in ENTRIES)


def test_a_pages_date_stamps_still_go() -> None:
    """Control: a stamp under the headline and another at the foot are two dates, no log."""
    text = _clean("Harbour log", "Monday, April 6", INTRO, *ENTRIES, "Tuesday, April 7")
    assert "Monday, April 6" not in text and "Tuesday, April 7" not in text


def test_day_headings_out_of_order_are_no_log() -> None:
    """Control: dates that go back and forth are stamps and teaser dates, not a log's days."""
    days = ("Monday, April 6", "Saturday, April 11", "Wednesday, April 8")
    text = _clean("Harbour log", INTRO, days[0], ENTRIES[0], days[1], ENTRIES[1], days[2], ENTRIES[2])
    assert not any(d in text for d in days)


ABOUT = ("Marrow Lane Bakery is a small bakery on the corner of Marrow Lane in Tessel. We bake bread every night "
         "and sell it from six in the morning until it runs out.",
         "Most of our flour comes from the mill at Carvo, and we still use the oven the Ostrow family built in 1962.")


@pytest.mark.parametrize("rows", [
    ("Hanne Ostrow — Owner, head baker", "Pavel Ostrow — Deliveries and accounts", "Lise Marrin — Pastry chef"),
    ("Dr Ada Rusk – Head teacher", "Tom Verne – Deputy head, science", "Mira Solberg – School business manager"),
    ("Jon Ekke - Chair", "Ruth Pell - Treasurer and membership secretary", "Alf Harrow - Fixtures secretary"),
])
def test_a_staff_list_after_the_article_stays(rows: tuple[str, str, str]) -> None:
    text = _clean("Marrow Lane Bakery", *ABOUT, "Who we are", *rows, "© 2026 Marrow Lane Bakery")
    assert all(r in text for r in rows)
    assert all(p in text for p in ABOUT)


def test_related_headlines_credited_to_their_outlets_still_go() -> None:
    """Control: a related column's Title Case headlines, each behind a dash and its outlet's name, are no staff."""
    rows = ("Harbour Wall Repairs Finish Early — Tessel Gazette", "New Ferry Timetable Starts Monday — Carvo Times",
            "Bakers Warn Of Flour Shortage — Valley Star")
    text = _clean("Marrow Lane Bakery", *ABOUT, *rows)
    assert not any(r in text for r in rows)


@pytest.mark.parametrize("header", ["Thread starter pollyb", "Topic starter: kelvin_dave", "Thread author Ruth_P",
                                    "Topic creator marsh99"])
def test_a_forum_threads_starter_line_goes(header: str) -> None:
    post = "The gate on our allotment shed has dropped and now scrapes the path. Is it the hinges or the post?"
    reply = "Almost always the hinge screws. Pull them out, pack the holes with matchsticks and glue, and screw back."
    text = _clean("Shed gate scraping the path", header, post, reply)
    assert header not in text
    assert post in text and reply in text


def test_a_sentence_about_a_thread_starter_stays() -> None:
    """Control: the words in a sentence of the post."""
    line = "Thread starter kits for beginners sold out at the Tessel craft fair within an hour."
    text = _clean("Craft fair", line, "The organisers said they would order more kits for the spring fair.")
    assert line in text


REVIEW = ("The new production of the old farce at the Tessel Playhouse is quicker and meaner than the last one, "
          "and it is better for it.",
          "Nell Varga plays the landlady as a woman who has been lied to by every lodger she ever had, and it shows.",
          "The second act sags where it always does, but the staircase chase at the end had the whole house laughing.")


@pytest.mark.parametrize("fields", [
    ("Director: Hanna Roeg", "Cast: Nell Varga, Per Ostrow, Ida Lind", "Running time: 2 hours 10 minutes"),
    ("Venue: Tessel Playhouse", "Dates: until 14 June", "Tickets: £12 to £28, concessions £8"),
    ("Writer: Eirik Sande", "Designer: Mo Achterberg", "Age guidance: 12+"),
])
def test_a_reviews_credit_rows_above_the_lead_stay(fields: tuple[str, str, str]) -> None:
    text = _clean("Tessel Playhouse", "Lodgers review: a farce that finally runs", "By Ada Marsh", *fields, *REVIEW)
    assert all(f in text for f in fields)
    assert all(p in text for p in REVIEW)
    assert "By Ada Marsh" not in text


def test_a_press_agencys_keyword_and_category_rows_still_go() -> None:
    """Control: labels that are the page's own debris break the run."""
    rows = ("Keywords: theatre, farce, Tessel", "Category: Culture", "Tags: Playhouse")
    text = _clean("Lodgers review: a farce that finally runs", *REVIEW, *rows)
    assert not any(r in text for r in rows)


EVENT = ("Stalls from thirty farms fill the hall with apples, cheese and bread, and the brass band plays from noon.",
         "Entry is free for children under twelve. The car park opens at nine and fills quickly, so come early.")


@pytest.mark.parametrize(("title_line", "headline"), [
    ("Autumn Harvest Fair 2026 | What's On | Carvo Hall", "Autumn Harvest Fair"),
    ("Ruth Anne Pell (1940 - 2026) - Obituary - Marsh Funeral Home", "Ruth Anne Pell"),
    ("Tessel Book Festival 2026 – Programme – Tessel Library", "Tessel Book Festival"),
])
def test_a_headline_its_title_line_dates_is_the_title(title_line: str, headline: str) -> None:
    lead = f"{headline} comes back this year, and the organisers say it will be the biggest they have held."
    text = _clean(title_line, "Carvo Hall", "Visit", "Learn", "Hire a space", headline, lead, *EVENT)
    assert text.startswith(headline)
    assert "Carvo Hall\n" not in text and title_line not in text


STORY = ("The Tessel food bank handed out 1,200 parcels in March, twice as many as a year ago, its manager said.",
         "Volunteers now open the hall on Saturdays as well, and a bakery in Carvo gives its unsold bread each night.",
         "The manager said the food bank would need a larger hall by the winter if the numbers kept rising.")


@pytest.mark.parametrize("closing", [
    "Tessel Community Aid is an independent charity working with families across the valley since 1998.",
    "The Valley Local News Partnership is a news service funded by the county's libraries and run by local papers.",
    "Harl River Trust is a registered charity that protects the river and its banks for everyone who uses them.",
])
def test_a_publishers_self_description_closing_the_article_goes(closing: str) -> None:
    text = _clean("Food bank parcels double", *STORY, closing, "Donate now", "© 2026 Tessel Community Aid")
    assert closing not in text
    assert all(p in text for p in STORY)


@pytest.mark.parametrize("closing", [
    "Support local reporting. Become a member of the Tessel Gazette for £4 a month.",
    "Members can put a question to our advisers. Log in to ask.",
    "Did you try this at home? Tag @tesselkitchen on Instagram so we can see it!",
    "Send your questions to help@tesselgazette.example. We cannot answer every letter personally.",
])
def test_a_pitch_to_the_reader_closing_the_article_goes(closing: str) -> None:
    text = _clean("Food bank parcels double", *STORY, closing, "Share", "© 2026 Tessel Gazette")
    assert closing not in text
    assert all(p in text for p in STORY)


@pytest.mark.parametrize("closing", [
    "Harbour Aid is a charity founded by fishermen in 1990, and it now runs three shelters on the coast.",
    "Register the boiler with its maker within a month, or the warranty will not apply.",
    "Residents can register for the parcels at the town hall on weekday mornings, the council said.",
])
def test_a_storys_own_closing_sentence_stays(closing: str) -> None:
    """Controls: a story's last line about a charity it names, a how-to's last step, a report of registration."""
    text = _clean("Food bank parcels double", *STORY, closing, "Share", "© 2026 Tessel Gazette")
    assert closing in text


GUIDE = (("Who can apply", "You can apply if you have lived in Tessel for a year and rent your home from a landlord."),
         ("What you will get", "A grant of up to 400 crowns towards the cost of insulating your roof or walls."),
         ("How to apply", "Fill in the form at the council office or call the housing desk on weekday mornings."))


@pytest.mark.parametrize("head", ["Contents", "On this page", "In this guide"])
def test_an_unnumbered_contents_box_goes_and_its_headings_stay(head: str) -> None:
    body = [line for section in GUIDE for line in section]
    text = _clean("Insulation grant", "You can get help with the cost of insulating your home this winter.",
                  head, *(h for h, _ in GUIDE), *body)
    assert head not in text.split("\n\n")
    assert all(f"{h}\n\n{p}" in text for h, p in GUIDE)


def test_a_contents_heading_over_the_articles_own_list_stays() -> None:
    """Control: items the page never heads a section with are its own list."""
    items = ("A tin of paint", "Two brushes", "A dust sheet")
    text = _clean("Painting a shed", "Painting a shed takes a dry afternoon and very little kit, so start early.",
                  "Contents", *items, "Brush the walls clean and paint along the grain of the boards, top down.")
    assert all(i in text for i in items)


@pytest.mark.parametrize("button", ["Start now", "Apply now →", "Donate now!", "Register now"])
def test_a_button_between_paragraphs_goes(button: str) -> None:
    first, second = GUIDE[2][1], "You can also apply by post: the form is on the council's notice board in the library."
    text = _clean("Insulation grant", GUIDE[0][1], first, button, second)
    assert button not in text and first in text and second in text


@pytest.mark.parametrize("heading", ["Why now", "Until now", "What now"])
def test_a_subheading_ending_on_now_stays(heading: str) -> None:
    """Controls: subheadings whose first word is a question word or a stopword."""
    text = _clean("Insulation grant", GUIDE[0][1], GUIDE[1][1], heading, GUIDE[2][1])
    assert heading in text


@pytest.mark.parametrize("notice", [
    "Harl Lamps Ltd is registered in Scotland, company no. SC481220. Prices include VAT.",
    "Tessel Outdoor Limited. Company No: 08812345. Registered address: 4 Quay Street, Tessel.",
    "Carvo Kitchens, company no 4412345, trading as Carvo Home.",
])
def test_a_company_number_closing_the_page_goes(notice: str) -> None:
    text = _clean("Food bank parcels double", *STORY, "Enter your email", notice)
    assert notice not in text and "Enter your email" not in text
    assert all(p in text for p in STORY)


def test_a_sentence_on_a_company_no_longer_doing_something_stays() -> None:
    """Control: "company no" followed by no number is a story's words."""
    closing = "The company no longer makes the blue lamps, its owner said, because nobody bought them."
    assert closing in _clean("Food bank parcels double", *STORY, closing)


@pytest.mark.parametrize(("head", "entries"), [
    ("Customer reviews (12)", ("Does the job", "Warm and light, and the zip has not stuck once in a wet winter.")),
    ("Guestbook", ("Ada Rusk · May 2, 2026", "She taught me to swim in the harbour. We will all miss her smile.")),
    ("Condolences", ("The Varga family", "Our thoughts are with you all. Ruth was a kind and patient neighbour.")),
])
def test_readers_messages_under_their_head_after_the_page_go(head: str, entries: tuple[str, str]) -> None:
    text = _clean("Food bank parcels double", *STORY, head, "Write a message", *entries, "© 2026 Tessel Gazette")
    assert not any(e in text for e in entries)
    assert all(p in text for p in STORY)


def test_a_reviews_subheading_inside_the_article_stays() -> None:
    """Control: a section of the article headed "Reviews", with more of the article after it."""
    section = "Early buyers were kind: most praised the weight, and a few said the zip was stiff at first."
    text = _clean("Food bank parcels double", *STORY[:2], "Reviews", section, STORY[2])
    assert "Reviews" in text and section in text


@pytest.mark.parametrize(("head", "closing"), [
    ("Verdict", "Patient, funny and beautifully played."),
    ("The bottom line", "Worth the trip, but book your seats well ahead."),
    ("Our view", "A fair deal for the town, if the council keeps its word."),
])
def test_a_short_heading_over_a_closing_line_stays(head: str, closing: str) -> None:
    text = _clean("Lodgers review: a farce that finally runs", *REVIEW, head, closing, "Rate this show",
                  "Where to buy tickets")
    assert f"{head}\n\n{closing}" in text


def test_a_teaser_headline_over_its_blurb_after_the_article_still_goes() -> None:
    """Control: another story's headline over a sentence of blurb after the article."""
    teaser = "Ferry fares on the Tessel crossing to rise in May"
    text = _clean("Lodgers review: a farce that finally runs", *REVIEW, "Related", teaser,
                  "The operator says its fuel bill has doubled.")
    assert teaser not in text


ANSWER = ("Q: My hens have stopped laying since the clocks went back. Is something wrong with them?",
          "A: Almost certainly not. Hens lay when the days are long, and most rest from November until the spring.",
          "You can add light in the henhouse, but many keepers think the birds are better for the rest.")


@pytest.mark.parametrize("label", ["More from Ask the Vet", "Related", "Most read"])
def test_other_questions_under_a_column_label_go(label: str) -> None:
    others = ("Why does my dog eat grass?", "Can rabbits live outside in winter?")
    text = _clean("Ask the Vet: why have my hens stopped laying?", *ANSWER, label, *others, "Share")
    assert not any(o in text for o in others)
    assert all(p in text for p in ANSWER)


def test_a_faqs_question_and_answer_under_a_label_stay() -> None:
    """Control: one question with its answer under a label is the page's FAQ, not a list of links."""
    qa = ("Can I keep hens in a small garden?", "Yes. Three hens need about ten square metres and a dry house.")
    text = _clean("Ask the Vet: why have my hens stopped laying?", *ANSWER, "More questions", *qa)
    assert all(q in text for q in qa)


@pytest.mark.parametrize("prompt", [
    "Fixed it? Reply with a thumbs up so others can find the answer.",
    "Did you bake these? Tag @tesselkitchen so we can see your batch!",
    "Tried this walk? Rate it below and tell other walkers how muddy it was.",
    "Pin it for later!",
    "Save this recipe for later",
])
def test_a_prompt_between_paragraphs_goes(prompt: str) -> None:
    text = _clean("Insulation grant", GUIDE[0][1], GUIDE[1][1], prompt, GUIDE[2][1])
    assert prompt not in text
    assert all(p in text for _, p in GUIDE)


@pytest.mark.parametrize("line", [
    "Still cold? Wear a second layer under the coat and keep the door shut.",
    "Lost? Follow the yellow signs from the station to the hall.",
    "Save this much each month and the grant covers the rest of the cost.",
])
def test_a_how_tos_question_and_answer_stays(line: str) -> None:
    """Controls: a question answered with an instruction about the world, not the page; "save" as a verb of money."""
    text = _clean("Insulation grant", GUIDE[0][1], GUIDE[1][1], line, GUIDE[2][1])
    assert line in text


@pytest.mark.parametrize(("title_line", "heading"), [
    ("About us | Marrow Lane Bakery", "About us"),
    ("Who we are – Marrow Lane Bakery", "Who we are"),
    ("What we do · Marrow Lane Bakery", "What we do"),
])
def test_a_pages_own_heading_over_the_lead_stays(title_line: str, heading: str) -> None:
    text = _clean(title_line, "Marrow Lane Bakery", "Bread", "Cakes", "Get a quote", heading, *ABOUT)
    assert text.startswith(f"{heading}\n\n{ABOUT[0]}")


def test_a_menu_item_printed_as_the_title_lines_heading_higher_up_still_goes() -> None:
    """Control: the <title>'s heading printed again in the menu, other menu items between it and the lead."""
    text = _clean("About us | Marrow Lane Bakery", "Marrow Lane Bakery", "About us", "Bread", "Cakes", "Find us",
                  *ABOUT)
    assert "About us" not in text.split("\n\n")


@pytest.mark.parametrize("row", ["Keyword: rye cookies", "Keywords: bridge, ferry, Tessel", "Key word: harbour"])
def test_a_keyword_row_is_a_tag_row(row: str) -> None:
    assert _hard_reason(row, _features(row)) == "page tool"


def test_a_keyword_step_stays() -> None:
    """Control: a how-to's step that opens with the label and ends as a sentence."""
    step = "Keyword: pick one word that sums up the story."
    assert _hard_reason(step, _features(step)) is None


@pytest.mark.parametrize("offer", ["Winter bulbs: 20% off all tulips this week", "Half price on seed potatoes",
                                   "Save up to £15 on garden tools at Carvo Garden Centre"])
def test_an_adverts_offer_under_its_label_goes(offer: str) -> None:
    text = _clean("Insulation grant", GUIDE[0][1], GUIDE[1][1], "Advertisement", offer, GUIDE[2][1])
    assert offer not in text
    assert all(p in text for _, p in GUIDE)


@pytest.mark.parametrize("line", ["Shops offer 20% off in the January sales",
                                  "The garden centre said it would not cut its prices this year."])
def test_an_offer_in_the_story_or_a_sentence_under_an_ad_label_stays(line: str) -> None:
    """Controls: an offer the story reports away from any ad label; the story's sentence under an ad label."""
    story = _clean("Insulation grant", GUIDE[0][1], GUIDE[1][1], line, GUIDE[2][1])
    assert line in story
    if line.endswith("."):
        assert line in _clean("Insulation grant", GUIDE[0][1], GUIDE[1][1], "Advertisement", line, GUIDE[2][1])

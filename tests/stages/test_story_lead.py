"""Which sentences make a story lead: datelines and broadcast openers never fill it; an interview's is its
introduction (invented text)."""

from __future__ import annotations

import pytest

from groundwatch.stages.story_lead import LEAD_SENTENCES, interview_intro, lead_sentences


def test_a_dateline_split_off_by_the_splitter_is_not_a_lead_sentence() -> None:
    sentences = [
        "Ferry fire kills six off Cape Ormund",
        "PELLMARSH, Dravenland —",
        "Six passengers died when fire broke out on a ferry crossing to the Ormund islands on Sunday.",
        "The coastguard said 140 people were rescued.",
        "Divers searched the wreck overnight.",
    ]
    assert lead_sentences(sentences, "Ferry fire kills six off Cape Ormund") == sentences[:1] + sentences[2:3]


def test_a_wire_dateline_with_its_agency_is_a_fragment_too() -> None:
    sentences = [
        "VESTRA (DPN) -",
        "Police detained 40 protesters outside the assembly in Vestra on Friday.",
        "The interior ministry said two officers were hurt.",
    ]
    assert lead_sentences(sentences) == sentences[1:]


def test_an_untitled_transcript_skips_its_greeting() -> None:
    sentences = [
        "Good evening.",
        "Here is the news.",
        "The ceasefire along the Corlen river held for a second night, army officers said.",
        "Aid lorries crossed at Tamsby for the first time in a week.",
        "In sport, Corlen United won.",
    ]
    assert lead_sentences(sentences) == sentences[2:4]


@pytest.mark.issue(10)
@pytest.mark.parametrize("label", ["MARA VENN (host): ", "VENN: ", "MARA VENN: ", "DR TOLL-ASHER (surgeon): "])
def test_a_transcripts_speaker_label_does_not_lengthen_its_greeting_into_a_lead(label: str) -> None:
    sentences = [
        f"{label}Good evening.",
        "Three days after the levee broke at Orvesham, the water is finally going down in the old town.",
        "Crews from Pellby reopened the bridge road this afternoon.",
        "More after the break.",
    ]
    assert lead_sentences(sentences) == sentences[1:3]


def test_a_label_opening_a_long_turn_is_dropped_and_the_turn_kept() -> None:
    sentences = ["ROSS ELLAND (reporter): The ferry from Tarvik docked at dawn with 300 people on board.",
                 "Police said: the road stays shut."]
    assert lead_sentences(sentences) == ["The ferry from Tarvik docked at dawn with 300 people on board.",
                                         "Police said: the road stays shut."]


@pytest.mark.issue(10)
def test_a_kicker_in_the_title_line_is_kept_as_the_title_is_written() -> None:
    title = "LIVE: Levee breaks at Orvesham as the river crests"
    sentences = [title, "The levee at Orvesham gave way before dawn, flooding the old town."]
    assert lead_sentences(sentences, title) == sentences


def test_a_short_title_line_still_counts_as_the_first_lead_sentence() -> None:
    # The title is what the lead begins with, however short: only other fragments are skipped.
    sentences = [
        "Harbour strike ends",
        "Dockers in Selmport voted to return to work on Monday after a week out.",
        "The port authority said ships would berth again from Tuesday.",
    ]
    assert lead_sentences(sentences, "Harbour strike ends") == sentences[:LEAD_SENTENCES]


def test_short_texts_and_empty_lines() -> None:
    assert lead_sentences([]) == []
    assert lead_sentences(["", "   ", "Rain."]) == []
    assert lead_sentences(["Floods closed the coast road between Arvel and Monk's Bay on Thursday."]) == [
        "Floods closed the coast road between Arvel and Monk's Bay on Thursday."
    ]


INTERVIEW = (
    "\"The river will be back\": a hydrologist on Tamsby\n\n"
    "Orla Venn studies flood plains at the University of Corlen and sat on the national flood board until 2029. "
    "We asked her whether the levees at Tamsby can hold another winter. The interview has been shortened.\n\n"
    "Are the levees safe now?\nFor a few months, yes.\n\n"
    "Who should leave?\nThe families on the low bank.\n\n"
    "Could it have been avoided?\nThe pumps were old.\n\n"
    "What now?\nNew pumps before November."
)


def test_an_interviews_lead_is_its_introduction() -> None:
    title = "\"The river will be back\": a hydrologist on Tamsby"
    intro = interview_intro(INTERVIEW, title)
    assert intro is not None
    assert intro.startswith("Orla Venn studies") and intro.endswith("The interview has been shortened.")
    assert "levees at Tamsby" in intro


@pytest.mark.parametrize("text", [
    "Floods hit Tamsby\n\nThe river rose two metres overnight.\n\nWill it rise again?\nNobody knows, officials said.",
    "Floods hit Tamsby\n\nThe river rose two metres. Is it over? Not yet. Can the levees hold? Perhaps. Why now? Rain.",
    "",
])
def test_news_with_a_question_or_two_is_no_interview(text: str) -> None:
    assert interview_intro(text, "Floods hit Tamsby") is None


@pytest.mark.parametrize(("text", "kept"), [
    # the area a dateline's town lies in is left out of the names the lead is about
    ("(Varrow district): A bus fell into a gorge near Tennick on Tuesday.",
     " : A bus fell into a gorge near Tennick on Tuesday."),
    ("OSKEL (Marran province) - Floods cut the road to Oskel.", "OSKEL   - Floods cut the road to Oskel."),
    ("DELLBY (Upper Fane state) \u2014 Two wells ran dry.", "DELLBY   \u2014 Two wells ran dry."),
    # an agency credit, a bracket inside the sentence and a bracket of capitals stay
    ("VESTRA (DPN) - Police detained 40 protesters.", "VESTRA (DPN) - Police detained 40 protesters."),
    ("The council (Varrow district) said it would rebuild the bridge.",
     "The council (Varrow district) said it would rebuild the bridge."),
    ("ORLAN (Varrow North): A fire spread.", "ORLAN (Varrow North): A fire spread."),
])
def test_a_datelines_bracketed_area_is_no_name_of_the_lead(text: str, kept: str) -> None:
    from groundwatch.stages.story_lead import without_dateline_area

    assert without_dateline_area(text) == kept


@pytest.mark.issue(10)
def test_a_transcripts_heading_and_its_hosts_questions_are_no_lead() -> None:
    sentences = [
        "Harbour Radio - \"Dawn Watch\", transcript, Friday 4 June",
        "HOST (Petra Lunn): Good morning, we cross straight to Marrowby, where our reporter stayed with the crews.",
        "Odile, what is it like there?",
        "REPORTER (Odile Sarn): Good morning, Petra.",
        "The water went down overnight and the crews reached the lower streets for the first time.",
    ]
    assert lead_sentences(sentences) == [
        "Good morning, we cross straight to Marrowby, where our reporter stayed with the crews.",
        "The water went down overnight and the crews reached the lower streets for the first time.",
    ]


def test_a_heading_before_prose_and_a_question_title_line_stay() -> None:
    sentences = ["Will the levee hold at Marrowby", "Engineers inspected the Marrowby levee on Friday after the rain.",
                 "The town council said the road stays shut."]
    assert lead_sentences(sentences, "Will the levee hold at Marrowby") == sentences[:2]
    asked = ["Is the bridge safe at Marrowby?", *sentences[1:]]
    assert lead_sentences(asked, "Is the bridge safe at Marrowby?") == asked[:2]


@pytest.mark.issue(10)
def test_a_transcript_whose_host_asks_in_the_first_turn_has_no_introduction() -> None:
    text = ("Harbour Radio - \"Dawn Watch\", transcript, Friday 4 June\n\n"
            "HOST (Petra Lunn): Good morning, we cross straight to Marrowby. Odile, what do you see?\n\n"
            "REPORTER: The water went down overnight.\n\nHOST: And the families?\n\nREPORTER: They wait.\n\n"
            "HOST: Is the road open?\n\nREPORTER: Not yet.")
    assert interview_intro(text, "Dawn Watch: transcript, Friday 4 June") is None

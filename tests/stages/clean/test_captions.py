"""Caption labels on a line of their own, and the caption under each (invented pages, issue 10)."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import CAPTION_REASON, clean, photo_captions

LEAD = ("Hundreds of families left their homes in the lower town of Brennick on Monday after the river rose "
        "over its banks for the second time this month.")
MIDDLE = ("\"The water came up faster than anyone expected,\" said Orla Venn, who keeps a shop on the "
          "market square in Brennick.")
CLOSE = ("The regional office said shelters had opened in three schools and that boats would keep "
         "searching the flooded streets through the night.")


def _page(block: str) -> str:
    return f"Floods force families from Brennick\n\n{LEAD}\n{block}\n{MIDDLE}\n\n{CLOSE}\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("block", "caption"), [
    ("Image caption,\nVolunteers stack sandbags by the old bridge", "Volunteers stack sandbags by the old bridge"),
    ("Media caption:\nA drone flies over the flooded market square", "A drone flies over the flooded market square"),
    ("Video caption\nThe mayor of Brennick visits a school shelter", "The mayor of Brennick visits a school shelter"),
    ("Image source, Delta Pictures\nImage caption,\nA boat takes a family to dry ground in the lower town",
     "A boat takes a family to dry ground in the lower town"),
])
def test_a_label_alone_takes_the_line_under_it(block: str, caption: str) -> None:
    result = clean(Article(id="c/1", source="mem", body=_page(block), format="txt"))
    assert caption not in result.text
    assert caption in photo_captions(result)
    assert LEAD in result.text and MIDDLE in result.text and CLOSE in result.text
    why = dict(zip(result.removed, result.removed_reasons, strict=True))
    assert why[block.splitlines()[-2]] == CAPTION_REASON


@pytest.mark.issue(10)
@pytest.mark.parametrize("text", [
    "Image captions in the archive were rewritten by volunteers last year, the museum said.",
    "The caption under the photo named the wrong village, the paper said.",
])
def test_a_sentence_about_captions_stays(text: str) -> None:
    result = clean(Article(id="c/2", source="mem", body=_page(text), format="txt"))
    assert text in result.text


@pytest.mark.issue(10)
def test_two_labels_in_a_row_share_the_caption_under_them() -> None:
    result = clean(Article(id="c/3", source="mem",
                           body=_page("Image caption,\nMedia caption,\nA crane lifts a car out of the river"),
                           format="txt"))
    assert "A crane lifts a car out of the river" not in result.text
    assert "Media caption," not in result.text and MIDDLE in result.text


@pytest.mark.issue(10)
def test_a_label_over_a_paragraph_longer_than_a_caption_keeps_it() -> None:
    long = ("The council met late into the evening on Monday and agreed to open the sports hall on the hill as a "
            "shelter too, after the school halls in the upper town filled up before dark and the fire brigade warned "
            "that the water in the lower streets would keep rising until the tide turned early on Tuesday morning, "
            "when the pumps brought in from Osterlund could finally start to clear the flooded cellars.")
    assert len(long.split()) > 60
    result = clean(Article(id="c/5", source="mem", body=_page(f"Image caption,\n{long}"), format="txt"))
    assert long in result.text


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "kept"), [
    ("If you value our reporting, please consider supporting our journalism with a monthly gift.", False),
    # A story's sentence about a fund for the press is attributed: it stays.
    ("The foundation said it was supporting independent journalism in the valley with a new grant.", True),
])
def test_a_support_appeal_in_the_gerund_goes(text: str, kept: bool) -> None:
    result = clean(Article(id="c/4", source="mem", body=_page(text), format="txt"))
    assert (text in result.text) is kept

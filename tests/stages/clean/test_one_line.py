"""A whole article pasted on one line (a dump whose text field lost its line breaks) is kept, though its
author's follow prompt or the site's legal notice ends the line (invented text, issue 10): run on one line,
2 of quotes-dev's 83 articles had been dropped whole as a site notice, and 1 of crises-2023's as a legal one."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean

STORY = " ".join([
    "Floods cut Kessa off as the river Seld rises.",
    "Floodwater cut the only road into the hill town of Kessa on Tuesday, and the regional council said about",
    "2,300 people had left their homes since the river burst its banks over the weekend.",
    "Boats went door to door in the lower streets while the rain kept falling, and the water company told",
    "residents of the old quarter to boil their drinking water because a pumping station had flooded overnight.",
    "The council opened three shelters in schools on higher ground and asked families with cars to take in",
    "neighbours who had none, while the army sent two trucks of sandbags and a field kitchen to the square.",
    "Forecasters expect more rain on Thursday, and the council said it would decide on Wednesday whether to",
    "move the patients of the town's small hospital to the regional capital before the road closes again.",
])


@pytest.mark.issue(10)
@pytest.mark.parametrize("prompt", ["Follow Mara Velk on Twitter @mvelk.", "Follow him on Twitter.",
                                    "This material may not be published, broadcast or redistributed."])
def test_an_article_on_one_line_stays_whole(prompt: str) -> None:
    body = f"{STORY} {prompt}\n"
    assert len(body.split()) > 100
    assert STORY in clean(Article(id="o/1", source="mem", body=body, format="txt")).text


@pytest.mark.issue(10)
def test_a_follow_prompt_on_a_line_of_its_own_still_goes() -> None:
    body = STORY.replace(". ", ".\n\n") + "\n\nFollow Mara Velk on Twitter @mvelk.\n"
    assert "Follow Mara Velk" not in clean(Article(id="o/2", source="mem", body=body, format="txt")).text

"""`groundwatch audit`: every cited sentence carries the value of the statement that cites it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from groundwatch.records import Claim, ReconciledFigure, StoryPicture, TimelineEvent
from groundwatch.stages.audit import audit, carries_date, dangling_links
from groundwatch.stages.citing import carries_number, carries_words, line_numbers, same_values
from groundwatch.stages.report_views import ReportInput

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


Bounds = list[tuple[int, int, int]]


def _article(aid: str, outlet: str, sentences: list[str], **facts: Any) -> tuple[dict[str, Any], Bounds]:
    text = "\n\n".join(sentences)
    bounds, pos = [], 0
    for i, s in enumerate(sentences):
        start = text.index(s, pos)
        bounds.append((i, start, start + len(s)))
        pos = start + len(s)
    art = {"id": aid, "status": "analysed", "story": "s1", "outlet": outlet, "published": "2031-04-02",
           "title": sentences[0], "clean_text": text, "figures": [], "quotes": [], "dates": [], "places": [],
           **facts}
    return art, bounds


def _claim(art: dict[str, Any], value: float, phrase: str, sentence: str) -> Claim:
    start = art["clean_text"].index(phrase)
    return Claim(article=art["id"], sentence=sentence, value=value, outlet=art["outlet"], as_of="2031-04-02",
                 start=start, end=start + len(phrase))


def _input(arts: list[tuple[dict[str, Any], list[tuple[int, int, int]]]], picture: StoryPicture) -> ReportInput:
    return ReportInput(pictures=[picture], articles=[a for a, _ in arts], sentences={a["id"]: b for a, b in arts})


@pytest.mark.parametrize(("sentence", "value"), [
    ("Officials counted 1,200 people in the shelters of the valley.", 1200),
    ("Some 1.2 million people lost access to power after the storm.", 1_200_000),
    ("Twelve fishermen were reported missing off the cape.", 12),
    ("Between 40 and 50 homes were flattened in the hamlet.", 50),
    ("A convoy of 3 thousand tonnes of grain left the harbour.", 3000),
])
def test_a_number_is_carried_in_any_written_form(sentence: str, value: float) -> None:
    assert carries_number(sentence, value)


def test_a_different_number_is_not_carried() -> None:
    assert not carries_number("Officials counted 1,300 people in the shelters.", 1200)
    assert not carries_number("Eleven fishermen were missing.", 12)


def test_dates_are_carried_by_the_phrase_that_resolved_to_them() -> None:
    art = {"dates": [{"date": "2031-03-30", "span": {"sentence_index": 2}}]}
    assert carries_date(art, 2, "2031-03-30")
    assert carries_date(art, 2, "2031-03")  # a month-precision event on that day's sentence
    assert not carries_date(art, 1, "2031-03-30")
    assert not carries_date(art, 2, "2031-03-31")


def test_words_and_line_values() -> None:
    line = "Rescuers freed 14 miners trapped after the tunnel flooded near Orsk."
    assert carries_words("Rescuers freed 14 miners trapped when the tunnel flooded near Orsk on Friday.", line)
    assert not carries_words("The mayor thanked the volunteers for their work.", line)
    assert line_numbers(line) == [14]
    assert same_values(line, "Fourteen miners trapped after the tunnel flooded were freed near Orsk.")
    assert not same_values(line, "Rescuers freed 11 miners trapped after the tunnel flooded near Orsk.")


def _two_outlets() -> list[tuple[dict[str, Any], list[tuple[int, int, int]]]]:
    a = _article("lantern/1", "The Tessel Lantern", [
        "Floods hit the valley of Orsk overnight",
        "At least 12 people were killed when the river burst its banks in Orsk, officials said.",
        "Aid agencies sent tents and drinking water to the families who lost their homes."])
    b = _article("courier/1", "Brinmouth Courier", [
        "River floods in Orsk",
        "At least 19 people were killed when the river burst its banks in Orsk, officials said.",
        "The regional governor asked the capital for boats and helicopters to reach cut-off farms."])
    return [a, b]


def test_an_unsupported_figure_citation_is_found() -> None:
    (a, ab), (b, bb) = _two_outlets()
    good = _claim(a, 12, "At least 12 people", a["title"])
    # a claim citing the wrong sentence of its article: the title, which has no number
    bad = Claim(article=b["id"], sentence="River floods in Orsk", value=19, outlet=b["outlet"], as_of="2031-04-02")
    fig = ReconciledFigure(kind="killed", who=None, place=None, low=12, best=19, high=19, claims=(good, bad),
                           independent_sources=2)
    picture = StoryPicture(story_id="s1", figures=(fig,), updates=(), contradictions=(), quotes=(), timeline=(),
                           independent_sources=2, articles=(a["id"], b["id"]))
    result = audit(_input([(a, ab), (b, bb)], picture))
    assert result.citations["figures"] == 2
    assert [(f.section, f.article, f.sentence_index, f.lacks) for f in result.findings] == [
        ("figures", "courier/1", 0, "number 19")]


def test_a_timeline_entry_must_cite_the_sentence_with_its_date() -> None:
    a, ab = _article("lantern/2", "The Tessel Lantern", [
        "Quake shakes the hill towns", "The earthquake struck on Saturday before dawn, the observatory said.",
        "Schools stayed closed on Monday."],
        dates=[{"date": "2031-03-29", "precision": "day", "span": {"sentence_index": 1}}])
    start = a["clean_text"].index("on Saturday")
    ok = Claim(article=a["id"], sentence="", value="2031-03-29", start=start, end=start + 11)
    wrong = Claim(article=a["id"], sentence="Schools stayed closed on Monday.", value="2031-03-29")
    timeline = (TimelineEvent(date="2031-03-29", precision="day", description="The earthquake struck",
                              sources=(ok, wrong), independent_sources=1),)
    picture = StoryPicture(story_id="s1", figures=(), updates=(), contradictions=(), quotes=(), timeline=timeline,
                           independent_sources=1, articles=(a["id"],))
    result = audit(_input([(a, ab)], picture))
    assert [(f.section, f.sentence_index, f.lacks) for f in result.findings] == [("timeline", 2, "date 2031-03-29")]


def test_merged_summary_lines_cite_each_outlet_only_for_its_own_number() -> None:
    arts = _two_outlets()
    picture = StoryPicture(story_id="s1", figures=(), updates=(), contradictions=(), quotes=(), timeline=(),
                           independent_sources=2, articles=tuple(a["id"] for a, _ in arts))
    result = audit(_input(arts, picture))
    assert result.ok, result.findings
    # the two toll sentences share their words but not their number: two lines, one outlet each
    assert result.citations["summary"] + result.citations.get("sections", 0) >= 2


def test_dangling_links_of_a_rendered_report() -> None:
    page = '<a href="#a-x-s1">x</a><span id="a-x-s1"></span><a href="#a-y-s4">y</a>'
    assert dangling_links(page) == ["a-y-s4"]


@pytest.mark.slow
def test_the_example_corpus_has_no_unsupported_citation(tmp_path: Path) -> None:
    from groundwatch.interfaces.cli import main

    db, out = str(tmp_path / "ex.db"), str(tmp_path / "out")
    runner = CliRunner()
    ran = runner.invoke(main, ["run", str(EXAMPLES), "--db", db, "--out", out, "--quiet"])
    assert ran.exit_code == 0, ran.output
    checked = runner.invoke(main, ["audit", "--db", db, "--out", out])
    assert checked.exit_code == 0, checked.output
    counts = re.match(r"(\d+) cited statements, (\d+) citations, 0 unsupported", checked.output)
    assert counts and int(counts.group(1)) > 100, checked.output  # the report does cite (not vacuous)
    assert "report.html: 0 links landing nowhere" in checked.output


def test_the_command_exits_1_and_names_each_unsupported_citation(tmp_path: Path) -> None:
    import datetime as dt

    from groundwatch.interfaces.cli import main
    from groundwatch.records import Article, ArticleFacts, CleanArticle, Sentence
    from groundwatch.store.sqlite import Store

    text = "Storm batters Orsk\n\nAt least 7 people died when the storm hit Orsk on Friday."
    db = tmp_path / "one.db"
    store = Store.open(db)
    art = Article(id="lantern/3", source="mem", body=text, format="txt", outlet="The Tessel Lantern",
                  published=dt.date(2031, 4, 2))
    store.put_article(art)
    s1 = text.index("At least")
    store.save_analysis(CleanArticle(article=art, text=text, language="en", published=art.published),
                        ArticleFacts(article_id=art.id, sentences=(Sentence(0, 0, s1 - 2, text[:s1 - 2]),
                                                                   Sentence(1, s1, len(text), text[s1:]))))
    wrong = Claim(article=art.id, sentence=text[:s1 - 2], value=9, outlet=art.outlet)  # 9: never written
    fig = ReconciledFigure(kind="killed", who=None, place=None, low=9, best=9, high=9, claims=(wrong,),
                           independent_sources=1)
    picture = StoryPicture(story_id="s9", figures=(fig,), updates=(), contradictions=(), quotes=(), timeline=(),
                           independent_sources=1, articles=(art.id,))
    store.save_picture(stories={art.id: "s9"}, copies=(), pictures={"s9": picture.to_dict()}, labels={}, state={})
    store.close()
    result = CliRunner().invoke(main, ["audit", "--db", str(db), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "1 unsupported" in result.output
    assert "unsupported [figures] lantern/3 s0: lacks number 9" in result.output
    assert (tmp_path / "out" / "audit.json").is_file()


def test_an_actor_claim_must_name_its_value_in_the_cited_sentence() -> None:
    from groundwatch.records import Contradiction

    a, ab = _article("lantern/4", "The Tessel Lantern", [
        "Blast at the depot", "The Orsk Liberation Front said it carried out the attack on the depot.",
        "Police sealed off the area."])
    named = a["clean_text"].index("The Orsk")
    other = a["clean_text"].index("Police")
    ok = Claim(article=a["id"], sentence="", value="Orsk Liberation Front", start=named, end=named + 25)
    bad = Claim(article=a["id"], sentence="", value="Tessel Guard", start=other, end=other + 6)
    picture = StoryPicture(story_id="s1", figures=(), updates=(),
                           contradictions=(Contradiction(field="actor", about="claim of responsibility",
                                                         claims=(ok, bad)),),
                           quotes=(), timeline=(), independent_sources=1, articles=(a["id"],))
    result = audit(_input([(a, ab)], picture))
    assert [(f.section, f.sentence_index, f.lacks) for f in result.findings] == [
        ("contradictions", 2, "value Tessel Guard")]


def test_a_zero_figure_is_carried_by_its_negated_phrase() -> None:
    from groundwatch.stages.audit import _lacks_figure

    sentence = '"Nobody was hurt and the gate stayed shut," the warden said.'
    art = {"clean_text": sentence}
    start = sentence.index("Nobody")
    assert _lacks_figure({"value": 0, "start": start, "end": start + 6}, art, sentence) is None
    other = "The warden said the gate stayed shut."
    assert _lacks_figure({"value": 0, "start": start, "end": start + 6}, art, other) == "number 0"


def test_a_quotation_of_several_sentences_is_carried_by_the_one_it_opens_in() -> None:
    from groundwatch.stages.audit import _carries_quote

    quote = "Nine years long were the warnings ignored. Who signed the reports must go now."
    cited = 'The deputy Ada Roe wrote on social media: "Nine years long were the warnings ignored.'
    assert _carries_quote(cited, quote)
    assert not _carries_quote("The deputy Ada Roe wrote that the reports had been signed.", quote)
    assert not _carries_quote("Who signed the reports must go now.", "The warnings were ignored for nine years")

"""tests/eval_layouts.py: a corpus relaid keeps its words (so its gold still applies) and leaves the
source folder alone (invented articles)."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

TITLE = "Ferry service to Orlen Island halted after storm"
BODY = [
    "The ferry between Tessel and Orlen Island stopped on Monday after waves damaged the pier, and about "
    "400 islanders were left without a crossing, the port authority said.",
    "\"We cannot land a boat until the pier is checked,\" said Ines Varga, the harbour master. \"It\u2019s the "
    "island's only link.\"",
    "A supply boat with 12 tonnes of food and fuel is due on Thursday.",
]


def _layouts() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gw_eval_layouts_t", Path(__file__).with_name("eval_layouts.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


LAYOUTS = _layouts()


def _norm(text: str) -> str:
    folded = text.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                                           "\u00a0": " "}))
    return " ".join(folded.split())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "src" / "story"
    folder.mkdir(parents=True)
    (folder / "a1.txt").write_text("\n\n".join([TITLE, *BODY]) + "\n", encoding="utf-8")
    manifest = {"articles": [{"file": "a1.txt", "title": TITLE, "outlet": "Tessel Post", "format": "txt"}]}
    (tmp_path / "src" / "manifest.json").write_text(json.dumps({"articles": [
        {**manifest["articles"][0], "file": "story/a1.txt"}]}), encoding="utf-8")
    return tmp_path / "src"


@pytest.mark.parametrize(("layout", "written"), [
    ("thousands-spaced", "1\u202f400 islanders"),
    ("thousands-plain", "1400 islanders"),
    ("thousands-dotted", "1.400 islanders"),
    ("day-month", "on 4 March the pier"),
])
def test_a_respelling_rewrites_the_articles_and_the_gold_alike(tmp_path: Path, layout: str, written: str) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a1.txt").write_text("Waves hit Orlen on March 4 the pier broke and 1,400 islanders, 12 boats and "
                                   "3.5 tonnes were cut off.\n", encoding="utf-8")
    gold = {"articles": [{"id": "a1", "figures": [{"kind": "affected", "value": 1400, "evidence": "1,400 islanders"}],
                          "dates": [{"evidence": "on March 4 the pier", "date": "2031-03-04"}]}]}
    text = (LAYOUTS.relaid(folder, tmp_path / "out", layout) / "a1.txt").read_text(encoding="utf-8")
    respelled = LAYOUTS.regold(gold, layout)
    evidence = [respelled["articles"][0]["figures"][0]["evidence"], respelled["articles"][0]["dates"][0]["evidence"]]
    assert written in text and all(e in text for e in evidence)
    assert "12 boats" in text and "3.5 tonnes" in text  # no thousands: as written
    assert respelled["articles"][0]["dates"][0]["date"] == "2031-03-04" and respelled["articles"][0]["id"] == "a1"
    assert LAYOUTS.regold(gold, "wrapped") is gold


@pytest.mark.parametrize("layout", LAYOUTS.TEXT_LAYOUTS)
def test_a_text_layout_keeps_every_word(corpus: Path, tmp_path: Path, layout: str) -> None:
    before = (corpus / "story" / "a1.txt").read_bytes()
    out = LAYOUTS.relaid(corpus, tmp_path / layout, layout)
    text = (out / "story" / "a1.txt").read_text(encoding="utf-8")
    assert (corpus / "story" / "a1.txt").read_bytes() == before
    assert text != before.decode("utf-8")
    for paragraph in [TITLE, *BODY]:  # every word kept ("caps-title" changes only the headline's case)
        assert _norm(paragraph).casefold() in _norm(text).casefold()
    assert (TITLE.upper() in text) == (layout == "caps-title")


def test_wrapped_lines_keep_to_the_width(corpus: Path, tmp_path: Path) -> None:
    text = (LAYOUTS.relaid(corpus, tmp_path / "w", "wrapped") / "story" / "a1.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == TITLE and max(len(line) for line in lines[1:]) <= LAYOUTS.WRAP_COLUMNS
    assert len(lines) > 2 + len(BODY) * 2


def test_the_html_layout_renames_the_manifest_entries(corpus: Path, tmp_path: Path) -> None:
    out = LAYOUTS.relaid(corpus, tmp_path / "h", "html")
    page = (out / "story" / "a1.html").read_text(encoding="utf-8")
    assert not (out / "story" / "a1.txt").exists()
    assert page.count(TITLE) == 2 and "<p>A supply boat" in page
    (entry,) = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["articles"]
    assert (entry["file"], entry["format"]) == ("story/a1.html", "html")


def test_an_unknown_layout_is_refused(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown layout"):
        LAYOUTS.relaid(corpus, tmp_path / "x", "sideways")


def test_a_respelling_leaves_json_and_html_syntax_alone(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    record = {"title": "Orlen ferry", "text": 'The mayor said "we wait" as 1,400 islanders did.'}
    (folder / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / "page.html").write_text('<p class="lead">He said "we wait" as 1,400 did.</p>\n', encoding="utf-8")
    out = LAYOUTS.relaid(folder, tmp_path / "out", "single-quotes")
    (line,) = (out / "feed.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["text"] == "The mayor said \u2018we wait\u2019 as 1,400 islanders did."
    assert (out / "page.html").read_text(encoding="utf-8").startswith('<p class="lead">He said \u2018we wait\u2019')


def test_single_quotes_nest_the_inner_quotation_in_double_marks() -> None:
    respell = LAYOUTS.SPELLINGS["single-quotes"]
    assert respell('He said: "We read \'Keep Out\' on the gate," and left.') == (
        "He said: \u2018We read \u201cKeep Out\u201d on the gate,\u2019 and left.")
    assert respell('"It\'s the dockers\' boat," she said.') == "\u2018It's the dockers' boat,\u2019 she said."


def test_years_back_moves_every_year_and_date_by_whole_calendar_cycles(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a1.txt").write_text("Orlen, March 4, 2031, was calm; the 2029 flood cost 2,031 homes and 1,998 boats "
                                   "on 4 March 2029.\n", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "a1.txt", "published": "2031-03-04T08:00:00Z"}]}), encoding="utf-8")
    gold = {"articles": [{"id": "a1", "published": "2031-03-04", "dates": [
        {"evidence": "March 4, 2031", "date": "2031-03-04", "accept": ["2031-03"]}]}]}
    out = LAYOUTS.relaid(folder, tmp_path / "out", "years-back")
    assert (out / "a1.txt").read_text(encoding="utf-8") == (
        "Orlen, March 4, 2003, was calm; the 2001 flood cost 2,031 homes and 1,998 boats on 4 March 2001.\n")
    (entry,) = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["articles"]
    assert entry == {"file": "a1.txt", "published": "2003-03-04T08:00:00Z"}
    article = LAYOUTS.regold(gold, "years-back")["articles"][0]
    assert (article["published"], article["dates"][0]) == (
        "2003-03-04", {"evidence": "March 4, 2003", "date": "2003-03-04", "accept": ["2003-03"]})
    assert date(2031, 3, 4).weekday() == date(2003, 3, 4).weekday()


def test_surnames_replace_the_credited_people_alike_in_articles_and_gold(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a1.txt").write_text('"We wait," said Ines Varga. VARGA: Yes. The Port Authority of Orlen agreed, '
                                   "and Varga's deputy, Per Lund, spoke.\n", encoding="utf-8")
    gold = {"articles": [{"id": "a1", "quotes": [
        {"text": "We wait", "speaker": "Ines Varga"}, {"text": "Yes", "speaker": "Port Authority of Orlen"},
        {"text": "Later", "speaker": "Lund", "speaker_alt": ["Harbour Minister"]}]}]}
    with pytest.raises(ValueError, match="made from the gold"):
        LAYOUTS.relaid(folder, tmp_path / "no-gold", "surnames")
    out = LAYOUTS.relaid(folder, tmp_path / "out", "surnames", gold)
    first, second = LAYOUTS.NEW_SURNAMES[:2]  # the one credited surname takes the list's first
    assert LAYOUTS._credited_surnames(gold) == ["Varga"]  # a body's, a title's and a lone word are no surnames
    assert (out / "a1.txt").read_text(encoding="utf-8") == (
        f'"We wait," said Ines {first}. {first.upper()}: Yes. The Port Authority of Orlen agreed, and '
        f"{first}'s deputy, Per Lund, spoke.\n")
    assert LAYOUTS.regold(gold, "surnames")["articles"][0]["quotes"][0]["speaker"] == f"Ines {first}"
    assert second not in (out / "a1.txt").read_text(encoding="utf-8")


def test_debris_goes_among_the_paragraphs_and_into_the_gold_as_boilerplate(corpus: Path, tmp_path: Path) -> None:
    out = LAYOUTS.relaid(corpus, tmp_path / "d", "debris")
    paragraphs = (out / "story" / "a1.txt").read_text(encoding="utf-8").split("\n\n")
    lines = LAYOUTS._debris_lines("story/a1")
    assert paragraphs[0] == TITLE and paragraphs[1] == lines["head"][0] and paragraphs[-1].strip() == lines["tail"][0]
    assert all(line in paragraphs for line in lines["body"]) and len(set(lines["body"])) == 2
    assert [p for p in paragraphs if p.strip() in BODY] == BODY  # the article's own order kept
    gold = LAYOUTS.regold({"articles": [{"id": "story/a1", "boilerplate": ["Menu"]}]}, "debris")
    assert gold["articles"][0]["boilerplate"] == ["Menu", *lines["head"], *lines["body"], *lines["tail"]]


def test_given_names_keep_the_sex_the_list_gives_and_leave_surnames_alone() -> None:
    gold = {"articles": [{"id": "a1", "quotes": [
        {"text": "We wait", "speaker": "Ines Varga"}, {"text": "We go", "speaker": "Tomas Grant"},
        {"text": "Not now", "speaker": "Grant"}, {"text": "Later", "speaker": "Harbour Board"}]}]}
    respell = LAYOUTS.respeller("given-names", gold)
    she, he = LAYOUTS.NEW_GIVEN_NAMES["f"][0], LAYOUTS.NEW_GIVEN_NAMES["m"][0]
    assert respell("Ines Varga met Tomas Grant; INES spoke. Tomas won't go.") == (
        f"{she} Varga met {he} Grant; {she.upper()} spoke. {he} won't go.")
    # a given name that is also a credited surname ("Grant") stays, and "Don't" is no "Don"
    gold["articles"][0]["quotes"].append({"text": "Yes", "speaker": "Grant Lind"})
    assert "Grant Lind" in LAYOUTS.respeller("given-names", gold)("Grant Lind agreed.")
    assert LAYOUTS._replacing({"Don": he})("Don't wait, Don said.") == f"Don't wait, {he} said."


@pytest.mark.parametrize(("layout", "written"), [
    ("guillemets-spaced", "said: \u00ab\u00a0We wait,\u00a0\u00bb and left"),
    ("guillemets", "said: \u00abWe wait,\u00bb and left"),
    ("low-high", "said: \u201eWe wait,\u201c and left"),
])
def test_translated_marks_replace_the_outer_double_marks(layout: str, written: str) -> None:
    assert LAYOUTS.SPELLINGS[layout]('He said: "We wait," and left.') == f"He {written}."


@pytest.mark.parametrize(("written", "words"), [
    ("12 boats sank and 3 crew drowned.", "Twelve boats sank and three crew drowned."),
    ("On March 4, 45 people left; 1,400 stayed.", "On March 4, forty-five people left; 1,400 stayed."),
    ("Talks on April 24 and 25 at 10 am drew 2.5% of 60-70 delegates.",
     "Talks on April 24 and 25 at 10 am drew 2.5% of 60-70 delegates."),
    ("The G7 paid $40 for route No. 9 in 2031.", "The G7 paid $40 for route No. 9 in 2031."),
    ("25", "25"),  # a gold phrase of a number alone is a day its article names
])
def test_number_words_write_out_counts_only(written: str, words: str) -> None:
    assert LAYOUTS.SPELLINGS["number-words"](written) == words


def test_number_digits_write_counts_in_figures_but_one() -> None:
    assert (LAYOUTS.SPELLINGS["number-digits"]("Twelve boats and forty-five crew; one of them, Sixty.")
            == "12 boats and 45 crew; one of them, 60.")


def test_month_abbrev_shortens_a_month_before_its_day_only() -> None:
    assert (LAYOUTS.SPELLINGS["month-abbrev"]("On September 9 and in September; March 3 and August 12, 2031.")
            == "On Sept. 9 and in September; March 3 and Aug. 12, 2031.")


@pytest.mark.parametrize(("written", "other"), [
    ('"We wait," said Ana Ruiz. "Go," Ivo K. Lind said.', '"We wait," Ana Ruiz said. "Go," said Ivo K. Lind.'),
    # a pronoun keeps its order, and no name ends on a title's abbreviation
    ('"We wait," he said. "Go," said Rep. Ana Ruiz of Orlen.',
     '"We wait," he said. "Go," said Rep. Ana Ruiz of Orlen.'),
])
def test_said_order_swaps_a_named_credit(written: str, other: str) -> None:
    assert LAYOUTS.SPELLINGS["said-order"](written) == other


def test_speaker_first_leads_a_paragraph_with_its_credit() -> None:
    text = '"The pier is shut, for now," Ana Ruiz said.\n\n\u201cNo,\u201d she says. Then she left.\n'
    assert LAYOUTS.SPELLINGS["speaker-first"](text) == (
        'Ana Ruiz said: "The pier is shut, for now."\n\nShe says: \u201cNo.\u201d Then she left.\n')

"""Copies and independence groups on invented articles (a fictional flood in Veloria)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from groundwatch.records import Article, CleanArticle, Copy
from groundwatch.stages.dedupe import find_copies, independence_groups, reporting_units

SPEECH = ("We have never seen the river rise this fast, and we will not rest until every family in "
          "the lower town is safe and dry again")


def clean(aid: str, text: str, published: dt.date | None = None, outlet: str = "x") -> CleanArticle:
    art = Article(id=aid, source=f"{aid}.txt", body=text, format="txt", outlet=outlet, published=published)
    return CleanArticle(article=art, text=text, published=published)


# The wire's original report.
WIRE = (
    "MARROWGATE (Meridian Wire) - Floodwaters tore through the lower districts of Marrowgate on Tuesday, "
    "forcing hundreds of families onto rooftops.\n\n"
    "Rescue crews worked through the night to reach stranded villages along the Tessel river, where "
    "the water had cut the only road to the coast.\n\n"
    f'"{SPEECH}," Mayor Edda Lorn told reporters outside the town hall.\n\n'
    "Engineers said the dam upstream had been weakened by weeks of unusually heavy autumn rain."
)
# A re-run that rewrites lightly but keeps the wire's reporting sentences.
RERUN = (
    "Veloria floods: families stranded in Marrowgate\n\n"
    "Hundreds of families were forced onto rooftops in Marrowgate as floods hit the town.\n\n"
    "Rescue crews worked through the night to reach stranded villages along the Tessel river, where the "
    "floodwater had cut the only road to the coast.\n\n"
    "Engineers said the dam upstream had been weakened by weeks of unusually heavy rain this autumn."
)
# An independent report quoting the same speech in full, with its own reporting text.
SAME_SPEECH = (
    "The Harbour Post's correspondent in Marrowgate saw boats ferrying the elderly from flooded streets.\n\n"
    f'"{SPEECH}," Edda Lorn, the mayor, said as she toured a shelter set up in a school gym.\n\n'
    "Volunteers from neighbouring Tessel brought blankets, bottled water and dry clothes by tractor."
)
# Independent, and sharing only names and a title with the wire (coincidences every outlet makes).
NAMES_ONLY = (
    "Mayor Edda Lorn told reporters outside the town hall that help was coming. Velorian Interior "
    "Minister Anselm Karrow said troops would arrive at dawn. Shops in the old harbour stayed shut."
)


def test_copy_pair_found_and_directed() -> None:
    arts = [clean("wire", WIRE, dt.date(2031, 3, 4)), clean("rerun", RERUN, dt.date(2031, 3, 5)),
            clean("speech", SAME_SPEECH, dt.date(2031, 3, 5)), clean("names", NAMES_ONLY, dt.date(2031, 3, 4))]
    copies = find_copies(arts)
    assert [(c.a, c.b, c.directed) for c in copies] == [("wire", "rerun", True)]
    assert any("worked through the night to reach stranded villages" in p for p in copies[0].passages)
    assert 0.0 < copies[0].similarity <= 1.0


def test_direction_follows_dates_not_input_order() -> None:
    copies = find_copies([clean("zz-early", RERUN, dt.date(2031, 3, 1)), clean("aa-late", WIRE, dt.date(2031, 3, 2))])
    assert [(c.a, c.b, c.directed) for c in copies] == [("zz-early", "aa-late", True)]


@pytest.mark.parametrize("d1,d2", [(dt.date(2031, 3, 4), dt.date(2031, 3, 4)), (None, dt.date(2031, 3, 4)),
                                   (None, None)])
def test_same_day_or_undated_is_undirected(d1: dt.date | None, d2: dt.date | None) -> None:
    copies = find_copies([clean("b", RERUN, d2), clean("a", WIRE, d1)])
    assert [(c.a, c.b, c.directed) for c in copies] == [("a", "b", False)]


def test_same_speech_quoted_is_not_a_copy() -> None:
    assert find_copies([clean("wire", WIRE), clean("speech", SAME_SPEECH)]) == ()


def test_shared_names_and_titles_are_not_a_copy() -> None:
    assert find_copies([clean("wire", WIRE), clean("names", NAMES_ONLY)]) == ()


def test_wire_reporting_sentence_around_a_shared_quote_is_a_copy() -> None:
    # Two outlets carry the same long attribution sentence around the same quotation.
    lead = "Velorian Interior Minister Anselm Karrow said in a televised address to the national assembly on"
    a = f'"{SPEECH}," {lead} Monday evening, according to a transcript. Shops stayed shut.'
    b = f'Flooding continued. "{SPEECH}," {lead} Monday evening.'
    copies = find_copies([clean("a", a), clean("b", b)])
    assert [(c.a, c.b) for c in copies] == [("a", "b")]


@pytest.mark.parametrize("text", ["", "   ", '"unbalanced quote with no end', "“", "'", "\x00\x00", "a. b. c."])
def test_odd_text_does_not_crash(text: str) -> None:
    assert find_copies([clean("a", text), clean("b", text), clean("c", WIRE)]) == ()
    assert isinstance(reporting_units(text), list)


def test_reporting_units_drop_quoted_words_and_keep_offsets() -> None:
    text = 'The minister said "the bridge is gone" and left. Officials called it the ‘worst flood’ in Baku’s memory.'
    words = [w for unit in reporting_units(text) for (w, _, _) in unit]
    assert "bridge" not in words and "worst" not in words
    assert "baku's" in words and "officials" in words
    for unit in reporting_units(text):
        for w, s, e in unit:
            assert text[s:e].lower().replace("’", "'") == w


def test_unbalanced_quote_masks_to_paragraph_end_only() -> None:
    words = [w for u in reporting_units('He said "the bridge is gone.\nRescuers reached the town.') for (w, _, _) in u]
    assert "bridge" not in words and "rescuers" in words


def test_us_and_u_s_spellings_compare_equal() -> None:
    a = [w for u in reporting_units("U.S. officials met U.N. envoys.") for (w, _, _) in u]
    assert a[:2] == ["us", "officials"] and "un" in a


def test_independence_groups_are_connected_components() -> None:
    copies = [Copy("a", "b", 0.5), Copy("c", "b", 0.3), Copy("x", "y", 0.9)]
    groups = independence_groups(["a", "b", "c", "d", "x"], copies)
    assert sorted(sorted(g) for g in groups) == [["a", "b", "c"], ["d"], ["x"]]


def test_independence_groups_without_copies() -> None:
    assert independence_groups(["a", "b"], []) == [frozenset({"a"}), frozenset({"b"})]
    assert independence_groups([], [Copy("a", "b", 1.0)]) == []


def test_dev_corpus_copies(dev_corpus) -> None:  # type: ignore[no-untyped-def]
    """The dev gold's copy pairs, found from raw text with the manifest's dates."""
    import json

    manifest = {m["file"]: m for m in json.loads((dev_corpus / "manifest.json").read_text())["articles"]}
    gold = json.loads((dev_corpus.parent / "karabakh-2023.gold.json").read_text())
    arts = [clean(p.stem, p.read_text(encoding="utf-8"), dt.date.fromisoformat(manifest[p.name]["published"]))
            for p in sorted(dev_corpus.glob("*.txt"))]
    found = {frozenset((c.a, c.b)) for c in find_copies(arts)}
    assert found == {frozenset((g["a"], g["b"])) for g in gold["copies"]}


# One stock clause (the wire's standing description of a militia leader) inside otherwise independent
# reporting: two versions of a story, not a copy.
STOCK = "the militia commander Arvo Stenlund, whose Northern Guard fighters have held the dam since spring"
STOCK_A = (f"Talks stalled on Monday between the river authority and {STOCK}, officials in Marrowgate said.\n\n"
           "Engineers warned that the spillway gates could fail within days if repairs did not begin.")
STOCK_B = (f"Aid convoys waited at the checkpoint for a second day as envoys pressed {STOCK} to open the road.\n\n"
           "Families in Tessel said they had run out of clean water and were boiling snow.")
# The same quotation with the same attribution, word for word: a whole reporting unit copied.
QUOTE = "The water will reach the lower town before nightfall, and nobody should wait for a second warning"
ATTRIB_A = (f'"{QUOTE}," the harbour master of Marrowgate, Odile Vasq, told a briefing in the flooded port.\n\n'
            "Ferries were moved upriver overnight.")
ATTRIB_B = ("Sandbags ran short in the old quarter by noon.\n\n"
            f'"{QUOTE}," the harbour master of Marrowgate, Odile Vasq, told a briefing in the flooded port.')
# One long reused run inside otherwise rewritten sentences.
RUN = ("the Sallow river rose by more than four metres in six hours after the upstream reservoir released "
       "water without warning")
LONG_A = f"Residents fled their homes on Thursday when {RUN}, the regional governor said."
LONG_B = f"Shops in the market square were swept away after {RUN}, according to a fire brigade spokesman."


@pytest.mark.issue(11)
def test_one_shared_stock_clause_is_not_a_copy() -> None:
    assert find_copies([clean("a", STOCK_A), clean("b", STOCK_B)]) == ()


@pytest.mark.issue(11)
def test_a_whole_copied_attribution_is_a_copy() -> None:
    copies = find_copies([clean("a", ATTRIB_A), clean("b", ATTRIB_B)])
    assert [(c.a, c.b) for c in copies] == [("a", "b")]
    assert "Odile Vasq, told a briefing in the flooded port" in copies[0].passages[0]


@pytest.mark.issue(11)
def test_one_long_reused_run_is_a_copy() -> None:
    copies = find_copies([clean("a", LONG_A), clean("b", LONG_B)])
    assert [(c.a, c.b) for c in copies] == [("a", "b")]


# Two stock clauses (a body's full name before its running count, the standard wording of a charge) shared by two
# independent follow-ups that are otherwise written apart: coincidence, not copying.
BODY_CLAUSE = "the Harbour Safety Council of Veloria said, and the number of families"
CHARGE_CLAUSE = "opened an inquiry into Tessel Waterworks on suspicion of gross negligence"
TWO_STOCK_A = (f"Floodwater receded from the lower districts on Friday, {BODY_CLAUSE} in shelters fell below 300.\n\n"
               f"Prosecutors in Marrowgate have {CHARGE_CLAUSE}, a court clerk confirmed.\n\n"
               "Shopkeepers began shovelling mud out of the market hall as the first buses returned.")
TWO_STOCK_B = (f"Schools reopened in three villages on Monday, {BODY_CLAUSE} still without power was falling fast.\n\n"
               f"Last week the regional prosecutor {CHARGE_CLAUSE} over the spillway gates.\n\n"
               "The mayor, Edda Lorn, is expected to visit the dam with engineers from the capital.")


@pytest.mark.issue(10)
def test_two_shared_stock_clauses_are_not_a_copy() -> None:
    assert find_copies([clean("a", TWO_STOCK_A), clean("b", TWO_STOCK_B)]) == ()


# Three short ones (a heading naming the place, a body's full name, a convoy turned back) shared by a live page and
# a report written apart: still coincidence, each side's own sentences around them.
HEAD_CLAUSE = "Fire at the Ossery Grain Depot in Port Varrick"
COUNCIL_CLAUSE = "The Harbour Safety Council of the port has"
CONVOY_CLAUSE = "A convoy of nine relief lorries was turned back at the Mellin bridge on"
THREE_STOCK_A = (f"Live: {HEAD_CLAUSE} as crews fight the flames\n\n"
                 "Smoke still hung over the quay at dawn as crews cooled the silos.\n\n"
                 f"{COUNCIL_CLAUSE} asked residents of the lower town to keep their windows shut for a second day.\n\n"
                 f"{CONVOY_CLAUSE} Tuesday, drivers told reporters at the roadside.")
THREE_STOCK_B = (f"Report: {HEAD_CLAUSE}, what the workers saw\n\nSix dockers described the first explosion to us.\n\n"
                 f"{COUNCIL_CLAUSE} not answered our letter about the alarms that failed that night.\n\n"
                 f"{CONVOY_CLAUSE} Wednesday morning, according to two of the drivers we met later.")


def test_three_short_shared_clauses_are_not_a_copy() -> None:
    assert find_copies([clean("a", THREE_STOCK_A), clean("b", THREE_STOCK_B)]) == ()


@pytest.mark.issue(11)
def test_a_date_borrowed_from_the_story_does_not_direct_a_copy() -> None:
    late = clean("rerun", RERUN, dt.date(2031, 3, 9))
    borrowed = replace(late, published_origin="story")
    assert find_copies([clean("wire", WIRE, dt.date(2031, 3, 4)), late])[0].directed
    assert not find_copies([clean("wire", WIRE, dt.date(2031, 3, 4)), borrowed])[0].directed


def test_a_sketch_on_the_shared_permutations_is_the_sketch_of_a_fresh_minhash() -> None:
    # _minhash reuses one draw of the seed's permutations; a fresh MinHash(seed=1) per unit drew the same.
    from datasketch import MinHash

    from groundwatch.stages import dedupe

    words = ["rescue", "crews", "worked", "through", "the", "night", "to", "reach", "stranded", "villages",
             "along", "the", "tessel"]
    fresh = MinHash(num_perm=dedupe.LSH_NUM_PERM, seed=1)
    fresh.update_batch([" ".join(words[i:i + dedupe.LSH_SHINGLE]).encode("utf-8")
                        for i in range(len(words) - dedupe.LSH_SHINGLE + 1)])
    assert (dedupe._minhash(words).hashvalues == fresh.hashvalues).all()


def test_passages_given_the_shingles_are_the_passages_computed_alone() -> None:
    from groundwatch.stages import dedupe

    a, b = dedupe._tokens(WIRE), dedupe._tokens(RERUN)
    grams = (dedupe._shingles(a, dedupe.CONFIRM_SHINGLE), dedupe._shingles(b, dedupe.CONFIRM_SHINGLE))
    assert dedupe._passages(a, b, WIRE, grams) == dedupe._passages(a, b, WIRE)
    assert dedupe._passages(a, b, WIRE)  # the rerun repeats the wire's reporting sentences


# A war's stock background, which every outlet re-uses; the wire files it under its own heading.
STOCK_BACKGROUND = ("The uprising in the Tessel hills, which began in 2027, has killed more than 4,000 people and "
                    "driven some 600,000 from their homes, by the relief council's estimates. Under the truce signed "
                    "in Marrowgate both sides were to pull their mortars back 20 km from the river and let up to 30 "
                    "grain barges a day through the Orlen lock.")
WIRE_WITH_BACKGROUND = (
    "MARROWGATE (Meridian Wire) - Mortar fire hit the ferry landing at Orlen on Monday, sinking two boats "
    "and wounding a dozen porters, the harbour master said.\n\n"
    "Militia commanders and the army each blamed the other for the first shots since the truce.\n\n"
    f"{{heading}}\n\n{STOCK_BACKGROUND}"
)
# An analysis with reporting of its own, which repeats the background in its middle.
ANALYSIS = (
    "Three weeks into the truce, the ferry landing at Orlen shows how little the monitors can see. "
    f"{STOCK_BACKGROUND} Neither side has let the monitors onto the hills above the lock.\n\n"
    "Grain traders in Marrowgate say prices have doubled since the barges stopped."
)


@pytest.mark.issue(10)
@pytest.mark.parametrize("heading", ["BACKGROUND", "Background:", "Context", "Some background"])
def test_sharing_only_the_wires_background_section_is_not_a_copy(heading: str) -> None:
    wire = WIRE_WITH_BACKGROUND.format(heading=heading)
    assert find_copies([clean("wire", wire), clean("analysis", ANALYSIS)]) == ()


@pytest.mark.issue(10)
def test_the_same_background_without_its_heading_is_still_a_copy() -> None:
    # Unlabelled, the shared sentences are reporting text like any other (two long runs on both sides).
    wire = WIRE_WITH_BACKGROUND.format(heading="")
    copies = find_copies([clean("wire", wire), clean("analysis", ANALYSIS)])
    assert [(c.a, c.b) for c in copies] == [("analysis", "wire")]


@pytest.mark.issue(10)
def test_a_copy_of_the_reporting_above_the_background_is_still_a_copy() -> None:
    wire = WIRE_WITH_BACKGROUND.format(heading="BACKGROUND")
    rerun = ("Orlen ferry landing shelled\n\nMortar fire hit the ferry landing at Orlen on Monday, sinking two boats "
             "and wounding a dozen porters, the harbour master said. Militia commanders and the army each blamed the "
             f"other for the first shots since the truce.\n\nBACKGROUND\n\n{STOCK_BACKGROUND}")
    assert [(c.a, c.b) for c in find_copies([clean("wire", wire), clean("rerun", rerun)])] == [("rerun", "wire")]


@pytest.mark.issue(10)
def test_a_background_section_ends_at_the_next_heading() -> None:
    from groundwatch.stages.dedupe import _background_spans

    text = "Lead paragraph of the news.\n\nBackground\n\nThe war began in 2027.\n\nWhat happens next\n\nTalks resume."
    (start, end), = _background_spans(text)
    assert text[start:end].strip() == "The war began in 2027."
    assert _background_spans("The background of the talks was tense.\nContext matters here.") == ()

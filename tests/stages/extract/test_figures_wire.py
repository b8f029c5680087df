"""Figures: crisis-wire shapes the blind batch 60 of the stress set missed (session 32), in new invented sentences.

Every sentence is invented for this test (the towns of Vostrel, Pannock and Haldy, the Kestavin valley; no eval
text, no stress or corpus sentence). Each table holds one class, with controls:
- a tally's bracketed value with a time stamp ("(38 as of Sunday night)"): the tally's value (figures_asides);
- "something like N" and "put the toll as high as N": a hedge and a bound the parser makes the subject or hangs on
  the setter (figures_govern, figures_numbers);
- a headline's last number, read as punctuation on the main verb ("as toll tops 300"): the verb's object;
- a reporting verb's passive that hands its subject to an active infinitive ("are thought to have lost their
  homes"): the infinitive's subject kind;
- a counted event noun in a list ("1,130 injuries and 58 persons missing"): itself, not the next item's participle;
- "driven N abroad": displaced; people sleeping "in the open" or "on the streets": displaced.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _figs(nlp: Any, sentence: str) -> list[tuple[str, float | None, float | None, str]]:
    figs = extract_figures(nlp(sentence), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value if f.value is not None else f.low, f.high, f.qualifier) for f in figs]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The number of people killed (38 as of Sunday night) will rise, the governor warned.",
     [("killed", 38, None, "exact")]),
    ("The toll (61 at last count) is likely to climb as crews reach Haldy.", [("killed", 61, None, "exact")]),
    ("The number of missing (14 as of this morning) could still fall.", [("missing", 14, None, "exact")]),
    # controls: a bracket that gives a place or a part, not a time, is no stamp
    ("The number of people killed (38 in Vostrel) will rise.", []),
])
def test_stamped_tally_aside(nlp: Any, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert _figs(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Something like 500 people were killed in the raid on Pannock.", [("killed", 500, None, "approx")]),
    ("A relief worker said something like 3,000 residents had fled Vostrel.", [("displaced", 3000, None, "approx")]),
    ("Local reports put the toll as high as 240.", [("killed", 240, None, "at_most")]),
    ("Hospital staff put the death toll as high as 70.", [("killed", 70, None, "at_most")]),
    # controls: a hedge or a height with no people in it
    ("Something like 40 kilometres of road were washed out.", []),
    ("Waves as high as 12 metres hit the Pannock sea wall.", []),
])
def test_hedges_and_high_bounds(nlp: Any, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert _figs(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kestavin valley: crews dig through mud as toll passes 140", [("killed", 140, None, "more_than")]),
    ("Families wait in the rain as the death toll climbs to 88", [("killed", 88, None, "exact")]),
    # control: a number after a verb that counts nothing
    ("Markets reopen in Haldy as prices rise 3", []),
])
def test_headline_last_number(nlp: Any, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert _figs(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Some 450 households are believed to have lost their homes in Haldy.", [("displaced", 450, None, "approx")]),
    ("Between 60 and 80 villagers are thought to have fled into the hills.", [("displaced", 60, 80, "approx")]),
    # control: the infinitive's subject did something that counts nobody
    ("About 200 volunteers are thought to have joined the clean-up.", []),
])
def test_hearsay_infinitive(nlp: Any, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert _figs(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("By noon the health office had logged 19 deaths, 260 injuries and 7 people unaccounted for.",
     [("killed", 19, None, "exact"), ("injured", 260, None, "exact"), ("missing", 7, None, "exact")]),
    ("The agency counted 31 fatalities, 94 injuries and 12 persons missing in Vostrel.",
     [("killed", 31, None, "exact"), ("injured", 94, None, "exact"), ("missing", 12, None, "exact")]),
])
def test_counted_event_noun_in_a_list(nlp: Any, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert sorted(_figs(nlp, sentence)) == sorted(expected)


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Years of drought have driven 2 million herders abroad.", [("displaced", 2000000, None, "exact")]),
    ("Nearly 900 people in Pannock slept in the open after the tremor.", [("displaced", 900, None, "approx")]),
    ("About 150 families are sleeping on the streets of Vostrel.", [("displaced", 150, None, "approx")]),
    # controls: troops sent abroad are forces, people in the open are nobody's count without a verb of staying
    ("The ministry has sent 400 engineers abroad.", []),
    ("About 30 people were in the open when the wall fell.", []),
])
def test_driven_abroad_and_open_air(nlp: Any, sentence: str, expected: list[tuple[Any, ...]]) -> None:
    assert _figs(nlp, sentence) == expected

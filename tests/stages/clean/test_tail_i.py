"""Cleaning shapes the blind run of the invented corpus_i missed (tests/fixtures/corpus_i.README.md), as families:
a wire agency's credit printed bare after the last paragraph's full stop ("... its fleet. KNA") is trimmed and the
sentence kept; a series' teaser row ("Also in this series: ...") is a link to another story. Invented sentences
about invented places (Storm Pell, the Vellin coast)."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.features_provenance import split_bare_credit
from groundwatch.stages.readers.html import extract_html

HEADLINE = "Storm Pell batters Vellin coast"
PARAS = ("Storm Pell struck the coast of Vellin on Tuesday night, flattening houses in three fishing villages, "
         "officials said.",
         "Some 12,000 people spent the night in shelters, and the army sent trucks of water to the worst-hit towns "
         "on Wednesday.")
LAST = "The ferry company said it was checking its fleet."


def _clean(*lines: str) -> str:
    return clean(Article(id="p", source="test", body="\n\n".join(lines), format="txt")).text


@pytest.mark.issue(10)
@pytest.mark.parametrize("tail", [
    (f"{LAST} KNA",),
    (f"{LAST} KNA", "Advertisement", "Most popular", "1 Council approves new tram line", "2 Recipe: onion tart"),
    (f"{LAST} (KNA)",),
    (f"{LAST} (Agency)",),
])
def test_a_closing_agency_credit_is_trimmed_and_its_sentence_kept(tail: tuple[str, ...]) -> None:
    text = _clean(HEADLINE, *PARAS, *tail)
    assert LAST in text
    assert "KNA" not in text and "Agency" not in text


@pytest.mark.parametrize(("line", "expected"), [
    ("The ferry company said it was checking its fleet. KNA", ("The ferry company said it was checking its fleet.",
                                                             "(KNA)")),
    ('"We will rebuild," the mayor said. TPA', ('"We will rebuild," the mayor said.', "(TPA)")),
    ("Who leads the relief effort on the coast? KNA", None),  # a question and its answer, not a credit
    ("The fleet was built in Vellin Co. KNA", None),  # an abbreviation's stop, not a sentence's
    ("The ferries were bought from the U.S. KNA", None),
    ("Vellin, 2019. KNA", None),  # too few words for a sentence
    ("The pageant crowned the new queen, Orla the Second. II", None),  # a numeral closes no credit
    ("The ferry company said it was checking its fleet. Kna", None),
])
def test_split_bare_credit(line: str, expected: tuple[str, str] | None) -> None:
    assert split_bare_credit(line) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize("teaser", [
    'Also in this series: "We waited three days": a fisherman on the last storm',
    "More in this series: Why the Vellin sea wall failed",
    "Elsewhere in this section: Vellin ferry service suspended",
    "Previously in this series: the harbour master who stayed",
])
def test_a_series_teaser_is_dropped(teaser: str) -> None:
    text = _clean(HEADLINE, *PARAS, LAST, teaser)
    assert teaser not in text and LAST in text


@pytest.mark.parametrize("line", [
    "Also in this series of talks, the envoy met the harbour master of Vellin.",
    "More in the section of the coast road was washed away on Thursday, officials said.",
])
def test_story_sentences_about_a_series_are_kept(line: str) -> None:
    assert line in _clean(HEADLINE, *PARAS, line)


@pytest.mark.issue(10)
def test_an_html_page_trims_the_credit_and_drops_the_teaser() -> None:
    """An extractor's blocks get the same two rules (only the hard debris rules apply to HTML bodies)."""
    teaser = 'Also in this series: "We waited three days": a fisherman on the last storm'
    paras = "".join(f"<p>{p}</p>" for p in (*PARAS, f"{LAST} KNA", teaser))
    found = extract_html(f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{paras}"
                         "</article></body></html>")
    text = clean(Article(id="h", source="test", body=found.body, format="html", title=found.title)).text
    assert LAST in text and "KNA" not in text and "fisherman" not in text

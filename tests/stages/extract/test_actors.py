"""Actors: people with role and affiliation, organisations, countries."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from groundwatch.records import Actor
from groundwatch.stages.extract.actors import extract_actors, normalise_org
from groundwatch.stages.extract.registry import ExtractionContext, registered


def _actors(nlp, text: str) -> Sequence[Actor]:  # type: ignore[no-untyped-def]
    return extract_actors(nlp(text), ExtractionContext("t", None), {})


def _person(actors: Sequence[Actor], written: str) -> Actor:
    hits = [a for a in actors if a.kind == "person" and a.text == written]
    assert hits, f"{written!r} not among {[(a.kind, a.text) for a in actors]}"
    return hits[0]


def test_registered() -> None:
    ext = registered()["actors.v1"]
    assert ext.produces == "actors"
    assert "places.v1" in ext.requires


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the UN", "United Nations"),
        ("UN", "United Nations"),
        ("United Nations", "United Nations"),
        ("the United Nations", "United Nations"),
        ("UN Security Council", "United Nations Security Council"),
        ("the Security Council", "United Nations Security Council"),
        ("UNHCR", "UNHCR"),
        ("the Red Cross", "International Committee of the Red Cross"),
        ("Doctors Without Borders", "Doctors Without Borders"),
        ("the Harbour Post's", "Harbour Post"),
    ],
)
def test_normalise_org(text: str, name: str) -> None:
    assert normalise_org(text) == name


@pytest.mark.parametrize(
    ("sentence", "written", "role", "affiliation"),
    [
        ("Russian Foreign Minister Pavel Odintsev arrived in Ankara on Monday.",
         "Pavel Odintsev", "Foreign Minister", "Russia"),
        ("Kenyan President William Ruto called for calm in Nairobi.",
         "William Ruto", "President", "Kenya"),
        ("Ukraine's defence minister Rustem Umerov visited the front.",
         "Rustem Umerov", "defence minister", "Ukraine"),
        ("Yakov Dernov, the Kremlin spokesman, declined to comment.",
         "Yakov Dernov", "spokesman", "Kremlin"),
        ("Tamsin Orrel, a spokeswoman for UNICEF, said the camps were full.",
         "Tamsin Orrel", "spokeswoman", "UNICEF"),
    ],
)
def test_role_and_affiliation(nlp, sentence: str, written: str, role: str, affiliation: str) -> None:  # type: ignore[no-untyped-def]
    actor = _person(_actors(nlp, sentence), written)
    assert (actor.role, actor.affiliation) == (role, affiliation)
    assert sentence[actor.span.start:actor.span.end] == actor.text


def test_surname_linked_to_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Pakistani Prime Minister Shehbaz Sharif toured the flooded districts on Sunday. "
            "Later, Sharif said the government would need help.")
    actors = _actors(nlp, text)
    later = [a for a in actors if a.kind == "person" and a.text == "Sharif"]
    assert later and later[0].name == "Shehbaz Sharif"
    assert later[0].role == "Prime Minister"


@pytest.mark.parametrize(
    ("sentence", "written", "name"),
    [
        ("Azeri troops advanced on Tuesday.", "Azeri", "Azerbaijan"),
        ("Malian civilians crossed into Niger.", "Malian", "Mali"),
        ("The United States said it was alarmed.", "United States", "United States"),
        ("Moscow said the talks had failed.", "Moscow", "Russia"),
    ],
)
def test_country_actors(nlp, sentence: str, written: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(nlp, sentence)
    assert any(a.kind == "country" and a.text.endswith(written) and a.name == name for a in actors), actors


def test_capital_as_location_is_not_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(nlp, "Delegates met in Moscow on Friday.")
    assert not any(a.kind == "country" and a.text == "Moscow" for a in actors)


def test_organisations_normalised(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(nlp, "The UN and the World Food Programme appealed for funds for Gaza.")
    orgs = {a.name for a in actors if a.kind == "organisation"}
    assert "United Nations" in orgs
    assert "World Food Programme" in orgs


def test_junk_filtered(nlp) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(nlp, "Azerbaijan said on Monday that the State had responded.")
    assert not any(a.kind == "person" and a.name in ("Azerbaijan", "State") for a in actors)
    assert not any(a.kind == "organisation" and a.name == "State" for a in actors)


@pytest.mark.parametrize("text", ["", "  ", "“", "Mr. said.", "\n\nJoin us\n"])
def test_odd_text_does_not_raise(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(_actors(nlp, text), tuple)


@pytest.mark.xfail(strict=True, reason="roles stated in a relative clause are not read yet")
def test_role_from_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _person(_actors(nlp, "Ana Brel, who heads the Veloria Red Cross, said so."), "Ana Brel")
    assert actor.role == "head"


def test_dev_corpus_actors(nlp, dev_corpus: Path) -> None:  # type: ignore[no-untyped-def]
    for f in sorted(dev_corpus.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        actors = _actors(nlp, text)
        kinds = {a.kind for a in actors}
        assert {"person", "country"} <= kinds, f.name
        for a in actors:
            assert a.kind in ("person", "organisation", "country")
            assert a.name and text[a.span.start:a.span.end] == a.text
            if a.kind == "person" and len(a.name.split()) >= 2:
                # A surname-only mention always links to a full name that occurs in the article.
                assert a.name in " ".join(text.split())

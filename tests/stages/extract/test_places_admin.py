"""Admin areas: a town's province and district names, provinces as places, and the resolution rules
(a province is not its capital city; the local town beats a famous namesake abroad). Sentences are
invented."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from groundwatch.records import Place
from groundwatch.stages.extract.gazetteer import lookup_admin, lookup_place
from groundwatch.stages.extract.gazetteer_admin import area_keys, strip_kind_word
from groundwatch.stages.extract.places import extract_places
from groundwatch.stages.extract.registry import ExtractionContext


def _places(nlp, text: str) -> Sequence[Place]:  # type: ignore[no-untyped-def]
    return extract_places(nlp(text), ExtractionContext("t", None), {})


def _find(places: Sequence[Place], written: str) -> Place:
    hits = [p for p in places if written in p.text]
    assert hits, f"{written!r} not among {[p.text for p in places]}"
    return hits[0]


def test_strip_kind_word() -> None:
    assert strip_kind_word("Odesa Oblast") == ("Odesa", "oblast")
    assert strip_kind_word("Sakarya province") == ("Sakarya", "province")
    assert strip_kind_word("Province") == ("Province", None)  # the kind word alone is no name
    assert strip_kind_word("Gaza City") == ("Gaza City", None)  # "city" is part of town names


def test_area_keys_drop_kind_word_and_article() -> None:
    from groundwatch.stages.extract.gazetteer import fold

    assert {"al anbar", "anbar"} <= area_keys("Al-Anbar", fold)
    assert "sakarya" in area_keys("Sakarya Province", fold)


@pytest.mark.parametrize(
    ("name", "context", "country", "admin1"),
    [
        ("Gulu", {"UG": 3}, "UG", "Northern Region"),
        ("Naivasha", {"KE": 3}, "KE", "Nakuru"),
        ("Odesa", {"UA": 3}, "UA", "Odessa"),  # GeoNames spells the oblast "Odessa"
        ("Malindi", {"KE": 3}, "KE", "Kilifi"),
    ],
)
def test_towns_carry_their_province(name: str, context: dict[str, float], country: str, admin1: str) -> None:
    e = lookup_place(name, None, context)
    assert e is not None and e.feature == "city" and e.country == country
    assert e.admin1 == admin1


def test_town_carries_its_district_where_the_data_has_it() -> None:
    e = lookup_place("Tororo", None, {"UG": 2})
    assert e is not None and e.admin2 is not None and "Tororo" in e.admin2


def test_province_is_not_its_capital() -> None:
    # "Sakarya" is an alternate name of Adapazari, the province's capital: in a Turkish story it is the province.
    e = lookup_place("Sakarya", None, {"TR": 4, "GR": 2})
    assert e is not None and e.feature == "admin" and e.precision == 3 and e.admin1 == "Sakarya"
    assert e.lat is not None and 40.4 < e.lat < 41.2


def test_province_needs_its_country_in_play() -> None:
    # Admin names repeat across countries: with no context or qualifier no province is guessed.
    assert lookup_admin("sakarya", None, {}) is None
    assert lookup_admin("sakarya", "TR", {}) is not None


def test_local_town_beats_famous_namesake() -> None:
    # A Canadian story: Victoria is British Columbia's capital, not the Seychelles' or Hong Kong's.
    e = lookup_place("Victoria", None, {"CA": 5})
    assert e is not None and e.country == "CA" and e.admin1 == "British Columbia"
    # An Egyptian story: Alexandria on the Nile delta, not the US towns.
    e = lookup_place("Alexandria", None, {"EG": 5, "US": 1})
    assert e is not None and e.country == "EG"


def test_country_is_a_country_not_its_capital() -> None:
    e = lookup_place("Mexico", None, {"MX": 3})
    assert e is not None and e.feature == "country" and e.admin1 is None


def test_region_word_makes_the_mention_a_province(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Shelling cut power across the Chernihiv region on Sunday, Ukrainian officials said."
    p = _find(_places(nlp, text), "Chernihiv")
    assert p.feature == "admin" and p.precision == 3 and p.admin1 == "Chernihiv" and p.country == "UA"


def test_province_written_out(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aid convoys reached Sakarya province in Turkey late on Tuesday."
    p = _find(_places(nlp, text), "Sakarya")
    assert p.feature == "admin" and p.admin1 == "Sakarya" and p.country == "TR"


def test_town_mention_keeps_town_precision_and_gets_admin(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Floods cut the road to Gulu in Uganda, and more rain is forecast for Uganda this week."
    p = _find(_places(nlp, text), "Gulu")
    assert p.feature == "city" and p.precision == 1 and p.admin1 == "Northern Region"
    assert p.to_dict()["admin1"] == "Northern Region"


def test_curated_region_that_is_a_province_gets_its_admin1() -> None:
    e = lookup_place("Crimea", None, {"UA": 3})
    assert e is not None and e.country == "UA" and e.admin1 == "Crimea"


def test_town_written_with_city_is_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Boats ferried residents out of flooded streets in Odesa city, Ukraine, on Thursday."
    p = _find(_places(nlp, text), "Odesa")
    assert p.feature == "city" and p.precision == 1 and p.admin1 == "Odessa"


def test_the_admin_index_read_from_the_cache_is_the_one_built(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from groundwatch import caching
    from groundwatch.stages.extract import gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer._admin_index.cache_clear()
    try:
        built = gazetteer._admin_index("AM")
        assert len(list(caching.cache_dir().glob("admin-index-AM-*.pickle"))) == 1
        gazetteer._admin_index.cache_clear()
        read = gazetteer._admin_index("AM")
        assert read is not built and read == built and read.areas and read.town_admin
        # an area found under several keys is one object, as in the built index
        def objects(index: gazetteer.AdminIndex) -> int:
            return len({id(a) for found in index.areas.values() for a in found})

        assert objects(read) == objects(built) < sum(len(found) for found in built.areas.values())
    finally:
        gazetteer._admin_index.cache_clear()

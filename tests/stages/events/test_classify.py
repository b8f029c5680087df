"""The event-type classifier: taxonomy, cue lexicon, snippet file reading, and accuracy on invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.errors import InputError
from groundwatch.stages.events.classify import cue_hits, read_snippets
from groundwatch.stages.events.types import event_types

#: Sentences written for this test (none is in the training file), one or two per family of types.
INVENTED = [
    ("Fighter jets struck an ammunition depot outside Harrowgate overnight, the monitoring office said.", "AIR_STRIKE"),
    ("A bomber detonated his explosive vest at the gate of the Pellar barracks, killing six recruits.",
     "SUIC_BOMB"),
    ("Mortar bombs landed on the eastern quarter of Quillon throughout Thursday.", "ART_MISS_ATTACK"),
    ("An IED buried under the road to Marrowby destroyed an armoured car.", "REM_EXPLOS"),
    ("Someone tossed a grenade into the courtyard of the Brinmoor police post.", "GRENADE"),
    ("Masked gunmen shot dead four farmers in their fields near Cask Hollow.", "ATTACK"),
    ("Armed men kidnapped the headmaster of the Orrin school and demanded a ransom.", "ABDUCT_DISSAP"),
    ("Nurses marched peacefully through Dunmere demanding back pay.", "PEACE_PROTEST"),
    ("Riot police fired tear gas to break up a student sit-in at Corvel university.", "PROTEST_WITH_INTER"),
    ("Protesters in Tamsk hurled stones at officers and set cars ablaze.", "VIOL_DEMONSTR"),
    ("The two factions signed a truce in Velmora after a week of talks.", "AGREEMENT"),
    ("Police in Ostrava Minor arrested the deputy governor on bribery-related charges.", "ARREST"),
    ("Engineers defused a bomb found under a bridge near Kettleby.", "DISR_WEAP"),
    ("A strong earthquake shook the coast of Arnholt, toppling houses.", "NATURAL_DISASTER"),
    ("A tanker truck crashed into a bus on the Lindqvist highway, killing eleven.", "MAN_MADE_DISASTER"),
    ("The foreign ministry of Estrania condemned the shelling and summoned the ambassador.", "DIPLO"),
    ("The Crimson Hand group claimed responsibility for the attack on the pipeline.", "ATTRIB"),
    ("Customs agents at the Pallas port seized a tonne of heroin hidden in rice sacks.", "ORG_CRIME"),
]
#: The share of INVENTED that must come out right: 16 of 18. Chosen below what the classifier does on
#: them (all right on the day it was written) so that a real regression fails, not one borderline case.
MIN_INVENTED_ACCURACY = 16 / 18


def test_taxonomy_has_the_thirty_types_with_acled_columns() -> None:
    types = event_types()
    assert len(types) == 30
    assert types["AIR_STRIKE"].event_type == "Explosions/Remote violence"
    assert types["AIR_STRIKE"].name == "Air/drone strike"
    assert types["PEACE_PROTEST"].disorder_type == "Demonstrations"
    assert all(t.plover for t in types.values())


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone hit the convoy.", "AIR_STRIKE"),
    ("The group claimed responsibility for the blast.", "ATTRIB"),
    ("Flooding swept away the bridge.", "NATURAL_DISASTER"),
    ("Police defused a device near the market.", "DISR_WEAP"),
])
def test_cue_lexicon_fires_on_its_type(text: str, expected: str) -> None:
    assert expected in cue_hits(text)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Soldiers opened up on the crowd, killing three protesters in Varn.", "FORCE_AGAINST_PROTEST", ""),
    ("Officers detained twelve activists outside the palace.", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"),
    ("Police scattered the march with pepper spray.", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"),
    ("Students hurled bricks at the gendarmes.", "VIOL_DEMONSTR", ""),
    ("The march turned into a riot by nightfall.", "VIOL_DEMONSTR", ""),
    ("Insurgents raided an army outpost near Kell at dawn.", "ARMED_CLASH", ""),
    ("The garrison fought off the assault.", "ARMED_CLASH", ""),
])
def test_acled_coding_rule_cues(text: str, expected: str, absent: str) -> None:
    """Who is violent, and whether anyone died, decides the protest and battle sub-types (ACLED's rules)."""
    hits = cue_hits(text)
    assert expected in hits
    assert not absent or absent not in hits


def test_cue_lexicon_stays_quiet_on_unrelated_text() -> None:
    assert cue_hits("The central bank left its interest rate unchanged on Wednesday.") == []


def test_read_snippets_takes_the_two_columns() -> None:
    rows = read_snippets("id\tEventSnippet\tSubType\n7\tA drone hit a car.\tAIR_STRIKE\n8\tRain fell.\t\n")
    assert rows == [("7", "A drone hit a car."), ("8", "Rain fell.")]


@pytest.mark.parametrize(("text", "message"), [
    ("identifier\tEventSnippet\n1\tx\n", "'id'"),
    ("id\tSnippet\n1\tx\n", "'EventSnippet'"),
    ("id\tEventSnippet\n1\tx\n1\ty\n", "repeats"),
    ("id\tEventSnippet\n\tx\n", "without an id"),
])
def test_read_snippets_refuses_malformed_files(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_snippets(text)


@pytest.mark.slow
def test_classifier_codes_invented_snippets() -> None:
    from groundwatch.stages.events.classify import classify

    predictions = classify([text for text, _ in INVENTED])
    wrong = [(text, p.code, want) for (text, want), p in zip(INVENTED, predictions, strict=True) if p.code != want]
    assert 1 - len(wrong) / len(INVENTED) >= MIN_INVENTED_ACCURACY, wrong
    assert all(0 < p.probability <= 1 for p in predictions)


@pytest.mark.slow
def test_predictions_are_the_logistic_model_over_the_features() -> None:
    import numpy as np

    from groundwatch.stages.events.classify import classifier

    model = classifier()
    texts = [text for text, _ in INVENTED]
    logits = model._features(texts) @ model._coef.T + model._intercept
    probabilities = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    picks = model._type_first(probabilities) if model.type_first else probabilities.argmax(axis=1)
    predictions = model.predict(texts)
    assert [p.code for p in predictions] == [model._classes[int(k)] for k in picks]
    assert [p.probability for p in predictions] == [round(float(row[k]), 4) for k, row in zip(picks, probabilities,
                                                                                            strict=True)]


def test_ngram_weights_are_unit_rows_with_rarer_words_weighing_more() -> None:
    from groundwatch.stages.events.classify import NgramWeights

    texts = ["Troops shelled the village of Orlen.", "Troops shelled the bridge.", "Rebels looted the market."]
    weights = NgramWeights.fit(texts)
    idf = dict(zip(weights.vocabulary, weights.idf, strict=True))
    assert "tear gas" not in idf and "troops shelled" in idf
    assert idf["looted"] > idf["troops"]
    rows = weights.transform(["Troops shelled Orlen again.", "Nothing known here."])
    assert abs(float((rows[0] ** 2).sum()) - 1.0) < 1e-9
    assert float(abs(rows[1]).sum()) == 0.0


@pytest.mark.slow
def test_fitted_weights_are_cached_and_give_the_same_predictions(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from groundwatch.caching import cache_dir
    from groundwatch.stages.events.classify import EventClassifier

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    texts = [text for text, _ in INVENTED[:4]]
    first = EventClassifier(use_shipped=False).fit()
    assert not first.loaded_from_cache and list(cache_dir().glob("event-classifier-*.npz"))
    second = EventClassifier(use_shipped=False).fit()
    assert second.loaded_from_cache
    assert first.predict(texts) == second.predict(texts)
    shipped = EventClassifier().fit()
    assert shipped.loaded_from_package and not shipped.loaded_from_cache
    assert [p.code for p in shipped.predict(texts)] == [p.code for p in first.predict(texts)]
    third = EventClassifier(ngram_weight=1.0).fit()  # other settings: another key, a fresh fit
    assert not third.loaded_from_package
    assert not third.loaded_from_cache
    assert len(list(cache_dir().glob("event-classifier-*.npz"))) == 1  # the older fit is pruned


def test_the_package_ships_a_fit_of_the_current_training_data_and_settings() -> None:
    from importlib import resources

    from groundwatch.stages.events.classify import SHIPPED_FIT, EventClassifier

    model = EventClassifier(use_cache=False)
    key = model._cache_key(model._pairs(()))
    assert model._load(resources.files("groundwatch").joinpath(SHIPPED_FIT), key), (
        "the shipped event classifier was fitted on other data or settings: run "
        "`python scripts/ship_event_classifier.py` and commit src/groundwatch/data/event_classifier.npz")
    assert len(model._classes) == len(set(model._classes)) > 1


def test_a_shipped_fit_under_another_key_is_not_read(tmp_path: Path) -> None:
    import numpy as np

    from groundwatch.stages.events.classify import EventClassifier

    path = tmp_path / "fit.npz"
    np.savez(path, key=np.asarray("another-key"), classes=np.asarray(["AIR_STRIKE"]), coef=np.zeros((1, 2)),
             intercept=np.zeros(1), descriptions=np.zeros((1, 2)), vocabulary=np.asarray(["x"]), idf=np.ones(1))
    model = EventClassifier(use_cache=False)
    assert not model._load(path, "this-key")
    assert model._load(path, "another-key") and model._classes == ("AIR_STRIKE",)


def test_type_first_picks_the_sub_type_within_the_likeliest_acled_type() -> None:
    import numpy as np

    from groundwatch.stages.events.classify import EventClassifier

    model = EventClassifier(use_cache=False)
    model._classes = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR", "AIR_STRIKE")
    probabilities = np.asarray([[0.25, 0.30, 0.40, 0.05],    # Protests 0.55 beats Riots 0.40
                                [0.05, 0.05, 0.20, 0.70]])   # the flat winner's type also wins
    assert list(model._type_first(probabilities)) == [1, 3]
    assert list(probabilities.argmax(axis=1)) == [2, 3]


def test_ngram_rows_are_those_of_a_new_vectorizer_per_call() -> None:
    """The vectorizer kept per vocabulary gives the rows a new one would, call after call."""
    import numpy as np

    from groundwatch.stages.events.classify import NgramWeights, _counter

    weights = NgramWeights.fit(["Militia fighters raided Pellor.", "Police dispersed marchers in Pellor.",
                                "Drones struck a depot near Quessa."])
    for texts in (["Fighters raided a depot."], ["Police dispersed fighters near Quessa.", "Calm day."]):
        counts = _counter(weights.vocabulary).transform(texts).astype(np.float64).tocsr()
        counts.data = 1.0 + np.log(counts.data)
        rows = np.asarray(counts.multiply(weights.idf).todense())
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        assert np.array_equal(weights.transform(texts), rows / np.where(norms > 0, norms, 1.0))

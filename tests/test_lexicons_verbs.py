"""Tests for the verbs of saying kept in one place (groundwatch/lexicons_verbs.py)."""

from __future__ import annotations

import pytest

from groundwatch import lexicons_verbs as lv

#: The words a narrower list holds that are no quote cue, each named in that list's comment.
_NOT_CUES = {
    "SCOPE_SAYING": {"know"},
    "PRESENT_REPORTING": {"show", "find", "date", "trace"},
    "TENSE_SAYING": {"be", "have"},
}


@pytest.mark.parametrize("name", [n for n in lv.__all__ if n not in ("SPEECH_VERBS", "REPORTING_CORE",
                                                                    "JUDGING_VERBS", "CHARACTERISING_AS")])
def test_every_list_is_the_core_and_speech(name: str) -> None:
    verbs = getattr(lv, name)
    assert verbs >= lv.REPORTING_CORE
    assert verbs - lv.SPEECH_VERBS == _NOT_CUES.get(name, set())


def test_core_is_speech() -> None:
    assert lv.REPORTING_CORE <= lv.SPEECH_VERBS
    assert all(v == v.strip().lower() and " " not in v for v in lv.SPEECH_VERBS)


def test_the_stages_read_these_lists() -> None:
    from groundwatch.stages.extract import quotes_verbs

    # quotes_verbs tests its cues against this very set, not a copy of it.
    assert quotes_verbs.SPEECH_VERBS is lv.SPEECH_VERBS


def test_judging_verbs_are_cues_without_the_core() -> None:
    # Verbs of judging a person, not of plain saying: inside the cues, none of the core.
    assert lv.JUDGING_VERBS and lv.JUDGING_VERBS <= lv.SPEECH_VERBS
    assert not lv.JUDGING_VERBS & lv.REPORTING_CORE


def test_characterising_verbs_are_no_cues() -> None:
    # Cues only for the words after their "as", which quotes_verbs.is_cue checks: none a cue or core.
    assert lv.CHARACTERISING_AS and not lv.CHARACTERISING_AS & lv.SPEECH_VERBS

"""dates.v1 on plans compared and deadlines (issue 10, session dates1): invented sentences only.

A plan's participle in an "as" clause ("went ahead as planned on Sunday") sets no future: the verb it
modifies dates the phrase. "go" governs a plan only as "going to" ("went on to win on Saturday" is
narrated). Adjectives of readiness ("ready to", "willing to") govern a plan. A bare month or day after "by"
in a clause of no tense, a day that names a deadline ("a Friday deadline") or a start ("effective
Monday"), lies ahead; after a past verb it keeps its past. A headline's bare "to" infinitive ("Monitors to
arrive on Thursday"), a present progressive of a planned move ("is flying there on Friday") and a passive
infinitive ("an appeal to be filed Monday") are ahead; a month before a noun of figures ("will release the
March trade figures") is the period they cover, gone by. A past perfect passive plan "for" a day, reported
under a past verb of saying ("said a hearing had been set for Friday"), is ahead. Every sentence and place
here is made up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.dates_deadlines import BY_IS_FUTURE
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2024, 5, 13)  # a Monday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="p", published=PUB)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


RESOLVED = [
    # "as planned": the head verb's tense, not the plan's future
    pytest.param("The Quellin march went ahead as planned on Sunday.", "Sunday", "2024-05-12",
                 id="as-planned-past-head"),
    pytest.param("Brask's militia took the fort as scheduled on Friday evening.", "Friday evening",
                 "2024-05-10", id="as-scheduled-past-head-daypart"),
    pytest.param("The Harrowgate ferry will sail as planned on Thursday.", "Thursday", "2024-05-16",
                 id="as-planned-future-head"),
    pytest.param("The Quellin vote is scheduled for Thursday.", "Thursday", "2024-05-16",
                 id="scheduled-main-verb-stays-ahead"),
    # "go": a plan only as "going to"
    pytest.param("The Harrowgate striker went on to score twice on Saturday.", "Saturday", "2024-05-11",
                 id="went-on-to-past"),
    pytest.param("The Quellin council is going to vote on Thursday.", "Thursday", "2024-05-16",
                 id="going-to-ahead"),
    # "by" a month: a deadline ahead unless the clause is past
    pytest.param("The levy is part of the town's effort to clear its debt by February.", "February", "2025-02",
                 id="by-month-deadline-on-noun-infinitive"),
    pytest.param("The Brask mill had cleared its debt by February.", "February", "2024-02",
                 id="by-month-pluperfect-past"),
    pytest.param("By February, the river at Quellin had risen a metre.", "February", "2024-02",
                 id="by-month-fronted-past"),
    # an adjective of readiness: its infinitive is still to happen; "able" reports what was done
    pytest.param("``We are ready to hand over the keys Friday,'' the Brask mayor said.", "Friday", "2024-05-17",
                 id="ready-to-ahead"),
    pytest.param("The Quellin mayor said he was willing to meet the strikers on Thursday.", "Thursday",
                 "2024-05-16", id="willing-to-ahead"),
    pytest.param("Divers were able to reach the Brask wreck on Thursday.", "Thursday", "2024-05-09",
                 id="able-to-past"),
    # a day that names a deadline: ahead unless its clause is past
    pytest.param("The Quellin council faces a Friday deadline to pass its budget.", "Friday", "2024-05-17",
                 id="deadline-present-ahead"),
    pytest.param("Friday's deadline looms for the Brask dockers.", "Friday", "2024-05-17",
                 id="possessive-deadline-ahead"),
    pytest.param("The Quellin council missed the Friday deadline.", "Friday", "2024-05-10",
                 id="deadline-missed-past"),
    pytest.param("The Brask union ended its ballot, with members posting votes before the Thursday deadline.",
                 "Thursday", "2024-05-09", id="deadline-under-a-participle-of-a-past"),
    # the day a rule starts: ahead unless a past verb says it has started
    pytest.param("The Quellin bridge toll, effective Thursday, is two crowns.", "Thursday", "2024-05-16",
                 id="effective-day-ahead"),
    pytest.param("Beginning Friday, the Brask ferry runs every hour.", "Friday", "2024-05-17",
                 id="beginning-day-present-ahead"),
    pytest.param("Beginning Friday, the Brask ferry ran every hour.", "Friday", "2024-05-10",
                 id="beginning-day-past-stays-past"),
    pytest.param("The Quellin harbour master resigned effective Friday.", "Friday", "2024-05-10",
                 id="effective-day-past"),
    # a present progressive of a planned move or meeting; a passive infinitive still to be done
    pytest.param("``I'm sailing to Brask on Thursday,'' the Quellin envoy said.", "Thursday", "2024-05-16",
                 id="futurate-progressive-ahead"),
    pytest.param("The Harrowgate choir is visiting Quellin on Friday.", "Friday", "2024-05-17",
                 id="futurate-visit-ahead"),
    pytest.param("Police are questioning the Brask driver over the crash on Friday.", "Friday", "2024-05-10",
                 id="other-progressive-keeps-its-past"),
    pytest.param("In a claim to be lodged Thursday, the Quellin growers will seek damages.", "Thursday",
                 "2024-05-16", id="passive-infinitive-ahead"),
    pytest.param("The Brask ferry captain was to have been heard Friday.", "Friday", "2024-05-10",
                 id="failed-plan-stays-past"),
    # a month before a noun of figures is the period they cover, gone by under a future verb
    pytest.param("The Quellin statistics office will release the March trade figures next week.", "March",
                 "2024-03", id="period-of-figures-past"),
    pytest.param("The Brask co-op will hold its December sales meeting in the town hall.", "December", "2024-12",
                 id="month-before-an-event-noun-ahead"),
    # headlinese: a noun phrase and a bare "to" infinitive is what is to come
    pytest.param("- Quellin monitors to arrive on Thursday", "Thursday", "2024-05-16", id="headline-to-ahead"),
    pytest.param("Brask mayor to resign on Friday, aides say", "Friday", "2024-05-17",
                 id="headline-to-with-attribution"),
    pytest.param("The Brask mayor's decision to resign on Friday stunned the council.", "Friday", "2024-05-10",
                 id="noun-infinitive-in-a-past-sentence"),
    pytest.param("Quellin envoys to meet on Thursday after clashes on Saturday", "Saturday", "2024-05-11",
                 id="headline-other-day-keeps-its-past"),
    # a past perfect passive plan "for" a day in backshifted speech: still ahead; narrated, gone by
    pytest.param("The Brask dockers' lawyer said a hearing had been set for Thursday.", "Thursday", "2024-05-16",
                 id="pluperfect-set-for-weekday-ahead"),
    pytest.param("Quellin officials said the council vote had been scheduled for Friday.", "Friday", "2024-05-17",
                 id="backshifted-scheduled-for-ahead"),
    pytest.param("The Quellin council vote had been scheduled for Friday until the mayor fell ill.", "Friday",
                 "2024-05-10", id="narrated-pluperfect-plan-stays-past"),
    pytest.param("The Brask clerk had said a hearing had been set for Thursday.", "Thursday", "2024-05-09",
                 id="backshift-under-had-said-stays-past"),
    pytest.param("The Brask dockers said the picket had been set up on Friday.", "Friday", "2024-05-10",
                 id="backshifted-set-up-on-day-stays-past"),
    # a day after a present verb of saying and before its complement's subject is the report's day
    pytest.param("The Quellin harbour master says on Friday the breakwater is at risk.", "Friday", "2024-05-10",
                 id="present-saying-day-before-complement-past"),
    pytest.param("Quellin pilots say on Thursday the channel is too shallow for barges.", "Thursday",
                 "2024-05-09", id="plural-present-saying-day-past"),
]


@pytest.mark.parametrize(("text", "phrase", "date"), RESOLVED)
def test_plans_and_deadlines(nlp: Any, text: str, phrase: str, date: str) -> None:
    got = _dates(nlp, text)
    assert got.get(phrase) == date, got


def test_by_deadline_is_on() -> None:
    assert BY_IS_FUTURE

"""Contradictions beyond death tolls and the stated-facts table, on invented articles (Veloria)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.records import Quote
from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)


def _figure_conflicts(items: list) -> list:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


def test_counts_of_things_on_one_day_contradict() -> None:
    items = [Builder("a", D, ["The agency said 4,000 families were now living in 172 camps across Veloria."]).item(),
             Builder("b", D, ["By Monday 165 camps had been set up for families who lost their homes."]).item()]
    (con,) = _figure_conflicts(items)
    assert {(c.article, c.value) for c in con.claims} == {("a", 172), ("b", 165)}
    assert con.about == "camp" and all(str(c.value) in c.sentence for c in con.claims)


def test_counts_of_things_on_other_days_or_equal_do_not() -> None:
    items = [Builder("a", D, ["Relief workers opened 40 shelters in the capital."]).item(),
             Builder("b", D + DAY, ["Relief workers had opened 52 shelters by Tuesday."]).item(),
             Builder("c", D + DAY, ["In all, 52 shelters were open on Tuesday."]).item()]
    assert _figure_conflicts(items) == []


def test_detained_counts_contradict_and_every_value_is_compared() -> None:
    items = [
        Builder("a", D, ["Police detained 30 protesters in Marrowgate.", "Later 12 of the protesters were freed."])
        .figure("detained 30 protesters", "detained", 30, who="protesters").item(),
        Builder("b", D, ["Police said 80 protesters were detained in Marrowgate."])
        .figure("80 protesters were detained", "detained", 80, who="protesters").item(),
        # Gives the other outlet's 30 beside a smaller part: agrees with "a" on 30.
        Builder("c", D, ["Of the 30 protesters detained, 4 were students."])
        .figure("30 protesters detained", "detained", 30, who="protesters")
        .figure("4 were students", "detained", 4, who="protesters").item(),
    ]
    (con,) = _figure_conflicts(items)
    assert {c.article for c in con.claims} == {"a", "b", "c"}
    assert 80 in {c.value for c in con.claims}
    assert _figure_conflicts(items[::2]) == []  # "a" and "c" share 30


def test_same_day_rising_tally_is_no_contradiction() -> None:
    items = [Builder("a", D, ["The floods have killed 40 people, officials said early on Monday."])
             .figure("killed 40 people", "killed", 40).item(),
             Builder("b", D, ["The toll from the floods reached 71 late on Monday."])
             .figure("reached 71", "killed", 71).item(),
             Builder("c", D + DAY, ["The toll from the floods stood at 102 on Tuesday."])
             .figure("stood at 102", "killed", 102).item()]
    pic = reconcile("s1", items, [])
    assert not [c for c in pic.contradictions if c.field == "figure"]
    assert pic.updates and {c.value for c in pic.updates[0].claims} == {40, 71, 102}


def test_vague_word_does_not_hide_a_rise() -> None:
    items = [Builder("a", D, ["Thousands of people were evacuated from Marrowgate.",
                              "Officials said more than 1,450 people had been evacuated."])
             .figure("Thousands of people were evacuated", "evacuated", None, "vague", low=2000, high=9999)
             .figure("more than 1,450 people had been evacuated", "evacuated", 1450, "more_than").item(),
             Builder("b", D + DAY, ["At least 4,000 people have been evacuated, officials said."])
             .figure("At least 4,000 people have been evacuated", "evacuated", 4000, "at_least").item()]
    (upd,) = reconcile("s1", items, []).updates
    assert {c.value for c in upd.claims} >= {1450, 4000}


def test_a_vague_count_keeps_its_words_not_a_value_in_an_update_chain() -> None:
    # invented: "dozens" is the range 24..99, and no outlet gave 24 (corpus_f's blind run)
    items = [Builder("a", D, ["Dozens of fishermen are missing after the storm off Tessel."])
             .figure("Dozens of fishermen", "missing", None, "vague", low=24, high=99).item(),
             Builder("b", D + DAY, ["The coastguard said 40 fishermen were missing off Tessel."])
             .figure("40 fishermen", "missing", 40).item(),
             Builder("c", D + 2 * DAY, ["The coastguard now says 55 fishermen are missing off Tessel."])
             .figure("55 fishermen", "missing", 55).item()]
    (upd,) = reconcile("s1", items, []).updates
    assert [c.value for c in upd.claims] == ["Dozens of fishermen", 40, 55]


def test_onset_dates_disagree_and_are_stated_facts() -> None:
    a = Builder("a", D + DAY, ["The first earthquake struck at 3:10am on Monday near the town of Tessel."])
    a.date("3:10am", "2031-03-10").date("Monday", "2031-03-10")
    b = Builder("b", D + DAY, ["Rescuers have counted 90 aftershocks since Sunday evening, when the region was "
                               "struck by a powerful earthquake."])
    b.date("Sunday evening", "2031-03-09")
    # Dates a later moment, not the onset.
    c = Builder("c", D + DAY, ["A man searched the ruins on March 11, 2031, the day after the earthquake struck."])
    c.date("March 11, 2031", "2031-03-11")
    pic = reconcile("s1", [a.item(), b.item(), c.item()], [])
    (when,) = [f for f in pic.stated_facts if f.name == "when the event happened"]
    assert when.disputed and {(x.article, x.value) for x in when.claims} == {("a", "2031-03-10"), ("b", "2031-03-09")}
    (tod,) = [f for f in pic.stated_facts if f.name == "time of day of the event"]
    assert {x.value for x in tod.claims} == {"3:10am", "evening"}  # as written
    assert any(c.field == "date" and {x.article for x in c.claims} == {"a", "b"} for c in pic.contradictions)
    assert pic.to_dict()["stated_facts"][0]["claims"][0]["sentence"]


def test_onset_dates_that_agree_are_not_disputed() -> None:
    a = Builder("a", D, ["A cyclone hit the coast of Veloria on Monday."]).date("Monday", "2031-03-10")
    b = Builder("b", D + DAY, ["Monday's cyclone flattened villages along the coast."]).date("Monday", "2031-03-10")
    c = Builder("c", D + DAY, ["The toll from a cyclone that hit the coast on Monday rose to 40."])
    c.date("Monday", "2031-03-10")
    pic = reconcile("s1", [a.item(), b.item(), c.item()], [])
    (when,) = [f for f in pic.stated_facts if f.name == "when the event happened"]
    assert not when.disputed and [x.article for x in when.claims] == ["a", "b", "c"]
    assert not [c for c in pic.contradictions if c.field == "date"]


def test_rising_toll_dates_are_no_date_contradiction() -> None:
    a = Builder("a", D + DAY, ["The death toll from the floods climbed to 50 on Tuesday, officials said."])
    a.date("Tuesday", "2031-03-11")
    b = Builder("b", D + 2 * DAY, ["The death toll from the floods climbed to 80 on Wednesday, officials said."])
    b.date("Wednesday", "2031-03-12")
    assert not [c for c in reconcile("s1", [a.item(), b.item()], []).contradictions if c.field == "date"]


def test_responsibility_claimed_and_denied_are_stated() -> None:
    a = Builder("a", D, ["The Tessel Front claimed responsibility for the bombing in Marrowgate."])
    b = Builder("b", D, ["The Tessel Front denied any involvement in the bombing."])
    pic = reconcile("s1", [a.item(), b.item()], [])
    (row,) = [f for f in pic.stated_facts if f.name == "responsibility"]
    assert {x.value for x in row.claims} == {"tessel front claimed", "tessel front denied"}


def test_caption_date_is_not_the_onset() -> None:
    a = Builder("a", D + DAY, ["The Tessel dam collapsed on Monday, flooding several villages."])
    a.date("Monday", "2031-03-10")
    b = Builder("b", D + 2 * DAY, ["Residents wade through a flooded street after the dam collapsed in Tessel, "
                                   "Veloria, March 12, 2031."])
    b.date("March 12, 2031", "2031-03-12")
    pic = reconcile("s1", [a.item(), b.item()], [])
    (when,) = [f for f in pic.stated_facts if f.name == "when the event happened"]
    assert [x.article for x in when.claims] == ["a"] and not when.disputed
    assert not [c for c in pic.contradictions if c.field == "date"]


def test_speaker_roles_are_stated_and_disputed_when_they_share_no_word() -> None:
    a = Builder("a", D, ['"We need tents," said Interior Minister Ilse Varnholt on Monday.'])
    a.quotes.append(Quote(text="We need tents", span=a.span("We need tents"), speaker="Ilse Varnholt",
                                  speaker_kind="person", speaker_role="Interior Minister"))
    b = Builder("b", D, ['"We need tents," said Prime Minister Ilse Varnholt.'])
    b.quotes.append(Quote(text="We need tents", span=b.span("We need tents"), speaker="Ilse Varnholt",
                                  speaker_kind="person", speaker_role="Prime Minister"))
    c = Builder("c", D, ['"We need tents," said Ilse Varnholt, the army chief.'])
    c.quotes.append(Quote(text="We need tents", span=c.span("We need tents"), speaker="Ilse Varnholt",
                                  speaker_kind="person", speaker_role="army chief"))
    shared_word = reconcile("s1", [a.item(), b.item()], [])
    (row,) = [f for f in shared_word.stated_facts if f.name == "role of Ilse Varnholt"]
    assert not row.disputed and {x.value for x in row.claims} == {"Interior Minister", "Prime Minister"}
    (row,) = [f for f in reconcile("s1", [a.item(), c.item()], []).stated_facts if f.name == "role of Ilse Varnholt"]
    assert row.disputed and row.field == "other"


def test_count_since_a_day_is_as_of_the_report_not_of_that_day() -> None:
    """ "At least 30 dead since the riots began on Monday", published on Wednesday, counts as of Wednesday:
    beside Monday's 12 it is a rise, not a same-day disagreement."""
    items = [Builder("a", D, ["Twelve people were killed in Marrowgate on Monday, the health ministry said."])
             .date("on Monday", "2031-03-10").figure("Twelve people were killed", "killed", 12).item(),
             Builder("b", D + 2 * DAY, ["At least 30 people have died since the riots in Marrowgate began on Monday, "
                                        "a monitoring group said."])
             .date("on Monday", "2031-03-10").figure("At least 30 people have died", "killed", 30, "at_least").item(),
             Builder("c", D + 2 * DAY, ["Since Monday, 30 people have died in the unrest, medics said."])
             .date("Monday", "2031-03-10").figure("30 people have died", "killed", 30).item()]
    pic = reconcile("s1", items, [])
    assert not [c for c in pic.contradictions if c.field == "figure"]
    (upd,) = pic.updates
    assert {(c.article, c.as_of) for c in upd.claims if c.value == 30} <= {("b", "2031-03-12"), ("c", "2031-03-12")}
    assert ("a", "2031-03-10") in {(c.article, c.as_of) for c in upd.claims}


def test_a_day_the_count_is_given_on_still_dates_it() -> None:
    """A day outside a "since" clause is the day the count is as of (here a lower count, reported later)."""
    items = [Builder("a", D, ["Twelve people were killed in Marrowgate on Monday."])
             .date("on Monday", "2031-03-10").figure("Twelve people were killed", "killed", 12).item(),
             Builder("b", D + 2 * DAY, ["The ministry said on Monday that eight people had been killed in Marrowgate."])
             .date("on Monday", "2031-03-10").figure("eight people had been killed", "killed", 8).item()]
    (con,) = _figure_conflicts(items)
    assert {c.as_of for c in con.claims} == {"2031-03-10"}


def test_running_count_of_things_on_one_day_is_no_contradiction() -> None:
    """Aftershocks "since Sunday" keep rising all day; two outlets' counts of them differ by the hour."""
    items = [Builder("a", D, ["The quake near Tessel was followed by 120 aftershocks, an official said."]).item(),
             Builder("b", D, ["Seismologists have recorded 150 aftershocks since Sunday night."])
             .date("Sunday night", "2031-03-09").item()]
    assert _figure_conflicts(items) == []
    fixed = [items[0], Builder("c", D, ["Seismologists recorded 150 aftershocks near Tessel."]).item()]
    assert len(_figure_conflicts(fixed)) == 1


def test_stale_repeat_of_an_earlier_count_is_no_contradiction() -> None:
    """A day after 23 arrests were reported, one outlet still gives the ministry's 23 "since Monday"
    while another has the police's new 41: a stale repeat, not two bodies disagreeing."""
    first = Builder("a", D, ["Police detained 23 people for looting in Marrowgate."]) \
        .figure("detained 23 people", "detained", 23).item()
    new = Builder("b", D + DAY, ["Police said 41 people had now been detained since the floods began."]) \
        .figure("41 people had now been detained", "detained", 41, reported_by="Police").item()
    stale = Builder("c", D + DAY, ["The Interior Ministry said 23 people had been arrested since Monday."]) \
        .date("Monday", "2031-03-10") \
        .figure("23 people had been arrested", "detained", 23, reported_by="The Interior Ministry").item()
    assert _figure_conflicts([first, new, stale]) == []
    assert len(_figure_conflicts([new, stale])) == 1  # nothing earlier: two bodies' tallies of one day


def _arrest(day: str, sentence: str, when: str) -> Builder:
    return Builder("b", D + 7 * DAY, [sentence]).date(when, day)


def test_one_persons_arrest_told_with_other_words_on_two_days_contradicts() -> None:
    """ "was detained on Monday" (police) vs "was taken from her flat ... on Tuesday" (her publisher): one
    arrest, two days. The appositive describing her is not part of what happened."""
    a = Builder("a", D + 2 * DAY, ["Police said the poet Mira Sallow, a columnist for the Ombrian Courier, was "
                                   "detained on Monday in Kettle Down."]).date("Monday", "2031-03-10")
    b = _arrest("2031-03-11", "Mira Sallow was taken from her flat near the harbour on Tuesday, her publisher said.",
                "Tuesday")
    pic = reconcile("s1", [a.item(), b.item()], [])
    (con,) = [c for c in pic.contradictions if c.field == "date"]
    assert {(x.article, x.value) for x in con.claims} == {("a", "2031-03-10"), ("b", "2031-03-11")}
    # Taken to hospital is no arrest.
    c = _arrest("2031-03-11", "Mira Sallow was taken to hospital on Tuesday, her publisher said.", "Tuesday")
    assert not [x for x in reconcile("s1", [a.item(), c.item()], []).contradictions if x.field == "date"]


@pytest.mark.parametrize(("sentence", "day", "opens"), [
    ("At least 30 people have died since Monday.", "Monday", True),
    ("Police have detained 80 people since the unrest began on Saturday.", "Saturday", True),
    ("Ever since Monday the toll has climbed, to 12 by now.", "Monday", True),
    ("Twelve people died on Monday, since when the toll has doubled.", "Monday", False),
    ("Since the bridge fell, 30 people had died by Tuesday.", "Tuesday", False),
    ("The toll rose to 45 on Wednesday.", "Wednesday", False),
])
def test_a_day_that_opens_the_period_counted_does_not_date_the_count(sentence: str, day: str, opens: bool) -> None:
    from groundwatch.stages.reconcile.figures import article_days

    clean, facts = Builder("a", D + 3 * DAY, [sentence]).date(day, "2031-03-10").item()
    days, _ = article_days(clean, facts, D + 3 * DAY)
    assert (0 not in days) is opens

@pytest.mark.parametrize(("sentence", "event_day", "count_day", "as_of"), [
    # invented: the event's day in a relative clause, the count's day with its verb
    ("The toll of the storm which struck, in the night of Monday to Tuesday, the harbour of Osk rose on Thursday "
     "to 19 dead.", "Monday", "Thursday", "2031-03-13"),
    ("The toll of the fire that broke out on Monday at the Tessel mill rose to nine on Thursday.", "Monday",
     "Thursday", "2031-03-13"),
    ("The toll rose to nine on Monday, officials said on Thursday.", "Monday", "Thursday", "2031-03-10"),
])
def test_a_day_in_a_clause_telling_when_the_event_began_does_not_date_the_count(
        sentence: str, event_day: str, count_day: str, as_of: str) -> None:
    from groundwatch.stages.reconcile.figures import article_days

    clean, facts = Builder("a", D + 3 * DAY, [sentence]).date(event_day, "2031-03-10").date(
        count_day, "2031-03-13").item()
    days, _ = article_days(clean, facts, D + 3 * DAY)
    assert days[0] == as_of


def test_a_rank_and_a_job_of_one_person_are_not_rival_roles() -> None:
    # invented: one officer given her grade by one outlet and her job by another (corpus_f's blind run)
    a = Builder("a", D, ['"The search goes on," said Colonel Ada Thorne of the Veloria border guard.'])
    a.quotes.append(Quote(text="The search goes on", span=a.span("The search goes on"), speaker="Ada Thorne",
                          speaker_kind="person", speaker_role="Colonel"))
    b = Builder("b", D, ['"The search goes on," said border guard spokeswoman Ada Thorne.'])
    b.quotes.append(Quote(text="The search goes on", span=b.span("The search goes on"), speaker="Ada Thorne",
                          speaker_kind="person", speaker_role="border guard spokeswoman"))
    c = Builder("c", D, ['"The search goes on," said Mayor Ada Thorne.'])
    c.quotes.append(Quote(text="The search goes on", span=c.span("The search goes on"), speaker="Ada Thorne",
                          speaker_kind="person", speaker_role="Mayor"))
    (row,) = [f for f in reconcile("s1", [a.item(), b.item()], []).stated_facts if f.name == "role of Ada Thorne"]
    assert not row.disputed and {x.value for x in row.claims} == {"Colonel", "border guard spokeswoman"}
    (row,) = [f for f in reconcile("s1", [b.item(), c.item()], []).stated_facts if f.name == "role of Ada Thorne"]
    assert row.disputed  # two jobs that share no word still disagree


@pytest.mark.parametrize(("one", "other", "rival"), [
    ("spokeswoman", "spokesperson", False),  # invented: one job, a gendered and a neutral form
    ("ministry spokesman", "spokeswoman of the ministry", False),
    ("chairwoman", "chairperson", False),
    ("spokeswoman", "harbour master", True),  # two jobs
    ("German envoy", "human rights officer", True),  # words that merely end in "man"
])
def test_gendered_and_neutral_forms_of_one_job_are_not_rival_roles(one: str, other: str, rival: bool) -> None:
    from groundwatch.stages.reconcile.stated import _rival_roles

    assert _rival_roles(one, other) is rival


@pytest.mark.issue(10)
def test_a_bare_hour_states_no_onset_day() -> None:
    # "shortly after 11pm" names the hour; the day the extract stage gave it (the publication day) is inferred
    a = Builder("a", D + DAY, ["Fighting began shortly after 11pm near the village of Orvane, the ministry said."])
    a.date("shortly after 11pm", "2031-03-11")
    b = Builder("b", D + DAY, ["Two soldiers wounded in Monday night's fighting near Orvane died in hospital."])
    b.date("Monday night", "2031-03-10")
    pic = reconcile("s1", [a.item(), b.item()], [])
    (when,) = [f for f in pic.stated_facts if f.name == "when the event happened"]
    assert [x.article for x in when.claims] == ["b"] and not when.disputed
    (tod,) = [f for f in pic.stated_facts if f.name == "time of day of the event"]
    assert {x.value for x in tod.claims} == {"11pm", "night"}
    assert not [c for c in pic.contradictions if c.field == "date"]


@pytest.mark.parametrize(("phrase", "bare"), [
    ("10pm", True), ("shortly after 2 am", True), ("at dawn", True), ("around midnight local time", True),
    ("4:05am (02:05 GMT)", True), ("Thursday night", False), ("noon on Tuesday", False), ("last night", False),
    ("this morning", False), ("12 June 2031", False), ("2031", False), ("in the early hours of Friday", False),
])
def test_names_no_day(phrase: str, bare: bool) -> None:
    from groundwatch.stages.reconcile.common import names_no_day

    assert names_no_day(phrase) is bare

"""Date contradictions need one event: one act told in two idioms, a relative clause's onset, a named person's
detention told with two verbs, one group's detention in an active and a passive clause; and no false one
between two incidents of a kind, two senses of one verb or a group's further detention; one group's release, one
side dated by the operation it was set in (corpus_l, round two). Invented stories (Cape
Virel, Dunmere, Orvane; corpora g, h and d's misses, issue 10; corpus_i's group, round three)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)
# (sentence, date phrase, date) of article a, published on D + 2 days; the same of article b, on D + 3 days
Side = tuple[str, str, str]


def _item(aid: str, published: dt.date, side: Side, figures: tuple[tuple[str, str, float], ...] = ()) -> Item:
    sentence, phrase, date = side
    b = Builder(aid, published, [sentence]).date(phrase, date)
    for text, kind, value in figures:
        b.figure(text, kind, value)
    return b.item()


def _date_conflicts(a: Side, b: Side, figures_a: tuple[tuple[str, str, float], ...] = (),
                    figures_b: tuple[tuple[str, str, float], ...] = ()) -> list:  # type: ignore[type-arg]
    items = [_item("a", D + 2 * DAY, a, figures_a), _item("b", D + 3 * DAY, b, figures_b)]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("a", "b"), [
    # one landfall told as "made landfall" and "came ashore", the second in a subordinate clause
    (("Storm Pellan killed nine people after it made landfall near Cape Virel at about 10 pm on Monday.",
      "about 10 pm on Monday", "2031-03-10"),
     ("The toll rose to 12 on Wednesday, officials said, as crews reached villages cut off since the storm came "
      "ashore near Cape Virel shortly after 1 am on Tuesday.", "shortly after 1 am on Tuesday", "2031-03-11")),
    # a truce's onset in a relative clause, "began" and "took hold"
    (("A convoy of aid reached Dunmere on Wednesday under a truce that began at noon on Monday.",
      "noon on Monday", "2031-03-10"),
     ("A mortar hit the school in Dunmere on Thursday, the third day of a truce that took hold at dawn on "
      "Tuesday.", "dawn on Tuesday", "2031-03-11")),
    # a named person's detention: "was detained" and "had been taken from his flat by police"
    (("The prosecutor said the engineer, Tomas Kellaway, was detained on Thursday at his office in Orvane.",
      "Thursday", "2031-03-06"),
     ("His lawyer said that Tomas Kellaway had been taken from his flat by police last Friday and questioned "
      "for six hours.", "last Friday", "2031-03-07")),
    # the same, "was arrested" and "was detained"
    (("Police said Mirela Hathery was arrested on Saturday evening near the bus station in Orvane.",
      "Saturday evening", "2031-03-08"),
     ("Mirela Hathery was detained on Sunday morning while filming the queue at a bakery, her union said.",
      "Sunday morning", "2031-03-09")),
    # one group's detention: an active clause and a passive relative clause on the same definite people
    (("Police arrested four engineers of the Orvane waterworks on Tuesday over the poisoned reservoir.",
      "Tuesday", "2031-03-11"),
     ("The four engineers, who were detained on Wednesday, deny any wrongdoing, their lawyer said.",
      "Wednesday", "2031-03-12")),
    # the same group in two passives, one naming them by a possessive, with their chief as a conjunct
    (("The plant's foreman and three guards were arrested on Saturday in Orvane, the prosecutor said.",
      "Saturday", "2031-03-08"),
     ("Its guards were taken into custody on Sunday after the night shift, a union official said.",
      "Sunday", "2031-03-09")),
    # one group's release: an act dated by the operation it was set in, and a passive relative clause
    (("Soldiers freed 12 of the hostages taken from the Orvane waterworks, the army said, in an operation that "
      "ended early on Wednesday.", "early on Wednesday", "2031-03-12"),
     ("The 12 hostages who were freed in the hills on Tuesday night were taken to a hospital in Orvane, doctors "
      "said.", "Tuesday night", "2031-03-11")),
])
def test_one_event_told_in_other_words_on_two_days_contradicts(a: Side, b: Side) -> None:
    (con,) = _date_conflicts(a, b)
    assert {(c.article, c.value) for c in con.claims} == {("a", a[2]), ("b", b[2])}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("a", "b"), [
    # two different persons detained
    (("Police said Mirela Hathery was arrested on Saturday evening near the bus station in Orvane.",
      "Saturday evening", "2031-03-08"),
     ("Tomas Kellaway was detained on Sunday morning near the bus station in Orvane, his union said.",
      "Sunday morning", "2031-03-09")),
    # the same person detained a second time
    (("Police said Mirela Hathery was arrested on Saturday evening near the bus station in Orvane.",
      "Saturday evening", "2031-03-08"),
     ("Mirela Hathery was detained again on Sunday morning near the bus station in Orvane, her union said.",
      "Sunday morning", "2031-03-09")),
    # one verb in two senses: people moved to shelters, a storm moving inland
    (("Authorities in Tirrowen moved more than 3,000 people from low-lying districts to storm shelters on Monday as "
      "Storm Pellan strengthened over the Sea of Orm, the Tirrowen Relief Office said.", "Monday", "2031-03-10"),
     ("The Tirrowen Weather Office said Pellan had weakened to a tropical storm as it moved inland on Wednesday.",
      "Wednesday", "2031-03-12")),
    # a further detention of the kind: "two more"
    (("Police arrested four engineers of the Orvane waterworks on Tuesday over the poisoned reservoir.",
      "Tuesday", "2031-03-11"),
     ("Two more engineers were detained on Wednesday, bringing the number held to six, the prosecutor said.",
      "Wednesday", "2031-03-12")),
    # the same group said held again
    (("Police arrested four engineers of the Orvane waterworks on Tuesday over the poisoned reservoir.",
      "Tuesday", "2031-03-11"),
     ("The four engineers were detained again on Friday, a day after a judge freed them, their lawyer said.",
      "Friday", "2031-03-14")),
    # a further release of the kind
    (("Soldiers freed 12 of the hostages taken from the Orvane waterworks, the army said, in an operation that "
      "ended early on Wednesday.", "early on Wednesday", "2031-03-12"),
     ("Three more hostages were released on Friday, their families said.", "Friday", "2031-03-14")),
])
def test_two_acts_are_no_date_contradiction(a: Side, b: Side) -> None:
    assert _date_conflicts(a, b) == []


@pytest.mark.issue(10)
def test_two_incidents_of_a_kind_counted_apart_are_no_date_contradiction() -> None:
    # rockets killing people on Monday and a rocket on the market killing others on Thursday: two incidents
    a = ("Rocket fire killed 14 people in the old quarter of Dunmere on Monday, the town council said.",
         "Monday", "2031-03-10")
    b = ("A rocket struck the market of Dunmere on Thursday, killing five people, the town council said.",
         "Thursday", "2031-03-13")
    assert _date_conflicts(a, b, (("killed 14 people", "killed", 14),), (("killing five people", "killed", 5),)) == []


@pytest.mark.issue(10)
def test_one_incident_counted_alike_on_two_days_contradicts() -> None:
    # the same count of the same shelling, dated differently: one incident, a date contradiction
    a = ("Rocket fire killed 14 people in the old quarter of Dunmere on Monday, the town council said.",
         "Monday", "2031-03-10")
    b = ("Rocket fire killed 14 people in the old quarter of Dunmere on Tuesday, residents said.",
         "Tuesday", "2031-03-11")
    (con,) = _date_conflicts(a, b, (("killed 14 people", "killed", 14),), (("killed 14 people", "killed", 14),))
    assert {c.value for c in con.claims} == {"2031-03-10", "2031-03-11"}

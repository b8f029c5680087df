"""Headline figures chosen from invented multi-article stories, read by the real figures extractor.

The key-figure tests in test_reconcile.py hand-build each Figure, so they never see what the
extractor makes of a sentence (its scope marks, its groups, a correction's two numbers). Here each
story is plain text written for this test (invented places Tarsk, Orv, Vell, Brennick; no eval text):
several outlets over several days, a copy, a country-wide total, another event's toll, a teaser
line, a part of a toll ("twelve of the dead were children"), a count corrected down and a figure
taken back. The extractor reads every article; reconcile picks the headline per kind.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.records import Copy
from groundwatch.stages.reconcile import reconcile
from reconcile_support import Item, article_item

DAY0 = dt.date(2031, 5, 12)  # a Monday


def _item(nlp: Any, aid: str, day: int, text: str, *, dated: bool = False) -> Item:
    """``dated``: the date extractor reads the article too (its weekdays date the counts)."""
    return article_item(nlp, aid, DAY0 + dt.timedelta(days=day), text, dated=dated)


def _headlines(items: list[Item], copies: list[Copy] | None = None) -> dict[str, tuple[Any, Any, Any]]:
    pic = reconcile("story", items, copies or [])
    return {k.kind: (k.best, k.low, k.high) for k in pic.key_figures}


QUAKE_A = ("A strong earthquake struck the Tarsk valley early on Monday. At least 48 people were killed and "
           "200 were injured, the civil defence agency said. Twelve of the dead were children.")


@pytest.mark.issue(10)
def test_quake_story_copy_wider_total_other_event_teaser_and_correction(nlp: Any) -> None:
    items = [
        _item(nlp, "wire", 0, QUAKE_A),
        _item(nlp, "daily", 0, QUAKE_A),  # a copy of the wire story
        _item(nlp, "herald", 1, "The death toll from the Tarsk earthquake rose to 112 on Tuesday, with 460 people "
                                "injured. Nationwide, floods and earthquakes have killed 2,300 people this year."),
        _item(nlp, "post", 2, "Officials revised the Tarsk quake toll down to 97 from 112 after some victims were "
                              "counted twice. About 5,000 people have been displaced. The 1998 quake in the same "
                              "valley killed 3,000 people."),
        _item(nlp, "gazette", 2, "Rescuers were still searching the rubble in Tarsk on Wednesday.\n"
                                 "Also read: Ferry sinks off Melk, 300 feared dead"),
    ]
    shown = _headlines(items, [Copy("wire", "daily", 0.99, directed=True)])
    assert shown["killed"][0] == 97  # the correction, not the higher count it replaced
    assert shown["injured"][0] == 460  # the latest count, not the first one
    assert shown["displaced"] == (5000, 5000, 5000)
    # the country-wide 2,300, the 1998 quake's 3,000 and the teaser's 300 never head the story
    assert 2300 not in shown["killed"] and 3000 not in shown["killed"] and 300 not in shown["killed"]


@pytest.mark.issue(10)
def test_figure_taken_back_does_not_head_the_story(nlp: Any) -> None:
    items = [
        _item(nlp, "a", 0, "Flooding in the Orv delta has killed 35 people, the ministry said."),
        _item(nlp, "b", 1, "A regional governor said 300 people had died in the Orv floods."),
        _item(nlp, "c", 2, "The governor's office withdrew its figure of 300 deaths, saying it had been issued "
                           "in error."),
    ]
    assert _headlines(items)["killed"][0] == 35
    # without the withdrawal the governor's newer, higher count is the headline
    assert _headlines(items[:2])["killed"][0] == 300


@pytest.mark.issue(10)
def test_part_of_a_toll_is_not_a_second_toll(nlp: Any) -> None:
    items = [
        _item(nlp, "a", 0, "Forty people died in the Brennick market blast, 12 of them children."),
        _item(nlp, "b", 0, "The Brennick blast killed 40 people, including 12 children."),
        _item(nlp, "c", 1, "The toll from the Brennick blast rose to 43 on Tuesday."),
    ]
    assert _headlines(items)["killed"] == (43, 43, 43)
    assert _headlines(items[:2])["killed"] == (40, 40, 40)


@pytest.mark.issue(10)
def test_aid_and_forces_take_the_most_corroborated_value(nlp: Any) -> None:
    items = [
        _item(nlp, "a", 0, "Forty trucks crossed into Vell through the Sarn gate on Sunday."),
        _item(nlp, "b", 0, "Some 40 trucks entered Vell on Sunday, the UN said."),
        _item(nlp, "c", 1, "A local official said 65 trucks had crossed into Vell since Friday. The army has "
                           "deployed 1,500 troops to the border."),
    ]
    shown = _headlines(items)
    assert shown["aid"] == (40, 40, 65)
    assert shown["forces"][0] == 1500


@pytest.mark.issue(10)
def test_a_groups_newer_higher_count_heads_the_older_story_wide_count(nlp: Any) -> None:
    first = _item(nlp, "a", 0, "Gunfire along the Orv border killed five guards and wounded 22 on Monday night, the "
                               "interior ministry said.")
    police = _item(nlp, "b", 1, "Eight police officers were among the wounded, a hospital in Vell said.")
    children = _item(nlp, "d", 3, "Doctors in Vell said 30 children had been wounded since Monday.")
    later = _item(nlp, "c", 3, "The ministry said on Thursday that some 60 guards had been wounded in four days of "
                               "fighting.")
    # The guards are a part of the wounded: their count three days on is the latest floor of the whole.
    assert _headlines([first, police, children, later])["injured"][0] == 60
    # A group's count lower than the story-wide one is a part of it; children are a part of a larger
    # count, never its headline.
    assert _headlines([first, police, children])["injured"][0] == 22


@pytest.mark.issue(10)
def test_a_lone_uncredited_higher_count_the_later_sources_do_not_carry_is_no_floor(nlp: Any) -> None:
    first = _item(nlp, "a", 0, "A landslide buried part of the hill town of Grelle, killing at least 9 people, the "
                               "regional emergency office said.")
    risen = _item(nlp, "b", 1, "The toll from the Grelle landslide rose to 16, the emergency office said.")
    activist = _item(nlp, "c", 2, "A local activist, Tomas Werl, said residents had counted more than 150 dead in "
                                  "hamlets that rescuers had not reached.")
    same_day = _item(nlp, "d", 2, "Officials put the toll from the Grelle landslide at 21.")
    latest = _item(nlp, "e", 4, "The regional emergency office said the Grelle landslide toll had risen to 27.")
    # Two sources report after the activist's count without taking it up, and the official count
    # keeps rising: the official count heads, the activist's count is the high.
    assert _headlines([first, risen, activist, same_day, latest])["killed"] == (27, 27, 150)
    # One later lower report alone is as likely a stale repeat: the higher count stays the floor.
    assert _headlines([first, risen, activist, latest])["killed"][0] == 150
    # An official body's count is a floor however few sources repeat it.
    credited = _item(nlp, "c", 2, "The interior ministry said 150 people had been killed in the Grelle landslide.")
    assert _headlines([first, risen, credited, same_day, latest])["killed"][0] == 150


@pytest.mark.issue(10)
def test_an_articles_lead_count_is_not_stale_beside_a_neighbours_older_toll_it_mentions(nlp: Any) -> None:
    text = ("Storm kills four as rivers burst their banks\n\n"
            "Four people were killed when a storm tore through the Osk district of Harlen on Friday, police said.\n\n"
            "Neighbouring Vastia, where a mudslide on Wednesday killed at least 40 people, sent two rescue teams.")
    # published on Saturday (day 5): Friday's four is newer than Wednesday's 40 next door
    assert _headlines([_item(nlp, "osk", 5, text, dated=True)])["killed"][0] == 4
    # A count the article gives after its lead is not its headline count: a later, lower partial count
    # in the same article stays stale behind the older toll it leads with.
    text = ("Floods kill 40 in Harlen\n\nFloods killed 40 people across Harlen on Wednesday, police said.\n\n"
            "On Friday, rescuers recovered 12 bodies from the river at Osk.")
    assert _headlines([_item(nlp, "harlen", 5, text, dated=True)])["killed"][0] == 40


@pytest.mark.parametrize(("sentence", "before", "revision"), [
    ("Police lowered the count of the injured to 18.", "Police lowered the count of the injured to ", "down"),
    ("The toll was cut down from 70 to 64.", "The toll was cut down from ", "withdrawn"),
    ("The agency retracted its report of 500 deaths.", "The agency retracted its report of ", "withdrawn"),
    ("The toll rose to 64 from 52.", "The toll rose to ", None),
    ("The toll rose to 64 from 52.", "The toll rose to 64 from ", None),
    ("Fewer people were injured than first reported, with 30 in hospital.", "Fewer people were injured than "
     "first reported, with ", None),
])
def test_revision_of(sentence: str, before: str, revision: str | None) -> None:
    from groundwatch.stages.reconcile.figures import revision_of

    assert revision_of(sentence, before) == revision


@pytest.mark.issue(10)
def test_rival_bodies_counts_set_side_by_side_give_the_conservative_one(nlp: Any) -> None:
    first = _item(nlp, "a", 0, "Riot police fired on marchers in the river port of Dunmore, and the interior ministry "
                               "said four people had been killed.")
    forum = _item(nlp, "b", 2, "The Tessarine Freedom Forum, a monitoring group, said at least 17 people had been "
                               "killed in the crackdown in Dunmore.")
    both = _item(nlp, "c", 4, "The interior ministry said 11 people had died in the Dunmore unrest. The Tessarine "
                              "Freedom Forum put the toll at 20, including a teacher who died in hospital on Friday.",
                 dated=True)
    # The latest article sets the ministry's count beside the forum's: the two bodies disagree at the
    # same time, so the conservative count heads and the forum's is the high.
    assert _headlines([first, forum, both])["killed"] == (11, 11, 20)
    # The same two counts in one sentence of one day: the ministry's lower count is no part of the
    # forum's, and is kept beside it.
    one_day = _item(nlp, "c", 4, "The interior ministry said 11 people had died in the Dunmore unrest, while the "
                                 "Tessarine Freedom Forum put the toll at 20.")
    assert _headlines([first, forum, one_day])["killed"] == (11, 11, 20)
    # Without the forum's count beside it, the ministry's lower count is a stale repeat of the
    # forum's older, higher one, which stays the floor.
    alone = _item(nlp, "c", 4, "The interior ministry said 11 people had died in the Dunmore unrest.")
    assert _headlines([first, forum, alone])["killed"][0] == 17
    # A body's own older, higher count stays its floor, whatever rival counts its article gives.
    ministry = _item(nlp, "b", 2, "The interior ministry said at least 17 people had been killed in Dunmore.")
    assert _headlines([first, ministry, both])["killed"][0] == 20


@pytest.mark.issue(10)
def test_rival_bodies_counts_credited_by_according_to_and_on_the_same_day(nlp: Any) -> None:
    first = _item(nlp, "a", 0, "Soldiers opened fire on a march in the mill town of Harrow Vale, and the interior "
                               "ministry said three people had been killed.")
    league = _item(nlp, "b", 1, "At least 15 people have been killed in Harrow Vale, according to the Vale "
                                "Lawyers League.")
    both = _item(nlp, "c", 3, "At least eight people have died in Harrow Vale, according to the interior ministry, "
                              "while the Vale Lawyers League says 19 have been killed.")
    assert _headlines([first, league, both])["killed"] == (8, 8, 19)
    # two outlets of the same day, each with one body's count: the two disagree at the same time
    ministry = _item(nlp, "d", 3, "The interior ministry said eight people had died in Harrow Vale.")
    rival = _item(nlp, "e", 3, "The Vale Lawyers League said 19 people had been killed in Harrow Vale.")
    assert _headlines([first, ministry, rival])["killed"] == (8, 8, 19)


@pytest.mark.issue(10)
@pytest.mark.parametrize("background", [
    "Police had earlier put the toll at 12.",
    "Police initially said 12 people had been killed.",
    "Police previously said 12 people had died.",
])
def test_another_bodys_earlier_count_in_an_update_is_background(nlp: Any, background: str) -> None:
    first = _item(nlp, "a", 0, "Police said 12 people were killed in the clashes in Dunmore.")
    update = _item(nlp, "b", 2, "The death toll from the Dunmore clashes rose to 30, the health ministry said. "
                                + background)
    # an older count another body gave, recalled in the update, is no rival tally of the same time
    assert _headlines([first, update])["killed"][0] == 30


@pytest.mark.issue(10)
@pytest.mark.parametrize("part", [
    "Doctors at Dunmore General Hospital said 12 people had died there.",
    "The head of the city morgue said 12 people had been brought in dead.",
    "The Dunmore Red Shield said its volunteers had recovered the bodies of 12 people.",
])
def test_another_bodys_count_at_one_facility_is_a_part_not_a_rival_tally(nlp: Any, part: str) -> None:
    text = "The health ministry said 40 people had died in the Dunmore clashes. " + part
    assert _headlines([_item(nlp, "a", 1, text)])["killed"][0] == 40


@pytest.mark.issue(10)
def test_a_body_counting_those_it_treated_is_a_part_not_a_rival_tally(nlp: Any) -> None:
    text = ("The health ministry said 210 people had been injured in the Dunmore clashes. The Dunmore Red Shield "
            "said its medics had treated 45 injured people.")
    assert _headlines([_item(nlp, "a", 1, text)])["injured"][0] == 210


@pytest.mark.issue(10)
@pytest.mark.parametrize(("later", "detained"), [
    # the running count beside what was added to it: the count heads, the increment never does
    ("Nine men are now being held by the police after two more were arrested at the harbour on Tuesday.", 9),
    ("Police said two more were arrested at the harbour on Tuesday. Nine men are now in custody.", 9),
    # "N more" alone in its article is the count it gives ("detained 4 and questioned 12 more")
    ("Police arrested four dockers and questioned 12 more on Tuesday.", 4),
])
def test_an_increment_with_no_noun_does_not_head_the_running_count(nlp: Any, later: str, detained: int) -> None:
    items = [
        _item(nlp, "a", 0, "Police in the port of Vell arrested seven men after a riot on Monday."),
        _item(nlp, "b", 1, later),
    ]
    assert _headlines(items)["detained"][0] == detained


@pytest.mark.issue(10)
def test_killed_and_n_more_injured_is_the_injured_count(nlp: Any) -> None:
    items = [_item(nlp, "a", 0, "The blast in Brennick killed 9 people and injured at least 30 more, police said.")]
    shown = _headlines(items)
    assert shown["killed"][0] == 9 and shown["injured"][0] == 30


def _placed(nlp: Any, aid: str, day: int, text: str) -> Item:
    """An item whose places the places extractor reads too (the story's main area and leads)."""
    from dataclasses import replace

    from groundwatch.stages.extract.places import extract_places
    from groundwatch.stages.extract.registry import ExtractionContext

    clean, facts = _item(nlp, aid, day, text)
    places = extract_places(nlp(text), ExtractionContext(article_id=aid, published=clean.published), {})
    return clean, replace(facts, places=places)


@pytest.mark.issue(10)
@pytest.mark.parametrize("background", [
    "The insurgency, which began in 2024, has killed more than 8,000 people and driven some 900,000 from their "
    "homes across Veloria, according to relief agencies.",
    "Nationwide the insurgency has killed more than 8,000 people and displaced some 900,000, by relief agencies' "
    "estimates.",
])
def test_a_count_joined_to_the_wars_total_does_not_head_the_storys_own(nlp: Any, background: str) -> None:
    items = [
        _item(nlp, "a", 0, "Shelling forced about 2,000 people to flee the town of Orv on Monday, officials said. "
                           + background),
        _item(nlp, "b", 2, "Some 2,600 people have now fled Orv since the shelling began, the town council said."),
    ]
    # not the war's 900,000, said in the same breath as its dead (older and higher, it would stand as a floor)
    assert _headlines(items)["displaced"][0] == 2600


@pytest.mark.issue(10)
def test_another_towns_toll_named_in_a_one_article_storys_last_line_does_not_head_it(nlp: Any) -> None:
    text = ("Mudslide buries farms near Pellam, four dead\n\n"
            "BRISK, Veloria, May 12 (Meridian Wire) -\n\n"
            "A mudslide after two days of rain buried three farms near the hill village of Pellam on Monday, "
            "killing four people, the district office said.\n\n"
            "Rescuers with dogs were searching the mud for two farm workers.\n\n"
            "The mudslide came three days after a car bomb in Sarnow, a garrison town in the south, killed at "
            "least 19 people.")
    shown = _headlines([_placed(nlp, "wire", 0, text)])
    assert shown["killed"][0] == 4


def _fig(text: str, phrase: str, kind: str, *, scope: str | None = None, place: str | None = None) -> Any:
    from groundwatch.records import Figure, Span

    start = text.index(phrase)
    return Figure(kind=kind, value=1.0, qualifier="exact", text=phrase, place=place, scope=scope,
                  span=Span("a", 0, start, start + len(phrase), text))


@pytest.mark.issue(10)
@pytest.mark.parametrize("text,second,place,joined", [
    ("The war has killed 4,000 people and uprooted 300,000 across Veloria.", "300,000", None, True),
    ("The war has killed 4,000 people, and 35 died in Orv on Monday.", "35", "Orv", False),  # a place of its own
    ("The war has killed 4,000 people but the shelling of Orv displaced 3,000.", "3,000", None, False),  # contrast
    ("The war has killed 4,000 people; the shelling displaced 3,000.", "3,000", None, False),  # a clause break
    ("The war has killed 4,000 people and, in the weeks since the truce in the east collapsed, the fighting "
     "around the town has displaced 3,000.", "3,000", None, False),  # too far to be one breath
])
def test_a_count_shares_the_wider_scope_of_the_count_it_is_joined_to(text: str, second: str, place: str | None,
                                                                      joined: bool) -> None:
    from groundwatch.stages.reconcile.figures import _joined_scopes

    total = _fig(text, "4,000 people", "killed", scope="wider_area")
    other = _fig(text, second, "displaced", place=place)
    assert (_joined_scopes(text, [total, other]).get(id(other)) == "wider_area") is joined


@pytest.mark.issue(10)
@pytest.mark.parametrize(("aside", "killed"), [
    # another event's toll recalled in passing below the lead: the lead's count stays the headline
    ("The fire comes as the coast is stretched by a measles outbreak in the hill villages, where 52 people "
     "have died.", 7),
    # the article's own count having grown since its lead is the update
    ("The coast guard said on Friday that the toll had since risen to 9.", 9),
])
def test_a_higher_count_below_the_lead_does_not_end_the_leads_count(nlp: Any, aside: str, killed: int) -> None:
    text = ("Ferry fire kills seven off the Dalmen coast\n\n"
            "Seven people were killed when a fire swept through a ferry off the Dalmen coast on Thursday night, "
            "the coast guard said.\n\nRescuers searched the water until dawn.\n\n" + aside)
    # published on Friday (day 4): the aside's present perfect is as of Friday, newer than Thursday's seven
    assert _headlines([_item(nlp, "ferry", 4, text, dated=True)])["killed"][0] == killed


@pytest.mark.issue(10)
def test_an_older_count_its_newer_higher_one_raised_makes_no_later_count_stale(nlp: Any) -> None:
    ministry = _item(nlp, "m", 1, "The health ministry said on Tuesday that 20 people had died of typhoid.", dated=True)
    charity = _item(nlp, "c", 3, "Doctors Abroad said on Thursday that 45 people had died of typhoid.", dated=True)
    latest = _item(nlp, "l", 5, "Typhoid toll rises to 30\n\nThe typhoid toll in the valley rose to 30 on Saturday."
                                "\n\nSchools in the valley stay shut.\n\n"
                                "Doctors Abroad said on Friday that 60 people had died.", dated=True)
    # the charity's 45 was raised to its 60, set below the newer lead's 30 as a rival's tally: the 45 is
    # a stage of the 60, and the conservative 30 heads with the 60 as its high
    assert _headlines([ministry, charity, latest])["killed"] == (30, 30, 60)


@pytest.mark.issue(10)
def test_a_body_keeping_its_own_higher_count_stands_beside_the_governments_latest(nlp: Any) -> None:
    first = _item(nlp, "a", 0, "Gunmen killed 12 villagers in Pell on Monday, the district governor said.", dated=True)
    rival = _item(nlp, "b", 2, "The Pell farmers' union said on Wednesday that 19 people had been killed.", dated=True)
    latest = _item(nlp, "c", 6, "The death toll has reached 15, the governor said on Sunday.\n\nThe Pell farmers' "
                                "union is keeping its own count of 21 deaths.", dated=True)
    # the union's 19 rose to its own 21: the governor's newer 15 is no stale repeat; the two stand side by side
    assert _headlines([first, rival, latest])["killed"] == (15, 15, 21)


@pytest.mark.issue(10)
def test_an_older_toll_recalled_below_a_look_alikes_lead_does_not_head_it(nlp: Any) -> None:
    text = ("Herders shot dead near Welm\n\n"
            "Gunmen shot dead seven herders and wounded two near Welm on Sunday, police said on Tuesday.\n\n"
            "Police said three men had been arrested on Monday.\n\n"
            "The shooting came a week after gunmen killed 30 people in a raid on Ostry on 13 May.")
    assert _headlines([_item(nlp, "welm", 8, text, dated=True)])["killed"][0] == 7
    # control: the same toll told in the lead, on the lead's own day, heads it
    told = ("Gunmen kill 30 in Ostry\n\nGunmen killed 30 people in a raid on Ostry on Sunday, police said on Tuesday."
            "\n\nSeven of the dead were herders from Welm.")
    assert _headlines([_item(nlp, "ostry", 8, told, dated=True)])["killed"][0] == 30


@pytest.mark.issue(10)
def test_the_latest_count_of_people_still_held_heads_the_detained(nlp: Any) -> None:
    taken = _item(nlp, "a", 0, "Gunmen abducted 40 villagers from Tiln on Monday, police said.", dated=True)
    fewer = _item(nlp, "b", 2, "Police said on Wednesday that 31 people are still held by the gunmen.", dated=True)
    latest = _item(nlp, "c", 4, "The governor said on Friday that 22 people are still held by the gunmen.\n\n"
                                "Police arrested three men in the Tiln market on Friday.", dated=True)
    # the held fall as they escape or are freed; the arrests of the day are another count of the kind
    assert _headlines([taken, fewer, latest])["detained"][0] == 22
    # control: with no count said to be held still, the taken in all stay the headline
    assert _headlines([taken, _item(nlp, "d", 4, "Police arrested three men in the Tiln market on Friday.",
                                    dated=True)])["detained"][0] == 40

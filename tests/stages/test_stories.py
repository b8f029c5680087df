"""Story clustering on invented articles, with hard negatives (same town another year, same kind
of event in another country). Loads the MiniLM embedding model once."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from groundwatch.records import Actor, Article, ArticleFacts, CleanArticle, Figure, Place, Span
from groundwatch.stages.stories import _SENT_RE, StoryIndex, assign_stories, lead_text

pytestmark = pytest.mark.slow

_SPAN = Span("x", 0, 0, 0, "")


def _spans(aid: str, text: str, name: str) -> list[Span]:
    """One span for each sentence of ``text`` that names ``name`` (the first sentence when none does: a title)."""
    found = [Span(aid, i, 0, 0, s) for i, s in enumerate(_SENT_RE.split(text)) if name in s]
    return found or [_SPAN]


def item(aid: str, title: str, text: str, published: dt.date | None, places: tuple[tuple[str, str], ...] = (),
         countries: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> tuple[CleanArticle, ArticleFacts]:
    art = Article(id=aid, source=aid, body=text, format="txt", title=title, published=published)
    facts = ArticleFacts(
        article_id=aid,
        places=tuple(Place(text=n, name=n, country=c, lat=None, lon=None, feature="city", precision=1, span=sp)
                     for n, c in places for sp in _spans(aid, text, n)),
        actors=(*(Actor(text=c, name=c, kind="country", span=_SPAN) for c in countries),
                *(Actor(text=p, name=p, kind="person", span=sp) for p in people for sp in _spans(aid, text, p))),
        published=published)
    return CleanArticle(article=art, text=text, published=published), facts


MARCH = dt.date(2031, 3, 10)
FLOOD = [
    item("flood-1", "Floods sweep Marrowgate as river bursts its banks",
         "Floodwaters swept through Marrowgate on Sunday after the Sallow river burst its banks, killing 12 "
         "people. Soldiers joined rescue teams in Marrowgate and Tessel.", MARCH,
         (("Marrowgate", "VL"), ("Tessel", "VL")), ("Veloria",), ("Anselm Karrow",)),
    item("flood-2", "Marrowgate flood toll rises to 31",
         "The death toll from the floods in southern Veloria rose to 31 on Monday as rescuers searched "
         "flooded streets in Marrowgate.", MARCH + dt.timedelta(days=1),
         (("Marrowgate", "VL"),), ("Veloria",), ()),
    item("flood-3", "Aid convoys reach flooded Marrowgate",
         "Relief convoys carrying food and tents reached Marrowgate on Wednesday, where thousands remain "
         "in shelters after last week's floods, Interior Minister Anselm Karrow said.", MARCH + dt.timedelta(days=3),
         (("Marrowgate", "VL"),), ("Veloria",), ("Anselm Karrow",)),
]
# Same town, same kind of event, five years earlier.
OLD_FLOOD = item("flood-2026", "Floods hit Marrowgate as river rises",
                 "Floodwaters swept through Marrowgate on Saturday after heavy rain swelled the Sallow river, "
                 "forcing hundreds from their homes.", dt.date(2026, 6, 6),
                 (("Marrowgate", "VL"),), ("Veloria",), ())
# Same kind of event, same week, another country.
OTHER_COUNTRY = item("flood-aldermark", "Floods sweep Dornholm as river bursts its banks",
                     "Floodwaters swept through Dornholm on Monday after the Tam river burst its banks, killing "
                     "nine people. Soldiers joined rescue teams across northern Aldermark.",
                     MARCH + dt.timedelta(days=1), (("Dornholm", "AL"),), ("Aldermark",), ())
def mine(when: dt.date) -> list[tuple[CleanArticle, ArticleFacts]]:
    """A mine disaster in a town the floods also hit: same country, same town, another event."""
    return [
        item("mine-1", "Three dead in Tessel mine collapse",
             "A roof collapsed at the Hollin Deep coal mine near Tessel on Tuesday, killing three miners and "
             "trapping nine underground.", when, (("Tessel", "VL"),), ("Veloria",), ()),
        item("mine-2", "Rescuers free five miners in Tessel",
             "Rescuers freed five miners trapped in the Hollin Deep coal mine near Tessel, where the toll from "
             "Tuesday's roof collapse rose to seven.", when + dt.timedelta(days=2), (("Tessel", "VL"),),
             ("Veloria",), ()),
    ]


MINE = mine(dt.date(2030, 10, 14))
CHIP = item("chip", "Kastavian chip designer unveils low-power processor",
            "Novik, a chip designer based in Orvenna, unveiled a processor that it says halves the power use of "
            "laptops.", MARCH, (("Orvenna", "KS"),), ("Kastavia",), ())


def stories_of(assignments) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.article_id: a.story_id for a in assignments}


def test_three_stories_and_hard_negatives_stay_apart() -> None:
    batch = [*FLOOD, OLD_FLOOD, OTHER_COUNTRY, *MINE, CHIP]
    assignments, index = assign_stories(batch)
    s = stories_of(assignments)
    assert s["flood-1"] == s["flood-2"] == s["flood-3"]
    assert s["mine-1"] == s["mine-2"]
    others = [s["flood-1"], s["flood-2026"], s["flood-aldermark"], s["mine-1"], s["chip"]]
    assert len(set(others)) == len(others)
    assert sorted({x.id for x in index.stories}) == sorted(set(s.values()))
    assert [a.article_id for a in assignments] == [c.id for c, _ in batch]


def test_same_town_same_week_other_disaster_stays_apart() -> None:
    # Was a known failure (shared town and country outweighed a cosine of ~0.35); a lone shared town
    # now needs the texts to be alike too.
    s = stories_of(assign_stories([*FLOOD, *mine(MARCH + dt.timedelta(days=2))])[0])
    assert s["mine-1"] != s["flood-1"]


def test_ids_are_stable_across_batches_and_json() -> None:
    first, index = assign_stories([FLOOD[0], MINE[0]])
    s1 = stories_of(first)
    assert sorted(s1.values()) == ["s1", "s2"]
    index = StoryIndex.from_json(index.to_json())
    second, index2 = assign_stories([FLOOD[2], MINE[1], CHIP, FLOOD[0]], index)
    s2 = stories_of(second)
    assert s2["flood-3"] == s1["flood-1"]
    assert s2["mine-2"] == s1["mine-1"]
    assert s2["chip"] == "s3"
    assert s2["flood-1"] == s1["flood-1"]  # already placed: keeps its story
    assert index2.next_id == 4
    assert index.next_id == 3  # the old index is not modified


def test_empty_batch_and_empty_article() -> None:
    assignments, index = assign_stories([])
    assert assignments == () and index == StoryIndex()
    empty = item("empty", "", "", None)
    assignments, index = assign_stories([empty])
    assert [a.story_id for a in assignments] == ["s1"]


def test_json_roundtrip_is_exact() -> None:
    _, index = assign_stories(FLOOD[:2])
    again = StoryIndex.from_json(index.to_json())
    assert again.to_json() == index.to_json()
    assert again.stories[0].articles == ("flood-1", "flood-2")


def test_lead_text_uses_title_and_first_sentences() -> None:
    clean, _ = FLOOD[0]
    lead = lead_text(clean)
    assert lead.startswith("Floods sweep Marrowgate") and "killing 12 people" in lead


def test_dev_corpus_is_one_story(dev_corpus) -> None:  # type: ignore[no-untyped-def]
    import json

    manifest = {m["file"]: m for m in json.loads((dev_corpus / "manifest.json").read_text())["articles"]}
    batch = []
    for p in sorted(dev_corpus.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        batch.append(item(p.stem, "", text, dt.date.fromisoformat(manifest[p.name]["published"])))
    assignments, _ = assign_stories(batch)
    assert len({a.story_id for a in assignments}) == 1


# --- generic news: a shared country, weekday, capital or genre is not a shared story ----------------

QUAKE_DAY = dt.date(2031, 5, 6)  # a Tuesday
QUAKE = [
    item("quake-wire-a", "Earthquake shakes Hollowmere, toppling homes",
         "A magnitude 6.1 earthquake struck Hollowmere in eastern Veloria on Tuesday, toppling dozens of homes "
         "and killing at least four people, the regional governor Mira Calloway said.", QUAKE_DAY,
         (("Hollowmere", "VL"),), ("Veloria",), ("Mira Calloway",)),
    item("quake-wire-b", "Four dead as strong quake hits eastern Veloria",
         "At least four people were killed when a strong earthquake hit the town of Hollowmere on Tuesday, "
         "governor Mira Calloway told reporters as rescuers dug through rubble.", QUAKE_DAY,
         (("Hollowmere", "VL"),), ("Veloria",), ("Mira Calloway",)),
]
ELECTION = item("election", "Velorians vote in tight parliamentary election",
                "Voters across Veloria went to the polls on Tuesday in a parliamentary election that opinion "
                "surveys showed too close to call, with the Civic Union seeking a third term.", QUAKE_DAY,
                (), ("Veloria",), ("Civic Union",))


def test_unrelated_articles_sharing_country_and_weekday_stay_apart() -> None:
    s = stories_of(assign_stories([*QUAKE, ELECTION])[0])
    assert s["quake-wire-a"] == s["quake-wire-b"]  # two wires on one event join
    assert s["election"] != s["quake-wire-a"]


def test_two_reports_of_one_event_join_alone() -> None:
    s = stories_of(assign_stories(QUAKE)[0])
    assert s["quake-wire-a"] == s["quake-wire-b"]


BUSINESS_DAY = dt.date(2031, 10, 27)
# Business briefs of one week from one capital, about different companies: alike in genre, all
# naming Veloria and Corrowick, each its own story.
BRIEFS = [
    ("brief-pumps", "Askel Pumps lifts quarterly profit",
     "Askel Pumps, the Corrowick maker of industrial pumps, said third-quarter net income rose 12% on "
     "strong orders from water utilities.", ("Askel Pumps",)),
    ("brief-bank", "Brannock Savings cuts dividend after loan losses",
     "Brannock Savings of Corrowick halved its quarterly dividend and set aside more money for bad "
     "property loans, sending its shares down 9%.", ("Brannock Savings",)),
    ("brief-takeover", "Cullen Foods agrees to buy bakery chain",
     "Cullen Foods said it agreed to acquire the Dunmere bakery chain for 310 million crowns in cash, "
     "its third purchase this year.", ("Cullen Foods", "Dunmere")),
    ("brief-airline", "Eskdale Air to add routes to the coast",
     "Eskdale Air will almost double its weekly flights from Corrowick to the coast by spring, the "
     "carrier's chief executive Tomas Vell said.", ("Eskdale Air", "Tomas Vell")),
    ("brief-chief", "Farrow Industrial names new chairman",
     "Farrow Industrial named its finance director, Ilona Brisk, chairman and chief executive, "
     "succeeding the company's founder, who is retiring.", ("Farrow Industrial", "Ilona Brisk")),
    ("brief-bond", "Gorse Energy plans bond sale",
     "Gorse Energy, the Corrowick utility, plans to sell 200 million crowns of ten-year bonds to "
     "refinance debt, according to a filing.", ("Gorse Energy",)),
]
BRIEF_FOLLOW_UP = item("brief-takeover-2", "Cullen Foods completes bakery purchase",
                       "Cullen Foods completed its acquisition of the Dunmere bakery chain after shareholders "
                       "approved the deal on Thursday.", BUSINESS_DAY + dt.timedelta(days=3),
                       (("Corrowick", "VL"),), ("Veloria",), ("Cullen Foods", "Dunmere"))


def test_one_genre_of_news_does_not_chain_into_a_story() -> None:
    batch = [item(aid, title, text, BUSINESS_DAY + dt.timedelta(days=i % 3), (("Corrowick", "VL"),), ("Veloria",),
                  actors) for i, (aid, title, text, actors) in enumerate(BRIEFS)]
    s = stories_of(assign_stories([*batch, BRIEF_FOLLOW_UP])[0])
    assert len({s[aid] for aid, *_ in BRIEFS}) == len(BRIEFS)
    assert s["brief-takeover-2"] == s["brief-takeover"]  # the same deal, days later, joins


def test_specificity_weighs_ubiquitous_names_zero_and_protagonists_one() -> None:
    from groundwatch.stages.stories import _Profile, _specificity

    def profile(*actors: str) -> _Profile:
        return _Profile(frozenset(), frozenset({"VL"}), frozenset(actors), None)

    # Unit vectors: three unrelated articles (orthogonal) and two of one story (identical).
    e = [(1.0, 0.0, 0.0, 0.0), (0.0, 1.0, 0.0, 0.0), (0.0, 0.0, 1.0, 0.0), (0.0, 0.0, 0.0, 1.0),
         (0.0, 0.0, 0.0, 1.0)]
    profiles = [profile("wire"), profile("wire"), profile(), profile("mira calloway"), profile("mira calloway", "wire")]
    w = _specificity(profiles, e)
    assert w["VL"] == 0.0 and w["wire"] == 0.0
    assert w["mira calloway"] == 1.0
    assert "civic union" not in w  # unseen names default to 1 at use


def test_same_capital_same_day_briefs_stay_apart() -> None:
    # Two wire briefs datelined from one capital on one day: a city budget and a border treaty.
    day = dt.date(2031, 2, 27)
    budget = item("capital-budget", "Corrowick mayor funds new museum",
                  "CORROWICK (Meridian Wire) - The mayor of Corrowick has set aside money in the city budget "
                  "to build a museum of river trade, the city hall said on Friday.", day,
                  (("Corrowick", "VL"),), ("Veloria",))
    treaty = item("capital-treaty", "Veloria and Aldermark sign border treaty",
                  "CORROWICK (Meridian Wire) - The presidents of Veloria and Aldermark signed a treaty on "
                  "Friday settling the line of their shared border along the Tam river.", day,
                  (("Corrowick", "VL"),), ("Veloria", "Aldermark"))
    s = stories_of(assign_stories([budget, treaty])[0])
    assert s["capital-budget"] != s["capital-treaty"]


@pytest.mark.issue(11)
def test_a_date_borrowed_from_a_story_is_not_the_articles_date() -> None:
    # An undated article re-dated from another story (stages/story_dates.py) once took that story's
    # date into every later comparison; it is placed on its own text instead.
    clean, facts = item("flood-4", "Marrowgate flood victims buried",
                        "Hundreds of mourners gathered in Marrowgate as the victims of the Sallow river floods "
                        "were buried, Interior Minister Anselm Karrow said.", None,
                        (("Marrowgate", "VL"),), ("Veloria",), ("Anselm Karrow",))
    elsewhere = dt.date(2026, 6, 8)
    borrowed = (replace(clean, published=elsewhere, published_origin="story"),
                replace(facts, published=elsewhere, published_origin="story"))
    s = stories_of(assign_stories([*FLOOD, OLD_FLOOD, borrowed])[0])
    assert s["flood-4"] == s["flood-1"] != s["flood-2026"]


# --- a follow-up under a new headline: unlike the first reports, but naming the story's people ------

SLIDE_DAY = dt.date(2031, 9, 2)
SLIDE_PLACES = (("Kelmora", "OS"), ("Vashti Pass", "OS"))
SLIDE = [
    item("slide-1", "Landslide buries homes in Kelmora",
         "A landslide triggered by days of rain buried 14 homes in the mountain town of Kelmora on Tuesday, killing "
         "at least six people, Governor Halina Drobek said. The Civil Protection Directorate sent rescuers from "
         "Vashti Pass.", SLIDE_DAY, SLIDE_PLACES, ("Ostrevia",), ("Halina Drobek", "Civil Protection Directorate")),
    item("slide-2", "Kelmora landslide toll rises to nine",
         "Rescuers digging through mud in Kelmora found three more bodies on Wednesday, raising the landslide toll "
         "to nine, the Civil Protection Directorate said.", SLIDE_DAY + dt.timedelta(days=1), SLIDE_PLACES[:1],
         ("Ostrevia",), ("Civil Protection Directorate",)),
    item("slide-3", "Rain hampers search for Kelmora landslide survivors",
         "Heavy rain halted the search for survivors of the Kelmora landslide on Thursday, Governor Halina Drobek "
         "said, as geologists warned the slope above Vashti Pass could move again.", SLIDE_DAY + dt.timedelta(days=2),
         SLIDE_PLACES, ("Ostrevia",), ("Halina Drobek",)),
]


def slide_follow_up(published: dt.date) -> tuple[CleanArticle, ArticleFacts]:
    # Its lead scores a cosine of ~0.28 with the story (under SIMILARITY_FLOOR): it names all of the
    # story's people and places, and nothing else.
    return item("slide-choir", "Choir sings in a sports hall",
                "A children's choir gave a concert of folk songs and lullabies in a sports hall on Sunday evening, "
                "raising money to rebuild a church. Governor Halina Drobek thanked the singers from Vashti Pass and "
                "the Civil Protection Directorate for lending the hall in Kelmora.", published, SLIDE_PLACES,
                ("Ostrevia",), ("Halina Drobek", "Civil Protection Directorate"))


@pytest.mark.issue(10)
def test_a_follow_up_naming_the_storys_people_joins_inside_its_dates() -> None:
    s = stories_of(assign_stories([*SLIDE, slide_follow_up(SLIDE_DAY + dt.timedelta(days=5))])[0])
    assert s["slide-choir"] == s["slide-1"] == s["slide-2"] == s["slide-3"]
    # Weeks later the same names are the same town's next news: no relief outside the story's dates.
    s = stories_of(assign_stories([*SLIDE, slide_follow_up(SLIDE_DAY + dt.timedelta(days=40))])[0])
    assert s["slide-choir"] != s["slide-1"]


@pytest.mark.issue(10)
def test_the_outlets_own_name_is_not_one_of_the_articles_names() -> None:
    # A Q&A labels each question with the outlet's name ("Sorrel Gazette: Who sang?"), so the outlet
    # is extracted as an actor; counted, it made the story's names too small a share of the article's
    # own for relief, and the follow-up started a story of its own.
    clean, facts = slide_follow_up(SLIDE_DAY + dt.timedelta(days=5))
    guests = ("Sorrel Gazette", "Mira Odell", "Kelmora Choir Guild", "Tova Brenn")
    facts = replace(facts, actors=(*facts.actors, *(Actor(text=g, name=g, kind="organization", span=_SPAN)
                                                    for g in guests)))
    clean = replace(clean, article=replace(clean.article, outlet="Sorrel Gazette"))
    s = stories_of(assign_stories([*SLIDE, (clean, facts)])[0])
    assert s["slide-choir"] == s["slide-1"]
    other = replace(clean, article=replace(clean.article, outlet="Dunmere Post"))
    s = stories_of(assign_stories([*SLIDE, (other, facts)])[0])
    assert s["slide-choir"] != s["slide-1"]  # the same names under another outlet: one name too many


@pytest.mark.issue(10)
def test_relief_needs_many_shared_names_that_are_most_of_the_articles_own() -> None:
    from groundwatch.stages.story_names import RELIEF_MAX, evidence, relief
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    story = StoryProfile("s1", (1.0,), 3, places={"kelmora": 3, "vashti pass": 2},
                         actors={"halina drobek": 2, "civil protection directorate": 2, "ostrevian army": 1})

    def eased(actors: set[str], places: set[str]) -> float:
        profile = _Profile(frozenset(places), frozenset(), frozenset(actors), SLIDE_DAY)
        return relief(profile, evidence(profile, story, {}), {})

    assert eased({"halina drobek", "civil protection directorate", "ostrevian army"}, {"kelmora"}) == RELIEF_MAX
    assert 0.0 < eased({"halina drobek", "civil protection directorate", "choir"}, {"kelmora"}) < RELIEF_MAX
    assert eased({"halina drobek"}, set()) == 0.0  # one shared name: the text gates decide as before
    # A roundup of the region's news shares three of its ten names: no relief.
    digest = {"halina drobek", "civil protection directorate", "ostrevian army", *(f"company {i}" for i in range(7))}
    assert eased(digest, set()) == 0.0


# --- an article with no date at all: a bulletin's greeting leads, the story's names follow -----------

def slide_bulletin(people: tuple[str, ...] = ("Halina Drobek", "Civil Protection Directorate"),
                   places: tuple[tuple[str, str], ...] = SLIDE_PLACES) -> tuple[CleanArticle, ArticleFacts]:
    # No publication date and no day in its text; its lead is the station's greeting.
    named = " and ".join((*people, *(p for p, _ in places)))
    return item("slide-bulletin", "",
                "Good evening and welcome to the late bulletin on Upland Community Radio. Our reporters and the "
                f"weather come after the music. Tonight we hear from {named}. Stay with us for the farm prices.", None,
                places, (), people)


@pytest.mark.issue(10)
def test_an_undated_bulletin_naming_the_storys_people_joins_it_on_its_names() -> None:
    s = stories_of(assign_stories([*SLIDE, *MINE, slide_bulletin()])[0])
    assert s["slide-bulletin"] == s["slide-1"] != s["mine-1"]
    # One shared person is too little to place an undated article on names alone.
    s = stories_of(assign_stories([*SLIDE, *MINE, slide_bulletin(("Halina Drobek",), ())])[0])
    assert s["slide-bulletin"] not in (s["slide-1"], s["mine-1"])


@pytest.mark.issue(10)
def test_an_undated_article_naming_two_stories_alike_joins_neither() -> None:
    from groundwatch.stages.story_names import undated_home
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    slide = StoryProfile("s1", (1.0,), 3, places={"kelmora": 3}, actors={"halina drobek": 2, "rescue league": 1})
    quake = StoryProfile("s2", (1.0,), 2, places={"kelmora": 1}, actors={"halina drobek": 1, "rescue league": 2})
    profile = _Profile(frozenset({"kelmora"}), frozenset(), frozenset({"halina drobek", "rescue league"}), None)
    assert undated_home(profile, [slide], {}) == 0
    assert undated_home(profile, [slide, quake], {}) is None  # the same town's two events share its names
    dated = _Profile(profile.places, frozenset(), profile.actors, SLIDE_DAY)
    assert undated_home(dated, [slide], {}) is None  # a dated article is placed by its score and dates


def quake_next_door(people: tuple[str, ...] = ("Mira Calloway",)) -> tuple[CleanArticle, ArticleFacts]:
    return item("quake-next-door", "Moderate quake rattles Pell valley in Ostravia, one dead",
                "PELL — An earthquake of magnitude 4.7 struck the Pell valley of western Ostravia on Thursday morning, "
                "killing one person and injuring nine, the civil defence office said. The shaking cracked the walls "
                "of a school and two barns. Seismologists said it was not linked to Tuesday's deadly quake across "
                "the border, whose toll Governor Mira Calloway put at four.", QUAKE_DAY + dt.timedelta(days=2),
                (("Pell", ""),), (), people)


@pytest.mark.issue(10)
def test_a_quake_next_door_naming_the_storys_governor_in_passing_stays_apart() -> None:
    s = stories_of(assign_stories([*QUAKE, quake_next_door()])[0])
    assert s["quake-wire-a"] == s["quake-wire-b"] != s["quake-next-door"]


@pytest.mark.issue(10)
def test_names_in_the_body_only_count_unless_the_lead_is_about_other_names() -> None:
    from groundwatch.stages.story_names import evidence
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    story = StoryProfile("s1", (1.0,), 2, places={"hollowmere": 2}, actors={"mira calloway": 2})
    aside = _Profile(frozenset({"pell"}), frozenset(), frozenset({"mira calloway"}), QUAKE_DAY,
                     lead=frozenset({"pell"}))
    assert evidence(aside, story, {}) == 0.0  # the lead is about Pell; the governor is named in passing
    assert evidence(replace(aside, lead=frozenset({"pell", "mira calloway"})), story, {}) == 1.0
    assert evidence(replace(aside, lead=frozenset()), story, {}) == 1.0  # a lead naming nobody says nothing
    assert evidence(aside, story, {"pell": 0.0}) == 1.0  # a generic name (the capital) is no other subject
    # In the story's country, a lead about new people is a follow-up (a survivor's rescue), not another event.
    assert evidence(replace(aside, countries=frozenset({"VL"})), replace(story, countries={"VL": 2}), {}) == 1.0
    # More than one name in passing is the story's own body: a second report whose lead names the province.
    both = replace(aside, places=frozenset({"pell", "hollowmere", "tessel"}))
    assert evidence(both, replace(story, places={"hollowmere": 2, "tessel": 1}), {}) == 2.0


# --- a follow-up under a new angle: its lead is one person's news, its last paragraph the running toll ---

STRIKE_DAY = dt.date(2031, 5, 5)
STRIKE_PLACES = (("Ombria", "VN"), ("Kettle Down", "VN"))
MONITOR = "the Ombrian Rights Monitor"


def with_tolls(it: tuple[CleanArticle, ArticleFacts], *tolls: tuple[str, float, str | None]
               ) -> tuple[CleanArticle, ArticleFacts]:
    """The article with figures (kind, value, credited to) located in its own text."""
    clean, facts = it
    figures = tuple(Figure(kind=kind, value=value, qualifier="at_least", text=str(int(value)),
                           span=Span(clean.id, 0, 0, 0, clean.text), reported_by=body) for kind, value, body in tolls)
    return clean, replace(facts, figures=figures)


STRIKE = [
    with_tolls(item("strike-1", "Police fire on striking dockers in Ombria",
                    "Police opened fire on thousands of striking dock workers in Ombria on Monday, killing at least "
                    "five, the Ombrian Rights Monitor said. Unions called a general strike across Varnesse.",
                    STRIKE_DAY, STRIKE_PLACES[:1], ("Varnesse",), ("Ombrian Rights Monitor", "Teo Lindqvist")),
               ("killed", 5, MONITOR)),
    with_tolls(item("strike-2", "General strike paralyses Varnesse as toll rises",
                    "Ports and railways stood still across Varnesse on Tuesday as a general strike spread from "
                    "Ombria to Kettle Down; the Ombrian Rights Monitor said nine people had been killed.",
                    STRIKE_DAY + dt.timedelta(days=1), STRIKE_PLACES, ("Varnesse",), ("Ombrian Rights Monitor",)),
               ("killed", 9, MONITOR), ("detained", 200, "Police")),
    with_tolls(item("strike-3", "Varnesse unions reject curfew as dockers bury their dead",
                    "Union leaders in Kettle Down rejected a night curfew on Wednesday as thousands buried dock "
                    "workers shot in Ombria, where the Ombrian Rights Monitor counts at least 11 dead.",
                    STRIKE_DAY + dt.timedelta(days=2), STRIKE_PLACES, ("Varnesse",),
                    ("Ombrian Rights Monitor", "Teo Lindqvist")), ("killed", 11, MONITOR)),
]


def singer_freed(published: dt.date, body: str | None = MONITOR, places: tuple[tuple[str, str], ...] = ()
                 ) -> tuple[CleanArticle, ArticleFacts]:
    # Its lead is about a singer's release (cosine with the story under the similarity floor) and names
    # none of the story's places; only its last paragraph, the monitor's running toll, is the story's.
    return with_tolls(item("strike-singer", "Folk singer Ilse Marrow walks free after four nights in a cell",
                           "The folk singer Ilse Marrow walked free on Friday after four nights in a cell, her "
                           "manager Benedek Sarl said, and will play her autumn concerts as planned. Fans waited "
                           "outside with flowers and guitars. The Ombrian Rights Monitor says at least 14 people "
                           "have been killed since the strike began.", published, places, (),
                           ("Ilse Marrow", "Benedek Sarl", "Ombrian Rights Monitor")), ("killed", 14, body))


@pytest.mark.issue(10)
def test_a_follow_up_reporting_the_storys_running_toll_joins_it() -> None:
    s = stories_of(assign_stories([*STRIKE, *MINE, singer_freed(STRIKE_DAY + dt.timedelta(days=4))])[0])
    assert s["strike-singer"] == s["strike-1"] == s["strike-2"] == s["strike-3"] != s["mine-1"]


@pytest.mark.issue(10)
def test_a_follow_up_arriving_in_a_later_batch_joins_the_stored_story_on_its_toll() -> None:
    first, index = assign_stories(STRIKE)
    stored = StoryIndex.from_json(index.to_json())  # the keepers are part of the persisted profile
    later, _ = assign_stories([singer_freed(STRIKE_DAY + dt.timedelta(days=4))], stored)
    assert later[0].story_id == first[0].story_id


@pytest.mark.issue(10)
@pytest.mark.parametrize(("days", "body", "places"), [
    pytest.param(40, MONITOR, (), id="weeks-later"),  # the same keeper's count of the next event
    pytest.param(4, "the health ministry", (), id="generic-credit"),  # every country's stories credit one
    pytest.param(4, None, (), id="uncredited"),
    pytest.param(4, MONITOR, (("Dornholm", "AL"),), id="other-country"),
])
def test_a_follow_up_without_the_storys_toll_stays_apart(days: int, body: str | None,
                                                         places: tuple[tuple[str, str], ...]) -> None:
    s = stories_of(assign_stories([*STRIKE, singer_freed(STRIKE_DAY + dt.timedelta(days=days), body, places)])[0])
    assert s["strike-singer"] != s["strike-1"]


def test_tolls_are_running_counts_credited_to_a_named_body() -> None:
    from groundwatch.stages.story_tolls import tolls

    _, facts = with_tolls(item("t", "", "x", STRIKE_DAY), ("killed", 5, "The Ombrian Rights Monitor"),
                          ("detained", 40, "the Office for Human Rights of the Concord"), ("killed", 3, "Police"),
                          ("injured", 9, "the health ministry"), ("killed", 2, "a rights group"),
                          ("injured", 4, "Police spokeswoman Dara Voss"), ("aid", 12, "World Food Relief"),
                          ("displaced", 300, None))
    assert tolls(facts) == {"killed|ombrian rights monitor", "detained|office for human rights of the concord"}
    older = replace(facts, figures=tuple(replace(f, other_event=True) for f in facts.figures))
    assert tolls(older) == frozenset()  # another event's count is not the story's toll


@pytest.mark.issue(10)
def test_toll_home_wants_the_storys_keepers_only_its_dates_and_no_rival() -> None:
    from groundwatch.stages.story_profiles import StoryProfile, _Profile
    from groundwatch.stages.story_tolls import toll_home

    kept = "killed|ombrian rights monitor"
    story = StoryProfile("s1", (1.0,), 3, actors={"ombrian rights monitor": 3}, countries={"VN": 3},
                         tolls={kept: 3, "detained|ombrian rights monitor": 1})
    follow = _Profile(frozenset(), frozenset(), frozenset({"ilse marrow"}), STRIKE_DAY, tolls=frozenset({kept}))
    assert toll_home(follow, [story], {}, -1, lambda s: True) == 0
    assert toll_home(follow, [story], {}, -1, lambda s: False) is None  # outside the story's dates
    assert toll_home(replace(follow, date=None), [story], {}, -1, lambda s: True) is None  # undated_home's
    # A look-alike next door: the story's toll recalled beside its own counts, kept by its own body.
    aside = replace(follow, tolls=frozenset({kept, "detained|dunmere port authority"}))
    assert toll_home(aside, [story], {}, -1, lambda s: True) is None
    assert toll_home(replace(follow, countries=frozenset({"AL"})), [story], {}, -1, lambda s: True) is None
    assert toll_home(follow, [story], {kept: 0.0}, -1, lambda s: True) is None  # a keeper every story credits
    twin = replace(story, id="s2")  # two stories keeping the same toll: nothing tells them apart
    assert toll_home(follow, [story, twin], {}, -1, lambda s: True) is None
    assert toll_home(follow, [story, twin], {}, 1, lambda s: True) == 0  # the young story itself is skipped


# --- a capsizing at sea: a look-alike that recalls it in one sentence, and a survivor's interview ------------

FERRY_DAY = dt.date(2032, 8, 15)  # a Sunday
FERRY = [
    item("ferry-1", "Ferry capsizes off Rook Harbour, dozens missing",
         "A crowded ferry capsized off Rook Harbour before dawn on Sunday, leaving at least 12 people dead and dozens "
         "missing, the Lindmar Coast Watch said. Fishing boats pulled 40 people from the water. The ferry had left "
         "Queln on Friday with about 150 passengers; the survivors were taken to Fallowick.", FERRY_DAY,
         (("Rook Harbour", ""), ("Queln", ""), ("Fallowick", "")), (), ("Lindmar Coast Watch",)),
    item("ferry-2", "Rook Harbour ferry toll rises to 20",
         "Divers recovered eight more bodies from the ferry that capsized off Rook Harbour, bringing the toll to 20, "
         "the Lindmar Coast Watch said on Monday. About 90 people are still missing. Of the 40 survivors, 25 sleep "
         "in a sports hall in Fallowick and 15 are in a clinic in Easterby.", FERRY_DAY + dt.timedelta(days=1),
         (("Rook Harbour", ""), ("Fallowick", ""), ("Easterby", "")), (), ("Lindmar Coast Watch",)),
    item("ferry-3", "Search for missing ferry passengers scaled back off Rook Harbour",
         "The Lindmar Coast Watch scaled back its search off Rook Harbour on Tuesday, saying there was no longer any "
         "hope of finding survivors. The toll stands at 23. Relatives of the passengers travelled from Queln to "
         "Fallowick to wait for news.", FERRY_DAY + dt.timedelta(days=2),
         (("Rook Harbour", ""), ("Queln", ""), ("Fallowick", "")), (), ("Lindmar Coast Watch",)),
]


def raft_next_door(recall: str = "It was the second deadly crossing this week, after the Lindmar Coast Watch counted "
                   "23 dead when a ferry capsized off Rook Harbour on Sunday.") -> tuple[CleanArticle, ArticleFacts]:
    # Another sea, its own island and navy; the story's town and its keeper named in one sentence in passing.
    return item("raft-tarrow", "Six dead as raft sinks in the Tarrow Channel",
                "Six people drowned and two are missing after a raft carrying migrants sank in the Tarrow Channel off "
                "Skellig Isle on Tuesday night, the Veskan navy said. Patrol boats rescued 11 people, who were taken "
                f"to a clinic on Skellig Isle. {recall}", FERRY_DAY + dt.timedelta(days=3),
                (("Tarrow Channel", ""), ("Skellig Isle", ""), ("Rook Harbour", "")), (),
                ("Veskan navy", "Lindmar Coast Watch"))


@pytest.mark.issue(10)
def test_a_look_alike_recalling_the_story_in_one_sentence_stays_apart() -> None:
    s = stories_of(assign_stories([*FERRY, raft_next_door()])[0])
    assert s["ferry-1"] == s["ferry-2"] == s["ferry-3"] != s["raft-tarrow"]


@pytest.mark.issue(10)
def test_names_shared_in_one_sentence_of_the_body_count_for_nothing_when_the_lead_is_elsewhere() -> None:
    from groundwatch.stages.story_names import evidence, recalled
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    story = StoryProfile("s1", (1.0,), 3, places={"rook harbour": 3, "lindmar": 2}, actors={"lindmar coast watch": 3})
    raft = _Profile(frozenset({"tarrow channel", "rook harbour", "lindmar"}), frozenset(),
                    frozenset({"veskan navy", "lindmar coast watch"}), FERRY_DAY, lead=frozenset({"tarrow channel"}),
                    mentions=frozenset({("tarrow channel", 0), ("veskan navy", 0), ("rook harbour", 3),
                                        ("lindmar", 3), ("lindmar coast watch", 3)}))
    assert recalled(raft, story) and evidence(raft, story, {}) == 0.0  # 2.0 units, all in its fourth sentence
    # The same names over two sentences of its body are a report's own: they count.
    apart = replace(raft, mentions=raft.mentions | {("rook harbour", 1)})
    assert not recalled(apart, story) and evidence(apart, story, {}) == 2.0
    # A lead that names one of them is about the story, wherever the rest stand.
    assert evidence(replace(raft, lead=frozenset({"tarrow channel", "rook harbour"})), story, {}) == 2.0
    # Without the sentences (a story's profile), the names count as before.
    assert evidence(replace(raft, mentions=frozenset()), story, {}) == 2.0


def survivor_interview(published: dt.date, towns: tuple[str, ...] = ("Queln", "Fallowick")
                       ) -> tuple[CleanArticle, ArticleFacts]:
    # A Q&A with no figure and no quotation mark; its lead names where the survivor comes from and where
    # she stays, which the story's reports name in their bodies only.
    return item("ferry-interview", "Ferry disaster survivor recounts five hours in the sea",
                f"Edda Morrow, 27, a teacher from {towns[0]}, is one of the 40 survivors of Sunday's ferry capsizing "
                f"now sleeping in {towns[-1]}. She clung to a life jacket for five hours after the overloaded ferry "
                "turned over in the dark; two of her cousins are still missing. Q: Have you called home? A: This "
                "morning, for the first time. My father had already lit a candle for me.", published,
                tuple((t, "") for t in towns), (), ("Edda Morrow",))


@pytest.mark.issue(10)
def test_a_survivor_interview_leading_with_the_storys_towns_joins_it() -> None:
    s = stories_of(assign_stories([*FERRY, survivor_interview(FERRY_DAY + dt.timedelta(days=3))])[0])
    assert s["ferry-interview"] == s["ferry-1"] == s["ferry-2"] == s["ferry-3"]
    # One town shared is too little; so is the same interview weeks later.
    s = stories_of(assign_stories([*FERRY, survivor_interview(FERRY_DAY + dt.timedelta(days=3), ("Fallowick",))])[0])
    assert s["ferry-interview"] != s["ferry-1"]
    s = stories_of(assign_stories([*FERRY, survivor_interview(FERRY_DAY + dt.timedelta(days=60))])[0])
    assert s["ferry-interview"] != s["ferry-1"]


@pytest.mark.issue(10)
def test_only_a_young_story_is_a_look_alike_on_its_side() -> None:
    from groundwatch.stages.story_names import LOOKALIKE_MAX_SIZE, elsewhere
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    interview = _Profile(frozenset({"queln", "fallowick"}), frozenset(), frozenset({"edda morrow"}), FERRY_DAY,
                         lead=frozenset({"queln", "fallowick", "edda morrow"}))
    young = StoryProfile("s1", (1.0,), LOOKALIKE_MAX_SIZE, places={"queln": 1, "fallowick": 1, "rook harbour": 2},
                         lead=frozenset({"rook harbour"}))
    assert elsewhere(interview, young, {})  # one report and its copy, leading elsewhere: it may be the look-alike
    assert not elsewhere(interview, replace(young, size=LOOKALIKE_MAX_SIZE + 1), {})

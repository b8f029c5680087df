"""Reconciling one invented story (floods in Veloria) across hand-built article records."""

from __future__ import annotations

import datetime as dt

import pytest

from groundwatch.records import (
    Actor,
    Article,
    ArticleFacts,
    CleanArticle,
    Copy,
    DateMention,
    Figure,
    Quote,
    Sentence,
    Span,
)
from groundwatch.stages.reconcile import StoryPicture, reconcile, resolve_speakers, same_quote

Item = tuple[CleanArticle, ArticleFacts]


class Builder:
    """An invented article: sentences joined by spaces; facts located by phrase."""

    def __init__(self, aid: str, published: dt.date | None, sentences: list[str], outlet: str | None = None):
        self.aid = aid
        self.text = " ".join(sentences)
        self.published = published
        self.outlet = outlet or aid
        self.sentences: list[Sentence] = []
        pos = 0
        for i, s in enumerate(sentences):
            self.sentences.append(Sentence(i, pos, pos + len(s), s))
            pos += len(s) + 1
        self.figures: list[Figure] = []
        self.dates: list[DateMention] = []
        self.quotes: list[Quote] = []
        self.actors: list[Actor] = []

    def span(self, phrase: str) -> Span:
        start = self.text.index(phrase)
        sent = next(s for s in self.sentences if s.start <= start < s.end)
        return Span(self.aid, sent.index, start, start + len(phrase), sent.text)

    def figure(self, phrase: str, kind: str, value: float | None, qualifier: str = "exact", **kw: object) -> Builder:
        self.figures.append(Figure(kind=kind, value=value, qualifier=qualifier, text=phrase, span=self.span(phrase),
                                   **kw))  # type: ignore[arg-type]
        return self

    def date(self, phrase: str, date: str, precision: str = "day", future: bool = False) -> Builder:
        self.dates.append(DateMention(phrase, date, precision, self.span(phrase), future=future))
        return self

    def quote(self, words: str, speaker: str | None, kind: str | None = "person") -> Builder:
        self.quotes.append(Quote(text=words, span=self.span(words), speaker=speaker, speaker_kind=kind))
        return self

    def actor(self, phrase: str, name: str, kind: str = "country") -> Builder:
        self.actors.append(Actor(text=phrase, name=name, kind=kind, span=self.span(phrase)))
        return self

    def item(self) -> Item:
        art = Article(id=self.aid, source=self.aid, body=self.text, format="txt", outlet=self.outlet,
                      published=self.published)
        facts = ArticleFacts(article_id=self.aid, sentences=tuple(self.sentences), figures=tuple(self.figures),
                             quotes=tuple(self.quotes), dates=tuple(self.dates), actors=tuple(self.actors),
                             published=self.published)
        return CleanArticle(article=art, text=self.text, published=self.published), facts


D = dt.date(2031, 3, 10)  # a Monday


def tolls() -> list[Item]:
    return [
        Builder("a", D, ["Floods in southern Veloria have killed 12 people, officials said."])
        .figure("killed 12 people", "killed", 12).item(),
        Builder("b", D + dt.timedelta(days=1), ["The death toll from the floods rose to 31 on Tuesday."])
        .figure("death toll from the floods rose to 31", "killed", 31).item(),
        Builder("c", D + dt.timedelta(days=2), ["At least 45 people have now died in the floods."])
        .figure("At least 45 people have now died", "killed", 45, "at_least").item(),
        # A later article repeating the first count as background: not a new estimate.
        Builder("d", D + dt.timedelta(days=3), ["The floods, which first killed 12 people, also cut power."])
        .figure("first killed 12 people", "killed", 12).item(),
    ]


def test_rising_toll_is_an_update_not_a_contradiction() -> None:
    pic = reconcile("s1", tolls(), [])
    assert [c.value for c in pic.updates[0].claims] == [12, 31, 45, 12]
    assert [c.as_of for c in pic.updates[0].claims] == ["2031-03-10", "2031-03-11", "2031-03-12", "2031-03-13"]
    assert pic.updates[0].field == "figure" and pic.updates[0].story == "s1"
    assert not [c for c in pic.contradictions if c.field == "figure"]
    (fig,) = pic.figures
    assert (fig.kind, fig.low, fig.best, fig.high) == ("killed", 45, 45, 45)
    assert len(fig.claims) == 4 and fig.independent_sources == 4


def test_same_day_different_numbers_contradict() -> None:
    items = [
        Builder("p", D, ["The shooting at the Tessel crossing left one Velorian officer dead."])
        .figure("left one Velorian officer dead", "killed", 1, who="officer").item(),
        Builder("q", D, ["Two Velorian border officers were killed at the Tessel crossing."])
        .figure("Two Velorian border officers were killed", "killed", 2, who="officers").item(),
    ]
    pic = reconcile("s1", items, [])
    (con,) = [c for c in pic.contradictions if c.field == "figure"]
    assert {c.article for c in con.claims} == {"p", "q"}
    assert {c.value for c in con.claims} == {1, 2}
    assert pic.updates == ()
    d = con.to_dict()
    assert d["field"] == "figure" and {"article", "sentence", "value"} <= set(d["claims"][0])
    (fig,) = pic.figures
    assert (fig.low, fig.best, fig.high) == (1, 1, 2)  # a tie goes to the lowest


@pytest.mark.parametrize("q1,v1,q2,v2", [
    ("at_least", 12, "exact", 15),   # "at least 12" allows 15
    ("approx", 200, "exact", 187),   # "some 200" allows 187
    ("exact", 12, "exact", 12),
    ("at_most", 20, "exact", 15),
])
def test_compatible_counts_do_not_contradict(q1: str, v1: int, q2: str, v2: int) -> None:
    items = [Builder("p", D, ["Floods killed many people in Marrowgate."]).figure("killed many", "killed", v1, q1)
             .item(),
             Builder("q", D, ["The floods killed people in Marrowgate."]).figure("killed people", "killed", v2, q2)
             .item()]
    assert reconcile("s1", items, []).contradictions == ()


def test_copies_count_once_for_best_and_sources() -> None:
    items = [
        Builder("wire", D, ["Floods killed 20 people."]).figure("killed 20 people", "killed", 20).item(),
        Builder("rerun", D, ["Floods killed 20 people."]).figure("killed 20 people", "killed", 20).item(),
        Builder("own", D, ["Floods killed 20 people, a doctor said."]).figure("killed 20 people", "killed", 20).item(),
    ]
    pic = reconcile("s1", items, [Copy("wire", "rerun", 0.9)])
    assert pic.figures[0].independent_sources == 2
    assert pic.independent_sources == 2


def test_best_is_the_value_most_independent_groups_report() -> None:
    items = [Builder(a, D, [f"Floods killed {v} people."]).figure(f"killed {v} people", "killed", v).item()
             for a, v in (("x", 30), ("y", 31), ("z", 31))]
    fig = reconcile("s1", items, []).figures[0]
    assert (fig.low, fig.best, fig.high) == (30, 31, 31)


def test_other_events_and_projections_are_left_out() -> None:
    items = [Builder("x", D, ["The floods killed 9 people.", "Floods in 2019 killed 300.", "It could reach 50."])
             .figure("killed 9 people", "killed", 9)
             .figure("killed 300", "killed", 300, other_event=True)
             .figure("reach 50", "killed", 50, projection=True).item()]
    pic = reconcile("s1", items, [])
    assert [f.best for f in pic.figures] == [9]


def date_story() -> list[Item]:
    # Sunday 2031-03-09 vs Saturday 2031-03-08 for the same appeal.
    return [
        Builder("h", D, ["The Velorian government on Saturday urged the relief agency to send rescue teams to "
                         "Brinmouth after the embankment failed."])
        .date("Saturday", "2031-03-08").actor("Velorian government", "Veloria").item(),
        Builder("k", D, ["The Velorian government on Sunday called for rescue teams from the relief agency to be "
                         "sent to Brinmouth after the embankment failed."])
        .date("Sunday", "2031-03-09").actor("Velorian government", "Veloria").item(),
        # Same subject, another act, another day: no contradiction.
        Builder("m", D, ["The Velorian government on Friday closed every school in the southern provinces."])
        .date("Friday", "2031-03-07").actor("Velorian government", "Veloria").item(),
    ]


def test_date_contradiction_between_outlets() -> None:
    pic = reconcile("s1", date_story(), [])
    (con,) = [c for c in pic.contradictions if c.field == "date"]
    assert {(c.article, c.value) for c in con.claims} == {("h", "2031-03-08"), ("k", "2031-03-09")}
    assert any("on Saturday urged" in c.sentence for c in con.claims)


def test_same_article_two_days_is_two_events() -> None:
    item = (Builder("h", D, ["The mayor visited Tessel on Saturday.", "The mayor visited Tessel on Sunday."])
            .date("Saturday", "2031-03-08").date("Sunday", "2031-03-09").item())
    other = Builder("k", D, ["The mayor visited Tessel on Sunday."]).date("Sunday", "2031-03-09").item()
    assert [c for c in reconcile("s1", [item, other], []).contradictions if c.field == "date"] == []


def test_future_dates_are_not_events() -> None:
    items = [Builder("h", D, ["Ministers will meet in Orvenna on Friday to discuss the dam."])
             .date("Friday", "2031-03-14", future=True).item(),
             Builder("k", D, ["Ministers will meet in Orvenna on Thursday to discuss the dam."])
             .date("Thursday", "2031-03-13", future=True).item()]
    pic = reconcile("s1", items, [])
    assert pic.contradictions == () and pic.timeline == ()


def test_timeline_merges_outlets() -> None:
    pic = reconcile("s1", date_story(), [])
    days = [t.date for t in pic.timeline]
    assert days == sorted(days) and "2031-03-07" in days
    assert all(t.sources and t.precision == "day" for t in pic.timeline)


SPEECH = "We will rebuild every bridge and every school, stone by stone"


def quote_story() -> list[Item]:
    return [
        Builder("h", D, [f'"{SPEECH}," Prime Minister Ilse Varnholt told parliament.'])
        .quote(SPEECH, "Ilse Varnholt").item(),
        Builder("k", D, [f'"{SPEECH}," she said.']).quote(SPEECH, None).item(),
        Builder("m", D, ['She promised to rebuild "every bridge and every school" in the south.'])
        .quote("every bridge and every school", None).item(),
    ]


def test_quotes_merge_and_speaker_resolves_through_story() -> None:
    items = quote_story()
    pic = reconcile("s1", items, [])
    (q,) = pic.quotes
    assert q.speaker == "Ilse Varnholt" and q.resolved_by == "story"
    assert {c.article for c in q.sources} == {"h", "k", "m"} and q.independent_sources == 3
    resolved = resolve_speakers(items, pic)
    assert resolved["k"][0].speaker == "Ilse Varnholt" and resolved["k"][0].resolved_by == "story"
    assert resolved["h"][0].resolved_by is None  # unchanged


def test_conflicting_speakers_contradict() -> None:
    items = [Builder("h", D, [f'"{SPEECH}," Ilse Varnholt said.']).quote(SPEECH, "Ilse Varnholt").item(),
             Builder("k", D, [f'"{SPEECH}," Anselm Karrow said.']).quote(SPEECH, "Anselm Karrow").item(),
             Builder("m", D, [f'"{SPEECH}," the interior minister said.']).quote(SPEECH, "Interior Minister").item()]
    (con,) = reconcile("s1", items, []).contradictions
    assert con.field == "actor" and {c.value for c in con.claims} >= {"Ilse Varnholt", "Anselm Karrow"}


def test_title_and_name_do_not_contradict() -> None:
    items = [Builder("h", D, [f'"{SPEECH}," Ilse Varnholt said.']).quote(SPEECH, "Ilse Varnholt").item(),
             Builder("m", D, [f'"{SPEECH}," the prime minister said.']).quote(SPEECH, "Prime Minister").item()]
    assert reconcile("s1", items, []).contradictions == ()


def test_conflicting_claims_of_responsibility() -> None:
    items = [Builder("h", D, ["The Tessel Front claimed responsibility for the attack on the dam."]).item(),
             Builder("k", D, ["The Orvenna Brigade claimed responsibility for the attack on the dam."]).item()]
    (con,) = reconcile("s1", items, []).contradictions
    assert con.field == "actor" and {c.article for c in con.claims} == {"h", "k"}


@pytest.mark.parametrize("a,b,same", [
    (SPEECH, SPEECH.upper(), True),
    (SPEECH, "every bridge and every school", True),
    (SPEECH, "We will never surrender the valley", False),
    ("", SPEECH, False),
])
def test_same_quote(a: str, b: str, same: bool) -> None:
    assert same_quote(a, b) is same


def test_empty_story_and_to_dict() -> None:
    pic = reconcile("s9", [Builder("e", None, [""]).item()], [])
    assert isinstance(pic, StoryPicture) and pic.independent_sources == 1
    d = pic.to_dict()
    assert d["story"] == "s9" and d["figures"] == [] and d["contradictions"] == []


def test_dev_contradiction_recall(dev_corpus) -> None:  # type: ignore[no-untyped-def]
    """The dev gold's date contradiction, from facts the current extractors produce."""
    import json

    from groundwatch import nlp
    from groundwatch.stages import extract
    from groundwatch.stages.extract.registry import registered

    try:
        extract.load_extractors()
    except ImportError as exc:
        pytest.skip(f"extractors incomplete: {exc}")
    plan = extract.plan(sorted(registered()))
    manifest = {m["file"]: m for m in json.loads((dev_corpus / "manifest.json").read_text())["articles"]}
    gold = json.loads((dev_corpus.parent / "karabakh-2023.gold.json").read_text())
    items = []
    for p in sorted(dev_corpus.glob("*.txt")):
        pub = dt.date.fromisoformat(manifest[p.name]["published"])
        text = p.read_text(encoding="utf-8")
        clean = CleanArticle(Article(p.stem, p.name, text, "txt", outlet=manifest[p.name]["outlet"],
                                     published=pub), text, published=pub)
        items.append((clean, extract.analyse(clean, nlp.load()(text), plan)))
    pic = reconcile("s1", items, [])
    found = [c.to_dict() for c in (*pic.contradictions, *pic.updates)]
    for g in gold["contradictions"]:
        assert any(p["field"] == g["field"] and all(
            any(c["article"] == aid and ev.lower() in c["sentence"].lower() for c in p["claims"])
            for aid, ev in g["evidence"].items()) for p in found), g["about"]

"""A story's headline figures: at most one per kind, the number an analyst would put first.

* **Which slot.** The story-wide slot of the kind (no place of its own, no wider-area or other
  event's count), counting people in general; where a kind has no such slot, one group's slot
  when it is the only group counted of that kind ("142 protesters detained") and not a part of
  a larger count (children, women, households, bodies). Counts of people in a unit that is not
  people (households, families) never head a count of people. A story-wide slot whose every count
  stands below its article's lead and is older than a group's count that lead gives recalls
  another event ("shot dead nine herders on Sunday" over "... a week after gunmen killed 30 in a
  raid"): it heads nothing. A running count's story-wide head
  yields to a group's credible count that is newer and higher ("17 wounded" the first night,
  "some 40 soldiers had been wounded" five days later): the group is a part of the whole, so its
  count is the whole's latest floor.
* **Which claims.** Credible claims only: a number (never a vague word: "dozens"), not from an
  "Also read" teaser, not superseded. A claim is superseded by a newer incompatible one (as of
  a later day, or the same day in a later-published article): for most kinds only by a higher
  one, since tolls accumulate; for ``missing`` by any, since the missing are found. A claim
  lower than an older count of the same scope is a stale repeat or a partial count, unless it
  corrects the count down ("revised the toll down to 97"): a correction (or a value taken back:
  "withdrew its figure of 300") ends the higher counts no newer than it. An older higher count that
  only one source gives is no such floor when it is background in the article that leads with the
  newer count (a neighbour's older toll), or when, credited to no official body, the sources
  reporting after it do not take it up and the newer count rises above theirs (an opposition
  count beside the official series): the two stand side by side; so does a challenger's count (credited to
  no official body: a rights group) that several sources carry beside an official body's newer, lower one
  (``_challenged``). So do two bodies' rival tallies (:data:`RIVAL_TALLY_KINDS`; names sharing no word): a
  body's newer, lower count is no stale repeat of another body's older, higher one when its article sets it
  beside a rival count at least as high ("the health ministry said 13 had died; a rights group put the toll
  at 22"), and an article's
  smaller count credited to a rival body is kept beside its largest (``headline_claims``), unless it
  is recalled as earlier or counted at one facility. A higher count an article gives only below its
  lead (:data:`LEAD_SENTENCES`), not as a rise, makes no count of its lead stale or superseded: it is
  background ("It comes as an outbreak in the south, where 37 have died, ...") or another body's
  tally; the two stand side by side. A body's older count its own newer, higher one has raised makes
  nothing stale on its own: it is a stage of the newer one, which decides.
* **Which value.** What remains is simultaneous: the conservative (lowest) value, the others in
  low/high. Claims scoped to different parts of the event (the two banks of a river) are not
  alternatives: each part's conservative value, and the largest part as a floor of the whole.
  Aid, forces and weapons do not accumulate: the most corroborated value of the most reported
  slot (ties: the lower), the other values in low/high; but forces sent in over days are built up, so a
  newer, higher deployment said to stand "now" replaces an older one (:data:`BUILT_UP_KINDS`).
* **Source body.** Who the outlet credits the number to ("according to the interior ministry",
  "the disaster agency said"): an official body, an agency, an official; never just the outlet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from groundwatch import lexicons
from groundwatch.records import FIGURE_KINDS, Figure, KeyFigure

# An article's lead is its first LEAD_SENTENCES sentences (a title, a dateline or byline, the first sentence), as
# the dates extractor reads it; corpus_j's and corpus_k's look-alikes recall another story's toll only below it.
from groundwatch.stages.extract.dates_events import LEAD_SENTENCES

if TYPE_CHECKING:
    from groundwatch.stages.reconcile.common import Ctx
    from groundwatch.stages.reconcile.figures import FigClaim, SlotKey

#: Kinds whose headline is the latest running count of the event.
ACCUMULATING_KINDS = frozenset({"killed", "injured", "missing", "displaced", "evacuated", "detained", "affected"})
#: Running counts that may fall: the missing are found, so a newer lower count replaces an older one.
FALLING_KINDS = frozenset({"missing"})
#: A count of people said to be held still ("42 are still held", "remain in the hands of the group", "still in
#: captivity"): the stock of the detained, which falls as they are freed, where other counts of the kind are of
#: those taken in all or newly arrested. Where a story gives such counts, the detained headline is their latest
#: (the lead's decision on abducted people, corpus_l). General English, not tuned on a score.
_HELD_RE = re.compile(r"\b(?:still|remain(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?(?:held|hostages?|captives?"
                      r"|in\s+(?:the\s+)?(?:captivity|custody|detention|hands))\b", re.IGNORECASE)
#: Characters after a count in which "still held" must stand to be said of it: "42 people are still held", "the
#: 23 people still held by the group", "18 persons are still in the captivity of" (corpus_l: 12-24 characters).
HELD_WINDOW_CHARS = 40
#: Kinds that do not accumulate like tolls but may be built up over days: forces sent in ("1,200 troops
#: deployed" on Friday, "has now deployed 2,500" on Sunday). Aid shipments and weapons are each their own
#: count. Chosen on the invented corpus_h (one army's deployment told twice, two days apart).
BUILT_UP_KINDS = frozenset({"forces"})
#: Words that say a count stands as of its report, a total reached: "has now deployed", "so far", "in all".
#: General English, not tuned on any set.
_NOW_RE = re.compile(r"\b(?:now|so far|in all|in total|altogether|bringing the (?:total|number))\b", re.IGNORECASE)
#: Independent sources that must report as of a lone higher count's day or later (one source's count,
#: credited to no official body) before a newer, lower count rising above the others' older ones stands beside it,
#: instead of being read as a stale repeat of it. Two: one later lower report is as likely a stale
#: repeat as a rebuttal (the stale-repeat unit cases). Chosen on corpus_c (an opposition MP's "more
#: than 200", then official counts of 58 and 63 from two other outlets); no key figure of examples,
#: crises-2023 tune, karabakh or corpus_b changed.
OUTLIER_LATER_SOURCES = 2
#: Independent sources that must carry a challenger's count (credited to no official body) before a newer,
#: lower official count stands beside it instead of being read as its stale repeat. Two: one source's count
#: stays a floor (the single-source unit cases of test_key_figures_stories). Chosen on corpus_p (a rights
#: group's count carried by three outlets beside the official toll); no other gated key figure changed.
CHALLENGER_SOURCES = 2
#: Groups that are a part of a larger count of people, never its headline ("12 children among the
#: dead", "bodies recovered" in one search, households and families as units of people).
_PART_GROUPS = frozenset({"child", "children", "woman", "women", "girl", "boy", "baby", "body", "household",
                          "family", "foreigner", "staff", "personnel", "student", "pupil"})
#: Kinds whose only counted group may head them even when it is a part group (children, students): the missing and
#: the detained are often counted only as such a group ("14 children were reported missing", "42 students were
#: arrested"), with no count of people beside it. Not the killed or injured, whose part groups ("12 children among
#: the dead") stand beside a whole the story may not state; chosen on corpus_u (missing children only).
LONE_PART_KINDS = frozenset({"missing", "detained"})
#: Units that are not people: a count of them never heads a count of people.
_NOT_PEOPLE_UNITS = frozenset({"household", "households", "family", "families", "home", "homes", "house",
                               "houses", "building", "buildings"})
#: Figure scopes (set by the figures extractor) that are not the story's own count.
_NOT_OWN_SCOPES = frozenset({"other_event", "wider_area", "teaser"})
#: A line that links to another article: its numbers belong to that article's event. The link's cue opens the
#: line ("Also read: ..."), or closes it ("... has claimed 19 lives, read more here", "... 8 dead: full story
#: here"), or is a "click here" anywhere: web furniture in every wording, general English, not tuned on a set
#: (the invented corpus_t's blind run: a look-alike's closing teaser for the main story's toll).
TEASER_RE = re.compile(r"^\s*(?:also\s+read|read\s+(?:also|more)|see\s+also|related(?:\s+stories)?|more\s+on)\b"
                       r"|^[^\n]*?\b(?:read|click|tap|watch|listen|details|full\s+(?:story|report|coverage))"
                       r"(?:\s+[\w-]+){0,3}?\s+here\W*$|^[^\n]*?\bclick\s+here\b",
                       re.IGNORECASE)
#: Where a kind counts several groups and none in general, the story is about the group named in at
#: least this share of its articles (and in twice as many as any other group). Half, as for the
#: story's main place; chosen on the karabakh set (one story, two groups), not tuned further.
MAIN_GROUP_SHARE = 0.5
#: Kinds whose count each body keeps as its own tally of the whole event, so two bodies' counts of the
#: same time are rival tallies (a ministry's dead and a rights group's). Not the displaced, evacuated or
#: affected: a body counts those it registers or shelters ("its camps now held 52,000"), a part of the
#: whole. Chosen on corpus_e (a ministry's and a rights group's dead) and corpus_c (an aid network's camp
#: population beside the office's displaced, which kept the office's count as the headline).
RIVAL_TALLY_KINDS = frozenset({"killed", "injured", "missing", "detained"})
#: A count recalled as another body's earlier one ("police had earlier put the toll at 12", "initially
#: said", "previously said"): background in an update, not a rival tally of the same time. General
#: English, not tuned on any set.
_RECALLED_RE = re.compile(r"\b(?:earlier|previously|initially|originally|at first|first (?:said|reported|put|gave)"
                          r"|had (?:\w+ )?(?:said|put|given|reported|estimated|counted|announced))\b", re.IGNORECASE)
#: A count said at one facility ("doctors at the district hospital said 12 had died there", "the head of the
#: morgue", "its camps"), or of those a body itself handled ("its medics had treated 45", "its volunteers
#: had recovered 12 bodies"), is that facility's or body's part of the whole, not a rival tally of it.
#: General English, not tuned on any set.
_PART_RE = re.compile(r"\b(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|camps?|shelters?|wards?"
                      r"|(?:its|their) (?:own )?(?:teams?|staff|medics|doctors|nurses|volunteers|workers|rescuers"
                      r"|crews?)|treated|admitted|received|rescued|recovered|registered|sheltered|housed)\b",
                      re.IGNORECASE)
#: Words that tell a count as the running count having grown since the lead's ("has since risen to 9",
#: "now stands at"): such a body count is the update, not background. General English, not tuned.
_RISE_RE = re.compile(r"\b(?:r[oi]se[ns]?|rising|climb(?:ed|s|ing)?|jump(?:ed|s)|increas(?:ed|es|ing)|gr[eo]wn?"
                      r"|now|since|updated|latest|revised|later)\b", re.IGNORECASE)
#: Words that make a phrase an official or agency source (general English and the usual acronyms).
_BODY_RE = re.compile(
    r"\b(?:ministr\w*|agency|agencies|department|authorit\w+|office|officials?|government|president|governor|"
    r"mayor|police|army|military|service|services|committee|council|commission|directorate|spokes\w+|"
    r"united nations|UN|OCHA|UNHCR|UNICEF|WHO|IOM|WFP|red cross|red crescent|ICRC|prosecutor|chief|head)\b",
    re.IGNORECASE)
_ACRONYM_RE = re.compile(r"\b[A-Z]{3,6}\b")
#: The wrapper of a count named as its source ("an updated Interior ministry toll", "the latest
#: official figures"): what remains once it is stripped is the body, if anything.
_COUNT_NOUN_RE = re.compile(r"(?:'s|\u2019s)?\s*(?:death\s+)?(?:tally|toll|count|figures?|data|estimates?|statistics)"
                            r"\W*$", re.IGNORECASE)
#: The shortest word that names a body in a credit: shorter ones are function words ("the", "of",
#: "and", a possessive's "s"), which two different bodies' names share. Chosen by reading the credits
#: of crises-2023 tune and corpus_d (about 20 distinct credits), not tuned on a score.
BODY_WORD_MIN_CHARS = 4
_CREDIT_WORD_RE = re.compile(r"[a-z]+")
_COUNT_ADJ_RE = re.compile(r"^\W*(?:an?\s+|the\s+)?(?:(?:updated|latest|new|official|provisional|final)\b\s*)*",
                           re.IGNORECASE)


def source_body(f: Figure) -> str | None:
    """Who the sentence credits the figure to, when that is an official body, agency or official."""
    who = (f.reported_by or "").strip().strip(",").strip()
    if _COUNT_NOUN_RE.search(who):
        bare = _COUNT_ADJ_RE.sub("", _COUNT_NOUN_RE.sub("", who)).strip()
        who = bare if bare[:1].isupper() or _BODY_RE.search(bare) else ""
    if not who or who[0].isdigit():
        return None
    if _BODY_RE.search(who) or _ACRONYM_RE.search(who):
        return _running_text(who)
    return None


#: Common nouns for the bodies and groups that give counts ("police", "officials"; roles.tsv kinds 'body' and
#: 'group'): capitalised only when a sentence begins with them.
_COMMON_BODIES = lexicons.words("roles", kind="body") | lexicons.words("roles", kind="group")


def _running_text(who: str) -> str:
    """A credit as it reads inside a sentence: "The Interior Ministry said" credits "the Interior Ministry",
    "Officials said" credits "officials", so one body is written one way whichever word opened the sentence."""
    first, space, rest = who.partition(" ")
    if first == "The" and rest:
        return "the " + rest
    if not space and first[1:].islower() and first.lower() in _COMMON_BODIES:
        return first.lower()
    return who


def credit_words(f: Figure) -> frozenset[str]:
    """The words of whoever the sentence credits the figure to, any body or person (none: uncredited)."""
    return frozenset(w for w in _CREDIT_WORD_RE.findall((f.reported_by or "").lower()) if len(w) >= BODY_WORD_MIN_CHARS)


def rival_credits(a: Figure, b: Figure) -> bool:
    """Two figures credited to two bodies whose names share no word ("the health ministry" and "a rights
    group"): two bodies' own tallies, neither a stage or a repeat of the other's."""
    wa, wb = credit_words(a), credit_words(b)
    return bool(wa) and bool(wb) and not wa & wb


def rival_tally(sentence: str) -> bool:
    """Whether a count credited to another body than a higher one may be that body's own tally of the
    same time: its sentence neither recalls an earlier count (:data:`_RECALLED_RE`) nor counts at one
    facility or what the body itself handled (:data:`_PART_RE`)."""
    return not _RECALLED_RE.search(sentence) and not _PART_RE.search(sentence)


def own_figure(f: Figure) -> bool:
    """Whether a figure counts the story's own event (not a teaser's, a wider area's, an older one)."""
    scope = getattr(f, "scope", None)  # set by the figures extractor once it marks scopes
    return scope not in _NOT_OWN_SCOPES and not TEASER_RE.match(f.span.sentence.lstrip().split("\n", 1)[0])


def _point(f: Figure) -> float:
    if f.value is not None:
        return f.value
    return f.low if f.low is not None else f.high if f.high is not None else 0.0


def _counted(c: FigClaim) -> bool:
    """A number for the story's own event: never a vague word ("dozens") turned into one, nor a value
    taken back."""
    return c.figure.value is not None and c.figure.qualifier != "vague" and own_figure(c.figure) \
        and c.revision != "withdrawn"


#: A count said to be more ("three more were detained", "two more died overnight", "30 more tonnes"), as the
#: figures extractor writes its phrase; never "more than 30".
_MORE_RE = re.compile(r"\bmore$|^\S+\s+more\s", re.IGNORECASE)


def _increments(slots: Mapping[SlotKey, list[FigClaim]]) -> set[int]:
    """The claims that count only what was added to a count of their kind their article also gives
    ("Fourteen men are now held after three more were detained"): never the running count's headline.
    Alone in its article, "N more" is the count itself ("killed 9 and injured 30 more"), unless its slot holds
    another count and a word before it says it was added (:func:`~.batches.added`)."""
    by_article: dict[tuple[str, str], list[FigClaim]] = defaultdict(list)
    for key, slot in slots.items():
        for c in slot:
            by_article[(key[0], c.claim.article)].append(c)
    out = {id(c) for claims in by_article.values() for c in claims
           if _MORE_RE.search(c.figure.text) and any(o.figure.value != c.figure.value and _counted(o)
                                                     and not _MORE_RE.search(o.figure.text) for o in claims)}
    # A count said to be added ("a further nine rifles", "another 12 bodies", batches.added) beside a count of its
    # slot that is not: it adds to that count, so a later addition's smaller number never heads the slot as a
    # newer tally.
    from groundwatch.stages.reconcile.batches import added  # here: batches imports figures, which imports us
    for slot in slots.values():
        more = {id(c) for c in slot if added(c)}
        if more and any(id(c) not in more and _counted(c) for c in slot):
            out |= more
    return out


def _headline_slot(kind: str, slots: Mapping[SlotKey, list[FigClaim]], texts: Sequence[str]) -> list[FigClaim] | None:
    """The slot whose claims may head the story's count of ``kind`` (see the module docstring)."""
    own = {k: v for k, v in slots.items() if k[0] == kind and k[3] is None and any(map(_counted, v))}
    if kind in ACCUMULATING_KINDS:
        own = {k: v for k, v in own.items() if (k[2] or "") not in _NOT_PEOPLE_UNITS}
        own = {k: v for k, v in own.items() if k[1] is not None or not _recalled_only(v, own)}
    generic = [v for k, v in own.items() if k[1] is None]
    if generic:
        return max(generic, key=len)
    groups = {k: v for k, v in own.items() if k[1] not in _PART_GROUPS}
    if kind not in ACCUMULATING_KINDS and groups:
        # Aid, forces, weapons are counted by what they are: the most reported slot heads them.
        return max(groups.values(), key=lambda v: (len({c.claim.article for c in v}), len(v)))
    if len(groups) == 1 and len({k[1] for k in own}) == 1:
        return next(iter(groups.values()))
    if not groups and len({k[1] for k in own}) == 1 and kind in LONE_PART_KINDS:
        # Only one part group is counted ("14 children missing", later "two children are still missing"): with
        # no whole beside it, the part is the whole the story reports.
        return max(own.values(), key=len)
    # Several groups ("Armenians have left" beside a speaker's "Azerbaijanis" of an older war): the
    # group the story is about, named in most of its articles and in clearly more than the others.
    # Named as people, in the plural ("Armenians"), not as an adjective ("Armenian forces").
    named = sorted(((sum(1 for t in texts if re.search(rf"\b{re.escape(k[1] or '')}s\b", t, re.IGNORECASE)), k)
                    for k in groups), reverse=True)
    if named and named[0][0] >= MAIN_GROUP_SHARE * len(texts) and (len(named) == 1 or named[1][0] < named[0][0] / 2):
        return groups[named[0][1]]
    return None


def _recalled_only(slot: Sequence[FigClaim], own: Mapping[SlotKey, list[FigClaim]]) -> bool:
    """Whether every count of a story-wide slot stands below its article's lead and is older than a count of
    the kind (a group's) that the lead of the same article gives: "Gunmen shot dead nine herders on Sunday"
    over "... since gunmen killed 26 people in a raid a week ago". The lead's later day is the article's own
    event; the older count in its body recalls another one, and never heads the story's count."""
    lead = [c for v in own.values() if v is not slot for c in v
            if _counted(c) and 0 <= c.figure.span.sentence_index < LEAD_SENTENCES and c.claim.as_of]
    counted = [c for c in slot if _counted(c)]
    return bool(counted) and all(
        c.figure.span.sentence_index >= LEAD_SENTENCES and c.claim.as_of and any(
            o.claim.article == c.claim.article and (o.claim.as_of or "") > c.claim.as_of for o in lead)
        for c in counted)


class _Timing:
    """Orders claims by what they report: as-of day, then the article's publication date."""

    def __init__(self, ctx: Ctx) -> None:
        self.published = ctx.published

    def newer(self, a: FigClaim, b: FigClaim) -> bool:
        if not (a.claim.as_of and b.claim.as_of):
            return False
        if a.claim.as_of != b.claim.as_of:
            return a.claim.as_of > b.claim.as_of
        pa, pb = self.published.get(a.claim.article), self.published.get(b.claim.article)
        return pa is not None and pb is not None and pa > pb


def _parts_apart(a: FigClaim, b: FigClaim) -> bool:
    """Claims scoped to two different parts of the event (neither is the whole)."""
    return a.scope is not None and b.scope is not None and a.scope != b.scope


def _credible(kind: str, claims: Sequence[FigClaim], timing: _Timing,
              revised: Sequence[FigClaim] = (), falling: bool = False) -> list[FigClaim]:
    falling = falling or kind in FALLING_KINDS

    def corrected(c: FigClaim) -> bool:
        # A count corrected down (or taken back) by a report no older than it: "revised down to 97"
        # ends the higher counts before it, though tolls otherwise only rise.
        return c.revision != "down" and any(
            o is not c and not timing.newer(c, o) and not _parts_apart(o, c)
            and ((o.revision == "down" and _point(c.figure) > _point(o.figure))
                 or (o.revision == "withdrawn" and _point(c.figure) == _point(o.figure))) for o in revised)

    kept = [c for c in claims if not corrected(c)]

    # Points, not intervals: "at least 270" raised to "more than 400" days later is the toll
    # having risen, though the two bounds are compatible.
    def superseded(c: FigClaim) -> bool:
        return any(timing.newer(o, c) and not _parts_apart(o, c) and not _below_lead(o, c)
                   and (_point(o.figure) > _point(c.figure)
                        or (falling and _point(o.figure) != _point(c.figure))) for o in kept)

    # counts no other source gives as much as (once per slot: the pairs below ask it again and again)
    top = sorted(((_point(c.figure), c.group) for c in kept), reverse=True)
    lone = {id(c) for c in kept
            if next((v for v, g in top if g != c.group), float("-inf")) < _point(c.figure)}

    # A body's count its own newer, higher one has raised is a stage of that one: it makes nothing stale
    # that the newer one leaves standing (a charity's 90, then its 104 set below the lead's 68). Another
    # body's higher count raises no body's floor (a ministry's 17 stays its floor beside a forum's 20).
    raised = {id(c) for c in kept if any(
        timing.newer(o, c) and not _parts_apart(o, c) and _point(o.figure) > _point(c.figure)
        and credit_words(o.figure) & credit_words(c.figure) for o in kept)}

    def stale(c: FigClaim) -> bool:
        return not falling and c.revision != "down" and any(
            timing.newer(c, o) and not _parts_apart(o, c) and _point(o.figure) > _point(c.figure)
            and id(o) not in raised and not _below_lead(o, c)
            and not (id(o) in lone and _lone_high(o, c, kept, timing)) and not _rival_beside(o, c, kept)
            and not _challenged(o, c, kept) for o in kept)

    return [c for c in kept if not superseded(c) and not stale(c)]


def _below_lead(o: FigClaim, c: FigClaim) -> bool:
    """Whether ``o`` is a count its article gives only below the lead that gives ``c``, and not as the
    count having grown since ("has since risen to 9"): background or a rival's tally, never what ends
    the lead's count (see :data:`LEAD_SENTENCES`)."""
    return o.claim.article == c.claim.article and 0 <= c.figure.span.sentence_index < LEAD_SENTENCES \
        and o.figure.span.sentence_index >= LEAD_SENTENCES and not _RISE_RE.search(o.claim.sentence)


def _lone_high(o: FigClaim, c: FigClaim, kept: Sequence[FigClaim], timing: _Timing) -> bool:
    """Whether an older, higher count ``o`` that no other source gives (the caller checks that) leaves
    the newer, lower ``c`` standing beside it, instead of making it a stale repeat: ``o`` is
    background in ``c``'s own article, which leads with ``c`` ("Flash flood kills six" over "a dam
    failure on Tuesday killed 31" next door), or a claim the story's later sources did not carry
    forward ("volunteers counted more than 200 dead", credited to no official body, then official
    counts of 58 and 63) and ``c`` rises above an older count of the others. Both stay
    simultaneous: the conservative one heads, the other is the high."""
    if o.group == c.group:
        return c.claim.article == o.claim.article and _leads(c, kept)
    # sources reporting as of its day or later (none of them older), and lower: they did not take it up
    later = {p.group for p in kept if p.group != o.group and p.claim.as_of and o.claim.as_of
             and p.claim.as_of >= o.claim.as_of and not timing.newer(o, p) and not _parts_apart(p, o)}
    return source_body(o.figure) is None and len(later) >= OUTLIER_LATER_SOURCES and any(
        p.group not in (o.group, c.group) and timing.newer(c, p) and _point(p.figure) < _point(c.figure)
        for p in kept)


def _rival_beside(o: FigClaim, c: FigClaim, kept: Sequence[FigClaim]) -> bool:
    """Whether the newer, lower ``c`` is one body's own tally, set in its article beside a rival body's
    count at least as high as the older ``o`` ("the health ministry said 13 had died; a rights group put
    the toll at 22"): the article reports both as current, so ``c`` is no stale repeat of ``o`` and the
    two stand side by side (the conservative one heads, the schema's rule for credible sources that
    disagree at the same time). ``o`` must not be ``c``'s own body's: a body's older, higher count
    stays its floor; nor may ``c`` be recalled as an earlier count ("police had earlier put it at 12") or
    a count at one facility ("doctors at the hospital said 12 had died there")."""
    if o.figure.kind not in RIVAL_TALLY_KINDS or credit_words(o.figure) & credit_words(c.figure) \
            or not rival_tally(c.claim.sentence):
        return False
    return any(p.claim.article == c.claim.article and rival_credits(p.figure, c.figure)
               and _point(p.figure) >= _point(o.figure) for p in kept)


def _challenged(o: FigClaim, c: FigClaim, kept: Sequence[FigClaim]) -> bool:
    """Whether the older, higher ``o`` is a challenger's count that several sources carry (credited to a body or
    person that is no official body: a rights group's count repeated by :data:`CHALLENGER_SOURCES` outlets or
    more) and the newer, lower ``c`` an official body's ("the district police"): a disputed count the official
    series is known to run below is no floor of it, so ``c`` is no stale repeat and the two stand side by side
    (the conservative one heads, the schema's rule for credible sources that disagree); so does an uncredited
    repeat of the challenger's value. A challenger's count one source alone gives stays a floor (a later lower
    report is as likely a stale repeat). Only for rival tallies (:data:`RIVAL_TALLY_KINDS`)."""
    if o.figure.kind not in RIVAL_TALLY_KINDS or source_body(c.figure) is None or source_body(o.figure) is not None \
            or credit_words(o.figure) & credit_words(c.figure):
        return False
    # ``o`` itself may be uncredited: an outlet's or a fact box's repeat of the value the challenger gives
    carriers = {p.group for p in kept if _point(p.figure) == _point(o.figure) and _challenger(p)}
    return len(carriers) >= CHALLENGER_SOURCES


def _challenger(c: FigClaim) -> bool:
    return bool(credit_words(c.figure)) and source_body(c.figure) is None


def _leads(c: FigClaim, claims: Sequence[FigClaim]) -> bool:
    """Whether ``c`` is its article's first count of the slot (its title's or lede's)."""
    own = [p.figure.span.sentence_index for p in claims if p.claim.article == c.claim.article
           and p.figure.span.sentence_index >= 0]
    return bool(own) and c.figure.span.sentence_index == min(own)


#: A count said to be a part of a larger one the same sentence names: "(part of the 18 trucks a day ...)", "one
#: of the 40 convoys", "out of 300 tents". General English, not tuned on a set.
_PART_OF_RE = re.compile(r"\b(?:part|some|one|share|out)\s+of\s+(?:the\s+|a\s+total\s+of\s+)?(\d[\d,.]*)\b",
                         re.IGNORECASE)


def _whole_named(c: FigClaim, values: set[float]) -> float | None:
    """The larger value of the slot that ``c``'s sentence names as the whole ``c`` is a part of, if any."""
    own = _point(c.figure)
    for m in _PART_OF_RE.finditer(c.figure.span.sentence):
        try:
            whole = float(m.group(1).replace(",", "").rstrip("."))
        except ValueError:
            continue
        if whole > own and whole in values:
            return whole
    return None


def _pick(kind: str, live: Sequence[FigClaim], carried: Mapping[float, set[int]] | None = None,
          ) -> tuple[FigClaim, list[FigClaim]]:
    """The headline claim among simultaneous credible claims, and the claims that side with it
    (``carried``: more sources' votes for a value, from the counts it replaced)."""
    if kind not in ACCUMULATING_KINDS:
        votes: dict[float, set[int]] = defaultdict(set)
        values = {_point(c.figure) for c in live}
        for c in live:
            # "6 trucks a day from the charity (part of the 18 a day reaching the camp)": a part's source vouches
            # for the whole it names
            whole = _whole_named(c, values)
            votes[whole if whole is not None else _point(c.figure)].add(c.group)
        for v, groups in (carried or {}).items():
            if v in votes:  # a value itself replaced later carries nothing
                votes[v] |= groups
        value = min(votes, key=lambda v: (-len(votes[v]), v))
        chosen = [c for c in live if _point(c.figure) == value]
        # the other values stay in low/high, as for running counts: a reader sees the disagreement
        return chosen[0], [*chosen, *(c for c in live if _point(c.figure) != value)]
    by_scope: dict[str | None, list[FigClaim]] = defaultdict(list)
    for c in live:
        by_scope[c.scope].append(c)
    # The whole event's conservative value where one is current; else each part's, and the
    # largest part as a floor of the whole event's count.
    heads = {s: min(cs, key=lambda c: (_point(c.figure), c.figure.qualifier != "exact")) for s, cs in by_scope.items()}
    scope = None if None in heads else max(heads, key=lambda s: (_point(heads[s].figure), s or ""))
    return heads[scope], by_scope[scope]


def _risen(kind: str, claims: Sequence[FigClaim], timing: _Timing) -> tuple[list[FigClaim], dict[float, set[int]]]:
    """Counts of a kind that may be built up over days (:data:`BUILT_UP_KINDS`), less those a newer, higher
    count said to stand now has replaced ("has deployed 1,200 troops" on Friday, "has now deployed 2,500
    troops" on Sunday): reinforcements add up; two values of one day stay rival counts. A replaced count's
    sources vote for the count that replaced it (the same force, grown), not for a rival count."""
    if kind not in BUILT_UP_KINDS:
        return list(claims), {}
    kept: list[FigClaim] = []
    carried: dict[float, set[int]] = defaultdict(set)
    for c in claims:
        later = [o for o in claims if timing.newer(o, c) and o.claim.as_of != c.claim.as_of
                 and _point(o.figure) > _point(c.figure) and _NOW_RE.search(o.claim.sentence)]
        if later:
            carried[_point(max(later, key=lambda o: o.claim.as_of or "").figure)].add(c.group)
        else:
            kept.append(c)
    return kept, carried


def _held(c: FigClaim) -> bool:
    """Whether the claim's count is said to be held still (:data:`_HELD_RE`) right after it, within
    ``HELD_WINDOW_CHARS``: "five who were taken have returned, while 18 are still held" holds only the 18."""
    at = max(0, c.claim.sentence.find(c.figure.text))
    return bool(_HELD_RE.search(c.claim.sentence[at:at + len(c.figure.text) + HELD_WINDOW_CHARS]))


def _current(kind: str, slot: Sequence[FigClaim], timing: _Timing) -> tuple[FigClaim, list[FigClaim]] | None:
    """A slot's headline claim and the claims that side with it (None: no credible count)."""
    claims = [c for c in slot if _counted(c)]
    revised = [c for c in slot if c.revision is not None and own_figure(c.figure)]
    carried: dict[float, set[int]] = {}
    held = [c for c in claims if kind == "detained" and _held(c)]
    last = max((c.claim.as_of for c in held if c.claim.as_of), default="")
    most = max((_point(c.figure) for c in held), default=0.0)
    if any(c.claim.as_of and c.claim.as_of > last and _point(c.figure) > most for c in claims):
        held = []  # a newer count above every held one is the total detained so far ("826 detained since"): it heads
    if held:  # the people still held, a count that falls as they are freed: its latest heads (see _HELD_RE)
        live = _credible(kind, held, timing, revised, falling=True)
    elif kind in ACCUMULATING_KINDS:
        live = _credible(kind, claims, timing, revised)
    else:
        live, carried = _risen(kind, claims, timing)
    return _pick(kind, live, carried) if live else None


def _as_of(side: Sequence[FigClaim]) -> str | None:
    return max((c.claim.as_of for c in side if c.claim.as_of), default=None)


def _later_group(kind: str, slots: Mapping[SlotKey, list[FigClaim]], general: tuple[FigClaim, list[FigClaim]],
                 timing: _Timing) -> tuple[FigClaim, list[FigClaim]] | None:
    """A group's count that is newer and higher than the story-wide one of a running count ("17
    wounded" the first night, "some 40 soldiers had been wounded" five days later): a group is a
    part of the whole, so its newer, higher count is the whole's floor and the latest count a reader
    wants. Groups that are a part of a larger count (children, bodies) or not people never head it."""
    if kind not in ACCUMULATING_KINDS or kind in FALLING_KINDS:
        return None
    best, since = _point(general[0].figure), _as_of(general[1])
    later = []
    for key, slot in slots.items():
        if key[0] != kind or key[1] is None or key[1] in _PART_GROUPS or key[3] is not None \
                or (key[2] or "") in _NOT_PEOPLE_UNITS:
            continue
        current = _current(kind, slot, timing)
        when = _as_of(current[1]) if current else None
        if current and since and when and when > since and _point(current[0].figure) > best:
            later.append((when, _point(current[0].figure), current))
    return max(later, key=lambda x: (x[0], x[1]))[2] if later else None


def key_figures(slots: Mapping[SlotKey, list[FigClaim]], ctx: Ctx, texts: Sequence[str] = ()) -> tuple[KeyFigure, ...]:
    """The story's headline figures, in :data:`~groundwatch.records.FIGURE_KINDS` order (``texts``: its articles)."""
    timing = _Timing(ctx)
    added = _increments(slots)
    slots = {k: kept for k, v in slots.items() if (kept := [c for c in v if id(c) not in added])}
    out: list[KeyFigure] = []
    for kind in FIGURE_KINDS:
        slot = _headline_slot(kind, slots, texts)
        current = _current(kind, slot or (), timing)
        if current is None:
            continue
        if slot is not None and any(k[0] == kind and k[1] is None and v is slot for k, v in slots.items()):
            current = _later_group(kind, slots, current, timing) or current  # the generic slot's head
        head, side = current
        values = [_point(c.figure) for c in side]
        best = _point(head.figure)
        agreeing = [c for c in side if _point(c.figure) == best] or [head]
        body = next((b for b in (source_body(c.figure) for c in [head, *side]) if b), None)
        out.append(KeyFigure(
            kind=kind, best=_num(best), low=_num(min(values)), high=_num(max(values)),
            as_of=_as_of(side),
            sources=tuple(dict.fromkeys(c.claim.article for c in agreeing)),
            unit=head.figure.unit, who=head.figure.who, scope=head.scope, source_body=body,
            claims=tuple(c.claim for c in [head, *(c for c in side if c is not head)])))
    return tuple(out)


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x

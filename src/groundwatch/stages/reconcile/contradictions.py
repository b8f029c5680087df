"""Date contradictions: two articles placing the same event (same subject, same or kindred
predicate, similar clause) on different days.

One event, not one verb: an idiom of ``data/event_idioms.tsv`` is the act it names ("made landfall" and
"came ashore" are one landfall, "began" and "took hold" one onset); a relative clause's subject is the noun it
describes ("a ceasefire that began at noon"); a named person taken into custody in two outlets' words is one
act (:func:`_seized_person`), and so are one group's people told as taken, one outlet at least in the passive
(:func:`_seized_group`: "arrested three managers" / "the managers, who were detained"). Two clauses that count
one kind of people with no value in common are two incidents (:func:`_other_incidents`), one verb with and
without an object two senses (:func:`_two_senses`), and a bare time of day ("shortly after 10pm") states no day
(``common.names_no_day``).

Measured (2026-12-04, issue 10; fresh stores; recall as score.py counts it, updates included; "false" by
reading each predicted contradiction: the same fact with really different values or not). Audit of every
predicted contradiction of examples/, karabakh-2023, crises-2023 (tune part only) and corpus_b..h, before
(main ab5175b) -> after: 21 -> 22 predicted, 7 -> 4 false (left: examples' three figure ones: a repost's
toll dated to its stale publication day, a shelter's count beside the national one, a future convoy's and
seized pickups' trucks beside a convoy's; corpus_c's displaced count of one network's camps beside the
ministry's: 4 false of 22), gold 25 -> 29 of 29 found. Per set, contradictions recall (predicted) and
overall: corpus_b 0.5 (2) -> 1.0 (2; its held-soldiers figure by ``counts._bracketed``, its false onset
day by ``names_no_day``), overall 0.931 -> 0.987; corpus_d 0.5 (1) -> 1.0 (2), 0.930 -> 0.986;
corpus_g 0.5 (1) -> 1.0 (1), 0.931 -> 0.987; corpus_h 0.5 (2) -> 1.0 (2), 0.936 -> 0.991; corpus_c, e, f,
examples (0.999), karabakh-2023 and crises-2023 unchanged (crises tune overall 1.0, held-out aggregate
0.9692, contradictions recall 1.0 in both parts, both unchanged). Transfer split by a hash of the set's name
(tune-A: examples, karabakh-2023, crises-2023 tune, corpus_b, g, h; tune-B: corpus_c, d, e, f): tune-A recall
18/21 -> 21/21, false predicted 6 of 14 -> 3 of 14; tune-B 7/8 -> 8/8, false 1 of 7 -> 1 of 8. tune-B is no
clean check: its one gain (corpus_d's detention) comes from the rule written for that case, which the brief
named; the rules written from tune-A's misses changed no contradiction in tune-B (no loss, no gain). The
relative clause's subject also moves timeline merges (not scored): crises-2023 tune's four entries of one
quake "that struck" on one day became one; corpus_f's capsizing day gained two lines of other acts (worse)
while a minister's visit left a dateline's entry (better). Tried and reverted: comparing no count dated only
by a publication day the article borrowed from its story (examples' undated repost, whose later toll meets
the first day's): crises-2023-no-manifest's held-out contradictions recall fell 1.0 -> 0.833 (overall 0.963
-> 0.945), where pages without metadata borrow their story's day.

Round three (2026-12-04, r3contra; fresh stores): one group's detention (:func:`_seized_group`) and a count at one
named place (``counts._facility``): corpus_i contradictions recall 0.5 -> 1.0 (3 -> 3 predicted: the arrest date
found, the false injured pair of a hospital's count and the total gone), overall 0.902 -> 0.958. Predicted
contradictions of corpus_b..h and examples/ unchanged, one by one; every other gated measure unchanged (full gate).

Round two (2026-12-04, jcontra): a state that lasts over days (``event_words.tsv`` kind 'state': "was waiting at
the crossing on Wednesday") carries no date contradiction: another day of it, or a later act of the same thing
("went through on Friday"), is a later stage (corpus_j's false convoy contradiction).

Round two (2026-12-04, nrest): verbs of a collision are one act, and an article setting an act's two days against
each other in one sentence takes both sides (:func:`_one_article_two_days`): corpus_n 0.5 -> 1.0 (2 predicted, none
false); every other gated contradictions recall unchanged, corpus_d, f, i predicted counts unchanged (2, 2, 3).

Round two (2026-12-05, prest): a day something was done by is a bound, never the act's day (:func:`_bound`), and
a clock time answering a stated dispute over when the event began is a side's onset (``stated._disputed_time``):
corpus_p 0.5 -> 1.0 (1 -> 2 predicted: its false "traced by" pair gone, the time dispute found; the other
predicted one is a false figure pair of the still admitted and the treated, left to the figures passes);
corpus_o's false "had crossed by" date pair gone too (3 -> 2 predicted, recall 0.0 unchanged), corpus_q unchanged
(3 predicted); every other gated contradictions recall unchanged (full gate).

Round two (2026-12-05, qrest): a message's sending and arrival are one transmission (``event_words.tsv`` kinds
'message' and 'transmit': "the alert was sent on Sunday" / "the alert reached the mayor on Monday"); "reach" and
"pass" tell a count's change only with a number after them; a day count set off after the date's clock time
restates the day (corpus_q's alert dispute found). With counts.py's two rules of the same round: corpus_q
contradictions recall 0.0 -> 0.5 (3 -> 2 predicted); every other gated measure of karabakh-2023, crises-2023 (each
with and without manifest), examples and corpus_b..n unchanged.

Round two (2026-12-05, orest; fresh stores): a "which" clause hung on a name after "the N from X" tells of the N too
(``events._governing_noun``), "pulled out" is a leaving, a date after "by" / "as of" is a bound a count is read at
(:func:`_bound`), and the onset of a story's armed operation is one act (:func:`_operation_onset`); with the figure
fixes of ``counts`` and ``figures`` (a rival's count dated "a week ago", a day that ends the subject of a verb of harm):
corpus_o contradictions recall 0.0 -> 1.0 (3 -> 4 predicted: 3 of 3 false -> 1 of 4, the injured of two incidents,
left). Predicted contradictions of corpus_b..n identical, one by one; every other gated measure unchanged (full gate).

Round two (2026-12-05, trest; fresh stores): a sale told from its two ends ("bought" / "was sold") on one definite
thing is one act (:func:`_one_act`, ``event_words.tsv`` kind 'exchange'): corpus_t contradictions recall 0.5 -> 1.0
(its date pair; 3 predicted, none new); every other gated contradictions recall unchanged.

Round two (2026-12-05, srest; fresh stores): an act dated to a month (``DISPUTED_PRECISIONS``), with counts.py's
batches (``batches.py``): corpus_s contradictions recall 0.0 -> 0.5 (3 -> 2 predicted: its month dispute found, two
batch pairs gone; a toll against a state-wide count left). Every other gated contradictions recall unchanged (full
gate, whole / tune / held-out).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from groundwatch import lexicons
from groundwatch.lexicons_verbs import NON_EVENT_PREDICATES
from groundwatch.records import Contradiction
from groundwatch.stages.extract.dates_offsets import COUNTS
from groundwatch.stages.reconcile.common import (
    RELATIVE_DAY_RE,
    Ctx,
    caption_date,
    dot,
    names_no_day,
    same_subject,
)
from groundwatch.stages.reconcile.events import MIN_SHARED_PARTICIPANTS, Event, date_claim, same_text, with_lines
from groundwatch.unionfind import components

#: Two dated clauses describe the same event when their subjects match, their predicates are
#: the same or kindred, and the embeddings of the clauses (date phrase removed) are at least
#: this close. Measured on dev: the same call reported by two outlets with different verbs
#: scores ~0.6-0.75; different acts of the same actor in a story (declaring a ceasefire vs.
#: launching an offensive) score under 0.5.
EVENT_CLAUSE_SIMILARITY = 0.55
#: Precisions of a date that may place an act two ways: a day, or a month and its year ("approved in March
#: 2037" / "approved in November 2038": an act long before the report is dated to its month, as a permit's or a
#: sale's is; the invented corpus_s's blind run missed its one date dispute, both sides resolved right, on
#: this). A month agrees with a day inside it (:func:`_agreeing`). Not a year alone: too coarse to tell one act
#: from another of its kind.
DISPUTED_PRECISIONS = frozenset({"day", "month"})
#: Predicates count as kindred when their word vectors (en_core_web_md) are this close, or they
#: share a class in _PREDICATE_CLASSES. "urge"/"call" and "attack"/"shell" pass; "say"/"launch" not.
PREDICATE_SIMILARITY = 0.6
#: When the parse of a dated clause lost its subject (a subordinate clause read as a prepositional
#: phrase), identity rests on the shared participants and a kindred predicate, and the clause
#: gate only has to keep unrelated statements apart. Invented pairs of one event told with
#: different verbs ("gave way" / "broke through", full lines with their adjuncts) score 0.5-0.6;
#: unrelated statements of one story score under 0.35.
EVENT_CLAUSE_SIMILARITY_NO_SUBJECT = 0.45

# Predicate classes: general English lexical classes (speech acts, appeals, violence, movement),
# used where word vectors alone are unreliable (vectors put antonyms close).
_PREDICATE_CLASSES: tuple[frozenset[str], ...] = (
    frozenset({"urge", "call", "ask", "appeal", "demand", "request", "press", "plead", "implore"}),
    frozenset({"say", "state", "tell", "announce", "declare", "add", "claim", "report", "note", "warn"}),
    frozenset({"attack", "strike", "shell", "bomb", "hit", "target", "fire", "raid", "assault"}),
    frozenset({"kill", "die", "slay", "murder"}),
    # a vehicle's collision: "hit" / "struck" / "ploughed into" / "rammed" / "dashed with" (regional English)
    frozenset({"hit", "strike", "collide", "crash", "ram", "plough", "plow", "smash", "slam", "dash"}),
    frozenset({"break", "burst", "breach", "collapse", "fail", "give"}),  # "gave way"
    frozenset({"flee", "leave", "escape", "evacuate", "depart"}),
    frozenset({"arrive", "reach", "enter"}),
    # an onset told with either verb ("the eruption began at dawn" / "the eruption started the night before"),
    # which the vectors put apart; corpus_v's date dispute (session 35), general English
    frozenset({"begin", "start", "commence"}),
    frozenset({"meet", "hold", "host", "talk"}),
    frozenset({"arrest", "detain", "jail", "imprison", "apprehend"}),  # vectors put them far apart (0.25-0.3)
    frozenset({"sign", "agree", "accept", "approve"}),
)
#: Verbs of a count changing ("the toll climbed to 6,300 on Tuesday", "rose ... on Wednesday"): each
#: day's count is its own fact, an update when it grows, never one event placed on two days.
_TALLY_CHANGE = frozenset({"climb", "rise", "reach", "increase", "jump", "surpass", "soar", "mount", "grow",
                           "exceed", "top", "swell", "pass", "stand"})
#: Of those, the verbs that also tell a movement ("the warning reached the town hall on Monday", "the convoy
#: passed the bridge"): a count's change only when a number follows the verb within ``_TALLY_OBJECT_WORDS``
#: words ("the toll reached 30", "passed the 1,000 mark").
_MOVING_TALLY = frozenset({"reach", "pass"})
#: Four: "reached a total of 40" (chosen by reading; a clock time after the place reached lies further).
_TALLY_OBJECT_WORDS = 4
_NUMBER = r"(?:\d|(?:" + "|".join(sorted((w for w in COUNTS if w not in {"a", "an"}), key=len, reverse=True)) \
    + r"|dozens|hundreds|thousands)\b)"


@functools.lru_cache(maxsize=8)
def _counted_after(verb: str) -> re.Pattern[str]:
    return re.compile(rf"\b{verb}\w*\s+(?:[\w,'-]+\s+){{0,{_TALLY_OBJECT_WORDS - 1}}}?{_NUMBER}", re.IGNORECASE)


def _tally_change(e: Event) -> bool:
    """The clause tells a count changing (``_TALLY_CHANGE``), not a thing arriving somewhere (``_MOVING_TALLY``)."""
    if e.predicate not in _TALLY_CHANGE:
        return False
    return e.predicate not in _MOVING_TALLY or bool(_counted_after(e.predicate).search(e.clause))


#: "was taken from a side street", "were taken away", "was taken into custody": a person seized, the
#: arrest class's act; "taken to hospital" or "taken part" are not. General English, not tuned on a set.
_SEIZED_RE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?taken\s+"
                        r"(?:away|from|into\s+custody)\b", re.IGNORECASE)


#: Verb and complement idioms read as the act they name ("made landfall" / "came ashore": landfall).
_IDIOMS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (idiom.split()[0], re.compile(rf"\b\w+\s+(?:\w+ly\s+)?{re.escape(idiom.split(maxsplit=1)[1])}\b", re.IGNORECASE),
     row["act"]) for idiom, row in sorted(lexicons.load("event_idioms").items()))


#: A message (an alert, an e-mail) and the verbs of its sending or arrival (``data/event_words.tsv``).
_MESSAGES = lexicons.words("event_words", kind="message")
_TRANSMIT = lexicons.words("event_words", kind="transmit")


def _act(e: Event) -> str:
    """The event's predicate, a passive "taken away/from/into custody" read as "detain", an idiom of
    ``data/event_idioms.tsv`` ("came ashore") as the act it names ("landfall"), a message's sending or arrival
    as its transmission ("the alert was sent" / "the alert reached the mayor": one act, sent and received the
    same day)."""
    if e.predicate == "take" and _SEIZED_RE.search(e.clause):
        return "detain"
    if e.predicate in _TRANSMIT and any(w in _MESSAGES for key in e.subject for w in key.split()):
        return "transmit"
    return next((act for verb, pattern, act in _IDIOMS if e.predicate == verb and pattern.search(e.clause)),
                e.predicate or "")


#: Rites that follow a death on a later day ("buried on Monday"): kindred only with one another.
_AFTERMATH = lexicons.words("event_words", kind="aftermath")
#: States that last over days ("was waiting at the crossing on Wednesday"): one of their days, never an act's day.
_STATES = lexicons.words("event_words", kind="state")


@functools.lru_cache(maxsize=4096)
def _kindred(a: str, b: str) -> bool:
    if a == b or any(a in c and b in c for c in _PREDICATE_CLASSES) or (a in _EXCHANGE and b in _EXCHANGE):
        return True
    if (a in _AFTERMATH) != (b in _AFTERMATH):
        return False
    from groundwatch import nlp

    vocab = nlp.load().vocab
    va, vb = vocab[a], vocab[b]
    return bool(va.has_vector and vb.has_vector and va.similarity(vb) >= PREDICATE_SIMILARITY)


#: A date set after "by", "no later than" or "as of" ("50,000 had crossed by Tuesday evening", "all but two had been
#: traced by Tuesday", "as of six o'clock"): a bound that a running count or a state is read at or reached by, not the
#: day of one act; two bounds of one count on two days are two readings of it, and a later "the last two were traced
#: on Thursday" is the next step, never the same act re-dated (the invented corpora o's and p's blind runs; two
#: fixers wrote this rule at once and it was folded into one at merge). General English, not tuned on a set.
_BOUND_RE = re.compile(r"\b(?:by|no\s+later\s+than|as\s+(?:of|at)|until|till|up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
#: The same words when the date phrase itself opens with them ("by Tuesday morning").
_BOUND_START_RE = re.compile(r"(?:by|no\s+later\s+than|as\s+(?:of|at))\s", re.IGNORECASE)


def _bound(e: Event) -> bool:
    """Whether the event's date is a bound a count or state is read at (:data:`_BOUND_RE`), not the act's day."""
    if _BOUND_START_RE.match(e.mention.text):
        return True
    off = e.sentence.find(e.mention.text)
    return off >= 0 and bool(_BOUND_RE.search(e.sentence[:off]))


def _dates_another_moment(e: Event) -> bool:
    """A date relative to the event ("the day after the quake struck") or a photo caption's closing
    date: it dates a later moment or the picture, not the clause's event."""
    off = e.sentence.find(e.mention.text)
    return (bool(RELATIVE_DAY_RE.search(e.sentence)) and not _restating_aside(e, off)) or (
        off >= 0 and caption_date(e.sentence, off, off + len(e.mention.text)))


#: A day count set off right after the date ("on Thursday evening, four days after the boat capsized"): an
#: aside that restates the day of the clause's own act, which the date still dates.
#: The date's clock time may come between ("on Monday at 7.15 am, more than two hours after the blast").
_APPOSED_COUNT = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?"
                            r"(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[ap]\.?m\.?|hrs?))?)?\s*,\s*(?:\w+\s+){1,3}"
                            r"(?:days?|hours?|weeks?)\s+(?:after|before|since)\b(?P<aside>[^,.;]*)", re.IGNORECASE)
#: Letters of the clause's verb that, found opening a word of the aside, say the parse took the aside's own
#: verb ("struck", "strike") as the clause's; three keep irregular pasts. Chosen by reading, no scored case.
_VERB_STEM = 3


def _restating_aside(e: Event, off: int) -> bool:
    """Whether the sentence's only day count is an aside set off right after the date, on another verb than
    the clause's ("the coastguard called off the search on Thursday evening, four days after the boat
    capsized": the date dates the calling off). The invented corpus_f's blind run missed its one date
    contradiction on this."""
    if off < 0 or not e.predicate or len(RELATIVE_DAY_RE.findall(e.sentence)) != 1:
        return False
    m = _APPOSED_COUNT.match(e.sentence, off + len(e.mention.text))
    stem = re.escape(e.predicate[:_VERB_STEM])
    return m is not None and not re.search(rf"\b{stem}", m["aside"], re.IGNORECASE)


#: A count said to add to an earlier one of the same act ("three more were detained", "another two men",
#: "a further four dockers"), or an act said to recur ("detained again", "re-arrested"): a further act of the
#: kind, not the first one re-dated. General English, not
#: tuned on any set ("one another" is reciprocal, "more than" a bound).
#: The spelled counts of "N more": the offsets' count words (one to ninety-nine) without "a"/"an", which would
#: read "a more serious attack" as a further act, plus the vague counts.
_MORE_COUNTS = "|".join(sorted((w for w in COUNTS if w not in {"a", "an"}), key=len, reverse=True))
_FURTHER_RE = re.compile(
    r"(?<!\bone )\banother\b|\ba\s+further\b|\ban\s+additional\b|\bagain\b|\bre-?arrested\b|(?:\b\d[\d,.]*|\b(?:"
    + _MORE_COUNTS + r"|dozens|hundreds|thousands|several|many|few))\s+more\b(?!\s+than)",
    re.IGNORECASE)


#: Verbs of a sale from either end (``event_words.tsv`` kind 'exchange'): buying and selling one thing is one act.
_EXCHANGE = lexicons.words("event_words", kind="exchange")


def _one_act(a: Event, b: Event) -> bool:
    """One act told actively and passively ("the navy called off the search on Thursday" / "the search was
    called off on Friday, the navy said"): the same verb, in two voices, on the same definite thing. The
    subjects (navy / search) differ, so without this the pair was never compared (the invented corpus_f).
    A sale told from its two ends ("villagers bought the fuel on Monday" / "the fuel was sold on Sunday",
    :data:`_EXCHANGE`) is one act too, in any voices (the invented corpus_t)."""
    if a.patient is None or a.patient != b.patient:
        return False
    if a.predicate != b.predicate and a.predicate in _EXCHANGE and b.predicate in _EXCHANGE:
        return True
    return a.passive != b.passive and a.predicate == b.predicate


def _other_incidents(a: Event, b: Event) -> bool:
    """Two clauses that each count the same kind of people with no value in common ("shelling killed 23
    people on Monday" / "a shell struck the hospital on Thursday, killing six"): two incidents of one kind,
    not one incident dated two ways (one incident counted two ways is a figure contradiction, which the
    counts pass finds on its own day)."""
    kinds = {k for k, _ in a.counts} & {k for k, _ in b.counts}
    return any({v for k, v in a.counts if k == kind}.isdisjoint({v for k, v in b.counts if k == kind})
               for kind in kinds)


def _two_senses(a: Event, b: Event) -> bool:
    """One verb in two senses, told actively: acting on an object in one clause and not in the other
    ("authorities moved 500 people to shelters" / "the storm moved inland"): two acts of two doers. Only
    for a pair whose subjects do not match (a parse that lost one, a pronoun): an actor that shares its
    name is one doer, whose object one outlet may leave out."""
    return a.predicate == b.predicate and a.transitive != b.transitive and not (a.passive or b.passive)


#: Verbs of taking a person into custody (event_words.tsv, 'seizure'); "taken from his home" reads as one.
_SEIZURE = lexicons.words("event_words", kind="seizure")
#: Setting people held free: one group's release is one act, as its detention is (:func:`_seized_group`).
_RELEASE = lexicons.words("event_words", kind="release")


def _seized_person(a: Event, b: Event) -> bool:
    """A named person taken into custody, told by two outlets in two passives ("X was detained on Thursday at
    his office" / "X had been taken from his home by police last Friday"): a person's detention in a story is
    one act, so the name and the act identify it, whatever else the clauses say (the outlets differ on
    where and how, as they differ on when). A further detention says so ("again", :data:`_FURTHER_RE`)."""
    names = {x for x in a.subject | b.subject if " " in x}
    return (a.passive and b.passive and _act(a) in _SEIZURE and _act(b) in _SEIZURE and bool(names)
            and same_subject(a.subject, b.subject))


def _seized_group(a: Event, b: Event) -> bool:
    """One group of people taken into custody (or set free: ``_RELEASE``), told by two outlets, at least one
    in the passive ("police arrested three managers on Thursday" / "the three managers, who were detained on
    Friday"): the same people's detention in a story is one act, as a named person's is (:func:`_seized_person`).
    The people are the nouns the clauses act on (``Event.acted_on``); one side names them definitely ("the
    managers", "his managers"): people the story already told of, not any others of the kind. A further
    detention says so ("two more", "again": :data:`_FURTHER_RE`, never dated), and two counts of the kind with no
    value in common are two incidents (:func:`_other_incidents`, asked first)."""
    if not (a.passive or b.passive) or not any(_act(a) in acts and _act(b) in acts for acts in (_SEIZURE, _RELEASE)):
        return False
    nouns_a, nouns_b = dict(a.acted_on), dict(b.acted_on)
    return any(nouns_a[n] or nouns_b[n] for n in nouns_a.keys() & nouns_b.keys())


#: Nouns of an armed operation and verbs that start one (event_words.tsv, 'operation', 'operation_onset').
_OPERATIONS = lexicons.words("event_words", kind="operation")
_OPERATION_ONSET = lexicons.words("event_words", kind="operation_onset")
#: An operation that is no armed one ("the rescue operation began"), and the modifier that makes "measures" one
#: ("anti-terror measures", "counter-insurgency measures"). General English, not tuned on a set.
_UNARMED_RE = re.compile(r"\b(?:rescue|search|relief|evacuation|recovery|aid|humanitarian|salvage|clean-?up|"
                         r"vaccination|police|sting)\s+operations?\b", re.IGNORECASE)
_COUNTER_RE = re.compile(r"\b(?:anti|counter)-?\s*[a-z]+\s+measures\b", re.IGNORECASE)


def _operation_onset(e: Event) -> bool:
    """The onset of an armed operation: a verb that starts one (``operation_onset``) acting on, or told of, a noun
    of one ("the forces unleashed aggression", "the operation was begun", "measures, which were begun"). A story's
    armed operation starts once, so two outlets dating its onset in their own words, each side naming it its own
    way, tell one act (the invented corpus_o's blind run: an offensive and the other side's "anti-terror
    measures"), as a named person's detention is one act (:func:`_seized_person`)."""
    if e.predicate not in _OPERATION_ONSET or _UNARMED_RE.search(e.sentence):
        return False
    nouns = {n for n, _ in e.acted_on} | set(e.subject)
    return any(n in _OPERATIONS and (n != "measure" or _COUNTER_RE.search(e.sentence)) for n in nouns)


def _named_seized(e: Event) -> bool:
    """A person named in full ("X Y was detained") taken into custody: who was taken identifies the act."""
    return e.passive and _act(e) in _SEIZURE and any(" " in x for x in e.subject)


def _first_known(e: Event) -> bool:
    """"the first case was confirmed", "the first death was reported": a passive verb of reporting whose
    subject is the first of its kind dates when the thing first became known, one day of one fact (an
    outbreak's onset), not a statement that recurs. Invented corpus_k (blind): its one date contradiction
    (one side in a subordinate clause) was dropped as a statement."""
    return (e.passive and bool(e.subject) and e.predicate in NON_EVENT_PREDICATES
            and any(re.search(rf"\bfirst\s+(?:[\w-]+\s+)?{re.escape(w)}\b", e.clause, re.IGNORECASE)
                    for w in e.subject))


def _dated(events: Sequence[Event]) -> list[int]:
    """The events that may carry a date contradiction."""
    # Statements recur ("the ministry said on Saturday ... said on Sunday"): reporting verbs do not
    # identify an event, so they never carry a date contradiction, save a first one made known (_first_known).
    # A bare time of day ("shortly after 10pm") states the hour; its day is the extract stage's inference.
    return [i for i, e in enumerate(events) if e.predicate and e.mention.precision in DISPUTED_PRECISIONS
            and not names_no_day(e.mention.text)
            and (e.predicate not in NON_EVENT_PREDICATES or _first_known(e))
            and not _tally_change(e) and e.predicate not in _STATES and not _dates_another_moment(e) and not _bound(e)
            and not _FURTHER_RE.search(e.clause) and (e.subject or len(e.participants) >= MIN_SHARED_PARTICIPANTS)]


def _agreeing(dates: set[str]) -> bool:
    """Whether every two of the dates agree: the same, or a month and a day inside it ("in March 2037" and "on
    14 March 2037" place one act alike)."""
    return all(x.startswith(y) or y.startswith(x) for x in dates for y in dates)


def _one_article_two_days(evs: Sequence[Event]) -> bool:
    """Whether one article places the linked clauses on two days, never both in one sentence: two events of
    its own that the link joined, not one event dated two ways. A sentence that sets the two days against each
    other ("struck at 1 am on Monday, and not at 11 pm on Sunday as the railway says") reports the dispute
    itself: its article takes both sides of it, whatever else of the day it dates."""
    per_article: dict[str, set[str | None]] = defaultdict(set)
    per_sentence: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    for e in evs:
        per_article[e.article].add(e.mention.date)
        per_sentence[e.article, e.sentence].add(e.mention.date)
    disputed = {a for (a, _), days in per_sentence.items() if len(days) > 1}
    return any(len(days) > 1 and a not in disputed for a, days in per_article.items())


def date_reads(events: Sequence[Event]) -> tuple[set[int], set[int]]:
    """The events whose clause vectors, and those whose line vectors, :func:`date_contradictions`
    may compare: clauses of kindred predicates in two articles, unless the two clauses are the same
    words; lines when the pair lacks a subject and shares participants as well. A superset (a pair
    already linked through others is not asked)."""
    idx, lined = _dated(events), set(with_lines(events))
    clauses: set[int] = set()
    lines: set[int] = set()
    for n, i in enumerate(idx):
        for j in idx[n + 1:]:
            a, b = events[i], events[j]
            if a.article == b.article or same_text(a.clause, b.clause) or not _kindred(_act(a), _act(b)):
                continue
            clauses |= {i, j}
            if (i in lined and j in lined and not (a.subject and b.subject)
                    and len(a.participants & b.participants) >= MIN_SHARED_PARTICIPANTS):
                lines |= {i, j}
    return clauses, lines


def date_contradictions(events: Sequence[Event], vectors: Mapping[int, Sequence[float]], ctx: Ctx,
                         story_id: str, line_vectors: Mapping[int, Sequence[float]] | None = None
                         ) -> list[Contradiction]:
    idx = _dated(events)

    lines = line_vectors or {}

    def linked(i: int, j: int) -> bool:
        a, b = events[idx[i]], events[idx[j]]
        if a.article != b.article and _operation_onset(a) and _operation_onset(b):
            return True
        if a.article == b.article or not _kindred(_act(a), _act(b)) or _other_incidents(a, b):
            return False
        if _seized_person(a, b) or _seized_group(a, b):
            return True
        if _named_seized(a) and _named_seized(b):
            return False  # two persons named apart, taken at one place: two detentions, however alike the lines
        similarity = 1.0 if same_text(a.clause, b.clause) else dot(vectors[idx[i]], vectors[idx[j]])
        if same_subject(a.subject, b.subject):
            # one message's sending and arrival are told with two verbs ("was sent" / "reached the mayor"): its
            # subject names the act, and the clause gate only keeps unrelated statements apart, as in _one_act
            transmit = _act(a) == _act(b) == "transmit"
            return similarity >= (EVENT_CLAUSE_SIMILARITY_NO_SUBJECT if transmit else EVENT_CLAUSE_SIMILARITY)
        if _two_senses(a, b):
            return False
        if _one_act(a, b):
            # the verb, its particle and its one definite patient identify the act, as shared participants do
            # for a parse without subject: the clause gate only keeps unrelated statements apart
            return similarity >= EVENT_CLAUSE_SIMILARITY_NO_SUBJECT
        if len(a.participants & b.participants) < MIN_SHARED_PARTICIPANTS:
            return False
        if similarity >= EVENT_CLAUSE_SIMILARITY:
            return True
        # A parse that lost one side's subject cut its clause short: compare whole lines (each line
        # looked up only when both exist, so no vector is encoded that no comparison reads).
        if (a.subject and b.subject) or idx[i] not in lines or idx[j] not in lines:
            return False
        return dot(lines[idx[i]], lines[idx[j]]) >= EVENT_CLAUSE_SIMILARITY_NO_SUBJECT

    out: list[Contradiction] = []
    for comp in components(len(idx), linked):
        evs = [events[idx[k]] for k in comp]
        if _agreeing({e.mention.date or "" for e in evs}):
            continue
        if _one_article_two_days(evs):
            continue
        evs.sort(key=lambda e: (e.mention.date or "", e.article))
        # Named by its actor, or (a parse without subject) by what every report of it mentions.
        shared = frozenset.intersection(*(e.participants for e in evs))
        named = next((e for e in evs if e.subject), evs[0])
        who = named.subject or shared
        out.append(Contradiction(field="date", about=f"{', '.join(sorted(who)[:4])} {_act(named)}".strip(),
                                 claims=tuple(date_claim(e.mention, e.article, ctx, e.sentence) for e in evs),
                                 story=story_id))
    return out

"""Figures: a rival source's bare count of what the clause before it counted.

Where two bodies disagree, the second is often given only a number: "The army counts 30 dead; the
rebels say 80" (or "speak of 80"), "Police say 40 were arrested, while organisers count 95", "..., but the monitor puts
it at 19". The second number has no noun and no verb of its own kind: it is the second source's count
of the same thing, so it takes the kind of the figure before its clause. The figure before may end
the previous sentence when the number's sentence says nothing else ("The governor says four people
drowned. The fishermen's union says 11.").

A body's own tally, told with the bare noun and its owner ("the charity's own count has passed 90", "the
agency, whose tally stood at 104"), is that body's count of what the article has been counting: it takes
the kind of the last count of people before it, in an earlier sentence if need be.

The second source's verb may be left out too, a comma standing for it: "Officials count 14 dead; the opposition,
23", "The army reported 8 soldiers killed. The rebels, 15." (gapping). The bare number set off after the source
that opens the clause or sentence, and closing it, is that source's count of what the clause before counted,
when that clause's verb is a verb of counting or saying (the verb left out).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.records import Figure
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_asides import BARE_TALLIES

__all__ = ["RIVAL_VERBS", "gapped_rival_kind", "owned_tally_kind", "rival_count_kind", "rival_verb"]

#: Verbs of a source giving its own count: the bare number is their object ("the rebels say 80").
RIVAL_VERBS = lexicons.words("figure_words", list="rival")
#: Verbs of telling whose "of N" is a source's own count, as translated news says it ("the other doctor speaks
#: of 25", "the rebels talk of 80"); general, not tuned (corpus_r's class).
_SPEAKING_OF = frozenset({"speak", "talk"})
#: Objects standing for the count said before in "puts it at 19", "estimates that at 19".
_COUNT_PRONOUNS = frozenset({"it", "that", "this"})


def rival_verb(anchor: Token) -> Token | None:
    """The verb whose own count ``anchor`` is: "says 19", "claim 80", "puts it at 19"."""
    verb = anchor.head
    # "aid groups estimate 450": the parser may make the object right after the verb an adverbial
    own = anchor.dep_ == "dobj" or (anchor.dep_ == "npadvmod" and anchor.i == verb.i + 1)
    if own and verb.pos_ == "VERB" and verb.lemma_.lower() in RIVAL_VERBS:
        return verb
    if anchor.dep_ == "pobj" and verb.lower_ == "of" and verb.head.pos_ == "VERB" and \
            verb.head.lemma_.lower() in _SPEAKING_OF and verb.i == anchor.i - 1:
        return verb.head  # "Doctor B speaks of 25": the number right after "of", with no noun of its own
    if anchor.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "up" and verb.head.dep_ == "advmod" and (
            rival := verb.head.head).pos_ == "VERB" and rival.lemma_.lower() in RIVAL_VERBS:
        return rival  # "community leaders report up to 31": the parser may hang "up" on the verb, "to 31" on "up"
    if anchor.dep_ == "pobj" and verb.lower_ == "at" and verb.dep_ == "prep":
        setter = verb.head
        if setter.lemma_.lower() in lex.TALLY_SETTERS and any(
                c.dep_ == "dobj" and c.lower_ in _COUNT_PRONOUNS for c in setter.children):
            return setter
    return None


def _alone(sent: Span, anchor: Token, verb: Token) -> bool:
    """"The fishermen's union says 11.": the sentence is the source, its verb and the number."""
    if verb.dep_ != "ROOT" or any(t.like_num and t.i != anchor.i for t in sent):
        return False
    after = [t for t in sent if t.i > anchor.i]
    return all(t.is_punct for t in after)


def rival_count_kind(anchor: Token, found: list[Figure]) -> str | None:
    """The kind of a bare number that is a second source's count of what the clause before counted.

    Args:
        anchor: the number's own token (it counts no noun).
        found: the figures found so far in the article, in text order.
    """
    if not anchor.like_num:
        return None
    verb = rival_verb(anchor)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.like_num:
        return None  # "40 say 19" is no source's count
    sent = sent_of(anchor)
    # the count before lies before the source's clause: its own clause named what is counted
    opens = subject.left_edge.idx
    same = [f for f in found if sent.start_char <= f.span.start and f.span.end <= opens]
    if same:
        return same[-1].kind
    if sent.start == 0 or not _alone(sent, anchor, verb):
        return None
    before = sent_of(anchor.doc[sent.start - 1])
    earlier = [f for f in found if before.start_char <= f.span.start and f.span.end <= before.end_char]
    return earlier[-1].kind if earlier else None


#: Words the parser may set between the gapped source's comma and its number: "the opposition, over 23".
_GAP_QUALIFIERS = frozenset({"over", "about", "around", "some", "nearly", "almost", "at", "least", "more", "than",
                             "up", "to", "only", "just"})


def _gap_opens(doc: Doc, first: int) -> int | None:
    """The index of the mark before a gapped clause starting at ``first`` ("; the opposition, 23", ". The
    rebels, 15."), or None."""
    if first == 0:
        return None
    mark = doc[first - 1]
    return mark.i if mark.text in (";", ".") or mark.is_sent_end else None


def gapped_rival_kind(anchor: Token, found: list[Figure]) -> str | None:
    """The kind of a bare number standing for a second source's count with its verb left out ("the opposition,
    23"): the kind of the last figure of the clause before, whose verb counts or says."""
    source = anchor.head
    if not anchor.like_num or anchor.dep_ != "appos" or source.pos_ not in ("NOUN", "PROPN") or source.i > anchor.i:
        return None
    doc = anchor.doc
    between = doc[source.i + 1:anchor.i]
    if not len(between) or between[0].text != "," or any(t.lower_ not in _GAP_QUALIFIERS for t in between[1:]):
        return None
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct and after.text in (".", ";", "\n")) and not after.is_space:
        return None  # the number must close the gapped clause
    first = source.left_edge.i
    mark = _gap_opens(doc, first)
    if mark is None:
        return None
    before = sent_of(doc[mark - 1]) if doc[mark].text != ";" else sent_of(doc[mark])
    verb = before.root
    if verb.lemma_.lower() not in RIVAL_VERBS:
        return None
    earlier = [f for f in found if before.start_char <= f.span.start and f.span.end <= doc[mark].idx]
    return earlier[-1].kind if earlier else None


#: Kinds that count goods, not people: a body's own tally is of the people the story counts.
_GOODS_KINDS = frozenset({"aid"})


def owned_tally_kind(anchor: Token, found: list[Figure]) -> str | None:
    """The kind of a bare tally's value when the tally has an owner ("its count rose to 60", "whose count stood
    at 88", "the group's own tally has passed 70"): the last count of people found before it in the article.
    Called only for a number that is a bare tally's value (``figures_context._is_bare_total``)."""
    verb = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
    tally = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in BARE_TALLIES),
                 None)
    # "its count of ballots reached 600" names what it counts: only the bare noun is the story's count
    if tally is None or not any(c.dep_ == "poss" for c in tally.children) or any(
            c.dep_ == "prep" for c in tally.children):
        return None
    earlier = [f for f in found if f.span.end <= anchor.idx and f.kind not in _GOODS_KINDS]
    return earlier[-1].kind if earlier else None

"""Figures: a tally's value said apart from the tally's own verb.

Set off after the tally noun ("the death toll, 37 so far, is likely to climb", "the toll, now 58,") or
given to a setter whose value the parser hangs on a clause inside the tally ("put the number of people who
had fled at 12,000"). Split from figures_context to keep that module under 600 lines.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_syntax import event_noun_kind

#: Tally nouns that name no kind by themselves: "the total rose to 50" counts what the sentence counts.
BARE_TALLIES = frozenset({"total", "number", "tally", "count", "figure"})

#: Words that may stand around a tally's comma-set value: "the toll, now at 58,", "the toll, 37 so far,".
_ASIDE_BEFORE = frozenset({"now", "currently", "at", "already", "still"})
_ASIDE_AFTER = ("so far", "to date", "now", "in all", "at present", "for now")
#: The marks that open such an aside and the one that closes each: "the toll (52 so far)", "— 31 so far —".
_ASIDE_MARKS = {",": ",", "(": ")", "\u2014": "\u2014", "\u2013": "\u2013"}


def comma_set_tally(tokens: Span) -> Token | None:
    """The tally noun whose value the number is when set off by commas, dashes or brackets right after it:
    "the death toll, 37 so far, is likely to climb", "the number of missing, 12 so far, could rise" (the
    parser may make the number the verb's subject). The number's sentence text decides, not the parse."""
    doc, i = tokens.doc, tokens.start - 1
    while i > 0 and doc[i].lower_ in _ASIDE_BEFORE:
        i -= 1
    if i <= 0 or doc[i].text not in _ASIDE_MARKS:
        return None
    after = doc[tokens.end:tokens.end + 4].text.lower()
    rest = next((after[len(w):] for w in _ASIDE_AFTER if after.startswith(w)), after).lstrip()
    if not rest.startswith(_ASIDE_MARKS[doc[i].text]) and not _stamped(tokens, _ASIDE_MARKS[doc[i].text]):
        return None
    tally = doc[i - 1]
    for _ in range(3):  # "the number of missing": up from the kind word through "of" to the tally
        if tally.lemma_.lower() in BARE_TALLIES | {"toll"} or tally.head is tally:
            break
        tally = tally.head
    return tally if tally.lemma_.lower() in BARE_TALLIES | {"toll"} and tally.i < tokens.start else None


#: Words that open a time stamp on a tally's set-off value: "(47 as of Friday evening)", "(52 by Sunday)".
_STAMP_OPENERS = ("as of", "by", "on", "at", "since")
#: The most tokens a stamp may run before the closing mark ("as of 6 p.m. local time on Friday" is nine).
#: Not tuned: the longest stamp of batch 60 is four tokens, the unit table's nine.
_STAMP_REACH = 9


def _stamped(tokens: Span, close: str) -> bool:
    """"the number of people killed (47 as of Friday evening)", "the toll, 31 at last count,": a time stamp
    between the value and the mark that closes the aside, made of date and time words only ("at last count"
    too), so that "(47 in Tessel)" or ", 47 of them children," stay what they are."""
    doc = tokens.doc
    after = doc[tokens.end:min(len(doc), tokens.end + _STAMP_REACH + 1)]
    text = after.text.lower()
    opener = next((w for w in _STAMP_OPENERS if text.startswith(w + " ")), None)
    if opener is None:
        return False
    start = tokens.end + len(opener.split())
    for t in doc[start:after.end]:
        if t.text == close:
            return t.i > start
        if not (t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("last", "count", "the", "latest", "local", "time")):
            return False
    return False


def tally_aside_kind(anchor: Token) -> str | None:
    """"the toll, now 58, will rise", "the toll, now at 58,": a value set off after a tally noun is the
    tally's value; "put the number of people who had fled at 12,000", where the parser hangs the value on
    the relative clause, is the setter's. The kind is the tally's."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ in ("at", "to"):
        head = head.head
        if head.dep_ in ("relcl", "acl", "advcl"):
            return _setter_value_kind(head)
    elif anchor.dep_ != "appos":
        return None
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "of" and head.head.head.i < head.i:
        head = head.head.head  # "the number of missing, now 16,": the aside hung on the tally's "of" part
    if head.lemma_.lower() not in BARE_TALLIES | {"toll"} or head.i > anchor.i or not any(
            t.text == "," for t in anchor.doc[head.i + 1:anchor.i]):
        return None
    return event_noun_kind(head)


#: How many steps up from the clause holding "at N" the setter may lie: fled -> people -> of -> number -> put
#: is four, and a clause inside the tally's own participle ("missing after the storm hit the coast at 40")
#: five. Not tuned: the longest shape of the batch 42 and 53 stress cases and the unit table.
_SETTER_REACH = 5


def _setter_value_kind(clause: Token) -> str | None:
    """"put the number of people who had fled at 12,000", "puts the number of soldiers killed since Thursday
    at 23", "put the number of people missing after the river burst its banks at about 70": the parser hangs
    the setter's value on a clause inside or after its tally object; the kind is the tally's."""
    tok = clause
    for _ in range(_SETTER_REACH):
        verb = tok.head
        if verb is tok:
            return None
        if verb.lemma_.lower() in lex.TALLY_SETTERS and verb.pos_ in ("VERB", "AUX"):
            tally = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in BARE_TALLIES), None)
            if tally is None or tally.i > clause.i:
                return None
            if clause.left_edge.i == tally.right_edge.i + 1 and clause.lower_ in lex.ADJECTIVES:
                # "puts the number of passengers still missing at 19": the parser makes the state the setter's
                return lex.ADJECTIVES[clause.lower_]
            return event_noun_kind(tally)
        tok = verb
    return None

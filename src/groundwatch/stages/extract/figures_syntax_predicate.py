"""Figures: the kind a clause's complement names for the people it counts.

"left 200 dead", "were reported killed", "burned to death", "remain without food", "are in need",
"registered as refugees", "were taken prisoner", "reported missing", "still waiting to be rescued":
``figures_syntax`` asks these before and beside the verb's own kind. None of them asks the verb's kind in
turn, so they stand apart from the verb, noun and tally readings that call one another. Moved out of
``figures_syntax`` (which had reached the 600-line limit) with no change in behaviour.
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_occupants import living_as_kind
from groundwatch.stages.extract.figures_places import pobjs, without_kind
from groundwatch.stages.extract.figures_words import has_own_subject


def _as_kind(prep: Token) -> str | None:
    """"registered as refugees", "listed as missing", "registered as living in the block": the kind named after "as"."""
    for g in prep.children:
        kind = lex.PERSON_KIND_NOUNS.get(g.lemma_.lower()) or lex.ADJECTIVES.get(g.lower_)
        if kind is not None:
            return kind
    return living_as_kind(prep)


def _waiting_kind(verb: Token) -> str | None:
    """"Hundreds were still waiting to be rescued", "awaiting evacuation": stranded, so affected."""
    if verb.lemma_.lower() not in ("wait", "await"):
        return None
    for c in verb.children:
        if c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in lex.RESCUE_WORDS:
            return "affected"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() in lex.RESCUE_WORDS for g in pobjs(c)):
            return "affected"
    return None


#: Reporting verbs whose passive hands the subject on to an infinitive: "are thought to have died",
#: "are believed to have fled" (not "be", "go" or "leave": "were left to fend for themselves").
_HEARSAY_VERBS = lexicons.words("figure_words", list="hearsay")


def predicate_kind(verb: Token) -> str | None:
    """A kind named by the complement of ``verb``: "left 200 dead", "were reported killed"."""
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl", "attr", "dobj", "conj") and c.i > verb.i:
            if c.dep_ in ("advcl", "ccomp", "conj") and (has_own_subject(c) or any(
                    g.dep_ in ("dobj", "obj") for g in c.children)):
                # "toll reaches 45 as the town is evacuated": another clause, another count; "sent 300 troops
                # to Kessa, where floods killed nine people": a verb with an object of its own counts that
                continue
            if c.dep_ == "advcl" and c.i > 0 and any(g.dep_ == "nummod" for g in verb.doc[c.i - 1].children):
                continue  # "9 were killed on Friday and 40 others hurt": the participle is the next count's
            lemma = c.text.lower()
            if lemma in lex.ADJECTIVES and c.pos_ in ("ADJ", "VERB") and c.dep_ != "conj":
                return lex.ADJECTIVES[lemma]
            if c.dep_ in ("xcomp", "oprd", "ccomp") and c.tag_ == "VBN" and c.lemma_.lower() in lex.TRANSITIVE:
                return lex.TRANSITIVE[c.lemma_.lower()]
            if c.dep_ == "xcomp" and verb.lemma_.lower() in _HEARSAY_VERBS and c.lemma_.lower() in lex.INTRANSITIVE:
                return lex.INTRANSITIVE[c.lemma_.lower()]  # "80 people are thought to have died"
            if c.dep_ in ("xcomp", "oprd") and ((verb.lemma_.lower() in _HEARSAY_VERBS and c.lemma_.lower() == "be") or
                                                c.lemma_.lower() in lex.POSTURE_VERBS) and (said := predicate_kind(c)):
                return said  # "are estimated to be in need", "are believed to be dead", "were found lying dead"
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in pobjs(c)):
            # "burned to death", "were crushed to death"; but "sentenced to death" are held, not dead
            return "detained" if verb.lemma_.lower() in lex.SENTENCING_VERBS else "killed"
        if c.dep_ == "prep" and c.lemma_.lower() == "without" and (lacking := without_kind(c)) is not None:
            return lacking  # "remain without food", "were left without power"
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                g.dep_ == "pobj" and g.lower_ in ("need", "risk", "danger") for g in c.children):
            return "affected"  # "are in need of aid", "are at risk"
        if c.dep_ == "prep" and c.lower_ == "as":
            kind = _as_kind(c)
            if kind is not None:
                return kind
        if c.i > verb.i and c.lemma_.lower() in lex.CAPTIVITY_NOUNS and c.dep_ in ("oprd", "attr", "dobj", "npadvmod") \
                and verb.lemma_.lower() in ("take", "hold", "keep"):
            return "detained"  # "twelve soldiers were taken prisoner"
    return None


def _reported_state(verb: Token) -> str | None:
    """"reported missing", "confirmed dead", "listed as missing": the state a reporting verb gives."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "oprd", "acomp") and c.lower_ in lex.ADJECTIVES:
            return lex.ADJECTIVES[c.lower_]
        if c.dep_ == "prep" and c.lower_ == "as":
            kind = _as_kind(c)
            if kind is not None:
                return kind
    return None

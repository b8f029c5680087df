"""Figures: how many people were killed, injured, displaced... and how much aid, how many troops.

A figure is a number phrase (``figures_numbers``) whose place in the dependency parse ties it
to a trigger word (``figures_lexicon``): the verb that governs the counted noun ("29 people
were killed", "killed 29 people", "left some 200 people dead"), an adjective ("200 injured
people"), an event noun ("the death of six"), the counted noun itself ("50 refugees", "31 deaths"), where
the people are or are taken ("remain in shelters", "taken to hospital", "held in custody"), a tally
verb or setter ("the toll nears 45", "bringing the death toll to 47"), a headline's bare participle
or adjective ("Nine arrested", "19 dead"), or the figure before it ("up from 3,000", "including 9",
"eight of them", "12 in Tessel and 5 in Pennick": ``figures_context``).
A number without such a trigger is dropped: the figures measure counts false positives, and a
bare number ("16 settlements", "two wars", "295 km") is not a figure. Single persons ("a
worker was killed") count as 1, but not one of a pair ("a father and his son"), a person the
article names ("X, a reporter, was detained") or one example from within a count ("including a
girl who died": ``figures_single``); a rival source's bare number ("the rebels say 80") counts
what the clause before it counted (``figures_rival``); negation counts
0 ("no fatalities", "none of its troops were killed"); a quantity word without a number
("several nationals died") is a vague figure with no value. Where the parse lives:
``figures_kind`` (what a number counts, from its anchor and noun), ``figures_syntax`` (the kind from
the words that govern the number; ``figures_words`` holds its one-token questions), ``figures_scope`` (place,
source, unit, and whether the count is the event's own: see ``scope_of``), ``figures_exclude``
(ages, years, percentages, prices and labels, which are never counts), ``figures_fragments`` (headlines,
bullets and elided clauses, read word by word where the parse fails them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.records import Figure
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import doc_ents, doc_text, sent_of
from groundwatch.stages.extract.figures_aid_aside import aid_beside_delivery
from groundwatch.stages.extract.figures_aid_fragment import loaded_fragment
from groundwatch.stages.extract.figures_asides import comma_set_tally
from groundwatch.stages.extract.figures_breakdown import drop_listed_parts
from groundwatch.stages.extract.figures_bullets import bullet_lead_kind
from groundwatch.stages.extract.figures_buried import buried_kind
from groundwatch.stages.extract.figures_columns import column_kind
from groundwatch.stages.extract.figures_context import (
    aside_kind,
    context_kind,
    definite_count,
    headline_kind,
    partitive_kind,
    shared_kinds,
)
from groundwatch.stages.extract.figures_convoy import carrier_trips, convoy_size
from groundwatch.stages.extract.figures_corrected import corrected_kind
from groundwatch.stages.extract.figures_counted import counted
from groundwatch.stages.extract.figures_denied import contested_zero
from groundwatch.stages.extract.figures_difference import difference
from groundwatch.stages.extract.figures_elided import another_people, more_with_kind, with_units
from groundwatch.stages.extract.figures_exclude import (
    excluded,
    habitual,
    member_of_force,
    not_a_corpse,
    of_home,
    ought,
    own_wounds,
    usual,
    withdrawn,
)
from groundwatch.stages.extract.figures_fragments import (
    NO_FIGURE,
    aid_label_unit,
    fragment_kind,
    fronted_place_kind,
    token_at,
)
from groundwatch.stages.extract.figures_freed import freed_captives
from groundwatch.stages.extract.figures_generic import generic_case
from groundwatch.stages.extract.figures_govern import (
    GROUP_NOUNS,
    governed_kind,
    misparsed_object_of,
    placed_now,
    planned,
    split_among_kind,
)
from groundwatch.stages.extract.figures_in_care import still_in_care
from groundwatch.stages.extract.figures_interrupted import interrupted_kind
from groundwatch.stages.extract.figures_kind import PEOPLE_KINDS, count_kind, valid_for
from groundwatch.stages.extract.figures_labels import LABEL_MARKS, label_kind
from groundwatch.stages.extract.figures_ledger import bookkept_bodies
from groundwatch.stages.extract.figures_left_hurt import left_hurt
from groundwatch.stages.extract.figures_line_labels import line_label_kind
from groundwatch.stages.extract.figures_members import enumerated_member, kin_pair, lone_member
from groundwatch.stages.extract.figures_moved_hurt import moved_hurt_kind
from groundwatch.stages.extract.figures_numbers import NumberPhrase, find_number_phrases, parse_number
from groundwatch.stages.extract.figures_others import one_beside_others
from groundwatch.stages.extract.figures_pairs import bare_pairs
from groundwatch.stages.extract.figures_people_of import people_of_places_kind
from groundwatch.stages.extract.figures_planned_move import planned_move, planned_move_kind
from groundwatch.stages.extract.figures_pronouns import pronoun_detentions
from groundwatch.stages.extract.figures_remains import dead_by_remains
from groundwatch.stages.extract.figures_rival_ahead import rivals_ahead
from groundwatch.stages.extract.figures_scope import (
    clause_of,
    ents_in,
    other_event,
    projection,
    reference_year,
    reported_by,
    scope_of,
    unit_of,
)
from groundwatch.stages.extract.figures_share import mourners_share, vague_share_of_told
from groundwatch.stages.extract.figures_sheltered import sheltered_part
from groundwatch.stages.extract.figures_single import (
    in_named_pair,
    moves_the_toll,
    not_counted_alone,
    pair_of_ones,
    pictured_body,
)
from groundwatch.stages.extract.figures_tally_clause import relative_tally_kind
from groundwatch.stages.extract.figures_translated_part import translated_part_kind
from groundwatch.stages.extract.figures_words import (
    QUANTITY_WORDS,
    age_noun,
    kept_forces,
    modifier_run,
    negated,
    of_pobj,
    people_like,
)
from groundwatch.stages.extract.figures_zero_joined import harmed_kinds, joined_zero_kinds, life_lost
from groundwatch.stages.extract.registry import ExtractionContext, extractor, span_for

__all__ = ["extract_figures", "parse_number"]


#: How far (in tokens) the counted noun may lie from the number and still be part of the
#: figure phrase's text ("some 200 ethnic Armenian civilians"); longer gaps are parse errors.
MAX_PHRASE_GAP = 6

#: Verbs whose particle "over"/"up" looks like a qualifier when a number follows ("handed over 40").
_HANDING_VERBS = lexicons.words("figure_words", list="handing")

#: Prepositions of a tally verb that put the count beyond its number: "climbed past 600".
_BEYOND_PREPS = frozenset({"past", "beyond", "above"})

#: Tally verbs that say how the count relates to the number they take as object.
_TALLY_QUALIFIERS = {"near": "approx", "approach": "approx", "surpass": "more_than", "exceed": "more_than",
                     "top": "more_than", "pass": "more_than", "cross": "more_than", "breach": "more_than"}


def _root_of(tokens: Span) -> Token:
    roots = [t for t in tokens if t.head.i < tokens.start or t.head.i >= tokens.end or t.head is t]
    fraction = [t for t in roots if t.lemma_.lower() == "quarter"]
    if fraction and len(roots) > 1:
        return fraction[0]  # "three-quarters of a million people": the fraction heads the phrase
    return roots[-1] if roots else tokens[-1]


#: How far back from a labelled number its label's unit word may lie ("Displaced households: 2,300").
_LABEL_UNIT_REACH = 4
#: A label's unit words, plurals included: a table's capitalised label ("| Families affected | 40 |") is tagged
#: a proper noun, whose lemma is the plural as written.
_LABEL_UNITS = frozenset({"household", "households", "family", "families"})


def _label_unit(tokens: Span) -> Token | None:
    """"Displaced households: 2,300": the unit a label names, counted in place of persons."""
    doc = tokens.doc
    first = max(sent_of(tokens).start, tokens.start - _LABEL_UNIT_REACH)
    return next((t for t in doc[first:tokens.start] if t.lemma_.lower() in _LABEL_UNITS), None)


def _make(doc: Doc, ctx: ExtractionContext, kind: str, value: float | None, low: float | None,
          high: float | None, qualifier: str, start: int, end: int, anchor: Token, noun: Token | None,
          ref_year: int | None, set_off: bool = False) -> Figure:
    """``set_off``: the number is a tally's value set off by commas ("the toll, 37 so far, may rise"),
    counted now whatever the clause says the tally will do."""
    span = span_for(doc, start, end, ctx.article_id)
    clause = clause_of(anchor)
    places = _own_places(anchor, noun) or _clause_places(doc, clause, anchor)
    who = None
    if noun is not None and kind in PEOPLE_KINDS and people_like(noun):
        who = modifier_run(noun, QUANTITY_WORDS | lex.ADJECTIVES.keys())
    older = other_event(doc, clause, ref_year, kind, ctx.published, anchor)
    scope = scope_of(doc, anchor, clause, older)
    return Figure(
        kind=kind, value=value, qualifier=qualifier, text=doc_text(doc)[start:end], span=span,
        low=low, high=high, unit=unit_of(kind, noun, clause), who=who,
        place=places[0].text if places else None,
        reported_by=reported_by(sent_of(anchor), clause, anchor),
        # a teaser links to another article: its count is not this event's, as an older event's is not
        other_event=older or scope in ("teaser", "other_event"), scope=scope,
        # forces planned ("are to join", "are due to be sent") are not there yet: the schema's projection flag
        projection=(projection(clause) and not (kind == "forces" and placed_now(noun)) and not _aside_now(anchor)
                    and not set_off)
        or (kind == "forces" and planned(clause))
        or (kind == "evacuated" and planned_move(anchor, noun)),  # "a plan to relocate 2,000": not made yet
    )


def _aside_now(anchor: Token) -> bool:
    """"the toll, now 58, will rise", "the toll, now at 58,": a value set off by a comma on a noun is
    counted now, whatever the clause says the noun will do."""
    node = anchor.head if anchor.dep_ == "pobj" else anchor
    # on a noun, or on the "of" part of a tally ("the number of missing, now 16,")
    if node.dep_ not in ("appos", "prep") or node.head.i > anchor.i or (
            node.head.pos_ not in ("NOUN", "PROPN") and node.head.head.lower_ != "of"):
        return False
    before = anchor.doc[node.head.i + 1:anchor.i]
    return len(before) <= 3 and before[:1].text == "," and all(t.text == "," or t.pos_ in ("ADV", "ADP")
                                                                for t in before)


def _own_places(anchor: Token, noun: Token | None) -> list[Span]:
    """A place said on the number itself: "4,210 died in Velor and 986 in Ostrel" gives the
    second number Ostrel, where the clause would give it the first place."""
    doc = anchor.doc
    out: list[Span] = []
    holders = [anchor] if noun is None or noun is anchor else [anchor, noun]
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "at") or c.i < holder.i:
                continue
            for g in c.children:
                # the NER often calls a town a person or a firm; after "in" a proper noun is a place
                if g.dep_ != "pobj" or g.pos_ != "PROPN" or g.ent_type_ in ("NORP", "DATE", "TIME"):
                    continue
                ent = next((e for e in doc_ents(doc) if e.start <= g.i < e.end), None)
                # min() of a list: with one int and an empty unpacking, min(g.i) raises
                first = min([g.i, *(x.i for x in g.children if x.dep_ == "compound")])
                out.append(ent if ent is not None else doc[first:g.i + 1])
    return out


def _clause_places(doc: Doc, clause: Token, anchor: Token) -> list[Span]:
    """The places of the figure's clause, less those said on another number in it ("and 986 in
    Ostrel" is not where the first number was counted)."""
    others: set[int] = set()
    for t in clause.subtree:
        if t.like_num and t.dep_ in ("conj", "appos", "dep", "npadvmod") and not (
                t.left_edge.i <= anchor.i <= t.right_edge.i):
            others.update(x.i for x in t.subtree)
    return [e for e in ents_in(doc, clause, ("GPE", "LOC")) if e.start not in others]


def _particle_free(doc: Doc, phrase: NumberPhrase) -> str:
    """The phrase's qualifier, unless its qualifier word is a verb's particle: "handed over 200
    rifles" hands over exactly 200 ("over" belongs to the verb, not to the number)."""
    if phrase.qualifier == "exact" or phrase.start == phrase.core_start:
        return phrase.qualifier
    first = doc.char_span(phrase.start, phrase.core_start, alignment_mode="expand")
    if first is not None and len(first) and first[0].dep_ == "prt" and first[0].head.pos_ == "VERB":
        return "exact"
    if first is not None and len(first) and _tally_moved_up(first[0]):
        return "exact"  # "the count has gone up to 230": where the tally went, not a bound
    if first is not None and len(first) and first[0].i > 0 and first[0].dep_ == "quantmod" and \
            doc[first[0].i - 1].lemma_.lower() in _HANDING_VERBS and doc[first[0].i - 1].pos_ == "VERB":
        return "exact"  # "turned over 75 rifles": the particle parsed onto the number
    return phrase.qualifier


def _tally_moved_up(up: Token) -> bool:
    """"has gone up to 230", "came up to 45", translated copy's "increased up to 148": "up" after a tally verb is
    where the count got to, not "up to" a bound; a tally that only may get there ("could rise up to 300") keeps
    the bound. (sfigs and fblind3 each wrote this rule; merged into one.)"""
    verb = up.head
    return up.lower_ == "up" and up.dep_ in ("advmod", "prt") and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in lex.TALLY_VERBS) and not any(c.tag_ == "MD" for c in verb.children)


def _bare_adjective_kind(doc: Doc, tokens: Span) -> str | None:
    """Headline style "19 dead as river bursts", "Three dead, nine missing": the number is the noun."""
    if tokens.end >= len(doc):
        return None
    nxt, last = doc[tokens.end], tokens[-1]
    if nxt.lower_ not in lex.ADJECTIVES or (nxt.dep_ == "amod" and nxt.head.i > nxt.i and
                                            nxt.head.pos_ in ("NOUN", "PROPN")):
        return None  # "9 injured ..." yes; "9 injured horses" counts horses
    bare = (last.dep_ in ("pobj", "appos") or (last.dep_ == "nummod" and last.head.i < last.i)
            or (last.dep_ == "dobj" and last.head.lemma_.lower() == "leave")) and not any(
        c.dep_ == "dobj" for c in nxt.children)  # "Platform 4 injured 6 commuters": a verb with its own object
    # ("leaves 16 missing" is a small clause, whatever the parser hangs "missing" on)
    if nxt.head.i != last.i and last.head.i != nxt.i and nxt.head.i != last.head.i and not bare:
        # the adjective belongs to something else; but a number standing alone as an object or an
        # item ("the figure of 96 dead", "60 of the 95 dead", "Pell 3 dead") is what the word describes
        return None
    return lex.ADJECTIVES[nxt.lower_]


def _qualifier(doc: Doc, phrase: NumberPhrase, anchor: Token, noun: Token | None) -> str:
    """How the count relates to its number: the phrase's own words, then the tally verb that takes it."""
    qualifier = _particle_free(doc, phrase)
    if qualifier == "exact" and anchor.dep_ == "pobj" and anchor.head.lower_ in _BEYOND_PREPS and \
            anchor.head.head.pos_ in ("VERB", "AUX") and not definite_count(anchor):
        return "more_than"  # "the count climbed past 600", "pushing the toll past 200"
    if qualifier == "exact" and anchor.head.pos_ in ("VERB", "AUX") and any(
            c.i == anchor.i - 1 and c.dep_ in ("amod", "advmod") and c.lower_ in _BEYOND_PREPS
            for c in anchor.children):
        return "more_than"  # "taking the total past 80": the parser makes "past" the number's modifier
    verb = misparsed_object_of(anchor) or (anchor.head if anchor.dep_ in ("dobj", "npadvmod") else None)
    if qualifier == "exact" and verb is not None:
        # "the toll nears 45" is an estimate; "the toll passed 100" is a lower bound, and
        # "the tally did not pass 58" an upper one (a headline's "toll passes 60" may be parsed an adverb)
        qualifier = _TALLY_QUALIFIERS.get(verb.lemma_.lower(), qualifier)
        if negated(verb) and not kept_forces(verb, noun):
            qualifier = "at_most"
    return qualifier


def _number_figures(doc: Doc, ctx: ExtractionContext, ref_year: int | None) -> list[Figure]:
    out: list[Figure] = []
    for phrase in find_number_phrases(doc_text(doc)):
        tokens = doc.char_span(phrase.core_start, phrase.core_end, alignment_mode="expand")
        if tokens is None or not len(tokens) or excluded(doc, phrase, tokens):
            continue
        root = _root_of(tokens)
        anchor, noun = counted(root)
        if noun is not None and noun.i < root.i and noun is not anchor:
            noun = None
        kind = count_kind(anchor, noun)
        if kind is None and noun is not None:
            kind = split_among_kind(noun) or people_of_places_kind(noun)  # "2.7 lakh people of 340 villages affected"
        if kind not in (None, "killed") and partitive_kind(anchor) == "killed":
            kind = "killed"  # "Four of the dead had been in hospital": what the dead went through before
        if kind is None and noun is None:
            kind = _bare_adjective_kind(doc, tokens)
        kind = moved_hurt_kind(anchor, noun, kind)  # "helped to evacuate 45 injured": the moving is counted
        kind = planned_move_kind(anchor, noun, kind)  # "would move 3,000 homeless people": the planned move
        if kind is not None and (aside := aside_kind(tokens, out)) is not None:
            kind = aside  # "..., seven of them nurses": a part of the count before it
        own = fragment_kind(doc, (token_at(doc, phrase.start) or tokens[0]).i, tokens)
        if own == NO_FIGURE:
            continue  # "Ferry sinks; 52 rescued, 19 dead": the rescued are counted by nothing
        kind = own or kind  # "Toll rises to 240, 96 still missing": the fragment's own predicate wins
        kind = buried_kind(anchor, noun, kind) or kind  # "left four more under the mud": not found yet
        if (hurt := left_hurt(tokens, noun)) is not None:  # "left 12 others with severe burns", "nursing wounds"
            kind, anchor, noun = "injured", hurt, hurt
        inherited = False
        if tokens.start > 0 and doc[tokens.start - 1].text in LABEL_MARKS and (
                label := label_kind(tokens) or line_label_kind(tokens) or column_kind(tokens)):
            kind = label  # "Killed - 8; Injured - 19": a label said right before the number wins over the parse
            if noun is not None and not noun.is_alpha:
                anchor, noun = root, None  # "| People hurt | 21 |": the parser may count the cell's closing bar
            if noun is None:  # the label's own unit, which the label's kind already vouches for
                noun = _label_unit(tokens)
                inherited = noun is not None
        elif kind is None and (aid := _aid_without_verb(tokens, noun)) is not None:
            kind, noun, inherited = "aid", aid[0], aid[1]  # "Tents delivered: 1,200", "a 14-truck convoy"
        if kind is None:
            kind = _apart_kind(doc, phrase, tokens, anchor, noun, out)  # "31 died, of them 6 in X"
        if kind is None:
            kind = context_kind(anchor, noun, tokens, out) or fronted_place_kind(tokens, out) or more_with_kind(
                anchor, out)  # "..., with two more in villages": the count before it, its noun left out
            if kind is None and noun is None:
                kind = relative_tally_kind(anchor, out)  # "..., more than the count of the ministry, which is 1,200"
            # "seized 46 rifles, 30 in Velm and 16 in Harl": a bare part of a count of things is of those things
            inherited = kind is not None and noun is None
            kind = kind or label_kind(tokens) or bullet_lead_kind(tokens)  # "Injured by hospital" / "- X: 64"
            if kind is None and loaded_fragment(noun):
                kind = "aid"  # "Thirty lorries, mostly flour and tents": a convoy told without a verb
        if kind is not None:
            kind = sheltered_part(tokens, kind) or kind  # "..., 300 of them in camps": the displaced part
        if kind is None and (kind := headline_kind(tokens)) is not None:
            noun = None  # "Thousands Flee As...": the capitalised verb was parsed as the counted noun
        if kind is not None and noun is not None and not valid_for(kind, noun):
            # Title Case misread: "Bridge Collapse In Dorn: 14 Deaths, 22 Injured" (the verb hung over "deaths" is
            # not theirs) and "Fire Leaves 12 Dead, 300 Homeless" (the state parsed as the counted noun)
            if (own_kind := lex.COUNTED_EVENT_NOUNS.get(noun.lemma_.lower())) is not None:
                kind = own_kind
            elif noun.text[:1].isupper() and lex.ADJECTIVES.get(noun.lower_) == kind:
                noun = None
        if kind is None and noun is not None and dead_by_remains(noun):
            kind = "killed"  # "9 people whose bodies were carried away by their families"
        if kind is None and still_in_care(tokens):
            kind = "injured"  # "52 remain admitted", "with 52 people still in hospital": misparsed stays in care
        if kind is None or not (valid_for(kind, noun) or inherited) or not _counts_enough(doc, phrase, anchor, noun) \
                or (phrase.qualifier == "vague" and vague_share_of_told(noun, kind)) or mourners_share(anchor) \
                or usual(anchor) or generic_case(anchor) or freed_captives(anchor, noun, kind) or difference(tokens) \
                or bookkept_bodies(anchor, noun) or (noun is not None and moves_the_toll(noun, tokens.end)) \
                or lone_member(tokens):
            continue
        qualifier = _qualifier(doc, phrase, anchor, noun)
        end = phrase.end
        last = noun if noun is not None and 0 < noun.i - tokens.end + 1 <= MAX_PHRASE_GAP else None
        if last is not None:
            end = max(end, last.idx + len(last.text))
        elif noun is None and tokens.end < len(doc) and doc[tokens.end].lower_ == "more":
            end = doc[tokens.end].idx + 4  # "three more were detained": the phrase as written says it adds
        set_off = comma_set_tally(tokens) is not None
        if kind in PEOPLE_KINDS and one_beside_others(noun):
            continue  # "the mayor and three other council members": the group's count is written nowhere
        for each in (kind, *shared_kinds(anchor, noun, kind)):
            out.append(_make(doc, ctx, each, phrase.value, phrase.low, phrase.high, qualifier,
                             phrase.start, end, anchor, noun, ref_year, set_off))
    return out


def _aid_without_verb(tokens: Span, noun: Token | None) -> tuple[Token | None, bool] | None:
    """The counted aid unit, and whether the unit is the label's or the convoy's rather than the parse's, of a
    count of aid no delivery verb governs; None when it is none."""
    if (unit := aid_label_unit(tokens)) is not None:
        return unit, False  # "Tents delivered: 1,200": a fact box's aid label names its unit
    if aid_beside_delivery(tokens, noun) or carrier_trips(noun):
        return noun, False  # "the 48 tonnes of food flown in", "airlifted 38 tonnes of biscuits in four flights"
    if (carrier := convoy_size(tokens)) is not None:
        return carrier, True  # "a 14-truck convoy carrying medicines": the carriers hyphened to a convoy of goods
    return None


def _apart_kind(doc: Doc, phrase: NumberPhrase, tokens: Span, anchor: Token, noun: Token | None,
                found: list[Figure]) -> str | None:
    """The kind of a count said apart from what gives it one: a translated part ("31 died, of them 6 in X"), a
    count cut off by a dash aside ("killed — we're told — 14 people"), a correction's right figure ("... said 400
    were killed. The correct figure is 40.")."""
    kind = translated_part_kind(tokens, found) or interrupted_kind(token_at(doc, phrase.start) or tokens[0])
    if kind is None and noun is None:
        kind = corrected_kind(anchor, found)
    return kind


def _counts_enough(doc: Doc, phrase: NumberPhrase, anchor: Token, noun: Token | None) -> bool:
    """A bare quantity word ("several", "many") is a figure only when it counts a noun ("several
    nationals died") or stands for more of the people counted before ("injured many more", not in a
    projection), and never in "how many" or "so many"."""
    if phrase.qualifier != "vague" or phrase.low is not None:
        return True
    # an opening quotation mark or bracket glued to the word before: "“So many of our farmers ..."
    before = [w.lstrip("\"'“‘([") for w in doc_text(doc)[max(0, phrase.start - 5):phrase.start].lower().split()]
    # "could kill many more" guesses at no count
    more = anchor.lower_ == "more" and not projection(clause_of(anchor))
    return (noun is not None or more) and not own_wounds(noun) and not (
        before and before[-1] in ("how", "so", "too", "as", "not"))


def _single_person_figures(doc: Doc, ctx: ExtractionContext, ref_year: int | None) -> list[Figure]:
    """"A worker was killed", "another civilian died", "the death of a soldier": value 1."""
    out: list[Figure] = []
    for tok in doc:
        person = tok.lemma_.lower() in lex.PEOPLE or tok.lemma_.lower() in lex.PERPETRATOR_NOUNS  # "a gunman"
        aged = age_noun(tok)  # "a 13-year-old", which the tagger makes an adjective
        if (tok.tag_ != "NN" and not aged) or (not person and not aged and not member_of_force(tok)):
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an", "another")), None)
        if det is None or tok.lemma_.lower() in GROUP_NOUNS or (any(
                c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of" and not of_home(c))
                for c in tok.children) and not member_of_force(tok)):
            continue
        pair = pair_of_ones(tok)
        if ((in_named_pair(tok) and pair is None) or not_a_corpse(tok) or habitual(tok) or not_counted_alone(tok)
                or enumerated_member(tok) or pictured_body(tok)):
            continue
        # "Not a single soldier was killed": the negation counts nobody
        negated = det.i > 0 and doc[det.i - 1].lower_ == "not"
        kind = count_kind(tok, tok) if not negated else _negated_kind(tok)
        if kind not in lex.SINGLE_PERSON_KINDS:
            continue
        start = doc[det.i - 1].idx if negated else det.idx
        end = tok if pair is None else pair
        value = 0.0 if negated else (1.0 if pair is None else 2.0)
        out.append(_make(doc, ctx, kind, value, None, None, "exact", start, end.idx + len(end.text), tok, tok,
                         ref_year))
    return out


def _both_figures(doc: Doc, ctx: ExtractionContext, ref_year: int | None) -> list[Figure]:
    """"Both gunmen were killed", "left both bombers dead": "both" on a plural of people counts two."""
    out: list[Figure] = []
    for tok in doc:
        if tok.lower_ != "both":  # first: reading ``tok.head`` makes a Token, for every token of the doc
            continue
        noun = tok.head
        if tok.dep_ not in ("det", "predet") or noun.tag_ != "NNS" or not people_like(noun) or kin_pair(noun):
            continue
        kind = count_kind(noun, noun)
        if kind in lex.SINGLE_PERSON_KINDS and valid_for(kind, noun):
            out.append(_make(doc, ctx, kind, 2.0, None, None, "exact", tok.idx, noun.idx + len(noun.text), noun, noun,
                             ref_year))
    return out


def _some_figures(doc: Doc, ctx: ExtractionContext, ref_year: int | None) -> list[Figure]:
    """"Several were hurt and some reported missing": a bare "some" as the subject of a clause joined to one
    that counts people is a vague count of the same people (alone, "some said" counts nobody)."""
    out: list[Figure] = []
    for tok in doc:
        if tok.lower_ != "some":  # first, as in _both_figures
            continue
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or any(
                c.dep_ == "prep" for c in tok.children):
            continue
        first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or not (people_like(first) or first.lower_ in ("dozens", "hundreds", "thousands")):
            continue
        kind = governed_kind(tok, None)
        if kind in PEOPLE_KINDS:
            out.append(_make(doc, ctx, kind, None, None, None, "vague", tok.idx, tok.idx + len(tok.text), tok, None,
                             ref_year))
    return out


def _negated_kind(tok: Token) -> str | None:
    """The kind of a count the verb's own negation zeroes: "not a single soldier was killed"."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if tok.dep_ == "nsubjpass" or verb.tag_ == "VBN":
        return lex.TRANSITIVE.get(verb.lemma_.lower()) or lex.ADJECTIVES.get(verb.lower_)
    return lex.INTRANSITIVE.get(verb.lemma_.lower())


#: Words that count nobody: "no fatalities", "none of its troops", "nobody", "no one".
_NONE_WORDS = frozenset({"none", "nobody", "noone", "no-one"})
#: Modifiers that make "no N" an unchanged count rather than a count of zero.
_INCREMENT_WORDS = frozenset({"new", "further", "additional", "more", "fresh", "other", "immediate"})


def _zero_figures(doc: Doc, ctx: ExtractionContext, ref_year: int | None) -> list[Figure]:
    """"There were no fatalities", "none of its troops were killed", "no one was hurt": value 0."""
    out: list[Figure] = []
    for tok in doc:
        if tok.lower_ == "no" and tok.dep_ == "det" and tok.head.i > tok.i and (
                tok.head.pos_ in ("NOUN", "PROPN") or tok.head.lower_ == "one"):
            anchor = tok.head
            noun = None if anchor.lower_ == "one" else anchor
        elif tok.lower_ in _NONE_WORDS or (tok.lower_ == "one" and tok.i > 0 and doc[tok.i - 1].lower_ == "not"):
            anchor, noun = tok, of_pobj(tok)  # "none of its troops", "not one of the villagers"
            if noun is None and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN":
                anchor = noun = tok.head  # "not one soldier"
        else:
            continue
        if noun is not None and any((c.dep_ == "nummod" and tok.lower_ == "no") or c.lower_ in _INCREMENT_WORDS
                                    for c in noun.children):
            continue  # "no new deaths were reported": the count did not grow, it is not zero; but
            # "none of the 40 crew members was hurt" is a zero of a known group
        if any(c.dep_ == "relcl" for c in (anchor, *(() if noun is None else (noun,))) for c in c.children):
            # "no family that lost its home will be left alone": the relative clause restricts, it
            # counts nobody; only the main verb may zero the count ("none of those who boarded was hurt")
            kind = governed_kind(anchor, noun)
        else:
            kind = "killed" if life_lost(noun) else count_kind(anchor, noun)  # "no loss of life"
        if kind is None and tok.lower_ == "no" and (both := harmed_kinds(noun)) and not ought(anchor) \
                and not contested_zero(anchor):
            assert noun is not None  # "there were no casualties": nobody killed and nobody hurt
            out += [_make(doc, ctx, harmed, 0.0, None, None, "exact", tok.idx, noun.idx + len(noun.text), anchor,
                          noun, ref_year) for harmed in both]
            continue
        if kind not in PEOPLE_KINDS or not (valid_for(kind, noun) or life_lost(noun)) or ought(anchor) \
                or contested_zero(anchor):
            continue  # "insisting that nobody was forced to leave" denies an act, it counts no one
        end = max(anchor.i, noun.i if noun is not None else anchor.i)
        out.append(_make(doc, ctx, kind, 0.0, None, None, "exact", tok.idx, doc[end].idx + len(doc[end].text),
                         anchor, noun, ref_year))
        for verb, joined in joined_zero_kinds(anchor, kind):  # "nobody was killed or hurt": hurt is zero too
            out.append(_make(doc, ctx, joined, 0.0, None, None, "exact", tok.idx, doc[end].idx + len(doc[end].text),
                             verb, noun, ref_year))
        for other in (noun.conjuncts if noun is not None and tok.lower_ == "no" else ()):
            # "no deaths or injuries were reported": each counted event noun joined to the first is zero too
            also = lex.COUNTED_EVENT_NOUNS.get(other.lemma_.lower())
            if also is not None and also != kind:
                out.append(_make(doc, ctx, also, 0.0, None, None, "exact", tok.idx, other.idx + len(other.text),
                                 other, other, ref_year))
    return out


@extractor("figures.v1", produces="figures")
def extract_figures(doc: Doc, ctx: ExtractionContext, prior: Mapping[str, tuple[Any, ...]]) -> tuple[Figure, ...]:
    """Every figure the article reports, in text order.

    Args:
        doc: the spaCy analysis of the clean text.
        ctx: the article's id and publication date (the date decides which years are "older").
        prior: unused; figures need no other extractor.

    Returns:
        The figures, each with its phrase's span; numbers without a kind trigger are left out.
    """
    del prior
    if not doc_text(doc).strip():
        return ()
    ref_year = reference_year(doc, ctx)
    found = (_number_figures(doc, ctx, ref_year) + _single_person_figures(doc, ctx, ref_year)
             + _both_figures(doc, ctx, ref_year) + _some_figures(doc, ctx, ref_year)
             + _zero_figures(doc, ctx, ref_year)
             + [_make(doc, ctx, kind, 1.0, None, None, "exact", t.idx, t.idx + len(t.text), t, None, ref_year)
                for t, kind in another_people(doc)]  # "one died and another was hurt"
             + [_make(doc, ctx, "detained", v, lo, hi, q, t.idx, t.idx + len(t.text), t, None, ref_year)
                for t, v, lo, hi, q in pronoun_detentions(doc)]  # "He was arrested", "They were all taken"
             + [_make(doc, ctx, kind, 2.0, None, None, "exact", a.idx, b.idx + len(b.text), a, a, ref_year)
                for a, b, kind in bare_pairs(doc)])  # "Mother and son killed in air strike"
    # "X gave 23 while Y said 27 bodies ...": the bare count takes the kind of the rival count after it
    found += [_make(doc, ctx, kind, p.value, p.low, p.high, p.qualifier, p.start, p.end, t, None, ref_year)
              for p, t, kind in rivals_ahead(doc, found)]
    seen: set[tuple[str, int]] = set()
    unique = []
    for f in sorted(found, key=lambda f: f.span.start):
        key = (f.kind, f.span.start)
        if key not in seen and not withdrawn(doc, f.span.start):
            seen.add(key)
            unique.append(f)
    return with_units(drop_listed_parts(doc, unique))  # "nine people, six villagers and three ..."

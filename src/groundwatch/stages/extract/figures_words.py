"""Figures: small questions about one token that the kind rules ask everywhere.

Whether a noun names people ("schoolgirls", "Velorians"), a verb's particle ("flown out", "turned over 75
rifles"), whether a clause has its own subject or a negation, the "of" object of a noun, a vehicle said to
carry aid, injuries said to be fatal, a bomber who blew himself up. Split out of ``figures_syntax`` with no
change of behaviour; they depend on the lexicon only.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex

#: Verbs that end what the count's noun implies: freed hostages are no longer detained.
UNDOING_VERBS = lexicons.words("figure_words", list="undoing")
#: Verbs whose people object a side no longer has because they were killed: "the army lost 12 soldiers".
LOSING_VERBS = lexicons.words("figure_words", list="losing")

#: Reflexive objects of a verb that kill its own subject: "blew themselves up".
_SELVES = lexicons.words("figure_words", list="selves")


def blew_self_up(verb: Token, lemma: str, prt: str | None) -> bool:
    """"Three attackers blew themselves up", "a bomber detonated himself": the subject is dead (moved here
    from ``figures_syntax`` unchanged)."""
    return ((lemma == "blow" and prt == "up") or lemma == "detonate") and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in _SELVES for c in verb.children)


#: The lexicon's nouns of things counted; a plural of one ending in -e may lose the e to the lemmatiser.
_THING_NOUNS = lex.AID_UNITS | lex.WEAPON_NOUNS | lex.FORCES_NOUNS | lex.VEHICLE_NOUNS


def noun_lemma(tok: Token) -> str:
    """The noun's lemma, lower-cased; a capitalised plural the tagger read as a proper noun and left
    unlemmatised ("2,200 Marines", "600 Guardsmen") is made singular, so the lexicon knows it."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNS" and lemma + "es" == tok.lower_ and tok.lower_[:-1] in _THING_NOUNS:
        return tok.lower_[:-1]  # "doses" lemmatised "dos": the lexicon's own singular in -e wins
    if tok.tag_ not in ("NNP", "NNPS") or lemma != tok.lower_ or len(lemma) < 4:
        return lemma
    if lemma.endswith("men"):
        return lemma[:-3] + "man"
    if lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


#: Modifiers that make a "device" a weapon: "explosive devices", "incendiary devices".
_DEVICE_ARMS = frozenset({"explosive", "incendiary"})
#: Nouns that count units of the weapon named in their compound: "12 artillery pieces", "missile batteries".
_WEAPON_UNITS = frozenset({"piece", "battery"})


#: Verbs by which a seizure lists what it held: "the cache contained 40 grenades".
CONTAINING_VERBS = lexicons.words("figure_words", list="containing")


def thing_lemma(tok: Token) -> str:
    """``noun_lemma``, with an explosive device read as an explosive ("Eleven explosive devices were found")."""
    lemma = noun_lemma(tok)
    if lemma == "device" and any(c.dep_ in ("amod", "compound") and c.lower_ in _DEVICE_ARMS for c in tok.children):
        return "explosive"
    if lemma in _WEAPON_UNITS:  # "artillery pieces", "missile batteries": a unit of the weapon named before it
        arm = next((c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in lex.WEAPON_NOUNS), None)
        if arm is not None:
            return arm.lemma_.lower()
    return "fighter" if armed_men(tok) else lemma


#: People who are a force only when said to bear arms: "300 armed men", "some 300 men under arms".
_ARMED_PEOPLE = frozenset({"man", "people", "youth", "volunteer", "civilian", "villager", "tribesman"})


def armed_men(tok: Token) -> bool:
    """"300 armed men", "some 300 men under arms": people said to bear arms are fighters."""
    if noun_lemma(tok) not in _ARMED_PEOPLE:
        return False
    return any((c.dep_ == "amod" and c.lower_ == "armed") or (c.dep_ == "prep" and c.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lower_ == "arms" for g in c.children)) for c in tok.children)


def forces_noun(tok: Token) -> bool:
    """A noun of armed or security forces: "troops", "Marines", "guardsmen"; people said to bear arms."""
    return noun_lemma(tok) in lex.FORCES_NOUNS or armed_men(tok)


#: Bodies of armed men: "the militia lost 20" counts its dead as "lost 20 fighters" does.
_FORCE_UNITS = lexicons.words("figure_words", list="force_unit")


def armed_side(verb: Token) -> bool:
    """The subject of ``verb`` (or of the verb it is joined to) is an armed side: "the militia lost 20",
    "Troops killed 22 insurgents and lost 5 of their own"; not "the team lost 3" or "the home side lost 2"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (subj is None and verb.dep_ == "conj") or (subj is not None and subj.pos_ == "PRON" and verb.dep_ == "ccomp"):
        # "Troops killed 22 insurgents and lost 5"; "the rebels said they lost 7": the side is the head's subject
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (forces_noun(subj) or noun_lemma(subj) in _FORCE_UNITS)


def forces_participle(lemma: str, noun: Token) -> bool:
    """A participle after a forces noun that puts them in the field: "1,500 reservists called up"; and,
    where the parser found no verb and made the noun the root ("About 1,200 militants pushed into X"),
    the verb it read as a participle, said of the force itself."""
    return forces_noun(noun) and (lemma in lex.FORCES_VERBS or (
        noun.dep_ == "ROOT" and lemma in lex.FORCES_SUBJECT_VERBS))


#: Verbs with no passive: "A further three people succumbed overnight", where the tagger reads a participle.
_NO_PASSIVE = frozenset({"die", "perish", "succumb", "disappear", "vanish"})


def active_past(lemma: str, noun: Token | None) -> bool:
    """A bare past tense the tagger reads as a participle, with no elided "were" to make it passive: a verb
    with no passive ("A further three people succumbed"), or a force that moves ("About 1,200 troops pushed
    into X": nobody pushed them)."""
    return lemma in _NO_PASSIVE or (noun is not None and forces_noun(noun) and lemma in lex.FORCES_SUBJECT_VERBS)


def age_noun(tok: Token) -> bool:
    """"killed a 13-year-old", "two 15-year-olds were arrested": an age said as a noun names a person
    (not "a 45-year-old man", where it is the noun's modifier)."""
    return tok.lower_ in ("old", "olds") and tok.dep_ not in ("amod", "acomp") and any(
        c.lower_ in ("year", "month") and c.i < tok.i for c in tok.children)


#: Animals whose plurals end like agent nouns ("elephants", "tigers"): no people, whatever the ending says.
_ANIMALS = lexicons.words("figure_words", list="animal")


def people_like(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lex.PEOPLE or tok.text.lower() in lex.PEOPLE:
        return True
    if lemma.endswith(lex.PEOPLE_HEADS) and lemma not in lex.NOT_PEOPLE:
        return True  # "schoolgirls", "firemen", "farmworkers"
    if tok.ent_type_ in ("NORP", "PERSON"):
        return True
    if age_noun(tok):
        return True
    if lemma in lex.NON_FIGURE_NOUNS or lemma in lex.NOT_PEOPLE or lemma in _ANIMALS:
        return False
    low = tok.text.lower()
    if tok.tag_ in ("NNS", "NNPS") and low.endswith(lex.PEOPLE_SUFFIXES):
        return True
    # demonyms the NER missed: "Velorians", "Azeris"
    return tok.tag_ == "NNPS" or (tok.text[:1].isupper() and low.endswith(("ans", "is", "ese")))


def particle(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "prt":
            return c.lemma_.lower()
    for c in verb.children:  # "flown out of the capital", "flew out 40 nationals": "out" parsed otherwise
        if c.lower_ in ("out", "away") and c.dep_ in ("prep", "advmod") and c.i == verb.i + 1:
            return c.lower_
        if c.dep_ == "prep" and c.i == verb.i + 1 and ((verb.lemma_.lower(), c.lower_) in lex.AGENT_PHRASAL or
                                                       (verb.lemma_.lower(), c.lower_) in lex.AID_PHRASAL):
            return c.lower_  # "troops hauled in 52 men", "trucked in 90,000 litres": a particle parsed as a preposition
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ in ("over", "up") and nxt.dep_ == "quantmod" and nxt.head.like_num:
        return nxt.lower_  # "turned over 75 rifles": the particle read as "more than" on the number
    if any(c.dep_ == "advmod" and c.lower_ == "abroad" and c.i > verb.i for c in verb.children):
        return "abroad"  # "has driven 5 million abroad": the direction after the object, as "out" is
    return None


def kept_forces(verb: Token, noun: Token | None) -> bool:
    """"would not pull back its 3,000 soldiers", "will not withdraw their 400 fighters": a side's own forces
    (a possessive on the noun) that a negated withdrawal leaves where they are are there all the same."""
    if noun is None or not forces_noun(noun) or not any(c.dep_ == "poss" for c in noun.children):
        return False
    # after "not" the parser may read the particle of "pull back" as an adverb
    back = next((c.lower_ for c in verb.children if c.i == verb.i + 1 and c.lower_ == "back"), None)
    return (verb.lemma_.lower(), particle(verb) or back) in lex.WITHDRAWAL


def has_own_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in tok.children)


def negated(verb: Token) -> bool:
    """"were not found", "were never located", "are no longer held": the one test of a negated word
    that every figures module uses (the parser labels "never" neg or advmod)."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or (c.lower_ == "longer" and any(
        g.lower_ == "no" for g in c.children)) for c in verb.children)


def aid_carrier(noun: Token) -> bool:
    """A vehicle said to carry something: "27 vehicles carrying food", "boats loaded with flour"."""
    return noun.lemma_.lower() in lex.CARRIER_NOUNS and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.CARRYING_VERBS for c in noun.children)


#: Adjectives that make an injury a death: "fatal workplace injuries", "deadly wounds".
FATAL_ADJECTIVES = lexicons.words("figure_words", list="fatal")


def fatal_injury(noun: Token) -> bool:
    """"some 200 deadly injuries": injuries said to be fatal count the dead."""
    return lex.EVENT_NOUNS.get(noun.lemma_.lower()) == "injured" and any(
        c.dep_ == "amod" and c.lower_ in FATAL_ADJECTIVES for c in noun.children)


#: Adjectives of quantity, not of kind: never part of a unit or of who is counted ("a further nine rifles",
#: "12 more trucks", "two more bodies").
QUANTITY_WORDS = frozenset({"further", "additional", "more", "extra", "other", "another", "several", "many",
                            "few", "fewer", "new", "total"})


def modifier_run(noun: Token, skip: Collection[str] = QUANTITY_WORDS) -> str:
    """The noun with the run of modifiers right before it that name its sort ("assault rifles", "Velorian
    border officers"): a count between them ("an estimated 40,000 people") or a word in ``skip`` ends the
    run, so nothing before the count joins it."""
    start = noun.i
    while (start > 0 and (m := noun.doc[start - 1]).head.i in range(start, noun.i + 1)
           and m.dep_ in ("amod", "compound") and not m.like_num and m.lower_ not in skip):
        start -= 1
    return noun.doc[start:noun.i + 1].text


def of_pobj(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


#: Natural hazards as doers: what a storm or a fire destroys ("the storm destroyed 12 aircraft at the
#: airport", "the blaze destroyed 40 vehicles") is property lost, not matériel put out of action.
_HAZARD_DOERS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tornado", "fire", "blaze", "wildfire", "flood",
                           "flooding", "quake", "earthquake", "tremor", "wind", "tsunami", "landslide", "avalanche",
                           "mudslide", "lightning", "hail"})


def hazard_doer(verb: Token) -> bool:
    """The subject of ``verb``, or its "by" agent in the passive, is a natural hazard."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in _HAZARD_DOERS for d in doers)

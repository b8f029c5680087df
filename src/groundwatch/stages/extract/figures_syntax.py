"""Figures: the kind a parse gives a counted noun, read from the words around it.

The verb that governs it ("29 people were killed"), the predicate after it ("left 200 dead":
``figures_syntax_predicate``), where the people are or are taken ("remain in shelters":
``figures_places``), the noun's own modifiers ("200 injured people"), the event noun or tally it
belongs to ("the toll rose to 50"), in that order."""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract import figures_places as places
from groundwatch.stages.extract.figures_bodily import bodily_kind
from groundwatch.stages.extract.figures_captives import foreign_held, gapped_object, reported_gap, still_held
from groundwatch.stages.extract.figures_care import care_kind
from groundwatch.stages.extract.figures_crossing import exodus_crossing
from groundwatch.stages.extract.figures_detention import arresting_agent, taking_kind
from groundwatch.stages.extract.figures_euphemisms import euphemism_kind, removed_enemies
from groundwatch.stages.extract.figures_left_hurt import object_lemmas
from groundwatch.stages.extract.figures_places import crosses_border, noun_place_kind, place_kind, pobjs
from groundwatch.stages.extract.figures_rescued import came_out_alive
from groundwatch.stages.extract.figures_syntax_predicate import _as_kind, _reported_state, _waiting_kind
from groundwatch.stages.extract.figures_syntax_predicate import predicate_kind as predicate_kind
from groundwatch.stages.extract.figures_things import named_place_antecedent, shared_subject, subject_of, thing_kind
from groundwatch.stages.extract.figures_words import (
    LOSING_VERBS,
    UNDOING_VERBS,
    active_past,
    armed_side,
    blew_self_up,
    fatal_injury,
    forces_participle,
    has_own_subject,
    kept_forces,
    negated,
    of_pobj,
    particle,
    people_like,
)


def particle_object_kind(prep: Token, noun: Token | None) -> str | None:
    """"Troops hauled in 52 men", "pulled out 700 nationals": the object of a verb's particle parsed as a
    preposition is the verb's own object."""
    verb = prep.head
    if verb.pos_ != "VERB" or prep.i != verb.i + 1 or particle(verb) != prep.lower_:
        return None
    return verb_kind(verb, "object", noun)


def verb_kind(verb: Token, role: str, noun: Token | None) -> str | None:
    """The kind ``verb`` gives to its argument in ``role`` (object, passive, subject); "14 people were shot and
    killed": a passive that gives none takes the kind of a participle joined to it with no subject of its own."""
    kind = _own_verb_kind(verb, role, noun)
    if kind == "evacuated" and came_out_alive(verb):
        return None  # "pulled 31 people out alive": rescued, which has no kind
    if kind is None and role == "passive":
        return next((k for x in verb.conjuncts if x.i > verb.i and x.tag_ == "VBN" and not has_own_subject(x)
                     and (k := _own_verb_kind(x, role, noun)) is not None), None)
    return kind


#: Verbs of searching whose passive progressive with "still" says the people are not found yet.
_SOUGHT_VERBS = frozenset({"trace", "seek", "search", "hunt"})


def _own_verb_kind(verb: Token, role: str, noun: Token | None) -> str | None:
    lemma = verb.lemma_.lower()
    if negated(verb) and role == "passive" and lemma in lex.NOT_FOUND_VERBS and (
            noun is None or (people_like(noun) and noun.lemma_.lower() not in lex.REMAINS_NOUNS)):
        return "missing"  # "nine fishermen have not been heard from since Tuesday"
    if role == "passive" and lemma in _SOUGHT_VERBS and {"still", "being"} <= {c.lower_ for c in verb.children}:
        return "missing"  # "Six are still being traced": the search for them goes on
    if role != "object" and (harm := bodily_kind(verb, role)) is not None:
        return harm  # "nine drinkers lost their sight", "fell ill", "cannot see", "are under treatment"
    if negated(verb) and not (role == "object" and lemma in lex.TALLY_VERBS):  # "did not pass 58" is a bound
        return "forces" if role == "object" and kept_forces(verb, noun) else None  # "did not kill 40" is none
    prt = particle(verb)
    if role == "subject" and blew_self_up(verb, lemma, prt):
        return "killed"  # "two suicide bombers blew themselves up": the bombers died
    if lemma in UNDOING_VERBS:
        return None  # "freed 40 hostages", "rescued 12 miners": the count is of the undoing
    if role != "object" and (care := care_kind(verb, role)) is not None:
        return care  # "45 residents sought treatment", "were given first aid"
    if role == "subject" and lemma in lex.EXODUS_VERBS and prt == "out" and (noun is None or people_like(noun)):
        return "displaced"  # "3,100 people streamed out of the town" (the tagger may read a participle)
    if role == "subject" and verb.tag_ == "VBN" and not active_past(lemma, noun) and not any(
            (c.dep_ == "aux" and c.lemma_.lower() == "have") or c.dep_ in ("dobj", "obj") for c in verb.children):
        # "12 were killed and 45 injured": the auxiliary is elided; with an object of its own ("2.4m people
        # needed food aid", the tagger thrown by the split "m") the participle is a past tense
        role = "passive"
    if role == "subject" and noun is not None and noun.lower_ == "others" and lemma in lex.TRANSITIVE and \
            verb.tag_ in ("VBD", "VBP", "VBN") and not any(c.dep_ in ("dobj", "obj", "aux") for c in verb.children):
        role = "passive"  # headline "... kills 12, thirty others hurt": the others are the hurt
    if role == "subject" and (verb.tag_ == "VBD" or (verb.tag_ == "VBP" and _after_passive(verb))) and \
            lemma in lex.TRANSITIVE and not any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "aux", "auxpass", "dative") for c in verb.children):
        # "leaving one dead and three soldiers wounded", "Nine arrested in Tessel": the tagger reads
        # the bare participle as a past tense; a killing verb without an object is passive
        role = "passive"
    if role in ("object", "passive"):
        return _object_kind(verb, role, noun, lemma, prt)
    return _subject_kind(verb, role, noun, lemma, prt)


def _after_passive(verb: Token) -> bool:
    """"Three were killed and 40 others hurt": a bare verb joined to a passive has its auxiliary, whatever the tag."""
    return verb.dep_ == "conj" and verb.head.i < verb.i and any(c.dep_ == "auxpass" for c in verb.head.children)


def _capacity(verb: Token) -> bool:
    """"The stadium, which holds 60,000 people", "the hall can accommodate 500": how many fit, not who
    is there. A building that only "holds" people gives its size; a camp that holds them is occupied."""
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children) or verb.dep_ == "xcomp":
        return True  # "designed to hold 20,000", "meant to house 500": an infinitive of housing is a size
    subj = subject_of(verb) or shared_subject(verb)
    return verb.lemma_.lower() == "hold" and subj is not None and subj.lemma_.lower() not in lex.SHELTERS and not any(
        c.dep_ == "advmod" and c.lower_ in ("now", "currently", "still") for c in verb.children)


def _object_kind(verb: Token, role: str, noun: Token | None, lemma: str, prt: str | None) -> str | None:
    """The kind ``verb`` gives its object or passive subject ("killed 29 people", "29 were killed")."""
    pred = predicate_kind(verb)
    if pred is not None:
        return pred
    if prt and (lemma, prt) in lex.PHRASAL:
        return lex.PHRASAL[(lemma, prt)]
    if prt and (lemma, prt) in lex.AGENT_PHRASAL and arresting_agent(verb):
        return lex.AGENT_PHRASAL[(lemma, prt)]  # "security forces picked up 11 activists"
    if not prt and lemma in lex.AGENT_VERBS and (still_held(verb, noun, role) or (noun is not None and people_like(
            noun) and (arresting_agent(verb) or foreign_held(verb, noun)))):
        return lex.AGENT_VERBS[lemma]  # "police are holding 9 people over the riot"; "it holds 32 Ostran soldiers"
    if noun is not None and noun.lemma_.lower() in lex.LIFE_NOUNS and lemma in lex.LIFE_VERBS:
        return "killed"
    if role == "object" and lemma in LOSING_VERBS and not prt and (
            armed_side(verb) if noun is None else people_like(noun)):
        return "killed"  # "the army lost 12 soldiers", "each side lost about 30 fighters", "the militia lost 20"
    if lemma in lex.CAPTURE_VERBS and noun is not None and people_like(noun):
        return "detained"  # "captured 45 fighters"; captured rifles are weapons (below)
    if (taken := taking_kind(verb, noun, lemma, prt)) is not None:
        return taken  # "militiamen have taken eight villagers", "caught by the coastguard"
    if role == "object" and noun is not None and places.occupied_shelter(verb, noun):
        return "displaced"  # "the relief camp has 5,200 people", "the gym has 300 people in it"
    if removed_enemies(verb, noun):
        return "killed"  # "eliminated 16 terrorists": a communique's killing, of armed enemies only
    if noun is not None and not people_like(noun):
        # "airlifted 120 tonnes of supplies": aid, not evacuees; "brought 12,000 litres of fuel to the
        # camp": aid, not people moved to a shelter
        thing = thing_kind(verb, noun)
        if thing is not None:
            return thing
    if lemma in lex.TRANSITIVE:
        if lemma in lex.RELOCATING_VERBS and place_kind(verb, role) == "displaced":
            return "displaced"  # "700 villagers were relocated to a camp": moved into a shelter, not out of danger
        return lex.TRANSITIVE[lemma]
    if lemma == "treat" and not any(c.lower_ in lex.NON_MEDICAL_TREAT for c in verb.children):
        return "injured"  # "doctors treated 45 people", "40 were being treated"; not "treated as"
    if role == "passive" and verb.lower_ in lex.ADJECTIVES and verb.tag_ in ("VBN", "JJ"):
        return lex.ADJECTIVES[verb.lower_]  # "300 people are unaccounted for"
    if role == "object" and lemma in lex.TALLY_VERBS:
        kind = tally_kind(verb)  # "the number of dead could reach 10,000"
        if kind is not None:
            return kind
    if role == "object" and lemma in ("include", "comprise", "number"):
        subj = subject_of(verb)  # "the dead include 12 children"
        if subj is not None:
            kind = counted_subject_kind(subj, lemma == "number")
            if kind is not None:
                return kind
    if lemma in lex.SOURCE_CAUSATIVE and any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out")
                                      and not places.from_unit(c) for c in verb.children):
        # "forced 20,000 people from their homes", "3,000 were forced from..."; an order to leave is an
        # evacuation ("11,000 were ordered out of low-lying areas")
        return "evacuated" if lemma in lex.ORDER_VERBS else "displaced"
    place = place_kind(verb, role)
    if place is not None:
        return place
    if role == "object" and lemma in lex.HOUSING_VERBS and not _capacity(verb):
        for subj in (subject_of(verb) or shared_subject(verb), named_place_antecedent(verb)):  # "which house 900"
            if subj is not None and (subj.lemma_.lower() in lex.SHELTERS | lex.TEMPORARY_SHELTERS):
                return "displaced"  # "the centre, which houses 4,000 people"
    if lemma in lex.ORDER_VERBS and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.LEAVING_VERBS
                                        for c in verb.children):
        return "evacuated"  # "ordered 20,000 people to leave the coast": an evacuation order
    if lemma in lex.CAUSATIVE:  # "forced thousands to flee", "4,000 were forced to flee"
        for c in verb.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in lex.INTRANSITIVE:
                return lex.INTRANSITIVE[c.lemma_.lower()]
    if lemma in lex.CAUSATIVE or lemma == "tell":
        for c in verb.children:
            if c.dep_ == "xcomp" and lex.TRANSITIVE.get(c.lemma_.lower()) == "evacuated" and not any(
                    g.dep_ == "dobj" for g in c.children):
                return "evacuated"  # "residents were ordered to evacuate": they leave, nobody is moved
    if noun is not None:
        thing = thing_kind(verb, noun)
        if thing is not None:
            return thing
    if role == "passive" and lemma in lex.REPORTING:
        return predicate_kind(verb)
    return None


#: Verbs that file people under a kind named after "as": "registered as refugees", "listed as missing".
_LISTING_VERBS = lexicons.words("figure_words", list="listing")


#: Verbs of letting people go: those allowed to leave a place are let out, not displaced.
_PERMITTING_VERBS = lexicons.words("figure_words", list="permitting")


#: People who cross a border by choice and come back: "200 shoppers crossed into neighbouring states to buy
#: fuel", "3,000 tourists crossed the border for the festival" are no one displaced. Invented stress cases
#: (batch 36, written by the lead after reading freview11's "crossed into neighbouring states" rule).
_TRAVELLERS = frozenset({"tourist", "holidaymaker", "visitor", "shopper", "trader", "commuter", "fan",
                         "spectator", "supporter", "day-tripper", "smuggler"})


#: Plural scale words a vague count of people hangs its people on: "the thousands of foreigners".
_VAGUE_SCALES = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})


def _past_scale(tok: Token) -> Token:
    """"were among the hundreds of thousands of visitors stranded": the people, past the scale words."""
    for _ in range(3):
        nxt = of_pobj(tok)
        if tok.lower_ not in _VAGUE_SCALES or nxt is None:
            break
        tok = nxt
    return tok


#: What people lose when they are made homeless: a home, a house, a dwelling, a shelter ("lost their shelter
#: again" in a camp). Not land or a farm: "farmers lost their land" to a flood are not all displaced.
_LOST_HOMES = frozenset({"home", "house", "dwelling", "shelter"})


def _subject_kind(verb: Token, role: str, noun: Token | None, lemma: str, prt: str | None) -> str | None:
    """The kind an active ``verb`` gives its subject ("29 people died", "20,000 remain in shelters")."""
    if lemma == "leave" and predicate_kind(verb) is not None:
        return None  # "the blast left 20 dead": the subject is the cause
    place = place_kind(verb, role)
    if place is not None:
        return place  # "20,000 remain in shelters", "are living in camps" (before "live": affected)
    waiting = _waiting_kind(verb)
    if waiting is not None:
        return waiting
    if lemma == "be":
        for c in verb.children:  # "20 of its volunteers were among the dead"
            if c.dep_ == "prep" and c.lower_ == "among":
                # "were among the hostages freed": the state the noun names is over, no kind
                kind = next((k for g in map(_past_scale, pobjs(c)) if not any(
                                 x.dep_ == "acl" and x.lemma_.lower() in UNDOING_VERBS for x in g.children)
                             and (k := event_noun_kind(g) or lex.PERSON_KIND_NOUNS.get(g.lemma_.lower()) or (
                                 modifier_kind(g) if g.lower_ in ("those", "people") or people_like(g) else None))),
                            None)
                if kind is not None:
                    return kind
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in pobjs(c))
           for c in verb.children):
        return "killed"  # "twelve children starved to death"
    if (idiom := euphemism_kind(verb)) is not None:
        return idiom  # "48 soldiers became martyrs", "30 fighters fell in battle"
    objects = object_lemmas(verb)  # "sustained varying degrees of injuries": the injuries
    if lemma in ("sustain", "suffer", "receive") and any(o in lex.INJURY_NOUNS for o in objects):
        return "injured"  # "400 people sustained injuries"
    if lemma in ("receive", "undergo", "get") and "treatment" in objects:
        return "injured"  # "another 15 were receiving treatment"
    if lemma in ("seek", "take", "find") and any(o in lex.SHELTERS for o in objects):
        return "displaced"  # "25,000 have sought refuge in neighbouring countries"
    if lemma in ("face", "endure", "experience", "suffer") and any(o in lex.HARDSHIP_NOUNS for o in objects):
        return "affected"  # "6.7 million people face acute food insecurity"
    if lemma in ("lose", "abandon", "desert") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in (lex.HOME_NOUNS if lemma != "lose" else _LOST_HOMES)
            for c in verb.children):
        return "displaced"  # "40,000 people have lost their homes", "900 families abandoned their villages"
    if (noun is None or (people_like(noun) and noun.lemma_.lower() not in _TRAVELLERS)) and (
            (lemma == "cross" and crosses_border(verb)) or (noun is not None and exodus_crossing(verb, noun))):
        return "displaced"  # "16,000 people have crossed into Quarnell"; in a flight, "have crossed the bridge"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and lemma in _LISTING_VERBS:
            kind = _as_kind(c)
            if kind is not None:
                return kind  # "2,000 people had registered as refugees"
        if c.dep_ in ("advcl", "acomp", "oprd") and lemma in _LISTING_VERBS and c.lower_ in lex.ADJECTIVES and any(
                g.lower_ == "as" and g.i == c.i - 1 for g in c.children):
            return lex.ADJECTIVES[c.lower_]  # "5,000 have registered as displaced": "as" hangs on the participle
    if lemma in lex.LEAVING_VERBS and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _PERMITTING_VERBS:
        return "evacuated"  # "allowed 300 foreign nationals to leave the city": let out, not driven out
    if lemma in lex.INTRANSITIVE:
        return lex.INTRANSITIVE[lemma]
    if verb.lower_ == "missing":  # "60 people are missing" parses "missing" as a verb
        return "missing"
    if lemma in lex.LIFE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.LIFE_NOUNS
                                       for c in verb.children):
        return "killed"  # "42 people lost their lives"
    if prt and (lemma, prt) in lex.PHRASAL and lemma in ("go",):
        return lex.PHRASAL[(lemma, prt)]
    if lemma in lex.REPORTING or verb.pos_ == "AUX":
        pred = predicate_kind(verb)
        if pred is not None:
            return pred
    if noun is not None:
        thing = thing_kind(verb, noun, subject=True)
        if thing is not None:
            return thing
    return None


def modifier_kind(noun: Token) -> str | None:
    """A kind given by the counted noun's own modifiers: "200 injured people", "29 people killed"."""
    for c in noun.children:
        low = c.text.lower()
        if c.dep_ == "amod" and low in lex.ADJECTIVES:  # "200 injured people", "left 200 people dead"
            return lex.ADJECTIVES[low]
        if c.dep_ in ("acl", "relcl") and c.i > noun.i:
            if c.i - 1 > noun.i and noun.doc[c.i - 1].like_num:
                continue  # "87 deaths and 140 injured": the participle goes with the second number
            lemma = c.lemma_.lower()
            if c.dep_ == "relcl":
                subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ in ("who", "that", "which"):
                    return verb_kind(c, "passive" if subj.dep_ == "nsubjpass" else "subject", noun)
                if gapped_object(c, subj) and (kind := verb_kind(c, "object", noun)) is not None:
                    return kind  # "three of the nine people it detained": the noun is the clause's object
                said = reported_gap(c, subj)
                if said is not None and (kind := verb_kind(said, "object", noun)) is not None:
                    return kind  # "the 12 rebels the army said it had killed": the reported clause's object
                continue
            if c.tag_ == "VBN" or (c.tag_ == "VBD" and not has_own_subject(c)):
                # a participle after its noun ("seven people reported missing") is often tagged VBD
                role = "subject" if active_past(lemma, noun) else "passive"  # "3 persons perished and ..."
                kind = verb_kind(c, role, noun) or next((k for x in c.conjuncts if x.tag_ in ("VBN", "VBD") and (
                    k := verb_kind(x, "passive", noun)) is not None), None)  # "people shot and killed": the 2nd says
                if kind is None and forces_participle(lemma, noun):
                    kind = "forces"
                if kind is not None:
                    return kind
            elif c.tag_ == "VBG" and lemma in lex.INTRANSITIVE and not negated(c):  # "living in camps": place first
                return place_kind(c, "subject") or lex.INTRANSITIVE[lemma]
            if low in lex.ADJECTIVES:
                return lex.ADJECTIVES[low]
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "need" for g in c.children):
            return "affected"  # "people in need"
    return None


#: Nouns of a count's growth: "the rise in deaths", "the increase in arrests".
_RISE_NOUNS = frozenset({"rise", "increase", "jump"})


def event_noun_kind(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if fatal_injury(noun):
        return "killed"
    if lemma in lex.EVENT_NOUNS:
        return lex.EVENT_NOUNS[lemma]
    if removed_enemies(noun, of_pobj(noun)):
        return "killed"  # "the elimination of 16 terrorists"
    if lemma == "loss" and (of := of_pobj(noun)) is not None and of.lemma_.lower() in lex.LIFE_NOUNS:
        return "killed"  # "the loss of lives crossed 300"
    if lemma in _RISE_NOUNS:
        # "the daily rise in deaths was 412": the new ones counted in a day, of the kind they are
        return next((lex.EVENT_NOUNS.get(g.lemma_.lower()) or lex.COUNTED_EVENT_NOUNS.get(g.lemma_.lower())
                     for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj"), None)
    if lemma in _TALLY_NOUNS:
        # the participle right after the tally, or after its people: "the number of people killed rose to 413"
        after = {noun.i + 1} | ({of.i + 1} if (of := of_pobj(noun)) is not None and people_like(of) else set())
        # "the number of people still missing": an adverb between the people and their state
        after |= {i + 1 for i in after if i < len(noun.doc) and noun.doc[i].dep_ == "advmod"}
        for c in noun.children:
            if c.dep_ in ("acl", "amod") and c.i in after and c.lemma_.lower() in lex.REPORTING and \
                    (said := _reported_state(c)) is not None:
                return said  # "the number reported missing had dropped to 19"
            if c.dep_ in ("acl", "amod") and c.i in after and c.tag_ == "VBN" and \
                    (c.lemma_.lower() in lex.TRANSITIVE or c.lemma_.lower() in lex.TALLY_PARTICIPLES):
                # "the number killed has risen to 31", "bringing the number housed to 4,600"
                return lex.TRANSITIVE.get(c.lemma_.lower()) or lex.TALLY_PARTICIPLES[c.lemma_.lower()]
            if c.dep_ in ("acl", "amod") and c.i in after and c.lower_ in lex.ADJECTIVES:
                return lex.ADJECTIVES[c.lower_]  # "the number of people unaccounted for", "... missing" on the tally
            if c.dep_ in ("acl", "amod") and c.i in after and c.tag_ == "VBN" and \
                    (c.lemma_.lower(), particle(c)) in lex.PHRASAL:
                return lex.PHRASAL[(c.lemma_.lower(), particle(c) or "")]  # "the number moved out"
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    k = event_noun_kind(g) or lex.ADJECTIVES.get(g.lower_) or lex.PERSON_KIND_NOUNS.get(
                        g.lemma_.lower())
                    if k is None and g.dep_ == "pobj" and (people_like(g) or g.lower_ == "those"):
                        # "the number of people in shelters", "the number of displaced people",
                        # "the number of people who moved out of the wards"
                        k = modifier_kind(g) or noun_place_kind(g) or _relative_kind(g)
                    if k is None and g.dep_ == "pobj" and g.lemma_.lower() in _VICTIM_NOUNS:
                        k = "killed"  # "the number of victims of the floods grew to 44", as "the victims numbered"
                    if k is None and g.dep_ == "pobj" and g.lemma_.lower() in lex.CAPTIVITY_NOUNS:
                        k = "detained"  # "the number of political prisoners may have climbed above 3,000"
                    if k is None and g.dep_ == "pobj" and people_like(g) and any(
                            x.dep_ == "acl" and x.i == g.i + 1 and x.tag_ == "VBN" and x.lemma_.lower() in _HELD
                            for x in g.children):
                        k = "detained"  # "the number of people held": a tally of the held is of the detained
                    if k:
                        return k
            if c.dep_ == "compound" and (k := lex.EVENT_NOUNS.get(c.lemma_.lower()) or lex.PERSON_KIND_NOUNS.get(
                    c.lemma_.lower())) is not None:
                return k  # "the death toll", "the evacuee count"
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i > noun.i and any(
                    g.dep_ == "pobj" and g.lower_ in ("need", "risk") for g in c.children) and (
                    (of := of_pobj(noun)) is not None and people_like(of)):
                return "affected"  # "the number of people in need has risen": "in need" hung on the tally
            if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in lex.CUSTODY_NOUNS for g in c.children) and (
                    (of := of_pobj(noun)) is not None and people_like(of)):
                return "detained"  # "the number of people in custody reached 31": "in custody" hung on the tally
            if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i and (of := of_pobj(noun)) is not None and \
                    people_like(of) and (where := next((g.lemma_.lower() for g in c.children if g.dep_ == "pobj"
                                                        and g.lemma_.lower() in lex.SHELTERS | lex.HOSPITALS), None)):
                # "the number of people still in shelters (in hospital) has fallen": the place hung on the tally
                return "displaced" if where in lex.SHELTERS else "injured"
    if noun.lower_ in ("dead", "injured", "wounded", "missing", "displaced"):
        return lex.ADJECTIVES[noun.lower_]
    return None


#: Participles that, after "the number of people", say the people are held in custody.
_HELD = lexicons.words("figure_words", list="held")


def _relative_kind(person: Token) -> str | None:
    """"people who moved out of the wards", "those who were evacuated": a relative clause's kind."""
    for c in person.children:
        if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX"):
            role = "passive" if any(g.dep_ == "auxpass" for g in c.children) else "subject"
            kind = verb_kind(c, role, person)
            if kind is not None:
                return kind
    return None


def tally_kind(verb: Token) -> str | None:
    """"The death toll rose to 50": the kind comes from the subject of the tally verb."""
    if verb.lemma_.lower() in lex.TALLY_SETTERS:
        for c in verb.children:  # "officials put the toll at 88", "the toll was raised to 140"
            if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and c.i < verb.i):
                kind = event_noun_kind(c)
                if kind is None and c.lower_ == "it" and verb.dep_ in ("advcl", "conj", "xcomp"):
                    # "corrected the death toll, raising it by 6 to 49": "it" is the main clause's tally
                    kind = next((k for g in verb.head.children if g.dep_ in ("dobj", "nsubj", "nsubjpass")
                                 and (k := event_noun_kind(g)) is not None), None)
                if kind is not None:
                    return kind
            if c.dep_ == "prep" and c.lower_ == "to" and (kind := _fronted_value_tally(verb, c)) is not None:
                return kind
    if verb.lemma_.lower() not in lex.TALLY_VERBS:
        return None
    # "Velor, Quarnell quake toll tops 600": the toll, not the place; "the number of displaced has
    # more than doubled": the parser may hang the subject on the auxiliary
    pool = [*verb.children, *(g for c in verb.children if c.dep_ == "aux" for g in c.children)]
    for c in pool:
        if c.dep_ in ("nsubj", "nsubjpass") and (kind := event_noun_kind(c)) is not None:
            return kind
        if c.dep_ == "nsubj" and c.lower_ == "it" and (kind := _antecedent_tally_kind(c)) is not None:
            return kind  # "The toll stood at 11 on Monday. By Wednesday it had risen to 17."
    if verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return tally_kind(verb.head)  # "the toll climbed by 30 to reach 410": the subject is the head's
    return None


#: Tally nouns, which "it" may also stand for in the next clause or sentence. "quantity" is translated copy's
#: "number" ("the quantity of the wounded exceeded 600", Russian "kolichestvo").
_TALLY_NOUNS = frozenset({"toll", "tally", "count", "number", "figure", "total", "quantity"})
#: Nouns whose tally ("the victims numbered N") counts the dead when no modifier says otherwise.
_VICTIM_NOUNS = lexicons.words("figure_words", list="victim")


def counted_subject_kind(subj: Token, tally: bool) -> str | None:
    """The kind of the people a tally verb counts: "the dead include 12 children"; for "number" also
    the people said displaced or killed by their own modifier ("the people displaced now number 9,000")."""
    kind = event_noun_kind(subj) or lex.PERSON_KIND_NOUNS.get(subj.lemma_.lower())
    if kind is None and subj.tag_ in ("VBN", "JJ") and subj.lower_ in lex.ADJECTIVES and any(
            c.dep_ == "det" for c in subj.children):
        kind = lex.ADJECTIVES[subj.lower_]  # "those evacuated included 600 patients": the participle is the noun
    if kind is None and (people_like(subj) or subj.lower_ == "those"):
        # "those who died in the crash numbered 26", "those killed include 3 medics": the clause says who
        kind = modifier_kind(subj) or _relative_kind(subj)
    if kind is None and tally and subj.lemma_.lower() in _VICTIM_NOUNS:
        kind = "killed"  # "the victims of the fire numbered 34": the dead, unless said hurt (above)
    return kind


def _fronted_value_tally(verb: Token, to: Token) -> str | None:
    """"The raids took to eleven the number of men in custody": the tally after its new value, and
    "in custody" hung on the verb."""
    tally = next((g for g in to.children if g.dep_ == "pobj" and g.lemma_.lower() in _TALLY_NOUNS), None)
    if tally is None:
        return None
    kind = event_noun_kind(tally)
    if kind is None and (of := of_pobj(tally)) is not None and people_like(of) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in lex.CUSTODY_NOUNS for g in c.children)
            for c in verb.children):
        return "detained"
    return kind


def _antecedent_tally_kind(pronoun: Token) -> str | None:
    """The kind of the tally "it" stands for: the nearest tally noun before it, in its sentence or the one
    before, that is a clause's subject or object."""
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    for tok in reversed(pronoun.doc[start:pronoun.i]):
        if tok.lemma_.lower() in _TALLY_NOUNS and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return event_noun_kind(tok)
    return None

"""Figures: kinds a number takes from the figures and words around it rather than from its own parse.

A number without a counted noun often leans on the figure before it in the sentence: its older
value ("up from 3,000"), a part of it ("including 9 children", "eight of them critically", "of
whom 17 are on ventilators"), the next item of a list that leaves the verb out ("killed 40 in
Tessel, 12 in Marrowgate and 5 in Pennick"), a breakdown by place in brackets ("deaths in Tessel
(40) and Pennick (5)"), or a running total named only as a total ("taking the overall total
to 4,480"). And one number may carry two kinds at once ("left hundreds dead or wounded").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.records import Figure
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import sent_of
from groundwatch.stages.extract.figures_asides import BARE_TALLIES as _BARE_TALLIES
from groundwatch.stages.extract.figures_asides import comma_set_tally, tally_aside_kind
from groundwatch.stages.extract.figures_far_tally import far_participle
from groundwatch.stages.extract.figures_govern import strength_kind
from groundwatch.stages.extract.figures_labels import FRAME_FILLERS, kind_word, list_label_kind
from groundwatch.stages.extract.figures_rival import gapped_rival_kind, owned_tally_kind, rival_count_kind
from groundwatch.stages.extract.figures_syntax import event_noun_kind
from groundwatch.stages.extract.figures_words import UNDOING_VERBS, people_like

#: Pronouns that make a number a part of the figure before it: "eight of them", "of whom 17".
_PART_PRONOUNS = frozenset({"them", "whom", "those", "these"})
#: Words of a predicate that could carry a second kind and the verb that holds them.
_PREDICATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "attr"})


def _previous_kind(anchor: Token, found: list[Figure]) -> str | None:
    sent = sent_of(anchor)
    same = [f for f in found if sent.start_char <= f.span.start and f.span.end <= anchor.idx]
    return same[-1].kind if same else None


def aside_kind(tokens: Span, found: list[Figure]) -> str | None:
    """"More than 60 people have died, seven of them nurses and over 500 injured": a count of "them"
    set off by a comma is a part of the count before it, whatever verb the parser hangs it on."""
    doc = tokens.doc
    if tokens.start == 0 or doc[tokens.start - 1].text != ",":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in ("them", "whom")
                                                             for g in c.children) for c in tokens[-1].children):
        return None
    return _previous_kind(tokens[0], found)


#: Adverbs of how badly people are hurt: "5 injured, two critically" counts a part of the hurt.
_SEVERITY = lexicons.words("figure_words", list="severity")


def severity_part_kind(tokens: Span, found: list[Figure]) -> str | None:
    """"left one dead and 5 injured, two critically": a bare number set off by a comma with a severity adverb
    after it is a part of the injured count before it (and of no other kind: a severity is an injury's)."""
    doc = tokens.doc
    if tokens.start == 0 or doc[tokens.start - 1].text != "," or tokens.end >= len(doc):
        return None
    if doc[tokens.end].lower_ not in _SEVERITY:
        return None
    return "injured" if _previous_kind(tokens[0], found) == "injured" else None


def _sentencekind_word(anchor: Token) -> str | None:
    """The kind of the nearest word before ``anchor`` in its sentence that names the dead, the
    injured... ("The worst fatalities are in Tessel (40)")."""
    for tok in reversed(list(sent_of(anchor))[: anchor.i - sent_of(anchor).start]):
        lemma = tok.lemma_.lower()
        kind = lex.COUNTED_EVENT_NOUNS.get(lemma) or lex.PERSON_KIND_NOUNS.get(lemma)
        if kind is None and tok.pos_ == "NOUN" and tok.lower_ in ("dead", "injured", "wounded", "missing"):
            kind = lex.ADJECTIVES[tok.lower_]
        if kind is not None:
            return kind
    return None


#: Words that set a count against another: "more than the 30 ...", "well above the 60 ...".
_COMPARING_PREPS = frozenset({"than", "above", "below", "over", "under", "beyond"})


def _is_comparison(anchor: Token) -> bool:
    """"up from 3,000", "including 9 children", "more than the 30 the company has confirmed", and a count added
    to one already given: "a further 2,500 troops, on top of the 8,000 already there", "in addition to the 300"."""
    if anchor.dep_ != "pobj":
        return False
    head = anchor.head
    older = head.lower_ == "from" and head.head.lower_ in ("up", "down")
    plus = head.lower_ == "besides" or (head.lower_, head.head.lower_) in (("of", "top"), ("to", "addition"))
    return older or head.lower_ == "including" or ((head.lower_ in _COMPARING_PREPS or plus) and definite_count(anchor))


def definite_count(anchor: Token) -> bool:
    """"the 30 the company has confirmed", "the 60 reported by the police": a bare number made definite is a
    count already given (the parser may hang its source's clause elsewhere), of what the sentence counts."""
    return anchor.like_num and any(c.dep_ == "det" and c.lower_ == "the" for c in anchor.children)


def _is_part(anchor: Token) -> bool:
    """"eight of them critically", "of whom 17 are on ventilators"."""
    def has_part_of(tok: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ in _PART_PRONOUNS for g in c.children) for c in tok.children)

    if has_part_of(anchor):
        return True
    return anchor.dep_ in ("nsubj", "nsubjpass") and has_part_of(anchor.head)


def _is_gapped(anchor: Token) -> bool:
    """"Six people died on the bus and two in the car", "died underground and four rescuers on the
    surface": a second part of the toll whose verb is left out. The parser joins the count to the verb
    (or, after a place, to the place: "14 soldiers at the barracks and three civilians in the village");
    its own place or time after it says it is a part, not a new subject."""
    doc = anchor.doc  # "and about 800 on the western bank" may be left a bare "dep" of the verb
    after_and = anchor.dep_ == "dep" and anchor.like_num and doc[max(anchor.left_edge.i - 1, 0)].lower_ == "and"
    if anchor.dep_ != "conj" and not after_and:
        return False
    head = anchor.head
    if head.pos_ in ("VERB", "AUX"):
        # its own place or time after it: "two in the car", not "and two were hurt" (a clause of its own)
        return any(c.dep_ == "prep" and c.i > anchor.i for c in anchor.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in anchor.children)
    # "died on the Tarn side and roughly 900 on the other side", "wounded near the bridge and 14 near the
    # depot": a bare number joined to the place or its preposition, with a place of its own right after it
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    own_place = anchor.like_num and after is not None and after.tag_ == "IN" and after.lower_ != "of"
    # "remain displaced in Tamsk and about 900 in Draskov": or to the state its verb predicates, or its place
    state = head.dep_ in ("acomp", "oprd") and head.head.pos_ in ("VERB", "AUX")
    if state or (head.dep_ == "prep" and (head.head.pos_ == "VERB" or (
            head.head.dep_ in ("acomp", "oprd") and head.head.head.pos_ in ("VERB", "AUX")))):
        return own_place
    if head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.head.pos_ != "VERB":
        return False
    # "at the barracks and three civilians": joined to the place of the verb's own count
    return own_place or (any(c.dep_ == "nummod" for c in anchor.children) and people_like(anchor))


#: Hedges that open a second, looser bound of a count: "at least 12 people and possibly as many as 20".
_HEDGES = frozenset({"possibly", "perhaps", "maybe", "probably"})


def _is_hedged_bound(anchor: Token) -> bool:
    """"killed at least 12 people and possibly as many as 20", "at least 25 died and possibly as many as 40": a
    hedged bound joined to the verb whose own object (or subject) is the count before it; the noun is left
    out, so the bound counts what that count counts."""
    head = anchor.head
    if anchor.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep") for c in anchor.children):
        return False
    if not any(c.lower_ in _HEDGES for c in anchor.children):
        return False
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < anchor.i and any(
        g.dep_ == "nummod" for g in c.children) for c in head.children)  # "at least 25 people died and ..."


def _is_list_item(tokens: Span) -> bool:
    """", 12 in Marrowgate" / "and five in Pennick": a number and a place with the verb left out; the first
    part of a breakdown may follow a colon or a dash ("killed 27 people: 15 in Tessik, ...")."""
    doc = tokens.doc
    if tokens.start == 0 or tokens.end + 1 >= len(doc):
        return False
    before, prep, place = doc[tokens.start - 1], doc[tokens.end], doc[tokens.end + 1]
    if before.lower_ not in (",", "and", ";", ":", "\u2014", "\u2013"):
        return False
    if place.lower_ == "the" and place.i + 1 < len(doc):
        place = doc[place.i + 1]  # "and three in the Tevan valley"
    while place.is_title and place.pos_ != "PROPN" and place.i + 1 < len(doc) and doc[place.i + 1].is_title:
        place = doc[place.i + 1]
    return prep.lower_ in _ITEM_PREPS and (place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC")
                                           or _paired_item(tokens[-1]))


#: Prepositions that open a list item's place: ", 12 in Marrowgate", "and 3 at the depot", "and 11 near the ford".
_ITEM_PREPS = ("in", "at", "from", "near", "outside")


def _paired_item(num: Token) -> bool:
    """", 32 in a raid ... and 11 in the hills": two bare numbers joined by "and", each with its own
    place or occasion, are a breakdown even where neither place is a name (a single one is not: ", 12 in a
    row"). Seen in a real breakdown of defused explosives (audit of events-dev tune part A, one case)."""
    partners = [c for c in num.children if c.dep_ == "conj"] + ([num.head] if num.dep_ == "conj" else [])
    if num.dep_ == "conj" and num.head.dep_ == "prep":
        partners.append(num.head.head)  # "377 in Orsk and 37 in the capital": the parser joins it to the place
    return any(p.like_num and any(c.dep_ == "prep" and c.lower_ in _ITEM_PREPS for c in p.children)
               for p in partners) and any(c.dep_ == "prep" and c.lower_ in _ITEM_PREPS for c in num.children)


def _is_bracketed_breakdown(tokens: Span) -> bool:
    """"Tessel (40), Pennick (5)": a bare number in brackets after a place name."""
    doc = tokens.doc
    if tokens.start < 2 or tokens.end >= len(doc):
        return False
    name = doc[tokens.start - 2]  # "Tessel (40)", and "Udel district (21)" with the name as a compound
    return doc[tokens.start - 1].text == "(" and doc[tokens.end].text == ")" and (
        _place_name(name) or any(c.dep_ == "compound" and _place_name(c) for c in name.children))


def _is_bracketed_total(tokens: Span) -> bool:
    """"New deaths: 6 (total 812)", "Injured today: 31 (cumulative 2,045)": the running total of the count
    before it, said in brackets."""
    doc = tokens.doc
    return tokens.start >= 2 and doc[tokens.start - 2].text == "(" and doc[tokens.start - 1].lower_ in (
        "total", "cumulative", "overall")


def _place_name(tok: Token) -> bool:
    """A place's name; a capitalised word inside the sentence that the tagger took for a verb but the NER
    for a name ("then Wendle (2)") is one too."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC") or (
        tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ in ("PERSON", "ORG", "FAC"))


def partitive_kind(anchor: Token) -> str | None:
    """"Of the dead, 12 were in Tessel", "Of the 40 dead, 7 were foreigners": a bare number subject whose
    clause opens with "of" and the people counted (the dead, the injured, the missing, or a kind noun such
    as "the casualties")."""
    if anchor.dep_ not in ("nsubj", "nsubjpass") or anchor.head.lemma_.lower() in UNDOING_VERBS:
        return None  # "Of those arrested, 40 were released": held no longer
    verb = anchor.head
    # the "of" part hangs on the verb, or on the number itself ("Of the 30 people killed, 12 were women")
    for c in (*verb.children, *anchor.children):  # "Twelve of the dead were aid workers": its own "of" part
        if c.dep_ == "prep" and c.lower_ == "of" and (c.i < anchor.i or c.head.i == anchor.i):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # "Of the dead", or "Of the 40 dead", where the parser makes "dead" the number's modifier, or
                # "Of the 12 people missing"
                word = next((x for x in (g, *g.children) if x.lower_ in ("dead", "injured", "wounded", "missing")
                             and (x is g or g.like_num or g.lower_ in ("those", "people"))), None)
                if word is not None:
                    return lex.ADJECTIVES[word.lower_]
                # "Of those killed, 12 were women": the participle on "those" says who they are
                kind = lex.COUNTED_EVENT_NOUNS.get(g.lemma_.lower()) or next(
                    (lex.TRANSITIVE.get(x.lemma_.lower()) for x in g.children if x.dep_ == "acl" and x.tag_ == "VBN"
                     and g.lower_ in ("those", "people")), None)
                if kind is not None:
                    return kind
    return None


def _is_bare_total(anchor: Token) -> bool:
    """"taking the overall total to 4,480", "the total rose to 50", "the tally stands at 12", "for a
    total of 95"."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in _BARE_TALLIES \
            and not any(c.dep_ == "prep" for c in anchor.children):
        return True
    # "the total rose past 70": past a bound as well as to a value
    verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "at", "above", "past", "beyond") \
        else anchor.head
    if anchor.dep_ != "pobj" and anchor.dep_ not in ("dobj", "npadvmod", "attr"):
        return False
    lemma = verb.lemma_.lower()
    # "taking the total past 80", where the parser makes "past" the number's modifier and the number an object
    beyond = anchor.i > 0 and anchor.doc[anchor.i - 1].lower_ in ("past", "beyond", "above", "over")
    if lemma in lex.TALLY_SETTERS and (anchor.dep_ == "pobj" or beyond):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _BARE_TALLIES for c in verb.children)
    return lemma in lex.TALLY_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _BARE_TALLIES for c in verb.children)


#: Verbs of a tally that the parser often reads as nouns: "the dead now number 412", "estimates of
#: the dead range from 60 to 80", "deaths total 512", "the death count stands at 96".
_FRAME_VERBS = frozenset({"number", "numbers", "numbered", "range", "ranges", "ranged", "stand", "stands", "stood",
                          "total", "totals", "totalled", "totaled"})
#: How far back from the tally's verb its subject's head noun may lie ("deaths from the Tevan valley
#: landslide total 61"): a noun and a short prepositional phrase. Not tuned.
_SUBJECT_REACH = 7
_TALLY_ADVERBS = frozenset({"now", "still", "currently", "already", "has", "have", "had", "officially"})


def _nominal_tally_kind(tokens: Span) -> str | None:
    """A tally told word by word, whatever the parse: "<the dead | the toll> (now) <number | range |
    stand | total> (qualifier) N", and a setter's second pair "put the dead at 45 and the injured at
    130" ("the injured at 130")."""
    doc = tokens.doc
    first = sent_of(tokens).start
    i = tokens.start - 1
    if i - 1 >= first and doc[i].lower_ in ("at", "to") and doc[i - 1].lower_ in (
            "dead", "injured", "wounded", "missing") and i - 2 >= first and doc[i - 2].lower_ == "the":
        return kind_word(doc[i - 1])
    participle = _participle_tally_kind(doc, first, i)
    if participle is not None:
        return participle
    while i >= first and doc[i].lower_ in FRAME_FILLERS:
        i -= 1
    if i < first:
        return None
    if doc[i].lower_ in _MOVED_TALLY_FORMS:
        return _moved_tally_kind(doc, first, i)
    if doc[i].lower_ not in _FRAME_VERBS:
        return None
    # the tally's subject ends right before its verb, or holds a place or cause after its head
    # noun ("deaths from the landslide total 61"): the nearest kind word, within the subject
    j, stop = i - 1, max(first, i - _SUBJECT_REACH)
    while j >= stop:
        if doc[j].text == "," and (opening := _parenthetical_start(doc, first, j)) is not None:
            # "the wounded, 17 of whom are children, number 95": the aside between the subject and
            # its verb is skipped, and the subject's reach counts from before it
            j, stop = opening - 1, max(first, opening - _SUBJECT_REACH)
            continue
        if doc[j].is_punct or doc[j].like_num:
            return None
        if doc[j].lower_ not in _TALLY_ADVERBS and (kind := kind_word(doc[j]) or lex.PERSON_KIND_NOUNS.get(
                doc[j].lemma_.lower())) is not None:
            return kind  # "deaths total 61", "the detainees now number 230"
        j -= 1
    return None


def _parenthetical_start(doc: Doc, first: int, closing: int) -> int | None:
    """The comma that opens the aside ``closing`` ends: "The dead, among them six rescuers, now
    number 58" (None when no comma opens one: the comma is then no aside's)."""
    return next((k for k in range(closing - 1, first, -1) if doc[k].text == ","), None)


#: Past forms of tally verbs the parser may misread when the subject is long ("the count of those
#: still unaccounted for fell to 12"): read word by word only after a bare tally noun.
_MOVED_TALLY_FORMS = frozenset({"rose", "risen", "fell", "fallen", "dropped", "climbed", "reached", "jumped",
                                "increased", "decreased", "declined", "grew", "grown", "stood", "hit"})
def _participle_tally_kind(doc: Doc, first: int, i: int) -> str | None:
    """"taking the number moved out to 6,800", "bringing the total displaced to 9,000": a bare tally
    noun, the participle that names its kind, "to" and the number (the parser often makes the
    participle the clause's verb)."""
    if i < first + 2 or doc[i].lower_ != "to":
        return None
    j = i - 1
    particle = doc[j].lower_ if doc[j].lower_ in ("out", "up", "off", "away") else None
    if particle is not None:
        j -= 1
    if j <= first or doc[j - 1].lemma_.lower() not in _BARE_TALLIES or doc[j].tag_ not in ("VBN", "VBD", "JJ"):
        return None
    lemma = doc[j].lemma_.lower()
    if particle is not None:
        return lex.PHRASAL.get((lemma, particle))
    return lex.TRANSITIVE.get(lemma) or lex.ADJECTIVES.get(doc[j].lower_) or lex.TALLY_PARTICIPLES.get(lemma)


def _moved_tally_kind(doc: Doc, first: int, verb: int) -> str | None:
    """"the count of those still unaccounted for fell to 12": a bare tally noun opens the subject and a
    kind word closes it, with no number or punctuation between them and the verb."""
    if (far := far_participle(doc[verb])) is not None:
        return kind_word(far)  # "The number of people killed when <a long clause> rose to 31"
    kind: str | None = None
    for j in range(verb - 1, max(first, verb - _SUBJECT_REACH - 1) - 1, -1):
        if doc[j].is_punct or doc[j].like_num:
            return None
        if kind is None:
            kind = kind_word(doc[j])
        elif doc[j].lemma_.lower() in _BARE_TALLIES:
            return kind
    return None


def context_kind(anchor: Token, noun: Token | None, tokens: Span, found: list[Figure]) -> str | None:
    """The kind a number takes from the figures before it in its sentence (see the module doc).

    Args:
        anchor: the nominal the number sits in.
        noun: the noun it counts, if any (a list item or a breakdown has none).
        tokens: the number's own tokens.
        found: the figures found so far in the article, in text order.
    """
    if _is_comparison(anchor) or _is_gapped(anchor) or _is_hedged_bound(anchor):
        return _previous_kind(anchor, found)
    if (severity := severity_part_kind(tokens, found)) is not None:
        return severity
    if noun is not None:
        return None
    if (aside := tally_aside_kind(anchor)) is not None:
        return aside
    if (tally := comma_set_tally(tokens)) is not None and (aside := event_noun_kind(tally)) is not None:
        return aside
    if _is_part(anchor) or _is_list_item(tokens) or _is_bare_total(anchor) or _is_bracketed_total(tokens):
        # "Of those killed, 12 were women" opens a sentence: no count before it, the "of" part says who
        return _previous_kind(anchor, found) or partitive_kind(anchor) or owned_tally_kind(anchor, found)
    partitive = partitive_kind(anchor)
    if partitive is not None:
        return partitive
    if _is_bracketed_breakdown(tokens):
        return _previous_kind(anchor, found) or _sentencekind_word(anchor)
    return _nominal_tally_kind(tokens) or list_label_kind(tokens) or strength_kind(tokens) or rival_count_kind(
        anchor, found) or gapped_rival_kind(anchor, found)


def _word_kind(tok: Token, gerund: bool = False) -> str | None:
    """The kind a predicate word gives; with ``gerund``, a verb in -ing too ("killing and wounding")."""
    if tok.lower_ in lex.ADJECTIVES and tok.pos_ in ("ADJ", "VERB", "NOUN"):
        return lex.ADJECTIVES[tok.lower_]
    if tok.pos_ == "VERB" and (tok.tag_ in ("VBN", "VBD") or (gerund and tok.tag_ == "VBG")):
        return lex.TRANSITIVE.get(tok.lemma_.lower())
    return None


#: Prepositions the parser makes of a qualifier before a verb's own count: "and wounded over 400".
_QUALIFIER_PREPS = frozenset({"over", "about", "around", "under", "nearly", "almost", "some", "upwards"})


#: Tokens after a coordinated verb within which a number is that verb's own count ("hurt at least 200
#: more": a qualifier of up to two words, then the number). Not tuned.
_OWN_COUNT_REACH = 3


def _counts_object(num: Token) -> bool:
    """Whether a number counts the object of a preposition: "were killed and injured in the two blasts"."""
    noun = num.head
    return num.dep_ == "nummod" and noun.dep_ == "pobj" and noun.head.lower_ not in _QUALIFIER_PREPS


def _bare(tok: Token) -> bool:
    """A coordinated predicate with nothing of its own to count: "dead or wounded", not "45 injured"
    nor "and wounded over 400"."""
    nearby = tok.doc[tok.i + 1:min(len(tok.doc), tok.i + 1 + _OWN_COUNT_REACH)]
    if len(nearby) and not nearby[0].is_punct and any(t.like_num and t.lower_ != "one" and not _counts_object(t)
                                                      for t in nearby):
        return False  # "killed 31 and hurt at least 200 more": a count right after the verb is its own
    return not any(c.like_num or c.dep_ in ("nsubj", "nsubjpass", "dobj", "nummod", "attr", "npadvmod")
                   or (c.dep_ == "prep" and c.lower_ in _QUALIFIER_PREPS and any(g.like_num for g in c.children))
                   or (c.dep_ == "advmod" and any(g.dep_ == "nummod" for g in c.children))  # "injured 90 more"
                   for c in tok.children)


def shared_kinds(anchor: Token, noun: Token | None, kind: str) -> list[str]:
    """Further kinds one number carries through coordinated predicates: "left hundreds dead or
    wounded" (killed and injured), "40 people were killed or injured"."""
    verb = anchor.head  # the counted nominal's head: "dozens of people were killed or wounded" hangs on "dozens"
    # or the count's own modifier: "left more than 150 people dead or injured" (the parser hangs "dead" on "people")
    held = [c for c in noun.children if c.dep_ == "amod" and c.i > noun.i] if noun is not None else []
    carriers = [t for t in (verb, *verb.children, *held) if _word_kind(t, gerund=t is verb) == kind]
    out: list[str] = []
    for carrier in carriers:
        pool = list(carrier.children)
        if carrier.dep_ in _PREDICATE_DEPS:
            pool += [c for c in carrier.head.children if c.i > carrier.i]
        for c in pool:
            other = _word_kind(c)
            if c.dep_ != "conj" or other is None or other == kind or other in out or not _bare(c):
                continue
            if c.i > 0 and c.doc[c.i - 1].lower_ in ("or", "and", "and/or"):
                out.append(other)
        first = carrier.head
        if carrier.dep_ == "conj" and first.i + 2 == carrier.i and first.doc[first.i + 1].lower_ in ("or", "and") \
                and (other := _word_kind(first, gerund=carrier.tag_ == "VBG")) is not None and other != kind \
                and other not in out:
            out.append(other)  # "killed and wounded several people": the first verb's object is the second's
    return out


#: Share of a sentence's longer words written with a capital for it to be a Title Case or capitalised
#: headline ("Police Arrest 45 After Riots"), whose verbs the tagger reads as proper nouns. Short
#: function words ("of", "in", "to") may stay lower case, so only words over three letters count. Not tuned.
_TITLE_SHARE = 0.7


def _title_case(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.text[0].isupper() for t in words) >= _TITLE_SHARE * len(words)


def _verb_stems(word: str) -> list[str]:
    """The bases a verb form may have, read without a tagger: "kills", "flees", "arrested", "surpasses"."""
    w = word.lower()
    stems = [w]
    if w.endswith("s"):
        stems += [w[:-1], w[:-2] if w.endswith("es") else w[:-1]]
    if w.endswith("ed"):
        stems += [w[:-2], w[:-1]]
    return stems


def _verb_kind_of(word: str, table: dict[str, str]) -> str | None:
    """The kind of a verb form read without a tagger: "kills", "flees", "arrested", "displaced"."""
    return next((table[s] for s in _verb_stems(word) if s in table), None)


#: Words between a tally verb and its value in a headline ("Toll Rises To 85", "Climbs Past 300").
_TALLY_LINKS = frozenset({"to", "past", "over", "above", "at"})


def _tally_kind(doc: Doc, start: int, sent: Span) -> str | None:
    """The kind of the tally a Title Case headline gives a value ("Cholera Toll Climbs Past 480", "Flood Death
    Toll Tops 2,300"): the event noun right before the tally verb, which the tagger read as a noun compound
    (title-case respelling of crises-2023, session 35: two tune tolls lost)."""
    j = start - 1
    if j > sent.start and doc[j].lower_ in _TALLY_LINKS:
        j -= 1
    if j <= sent.start or not any(s in lex.TALLY_VERBS for s in _verb_stems(doc[j].text)):
        return None
    return lex.EVENT_NOUNS.get(doc[j - 1].lemma_.lower()) or lex.EVENT_NOUNS.get(doc[j - 1].lower_)


def headline_kind(tokens: Span) -> str | None:
    """The kind of a count in a Title Case or capitalised headline, read by the words' lower-case forms:
    the verb before it ("Police Arrest 45", "Floods Kill 9") or the state or verb after it ("At Least
    20 Feared Dead", "Thousands Flee As Fighting Spreads")."""
    sent = sent_of(tokens)
    doc = tokens.doc
    if not _title_case(sent):
        nxt = doc[tokens.end] if tokens.end < sent.end else None
        if nxt is not None and nxt.tag_ == "NN" and nxt.lower_ in lex.INTRANSITIVE:
            return lex.INTRANSITIVE[nxt.lower_]  # "Over 2,000 flee as river bursts": the verb read as a noun
        return None
    if tokens.start > sent.start:
        kind = _verb_kind_of(doc[tokens.start - 1].text, lex.TRANSITIVE) or _tally_kind(doc, tokens.start, sent)
        if kind is not None:
            return kind
    j = tokens.end
    while j < sent.end and doc[j].lower_ in lex.HEADLINE_REPORTING:
        j += 1
    if j >= sent.end:
        return None
    word = doc[j].lower_
    return lex.ADJECTIVES.get(word) or _verb_kind_of(word, lex.INTRANSITIVE) or _noun_kind_of(word)


def _noun_kind_of(word: str) -> str | None:
    """The kind a counted noun gives, read without a tagger ("41 Deaths", "12 Bodies", "300 Refugees"): in Title
    Case the tagger reads it as a proper noun, whose lemma is the word itself (title-case respelling of
    crises-2023, session 35: one tune toll lost)."""
    stems = [word]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("s"):
        stems += [word[:-1], word[:-2]]
    return next((table[s] for s in stems for table in (lex.COUNTED_EVENT_NOUNS, lex.PERSON_KIND_NOUNS)
                 if s in table), None)

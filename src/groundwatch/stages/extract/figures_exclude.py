"""Figures: numbers that are never counts, whatever words govern them.

Ages ("Arlen Voss, 52,", "a 45-year-old"), percentages, times and ratios ("30%", "10:30", "3/4"),
prices and labels ("$200", "Route 9", "Flight 302"), years ("in 2019"), dates and durations the NER
finds ("24 September", "six weeks"), and a number right after a negation ("no 12 ...", which the
zero figures read instead). ``figures`` asks :func:`excluded` before it looks for a kind, and the
single-person figures ask the last helpers whether one person named is a count of one at all.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import doc_ents, doc_text
from groundwatch.stages.extract.figures_convoy import convoy_size
from groundwatch.stages.extract.figures_numbers import NumberPhrase, words_to_number
from groundwatch.stages.extract.figures_scope import rate_on
from groundwatch.stages.extract.figures_words import negated, people_like

#: Four-digit numbers in this range without a thousands comma are read as years.
YEAR_RANGE = (1800, 2100)

#: A quantity shared out by the person: the number, at most one unit word, then "per person", "a head", "per
#: capita", "per household". What each one gets is a ration or a standard, never a count of goods or people.
_PER_PERSON = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:(?:per|a|each)\s+(?:person|head|capita)"
                         r"|per\s+(?:individual|family|household|child))\b", re.IGNORECASE)

#: Weekdays, parts of days and words of time a count may carry: "rose to 350 Sunday".
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
#: Words of time the NER may join to a number written before them ("from 180 overnight").
DAY_WORDS = frozenset({"overnight", "today", "yesterday", "tonight", "last", "this", "earlier", "later"})


def _is_age(doc: Doc, phrase: NumberPhrase, tokens: Span) -> bool:
    """"Arlen Voss, 52, was shot dead", "a cyclist, 31, was arrested": a bare number between commas
    after a name, or after one person's noun, is an age."""
    if phrase.qualifier != "exact" or phrase.value is None or tokens.start < 2 or tokens.end >= len(doc):
        return False
    comma, name = doc[tokens.start - 1], doc[tokens.start - 2]
    if comma.text == "," and doc[tokens.end].text == "," and name.tag_ == "NN" and people_like(name):
        return True  # one person (singular noun) cannot be counted by a number set beside it
    if comma.text == "," and doc[tokens.end].text == "," and name.lemma_.lower() in lex.PEOPLE and \
            name.i > 0 and doc[name.i - 1].lower_ in ("a", "an"):
        return True  # "a juvenile, 17,": a person noun the tagger took for an adjective
    if comma.text == "," and doc[tokens.end].text == "," and name.tag_ in ("NN", "NNP") and \
            _one_person_follows(doc, tokens.end + 1):
        return True  # "the death of Brisk, 29, a mother of two": one person described after the number
    # "The driver, Orin Vale, 52,": a name set beside a person noun is a person's, whatever the NER calls it
    person_named = name.dep_ == "appos" and name.head.lemma_.lower() in lex.PEOPLE and name.head.i < name.i
    return comma.text == "," and doc[tokens.end].text in (",", ")") and (
        name.ent_type_ == "PERSON" or name.tag_ == "NNP") and (
        person_named or name.ent_type_ not in ("GPE", "LOC", "ORG"))


def _one_person_follows(doc: Doc, i: int) -> bool:
    """"a mother of two", "a retired bus driver": one person's noun, after "a", within a few words."""
    if i >= len(doc) or doc[i].lower_ not in ("a", "an"):
        return False
    # "..., a spokesman said": a speaker after the comma describes no one
    return any(t.tag_ == "NN" and people_like(t) and not (t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() in (
        "say", "tell", "add", "report")) for t in doc[i + 1:i + 4])


#: "the dead now number 412": "number" as the tally's verb, not "number 9" naming a thing; an aside
#: set off by commas ("the wounded, 17 of whom are children, number 95") or a short phrase of place or
#: cause ("the dead from the landslide now number 27") may stand between.
_TALLY_NUMBER_VERB = re.compile(r"\b(?:dead|injured|wounded|missing|displaced|deaths|casualties|fatalities|victims"
                                r"|evacuees|refugees|detainees|arrests|injuries)(?:\s+(?:people|persons|civilians))?(?:\s*,[^,.;:]{1,60},)?"
                                r"(?:\s+(?:from|in|of|at|on|after|by)\s+[^,.;:]{1,40}?)?"
                                r"\s+(?:now\s+|still\s+|officially\s+)?number\s*$", re.IGNORECASE)
#: How far back from a number the tally's subject and its aside may lie.
_TALLY_NUMBER_REACH = 100


#: Words the NER takes for amounts of money when they only scale a number: "2 lakh 35 thousand people",
#: "3,5 mln people" are counts of people.
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "lakh", "lakhs", "crore", "crores", "mln",
                          "mn", "bn", "m", "k"})


def _counted_not_money(doc: Doc, tok: Token) -> bool:
    """A "money" entity of digits and scale words alone, with no currency in it, right before people it
    counts: the NER's guess from the scale word ("lakh", "mln"), not an amount."""
    ent = next((e for e in doc_ents(doc) if e.start <= tok.i < e.end), None)
    if ent is None or any(t.is_currency or t.lemma_.lower() in lex.NON_FIGURE_NOUNS for t in ent):
        return False
    nxt = ent.end  # "2 lakh" then "35 thousand": the scaled parts the NER split off run on to the noun
    while nxt < len(doc) and (doc[nxt].like_num or doc[nxt].lower_ in _SCALE_WORDS):
        nxt += 1
    return nxt < len(doc) and people_like(doc[nxt]) and all(
        t.like_num or t.lower_ in _SCALE_WORDS or t.i < tok.i for t in ent)  # a qualifier before it: "Nearly"


_PERCENT_MARK = re.compile(r"%|\bper\s?cent|\bpc\b|\bpercentage\b|\bpct\b", re.IGNORECASE)


def _percent(doc: Doc, tok: Token) -> bool:
    """The NER's "percent" entity says so in its words ("6%", "six per cent"): a count of people it
    mislabels ("6 <Demonym-s>", seen with digits where the same count in words was a cardinal) is not a share."""
    ent = next((e for e in doc_ents(doc) if e.start <= tok.i < e.end), None)
    return ent is None or bool(_PERCENT_MARK.search(ent.text))


def excluded(doc: Doc, phrase: NumberPhrase, tokens: Span) -> bool:
    text = doc_text(doc)
    after = text[phrase.end:phrase.end + 12].lower()
    before = text[max(0, phrase.start - 12):phrase.start].lower().rstrip()
    if (re.match(r"-[a-z]", after) and not after.startswith("-strong") and convoy_size(tokens) is None) or \
            re.match(r"\s*(%|percent|per cent|pc\b|:\d|/\d)", after):
        return True  # "45-year-old", "44-day war", "30%", "10:30", "3/4"; "a 900-strong force", "a 14-truck convoy"
    if any(before.endswith(w) and (not w[0].isalpha() or not before[:-len(w)][-1:].isalpha())
           for w in lex.NON_FIGURE_BEFORE) and not _TALLY_NUMBER_VERB.search(
               text[max(0, phrase.start - _TALLY_NUMBER_REACH):phrase.start]):
        return True  # a whole word only: "Rs 200" is money, "toll nears 200" is not
    if _PER_PERSON.match(text, phrase.end):
        return True  # "under 9 litres per person per day", "2 kg a head": a ration or a standard, not an amount
    if _is_age(doc, phrase, tokens) or _ratio_base(text, phrase) or _pronoun_one(tokens):
        return True
    if re.search(r"\b(?:no|not|none|zero)\s*$", before):
        return True
    for t in tokens:
        if (t.ent_type_ == "ORDINAL" or (t.ent_type_ == "PERCENT" and _percent(doc, t))
                or (t.ent_type_ == "MONEY" and not _counted_not_money(doc, t))):
            return True
        if t.ent_type_ in ("DATE", "TIME"):
            # a bare number the NER calls a date is kept; one inside a longer date is not
            ent = next((e for e in doc_ents(doc) if e.start <= t.i < e.end), None)
            if ent is None or _number_is_date(ent, phrase):
                return True
    value = phrase.value
    core = text[phrase.core_start:phrase.core_end]
    return (value is not None and YEAR_RANGE[0] <= value <= YEAR_RANGE[1] and "," not in core
            and core.isdigit() and len(core) == 4 and not _four_digit_count(doc, phrase, tokens, text))


#: Words before a four-digit number that make it a year ("in 2012 people fled", "since 1998"); the second
#: set only before a noun ("from 1998 to 2002 families ..."), not before a toll's word ("and 2100 injured").
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|till|before|after|during|through|of|circa)\s*$", re.IGNORECASE)
_YEAR_SPAN_BEFORE = re.compile(r"\b(?:from|between|and|to)\s*$", re.IGNORECASE)
#: A toll's verb right before the number: "rose to 1950", "had reached 1998 by Sunday", "stood at 2100".
_TALLY_BEFORE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|reached|reaches|reaching"
                           r"|hit|hits|stands|stood|standing)(?:\s+(?:to|at))?\s*$", re.IGNORECASE)
#: Kind words that follow a count the way a noun does ("2100 injured", "1950 dead").
_KIND_AFTER = frozenset({"dead", "injured", "wounded", "missing", "displaced", "killed", "hurt", "homeless"})


#: Verbs a year is never the subject of: "1960 were wounded", "1880 died" count people.
_FATE_INTRANSITIVE = frozenset({"die", "perish", "drown", "succumb", "flee", "disappear", "vanish"})


def _four_digit_count(doc: Doc, phrase: NumberPhrase, tokens: Span, text: str) -> bool:
    """A number of four digits without a comma that is a count all the same, as outlets that write no
    thousands separator print tolls: people-like words right after it ("1800 people were killed and 2100
    injured", "Some 1500 families") with no preposition of time before it, a toll's verb before it
    ("the toll rose to 1950"), or a fate it is the subject of ("and 1960 were wounded")."""
    before = text[max(0, phrase.start - 40):phrase.start]
    if _TALLY_BEFORE.search(before):
        return True
    if any((t.dep_ == "nsubjpass" and t.head.lemma_ in lex.TRANSITIVE)
           or (t.dep_ == "nsubj" and t.head.lemma_ in _FATE_INTRANSITIVE) for t in tokens):
        return True
    after = next((t for t in doc[tokens.start:] if t.idx >= phrase.end and not t.is_quote), None)
    if after is None or _YEAR_BEFORE.search(before):
        return False
    if after.lower_ in _KIND_AFTER:
        return True
    # the noun it counts, right after it or past adjectives and marks ('1200 "border" troops', '1500 Norvanian troops')
    nouns = [after] + [t.head for t in tokens if t.dep_ == "nummod" and t.head.i > t.i]
    return not _YEAR_SPAN_BEFORE.search(before) and any(n.pos_ == "NOUN" and people_like(n) for n in nouns)


def _pronoun_one(tokens: Span) -> bool:
    """"facing the death of a dear one", "the little ones": "one" with its own article is a noun for someone,
    not a count."""
    return len(tokens) == 1 and tokens[0].lower_ in ("one", "ones") and tokens[0].dep_ != "nummod" and any(
        c.dep_ in ("det", "poss") for c in tokens[0].children)


def _ratio_base(text: str, phrase: NumberPhrase) -> bool:
    """"Only 1 in 10 trucks", "one in five homes": the larger number of a ratio counts nothing."""
    m = re.search(r"(?<![\w.,])([\w.,-]+)\s+in\s+$", text[max(0, phrase.start - 24):phrase.start])
    if m is None or phrase.value is None:
        return False
    first = words_to_number(m.group(1))
    return first is not None and 0 < first < phrase.value


def _number_is_date(ent: Span, phrase: NumberPhrase) -> bool:
    """The number belongs to a longer date or duration ("24 September", "six weeks"), and not only to
    a weekday written after it ("350 Sunday", "48 Friday night")."""
    rest = [x for x in ent if x.is_alpha and not (phrase.start <= x.idx < phrase.end) and not x.like_num
            and x.lower_ not in ("to", "and", "or")]  # "from 19 to 26 overnight": two counts, no date
    if not rest:
        return False  # the number alone ("put the toll at 88")
    words = [x.lower_ for x in rest]
    if all(w in ("past", "beyond") for w in words) and ent.end_char <= phrase.end:
        return False  # "pushed the toll past 400": the NER reads "past 400" as a time span without its unit
    if all(x.lower_ in lex.ADJECTIVES or x.lemma_.lower() in lex.COUNTED_EVENT_NOUNS for x in rest):
        return False  # "Deaths 45, injuries 120": a labelled count the NER took for an age or a date
    weekday_after = all(x.idx >= phrase.end for x in rest) and (words[0] in WEEKDAYS | DAY_WORDS) and all(
        w in WEEKDAYS | DAY_PARTS | DAY_WORDS for w in words)
    return not weekday_after


# --- one person who is not a count of one ------------------------------------------------------
def not_a_corpse(tok: Token) -> bool:
    """"an oversight body", "a governing body": a body named by what it does is an institution; "a full
    body scan", "a body bag": a body that names the kind of another noun is no one's."""
    if tok.lemma_.lower() != "body":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "compound" or (nxt is not None and nxt.tag_ in ("NN", "NNS")) or any(
        c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ == "VBG") for c in tok.children)


#: Conjunctions of a clause that says what happens whenever something happens, not what happened.
_HABITUAL_MARKS = frozenset({"when", "whenever", "if", "once", "unless"})


def habitual(tok: Token) -> bool:
    """"staff are told whenever a national is detained overseas": a present-tense clause of "when" or
    "if" describes a rule or a case, and counts nobody."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("advcl", "ccomp"):
        return False
    present = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children) or \
        verb.tag_ in ("VBZ", "VBP")
    return present and any(c.dep_ in ("advmod", "mark") and c.lower_ in _HABITUAL_MARKS for c in verb.children)


#: Adverbs that make a present-tense clause a norm: "Normally, about 30 bodies a week are buried there".
_NORM_ADVERBS = frozenset({"normally", "usually", "typically", "ordinarily", "generally", "routinely"})
_SERVING_VERBS = lexicons.words("figure_words", list="serving")


def usual(anchor: Token) -> bool:
    """"Normally, about 30 bodies a week are buried at the cemetery": what usually happens (a present
    tense with "normally", "usually") is the baseline a report compares with, not a count of this event."""
    verb = anchor.head
    if anchor.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    present = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children) or \
        verb.tag_ in ("VBZ", "VBP")
    if present and any(c.dep_ == "advmod" and c.lower_ in _NORM_ADVERBS for c in verb.children):
        return True
    # "A field clinic treats 80 patients a day": a place's service in the simple present, by the day, is its
    # load; "has treated 240 people" and "is treating 40 a day" stay counts of this event's people
    simple = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return simple and anchor.dep_ == "dobj" and verb.lemma_.lower() in _SERVING_VERBS and rate_on(anchor) is not None


def of_home(prep: Token) -> bool:
    """"a woman, 58, of Dunmere": "of" and a place's name tell where one person is from."""
    return any(p.dep_ == "pobj" and (p.tag_ in ("NNP", "NNPS") or p.ent_type_ in ("GPE", "LOC"))
               for p in prep.children)


def member_of_force(tok: Token) -> bool:
    """"a member of the border police", "a member of the security forces": one of the forces' people."""
    return tok.lemma_.lower() == "member" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and (p.lemma_.lower() in lex.FORCES_NOUNS or p.lemma_.lower() in lex.PEOPLE)
            for p in c.children) for c in tok.children)


def found_innocent(verb: Token) -> bool:
    """"a man the jury found not guilty": a verdict that clears is no custody."""
    return verb.lemma_.lower() == "find" and any(
        g.dep_ in ("oprd", "acomp") and (g.lower_ == "innocent" or (g.lower_ == "guilty" and (
            negated(g) or negated(verb)))) for g in verb.children)


#: Nouns and adverbs that take a reported figure back (data/figure_words.tsv, list "retracting").
_RETRACTING = lexicons.words("figure_words", list="retracting")


def withdrawn(doc: Doc, start: int) -> bool:
    """"An earlier version of this article said that 40 contractors had been detained", "the agency wrongly
    reported 30 deaths": the figure starting at character ``start`` is one a correction takes back."""
    first = next((t for t in doc if t.idx >= start), None)
    for verb in () if first is None else (first, *first.ancestors):
        if verb.pos_ in ("VERB", "AUX") and any(
                c.lemma_.lower() in _RETRACTING and (c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "advmod")
                for c in verb.children):
            return True
    return False


#: Modals that make "nobody should die" a wish, a rule or a guess, not a count of nobody ("will" and "can" still
#: report: "no one will be charged", "nobody can be found").
_OUGHT_MODALS = frozenset({"should", "must", "ought", "would", "could", "shall", "may", "might"})


def ought(anchor: Token) -> bool:
    """"No one should die waiting for an ambulance": the verb the zero hangs on is under a modal of duty or guess."""
    verb = anchor.head
    return any(c.dep_ == "aux" and c.lower_ in _OUGHT_MODALS for c in verb.children)


def own_wounds(noun: Token | None) -> bool:
    """"A driver suffered multiple injuries": the wounds of the verb's subject, not a count of people hurt
    (a vague word on an injury noun; seen once in an audit of real snippets, events-dev tune part A)."""
    return noun is not None and noun.lemma_.lower() in lex.INJURY_NOUNS and noun.dep_ == "dobj" and any(
        c.dep_ == "nsubj" for c in noun.head.children)

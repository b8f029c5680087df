"""People the sentence shows to be people where the tagger does not (used by quotes_register).

News introduces many people in a fixed frame, and the frame says it is a person whatever the tagger
made of an unfamiliar name (often a place or a body, or nothing for the surname):

- a name in apposition after a family tie ("His son, Tidiane, says");
- a name in apposition after a one-person office ("Its spokeswoman, Ilinca Vaduva, told ...",
  "The mayor of Urs, Doina Lupescu, said") or a plain noun of one person's sex ("A woman, Nour, said");
- a name followed by an age between commas ("Marta, 34, arrived on foot"): the way news brings in
  a witness who gives a first name only;
- a name given as one ("a teacher who gave only her first name, Dalia", "gave his name as Ivo", "the
  group's leader, known only as Sael"): a witness or fighter who withholds the rest;
- a full name that a "who" clause describes ("Kirsa Vellhaven, who runs the shelters, says"): "who"
  stands for a person, where the tagger may tag nothing (a live blog's time line just above the
  name was enough to lose it);
- the name a lead opens on right after a wire dateline ("OSTREVIK (Harbour Wire) - Ivo Lind said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import doc_ents
from groundwatch.stages.extract.quotes_described import described_name
from groundwatch.stages.extract.quotes_names import GIVEN_NAMES, hyphen_joined

#: Family ties that describe one person ("his son, Tidiane,").
_KIN_NOUNS = lexicons.words("roles", kind="kin")
#: Head nouns of a one-person office ("spokeswoman", "mayor").
_TITLE_NOUNS = lexicons.words("roles", kind="title")
#: Plain nouns of one person of a known sex ("a woman in her thirties, Nour,").
_SEXED_NOUNS = lexicons.words("roles", kind="sexed")
#: Words of address ("Mr", "Dr"): never a name's own words.
_HONORIFICS = lexicons.words("honorifics")
#: The oldest age written after a name. Not tuned: a human age; a larger number after "Name," is a
#: year or a count ("Brevonia, 2023,").
MAX_AGE = 110
#: The most words a name in these frames has ("Ana Maria Cosma"); a longer run of capitals is a body.
MAX_NAME_WORDS = 3
#: Entity labels a run of capitals can carry and still be a misread name. The tagger also calls an
#: unfamiliar two-word name a work of art or a product ("Another survivor, <Given Surname>, 23,": blind
#: batch cy); the frames themselves say it is a person.
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT"})


def _word(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def _name_run(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``..``end`` (exclusive) are 1-3 capitalised proper nouns, none a title or
    honorific, none tagged a date, number, facility or location."""
    # a hyphen inside one written surname ("Pelletier-Marchbank") is no word of its own
    words = [t for t in doc[start:end] if not (t.i > start and hyphen_joined(doc, t.i))]
    return (0 < len(words) <= MAX_NAME_WORDS
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and _word(t) not in _TITLE_NOUNS
                    and _word(t) not in _HONORIFICS and t.ent_type_ in _NAME_LABELS for t in words))


def kin_name(tok: Token) -> Span | None:
    """The name written in apposition after a family tie ("His son, Tidiane, says"), as a PERSON
    span: a relative is a person whatever the tagger made of a given name alone (often a place)."""
    doc = tok.doc
    if tok.lemma_.lower() not in _KIN_NOUNS or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    for child in tok.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or not child.text[:1].isupper():
            continue
        start = child.left_edge.i
        if start != tok.i + 2 or not all(t.pos_ == "PROPN" for t in doc[start : child.i + 1]):
            return None
        return Span(doc, start, child.i + 1, label="PERSON")
    return None


def office_name(tok: Token) -> Span | None:
    """The full name in apposition after a lower-case one-person office, right after the office's own
    words and a comma ("Its spokeswoman, Ilinca Vaduva,", "the mayor of Urs, Doina Lupescu,"): two or
    three capitalised words, as a PERSON span. One word alone may be a place ("the mayor of the
    county, Tessel"), so it is left to the tagger; after a plain noun of one person of a known sex ("A
    woman in her thirties, Nour, who ...") one word is a given name (blind batch cy)."""
    doc = tok.doc
    sexed = tok.lemma_.lower() in _SEXED_NOUNS
    if not tok.text.islower() or tok.pos_ != "NOUN" or (tok.lemma_.lower() not in _TITLE_NOUNS and not sexed):
        return None
    # "the governor of Brask, Piet Olander,": the parser may hang the name on the office's place
    of_places = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    for child in [*tok.children, *(c for place in of_places for c in place.children)]:
        start = child.left_edge.i
        if (child.dep_ != "appos" or child.pos_ != "PROPN" or start < tok.i + 2 or doc[start - 1].text != ","
                or child.i + 1 - start < (1 if sexed else 2) or not _name_run(doc, start, child.i + 1)):
            continue
        if all(tok in t.ancestors for t in doc[tok.i + 1 : start - 1]):  # only the office's own words between
            return Span(doc, start, child.i + 1, label="PERSON")
    return None


def aged_name(tok: Token) -> Span | None:
    """The name that ends at ``tok`` when an age follows it between commas ("Marta, 34, arrived",
    "Petru Vlasie, 71, said"), as a PERSON span."""
    doc = tok.doc
    i = tok.i
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 3].text != ",":
        return None
    age = doc[i + 2].text
    if not (age.isdigit() and 0 < int(age) <= MAX_AGE):
        return None
    start = i
    while start > 0:
        step = 2 if start > 1 and hyphen_joined(doc, start - 1) else 1  # "Pelletier-Marchbank, 64,"
        if not _name_run(doc, start - step, i + 1):
            break
        start -= step
    return Span(doc, start, i + 1, label="PERSON") if _name_run(doc, start, i + 1) else None


#: Words that may stand between "known" and "as" when a name stands for a withheld one ("known only as").
_WITHHELD = frozenset({"only", "simply", "just"})
#: Possessives that give the sex of the one whose name is given ("gave her first name").
_POSSESSIVE_SEX = {"her": "f", "his": "m"}


def given_name(tok: Token) -> Span | None:
    """The name given as one at ``tok``, as a PERSON span: the apposition of the noun "name" ("who
    gave only her first name, Dalia,") or the words after its "as" ("gave his name as Ivo", "gave
    her name only as Solveig", "known only as Sael"). One to three capitalised words ending the
    phrase (a comma, a stop, a bracket, the line's end or a verb after them); "known as" alone names places
    and eras too, so it needs "only"."""
    doc = tok.doc
    start = None
    if tok.lemma_.lower() == "name" and tok.pos_ == "NOUN" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":
        start = tok.i + 2
    elif tok.lower_ == "as" and tok.i >= 2 and (
            doc[tok.i - 1].lemma_.lower() == "name"  # "gave his name as Ivo"
            or (doc[tok.i - 1].lower_ in _WITHHELD and (  # "gave her name only as Solveig", "known only as"
                doc[tok.i - 2].lemma_.lower() == "name" or doc[tok.i - 2].lower_ == "known"))):
        start = tok.i + 1
    if start is None:
        return None
    end = start
    while end < len(doc) and end - start < MAX_NAME_WORDS and _name_run(doc, start, end + 1):
        end += 1
    # the clause's own verb may follow the name at once ("a man who gave his name only as Ivo said":
    # blind batch cy)
    if end == start or (end < len(doc) and doc[end].text not in (",", ".", ";", ")") and not doc[end].is_space
                        and not (doc[end].pos_ in ("VERB", "AUX") and doc[end].text.islower())):
        return None
    return Span(doc, start, end, label="PERSON")


#: Entity labels that keep a run before ", who" a body or a place ("the Harbour Aid League, who ...");
#: any other label on it (WORK_OF_ART, PRODUCT, ...) is the tagger misreading a name.
_NOT_WHO_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _who_word(tok: Token) -> bool:
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and _word(tok) not in _TITLE_NOUNS
            and _word(tok) not in _HONORIFICS and tok.ent_type_ not in _NOT_WHO_LABELS)


def who_name(tok: Token) -> Span | None:
    """The full name (two or three capitalised words) that the relative "who" at ``tok`` describes,
    written just before ", who", as a PERSON span. One word alone is left out: a body or a place can
    stand there ("Velm, who hosts ...", in careless copy), and a surname alone needs its full name
    elsewhere anyway."""
    doc = tok.doc
    if tok.lower_ != "who" or tok.i < 3 or doc[tok.i - 1].text != "," or tok.head.dep_ != "relcl":
        return None
    head = tok.head.head
    if head.i != tok.i - 2 or not _who_word(head):
        return None
    start = head.i  # by words, not the parse: after a time line the parser may cut the given name off
    while (start > 0 and head.i + 1 - start < MAX_NAME_WORDS and "\n" not in doc[start - 1].whitespace_
           and _who_word(doc[start - 1])):
        start -= 1
    if head.i + 1 - start < 2:
        return None
    return Span(doc, start, head.i + 1, label="PERSON")


def given_sex(span: Span) -> str | None:
    """"m"/"f" from the possessive of the name a frame gives ("gave her first name, Dalia"), if any."""
    doc = span.doc
    for tok in reversed(doc[max(0, span.start - 6) : span.start]):
        if tok.lemma_.lower() == "name":
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            return _POSSESSIVE_SEX.get(owner.lower_) if owner is not None else None
    return None


def title_alone(ent: Span) -> bool:
    """A tagged name that is one title word and its stop ("said Sgt. Anton Lie", which the tagger and
    the sentence splitter cut into "Sgt" and "Anton Lie"): a rank, no person of its own."""
    words = [t for t in ent if t.text != "."]
    if len(words) != 1 or _word(words[0]) not in _TITLE_NOUNS:
        return False
    doc = ent.doc
    return ent[-1].text == "." or (ent.end < len(doc) and doc[ent.end].text == ".")


#: The dashes that end a wire dateline ("OSTREVIK (Harbour Wire) - ").
_DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014"})


def dateline_led_name(tok: Token, tagged_surnames: frozenset[str]) -> Span | None:
    """The subject's name that a lead opens on right after a wire dateline ("OSTREVIK (Harbour Wire) - Ivo Lind
    said ..."), which the tagger often leaves untagged there: two or three capitalised proper nouns from ``tok``,
    the subject of their clause, with a listed given name first or a surname the article tags a person
    elsewhere ("Lind said"); a council or a city stays a body (invented probes, session 35)."""
    doc = tok.doc
    i = tok.i
    if i < 2 or doc[i - 1].text not in _DATELINE_DASHES or not (doc[i - 2].text == ")" or doc[i - 2].text.isupper()):
        return None
    end = i
    while (end < len(doc) and end - i < MAX_NAME_WORDS and doc[end].pos_ == "PROPN" and doc[end].is_alpha
           and doc[end].text[:1].isupper() and doc[end].lower_ not in _HONORIFICS):
        end += 1
    if end - i < 2 or any(t.lower_ in _TITLE_NOUNS for t in doc[i:end]):
        return None
    span = Span(doc, i, end, label="PERSON")
    if span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.i != end - 1:
        return None
    return span if doc[i].lower_ in GIVEN_NAMES or doc[end - 1].text in tagged_surnames else None


def framed_people(doc: Doc, known: list[Span]) -> dict[int, Span]:
    """The people named in one of the frames above, by first token: a relative's name stands for a
    ``known`` person span that starts at the same token; an office's or an aged name only where no
    ``known`` span (the tagger's, already mended) overlaps it."""
    found: dict[int, Span] = {}
    tagged = frozenset(e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON")
    for tok in doc:
        span = kin_name(tok) or given_name(tok)
        if span is None:
            span = (office_name(tok) or aged_name(tok) or who_name(tok) or described_name(tok)
                    or dateline_led_name(tok, tagged))
            # a one-word name after a noun of its sex is a framed person even where the tagger agrees
            # (its frame makes the one word a subject; see quotes_register)
            same = span is not None and tok.lemma_.lower() in _SEXED_NOUNS and any(
                (k.start, k.end) == (span.start, span.end) for k in known)
            if span is not None and not same and any(k.start < span.end and span.start < k.end for k in known):
                continue
        if span is not None and not any(s.start < span.end and span.start < s.end for s in found.values()):
            found[span.start] = span
    return found

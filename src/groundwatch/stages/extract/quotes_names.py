"""Where a person's name begins and ends: spaCy's PERSON boundaries, mended.

The tagger's name spans slip in ways that cost a quote its speaker:

- it runs a name into the verb after it, in title-case headlines and before an unfamiliar verb
  ("Ada Roe Is Right About the Dam", "Roe wrote in her memoir", "Roe accused Lind of ..."):
  the name ends before the verb (a word tagged VERB or AUX after the name's first word);
- it stops a name at a nickname in quotation marks (``Ada "Dee" Roe`` tagged "Ada"): the name
  runs on over the nickname to the surname after it;
- a generational suffix ("Ivo Marsh Jr.") is part of the name but never the surname;
- it leaves out a given name that is also an English function word ("said Per Lindqvist" tagged
  "Lindqvist"): a capitalised function word inside a sentence, right before the name, is its
  given name; and it cuts a particle glued to a surname ("al-Haddad" tagged whole, then
  trimmed to "Haddad" with the lower-case words that open "the rescuer Ivo Marsh").
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import doc_text, mended_ents, sent_of, token_starts

#: Generational suffixes ("Jr", "III"): written after a surname, never one themselves.
SUFFIXES = lexicons.words("name_suffixes")
#: Token texts spaCy gives a double quotation mark.
_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``", "\u2018", "\u2019",  # British: Ada \u2018Dee\u2019 Roe
                    "\u201e", "\u00ab", "\u00bb"})  # translated copy: Ada \u201eDee\u201c Roe, Ada \u00abDee\u00bb Roe
#: The longest nickname, in words, between the marks ('"Big Jim"').
NICKNAME_WORDS = 2  # set on invented names; a longer quoted run after a name is speech, not a nickname
#: Head nouns of one-person offices ("Fisheries Minister Per Hauge": a title may precede the name).
_TITLES = lexicons.words("roles", kind="title")
#: Words that name a person by a tie to another ("Hale Ally Jon Reed"): before a name, as a title is, but no office.
_RELATIONS = lexicons.words("roles", kind="relation")
#: Words of address written before a name ("Dr", "Mme"): never part of the name itself.
_HONORIFICS = lexicons.words("honorifics")
#: Prepositions that join an office to what it is over ("Minister of Defence", "Envoy for Water",
#: "Adviser to the Governor"); any other preposition after a name starts an occasion or a place.
_OFFICE_PREPS = frozenset({"of", "for", "to"})
#: Listed given names ("Dean", "Lana"): a word of a title run that is one, and no title, makes the run a name.
GIVEN_NAMES = frozenset(lexicons.load("given_names"))


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _nickname_end(doc: Doc, end: int) -> int:
    """The end of ``"Nick" Surname`` starting at token ``end`` (``end`` itself when absent)."""
    if end >= len(doc) or doc[end].text not in _MARKS:
        return end
    j = end + 1
    while j < len(doc) and j - end - 1 < NICKNAME_WORDS and _capitalised(doc[j]):
        j += 1
    if j == end + 1 or j >= len(doc) or doc[j].text not in _MARKS:
        return end
    k = j + 1
    # The surname right after the nickname may be a common word the tagger reads as one ('Ada "Dee" Mason').
    while k < len(doc) and ((doc[k].pos_ in (("PROPN", "NOUN") if k == j + 1 else ("PROPN",))
                             and doc[k].text[:1].isupper()) or (k > j + 1 and hyphen_joined(doc, k))):
        k += 1
    return k if k > j + 1 else end


def hyphen_joined(doc: Doc, k: int) -> bool:
    """A hyphen inside one written word ("Ndiaye-Sarr"), with the capitalised part after it."""
    return (doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
            and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())


def glued_word(tok: Token) -> tuple[int, str]:
    """The offset and text of the hyphenated word that ends at ``tok`` ("Aspenes-Kvale" for "Kvale"),
    the token's own when no hyphen joins it to the word before."""
    doc, i = tok.doc, tok.i
    while i > 1 and hyphen_joined(doc, i - 1) and not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper():
        i -= 2
    return doc[i].idx, doc[i : tok.i + 1].text


def _name_part(tok: Token) -> bool:
    """A word the parse compounds into a name that the tagger left out: a capitalised proper noun
    or a lower-case particle ("da", "van"), never a title, honorific or a place's or body's name."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE"):
        return False
    word = tok.lower_.rstrip(".")
    if word in _TITLES or word in _HONORIFICS or word in _RELATIONS:
        return False
    return tok.text[:1].isupper() or (len(tok.text) <= 3 and tok.text.isalpha())


def _office_object(doc: Doc, i: int) -> bool:
    """Token ``i`` opens the object of an office written before a name with no comma ("the Minister
    of Water Oskar Brenner": "Water"), which the parser may make a compound of the name: a word
    after "of" / "for" that a title word stands just before, and no listed given name."""
    return (i >= 2 and doc[i - 1].lower_ in _OFFICE_PREPS and doc[i].lower_ not in GIVEN_NAMES
            and any(t.lower_.rstrip(".") in _TITLES for t in doc[max(0, i - 4) : i - 1]))


def _compound_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The whole name a PERSON span is part of, by the parse's compounds: "Maria da Graça" +
    "Fontes Pereira" tagged apart, or "Abdirahman" left out of "Mohamed Farah", are one name
    when each word is a compound of the next ("Maria da Graça Fontes Pereira" is one noun)."""
    while (start > 0 and _name_part(doc[start - 1]) and doc[start - 1].dep_ == "compound"
           and start <= doc[start - 1].head.i < end and not _office_object(doc, start - 1)):
        start -= 1
    while (end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end
           and _name_part(doc[end]) and doc[end].head.i >= end):
        end += 1
    while (start < end and not doc[start].text[:1].isupper() and not _glued_particle(doc, start)
           and not _surname_particle(doc, start, end)):
        start += 1
    if (end - start == 1 and end < len(doc) and doc[start].whitespace_ == " " and doc[end].is_sent_start
            and _name_part(doc[end]) and not doc[end].ent_type_):
        # "Chris" tagged alone and the surname made the next sentence's first word (a line after a
        # heading): one name (hand review of clean-dev tune, session 17; guard: stress batch aw).
        end += 1
    return start, end


#: Tags of English function words that are also given names ("Per", "Van", "Del", "Will").
_FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "ADV", "AUX", "X"})


def title_run(tokens: list[Token]) -> int:
    """How many leading tokens are a title written before a full name and kept in its span ("Union
    Boss", "Senior Constable", "Bishop" of "Bishop Ada Roe"): a run of capitalised words ending at a
    listed title, with capitalised words that are no title after it (0 when there is none). A title
    before one listed given name stays ("Prince Ivo": the given name alone may be another person's
    surname); a title word as the last word is a surname ("Marta Bishop"); a run holding a listed
    given name or a surname particle is a name ("Lana Del Roe"). A tie to another person after that person's
    name ("Hale Ally Jon Reed", as a Title Case headline is tagged) ends such a run too."""
    n = 0
    one_word = len(tokens) >= 2 and tokens[-1].lower_ not in GIVEN_NAMES  # "Bishop Roe": Roe
    for k, tok in enumerate(tokens[:-1] if one_word else tokens[:-2]):
        word = tok.lower_.rstrip(".")
        abbreviation = tok.text.endswith(".") and word in _TITLES  # "Del. Ada Roe": a title, not "Lana Del Roe"
        if (not tok.text[:1].isupper() or tok.is_punct or (word in SURNAME_PARTICLES and not abbreviation)
                or (word in GIVEN_NAMES and word not in _TITLES and not (word in _RELATIONS and k > 0))):
            break
        nxt = tokens[k + 1]
        if ((word in _TITLES or (word in _RELATIONS and k > 0)) and nxt.text[:1].isupper() and nxt.is_alpha
                and nxt.lower_.rstrip(".") not in _TITLES and nxt.lower_.rstrip(".") not in _HONORIFICS):
            n = k + 1
    return n


def _given_function_word(doc: Doc, start: int) -> bool:
    """True when the token before ``start`` is a capitalised function word standing for a given
    name: inside a sentence, after a lower-case word, punctuation or a title (a title-case headline, "Aid
    Arrives As Roe Visits", capitalises every word, and there the word is no name)."""
    if start < 1:
        return False
    tok = doc[start - 1]
    if not (tok.text[:1].isupper() and tok.text[1:].islower() and tok.pos_ in _FUNCTION_POS) or tok.is_sent_start:
        return False
    before = doc[start - 2] if start >= 2 else None
    return (before is None or not before.text[:1].isupper() or before.is_punct
            or before.lower_.rstrip(".") in _TITLES)


def _title_case(tokens: list[Token]) -> bool:
    """Whether a line capitalises every word of four letters or more (a title-case headline, "Mayor
    Of Lusk Says Dam Is Safe"), where a capitalised function word is no name."""
    long = [t for t in tokens if t.is_alpha and len(t.text) >= 4]
    return bool(long) and all(t.text[:1].isupper() for t in long)


def name_after_role(tok: Token) -> Span | None:
    """A name whose given name the parser reads as a function word hung on the role noun before
    it ("Actor Per Ostvik says", "Orsk mayor Per Gran criticised": "Per" a preposition, the surname
    its object): the capitalised function word and the capitalised proper nouns after it, in a line
    that is not title case (stress batch ar)."""
    doc = tok.doc
    i = tok.i + 1
    if i + 1 >= len(doc) or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    word = doc[i]
    if not (word.head.i == tok.i and word.pos_ in _FUNCTION_POS and word.text[:1].isupper()
            and word.text[1:].islower() and not word.is_sent_start):
        return None
    end = i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == i + 1 or _title_case([t for t in sent_of(tok) if not t.is_space]):
        return None
    return Span(doc, i, end, label="PERSON")


def _glued_particle(doc: Doc, i: int) -> bool:
    """A lower-case particle joined to the surname by a hyphen ("al-Haddad", "el-Tarek")."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


#: Lower-case particles that open a surname written without the given name ("said de Varga",
#: "van Loom told"): kept when the next word is the capitalised rest of the name. The common
#: Romance, Dutch, German and Arabic ones (stress batch u, 4 of its 17 speakers).
SURNAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "der",
                                "den", "ter", "ten", "la", "le", "bin", "ibn", "al", "el", "ben"})


def _surname_particle(doc: Doc, i: int, end: int) -> bool:
    """A lower-case particle at ``i`` of a name span ending at ``end``, right before the name's
    capitalised rest ("de Varga")."""
    return doc[i].text in SURNAME_PARTICLES and i + 1 < end and doc[i + 1].text[:1].isupper()


#: Entity labels of bodies and places, whose names may hold a verb ("Human Rights Watch").
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _person_after_comma(ent: Span) -> Span | None:
    """The name a body or place entity ran on into over a comma, where a title introduces it ("the
    mayor of Orsk, Lene Falk" tagged as one ORG when the town is little known; stress batch bm): the
    name alone, as a PERSON; None for anything else ("Lusk, North Kestria")."""
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma == ent.start:
        return None
    words = ent.doc[comma + 1 : ent.end]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    root = words.root
    if root.dep_ != "appos" or root.head.lemma_.lower() not in _TITLES or root.head.i >= ent.start:
        return None
    return Span(ent.doc, comma + 1, ent.end, label="PERSON")


def _person_after_office(ent: Span) -> Span | None:
    """The name a body entity holds after the object of an office it ran on from ("the Deputy Minister
    of Health Ingrid Halvorsen" tagged "Health Ingrid Halvorsen" as an ORG): from the first listed
    given name after the span's first word to its end, two or three capitalised words, as a PERSON."""
    doc = ent.doc
    if not _office_object(doc, ent.start):
        return None
    given = next((t.i for t in ent[1:] if t.lower_ in GIVEN_NAMES), None)
    if given is None or not 2 <= ent.end - given <= 3:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[given : ent.end]):
        return None
    return Span(doc, given, ent.end, label="PERSON")


def _person_after_honorific(ent: Span) -> Span | None:
    """The name a body entity holds after an honorific inside it ("Minister of Rural Housing Shri Keshan Dorvalkar"
    tagged "Rural Housing Shri Keshan Dorvalkar" as an ORG; "Mr", "Dr", "Smt." alike): an honorific opens a
    person's name, so the two or three capitalised words from it to the span's end are one, as a PERSON.
    Invented corpus_s (blind): a translated page's minister, so tagged, lost his "He said" to a town."""
    doc = ent.doc
    at = next((t.i for t in ent if t.lower_.rstrip(".") in _HONORIFICS), None)
    if at is None:
        return None
    given = at + 2 if at + 1 < ent.end and doc[at + 1].text == "." else at + 1  # "Smt ." split off its dot
    if not 2 <= ent.end - given <= 3:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[given : ent.end]):
        return None
    return Span(doc, given, ent.end, label="PERSON")


#: The most words of a particled name ("Isabela de Albuquerque Sousa", "Pieter van der Hoeven"): a given
#: name, two particles and two surnames. Not tuned: the longest such name that is not a sentence.
PARTICLED_NAME_WORDS = 5


def _particled_person(ent: Span) -> Span | None:
    """A body-tagged span that is a particled name ("Isabela de Albuquerque Sousa" tagged ORG; blind batch
    qd): it opens with a listed given name and holds a lower-case surname particle, every other word a
    capitalised proper noun. A body's name with a particle opens with its own noun ("Instituto de ...")."""
    words = list(ent)
    if not 3 <= len(words) <= PARTICLED_NAME_WORDS or words[0].lower_ not in GIVEN_NAMES:
        return None
    if not any(t.text in SURNAME_PARTICLES for t in words[1:-1]):
        return None
    if not all(t.text in SURNAME_PARTICLES or (t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha)
               for t in words):
        return None
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _person_after_dateline(ent: Span) -> Span | None:
    """The name an entity ran on into across a dateline's dash ("OLDBROOK, Tessmoor — Ada Roe
    conceded ..." tagged "Tessmoor — Ada Roe" as one ORG or PERSON; blind batch pc): the two or three
    capitalised words after the dash, as a PERSON; the dateline's own place is never a speaker."""
    doc = ent.doc
    text = doc_text(doc)
    line = text.rfind("\n", 0, ent.start_char) + 1
    m = DATELINE.match(text, line)
    if m is None or not ent.start_char < m.end() <= ent.end_char:
        return None
    start = next((t.i for t in ent if t.idx >= m.end()), None)
    if start is None or not 2 <= ent.end - start <= 3:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start : ent.end]):
        return None
    return Span(doc, start, ent.end, label="PERSON")


def person_span(ent: Span) -> Span:
    """``ent`` without leading lower-case words, cut before a verb run into it (a name tagged PERSON,
    or mistagged LAW as "Roe wrote" can be), and a PERSON run on over a nickname. Bodies and places
    are kept as tagged, unless one ran on into a titled person's name (``_person_after_comma``)."""
    ent = _person_after_dateline(ent) or ent
    if ent.label_ in _BODY_LABELS:
        return (_person_after_comma(ent) or _person_after_office(ent) or _person_after_honorific(ent)
                or _particled_person(ent) or ent)
    doc = ent.doc
    start, end = ent.start, ent.end
    while (start < end - 1 and ent.label_ == "PERSON" and doc[start].text[:1].islower()
           and not _glued_particle(doc, start) and not _surname_particle(doc, start, end)):
        start += 1  # "the rescuer Ivo Marsh" tagged whole: the name starts at its first capital
    if ent.label_ == "PERSON" and start == ent.start and _given_function_word(doc, start):
        start -= 1
    if ent.label_ == "PERSON":
        start += title_run(list(doc[start:end]))  # "Bishop Ada Roe" tagged whole: the name follows the title
    while (ent.label_ == "PERSON" and start >= 2 and hyphen_joined(doc, start - 1) and not doc[start - 2].whitespace_
           and doc[start - 2].text[:1].isupper() and doc[start - 2].lower_ not in _TITLES):
        start -= 2  # "Ruthven-Ashe" tagged "Ashe": a double-barrelled surname is one (quotes_blind4)
    for tok in doc[start + 1 : end]:
        if (tok.pos_ in ("VERB", "AUX") and not name_taken_for_verb(tok)) or (
                tok.is_punct and tok.text in (",", ";", "(")):
            end = tok.i
            break
        if tok.text in ("-", "\u2013", "\u2014") and tok.whitespace_:  # "Ada Roe - herself a ..."
            end = tok.i
            break
    mark = next((t.i for t in doc[start + 1 : end] if t.text in _MARKS), None)
    if mark is not None and ent.label_ == "PERSON":  # 'Ada "Dee' tagged with the nickname's opening
        end = mark
    if end in (ent.end, mark) and ent.label_ == "PERSON":
        end = _nickname_end(doc, end)
    if ent.label_ == "PERSON" and end == ent.end:
        if end >= 2 and hyphen_joined(doc, end - 1):
            end += 1  # "Ada Kowalczyk-" tagged, the surname's next part left out (surname probe, session 33)
        while end + 1 < len(doc) and hyphen_joined(doc, end) and doc[end + 1].pos_ == "PROPN":
            end += 2  # ... or all of it: a surname of three parts
        start, end = _compound_name(doc, start, end)
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def name_taken_for_verb(tok: Token) -> bool:
    """A capitalised word the tagger called a verb but the lemmatizer knows no verb for ("quoted Tomas
    Reyl as saying": "Reyl" a past tense, its lemma itself): a name, not "Roe wrote" run into one. A real
    verb, capitalised in a headline ("Ada Roe Says"), has a lower-case lemma (invented probes, session 35)."""
    return tok.pos_ == "VERB" and tok.text[:1].isupper() and tok.lemma_ == tok.text and tok.text.isalpha()


def entity_at(tok: Token) -> Span | None:
    """The entity holding ``tok``, with a person's name mended (None when the mending cut ``tok`` off)."""
    for mended in mended_ents(tok.doc, person_span):
        if mended.start <= tok.i < mended.end:
            return mended
    return None


def namesakes(names: list[str]) -> bool:
    """Two or more names told apart only by a generational suffix ("Ivo Lind Jr." and "Ivo Lind Sr"): a
    father and son who share one name."""
    bare = {tuple(w.lower() for w in n.split() if w.lower().rstrip(".") not in SUFFIXES) for n in names}
    return len(set(names)) > 1 and len(bare) == 1


def surname(name: str) -> str:
    """The surname of a name as written, lower case: its last word that is not a suffix."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in SUFFIXES]
    return (words or name.split() or [""])[-1].lower()


#: What stands just before a photographer's name in a photo, image or video credit ("Credit:",
#: "Photo: ", "(Photograph/", "Picture by ", "© "), on the name's own line.
_CREDIT = re.compile(r"(?:\b(?:photo(?:graph)?s?|pictures?|images?|video|credits?)\s*(?:by\b|[:/|])|©)\s*$",
                     re.IGNORECASE)


def credited_name(ent: Span) -> bool:
    """A name in a photo or image credit ("Credit: Jonas Arvik"): a photographer, never the one a
    later "he said" refers to (stress batch ag)."""
    text = doc_text(ent.doc)
    line = text.rfind("\n", 0, ent.start_char) + 1
    return _CREDIT.search(text[max(line, ent.start_char - 30) : ent.start_char]) is not None


#: What opens a byline before a reporter's name ("By ", "Written by ", "Reporting by ...; editing by ").
_BYLINE = re.compile(
    r"(?:[\w ]*\bby\s[^;|]+[;|]\s*)?"  # an earlier credit on the line ("Reporting by X; ")
    r"(?:(?:additional\s+)?(?:written|words|reporting|story|report|text|editing|edited)\s+)?by",
    re.IGNORECASE)
#: The first lines of a story, where a line holding only a name is its byline.
BYLINE_LINES = 4  # headline, byline, date, dateline: set on invented stories (stress batch ai)


def byline_name(ent: Span, paragraph: int) -> bool:
    """A reporter's name in a byline ("By Karin Dahl", "Aron Vik, Staff Reporter", "Tor Brekke |
    Velmo Press" on a line of its own near the top): never a speaker (stress batch ai)."""
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    before, after = text[start : ent.start_char].strip(), text[ent.end_char : end if end >= 0 else len(text)].strip()
    if _BYLINE.fullmatch(before):
        return True
    return paragraph < BYLINE_LINES and not before and (not after or after[0] in ",|;") and len(after.split()) <= 5


#: A dateline opening a story's first line: a place in capitals, a region, an agency, a dash.
DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:, [A-Z][\w .'-]*)?(?: \([^)\n]*\))? (?:\u2014|\u2013|--?) ")


def in_dateline(doc: Doc, offset: int) -> bool:
    """True when ``offset`` lies in a dateline opening its line ("TRELLIS FALLS, Wexley — ..."): a
    place the tagger may call a person and the parser a subject of the lead's verb, never a speaker
    (blind batch pb)."""
    text = doc_text(doc)
    line = text.rfind("\n", 0, offset) + 1
    m = DATELINE.match(text, line)
    return m is not None and offset < m.end() - 2


def dateline_name(ent: Span) -> bool:
    """A "person" that is a dateline's place (see :func:`in_dateline`)."""
    return in_dateline(ent.doc, ent.start_char)


#: Words of a parenthesis that only restate who a person is ("(real name X)", "(born X)").
_ALIAS_WORDS = frozenset({"born", "nee", "née"})


def parenthetical_clause(doc: Doc, offset: int) -> bool:
    """True when ``offset`` lies inside a parenthesis on its line that is a clause or phrase of its
    own ("(whose manager, X, runs the label)", "(left, with her sister X)", "(pictured with X)"): a
    person named there is an aside, never the one a later "he says" refers to (stress batch am).
    A parenthesis that only names or renames ("(Dr X)", "(real name X)") is no aside."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    opening = text.rfind("(", line_start, offset)
    if opening < 0 or text.rfind(")", opening, offset) >= 0:
        return False
    closing = text.find(")", offset, line_end)
    if closing < 0:
        return False
    starts = token_starts(doc)
    inside = doc[bisect.bisect_right(starts, opening):bisect.bisect_left(starts, closing)]
    return any((t.pos_ in ("VERB", "AUX", "ADP") or t.tag_ in ("WP", "WP$")) and t.lower_ not in _ALIAS_WORDS
               for t in inside)


#: Lower-case words a whole role phrase may hold between its title and the name after it ("the
#: Governor of Velm Province Ada Roe", "the head of the regional water board Ada Roe").
_ROLE_LINKS = frozenset({"of", "for", "to", "the", "and", "on"})


def _role_word(tok: Token) -> bool:
    if tok.is_punct or tok.pos_ in ("VERB", "AUX") or "\n" in tok.whitespace_:
        return False
    return tok.text[:1].isupper() or tok.lower_ in _ROLE_LINKS or tok.pos_ in ("NOUN", "ADJ")


def _occasion_start(tok: Token) -> int | None:
    """Where a phrase of occasion, place or time hanging on the subject ``tok`` begins ("the minister Ivo
    Marsh at a briefing in Velm", "said the minister Marsh on the press conference in Velm", as translated
    text writes it; "said Director of Communications Ada Roe on Monday", the date hung on the title):
    the role phrase ends before it, and a capitalised place after it is no name."""
    if tok.pos_ != "PROPN":
        return None
    for child in tok.rights:
        if child.dep_ != "prep" or child.lower_ in _OFFICE_PREPS:
            continue
        words = list(child.subtree)
        if any(t.lower_.rstrip(".") in _TITLES for t in words):
            continue  # "the Committee on Foreign Affairs chairman Ivo Marsh": the role goes on
        if any((t.pos_ == "NOUN" and t.text[:1].islower()) or t.ent_type_ in ("DATE", "TIME") for t in words):
            return child.left_edge.i
    return None


def role_phrase(tok: Token) -> list[Token]:
    """The whole run of role and name words around a subject ``tok`` ("The Secretary of State for
    Transport Ada Roe", however the parser split it): its subtree, run on left and right over
    capitalised words, linking words ("of", "for", "the") and lower-case nouns, never over a verb
    or punctuation, and never into a phrase of occasion after a name (:func:`_occasion_start`)."""
    doc = tok.doc
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    occasion = _occasion_start(tok)
    if occasion is not None:
        end = occasion
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[start:end] if t.i != tok.i):
        start, end = tok.i, tok.i + 1
    while start > 0 and _role_word(doc[start - 1]):
        start -= 1
    while end < len(doc) and _role_word(doc[end]) and doc[end].text[:1].isupper():
        end += 1
    return list(doc[start:end])


def role_name_start(words: list[Token]) -> int | None:
    """Where the person's name starts in a whole role phrase written before it, with no comma ("the
    President of Velm Ivo Marsh", "Minister for Coastal Affairs Ada Roe", "the head of the district
    administration Ada Roe"; stress batch ao); None when the phrase names nobody after its role. The
    name is the capitalised run after the phrase's last lower-case word; after a linking word ("of",
    "for", "the") that run begins with the office's object ("Velm", "Coastal Affairs"), and the name
    starts at the first listed given name after its first word, else it is the run's last two words.
    The name must hold a listed given name or a word the tagger calls a person, or be the subject itself. The
    title may be the last lower-case word itself, after a body's name ("Friends of the Harbour executive
    director Ada Roe": issue 10 audit of real tune text)."""
    while words and (words[-1].is_punct or words[-1].tag_ == "POS"):
        words = words[:-1]
    last = max((k for k, t in enumerate(words) if not t.text[:1].isupper()), default=None)
    if last is None or not any(t.lower_.rstrip(".") in _TITLES for t in words[: last + 1]):
        return None
    run = words[last + 1 :]
    if not run or any(not t.is_alpha and t.text != "-" for t in run):
        return None
    start = 0
    while start < len(run) - 1 and run[start].lower_.rstrip(".") in _TITLES | _HONORIFICS:
        start += 1  # a rank or title after the role noun is not the name ("spokeswoman Major Ada Roe")
    if words[last].lower_ in _ROLE_LINKS:
        if len(run) < 2:
            return None
        given = [k for k, t in enumerate(run[:-1]) if k >= 1 and t.lower_ in GIVEN_NAMES and t.lower_ not in _TITLES]
        start = given[0] if given else max(1, len(run) - 2)
    name = run[start:]
    head = name[-1]  # the parser took the name, not the office, for the subject ("Minister of Defence Ivo Marsh said")
    named_head = head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "PROPN" and head.ent_type_ not in _BODY_LABELS
    if not named_head and not any(t.lower_ in GIVEN_NAMES or t.ent_type_ == "PERSON" for t in name):
        return None
    return last + 1 + start


#: Words that may stand between a name's comma and "known as" ("Ada Roe, better known as Zorvo").
_ALIAS_ADVERBS = frozenset({"also", "better", "widely", "popularly", "commonly", "locally"})


def known_as(doc: Doc, name_of: dict[int, str]) -> dict[str, str]:
    """Surname and alias -> full name with the alias, for each person written "Ada Roe, known as
    Zorvo" or "Ada Roe, nicknamed Zorvo": the one-word name the article then uses alone ("Zorvo
    said") is that person, written as 'Ada "Zorvo" Roe' (as nicknames written inside a name are)
    so that either name finds them (stress batch bf). ``name_of``: entity end -> full name."""
    found: dict[str, str] = {}
    for end, name in name_of.items():
        words = name.split()
        i = end + (end < len(doc) and doc[end].text == ",")
        i += i < len(doc) and doc[i].lower_ in _ALIAS_ADVERBS
        if i + 1 < len(doc) and doc[i].lower_ == "known" and doc[i + 1].lower_ == "as":
            i += 2
        elif i < len(doc) and doc[i].lower_ == "nicknamed":
            i += 1
        else:
            continue
        alias = doc[i] if i < len(doc) else None
        if len(words) < 2 or alias is None or alias.pos_ != "PROPN" or not alias.text[:1].isupper() or (
                i + 1 < len(doc) and (doc[i + 1].pos_ == "PROPN" or doc[i + 1].tag_ == "POS")):
            continue  # one capitalised word alone: "known as Velmo's judge" names no alias
        found[surname(name)] = found[alias.text.lower()] = " ".join([words[0], f'"{alias.text}"', *words[1:]])
    return found

"""A name that the words written after it between commas show to be a person's (used by
:func:`quotes_register_names.framed_people`).

News brings in a witness who gives a first name only by describing them right after the name, and
the tagger often makes such an unfamiliar one-word name a body or nothing (then "she said" went to
the official named before; blind corpus u). The description is the evidence, whatever the name:

- an age in one of its written forms: "Seda, aged 62,", "Bilal, 19 years old,", "Ines, age 40,",
  "Jonah, 30-year-old," (the bare "Marta, 34," is :func:`quotes_register_names.aged_name`);
- a relative "whose" followed by a family tie: "Amara, whose daughter was found at dawn, said"
  (a body has staff or members, a town a mayor; only a person has a son);
- an indefinite noun phrase that a "who" clause describes, or whose head is a family tie or a
  one-person office: "Melka, a widow who sells bread,", "Tomasz, a father of two,", "Ivo, a
  deputy mayor,". "who" stands for a person; "Velm, a town which ..." stays a place;
- a definite one whose head is a family tie or a one-person office: "Ivo Lind, the state's senior
  senator,", "Ana, his wife,".

The name must open its sentence or be its verb's subject ("In Varsk, Bilal, 19 years old,
digs"), so a list of places ("Tarn, Velm, 40, ...") is not read as people.

Measured (session 29, branch urest): corpus_u attribution 0.800 -> 1.000 (3 first-name witnesses and
the capitalised office); quotes-dev (0.9811 all, tune 0.9967, held-out 0.9642), crises-2023, karabakh-2023,
examples and corpora b..r unchanged; one noun phrase without "who" or a listed head ("Tomasz, a
fisherman of 30 years,") is still left to the tagger.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract.figures_lexicon import PEOPLE
from groundwatch.stages.extract.quotes_names import hyphen_joined

#: Family ties ("mother") and one-person offices ("mayor"): a noun phrase headed by one is a person.
_PERSON_NOUNS = lexicons.words("roles", kind="kin") | lexicons.words("roles", kind="title")
#: Group nouns whose singular is one person ("an official").
_ONE_PERSON_GROUP = lexicons.words("roles", kind="group") - lexicons.words("roles", kind="body")
#: Words that write an age before or after its number ("aged 62", "age 62", "62 years old").
_AGE_BEFORE = frozenset({"aged", "age"})
_AGE_AFTER = (("years", "old"), ("year", "old"))
#: The oldest age written after a name (a human age; as quotes_register_names.MAX_AGE).
MAX_AGE = 110
#: The most tokens of a description between the name's two commas. Not tuned: longer runs are
#: clauses of their own, and a missing closing comma must not make a whole sentence a description.
MAX_DESCRIPTION = 16
#: The most words a name in this frame has ("Ana Maria"); the tagger's own spans cover longer ones.
MAX_NAME_WORDS = 3
#: Entity labels a name here may carry (the tagger's misreadings: an unfamiliar three-word name may come out a
#: product); a date's or a number's never.
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def _name_word(tok: Token) -> bool:
    return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ in _NAME_LABELS
            and tok.lower_ not in _PERSON_NOUNS)


def _is_age(words: list[str]) -> bool:
    """``words`` (lower case, hyphens dropped) write one age: "aged 62", "62 years old"."""
    def number(w: str) -> bool:
        return w.isdigit() and 0 < int(w) <= MAX_AGE

    if len(words) == 2 and words[0] in _AGE_BEFORE:
        return number(words[1])
    return len(words) == 3 and number(words[0]) and tuple(words[1:]) in _AGE_AFTER


def _person_description(part: list[Token]) -> bool:
    """The tokens between the commas describe a person (see the module docstring)."""
    words = [t.lower_ for t in part if t.text != "-"]
    if _is_age(words):
        return True
    if words[0] == "whose":
        return any(w in _PERSON_NOUNS for w in words[1:3])
    if words[0] in _DEFINITE:
        # "Ivo Lind, the state's senior senator,", "Ana, his wife,": a definite office or family tie is one person
        # (invented probes, session 35: the tagger left such a name untagged after a wire dateline)
        head = next((t for t in part[1:] if t.pos_ == "NOUN" and t.text.islower() and t.dep_ != "poss"), None)
        return head is not None and head.lemma_.lower() in _PERSON_NOUNS and not any(
            t.lower_ in ("of", "for") and t.i < head.i for t in part)
    if words[0] not in ("a", "an"):
        return False
    head = next((t for t in part[1:] if t.pos_ == "NOUN" and t.text.islower()), None)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    # "a farmer", "a fisherman": a noun of a person's work or state, as the figures read them (invented probes of
    # session 36: an unfamiliar three-word name the tagger called a product, before "a farmer")
    return (lemma in _PERSON_NOUNS or lemma in _ONE_PERSON_GROUP or (lemma in PEOPLE and head.tag_ == "NN")
            or any(t.lower_ == "who" for t in part))


#: Determiners of a definite description of one person ("the mayor", "his wife").
_DEFINITE = frozenset({"the", "his", "her", "their", "its"})

#: Tags of a finite verb: the word after "Name, description," that makes the name its subject.
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _closing_comma(doc: Doc, after: int) -> int | None:
    """The comma that closes a description opening at token ``after``; None at a stop first."""
    end = next((t.i for t in doc[after : min(len(doc), after + MAX_DESCRIPTION)]
                if t.text in (",", ";", ".") or t.is_space), None)
    return end if end is not None and end > after and doc[end].text == "," else None


def framed_subject(span: Span) -> bool:
    """The name of a "Name, description, verb" frame is its sentence's subject: it opens the
    sentence, or a finite verb follows its description ("In Varsk, Bilal, 19 years old, digs"; the
    parse hangs such a name on the place before it)."""
    doc = span.doc
    if span.start == span.sent.start:
        return True
    end = _closing_comma(doc, span.end + 1) if span.end < len(doc) and doc[span.end].text == "," else None
    return end is not None and end + 1 < len(doc) and doc[end + 1].tag_ in _FINITE


def described_name(tok: Token) -> Span | None:
    """The name that ends at ``tok`` when a person's description follows it between commas, as a
    PERSON span (see the module docstring); else None."""
    doc: Doc = tok.doc
    if not _name_word(tok) or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    start = tok.i
    words = 1
    while start > 0 and words < MAX_NAME_WORDS:
        if start > 1 and hyphen_joined(doc, start - 1) and _name_word(doc[start - 2]):
            start -= 2  # "Owusu-Ansah": a hyphen inside one written surname is no word of its own
        elif _name_word(doc[start - 1]):
            start -= 1
            words += 1
        else:
            break
    sent = tok.sent
    # after a comma, or after a wire dateline's dash ("OSTREVIK (Harbour Wire) - Ivo Lind, the senator, ...")
    if not (start == sent.start or (doc[start - 1].text in (",", "-", "\u2013", "\u2014") and start - 1 > sent.start)):
        return None
    end = _closing_comma(doc, tok.i + 2)
    if end is None or not _person_description(list(doc[tok.i + 2 : end])):
        return None
    span = Span(doc, start, tok.i + 1, label="PERSON")
    return span if tok.dep_ in ("nsubj", "nsubjpass") or framed_subject(span) else None

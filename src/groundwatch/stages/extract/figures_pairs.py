"""Figures: a pair of people named without an article, "Man and woman found dead", counts two.

Headlines and terse wire ledes drop the articles: "Mother and son killed in air strike", "Husband and
wife drowned" (a pair named without an article was missed in events-dev's tune part, half B:
docs/figures_audit.md). ``figures_single`` counts "a soldier and a civilian" as two; this is the same
count with the articles left out. Only a pair that opens its sentence is read so: inside a sentence
a bare singular is a name, a title or a modifier ("Mother and child clinic", "Police and army units").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_kind import count_kind
from groundwatch.stages.extract.figures_syntax import predicate_kind

__all__ = ["bare_pairs"]

#: People nouns a bare pair is made of: people, and family ties ("Father and daughter").
_PAIR_NOUNS = lex.PEOPLE | lexicons.words("roles", kind="kin")
#: Children that make a noun no bare person: a possessive, a count, an article other than "a".
_TIED = ("poss", "nummod", "compound")
#: Marks that end a dateline before the first sentence, and how far into the sentence one may stand.
_DATELINE_MARKS = frozenset({"-", "—", "–", "_", ":"})
_DATELINE_MAX = 8


def _bare_person(tok: Token, articles: tuple[str, ...], start: int) -> bool:
    """A singular person's noun with no article but one of ``articles``, no possessive, count or modifier noun
    (a dateline's words before ``start``, which the parser may hang on it, are no modifiers)."""
    return tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in _PAIR_NOUNS and not any(
        c.i >= start and (c.dep_ in _TIED or (c.dep_ == "det" and c.lower_ not in articles)) for c in tok.children)


def _opening(sent: Span) -> Token | None:
    """The sentence's first word, or the first after a dateline ("HARL, Draskov - Man and woman ...")."""
    dash = next((t for t in sent[:_DATELINE_MAX] if t.text in _DATELINE_MARKS), None)
    if dash is not None and dash.i + 1 < sent.end and all(
            t.pos_ in ("PROPN", "PUNCT", "SPACE") for t in sent[:dash.i - sent.start]):
        return sent.doc[dash.i + 1]
    return sent[0]


def bare_pairs(doc: Doc) -> list[tuple[Token, Token, str]]:
    """(first person, second person, kind) for each sentence that opens with a bare pair of people:
    "Man and woman found dead" -> killed, "Brother and sister missing after ..." -> missing."""
    out: list[tuple[Token, Token, str]] = []
    for sent in doc.sents:
        tok = _opening(sent)
        if tok is None:
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "ROOT") or len(tok.conjuncts) != 1:
            continue
        other = tok.conjuncts[0]
        if not _bare_person(tok, (), tok.i) or not _bare_person(other, ("a", "an"), tok.i):
            continue
        kind = count_kind(tok, tok)
        if kind is None and tok.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "obj") for c in tok.head.children):
            kind = predicate_kind(tok.head)  # "Man and woman found dead": a headline's bare participle
        if kind in lex.SINGLE_PERSON_KINDS:
            out.append((tok, other, kind))
    return out

"""Who said it: a person named in apposition to a speech verb's subject.

"The head of the agency, Ada Roe, said": the subject is a role, the name beside it is the speaker.
The parser may hang the name on the role, on an "of" noun inside it, or on nothing (a name set off
by commas right before the verb), may leave it out of every entity, and a party-and-seat bracket may
follow it ("Rep. Ada Roe (D-Tessel), said"). ``appositive_name`` finds that person, if any.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from groundwatch.stages.extract.doc_cache import ents_within, sent_of
from groundwatch.stages.extract.quotes_names import entity_at, hyphen_joined, person_span, title_run
from groundwatch.stages.extract.quotes_register import BODY_NOUNS, PLACE_NOUNS, is_person_ent, is_title
from groundwatch.stages.extract.quotes_register_names import kin_name
from groundwatch.stages.extract.quotes_verbs import is_thing

__all__ = ["NAME_BRACKET_TOKENS", "appositive_name"]


def _untagged_name(tok: Token) -> Span | None:
    """A name in apposition that the tagger left out of every entity ("The coordinator for Velm,
    Adaeze Morrow-Keane, said"): two or three capitalised proper nouns set off by commas, a hyphen
    inside one surname no word of its own, no title or body word among them (blind batch pb)."""
    doc, start = tok.doc, tok.left_edge.i
    words = [t for t in doc[start : tok.i + 1] if not (t.i > start and hyphen_joined(doc, t.i))]
    if (start == 0 or tok.i + 1 >= len(doc) or doc[start - 1].text != "," or doc[tok.i + 1].text != ","
            or not 2 <= len(words) <= 3 or title_run(words) or any(
                t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.ent_type_
                or is_title(t.text) or t.lower_ in BODY_NOUNS or t.lower_ in PLACE_NOUNS for t in words)):
        return None
    return Span(doc, start, tok.i + 1, label="PERSON")


#: The most tokens a bracket right after a name may hold and still be its party and seat ("(D-Tessel)",
#: "(Liberal, North Velm)"): judged, not tuned; a longer bracket is an aside of its own.
NAME_BRACKET_TOKENS = 8


def _past_bracket(doc: Doc, i: int) -> int:
    """The index after a short bracket opening at ``i`` ("(D-Tessel)"), else ``i``."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((t.i for t in doc[i + 1 : i + 2 + NAME_BRACKET_TOKENS] if t.text == ")"), None)
    return close + 1 if close is not None and close + 1 < len(doc) else i


def appositive_name(tok: Token) -> Span | None:
    """A person named in apposition to ``tok``, or between it and its verb ("the head of the
    agency, Ada Roe said": the parser may hang the name on the nearest noun; "Roe's niece, state
    councillor Ada Lind (Tessel), shouted": a name after the subject's comma, behind role words)."""
    relative = kin_name(tok)
    if relative is not None:
        return relative
    # "the deputy governor of the region Olga Roe": the parser may hang the name on the "of" noun
    of_nouns = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"]
    for child in [c for t in (tok, *of_nouns) for c in t.children]:
        if child.dep_ == "appos":
            named = entity_at(child) or _untagged_name(child)
            if named is not None and is_person_ent(named):
                return named
    verb = tok.head
    doc = tok.doc
    if verb.i <= tok.i:
        return None
    # "The deal reached on Monday, the minister, Ada Roe, said ...": a thing cannot speak, so its
    # participle is no verb of another clause between it and the name (blind batch pc)
    thing = is_thing(tok)
    for ent in map(person_span, ents_within(sent_of(tok))):
        if not (tok.i < ent.start and ent.end <= verb.i and is_person_ent(ent)):
            continue
        if ent.end == verb.i and doc[ent.start - 1].text == ",":
            return ent
        comma = ent.start - 1
        while comma > tok.i + 1 and doc[comma].pos_ in ("NOUN", "PROPN", "ADJ") and (
                doc[comma].text[:1].islower() or is_title(doc[comma].text)):
            comma -= 1  # "..., state Treasurer Ada Roe, said": role words before the name
        after = _past_bracket(doc, ent.end)  # "Rep. Ada Roe (D-Tessel), said": the party and seat are hers
        if (doc[comma].text == "," and doc[after].text == "," and after + 1 == verb.i
                and not any((t.pos_ in ("VERB", "AUX") and not (t.dep_ == "acl" and thing)) or t.text in (";", ":")
                            for t in doc[tok.i + 1 : comma])):
            # "A lawyer for Ivo Marsh, Ada Roe, said", "His rival for the post, Ada Roe, wrote": the name
            # set off by commas right before the subject's verb, whatever noun the parser hung it on
            return ent[title_run(list(ent)) :] if title_run(list(ent)) < len(ent) else ent
        if (doc[tok.i + 1].text == "," and doc[ent.end].text in (",", "(")
                and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") for t in doc[tok.i + 2 : ent.start])):
            return ent
    return None

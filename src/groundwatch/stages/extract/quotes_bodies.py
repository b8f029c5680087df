"""Bodies as speakers: the noun phrase a speaker is written as, and the body an unnamed mention
refers to ("the ministry" after "the Sarvan health ministry", "a spokeswoman for X", "HAN" after
"the Harbour Aid Network (HAN)"). Split out of :mod:`quotes_speakers`, which resolves every kind
of subject and calls these for the bodies.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from groundwatch.stages.extract.doc_cache import doc_ents, doc_text, sent_of
from groundwatch.stages.extract.figures_words import of_pobj, people_like
from groundwatch.stages.extract.quotes_bodies_apposed import apposed_acting, apposed_name
from groundwatch.stages.extract.quotes_names import entity_at
from groundwatch.stages.extract.quotes_register import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    PLACE_NOUNS,
    Register,
    Speaker,
    body_name,
    clean_name,
    reg_inside,
    strip_name,
    text_of,
)

#: Lower-case words inside a body's name ("Friends of the Earth").
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "de", "du", "des", "la"})

def hyphen_parts(tok: Token) -> list[Token]:
    """The words glued to ``tok`` by hyphens before it, nearest last ("vice", "-" before
    "chancellor"): the parser may split "a vice-chancellor" into sibling subjects (stress batch bd)."""
    doc = tok.doc
    parts: list[Token] = []
    i = tok.i
    while (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
           and doc[i - 2].is_alpha and doc[i - 2].head.i == tok.head.i and doc[i - 2].dep_ == tok.dep_):
        parts[:0] = [doc[i - 2], doc[i - 1]]
        i -= 2
    return parts


def hyphen_head(tok: Token) -> Token:
    """The last word of a hyphenated compound the parser split into sibling subjects ("co" in
    "the co-founder of the group said": "founder")."""
    doc = tok.doc
    while (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
           and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_alpha
           and doc[tok.i + 2].head.i == tok.head.i and doc[tok.i + 2].dep_ == tok.dep_):
        tok = doc[tok.i + 2]
    return tok


def noun_phrase(tok: Token) -> list[Token]:
    """The noun phrase headed by ``tok``: its left modifiers and an "of" complement."""
    excluded: set[int] = set()
    parts = hyphen_parts(tok)
    for child in (c for t in (tok, *parts) for c in t.children):
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj"):
            excluded.update(t.i for t in child.subtree)
    toks = [t for head in (*parts, tok) for t in head.subtree if t.i <= tok.i and t.i not in excluded]
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            toks.extend(child.subtree)
            break
    toks.sort(key=lambda t: t.i)
    # A parse may run a headline into the next line; a speaker never crosses a line break.
    toks = [t for t in toks if "\n" not in doc_text(tok.doc)[min(t.idx, tok.idx) : max(t.idx, tok.idx)]]
    return strip_name(toks)

def with_postmodifier(tok: Token, words: list[Token]) -> list[Token]:
    """``words`` and the adjective phrase after an unnamed group noun that says who it is ("a source
    familiar with the talks", "sources close to the presidency"): the only description news gives
    such a speaker, which a reader matches against (stress batch bn)."""
    after = next((c for c in tok.rights if c.dep_ == "amod" and c.pos_ == "ADJ"
                  and any(p.dep_ == "prep" for p in c.children)), None)
    if after is None or any("\n" in t.text_with_ws for t in after.subtree):
        return words
    return sorted([*words, *after.subtree], key=lambda t: t.i)


#: The longest acronym read as one ("DoDRA", "UNICEF", "OCHA": 4 to 6 letters), as the rule had it
#: before mixed-case acronyms joined it (stress batch au).
ACRONYM_MAX = 6


def expand_acronym(reg: Register, ent: Span) -> str | None:
    """The full name of an organisation the article writes out for its acronym, or None: the one
    it defined the acronym for ("the Harbour Aid Network (HAN)"), else one whose initials spell it;
    a name written before the acronym first, else one written after it ("KRA said ... KRA, the
    Kestrian Relief Alliance, said": news may spell a body out only at its second mention)."""
    short = ent.text.strip().replace(".", "")
    # Mixed case needs capitals for most letters: "MoH", "DoDRA", never "McCann" or "LaToya".
    if not (2 <= len(short) <= ACRONYM_MAX and short.isalpha() and short[0].isupper()
            and sum(c.isupper() for c in short) * 2 > len(short)):
        return None
    text = doc_text(reg.doc)
    orgs = [e for e in doc_ents(reg.doc) if e.label_ == "ORG" and (e.start >= ent.end or e.end <= ent.start)]
    for later in (False, True):
        for e in orgs:
            if (e.start > ent.start) == later and re.match(rf"\s*\(\s*{short}\s*\)", text[e.end_char:]):
                return clean_name(e)
        for e in orgs:
            if (e.start > ent.start) == later and _spells(clean_name(e), short):
                return clean_name(e)
    return _defined_untagged(text, short)


#: Lower-case words a body's name may hold between its capitalised words ("Ministry of Health").
_NAME_JOINERS = frozenset({"of", "for", "and", "on", "the", "de", "du", "des", "la", "le"})


def _defined_untagged(text: str, short: str) -> str | None:
    """The name the article defines an acronym for when the tagger saw no body there ("PELNA,
    Brevonia — The Brevonian Red Shield (BRS) has ...", a dateline running into the name): the
    capitalised words right before "(BRS)" whose initials spell it (quotes round 17)."""
    for m in re.finditer(rf"\(\s*{re.escape(short)}\s*\)", text):
        words = text[: m.start()].split()[-(len(short) * 2 + 1):]
        for k in range(len(words) - 1, -1, -1):
            name = " ".join(words[k:])
            if words[k][:1].isupper() and words[k].lower() not in _NAME_JOINERS and all(
                    w[:1].isupper() or w in _NAME_JOINERS for w in words[k:]) and _spells(name, short):
                return name
    return None


def _spells(name: str, short: str) -> bool:
    words = name.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    # A mixed-case acronym keeps the initials of the small words ("MoH", "DoDRA": of).
    every = "".join(w[0] for w in words)
    return initials == short or (not short.isupper() and every.casefold() == short.casefold())

#: How many paragraphs back a body that acted as a main-clause subject is what a bare body noun
#: ("the agency said") refers to: one before stress batch bj, two since ("X opened camps ... '...,'
#: the council said ... the agency warned"; an acronym's body two paragraphs before the quote).
ACTING_BODY_PARAGRAPHS = 2


#: How many paragraphs under a headline its body may be named in full ("Port Authority says ..."
#: above "The Velmo Port Authority said ..."); the standfirst and the first paragraph (stress bn, bo).
HEADLINE_BODY_PARAGRAPHS = 2


def headline_body(reg: Register, tok: Token) -> str | None:
    """The fuller name a headline's short body name stands for (``tok`` is in it): the first body
    named under the headline whose name ends with the same words ("Red Crescent" -> "Kestrian Red
    Crescent"); None outside the headline or when no fuller name follows."""
    ent = entity_at(tok)
    if ent is None or reg.paragraph_of[ent.start] != 0:
        return None
    short = [t.lower_ for t in strip_name(list(ent))]
    for e in doc_ents(reg.doc):
        if e.start < ent.end or e.label_ != "ORG" or reg.paragraph_of[e.start] > HEADLINE_BODY_PARAGRAPHS:
            continue
        words = [t.lower_ for t in strip_name(list(e))]
        if short and len(words) > len(short) and words[-len(short) :] == short:
            return clean_name(e)
    return None


def named_body(reg: Register, tok: Token, words: list[Token]) -> Speaker | None:
    """The body named in full earlier that "the agency" / "the ministry" / "the programme" refers
    to: the latest organisation whose name holds every word of the mention, head noun included."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    for ent in reversed([e for e in doc_ents(reg.doc) if e.label_ == "ORG" and e.end <= tok.i]):
        name = body_name(ent)
        held = {w.lower() for w in name.split()}
        if (tok.lower_ in held or tok.lemma_.lower() in held) and all(
                t.lower_ in held for t in words if t.i != tok.i):
            return Speaker(name, None, text_of(words), "organisation", "coreference")
    fuller = _fuller_phrase(reg, tok, words)
    if fuller is not None:
        return Speaker(fuller, None, text_of(words), "organisation", "coreference")
    described = all(t.i == tok.i or t.dep_ == "det" or (t.pos_ == "ADJ" and t.text.islower()) for t in words)
    if described and (tok.lower_ in BODY_NOUNS or tok.lemma_.lower() in BODY_NOUNS):
        # "The Green Alliance said ... the party said", "the paramilitary force said": a body noun,
        # bare or with adjectives only, is the body that was a main-clause subject in this paragraph
        # or the one before, when the article named one; not when the noun named a body of its own
        # before that one acted ("fighting between the army and the RGF ... The army denied").
        para = reg.paragraph_of[tok.i]
        acting = [e for e in doc_ents(reg.doc) if e.label_ == "ORG" and e.end <= tok.i
                  and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.dep_ == "ROOT"
                  and para - reg.paragraph_of[e.start] <= ACTING_BODY_PARAGRAPHS and not reg_inside(reg, e.start_char)
                  and e.root.head not in list(tok.ancestors)  # "X circulated the ministry's statement"
                  and clean_name(e).lower() not in reg.surnames]  # a person's surname tagged ORG ("Holm-Riis")
        apposed = apposed_acting(reg, tok, ACTING_BODY_PARAGRAPHS)  # "The ferry's operator, Skarn Line, said"
        if apposed is not None and (not acting or acting[-1].start < apposed[0]):
            return Speaker(apposed[1], None, text_of(words), "organisation", "coreference")
        if acting:
            name = (expand_acronym(reg, acting[-1]) if len(acting[-1]) == 1 else None) or _fullest(acting[-1])
            if not _named_itself(reg, tok, name):
                return Speaker(name, None, text_of(words), "organisation", "coreference")
    return None


def _named_itself(reg: Register, tok: Token, name: str) -> bool:
    """Whether the body noun ``tok`` was written for a body of its own (outside any organisation's
    name and quotations) before the article first named the organisation ``name`` ("fighting
    between the army and the Rapid Guard Forces ... the RGF said ... the army denied": the army is
    its own body; stress batch at)."""
    first = min((e.start for e in doc_ents(reg.doc) if e.label_ == "ORG" and body_name(e) == name), default=0)
    lemma = tok.lemma_.lower()
    return any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.ent_type_ != "ORG"
               and not reg_inside(reg, t.idx) for t in reg.doc[:first])


def _fullest(ent: Span) -> str:
    """A body's name as the article first wrote it in full: "Norvik" after "Norvik Textiles"."""
    name = body_name(ent)
    if len(name.split()) == 1:
        longer = [body_name(e) for e in doc_ents(ent.doc) if e.label_ == "ORG" and e.start < ent.start
                  and len(e) > 1 and e[0].text == name]
        if longer:
            return longer[0]
    return name

def _fuller_phrase(reg: Register, tok: Token, words: list[Token]) -> str | None:
    """The fuller name an earlier noun phrase gave the body a definite mention refers to ("the
    Sarvan health ministry said ... '...,' the ministry said"; "the UN agency" after "the UN
    refugee agency"): the latest phrase outside quotations with the same head noun that holds
    every word of the mention and a naming word more (a noun or a name, not a mere adjective), none
    of them a pronoun or an indefinite article."""
    if tok.lower_ not in BODY_NOUNS and tok.lemma_.lower() not in BODY_NOUNS:
        return None
    wanted = {t.lower_ for t in words if t.dep_ != "det"}
    for prior in reversed(tok.doc[: words[0].i]):
        if (prior.lemma_.lower() != tok.lemma_.lower() or prior.pos_ not in ("NOUN", "PROPN")
                or prior.dep_ == "compound" or reg_inside(reg, prior.idx)):
            continue
        phrase = noun_phrase(prior)
        if any(t.pos_ == "PRON" or t.lower_ in ("a", "an") for t in phrase):
            continue
        named = [t for t in phrase if t.dep_ != "det"]
        # A fuller name adds a naming word ("the Sarvan health ministry"); "the entire company"
        # only describes the body, and names none.
        naming = any(t.lower_ not in wanted and (t.pos_ in ("NOUN", "PROPN") or t.ent_type_) for t in named)
        if wanted < {t.lower_ for t in named} and naming:  # "The mining company, Brask Minerals,": the name
            return apposed_name(reg, prior) or text_of(named)
    return None


def represented_body(reg: Register, tok: Token) -> str | None:
    """The body an unnamed office-holder speaks for ("a spokesperson for the Aviation Authority",
    "an official of the ministry"), as the article names it in full; None without one."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "from"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = entity_at(obj)
            if ent is not None and ent.label_ == "ORG":
                return expand_acronym(reg, ent) or body_name(ent)
            words = noun_phrase(obj)
            if obj.ent_type_ not in ("PERSON", "GPE") and len(words) > 1 and all(
                    t.text[:1].isupper() or t.lower_ in _NAME_FUNCTION_WORDS for t in words):
                return text_of(words)  # "a spokeswoman for Doctors of the Valley": a name no tagger knew
            if obj.lower_ in BODY_NOUNS or obj.lemma_.lower() in BODY_NOUNS:
                words = noun_phrase(obj)
                found = named_body(reg, obj, words)
                if found is not None:
                    return found.name
                # "a spokeswoman for the Roe campaign": a body its proper-noun modifier names; a
                # capitalised adjective names it too ("the Kestrian interior ministry"; stress bo, bq)
                named = any((t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper())) and t.i < obj.i
                            for t in words)
                return text_of(words) if named else None
    return None

def appositive_body(reg: Register, tok: Token) -> str | None:
    """A body named in apposition to a common noun ("the convoy's organiser, the Aid Network")."""
    doc = tok.doc
    named = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":  # the parser may hang it elsewhere
        named += [doc[i] for i in (tok.i + 2, tok.i + 3) if i < len(doc) and doc[i].ent_iob_ == "B"][:1]
    for child in named:
        ent = entity_at(child)
        if ent is not None and ent.label_ == "ORG":
            return expand_acronym(reg, ent) or body_name(ent)
    return None


def crowd_before(reg: Register, tok: Token) -> str | None:
    """A plural crowd noun, the subject of a clause before ``tok`` ("they") in its sentence: "More
    than 3,000 farmers marched in Velmo against what they called '...'" is the farmers' word, not
    the place's; the crowd is written as its noun phrase ("Hundreds of nurses")."""
    if tok.lower_ != "they":
        return None
    crowds = [t for t in sent_of(tok) if t.i < tok.i and _crowd(reg, t)]
    if not crowds and sent_of(tok).start > 0:
        # "Teachers in three schools wrote to the council. '...,' they wrote": the writers of the
        # sentence before, whatever body they wrote to (stress batches bb, bd); "Residents gathered
        # outside the council. '...,' they said": people who were its main subject, unless they came
        # from a body, which speaks for them ("Volunteers from the rescue club"; stress batches n, bo)
        before = sent_of(tok.doc[sent_of(tok).start - 1])
        while before.start > 0 and all(reg_inside(reg, t.idx) or t.is_punct or t.is_space for t in before):
            # '"Free our sons!" they chanted': the quotation may be a sentence of its own; the crowd is before it
            before = sent_of(tok.doc[before.start - 1])
        writing = tok.head.lemma_.lower() in _WRITING_VERBS
        crowds = [t for t in before if _crowd(reg, t) and t.head.dep_ == "ROOT" and (
            t.head.lemma_.lower() in _WRITING_VERBS if writing
            else (people_like(t) or ((of := of_pobj(t)) is not None and people_like(of)))  # "Thousands of ..."
            and not any(w.ent_type_ == "ORG" for w in t.subtree))]
    return text_of(noun_phrase(crowds[-1])) or None if crowds else None


#: Verbs of putting words in writing or sending them: "they wrote" after "nurses wrote (sent a
#: letter) to the board" takes the writers (stress batches bb, bd).
_WRITING_VERBS = frozenset({"write", "send", "sign"})


def _crowd(reg: Register, t: Token) -> bool:
    """A plural common noun subject that is no body, place or nation: a crowd of people."""
    return (t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"
            and t.lower_ not in BODY_NOUNS and t.lemma_.lower() not in BODY_NOUNS
            and t.lemma_.lower() not in PLACE_NOUNS
            and (t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC") or _past_dateline(t))
            and not reg_inside(reg, t.idx))


#: A dateline's dash ("LUSK, Kestria — ", "LUSK (Wire) - "); a hyphen counts only with spaces round it.
_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})


def _past_dateline(t: Token) -> bool:
    """``t`` was run into a dateline's entity across its dash ("HALK, Brevonia — Volunteers in Halk
    have ...", tagged one body "Brevonia — Volunteers"): the word after the dash is the story's own
    (quotes round 17)."""
    ent = entity_at(t)
    return ent is not None and any(w.text in _DASHES and (w.text != "-" or (w.whitespace_ and w.i > 0 and bool(
        t.doc[w.i - 1].whitespace_))) for w in t.doc[ent.start : t.i])


def document_antecedent(tok: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The document "it" / "they" refers back to: the latest document noun of its number ("a
    resolution" for "it", "findings" for "they") that was a main clause's subject or object, outside
    the ``quoted`` spans, in the pronoun's sentence before it or the sentence before that. A country
    named inside the document's phrase ("a resolution on Kestria", "a report on Ostria") is then no
    antecedent (stress batch ae)."""
    if tok.lower_ not in ("it", "they"):
        return None
    sent = sent_of(tok)
    start = sent_of(tok.doc[sent.start - 1]).start if sent.start > 0 else sent.start
    plural = tok.lower_ == "they"
    for t in reversed(tok.doc[start : tok.i]):
        if (t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.dep_ == "ROOT" and t.pos_ == "NOUN"
                and (t.tag_ == "NNS") == plural
                and (t.lower_ in DOCUMENT_NOUNS or t.lemma_.lower() in DOCUMENT_NOUNS)
                and not any(a <= t.idx < b for a, b in quoted)):
            return t
    return None


#: Nouns of a publication or channel written beside its name ("the website X", "X, a food blog").
OUTLET_NOUNS = ("website", "site", "blog", "magazine", "newspaper", "podcast", "channel", "newsletter",
                "tabloid", "vlog")
_OUTLETS = "|".join(OUTLET_NOUNS)
#: Where a body or person posts its own words: "a post on the ministry's Telegram channel".
_OWN_PAGES = frozenset({*OUTLET_NOUNS, "page", "account", "feed", "profile"})


def page_owner(doc_tok: Token) -> Token | None:
    """The possessor of the page or channel a document is "on" ("a post on the ministry's Telegram
    channel read: 'x'": the ministry; stress batch bu); a noun, never a pronoun."""
    return next((p for c in doc_tok.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
                 if o.dep_ == "pobj" and o.lower_ in _OWN_PAGES for p in o.children
                 if p.dep_ == "poss" and p.pos_ in ("NOUN", "PROPN")), None)


def speaker_kind(text: str, speaker: Speaker) -> str | None:
    """The kind recorded for a quotation's speaker, decided in one place: the kind it was resolved
    with, except that a name the article itself calls an outlet ("the gossip site Ada Roe", "Ada
    Roe, a food blog") is an organisation even when it reads like a person's name. "His blog Ada
    Roe" (an owner's blog) does not count: only "a"/"an"/"the" before the outlet noun."""
    if speaker.kind != "person" or not speaker.name:
        return speaker.kind
    return "organisation" if _called_outlet(text, speaker.name) else speaker.kind


@functools.lru_cache(maxsize=256)
def _called_outlet(text: str, name: str) -> bool:
    """Whether ``text`` calls ``name`` an outlet. Cached: an article's quotes mostly share a few speakers,
    and each search reads the whole text."""
    escaped = re.escape(name)
    before = rf"\b(?:[Tt]he|an?|An?)\s+(?:[\w-]+\s+){{0,2}}(?:{_OUTLETS})\s+{escaped}\b"
    after = rf"\b{escaped},?\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_OUTLETS})\b"
    return bool(re.search(before, text) or re.search(after, text))

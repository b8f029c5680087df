"""Who a title or an epithet names: "the minister said", "the veteran lawmaker said", "the 45-year-old said".

Split out of :mod:`quotes_speakers` (which calls it) with no change in behaviour:

- a title ("the foreign minister") -> the latest person whose written role has the title's head
  noun and agrees with its other words and qualifiers (``resolve_title``);
- a definite noun with no role written for it ("the former banker said") -> the person just
  named (``epithet_person``), a kin noun or an age ("the mother of three", "the 45-year-old") ->
  the person just named (``kin_person``), a noun that described a person earlier ("local baker
  Ivo Roe" ... "the baker") -> that person (``described_person``);
- a title the tagger made a name of its own ("Sgt." before "Maria Lopes") is stepped over
  (``past_title``).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from groundwatch import lexicons
from groundwatch.stages.extract.doc_cache import sent_of, token_starts
from groundwatch.stages.extract.quotes_bodies import noun_phrase
from groundwatch.stages.extract.quotes_names import entity_at
from groundwatch.stages.extract.quotes_party import party_person, party_word
from groundwatch.stages.extract.quotes_register import (
    GENDERED,
    KIN_NOUNS,
    POSSESSIVE_GENDER,
    POSSESSIVE_PRONOUNS,
    PRONOUN_GENDER,
    QUALIFIERS,
    TITLE_FALLBACK_PARAGRAPHS,
    Person,
    Register,
    Speaker,
    akin,
    clean_name,
    is_honorific,
    is_title,
    latest_person,
    reg_inside,
    resolve_name,
    text_of,
)
from groundwatch.stages.extract.quotes_speakers_unnamed import unnamed_antecedent

#: Abbreviated titles and the word a later mention uses ("Sen." -> "senator").
TITLE_ABBREVIATIONS = {w: row["full"] for w, row in lexicons.load("title_abbreviations").items()}
#: Titles a later mention uses for a role written with another word ("the congresswoman" -> "representative").
TITLE_SYNONYMS = {w: row["same"] for w, row in lexicons.load("title_synonyms").items()}


#: Collective nouns for many people ("the crowd"): never an epithet for one person.
CROWD_NOUNS = lexicons.words("roles", kind="crowd")


#: A qualifier's other written form: "the ex-minister" is "the former minister" (stress batch bu).
_QUALIFIER_FORMS = {"ex": "former"}


def _mention_words(mention: list[Token]) -> tuple[Token, list[Token], set[str]]:
    """The head of a title mention, its other words, and the qualifiers it says: a hyphen is no
    word, a qualifier written after the title is no head ("mayor-elect"), and one the name
    stripper dropped ("the acting governor": "acting" tagged a participle) still counts."""
    ages = {t.i for o in mention if o.lower_ == "old" and any(k.lower_ in ("year", "years") for k in o.subtree)
            for t in o.subtree}  # "the 66-year-old senator": an age says nothing of which office
    words = [t for t in mention if not t.is_punct and t.i not in ages] or [t for t in mention if not t.is_punct]
    head = words[-1]
    if len(words) > 1 and head.lower_ in QUALIFIERS:
        head = words[-2]
    others = [t for t in words if t.i != head.i]
    others += [c for c in head.children if c.dep_ == "amod" and c.lower_ in QUALIFIERS and c not in others]
    said = {_QUALIFIER_FORMS.get(t.lower_, t.lower_) for t in [*others, head]}
    return head, others, said


def _title_match(mention: list[Token], role: str) -> bool:
    role_words = [w.strip(".,'’").lower() for w in role.replace("-", " ").split()]
    role_words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in role_words]
    role_words = [_QUALIFIER_FORMS.get(w, w) for w in (TITLE_ABBREVIATIONS.get(w, w) for w in role_words)]
    head_tok, others, said = _mention_words(mention)  # "Gov." is "the governor" above
    head = TITLE_SYNONYMS.get(head_tok.lower_, head_tok.lower_)  # "Rep." is "the congresswoman"
    bare = [w for w in role_words if w not in POSSESSIVE_PRONOUNS]
    if bare and bare[-1] in QUALIFIERS and bare[-1] in {t.lower_ for t in others}:
        return True  # "his deputy, Ivo Roe" ... "the deputy minister said"
    if not any(w == head or w == head_tok.lemma_.lower() for w in role_words):
        return False
    at = role_words.index(head) if head in role_words else len(role_words)
    # "the president" is not the "Vice President", nor "the mayor" the "Mayor-elect"
    if any(w in QUALIFIERS and w not in said for w in [*role_words[:at], *role_words[at + 1 : at + 2]]):
        return False
    for t in others:
        if t.tag_ == "POS" or t.lower_ in POSSESSIVE_PRONOUNS:
            continue
        if not any(akin(_QUALIFIER_FORMS.get(t.lower_, t.text.strip("’'")), w) for w in role_words):
            return False
    return True


def _qualified_role(role: str | None) -> bool:
    """A written role holding a qualifier of its title ("deputy mayor", "Lt. Gov.", "former speaker")."""
    words = [w.strip(".,'’").lower() for w in (role or "").replace("-", " ").split()]
    return any(_QUALIFIER_FORMS.get(w, TITLE_ABBREVIATIONS.get(w, w)) in QUALIFIERS for w in words)


def title_matches(mention: list[Token], role: str) -> bool:
    """Whether a person with the written ``role`` holds the title ``mention`` says ("the senators")."""
    return _title_match(mention, role)


def _from_place(head: Token) -> str | None:
    """The proper noun of a "from" phrase after a title ("the senator from Pellham"), else None."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            return place.doc[place.left_edge.i : place.i + 1].text if place is not None else None
    return None


def placed(reg: Register, head: Token, cands: list[Person]) -> list[Person]:
    """Of several holders of a title, those introduced in a sentence naming the place of the title's
    "from" phrase ("the senator from Pellham" after "Sen. Ada Roe (R-Pellham)"; blind batch pb)."""
    place = _from_place(head)
    if place is None or len({p.name for p in cands}) < 2:
        return cands
    starts = token_starts(reg.doc)
    return [p for p in cands if place in sent_of(reg.doc[max(0, bisect.bisect_right(starts, p.position) - 1)]).text
            ] or cands


def _same_sex(reg: Register, head: Token, cands: list[Person]) -> list[Person]:
    """Of several holders of a title, those the article or their given name shows to be of the sex a
    gendered title says ("the congresswoman" after two representatives, one a woman, the other of no
    shown sex; blind batch pc); all of them when none is shown to be."""
    sex = GENDERED.get(head.lower_)
    if sex is None or len({p.name for p in cands}) < 2:
        return cands
    return [p for p in cands if (reg.gender.get(p.name) or reg.name_gender.get(p.name)) == sex] or cands


#: Qualifiers of a title its holder no longer has ("the former governor"), and the nouns that bring in
#: such a holder ("The governor's predecessor, X,"): blind batch qd credited "the former governor" to the
#: sitting one.
_PAST = frozenset({"former", "ex"})
_PREDECESSORS = frozenset({"predecessor", "forerunner"})


def resolve_title(reg: Register, mention: list[Token]) -> Person | None:
    """The person a title refers to ("the minister"), or None."""
    before = mention[0].idx
    cands = [p for p in reg.people if p.position < before and p.role and _title_match(mention, p.role)]
    cands = placed(reg, _mention_words(mention)[0], cands)
    cands = _same_sex(reg, _mention_words(mention)[0], cands)
    if len({p.name for p in cands}) > 1:
        # Several holders of the title ("Interior Minister A ... Health Minister B"): "the minister" is
        # the one the article spoke of last, by name or by a fuller title ("The interior minister
        # rejected that"), not the one introduced last (quotes round 17).
        holders = {p.name for p in cands}
        mentions = [(pos, n) for pos, n in [*((p.position, p.name) for p in reg.people), *reg.subjects]
                    if pos < before and n in holders]
        last = max(mentions)[1]
        return next(p for p in reversed(cands) if p.name == last)
    if cands:
        return cands[-1]
    para = reg.paragraph_of[mention[0].i]
    # A headline's title ('"...," says mayor', "'...': Lusk mayor") is the first holder the story names.
    later = [p for p in reg.people if p.position > before and p.role and _title_match(mention, p.role)]
    if para == 0 and later:
        return later[0]
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP") for t in mention[:-1]):
        return None  # a qualified title ("the Velorian minister") must agree with a written role
    # Not one the article said is something else ("Her lawyer, Tore Myhre" is not "the prosecutor").
    head, _, said = _mention_words(mention)
    past = bool(said & _PAST)  # "the former governor": the predecessor, never the one who holds it now
    other = {p.name for p in reg.people if p.described and not {head.lower_, head.lemma_.lower()} & p.described
             and not (past and p.described & _PREDECESSORS)}
    if past:
        other |= {p.name for p in reg.people if p.role and _title_match([head], p.role)}
    roleless = [p for p in reg.people if p.position < before and p.role is None and p.name not in other
                and para - p.paragraph <= TITLE_FALLBACK_PARAGRAPHS]
    if roleless:
        return roleless[-1]
    return _titled_later(reg, mention) if para == 0 else None


def suffixed_title(reg: Register, tok: Token) -> Speaker | None:
    """"The mayor-elect said": the parser makes the qualifier after the hyphen the subject (even a
    proper noun); the title before it names the holder (stress batch bu)."""
    doc = tok.doc
    if tok.lower_ not in QUALIFIERS or tok.i < 2 or doc[tok.i - 1].text != "-" or not is_title(doc[tok.i - 2].text):
        return None
    mention = [doc[tok.i - 2], doc[tok.i - 1], tok]
    holder = resolve_title(reg, mention)
    written = text_of(mention)
    return Speaker(holder.name, holder.role or written, written, "person", "coreference") if holder else None


def title_subjects(reg: Register) -> list[tuple[int, str]]:
    """Main-clause subjects written as a definite title alone ("The governor promised engineers."),
    as (offset, the holder's name): a pronoun after such a sentence refers to that holder, not to a
    person named before it (stress batch bw). A title with a name beside it is left to the name."""
    found: list[tuple[int, str]] = []
    for tok in reg.doc:
        if not (tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.text.islower()
                and not any(c.dep_ == "appos" for c in tok.children) and not reg_inside(reg, tok.idx)):
            continue
        relative = _named_relative(reg, tok)
        if relative is not None:
            found.append((tok.idx, relative))
            continue
        if not (is_title(tok.lemma_) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            continue
        mention = [*(c for c in tok.lefts if c.dep_ in ("amod", "compound")), tok]
        holder = resolve_title(reg, mention)
        if holder is not None:
            found.append((tok.idx, holder.name))
    return found


#: Third-person possessives that own a family tie written again for a relative named before ("her
#: husband, Ivo," ... "Her husband said").
_THIRD_OWNERS = frozenset({"his", "her", "their"})


def _named_relative(reg: Register, tok: Token) -> str | None:
    """The person a main-clause subject "Her husband" names when the article introduced them by that
    tie ("Ada Roe and her husband, Ivo, waited ..."): a pronoun after the sentence refers to them, not
    to a person of the same sex who spoke further back (blind batch cy)."""
    if tok.lemma_.lower() not in KIN_NOUNS or not any(
            c.dep_ == "poss" and c.lower_ in _THIRD_OWNERS for c in tok.children):
        return None
    cands = [p for p in reg.people if p.position < tok.idx and tok.lemma_.lower() in p.described]
    return cands[-1].name if cands else None


#: How many words may stand between a title and the name after it ("the fire chief of Orvin, Ada Roe").
TITLE_NAME_GAP = 5  # set on invented stories (stress batch k); a title's "of" place and a comma


def qualifier_agrees(reg: Register, title: list[Token], epithet: Speaker) -> bool:
    """A qualified title ("the Ostrian foreign minister", "the Liberal nominee") is an epithet for a
    person named with no role, or with a role its qualifier is akin to; not for "Velorian Foreign
    Minister Anna Brisk"."""
    qualifiers = [t.text for t in title[:-1] if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")]
    if not qualifiers:
        return True
    role = next((p.role for p in reversed(reg.people) if p.name == epithet.name and p.role), None)
    # A role that is the bare title ("Mayor Ilse Brandt" ... "the Centrist mayor") says nothing the
    # qualifier could contradict (stress batch ay).
    bare = role is not None and role.lower().split() == [title[-1].lower_]
    # Nor does a role of title words alone that lacks the epithet's noun ("President Mira Lent" ...
    # "the Kestrian leader said"): it names no country or party to disagree with (stress batch bt).
    other = role is not None and title[-1].lemma_.lower() not in role.lower().split() and all(
        is_title(w) for w in role.split())
    return role is None or bare or other or all(any(akin(q, w) for w in role.split()) for q in qualifiers)


def _titled_later(reg: Register, mention: list[Token]) -> Person | None:
    """The first person the story names right after the same title word, below the headline."""
    doc = mention[0].doc
    for t in doc[mention[-1].i + 1 :]:
        if t.lower_ != mention[-1].lower_ or reg.paragraph_of[t.i] == 0:
            continue
        for ent in doc.ents:
            if ent.label_ == "PERSON" and t.i < ent.start <= t.i + TITLE_NAME_GAP and doc[ent.start - 1].text == ",":
                name = resolve_name(reg, clean_name(ent), ent.start_char) or clean_name(ent)
                return next((p for p in reg.people if p.name == name), None)
    return None


def kin_person(reg: Register, tok: Token, words: list[Token]) -> Speaker | None:
    """The person just named that "the mother of three" / "the 45-year-old" refers back to (not a
    possessor's relative: "Roe's son" is not Roe)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ == "poss" for c in tok.children) or any(
            c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.subtree) for c in tok.children):
        return None
    aged = re.fullmatch(r"\d+[- ]year[- ]old", text_of(words).lower()) is not None
    if not aged and tok.lemma_.lower() not in KIN_NOUNS:
        return None
    earlier = unnamed_antecedent(reg, tok)
    if earlier is not None:  # "The gunman's brother, who asked not to be named, told ... the brother said"
        return Speaker(text_of(noun_phrase(earlier)), None, text_of(words), "unknown", "coreference")
    name = latest_person(reg, tok.idx, GENDERED.get(tok.lemma_.lower()) or None)
    para = reg.paragraph_of[tok.i]
    if name is None or not any(p.name == name and para - p.paragraph <= TITLE_FALLBACK_PARAGRAPHS
                               for p in reg.people if p.position < tok.idx):
        return None
    return Speaker(name, None, text_of(words), "person", "coreference")


def past_title(ent: Span | None) -> Span | None:
    """The name after a title the tagger made a name of its own ("said Sgt. Maria Lopes" tagged
    "Sgt" and "Maria Lopes"); ``ent`` itself otherwise."""
    if ent is None or not all(_bare_title(t.text) for t in ent if t.text != "."):
        return ent
    doc = ent.doc
    j = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "." else 0)
    nxt = entity_at(doc[j]) if j < len(doc) else None
    return nxt if nxt is not None and nxt.start == j and nxt.label_ == "PERSON" else ent


def _bare_title(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in TITLE_ABBREVIATIONS or is_honorific(w) or is_title(w)


def epithet_person(reg: Register, tok: Token, words: list[Token]) -> Speaker | None:
    """"The former banker said" with no banker mentioned before: news calls a person it has just
    named by an epithet ("Ivo Roe ... the veteran lawmaker said"), so the definite noun, which
    presumes someone known, is the latest person named within two paragraphs. A noun the article
    introduced before ("a driver was hurt ... the driver said") refers to that unnamed one instead."""
    abbreviation = title_abbreviation(tok)
    # A lower-case head the tagger calls a proper noun after a capitalised party word ("the Liberal
    # councillor said") is still a common noun (stress batch ay).
    if not (abbreviation or (tok.tag_ in ("NN", "NNP") and tok.text[:1].islower())) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") and not (abbreviation and c.lower_ == "for")
           for c in tok.children):  # "the Labour MP for Nordvik": the seat, not a body spoken for
        return None
    lemma = tok.lemma_.lower()
    if lemma in CROWD_NOUNS:  # "the crowd chanted": many people, not the one named before (quotes round 17)
        return None
    if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" and any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in t.children)
            for t in tok.doc[: words[0].i]):
        return None
    name = latest_person(reg, tok.idx, GENDERED.get(lemma) or _clause_gender(reg, tok))
    para = reg.paragraph_of[tok.i]
    if name is None or not any(p.name == name and para - p.paragraph <= TITLE_FALLBACK_PARAGRAPHS
                               for p in reg.people if p.position < tok.idx):
        return None
    return Speaker(name, None, text_of(words), "person", "coreference")


def title_abbreviation(tok: Token) -> bool:
    """An upper-case title abbreviation ("MP", "MEP"): the tagger calls it a proper noun, but "the
    Labour MP said" is an epithet as "the veteran lawmaker said" is."""
    return tok.text.isupper() and len(tok.text) >= 2 and tok.tag_ in ("NNP", "NN") and is_title(tok.lower_)


def _clause_gender(reg: Register, tok: Token) -> str | None:
    """The sex a possessive in the speaker's own clause shows ("the nominee said in his speech"),
    outside quotations; None without one or with both."""
    found = {POSSESSIVE_GENDER[t.lower_] for t in tok.head.subtree
             if t.dep_ == "poss" and t.lower_ in POSSESSIVE_GENDER and not reg_inside(reg, t.idx)}
    return found.pop() if len(found) == 1 else None


def described_person(reg: Register, tok: Token) -> Person | None:
    """The latest person described earlier by the same noun ("local teacher Ada Roe" ... "the teacher");
    a plural ("officials said") is many people, never the one described."""
    if tok.tag_ in ("NNS", "NNPS"):
        return None
    noun = tok.lemma_.lower()
    party = next((c for c in tok.children if c.dep_ in ("amod", "compound") and party_word(c)), None)
    if party is not None and (member := party_person(reg, party)) is not None:
        return member  # "the Republican nominee": the one written beside that party, not the latest nominee
    # "the interior minister" after "Interior Minister Ada Roe" and "the minister of works, Ivo Lind": the
    # one whose written role holds the mention's other words too, however many others the noun describes
    said = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if said and (holders := [p for p in reg.people if p.position < tok.idx and p.role and (
            said | {noun}) <= set(p.role.lower().replace("-", " ").split())]):
        return holders[-1]
    cands = [p for p in reg.people if p.position < tok.idx and noun in p.described]
    # "the former (vice) president" is not the sitting "President Ada Roe" described by the same
    # noun: a qualifier on the mention must be written in the person's role (stress batches bt, bw).
    qualified = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in QUALIFIERS}
    if qualified:
        cands = [p for p in cands if qualified <= set((p.role or "").lower().replace("-", " ").split())]
    else:  # "the mayor" is not the deputy mayor, nor "the governor" the lieutenant governor (invented probes, 36)
        cands = [p for p in cands if not _qualified_role(p.role)]
    cands = placed(reg, tok, cands)
    return cands[-1] if cands else None


#: First-person possessives: "my mother" in an answer or a quoted account is the narrator's
#: relative, never a person the article names. "Her daughter" is left to the usual rules: news
#: writing often follows it with "she said" for the named mother (invented counter-case, batch bg).
_KIN_OWNERS = frozenset({"my", "our"})


def unnamed_relative(reg: Register, pron: Token) -> Token | None:
    """An unnamed relative of the pronoun's sex who is the subject of its own sentence or the one
    before ("My mother would not go. She said, '...'"): the pronoun is that relative, not a person
    named further back (a place the tagger took for a person's name was taken at first: stress
    batch bg). Only a kin noun with a first-person possessive and no name beside it."""
    gender = PRONOUN_GENDER.get(pron.lower_)
    sent = pron.sent
    start = sent.start if sent.start > 0 else 0
    before = pron.doc[start - 1].sent.start if start > 0 else start
    for t in reversed(pron.doc[before : pron.i]):
        if reg.paragraph_of[t.i] != reg.paragraph_of[pron.i] or reg_inside(reg, t.idx):
            continue
        if t.dep_ not in ("nsubj", "nsubjpass") or t.lemma_.lower() not in KIN_NOUNS:
            continue
        named = any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in t.children)
        owned = any(c.dep_ == "poss" and c.lower_ in _KIN_OWNERS for c in t.children)
        if owned and not named and gender is not None and GENDERED.get(t.lemma_.lower()) == gender:
            return t
        return None  # a nearer subject of another kind: the usual rules decide
    return None

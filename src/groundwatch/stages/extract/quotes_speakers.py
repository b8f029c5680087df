"""Who said it: turning the subject of a speech verb into a speaker named in full.

News names a speaker once in full ("Veloria's foreign minister, Anna Brisk") and then by
surname ("Brisk said"), pronoun ("she added") or title ("the minister said"). This module
keeps a small per-article register of the people named, with the role written next to each
name (a title before it, or an appositive), and resolves a mention against it:

- a name or surname -> the longest full name sharing that surname;
- he / she -> the latest person who spoke or was the main-clause subject before it, or a
  person just introduced by full name in a sentence with no subject; only people are
  antecedents, and one the article shows to be of the other sex (an honorific, a gendered
  title, their own he/she) or, failing that, whose given name is, is skipped;
- a title ("the foreign minister") -> the latest person whose role has the title's head noun and
  agrees with its other words ("Velorian" / "Veloria") and qualifiers ("the president" is not the
  "Vice President"); failing that, the latest person named with no role at all, in the same or the
  two previous paragraphs; failing that the title itself, as written, with kind "unknown";
- a body ("the interior ministry", "Tessel's army command") -> its name as written; a body
  owned by a pronoun ("his office") -> "<Person>'s office", which names both the person and
  the body, so either reading of who spoke is kept; an acronym ("HAN") -> the full name the
  article writes for it, before it or else after it;
- a noun that described a person ("local baker Ivo Roe" ... "the baker said") -> that person
  (titles, epithets and such descriptions are resolved in :mod:`quotes_epithets`);
- a document ("his statement", "a post from X", "X issued a statement calling") -> its author;
  a place or facility ("the hospital", a dateline) -> nobody.
The role, honorific and document lists are data (``data/roles.tsv``, ``data/honorifics.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from groundwatch.stages.extract.doc_cache import ents_within, sent_of
from groundwatch.stages.extract.quotes_appositive import appositive_name
from groundwatch.stages.extract.quotes_bodies import (
    appositive_body,
    crowd_before,
    document_antecedent,
    expand_acronym,
    headline_body,
    named_body,
    noun_phrase,
    page_owner,
    represented_body,
    with_postmodifier,
)
from groundwatch.stages.extract.quotes_bodies_short import fuller_body
from groundwatch.stages.extract.quotes_epithets import (
    described_person,
    epithet_person,
    kin_person,
    past_title,
    qualifier_agrees,
    resolve_title,
    suffixed_title,
    title_abbreviation,
    unnamed_relative,
)
from groundwatch.stages.extract.quotes_names import (
    entity_at,
    glued_word,
    name_after_role,
    role_name_start,
    role_phrase,
    title_run,
)
from groundwatch.stages.extract.quotes_pair_sex import marked_partner
from groundwatch.stages.extract.quotes_pairs import named_pair, pair_antecedent
from groundwatch.stages.extract.quotes_party import party_of_title, party_person, party_word
from groundwatch.stages.extract.quotes_pronouns import addressed
from groundwatch.stages.extract.quotes_register import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    PERSON_GROUP_NOUNS,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    Register,
    Speaker,
    body_name,
    clean_name,
    is_person_ent,
    is_title,
    last_two_people,
    latest_person,
    reg_inside,
    resolve_name,
    role_of,
    strip_name,
    text_of,
)
from groundwatch.stages.extract.quotes_register_records import without_rank
from groundwatch.stages.extract.quotes_sources import signer_after
from groundwatch.stages.extract.quotes_speakers_unnamed import (
    earlier_unnamed_office,
    name_given,
    spoke_after,
    unnamed_mention,
    unnamed_speaker,
)
from groundwatch.stages.extract.quotes_turns import turn_speaker
from groundwatch.stages.extract.quotes_verbs import is_thing


def _subordinate(ent: Span, pron: Token) -> bool:
    """True when ``ent`` sits in a clause (relative, complement...) that does not hold ``pron``."""
    return any(a.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp", "pcomp")
               and not a.left_edge.i <= pron.i <= a.right_edge.i for a in ent.root.ancestors)


def _document_author(reg: Register, doc_tok: Token) -> Speaker:
    """Whoever a statement, post or report speaks for: its owner ("her post", "a post from X",
    "X's brief", "a government communique"), or the subject that issued it ("X issued a statement
    calling ..."); else nobody."""
    for child in doc_tok.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):
            name = latest_person(reg, child.idx, PRONOUN_GENDER.get(child.lower_))
            return Speaker(name, None, child.text, "person", "coreference") if name else Speaker()
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):  # "X sent its letter": X's
            return _group_pronoun(reg, child)
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON", "GPE")):
            return resolve_subject(reg, child)
        if child.dep_ == "compound" and child.text[:1].islower() and (
                child.lower_ in BODY_NOUNS or child.lemma_.lower() in BODY_NOUNS):
            owner = text_of([t for t in child.subtree if t.i <= child.i])  # "a health ministry memo": all of it
            return Speaker(owner, None, doc_tok.text, "organisation", "direct")  # "a police statement"
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            topic = child.lower_ == "of" and bool(objs) and is_thing(objs[0])  # "articles of impeachment": what it is
            if objs and objs[0].lemma_.lower() not in DOCUMENT_NOUNS and not topic:
                return resolve_subject(reg, objs[0])
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "the report, published by X, ...", "attributed to X"
            objs = [o for a in child.children if a.dep_ == "agent" or (a.lower_ == "to" and child.lemma_ == "attribute")
                    for o in a.children if o.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() not in DOCUMENT_NOUNS:
                return resolve_subject(reg, objs[0])
    writer = _relative_writer(reg, doc_tok)
    if writer is not None:  # "The letter, which Roe published on Monday, ...": Roe's
        return resolve_subject(reg, writer)
    source = _passed_on_from(doc_tok) or page_owner(doc_tok)  # "a post on the ministry's channel"
    if source is not None:
        return resolve_subject(reg, source)
    if doc_tok.dep_ in ("dobj", "pobj"):
        verb = doc_tok.head if doc_tok.dep_ == "dobj" else doc_tok.head.head
        subj = [c for c in verb.children if c.dep_ == "nsubj" and not reg_inside(reg, c.idx)]
        if subj and subj[0].lemma_.lower() not in DOCUMENT_NOUNS:
            return resolve_subject(reg, subj[0])
    if any(c.dep_ == "det" and c.lower_ == "the" for c in doc_tok.children):
        return _earlier_document(reg, doc_tok)
    return Speaker(None, None, doc_tok.text, None, None)


#: Verbs by which one issues a text ("the letter, which she published"): its subject wrote it. Reading,
#: receiving or quoting it ("which reporters obtained") names no author (blind batch qd).
_ISSUING_VERBS = frozenset({"write", "send", "publish", "post", "sign", "issue", "release", "pen", "draft",
                            "submit", "deliver", "circulate", "tweet", "share"})


def _relative_writer(reg: Register, doc_tok: Token) -> Token | None:
    """The subject of a relative clause on the document whose verb issues it ("The letter, which Roe
    published", "the note she sent"), never the relative pronoun itself nor a quoted word."""
    for clause in (c for c in doc_tok.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _ISSUING_VERBS):
        subj = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who")
                and not reg_inside(reg, c.idx)]
        if subj:
            return subj[0]
    return None


def _passed_on_from(doc_tok: Token) -> Token | None:
    """The author named where one body passes on another's document: in the document's relative
    clause ("a letter it had received from Y") or, as the parser may attach it, on the verb that
    passed it on ("X forwarded a statement by Y to reporters"); a body or a person, never a place."""
    preps = [p for c in doc_tok.children if c.dep_ in ("relcl", "acl") for p in c.children]
    verb = doc_tok.head
    if doc_tok.dep_ == "dobj" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        preps += list(verb.children)
    for prep in preps:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.ent_type_ in ("ORG", "PERSON") or obj.lower_ in BODY_NOUNS or obj.lemma_.lower() in BODY_NOUNS:
                    return obj
    return None


def _earlier_document(reg: Register, doc_tok: Token) -> Speaker:
    """"The statement said": the author of the same kind of document named just before, in this
    paragraph or the one before ("according to a statement from X. '...,' the statement said")."""
    para = reg.paragraph_of[doc_tok.i]
    for prior in reversed(doc_tok.doc[: doc_tok.i]):
        if para - reg.paragraph_of[prior.i] > 1:
            break
        if prior.lemma_.lower() == doc_tok.lemma_.lower() and not reg_inside(reg, prior.idx):
            found = _document_author(reg, prior)
            if found.name:
                return Speaker(found.name, found.role, doc_tok.text, found.kind, "coreference")
            break
    # "The high court struck down the ban. ... '...,' the ruling read": with no such document named,
    # the body that was a main clause's subject just before issued it (stress batch ah)
    body = _body_subject_before(reg, doc_tok)
    found = resolve_subject(reg, body) if body is not None else Speaker()
    if found.name and found.kind != "person":
        return Speaker(found.name, found.role, doc_tok.text, found.kind, "coreference")
    signer = signer_after(doc_tok)  # "'...,' the statement read. It was signed by Ada Roe"
    return resolve_subject(reg, signer) if signer is not None else Speaker(None, None, doc_tok.text, None, None)


def _body_speaker(reg: Register, tok: Token, words: list[Token], written: str) -> Speaker:
    """A body ("the ministry"), named through its owner where a pronoun owns it ("his office")."""
    owner = next((t for t in words if t.lower_ in POSSESSIVE_PRONOUNS and t.head.i == tok.i), None)
    if owner is not None and owner.lower_ in ("his", "her"):
        person = _sentence_possessor(reg, owner) or latest_person(reg, owner.idx, PRONOUN_GENDER.get(owner.lower_))
        if person:
            rest = text_of([t for t in words if t.i > owner.i])
            return Speaker(f"{person}'s {rest}", None, written, "organisation", "coreference")
    titled = next((t for t in words if t.dep_ == "poss" and t.head.i == tok.i
                   and (is_title(t.text) or is_title(t.lemma_)) and any(c.lower_ == "the" for c in t.children)), None)
    holder = resolve_title(reg, [t for t in noun_phrase(titled) if t.dep_ != "case"]) if titled is not None else None
    if titled is not None and holder is not None:  # "the governor's office said": the governor named before
        rest = text_of([t for t in words if t.i > titled.i and t.dep_ != "case"])
        return Speaker(f"{holder.name}'s {rest}", None, written, "organisation", "coreference")
    if owner is not None and owner.lower_ in ("its", "their"):
        groups = [(pos, e) for pos, e in reg.groups if pos < owner.idx]
        if groups:
            rest = text_of([t for t in words if t.i > owner.i])
            return Speaker(f"{clean_name(groups[-1][1])}'s {rest}", None, written, "organisation",
                           "coreference")
    return Speaker(headline_body(reg, tok) or written or None, None, written, "organisation", "direct")


def _sentence_possessor(reg: Register, owner: Token) -> str | None:
    """A person named as a possessor earlier in the sentence of the pronoun ``owner`` ("After Ivo
    Roe's call with the envoy, his office announced": Roe), who agrees with it in sex: the topic of
    a fronted phrase, before any earlier subject of the article (stress batch be)."""
    gender = PRONOUN_GENDER.get(owner.lower_)
    for ent in reversed(ents_within(sent_of(owner))):
        if ent.end > owner.i or not is_person_ent(ent) or ent.root.dep_ != "poss" or reg_inside(reg, ent.start_char):
            continue
        name = resolve_name(reg, clean_name(ent), ent.start_char) or clean_name(ent)
        known = reg.gender.get(name) or reg.name_gender.get(name)
        if gender is None or known is None or known == gender:
            return name
    return None


def _pronoun_speaker(reg: Register, tok: Token) -> Speaker:
    """The person "he", "she" or "I" at ``tok`` stands for: the latest agreeing subject, unless the text
    shows another (an addressee, a woman named in a pair), or an unnamed relative or speaker."""
    relative = unnamed_relative(reg, tok)
    if relative is not None:  # "My mother would not go. She said": her, unnamed
        return Speaker(text_of(noun_phrase(relative)) or None, None, tok.text, "unknown", "coreference")
    name = latest_person(reg, tok.idx, PRONOUN_GENDER.get(tok.lower_))
    if name and spoke_after(reg, name, tok):
        name = None
    name = (addressed(reg, tok, name) or name) if name else name  # "X asked him ... '...,' he said"
    name = (marked_partner(reg, tok, name) or name) if name else name  # "Ada Roe and Odran Pask ...: she"
    role = next((p.role for p in reversed(reg.people) if p.name == name and p.role), None)
    if name:
        return Speaker(name, role, tok.text, "person", "coreference")
    return unnamed_speaker(reg, tok) or _named_after(reg, tok) or Speaker(None, None, tok.text, None, None)


def resolve_subject(reg: Register, tok: Token) -> Speaker:
    """Resolve the subject token of a speech verb to a :class:`Speaker`."""
    low = tok.lower_
    if low in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return resolve_subject(reg, tok.head.head)
    turn = turn_speaker(reg, tok)
    if turn is not None:  # "ROE: ... I told them: '...'": the turn's label names its "I"
        return turn
    if low in PERSON_PRONOUNS:
        return _pronoun_speaker(reg, tok)
    joint = pair_antecedent(reg, tok)
    if joint is not None:  # "Ada Roe and Ivo Marsh wrote to ... '...,' they wrote": both (stress batch bn)
        return Speaker(joint, None, tok.text, "person", "coreference")
    joint = named_pair(reg, tok)
    if joint is not None:  # "Ada Roe and Ivo Marsh said", "two surgeons, Ada Roe and Ivo Marsh, wrote"
        return Speaker(joint, None, tok.text, "person", "direct")
    if low in GROUP_PRONOUNS:
        return _group_pronoun(reg, tok)
    if unnamed_one(tok) and appositive_name(tok) is None:  # "One of them, Ada Roe, said" names her
        return Speaker(None, None, tok.text, None, None)
    if low in ("latter", "former") and any(c.lower_ == "the" for c in tok.children):
        pair = last_two_people(reg, tok)
        if pair:  # "Ada Roe and Ivo Lind clashed. '...,' the latter said"
            person = pair[-1] if low == "latter" else pair[0]
            return Speaker(person.name, person.role, tok.text, "person", "coreference")
    if (suffixed := suffixed_title(reg, tok)) is not None:  # "the mayor-elect said"
        return suffixed
    misread = name_after_role(tok)
    if misread is not None:  # "Actor Per Ostvik says": Per Ostvik
        full = resolve_name(reg, misread.text, misread.start_char) or misread.text
        return Speaker(full, tok.text, tok.text, "person", "direct")
    titled_name = _role_phrase_speaker(reg, tok)
    if titled_name is not None:  # "the Governor of Velm Province Ada Roe said": Ada Roe
        return titled_name
    given = name_given(tok)
    if given is not None:  # "a resident who gave only his first name, Halim"
        return Speaker(given, text_of(noun_phrase(tok)) or None, text_of(noun_phrase(tok)), "person", "direct")
    named_next = appositive_name(tok)
    if named_next is not None:  # "the minister, Anna Brisk, said"
        full = resolve_name(reg, clean_name(named_next), named_next.start_char) or clean_name(named_next)
        return Speaker(full, text_of(without_rank(noun_phrase(tok))) or None, text_of(noun_phrase(tok)), "person",
                       "direct")
    body = appositive_body(reg, tok) if tok.pos_ == "NOUN" and tok.text[:1].islower() else None
    if body is not None:
        return Speaker(body, text_of(noun_phrase(tok)) or None, text_of(noun_phrase(tok)), "organisation", "direct")
    if (described := _lower_case_described(reg, tok)) is not None:
        return described
    ent = past_title(entity_at(tok))
    # An acronym the tagger took for a name, or left untagged ("DoDRA said": stress batch au).
    short = ent if ent is not None and len(ent) == 1 else Span(tok.doc, tok.i, tok.i + 1) if (
        ent is None and tok.pos_ == "PROPN") else None
    expanded = expand_acronym(reg, short) if short is not None else None
    if expanded:  # an acronym the tagger took for a name ("HAN said")
        return Speaker(expanded, None, tok.text, "organisation", "direct")
    if ent is not None and (is_person_ent(ent) or tok.text.lower() in reg.surnames
                            or clean_name(ent).lower() in reg.surnames):  # "el-Masri" tagged ORG
        full = resolve_name(reg, clean_name(ent), ent.start_char) or clean_name(ent)
        role = role_of(ent) or next((p.role for p in reversed(reg.people) if p.name == full and p.role), None)
        return Speaker(full, role, clean_name(ent), "person", "direct")
    titled_head = is_title(tok.text) or is_title(tok.lemma_)
    # A lower-case head the tagger calls a proper noun ("the defence ministry said") is a body's noun,
    # not a name (blind batch cy: "ministry" was credited as a person).
    if (tok.pos_ == "PROPN" and tok.text[:1].isupper() and not titled_head
            and (ent is None or ent.label_ not in ("GPE", "ORG", "NORP"))):
        at, glued = glued_word(tok)
        if glued != tok.text and (whole := resolve_name(reg, glued, at)):
            return Speaker(whole, None, glued, "person", "direct")  # "Ofori-Atta said": the parse splits the surname
        name_words = strip_name(list(tok.doc[tok.left_edge.i : tok.i + 1]))
        while len(name_words) > 1 and name_words[0].text[:1].islower():  # "the rescuer Ivo Marsh"
            name_words = name_words[1:]
        name_words = name_words[title_run(name_words):]  # "Police Sergeant Ivo Marsh": the name alone
        written_name = resolve_name(reg, text_of(name_words), name_words[0].idx)
        if written_name:
            return Speaker(written_name, None, tok.text, "person", "direct")
    if tok.text[:1].isupper() and tok.lower_ in reg.surnames:  # a surname parsed as a noun or place
        return Speaker(resolve_name(reg, tok.text, tok.idx) or reg.surnames[tok.lower_], None, tok.text, "person",
                       "direct")
    epithet = _noun_speaker(reg, tok, ent, titled_head)
    if epithet.kind == "person" and epithet.resolved_by == "coreference" and unnamed_mention(reg, tok):
        return Speaker(text_of(noun_phrase(tok)), None, tok.text, "unknown", "coreference")  # "one aide said"
    return epithet


def _lower_case_described(reg: Register, tok: Token) -> Speaker | None:
    """"the baker said" (the tagger may call it PERSON): the person the article described so, or, where nobody was
    named before ("a minister said"), the unnamed description itself."""
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].islower():
        return None
    described = described_person(reg, tok)
    if described is None:
        return None
    if unnamed_mention(reg, tok):
        return Speaker(text_of(noun_phrase(tok)), None, tok.text, "unknown", "coreference")
    return Speaker(described.name, described.role, tok.text, "person", "coreference")


def _role_phrase_speaker(reg: Register, tok: Token) -> Speaker | None:
    """The person named after a whole role phrase that holds ``tok`` ("Minister for Coastal Affairs
    Ada Roe", "the head of the district administration Ada Roe"): the name speaks, the words before
    it are the role (stress batch ao)."""
    phrase = role_phrase(tok)
    at = role_name_start(phrase)
    if at is None:
        return None
    role = without_rank(strip_name(phrase[:at]))
    name = text_of(phrase[at:])
    full = resolve_name(reg, name, phrase[at].idx) or name
    return Speaker(full, text_of(role) or None, text_of(strip_name(phrase)), "person", "direct")


def _group_pronoun(reg: Register, tok: Token) -> Speaker:
    """"It" / "they": the body the pronoun refers back to, or nobody."""
    document = document_antecedent(tok, reg.quoted)
    if document is not None:  # "The council adopted a resolution on Kestria. It demands '...'"
        found = _document_speaker(reg, document)
        return Speaker(found.name, found.role, tok.text, found.kind, "coreference") if found.name else Speaker(
            None, None, tok.text, None, None)
    # "The campaign is seeking to contrast ... what they call '...'": a body noun subject of the
    # same sentence, named or not, before any body mentioned further back.
    acting_noun = [t for t in sent_of(tok) if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")
                   and (t.lower_ in BODY_NOUNS or t.lemma_.lower() in BODY_NOUNS)
                   and not reg_inside(reg, t.idx)]
    if acting_noun:
        found = resolve_subject(reg, acting_noun[-1])
        if found.name:
            return Speaker(found.name, found.role, tok.text, found.kind, "coreference")
    crowd = crowd_before(reg, tok)  # "farmers marched in Velmo against what they called '...'"
    if crowd is not None:
        return Speaker(crowd, None, tok.text, "unknown", "coreference")
    groups = [(pos, ent) for pos, ent in reg.groups if pos < tok.idx and not _subordinate(ent, tok)]
    body_subject = _body_subject_before(reg, tok)
    if body_subject is not None and (not groups or groups[-1][0] < body_subject.idx):
        found = resolve_subject(reg, body_subject)  # "The interior ministry updated the toll. '...,' it said"
        if found.name:
            return Speaker(found.name, found.role, tok.text, found.kind, "coreference")
    if not groups:  # an unfamiliar country name may be labelled PERSON: take it within the sentence
        groups = [(e.start_char, e) for e in ents_within(sent_of(tok))  # never a weekday or a month
                  if e.end <= tok.i and e.root.pos_ == "PROPN" and not _subordinate(e, tok)
                  and e.label_ not in ("DATE", "TIME")]
    writer = _recipient_writer(groups, tok)
    found = resolve_subject(reg, writer) if writer is not None else Speaker()
    if found.name:
        return Speaker(found.name, found.role, tok.text, found.kind, "coreference")
    if groups and writer is None and tok.lower_ == "they" and _sent_to(groups) is not None:
        # "They mailed a petition to Harbour Board members. '...,' they wrote": never the recipient (a
        # quotes-dev tune review case, session 20); the writers are named too far back to tell.
        return Speaker(None, None, tok.text, None, None)
    owned = _owned_body(groups[-1][1]) if groups else None
    if owned is not None:  # "The UN's aid office said ... '...,' it said": the office, not the UN
        found = resolve_subject(reg, owned)
        if found.name:
            return Speaker(found.name, found.role, tok.text, found.kind, "coreference")
    if groups:
        # The latest body named, unless it is a possessor and a body is the sentence's subject
        # ("The council condemned Ostria's test, which it called ...").
        acting = [g for g in groups if g[1].root.dep_ in ("nsubj", "nsubjpass") and sent_of(g[1]) == sent_of(tok)]
        group = (acting if acting and groups[-1][1].root.dep_ == "poss" else groups)[-1][1]
        kind = "country" if group.label_ in ("GPE", "PERSON") else "organisation"
        short = expand_acronym(reg, group) if kind == "organisation" and len(group) == 1 else None
        return Speaker(short or body_name(group), None, tok.text, kind, "coreference")  # "The CRCC ... it said"
    return Speaker(None, None, tok.text, None, None)


def unnamed_one(tok: Token) -> bool:
    """"One of them said" after "Officials said", "One, who asked not to be named, said": a subject
    that names nobody, whose quotation is no earlier speaker's either (stress batches u, bc)."""
    return tok.lower_ == "one" and (not any(p.dep_ == "prep" for p in tok.children) or any(
        p.lower_ == "of" and any(o.pos_ == "PRON" for o in p.children) for p in tok.children))


def _sent_to(groups: list[tuple[int, Span]]) -> Token | None:
    """The verb the latest body was written or sent to ("wrote to the health board", "mailed a petition
    to Harbour Board members"), or None when it is no recipient."""
    last = groups[-1][1].root if groups else None
    while last is not None and last.dep_ == "compound" and last.head.i != last.i:  # "the Velmo health board"
        last = last.head
    if last is None or last.dep_ != "pobj" or last.head.lower_ != "to" or last.head.head.pos_ != "VERB":
        return None
    return last.head.head


def _recipient_writer(groups: list[tuple[int, Span]], tok: Token) -> Token | None:
    """The subject of the verb the latest body was only written or sent to ("The nurses wrote to
    the health board. '...,' they wrote": the nurses; "Members of the Fishers' Guild wrote to the
    Fisheries Agency": the members), when it agrees in number with the pronoun ``tok`` and names no
    person (stress batch ay)."""
    verb = _sent_to(groups)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ != "PERSON"]
    plural = bool(subjects) and (subjects[0].tag_ in ("NNS", "NNPS") or subjects[0].ent_type_ == "ORG")
    return subjects[0] if subjects and (plural or tok.lower_ == "it") else None


def _document_speaker(reg: Register, document: Token) -> Speaker:
    """Who speaks through a document "it" refers to: for an object ("X adopted a resolution"), the
    subject that acted on it (X, whether X wrote it or rejected it); else its author."""
    if document.dep_ == "dobj":
        subj = [c for c in document.head.children if c.dep_ == "nsubj" and not reg_inside(reg, c.idx)]
        if subj and subj[0].lemma_.lower() not in DOCUMENT_NOUNS:
            return resolve_subject(reg, subj[0])
    if document.dep_ == "nsubjpass":  # "The resolution, co-sponsored by X and Y, was adopted by Z": Z
        agents = [o for a in document.head.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if agents and agents[0].lemma_.lower() not in DOCUMENT_NOUNS:
            found = resolve_subject(reg, agents[0])
            if found.name:
                return found
    return _document_author(reg, document)


def _body_subject_before(reg: Register, tok: Token) -> Token | None:
    """The latest body noun ("the interior ministry", no name a tagger knows) or named body ("The
    Brightwater House of Representatives voted ...": blind batch qd) that was a main clause's subject
    before ``tok``, outside quotations, in its paragraph or the one before."""
    para = reg.paragraph_of[tok.i]
    for t in reversed(tok.doc[: tok.i]):
        if para - reg.paragraph_of[t.i] > 1:
            return None
        if (t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.tag_ in ("NN", "NNP")
                and (t.lower_ in BODY_NOUNS or t.lemma_.lower() in BODY_NOUNS or t.ent_type_ == "ORG")
                and not reg_inside(reg, t.idx)):
            return t
    return None


def _owned_body(group: Span) -> Token | None:
    """The body a possessor owns when that body is its main clause's subject ("the UN's aid
    office said": office), or None."""
    owned = group.root.head
    if group.root.dep_ != "poss" or owned.dep_ not in ("nsubj", "nsubjpass") or owned.head.dep_ != "ROOT":
        return None
    return owned if owned.lower_ in BODY_NOUNS or owned.lemma_.lower() in BODY_NOUNS else None


def _named_after(reg: Register, pron: Token) -> Speaker | None:
    """"'...,' she said." opening a story that names nobody before it: the person the next sentence
    introduces ("Ada Roe, a teacher, now sleeps in a gym"), of the pronoun's sex where the text shows
    it. Only the next sentence, and never an office-holder there: "The mayor, Ilse Varga, ordered the
    evacuation" is news about the mayor (an invented counter-case to stress batch n's rule)."""
    doc = pron.doc
    sent = sent_of(pron)
    if sent.end >= len(doc):
        return None
    following = sent_of(doc[sent.end])
    gender = PRONOUN_GENDER.get(pron.lower_)
    for p in reg.people:
        if p.position <= pron.idx or reg_inside(reg, p.position):
            continue
        if p.position >= following.end_char:
            return None
        words = [*(p.role or "").split(), *p.described]
        if any(is_title(w) for w in words):
            return None
        known = reg.gender.get(p.name) or reg.name_gender.get(p.name)
        if gender is None or known is None or known == gender:
            return Speaker(p.name, p.role, pron.text, "person", "coreference")
    return None


def _noun_speaker(reg: Register, tok: Token, ent: Span | None, titled_head: bool) -> Speaker:
    """A subject that is no name of a person: a document, place, body, title, kin or description."""
    words = noun_phrase(tok)
    if tok.lower_ in PERSON_GROUP_NOUNS or tok.lemma_.lower() in PERSON_GROUP_NOUNS:  # "a source familiar with X"
        words = with_postmodifier(tok, words)
    written = text_of(words)
    if ent is not None and ent.label_ == "ORG" and ent.end - 1 > tok.i and words and words[0].i >= ent.start:
        written = clean_name(ent)  # "the Committee for Mountain Rescue": the name runs on past its head noun
    head = tok.lower_
    if head in DOCUMENT_NOUNS or tok.lemma_.lower() in DOCUMENT_NOUNS:
        return _document_author(reg, tok)
    if head in PLACE_NOUNS or tok.lemma_.lower() in PLACE_NOUNS or (ent is not None and ent.label_ in ("LOC", "FAC")):
        return Speaker(None, None, tok.text, None, None)
    if tok.text[:1].islower() and not titled_head:
        found = kin_person(reg, tok, words) or named_body(reg, tok, words)
        if found is not None:
            return found
    if head in BODY_NOUNS or tok.lemma_.lower() in BODY_NOUNS:
        # "the official added": one person of a group noun, the epithet of the person just named
        if head in PERSON_GROUP_NOUNS or tok.lemma_.lower() in PERSON_GROUP_NOUNS:
            body = represented_body(reg, tok)
            if body is not None:  # "officials at the Velmo Water Board said": the board speaks (stress batch as)
                return Speaker(body, written or None, written, "organisation", "direct")
        one = epithet_person(reg, tok, words) if head in PERSON_GROUP_NOUNS else None
        return one or _body_speaker(reg, tok, words, written)
    if titled_head:
        title = [t for t in words if t.i <= tok.i and t.dep_ != "prep"]
        # "an official", or "officials" (many people): no one person the article named before
        indefinite = tok.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        titled = resolve_title(reg, title) if title and not indefinite else None
        if titled is not None:
            return Speaker(titled.name, titled.role or written, written, "person", "coreference")
        if titled is None and not indefinite and (party := party_of_title(reg, title)) is not None:
            # "the Republican nominee said": the person written beside that party, not the one named last
            return Speaker(party.name, party.role or written, written, "person", "coreference")
        body = None if title_abbreviation(tok) else represented_body(reg, tok)  # "MP for <seat>"
        if body is not None:  # "a spokesperson for the Aviation Authority": nobody named; the body speaks
            return Speaker(body, written or None, written, "organisation", "direct")
        if titled is None and not indefinite and (office := earlier_unnamed_office(reg, tok)) is not None:
            return office  # "... the spokesperson said" after "a spokesperson for the ministry said"
        # "the official added", "the veteran officer said": a definite title no written role
        # matches is an epithet for the person just named
        epithet = epithet_person(reg, tok, words) if titled is None and not indefinite else None
        if epithet is not None and qualifier_agrees(reg, title, epithet):
            return Speaker(epithet.name, written or None, written, "person", "coreference")
        its = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        owner = _group_pronoun(reg, its) if its is not None else Speaker()
        if owner.name:  # "The Water Board said ... '...,' its spokesperson said": unnamed, the body speaks
            return Speaker(owner.name, written or None, written, owner.kind, "coreference")
        return Speaker(written or None, written or None, written, "unknown", None)
    if (party_word(tok) and tok.tag_ in ("NNP", "NN")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and (member := party_person(reg, tok)) is not None):
        return Speaker(member.name, member.role or written, written, "person", "coreference")  # "the Democrat said"
    if ent is not None:
        kind = "country" if ent.label_ in ("GPE", "NORP") else "organisation"
        name = body_name(ent) if len(words) <= len(ent) else written
        if kind == "organisation":
            name = expand_acronym(reg, ent) or headline_body(reg, tok) or fuller_body(reg, ent) or name
        return Speaker(name, None, written, kind, "direct")
    if words and any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in words):
        return Speaker(written, None, written, "organisation", "direct")
    if tok.pos_ in ("NOUN", "PROPN") and written:
        described = described_person(reg, tok)
        if described is not None and unnamed_mention(reg, tok):  # "a minister said": nobody named before
            return Speaker(text_of(noun_phrase(tok)), None, tok.text, "unknown", "coreference")
        if described is not None:
            return Speaker(described.name, described.role, written, "person", "coreference")
        return epithet_person(reg, tok, words) or Speaker(written, None, written, "unknown", None)
    return Speaker(None, None, tok.text, None, None)

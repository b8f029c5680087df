"""Figures: the parts of a fact box's label that name no kind, and labels that name one by a shelter or a carrier.

A situation update's table of key figures labels each count, and the label carries more than its kind
word: the body that counted it in brackets ("Killed (provincial health office): 14"), the span it
covers ("... since 2 May: 3,200", "... in total: 410"), the means or doer ("People evacuated by air: 900"),
and for the displaced often no kind word at all, only a verb of staying and the shelter ("People registered
in the Marl camps: 3,200") or the shelter alone ("People in relief shelters: 2,100"). The
label reader in ``figures_context`` calls these to set the source and the span aside and to read the
shelter; a label whose place is no shelter ("Voters registered in Orvik") still names no kind. A label of
moving people by organised transport ("Passengers moved by special trains: 800") names the evacuated.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from groundwatch import lexicons
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.figures_transport import laid_on_carrier
from groundwatch.stages.extract.figures_words import people_like

__all__ = ["STAYING", "before_bracket", "label_tail", "shelter_label_kind"]

#: The most tokens a label's bracketed note holds ("(district health office)", "(burns, smoke, cuts)"); chosen
#: on the sitrep labels of the stress batches and corpus_j's table (at most four words inside), with room for
#: the commas between four listed words.
_BRACKET_REACH = 8
#: Words that open a label's closing span, which is no part of its kind: "since 2 May", "in total",
#: "as of Monday".
_SPAN_OPENERS = frozenset({"since", "as", "until", "till"})
#: Words that open the means or the doer of a label's kind, which is no part of it either: "People evacuated by
#: sea", "Injured by falling debris", "Evacuated via the northern port" (the kind word before them decides).
_MEANS_OPENERS = frozenset({"by", "via"})
#: Verbs of staying or being filed in a place whose label, with a shelter, names the displaced.
STAYING = frozenset({"register", "shelter", "live", "stay", "sleep", "house", "host", "accommodate"})
#: Words that name the displaced themselves and may head such a label beside the verb ("Displaced people
#: registered in camps"): the kind then said twice, by the word and by the shelter.
_DISPLACED_HEADS = frozenset({"displaced", "idps", "idp"})
#: Modifiers that make a building a shelter ("relief centres", "evacuation halls"), as ``figures_places`` reads
#: them in prose.
_SHELTER_MODIFIERS = lexicons.words("figure_words", list="shelter_modifier")


def before_bracket(doc: Doc, end: int, first: int) -> int:
    """Where a label's words end before its mark at ``end``, past a bracketed source ("Killed (police): 4",
    whose "):" the tokenizer keeps as one token); ``end - 1`` when there is no bracket."""
    j = end if doc[end].text == "):" else end - 1
    if doc[j].text not in (")", "):"):
        return end - 1
    for k in range(j - 1, max(first, j - _BRACKET_REACH) - 1, -1):
        if doc[k].text == "(":
            return k - 1
        if doc[k].is_punct and not _inside_note(doc[k]):
            break
    return end - 1


def _inside_note(mark: Token) -> bool:
    """A mark a bracketed note may hold: the comma of a list ("(burns, respiratory)") or a hyphen or slash
    inside a word ("(pre-emptive and forced)"); any other mark ends an item or a clause, not a note."""
    if mark.text == ",":
        return True
    doc = mark.doc
    return mark.text in ("-", "/") and not mark.whitespace_ and mark.i > 0 and not doc[mark.i - 1].whitespace_


def label_tail(words: list[Token]) -> list[Token]:
    """The label without its closing span: "since 2 May", "in total", "as of Monday", "by sea" name no kind."""
    for k, t in enumerate(words):
        if k > 0 and (t.lower_ in _SPAN_OPENERS | _MEANS_OPENERS or (
                t.lower_ == "in" and k + 1 < len(words) and words[k + 1].lower_ == "total")):
            return words[:k]
    return words


def shelter_label_kind(words: list[Token], cut: int, fillers: frozenset[str]) -> str | None:
    """"People registered in the Marl camps", "Families sheltering in schools": a label of staying in
    a shelter names the displaced (the label's head words are fillers and one verb of staying); with no
    verb ("People in relief shelters", "Families in camps") only a shelter that means a lost home does."""
    if cut >= len(words) and _moved_on_carrier(words, fillers):
        return "evacuated"
    if cut >= len(words) or words[cut].lower_ != "in":
        return None
    head = words[:cut]
    verbs = [t for t in head if t.lemma_.lower() in STAYING]
    if not verbs and head and all(t.lower_ in fillers for t in head):
        return "displaced" if _shelter_named(words[cut + 1:]) else None
    if len(verbs) != 1 or any(t is not verbs[0] and t.lower_ not in fillers | _DISPLACED_HEADS for t in head):
        return None
    shelters = lex.SHELTERS | (lex.TEMPORARY_SHELTERS if verbs[0].lemma_.lower() in lex.STAY_TEMPORARY_VERBS
                               else frozenset())
    return "displaced" if any(t.lemma_.lower() in shelters for t in words[cut + 1:]) else None


def _shelter_named(place: list[Token]) -> bool:
    """"in camps", "in relief centres", "in evacuation halls": a shelter, or a building a modifier before it
    makes one (a bare "in schools" or "in centres" is no lost home)."""
    return any(t.lemma_.lower() in lex.SHELTERS or (
        k > 0 and t.lemma_.lower() in lex.TEMPORARY_SHELTERS and place[k - 1].lemma_.lower() in _SHELTER_MODIFIERS)
        for k, t in enumerate(place))


def _moved_on_carrier(words: list[Token], fillers: frozenset[str]) -> bool:
    """"Passengers moved by special trains: 800", "People taken out by bus": a label of moving people whose
    means (cut off as no part of the kind) is organised transport names the evacuated."""
    verbs = [t for t in words if t.lemma_.lower() in lex.SAFETY_VERBS]
    if len(verbs) != 1 or any(t is not verbs[0] and not people_like(t) and t.lower_ not in fillers | {"out"}
                              for t in words):
        return False
    doc = words[0].doc
    k = words[-1].i + 1
    if k >= len(doc) or doc[k].lower_ not in _MEANS_OPENERS:
        return False
    means = []
    for t in doc[k + 1:]:
        if t.is_punct:
            break
        means.append(t)
    return any(laid_on_carrier(t) for t in means)


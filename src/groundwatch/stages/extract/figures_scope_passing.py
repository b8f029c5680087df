"""Figures: another event's toll told in passing, in a relative clause after the event the story is measured from.

"The flood comes three days after the storm of Varrow, in Kessa province, where the toll rose on Monday to 40
dead": a story about one event (the subject, "the flood", or a word that covers it, "the disaster") dates it
by another ("after the storm of Varrow") and gives that other's toll in a relative clause set after it. The
count is the other event's, never the story's own. ``figures_scope_named.measured_other_event`` reads the
clause form ("two days after an explosion killed 26"); this is the noun form, where the parser hangs the
relative clause on a place of the other event ("in Kessa province, where ...").

Known by the grammar: the count's clause is a relative clause, standing after an "after" / "before" phrase
whose noun is an event noun; the verb that phrase hangs on has an event noun (or a word that covers one,
``event_cover`` in ``data/figure_words.tsv``) of another kind as its subject, and the relative clause's noun
hangs on that same verb, within a few steps. "Rescuers dug on after the quake in Varrow, where 40 died" (a
subject of people) stays the story's own count. Found on the invented corpus_q's look-alike (2026-12-05).
"""

from __future__ import annotations

from spacy.tokens import Token

from groundwatch import lexicons

__all__ = ["toll_in_passing"]

_EVENT_NOUNS = lexicons.words("event_words", kind="noun")
#: Nouns that stand for the story's own event without saying what it was: "The disaster comes ...".
_COVER_NOUNS = lexicons.words("figure_words", list="event_cover")
#: Prepositions that measure one event from another in time.
_MEASURING = frozenset({"after", "before", "following"})
#: How many heads up from the relative clause's noun the verb may lie ("after the storm of Varrow, in Kessa
#: province, where ...": province -> in -> comes, two; "after the massacre at the Orlen depot in Vessa, whose toll
#: ...": Vessa -> in -> depot -> at -> massacre -> after -> comes, six); set at the deepest of the invented test
#: sentences (four, then six after corpus_r's look-alike at merge; the subject and "after" tests bound it, not this).
_CLIMB = 6


def toll_in_passing(clause: Token) -> bool:
    """Whether the count's ``clause`` is a relative clause giving the toll of the event its story is measured
    from (see the module docstring)."""
    if clause.dep_ == "conj" and clause.head.dep_ == "relcl":
        clause = clause.head  # "where 40 died and 60 were hurt": the second verb shares the relative clause
    if clause.dep_ != "relcl":
        return False
    verb = clause.head
    for _ in range(_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lemma_.lower() in _EVENT_NOUNS | _COVER_NOUNS), None)
    other = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in _MEASURING
                  for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _EVENT_NOUNS), None)
    return own is not None and other is not None and own.lemma_.lower() != other.lemma_.lower() and \
        other.i < clause.i

"""Figures: people taken out alive are rescued, not evacuated.

A verb of taking people out ("pulled out", "got out", "airlifted", "evacuated") makes them evacuated: taken
out of a danger before it reaches them. Said with the predicate adjective "alive" ("pulled 31 people out
alive", "were got out alive", "airlifted six climbers out alive"), the danger had already reached them:
they were trapped, buried or adrift and came out living. That is a rescue, and SCHEMA.md has no kind for
the rescued: the stress set's convention (batches 2, 4, 10, 47, 53, 54: "were rescued alive from the
rubble", "pulled 17 people alive from the rubble") counts them as no figure. The bodies recovered beside
them are still the dead, and people still trapped still the affected; only the count said to come out
alive loses its kind.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["came_out_alive"]

#: Predicate adjectives that say the people taken out were in the danger already and survived it
#: ("alive" and its near synonym "living"; "safe" is left out: "evacuated safely" is an evacuation).
_SURVIVING = frozenset({"alive", "living"})
#: Dependencies the parser gives a predicate adjective after a verb and its object ("pulled 31 people out
#: alive": oprd; "got nine children out alive": acomp; sometimes advmod or xcomp).
_PREDICATE_DEPS = frozenset({"oprd", "acomp", "advmod", "xcomp", "advcl"})


def came_out_alive(verb: Token) -> bool:
    """"pulled 31 people out alive", "56 were brought out alive": the verb's people came out of a danger living."""
    return any(c.dep_ in _PREDICATE_DEPS and c.lower_ in _SURVIVING for c in verb.children)

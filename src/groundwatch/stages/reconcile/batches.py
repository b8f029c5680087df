"""A count of one batch: what one stretch of work found, freed or did, not a tally (counts.py).

Rescuers report the bodies they recover, the people they free, the arrests they make, batch by batch:
"recovered nine more bodies", "another four were freed", "the last three bodies", "recovered eight bodies
between 22:00 and 06:00". Such a count adds to a tally; set against the tally, or against another batch of
the same day, it is no disagreement (corpus_s's blind run: a night's bodies against the day's total, and two
batches against each other, came out as two false contradictions). It stays in the figure table and the
updates; only the same-day comparison leaves it out.

Two grammatical marks, general English, not tuned on a set:
  - an increment in the count's own noun phrase: a determiner or adjective that says the count adds to an
    earlier one ("another", "a further", "an additional", "the last", "the final", "the remaining") before
    it, or "more", "further", "additional" after its number ("seven more bodies", not "more than seven");
  - a stretch of time bounded at both ends in its sentence ("between <time> and <time>", "from <time> to
    <time>"): a shift's or a night's work. "Overnight" alone is not one: "overnight shelling killed 12" is
    the event's own toll, and two outlets' overnight tolls may well disagree.
"""

from __future__ import annotations

import re

from groundwatch.stages.reconcile.figures import FigClaim

__all__ = ["added", "batch"]

#: Words right before a count that make it an increment ("another 12", "the last three bodies").
_BEFORE_RE = re.compile(r"\b(?:another|a\s+further|further|an\s+additional|additional|the\s+(?:last|final|remaining)"
                        r"|(?:a|the)\s+(?:fresh|new)\s+batch\s+of)\s*$", re.IGNORECASE)
#: "more", "further" or "additional" after the count's number ("nine more bodies", "12 further arrests"): never
#: "more than" (a bound) and never at the phrase's start ("more than 20 people").
_AFTER_NUMBER_RE = re.compile(r"\s(?:more|further|additional)\b(?!\s+than)", re.IGNORECASE)
#: A time of day or a day: the ends of a bounded stretch ("22:00 hrs", "10 pm", "6.30 a.m.", "midnight", "Monday").
_WHEN = (r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:hrs|hours|h|am|pm|a\.m\.|p\.m\.)?|midnight|noon|midday|dawn|dusk"
         r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)")
_WINDOW_RE = re.compile(rf"\b(?:between\s+{_WHEN}\s+and|from\s+{_WHEN}\s+(?:to|until|till))\s+{_WHEN}(?!\w)",
                        re.IGNORECASE)
#: Characters before a count searched for an increment word.
_BEFORE_CHARS = 30


def batch(c: FigClaim) -> bool:
    """Whether a claim counts one batch (see the module docstring), not a tally."""
    sentence = c.claim.sentence or ""
    text = c.figure.text
    at = sentence.find(text)
    after = sentence[at + len(text):] if at >= 0 else ""
    more = _AFTER_NUMBER_RE.search(text) or _AFTER_NUMBER_RE.match(after)  # inside the phrase, or right after it
    return bool(added(c) or more or _WINDOW_RE.search(sentence))


def added(c: FigClaim) -> bool:
    """Whether a claim's count is said to add to an earlier one by a word before it ("a further nine rifles",
    "another 12 bodies"). Not "nine more": after a count of another kind "N more" is a count of its own ("killed
    31 and left five more under the mud"), so only the words before the count say the number was added."""
    sentence = c.claim.sentence or ""
    at = sentence.find(c.figure.text)
    return at >= 0 and bool(_BEFORE_RE.search(sentence[max(0, at - _BEFORE_CHARS):at]))

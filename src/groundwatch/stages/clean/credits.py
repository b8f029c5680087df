"""An agency's credit glued to the last sentence of a copied wire story ("... on Tuesday afternoon.Agencyname").

A copy pasted from a wire feed may lose the line break between the story's last sentence and the credit
that closed it, so the line ends in a capitalised name right after the sentence's full stop, with no space.
As one line it reads as neither prose nor a credit, and the cleaner dropped it whole, the sentence with it.
Put back on a line of its own, the credit is dropped and the sentence kept. General typography, not tuned on
any set; invented corpus_l's wire copy is the one case seen (tests/fixtures/corpus_l.README.md).
"""

from __future__ import annotations

import re

#: A sentence's end (a lower-case letter, digit or closing bracket, then its stop and maybe a closing quote)
#: with one to three capitalised words glued to it and closing the line: "...afternoon.Northwire",
#: "...he said.\u201dCoast News Agency". Initials ("U.S.A") and decimals never match: a capital or a digit
#: follows the stop there only inside a word.
_GLUED = re.compile(r"(?<=[a-z0-9)\]][.!?])([\"\u201d\u2019]?)([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})[ \t]*$",
                    re.MULTILINE)
#: Words the line must hold before the credit to be a sentence: a title or a label glued to a name is no
#: sentence ("Dr.Smith"). Chosen by reading, not tuned (a news sentence is longer; a label is shorter).
SENTENCE_MIN_WORDS = 6


def unglue_credit(body: str) -> str:
    """``body`` with every credit glued to a sentence's end put on a line of its own."""

    def split(m: re.Match[str]) -> str:
        line_start = body.rfind("\n", 0, m.start()) + 1
        if len(body[line_start:m.start()].split()) < SENTENCE_MIN_WORDS:
            return m.group(0)
        return f"{m.group(1)}\n{m.group(2)}"

    return _GLUED.sub(split, body)

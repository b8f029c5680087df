"""Cleaning: a call to action written as a full sentence that names no reader ("Follow Corran Weekly on
social media for more.", "Subscribe to the Eastway Review for more interviews."). ``features`` drops a
sentence that opens with a call to action only when it speaks to the reader ("follow us") or names a
network ("on Facebook"); these end with what the prompt promises instead: more of the outlet's pages,
or its social media. "Follow the coast road for more than 20 miles" is no prompt: the line must end
with the promise.
"""

from __future__ import annotations

import re

#: The promise that ends a prompt: "for more.", "for more interviews.", "on social media."
PROMPT_TAIL = re.compile(
    r"(?:\bfor\s+more(?:\s+(?:news|stories|updates|interviews|coverage|videos|analysis|reporting|like\s+this))?"
    r"|\bfor\s+(?:the\s+latest|(?:daily\s+|weekly\s+|more\s+)?updates|breaking\s+news)(?:\s+\w+){0,2}"
    r"|\bon\s+social\s+media(?:\s+for\s+more(?:\s+\w+)?)?)\s*[.!]?\s*$",
    re.IGNORECASE)

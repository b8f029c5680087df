"""Cleaning: a call to action written as a full sentence that names no reader ("Follow Corran Weekly on
social media for more.", "Subscribe to the Eastway Review for more interviews."). ``features`` drops a
sentence that opens with a call to action only when it speaks to the reader ("follow us") or names a
network ("on Facebook"); these end with what the prompt promises instead: more of the outlet's pages,
or its social media. "Follow the coast road for more than 20 miles" is no prompt: the line must end
with the promise. The promise may also be the outlet's app or its alerts ("Download the Lumen Daily app.",
"Get the Tarsk Ledger app - breaking news alerts first!", "Download our app and never miss a story."); an app
named as advice keeps going past it ("Download the flood app to receive warnings") and stays.
"""

from __future__ import annotations

import re

#: The promise that ends a prompt: "for more.", "for more interviews.", "on social media."
PROMPT_TAIL = re.compile(
    r"(?:\bfor\s+more(?:\s+(?:news|stories|updates|interviews|coverage|videos|analysis|reporting|like\s+this))?"
    r"|\bfor\s+(?:the\s+latest|(?:daily\s+|weekly\s+|more\s+)?updates|breaking\s+news)(?:\s+\w+){0,2}"
    r"|\bon\s+social\s+media(?:\s+for\s+more(?:\s+\w+)?)?"
    # the app or the alerts as the promise (session 35, corpus_v's blind run; invented batch in test_prompts_v)
    r"|\bapps?(?:\s+(?:today|now|for\s+free))?"
    r"|\b(?:(?:breaking|news|instant)\s+)*(?:alerts|notifications)(?:\s+first)?"
    r"|\bbe\s+the\s+first\s+to\s+know|\bnever\s+miss\s+an?(?:\s+\w+){1,2})\s*[.!]?\s*$",
    re.IGNORECASE)

"""A story's label: the headline of its event, chosen among its articles' titles.

A cleaned title can still be page furniture that happened to sit first (a section name such as
"World Markets", a country tag, "Top 5 This Week"). A title reads as the event's headline when it
has a few words and its content words recur in the story's other articles (or, for a lone article,
in its own text). The earliest such title is the label: it names the event as first reported.
When no title qualifies, the label is the earliest article's first sentence of reporting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from groundwatch.records import ArticleFacts, CleanArticle

__all__ = ["story_label", "story_labels"]

#: Fewest words in a headline: one or two words ("Laos", "World Markets") are tags or sections.
MIN_HEADLINE_WORDS = 3
#: Share of the story's other articles whose title and lead must repeat two of a title's content
#: words for it to be the story's headline (a section name shares none with the reporting).
MIN_SUPPORT = 0.5
#: Letters of a word compared (a crude stem).
STEM_CHARS = 5
#: Longest label taken from a first sentence (characters).
MAX_LABEL_CHARS = 120

_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|\n+")
# Words that say nothing about which event a title is about.
_STOP = frozenset({
    "after", "amid", "over", "from", "with", "that", "this", "have", "been", "were", "will", "into", "their",
    "says", "said", "more", "than", "about", "update", "updated", "live", "news", "latest", "breaking",
    "developing", "story",
})


def _content(text: str) -> set[str]:
    # Five-letter stems: "floodwater" and "flooding", "Ukraine" and "Ukrainian" are one subject.
    return {w.lower()[:STEM_CHARS] for w in _WORD_RE.findall(text) if w.lower() not in _STOP}


def _lead(clean: CleanArticle, facts: ArticleFacts) -> str:
    if facts.sentences:
        return " ".join(s.text for s in facts.sentences[:3])
    return clean.text[:600]


def _is_headline(title: str, own: str, others: Sequence[str]) -> bool:
    words = _content(title)
    if len(title.split()) < MIN_HEADLINE_WORDS or len(words) < 2:
        return False
    texts = others or [own]
    support = sum(1 for t in texts if len(words & _content(t)) >= 2)
    return support >= MIN_SUPPORT * len(texts)


def story_label(members: Sequence[tuple[CleanArticle, ArticleFacts]]) -> str:
    """The headline of a story's event (see the module docstring).

    Args:
        members: the story's articles with their facts (at least one).

    Returns:
        A title of one of them, or the earliest article's first sentence, clipped.
    """
    dated = sorted(members, key=lambda m: (m[0].published or dt.date.max, m[0].id))
    leads = {c.id: _lead(c, f) for c, f in dated}
    for clean, _ in dated:
        title = (clean.article.title or "").strip()
        others = [leads[c.id] for c, _ in dated if c.id != clean.id]
        if title and _is_headline(title, clean.text.replace(title, "", 1), others):
            return title
    for clean, facts in dated:
        for sentence in (*(s.text for s in facts.sentences), *_SENTENCE_RE.split(clean.text)):
            sentence = " ".join(sentence.split())
            if len(sentence.split()) >= 2 * MIN_HEADLINE_WORDS:
                return sentence if len(sentence) <= MAX_LABEL_CHARS else sentence[:MAX_LABEL_CHARS - 1] + "…"
    return (dated[0][0].article.title or dated[0][0].text.split("\n", 1)[0])[:MAX_LABEL_CHARS]


def story_labels(items: Sequence[tuple[CleanArticle, ArticleFacts]], story_of: dict[str, str]) -> dict[str, str]:
    """Every story's label (story id -> label) over the analysed articles and their stories."""
    by_story: dict[str, list[tuple[CleanArticle, ArticleFacts]]] = {}
    for clean, facts in items:
        if clean.id in story_of:
            by_story.setdefault(story_of[clean.id], []).append((clean, facts))
    return {sid: story_label(members) for sid, members in by_story.items()}

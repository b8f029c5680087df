"""Quotes across a story: the same quotation merged across articles, its speaker voted by
independent sources, conflicting speakers, and unnamed speakers resolved from the story."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from groundwatch import lexicons
from groundwatch.records import ArticleFacts, Claim, CleanArticle, Contradiction, MergedQuote, Quote, StoryPicture
from groundwatch.stages.reconcile.common import WORD_RE, Ctx
from groundwatch.unionfind import components

#: Two quotations are the same when their word sets overlap by this share of the larger one
#: (the scorer's own quote-matching rule, which survives punctuation and translation variants).
QUOTE_OVERLAP = 0.7
#: ... or when a fragment of at least this many words lies (nearly) inside a longer version.
QUOTE_FRAGMENT_WORDS = 4
QUOTE_FRAGMENT_CONTAINED = 0.9


def _words(text: str) -> set[str]:
    return set(WORD_RE.findall(text.lower()))


def same_quote(a: str, b: str) -> bool:
    """Whether two quotations are the same words (allowing fragments of a longer version)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    inter = len(wa & wb)
    if inter / max(len(wa), len(wb)) >= QUOTE_OVERLAP:
        return True
    small = min(len(wa), len(wb))
    return small >= QUOTE_FRAGMENT_WORDS and inter / small >= QUOTE_FRAGMENT_CONTAINED


def _same_speaker(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    return bool(wa and wb and (wa[-1] == wb[-1] or set(wa) <= set(wb) or set(wb) <= set(wa)))


# Head nouns of titles and bodies: a speaker ending in one is a description, not a name.
#: A speaker whose last word is a role noun ("the Foreign Minister") is a description, not a name.
_ROLE_NOUNS = lexicons.words("roles")


def _is_person_name(speaker: str) -> bool:
    words = speaker.split()
    return len(words) >= 2 and words[-1].lower() not in _ROLE_NOUNS and all(w[:1].isupper() for w in words)


def merge_quotes(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: Ctx, story_id: str
                  ) -> tuple[list[MergedQuote], list[Contradiction]]:
    quotes = [(clean.id, q) for clean, facts in items for q in facts.quotes if q.text.strip()]
    comps = components(len(quotes), lambda i, j: same_quote(quotes[i][1].text, quotes[j][1].text))
    merged: list[MergedQuote] = []
    conflicts: list[Contradiction] = []
    for comp in comps:
        members = [quotes[k] for k in comp]
        # A name resolved in some article beats a bare description ("the foreign minister") in another.
        named = ([(aid, q) for aid, q in members if q.speaker and q.speaker_kind != "unknown"]
                 or [(aid, q) for aid, q in members if q.speaker])
        votes: dict[str, set[int]] = defaultdict(set)
        for aid, q in named:
            key = next((k for k in votes if _same_speaker(k, q.speaker or "")), q.speaker or "")
            votes[key].add(ctx.group_of.get(aid, -1))
        speaker = max(votes, key=lambda s: (len(votes[s]), len(s)), default=None)
        if speaker is not None:  # the fullest spelling of the winning name
            speaker = max((q.speaker for _, q in named if q.speaker and _same_speaker(q.speaker, speaker)),
                          key=len, default=speaker)
        role = next((q.speaker_role for _, q in named if q.speaker and speaker
                     and _same_speaker(q.speaker, speaker) and q.speaker_role), None)
        sources = tuple(Claim(article=aid, sentence=q.span.sentence, value=q.speaker,
                              outlet=ctx.outlet.get(aid), start=q.span.start, end=q.span.end)
                        for aid, q in members)
        # Conflicting speakers: two people named for one quotation of some length. A title ("the
        # foreign minister") or a body is not a conflicting name: it may be the same person.
        people = {k for k in votes if _is_person_name(k)}
        if (len(people) >= 2 and len(_words(members[0][1].text)) >= QUOTE_FRAGMENT_WORDS
                and all((q.speaker_kind or "person") == "person" for _, q in named)
                and len({aid for aid, _ in named}) >= 2):
            conflicts.append(Contradiction(field="actor", about=f"speaker of \"{members[0][1].text[:60]}\"",
                                           claims=tuple(c for c in sources if c.value), story=story_id))
        resolved_by = None if speaker is None else ("direct" if len(named) == len(members) else "story")
        merged.append(MergedQuote(text=max((q.text for _, q in members), key=len), speaker=speaker,
                                  speaker_role=role, sources=sources,
                                  independent_sources=ctx.groups(aid for aid, _ in members),
                                  resolved_by=resolved_by))
    merged.sort(key=lambda m: (-m.independent_sources, m.text))
    return merged, conflicts


_ROLE_FILLER = frozenset({"the", "a", "an", "of", "'s", "’s"})


def _role_key(description: str) -> frozenset[str] | None:
    """A role description as comparable words: country adjectives and names folded to the country.

    "the Kastavian foreign minister", "Kastavia's Foreign Minister" and "Kastavian Foreign Minister"
    give the same key. None when the description has fewer than two words (a bare "the minister" is
    too vague to name anyone across a story).
    """
    from groundwatch.stages.extract.gazetteer import normalise_country

    words = []
    for raw in re.findall(r"[^\W_]+(?:['’]s)?", description):
        w = re.sub(r"['’]s$", "", raw)
        if w.lower() in _ROLE_FILLER:
            continue
        country = normalise_country(w)
        words.append((country or w).lower())
    return frozenset(words) if len(words) >= 2 else None


def _story_roles(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> dict[frozenset[str], tuple[str, str]]:
    """Role description -> (person, role) for roles that name exactly one person in the story."""
    seen: dict[frozenset[str], set[tuple[str, str]]] = defaultdict(set)
    for _clean, facts in items:
        for a in facts.actors:
            if a.kind != "person" or not a.role or len(a.name.split()) < 2:
                continue
            role = f"{a.affiliation} {a.role}" if a.affiliation and a.affiliation not in a.role else a.role
            key = _role_key(role)
            if key is not None:
                seen[key].add((a.name, a.role))
    # Ambiguous roles (two people called "foreign minister" of one country) name nobody.
    return {k: next(iter(v)) for k, v in seen.items() if len({n for n, _ in v}) == 1}


def resolve_speakers(items: Sequence[tuple[CleanArticle, ArticleFacts]],
                     picture: StoryPicture) -> dict[str, tuple[Quote, ...]]:
    """Each article's quotes with unnamed speakers filled in from the story's other articles.

    Args:
        items: the story's articles and facts, as given to :func:`reconcile`.
        picture: the story's reconciled picture.

    Returns:
        Article id -> its quotes; a quote that gained a speaker has ``resolved_by="story"``.
    """
    by_source = {(c.article, c.start, c.end): m for m in picture.quotes for c in m.sources}
    roles = _story_roles(items)
    out: dict[str, tuple[Quote, ...]] = {}
    for clean, facts in items:
        quotes = []
        for q in facts.quotes:
            m = by_source.get((clean.id, q.span.start, q.span.end))
            # Unnamed in this article: no speaker, or only a description as written ("the
            # foreign minister") that the quotes extractor could not tie to a name here.
            unnamed = q.speaker is None or (q.speaker_kind == "unknown" and q.resolved_by is None)
            if unnamed and m is not None and m.speaker is not None and m.speaker != q.speaker:
                q = replace(q, speaker=m.speaker, speaker_role=q.speaker_role or m.speaker_role,
                            resolved_by="story")
            elif unnamed and q.speaker and (key := _role_key(q.speaker)) is not None:
                named = roles.get(key)
                if named is not None:  # "the Kastavian foreign minister" -> the one the story names so
                    q = replace(q, speaker=named[0], speaker_role=q.speaker_role or named[1],
                                resolved_by="story")
            quotes.append(q)
        out[clean.id] = tuple(quotes)
    return out

"""Claims of responsibility: different actors claiming one event, from different articles; and who
claimed or denied it, for the stated-facts table."""

from __future__ import annotations

import re
from collections.abc import Sequence

from groundwatch.records import ArticleFacts, Claim, CleanArticle, Contradiction
from groundwatch.stages.reconcile.common import Ctx, parse, same_subject, subject_key

_RESPONSIBILITY_RE = re.compile(r"\b(claimed|claims|claim|took|takes|take|taken|claiming)\s+responsibility\b",
                                re.IGNORECASE)


def responsibility_sentences(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> list[str]:
    """The sentences :func:`responsibility` and :func:`responsibility_claims` parse (so a caller can parse
    many stories' in one batch): those naming a claim or a denial of responsibility."""
    return [s.text for _, facts in items for s in facts.sentences
            if _RESPONSIBILITY_RE.search(s.text) or _DENIAL_RE.search(s.text)]


def responsibility(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: Ctx,
                    story_id: str) -> list[Contradiction]:
    claims: list[tuple[frozenset[str], Claim]] = []
    for clean, facts in items:
        for s in facts.sentences:
            m = _RESPONSIBILITY_RE.search(s.text)
            if not m:
                continue
            doc = parse(s.text, "responsibility")
            verb = next((t for t in doc if t.idx == m.start(1)), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if verb is None or subj is None or any(c.dep_ == "neg" for c in verb.children):
                continue
            who = subject_key(subj, ())
            if who:
                claims.append((who, Claim(article=clean.id, sentence=s.text, value=", ".join(sorted(who)),
                                          outlet=ctx.outlet.get(clean.id), start=s.start, end=s.end)))
    names: list[frozenset[str]] = []
    for who, _ in claims:
        if not any(same_subject(who, n) for n in names):
            names.append(who)
    # Conflicting claimants, each from a different article (one article listing two claimants
    # reports the conflict itself; that is not two outlets disagreeing).
    if len(names) < 2 or len({c.article for _, c in claims}) < 2:
        return []
    return [Contradiction(field="actor", about="claim of responsibility",
                          claims=tuple(c for _, c in claims), story=story_id)]


_DENIAL_RE = re.compile(r"\b(denied|denies|deny|denying|rejected|rejects)\s+(?:any\s+)?(?:responsibility|involvement|"
                        r"blame|carrying\s+out)\b", re.IGNORECASE)


def responsibility_claims(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: Ctx) -> list[Claim]:
    """Every sentence where a named subject claims or denies responsibility; the value is
    "NAME claimed" or "NAME denied"."""
    out: list[Claim] = []
    for clean, facts in items:
        for s in facts.sentences:
            for pattern, verb_word in ((_RESPONSIBILITY_RE, "claimed"), (_DENIAL_RE, "denied")):
                m = pattern.search(s.text)
                if not m:
                    continue
                doc = parse(s.text, "responsibility")
                verb = next((t for t in doc if t.idx == m.start(1)), None)
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
                if verb is None or subj is None:
                    continue
                negated = any(c.dep_ == "neg" for c in verb.children)
                who = subject_key(subj, ())
                if who:
                    what = {"claimed": "denied", "denied": "claimed"}[verb_word] if negated else verb_word
                    out.append(Claim(article=clean.id, sentence=s.text, value=f"{', '.join(sorted(who))} {what}",
                                     outlet=ctx.outlet.get(clean.id), start=s.start, end=s.end))
    return out

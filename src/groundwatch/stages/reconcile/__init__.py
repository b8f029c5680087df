"""Link one story's facts across its articles: figures, updates, contradictions, quotes, timeline.

* **Figures.** Figures fill *slots*: (kind, who is counted, unit, place). Every article's claim
  on a slot is kept (article, outlet, sentence, value, as-of date). ``as_of`` is the figure's
  own day where the text gives one, else the article's publication date.
  Range, as UCDP GED does: ``low``/``high`` are the lowest/highest *credible* estimates, where a
  count that a later report raised is no longer credible (it was a count of an unfinished
  event). Best, conservatively as ACLED does: among the credible claims, the value reported by
  the most independent groups (copies count once); a tie goes to the lowest value.
  Slots are coarse on purpose, so an analyst sees one "killed" row with its evolution:
  - *who*: the head noun, singular; a generic person noun (people, persons, residents, victims,
    inhabitants...) is no restriction. Groups keep their own slot (civilians, soldiers,
    officers, children, bodies).
  - *place*: the story-wide slot takes unplaced figures, figures placed in the story's main
    area (its main country: the country most of its articles' places lie in, or a place most
    of its articles name when the gazetteer gives no country), and figures placed in a town
    or region inside it, or unknown to the gazetteer: reports hang national tolls on the
    worst-hit town. A place in another country, or one the sentence clearly restricts the
    count to ("in Tessel alone", "Tessel's toll", "of them in Tessel"), is a slot of its own.
    Every claim keeps its place as written (its *scope*): two claims contradict only when
    their scopes agree, so a town's count never contradicts a story-wide one. A main-area town
    that no article's lead names keeps its scope too (a one-article story names every place
    "most of its articles" name: "the flood came a week after a bombing in X killed 12" is X's
    count, beside the story's own, not its headline).
  - *another event*: figures flagged ``other_event`` or ``projection``, dated well before
    publication, or in a clause that names only other years than the article's ("the 2019
    floods killed 40") never enter a slot, so never an update or contradiction. A count joined by
    "and" to one the extractor marked as another event's or a wider area's, with no place or date
    of its own, shares that mark ("the war has killed 5,000 and displaced 700,000").
* **Updates.** A slot of a running tally (:data:`UPDATE_KINDS`) with a later, higher
  (incompatible) count that no article had given by the lower count's day: the toll rose.
  The update lists the slot's claims in as-of order.
* **Contradictions** (shown to analysts, so only clear cases):
  - ``figure``: the same slot (any kind of count, and counts of things such as camps or trucks),
    the same as-of date, and no compatible pair among the two articles' values ("at least 12" and
    "15" are compatible; "12" and "31" on the same day are not); a running tally's same-day
    difference that a later count passes, or whose higher value was published later, is an
    update (see :mod:`.counts`);
  - ``date``: two articles place the same event (same subject, same or kindred predicate,
    similar clause) on different days. Without a matching subject (one parse lost it), two
    shared participants, a kindred predicate and similar whole lines identify the event. An
    article that itself gives two days for the "same" event is describing two events, so such
    groups are dropped;
  - ``actor``: one quotation attributed to different speakers, or responsibility for one
    event claimed by different actors.
* **Headline figures** (``key_figures``): at most one per kind, the latest credible count of the
  story's own event; the conservative one where credible sources disagree at the same time;
  never a vague word, a teaser's, a wider area's or another event's number; with the body the
  outlets credit it to (see :mod:`.key_figures`).
* **Stated facts**: a per-story table of what outlets state about the event (when it happened
  and at what time, responsibility, roles, whom each headline figure is credited to, who the dead
  were), every value cited; a disputed row is also a contradiction (see :mod:`.stated`).
* **Measures** of the event itself (an earthquake's magnitude and depth) stated differently by
  articles that each give one value: ``figure`` / ``other`` contradictions (see :mod:`.measures`).
* **Quotes.** The same quotation from several articles is merged (word overlap, or a fragment
  inside a longer version); a speaker left unnamed in one article is taken from the others.
* **Timeline.** Dated, non-future events merged across outlets: same day, similar clause.

Every corroboration count counts independence groups (see ``dedupe.independence_groups``).

The package: ``figures`` (slots, scope, best value, updates), ``counts`` (figure contradictions), ``key_figures``
(the headline figures), ``measures`` (magnitude and depth), ``events``
(dated clauses, their embeddings, the timeline), ``contradictions`` (date contradictions),
``quotes`` (merging, speaker resolution via roles), ``responsibility``, ``stated``; :func:`reconcile` runs
them over one story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from groundwatch.records import (
    ArticleFacts,
    CleanArticle,
    Copy,
    Corpus,
    MergedQuote,
    SpeakerResolution,
    StoryAssignment,
    StoryPicture,
    TimelineEvent,
)
from groundwatch.stages.dedupe import independence_groups
from groundwatch.stages.embedding import prefetch
from groundwatch.stages.reconcile.common import Ctx, prime, story_chunks, story_copies, unserved
from groundwatch.stages.reconcile.contradictions import date_contradictions, date_reads
from groundwatch.stages.reconcile.counts import (
    compares_counts,
    count_contradictions,
    thing_claims,
    thing_sentences,
)
from groundwatch.stages.reconcile.events import (
    Event,
    clause_vectors,
    event_segments,
    find_events,
    timeline,
    timeline_reads,
)
from groundwatch.stages.reconcile.figures import figure_claims, headline_claims, reconcile_figures
from groundwatch.stages.reconcile.key_figures import key_figures
from groundwatch.stages.reconcile.measures import measure_contradictions
from groundwatch.stages.reconcile.quotes import merge_quotes, resolve_speakers, same_quote
from groundwatch.stages.reconcile.responsibility import responsibility, responsibility_sentences
from groundwatch.stages.reconcile.retro import retrospective_view
from groundwatch.stages.reconcile.stated import onset_sentences, stated_facts
from groundwatch.stages.registry import stage
from groundwatch.stages.story_labels import story_label

__all__ = ["MergedQuote", "StoryPicture", "TimelineEvent", "reconcile", "reconcile_stories", "resolve_speakers",
           "same_quote"]


def compared_texts(events: Sequence[Event]) -> list[str]:
    """The clauses and lines of ``events`` whose vectors the timeline or the date contradictions may
    compare: the only ones worth encoding (a story's other clauses are never read)."""
    clauses, lines = date_reads(events)
    clauses |= timeline_reads(events)
    return [events[i].clause for i in sorted(clauses)] + [events[i].line for i in sorted(lines)]


def reconcile(story_id: str, items: Sequence[tuple[CleanArticle, ArticleFacts]],
              copies: Sequence[Copy], events: Sequence[Event] | None = None) -> StoryPicture:
    """Link one story's facts across its articles.

    Args:
        story_id: the story's id (copied into every update and contradiction).
        items: the story's articles with their extracted facts.
        copies: copy pairs (from :func:`groundwatch.stages.dedupe.find_copies`); only pairs
            inside the story matter. Corroboration counts count independence groups.
        events: the story's dated clauses when the caller found them already (``find_events(items)``).

    Returns:
        The story's :class:`StoryPicture`.
    """
    ids = [c.id for c, _ in items]
    groups = independence_groups(ids, copies)
    ctx = Ctx(outlet={c.id: c.article.outlet for c, _ in items},
              published={c.id: c.published or f.published or c.article.published for c, f in items},
              group_of={a: i for i, g in enumerate(groups) for a in g})
    fig_items, fig_ctx = retrospective_view(items, ctx)  # a look back at an earlier year counts that year's
    slots = figure_claims(fig_items, fig_ctx)
    figures, updates = reconcile_figures(fig_items, fig_ctx, story_id, slots)
    figure_conflicts = count_contradictions({**slots, **(thing_claims(items, ctx) if compares_counts(items) else {})},
                                            ctx, story_id)
    events = find_events(items) if events is None else events
    prefetch(compared_texts(events))
    vectors, line_vectors = clause_vectors(events)
    quotes, speaker_conflicts = merge_quotes(items, ctx, story_id)
    headline = key_figures(headline_claims(slots, rivals=True), fig_ctx, [c.text for c, _ in items])
    stated, stated_conflicts = stated_facts(items, ctx, story_id, headline)
    contradictions = [*date_contradictions(events, vectors, ctx, story_id, line_vectors), *figure_conflicts,
                      *speaker_conflicts, *responsibility(items, ctx, story_id),
                      *measure_contradictions(items, ctx, story_id)]
    # A stated fact's dispute already found as a contradiction (same field, same sentences) is not repeated.
    seen = {(c.field, frozenset((x.article, x.sentence) for x in c.claims)) for c in contradictions}
    contradictions += [c for c in stated_conflicts
                       if (c.field, frozenset((x.article, x.sentence) for x in c.claims)) not in seen]
    figures.sort(key=lambda f: (-f.independent_sources, f.kind, f.who or ""))
    return StoryPicture(story_id=story_id, figures=tuple(figures), updates=tuple(updates),
                        contradictions=tuple(contradictions), quotes=tuple(quotes),
                        timeline=tuple(timeline(events, vectors, ctx)), independent_sources=len(groups),
                        articles=tuple(ids), key_figures=headline, stated_facts=tuple(stated))


@stage("reconcile", version="reconcile.v1", kind="corpus", inputs=(CleanArticle, ArticleFacts, StoryAssignment, Copy),
       output=StoryPicture, produces="pictures")
def reconcile_stories(corpus: Corpus, settings: Any = None) -> Corpus:
    """Every story's picture, labelled, with the speakers its quotes gained from the story."""
    story_of = corpus.story_of()
    by_story: dict[str, list[tuple[CleanArticle, ArticleFacts]]] = {}
    for clean_, facts in corpus.items:
        by_story.setdefault(story_of[clean_.id], []).append((clean_, facts))
    copies = story_copies(corpus.copies, story_of)
    pictures = []
    for chunk in story_chunks(sorted(by_story.items())):
        # The chunk's lines parsed in nlp.pipe batches and its clauses embedded in one call, rather
        # than one parser call per sentence and one model call per story.
        # A sentence served from its article's parse (doc_cache.SERVED_ASKERS) is not parsed.
        prime(t for _, members in chunk
              for t in (*unserved(event_segments(members), "event"),
                        *unserved(thing_sentences(members) if compares_counts(members) else (), "counts"),
                        *unserved(onset_sentences(members), "onset"),
                        *unserved(responsibility_sentences(members), "responsibility")))
        events = {sid: find_events(members) for sid, members in chunk}
        prefetch(t for evs in events.values() for t in compared_texts(evs))
        for sid, members in chunk:
            picture = reconcile(sid, members, copies.get(sid, []), events[sid])
            resolved = tuple(SpeakerResolution(aid, i, q.speaker)
                             for aid, quotes in resolve_speakers(members, picture).items()
                             for i, q in enumerate(quotes) if q.resolved_by == "story")
            pictures.append(replace(picture, speaker_resolutions=resolved, label=story_label(members)))
    return replace(corpus, pictures=tuple(pictures))


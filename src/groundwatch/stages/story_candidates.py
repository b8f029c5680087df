"""Candidate stories for an article: the only stories whose exact score could reach the join threshold.

:func:`groundwatch.stages.stories.story_score` is pure Python and costs ~0.5 ms; scoring every new
article against every stored story made linking 10 articles into a store of 5,000 six times slower
than into 500. :class:`StoryMatrix` keeps the stories' centroids and date ranges as numpy arrays
and, for one article, returns the stories that pass an *upper bound* of the score, computed for all
stories at once:

* ``story_score`` is None when the centroid cosine is below ``SIMILARITY_FLOOR`` less the relief,
  which is at most ``RELIEF_MAX`` and 0 unless the date penalty is 0;
* otherwise it is ``cosine + relief + PLACE_WEIGHT * place + ACTOR_WEIGHT * actor (+ COUNTRY_WEIGHT
  * country) (- COUNTRY_MISMATCH_PENALTY) - date penalty``, and every overlap is a weighted overlap
  coefficient in [0, 1] (weights are >= 0), so the score is at most ``cosine + relief + PLACE_WEIGHT
  + ACTOR_WEIGHT + COUNTRY_WEIGHT - date penalty``; the date penalty is computed here exactly as
  ``_date_penalty`` does, vectorised.

A story left out therefore scores None or below ``JOIN_THRESHOLD``; ``_best`` picks the highest
score only when it reaches the threshold, so it never picks such a story, and the stories kept are
scored exactly, in their original order (ties resolve as before). The assignment is the one the
all-stories loop gives; ``tests/stages/test_story_candidates.py`` checks it against that loop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from groundwatch.stages.stories import (
    ACTOR_WEIGHT,
    COUNTRY_WEIGHT,
    DATE_GRACE_DAYS,
    DATE_PENALTY_MAX,
    DATE_PENALTY_PER_DAY,
    EPISODE_DAYS,
    JOIN_THRESHOLD,
    PLACE_WEIGHT,
    SIMILARITY_FLOOR,
)
from groundwatch.stages.story_names import RELIEF_MAX
from groundwatch.stages.story_profiles import StoryProfile, _Profile

__all__ = ["BOUND_SLACK", "StoryMatrix"]

#: Slack on both bounds for floating-point rounding: numpy sums the dot products in another order
#: than the pure-Python cosine (differences ~1e-16 on unit vectors of 384 floats). Any value far
#: above that and far below the scores' resolution works; it only lets a few more stories through
#: to the exact score, never fewer.
BOUND_SLACK = 1e-6
#: The most the name bonuses can add to the cosine: every overlap coefficient is at most 1.
MAX_BONUS = PLACE_WEIGHT + ACTOR_WEIGHT + COUNTRY_WEIGHT
_NO_DATE = -1  # ordinal of a story without dates (ordinals start at 1)

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


class StoryMatrix:
    """The stories' centroids (rows) and date ranges, kept in step with a list of profiles."""

    def __init__(self, stories: Sequence[StoryProfile], dim: int = 0) -> None:
        """Rows for ``stories``; ``dim`` (the embedding length) is only needed when there are none."""
        dim = len(stories[0].centroid) if stories else dim
        self._n = 0
        cap = max(16, 2 * len(stories))
        self._centroids: Floats = np.zeros((cap, dim))
        self._norms: Floats = np.zeros(cap)
        self._first: Ints = np.full(cap, _NO_DATE, dtype=np.int64)
        self._last: Ints = np.full(cap, _NO_DATE, dtype=np.int64)
        for st in stories:
            self.append(st)

    def __len__(self) -> int:
        return self._n

    def append(self, story: StoryProfile) -> None:
        """Add a story as the last row."""
        if self._n == len(self._norms):
            grow = len(self._norms)
            self._centroids = np.concatenate([self._centroids, np.zeros_like(self._centroids)])
            self._norms = np.concatenate([self._norms, np.zeros(grow)])
            self._first = np.concatenate([self._first, np.full(grow, _NO_DATE, dtype=np.int64)])
            self._last = np.concatenate([self._last, np.full(grow, _NO_DATE, dtype=np.int64)])
        self._n += 1
        self.update(self._n - 1, story)

    def update(self, row: int, story: StoryProfile) -> None:
        """Row ``row`` becomes ``story`` (after an article joined it or a merge)."""
        centroid = np.asarray(story.centroid, dtype=np.float64)
        self._centroids[row] = centroid
        self._norms[row] = float(np.sqrt(centroid @ centroid))
        dated = story.first is not None and story.last is not None
        self._first[row] = dt.date.fromisoformat(story.first).toordinal() if dated and story.first else _NO_DATE
        self._last[row] = dt.date.fromisoformat(story.last).toordinal() if dated and story.last else _NO_DATE

    def remove(self, row: int) -> None:
        """Drop row ``row``; the rows after it move up by one (as in a list)."""
        n = self._n
        for arr in (self._centroids, self._norms, self._first, self._last):
            arr[row:n - 1] = arr[row + 1:n]
        self._n -= 1

    def candidates(self, embedding: Sequence[float], profile: _Profile, skip: int | None = None) -> list[int]:
        """Rows (ascending) whose story could score ``JOIN_THRESHOLD`` or more against the article.

        Args:
            embedding: the article's embedding (or the sum over several articles: the cosine does
                not depend on the length).
            profile: what the article is about (its dates give the date penalty).
            skip: a row never to return (a story scored against the others).
        """
        n = self._n
        if n == 0:
            return []
        e = np.asarray(embedding, dtype=np.float64)
        norm = float(np.sqrt(e @ e))
        norms = self._norms[:n]
        dots = self._centroids[:n] @ e
        with np.errstate(divide="ignore", invalid="ignore"):
            cos = np.where((norms > 0.0) & (norm > 0.0), dots / (norms * (norm or 1.0)), 0.0)
        penalty = self._date_penalty(profile)
        eased = np.where(penalty == 0.0, RELIEF_MAX, 0.0)  # the most shared names can lower the bar
        bound = cos + eased + MAX_BONUS - penalty
        keep = (cos >= SIMILARITY_FLOOR - eased - BOUND_SLACK) & (bound >= JOIN_THRESHOLD - BOUND_SLACK)
        if skip is not None:
            keep[skip] = False
        return [int(k) for k in np.flatnonzero(keep)]

    def _date_penalty(self, profile: _Profile) -> Floats:
        """``stories._date_penalty`` of the article against every story, as one array."""
        n = self._n
        if profile.date is None:
            return np.zeros(n)
        first, last_stored = self._first[:n], self._last[:n]
        last = np.minimum(last_stored, first + EPISODE_DAYS)

        def gap(day: dt.date) -> Ints:
            d = day.toordinal()
            return np.where(d < first, first - d, np.where(d > last, d - last, 0))

        days = gap(profile.date)
        for day in profile.event_dates:
            days = np.minimum(days, gap(day) * 2)
        grace = DATE_GRACE_DAYS if profile.published else 0
        penalty = np.minimum(DATE_PENALTY_MAX, np.maximum(0, days - grace) * DATE_PENALTY_PER_DAY)
        return np.where((first == _NO_DATE) | (last_stored == _NO_DATE), 0.0, penalty)

"""Disjoint sets (union-find): the one grouping used for copies, quotes and dated events.

Independence groups (articles connected by copies), merged quotations and merged dated events
are all connected components of a "same thing" relation; they share this one implementation
so that they group, and order their groups, the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

__all__ = ["UnionFind", "components"]

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Disjoint sets over a fixed list of items, with path halving."""

    __slots__ = ("_items", "_parent")

    def __init__(self, items: Iterable[T]) -> None:
        self._items: list[T] = list(dict.fromkeys(items))
        self._parent: dict[T, T] = {x: x for x in self._items}

    def __contains__(self, item: object) -> bool:
        return item in self._parent

    def find(self, x: T) -> T:
        """The representative of ``x``'s set."""
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were one set already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self._parent[rb] = ra
        return True

    def groups(self) -> list[list[T]]:
        """Every set, its items in input order, the sets in order of their first item."""
        out: dict[T, list[T]] = {}
        for x in self._items:
            out.setdefault(self.find(x), []).append(x)
        return list(out.values())


def components(n: int, linked: Callable[[int, int], bool]) -> list[list[int]]:
    """Connected components of ``range(n)`` under ``linked``, asked only across distinct sets.

    ``linked`` is often costly (embeddings, parses), so a pair already connected through others
    is never asked.
    """
    sets = UnionFind(range(n))
    for i in range(n):
        for j in range(i + 1, n):
            if sets.find(i) != sets.find(j) and linked(i, j):
                sets.union(i, j)
    return sets.groups()

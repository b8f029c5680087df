"""Copy pairs stay in one story; analyst merges and splits replay idempotently (no model needed)."""

from __future__ import annotations

import pytest

from groundwatch.records import Copy, StoryOverride
from groundwatch.stages.story_edits import apply_overrides, changed_stories, join_copies

pytestmark = pytest.mark.issue(11)


def copy(a: str, b: str) -> Copy:
    return Copy(a=a, b=b, similarity=0.5)


def test_a_copy_pair_split_across_stories_moves_into_the_story_holding_most_of_it() -> None:
    stories = {"w1": "s1", "w2": "s1", "w3": "s2", "x": "s2", "lone": "s3"}
    joined = join_copies(stories, [copy("w1", "w3"), copy("w2", "w3")])
    assert joined == {"w1": "s1", "w2": "s1", "w3": "s1", "x": "s2", "lone": "s3"}
    assert stories["w3"] == "s2"  # the input is not modified


def test_a_tie_goes_to_the_larger_story_then_the_older_id() -> None:
    assert join_copies({"a": "s4", "b": "s2", "c": "s4"}, [copy("a", "b")])["b"] == "s4"
    assert join_copies({"a": "s4", "b": "s2"}, [copy("a", "b")]) == {"a": "s2", "b": "s2"}


def test_copies_naming_unknown_articles_are_ignored() -> None:
    assert join_copies({"a": "s1"}, [copy("a", "gone")]) == {"a": "s1"}


def test_merge_then_split_replays_to_the_same_stories() -> None:
    stories = {"a": "s1", "b": "s1", "c": "s2", "d": "s3"}
    overrides = [StoryOverride("merge", "s1", "s2"), StoryOverride("split", "s1", "s9", ("b", "c"))]
    once = apply_overrides(stories, overrides)
    assert once == {"a": "s1", "b": "s9", "c": "s9", "d": "s3"}
    assert apply_overrides(once, overrides) == once


def test_a_split_undone_by_a_later_merge_stays_undone() -> None:
    overrides = [StoryOverride("split", "s1", "s5", ("b",)), StoryOverride("merge", "s1", "s5")]
    once = apply_overrides({"a": "s1", "b": "s1"}, overrides)
    assert once == {"a": "s1", "b": "s1"}
    assert apply_overrides(once, overrides) == once


def test_an_analyst_split_outranks_a_copy_pair() -> None:
    joined = join_copies({"a": "s1", "b": "s2"}, [copy("a", "b")])
    assert apply_overrides(joined, [StoryOverride("split", "s1", "s7", ("b",))]) == {"a": "s1", "b": "s7"}


def test_changed_and_emptied_stories() -> None:
    before = {"s1": ("a", "b"), "s2": ("c",), "s3": ("d",)}
    changed, emptied = changed_stories(before, {"a": "s1", "b": "s9", "c": "s1", "d": "s3"})
    assert changed == {"s1", "s9"}
    assert emptied == {"s2"}

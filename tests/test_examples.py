"""The bundled example corpus (examples/) is self-consistent, and it is our own writing.

examples/ is at once the demo input, a test fixture and the multi-story corpus that measures
story clustering, so its gold must agree with its files: every evidence string is in its
article, every id has a source, the manifest names real files, and the phenomena the README
promises (copies, contradictions, hard negatives) are really there.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import pytest

from groundwatch.records import FIGURE_KINDS, QUALIFIERS

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOLD = json.loads((Path(__file__).resolve().parent / "examples.gold.json").read_text(encoding="utf-8"))
MANIFEST = json.loads((EXAMPLES / "manifest.json").read_text(encoding="utf-8"))
ARTICLES: list[dict[str, Any]] = GOLD["articles"]
BY_ID = {a["id"]: a for a in ARTICLES}
MAIN_STORY = "veloria-floods-2025"
CONTENT_SUFFIXES = (".txt", ".html")
CONTAINER_SUFFIXES = (".jsonl", ".xml")
META_FILES = {"manifest.json", "gold.json", "README.md"}

#: A run of this many words shared with someone else's text would be copying, not coincidence.
FOREIGN_WINDOW = 10
#: Copy pairs repeat whole reporting sentences; independent articles share at most names and
#: stock phrases. 8 words separates the two on this corpus with room on both sides.
COPY_WINDOW = 8

_TRANSLATE = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_ATOM = "{http://www.w3.org/2005/Atom}"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def norm(text: str) -> str:
    """The scorer's comparison form: NFKC, straight quotes, folded case and whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", norm(text))


class _Visible(HTMLParser):
    """Text a reader could see: everything outside <head>, <script> and <style>."""

    _HIDDEN: ClassVar[frozenset[str]] = frozenset({"head", "script", "style", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return "\n".join(parser.parts)


def container_items(path: Path) -> list[str]:
    """The visible text (title and body) of each record of a .jsonl file or an RSS feed."""
    if path.suffix == ".jsonl":
        items = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                body = rec.get("text") or visible(rec.get("html") or "")
                items.append(f"{rec.get('title') or ''}\n{body}")
        return items
    root = ET.parse(path).getroot()  # a file we wrote ourselves, not untrusted input
    if root.tag == f"{_ATOM}feed":  # Atom: <entry> with <title>, <summary>, <content>
        fields = [f"{_ATOM}title", f"{_ATOM}summary", f"{_ATOM}content"]
        records = list(root.iter(f"{_ATOM}entry"))
    else:  # RSS 2.0: <item> with <title>, <description>, <content:encoded>
        fields = ["title", "description", "{http://purl.org/rss/1.0/modules/content/}encoded"]
        records = list(root.iter("item"))
    return ["\n".join(visible(rec.findtext(f) or "") for f in fields) for rec in records]


def source_of(article_id: str) -> tuple[Path, int | None]:
    """The file behind a gold id, and the 1-based record number for container ids."""
    stem, _, number = article_id.partition("#")
    suffixes = CONTAINER_SUFFIXES if number else CONTENT_SUFFIXES
    found = [EXAMPLES / (stem + s) for s in suffixes if (EXAMPLES / (stem + s)).is_file()]
    assert len(found) == 1, f"{article_id}: expected exactly one source file, found {found}"
    return found[0], int(number) if number else None


def text_of(article_id: str) -> str:
    path, number = source_of(article_id)
    if number is not None:
        return container_items(path)[number - 1]
    raw = path.read_text(encoding="utf-8")
    return visible(raw) if path.suffix == ".html" else raw


def article_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.name not in META_FILES)


# --- the gold itself ---------------------------------------------------------------------


def test_gold_ids_are_unique_and_fields_valid() -> None:
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids))
    iso = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for a in ARTICLES:
        assert a["published"] is None or dt.date.fromisoformat(a["published"])
        for f in a["figures"]:
            assert f["kind"] in FIGURE_KINDS, (a["id"], f)
            assert f["qualifier"] in QUALIFIERS, (a["id"], f)
            assert (f["value"] is None) == (f["qualifier"] == "vague"), (a["id"], f)
        for d in a["dates"]:
            for value in [d["date"], *d.get("accept", [])]:
                assert iso.match(value), (a["id"], d)
        for q in a["quotes"]:
            assert q["text"].strip() and "speaker" in q, (a["id"], q)


def test_main_story_is_large_and_multi_outlet() -> None:
    main = [a for a in ARTICLES if a["story"] == MAIN_STORY]
    assert len(main) >= 12
    assert len({a["outlet"] for a in main}) >= 5
    assert len({a["published"] for a in main if a["published"]}) >= 5  # spread over days


def test_hard_negatives_exist() -> None:
    stories = Counter(a["story"] for a in ARTICLES if a["story"])
    assert len(stories) >= 5
    others = [s for s in stories if s != MAIN_STORY]
    assert any(stories[s] >= 2 for s in others), "a second multi-article story in the same country"
    assert any("flood" in s for s in others), "a flood elsewhere: same kind of event, other place"


def test_formats_present() -> None:
    suffixes = {p.suffix for p in article_files()}
    assert {".txt", ".html", ".jsonl", ".xml"} <= suffixes
    assert sum(p.suffix == ".html" for p in article_files()) >= 3
    assert {a["format"] for a in ARTICLES} >= {"txt", "html", "jsonl", "rss", "atom"}
    assert any(a["language"] != "en" for a in ARTICLES)


def test_every_gold_id_has_a_source_and_every_source_a_gold_id() -> None:
    for a in ARTICLES:
        path, number = source_of(a["id"])
        if number is not None:
            assert len(container_items(path)) >= number, a["id"]
    covered = {source_of(a["id"])[0] for a in ARTICLES}
    assert covered == set(article_files())
    for path in article_files():
        if path.suffix in CONTAINER_SUFFIXES:
            stem = path.relative_to(EXAMPLES).with_suffix("").as_posix()
            assert len(container_items(path)) == sum(a["id"].startswith(stem + "#") for a in ARTICLES)


@pytest.mark.parametrize("article_id", [a["id"] for a in ARTICLES])
def test_gold_strings_occur_in_their_article(article_id: str) -> None:
    a = BY_ID[article_id]
    text = norm(text_of(article_id))
    missing = [
        (key, s)
        for key, strings in [
            ("figures", [f["evidence"] for f in a["figures"]]),
            ("dates", [d["evidence"] for d in a["dates"]]),
            ("quotes", [q["text"] for q in a["quotes"]]),
            ("boilerplate", a["boilerplate"]),
            ("keep", a["keep"]),
        ]
        for s in strings
        if norm(s) not in text
    ]
    assert not missing


@pytest.mark.parametrize("article_id", [a["id"] for a in ARTICLES if a["boilerplate"]])
def test_boilerplate_never_overlaps_what_must_be_kept(article_id: str) -> None:
    a = BY_ID[article_id]
    kept = [
        norm(s)
        for s in [
            *a["keep"],
            *(f["evidence"] for f in a["figures"]),
            *(q["text"] for q in a["quotes"]),
            *(d["evidence"] for d in a["dates"]),
        ]
    ]
    for b in a["boilerplate"]:
        assert not any(norm(b) in k for k in kept), b


def test_weekday_dates_fall_on_their_weekday() -> None:
    for a in ARTICLES:
        for d in a["dates"]:
            named = [i for i, w in enumerate(_WEEKDAYS) if re.search(rf"\b{w}", norm(d["evidence"]))]
            if len(named) == 1 and len(d["date"]) == 10:
                assert dt.date.fromisoformat(d["date"]).weekday() == named[0], (a["id"], d)
                if a["published"]:  # a bare weekday means the nearest one, within a week
                    gap = dt.date.fromisoformat(d["date"]) - dt.date.fromisoformat(a["published"])
                    assert abs(gap.days) <= 7, (a["id"], d)


def test_contradictions_copies_and_updates_name_gold_articles() -> None:
    for c in GOLD["contradictions"]:
        assert len(c["evidence"]) >= 2
        for aid, phrase in c["evidence"].items():
            assert norm(phrase) in norm(text_of(aid)), (aid, phrase)
    for pair in GOLD["copies"] + GOLD.get("not_copies", []):
        assert pair["a"] in BY_ID and pair["b"] in BY_ID
    for u in GOLD["updates"]:
        assert all(v["article"] in BY_ID for v in u["values"])


def test_date_contradiction_resolves_to_different_days() -> None:
    c = next(c for c in GOLD["contradictions"] if c["field"] == "date")
    days = {
        next(d["date"] for d in BY_ID[aid]["dates"] if norm(d["evidence"]) == norm(phrase))
        for aid, phrase in c["evidence"].items()
    }
    assert len(days) == 2


# --- copies: the gold pairs are exactly the pairs that share reporting text ---------------


def _reporting_shingles(article_id: str) -> set[tuple[str, ...]]:
    """Word windows of the article's own reporting: quotations and boilerplate lines removed."""
    text = norm(text_of(article_id))
    for b in BY_ID[article_id]["boilerplate"]:
        text = text.replace(norm(b), " ")
    text = re.sub(r'"[^"]*"', " ", text)
    w = words(text)
    return {tuple(w[i : i + COPY_WINDOW]) for i in range(len(w) - COPY_WINDOW + 1)}


def test_copy_pairs_are_exactly_those_sharing_reporting_text() -> None:
    english = [a["id"] for a in ARTICLES if a["language"] == "en"]
    shingles = {aid: _reporting_shingles(aid) for aid in english}
    sharing = {frozenset((x, y)) for i, x in enumerate(english) for y in english[i + 1 :] if shingles[x] & shingles[y]}
    assert sharing == {frozenset((c["a"], c["b"])) for c in GOLD["copies"]}


# --- the manifest ------------------------------------------------------------------------


def test_manifest_lists_existing_files_with_full_metadata() -> None:
    listed = [m["file"] for m in MANIFEST["articles"]]
    assert len(listed) == len(set(listed))
    for m in MANIFEST["articles"]:
        assert set(m) >= {"file", "outlet", "published", "url", "language", "title"}
        assert (EXAMPLES / m["file"]).is_file(), m["file"]
        gold = BY_ID[Path(m["file"]).with_suffix("").as_posix()]
        assert (m["outlet"], m["published"], m["language"]) == (gold["outlet"], gold["published"], gold["language"])


def test_manifest_leaves_out_one_dated_and_one_undated_txt() -> None:
    listed = {m["file"] for m in MANIFEST["articles"]}
    content = [p.relative_to(EXAMPLES).as_posix() for p in article_files() if p.suffix in CONTENT_SUFFIXES]
    unlisted = sorted(set(content) - listed)
    assert len(unlisted) == 2 and all(f.endswith(".txt") for f in unlisted)
    first_lines = [(EXAMPLES / f).read_text(encoding="utf-8").splitlines()[0] for f in unlisted]
    dated = [bool(re.match(r"^[A-Z][a-z]+ \d{1,2}, \d{4} [—-]", line)) for line in first_lines]
    assert sorted(dated) == [False, True]
    undated = BY_ID[Path(unlisted[dated.index(False)]).with_suffix("").as_posix()]
    assert undated["published"] is None


# --- scorer agreement and originality (need ../shared/eval) -------------------------------


def test_scorer_check_gold_accepts_plain_files(scorer: Any) -> None:
    plain = dict(GOLD, articles=[a for a in ARTICLES if "#" not in a["id"]])
    assert scorer.check_gold(plain, EXAMPLES) == []


def test_no_text_shared_with_other_peoples_writing(shared_eval: Path) -> None:
    foreign = [*(shared_eval / "dev").rglob("*.txt"), *(shared_eval / "dates-dev").rglob("*.txt")]
    if not foreign:
        pytest.skip("no dev texts found under ../shared/eval")
    windows: set[tuple[str, ...]] = set()
    for path in foreign:
        w = words(path.read_text(encoding="utf-8", errors="replace"))
        windows.update(tuple(w[i : i + FOREIGN_WINDOW]) for i in range(len(w) - FOREIGN_WINDOW + 1))
    for path in [*article_files(), EXAMPLES / "README.md"]:
        w = words(path.read_text(encoding="utf-8"))
        shared = {tuple(w[i : i + FOREIGN_WINDOW]) for i in range(len(w) - FOREIGN_WINDOW + 1)} & windows
        assert not shared, (path.name, sorted(shared)[:3])

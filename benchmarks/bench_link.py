"""Incremental linking: the cost of linking 10 new articles into stores of 500 and 5,000 (issue 12).

A pool of real articles is analysed and linked once (the example corpus and, when present, the dev
sets in ../shared/eval/dev; cached in --work). A store of a given size is then made of whole
*generations* of clones of the pool, with the pool's LINKED state cloned too, so no store is ever
linked in full (a full link of 5,000 takes about an hour here). Generation ``g`` gives every pool
article its own id, moves every date by whole years of 52 weeks (and every year written in its text
by as many years, see ``YEAR_WEEKS``), and enciphers every word of its title and text, and the text
fields of its facts (sentences, mentions, names: ``_TEXT_KEYS``), with a letter substitution of its
own (same length, so every stored span still points at its words and a stored sentence still equals
its slice of the clean text). The cloned pictures and event records keep the pool's words. Every
word is enciphered by the word, not by its position, so a passage two pool articles
share is enciphered alike in both: a generation's copies are still copies, and no generation copies
another. Cloned with each generation: story membership, copies (passages enciphered), the copy-
candidate index (recomputed from the enciphered text), the stories' pictures and event records, the
story index (ids renumbered, dates moved), and the link state; the clone is as linked as the pool.

Then ``--new`` articles of the next generation arrive and are linked: that incremental link is
timed, with its peak Python memory (tracemalloc). Prints the seconds per size and the ratio of the
largest to the smallest (goal: about 1). ``--full`` adds a full relink of the largest store.

``--check`` first proves (or not) that incremental linking gives what a full link gives, on real
link outputs: two generations are cloned *unlinked*; (A) is a full link of them all from scratch,
(B) a full link of all but ``--arrivals`` of them, then an incremental link of those arrivals (the
articles the story stage places last, see :func:`_arrivals`). Compared: the story partition, each
story's label and picture (reconciled figures, contradictions, quotes, timeline), events, copies
and the copy index, publication dates and date facts, and the story index as JSON with sorted keys,
with every story id replaced by its members (the one result that depends on arrival order, see
:func:`_linked_state`). Every part that differs is printed. The clone's facts are enciphered like
its clean text (:data:`_TEXT_KEYS`), so both links read a coherent store.

    .venv/bin/python benchmarks/bench_link.py [--sizes 500,5000] [--new 10] [--work DIR] [--full]
    .venv/bin/python benchmarks/bench_link.py --sizes "" --check [--arrivals 15]   # the check alone
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sqlite3
import string
import sys
import time
import tracemalloc
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from groundwatch import pipeline
from groundwatch.settings import Settings
from groundwatch.stages.dedupe import _tokens, band_keys
from groundwatch.store.sqlite import Store

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
#: An ISO day, else a year-month ("2023-02", a month-precision date) or a year written alone
#: ("in 2019"): one pass, so the year of a day is not moved twice. A count that reads like a year
#: ("2000 people") moves too; none of the pool's figures does (the --check would show it).
_YEARISH = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b((?:1[89]|20)\d\d)(-(?:0[1-9]|1[0-2]))?\b")
#: Every word, short ones too: with words of 4+ letters only, the runs of short words and numbers
#: ("in the US", "at 150") were alike in every generation, and each new article shared LSH buckets
#: with ~2 clones per generation (42 against 20 generations, 0 with every word enciphered): a
#: copies stage that grew with the number of generations, an artefact of cloning.
_WORD = re.compile(r"[A-Za-z]+")
#: The keys of a fact's JSON whose strings are read from the article's text (a sentence, a mention,
#: a name, a role): enciphered with it, so a sentence still equals its span of the clean text and a
#: mention its words (reconcile's sentence repair and the labels compare them). The others are
#: codes and enums (kind, feature, country, precision, qualifier, ...), ids and dates, kept.
_TEXT_KEYS = frozenset({"sentence", "text", "name", "affiliation", "role", "place", "reported_by", "who", "unit",
                        "speaker", "speaker_mention", "speaker_role"})
_STORY = re.compile(r'"s(\d+)(-e\d+)?"')
_STORY_ID = re.compile(r"s(\d+)(-e\d+)?")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')  # a JSON string literal (escapes kept)
#: A clone "year": 52 weeks. Generation ``g`` moves every day by ``_years(g)`` such years, so each
#: date keeps its weekday ("on Tuesday" still names the day it named), and every year written in
#: its text ("in 2019", "February 21, 2023", a month "2023-02") by ``_years(g)`` years: the text
#: reads as it did against its publication date. A year apart also keeps the generations' stories
#: apart (the story stage's date penalty is full 107 days past its grace); three weeks apart let
#: the clones pile into stories of 60 (measured). With a store moved by 60 weeks per generation and
#: its text years left alone, a full link found the written years other than the articles' (a
#: figure "in 2023" in a 2024 article is about an older event) and reconciled other figures.
YEAR_WEEKS = 52


def _years(gen: int) -> int:
    """Generation ``gen``'s move in years: +1, -1, +2, -2, ... Alternating keeps 5,000 articles
    (80 generations) within 40 years of the pool's (years outside 1800-2099 are not read as years)
    and a day's drift against the calendar (364 days a year) within about 50 days."""
    return (gen + 1) // 2 * (1 if gen % 2 else -1)


def _pool(work: Path) -> Path:
    db = work / "pool.db"
    if db.exists():
        return db
    inputs = [REPO / "examples", *(DEV / c for c in ("karabakh-2023", "crises-2023") if (DEV / c).is_dir())]
    store = Store.open(work / "pool.tmp.db")
    for path in inputs:  # each folder's manifest.json is read with it
        pipeline.run([path], store=store)
    store.close()
    (work / "pool.tmp.db").rename(db)
    return db


def _cipher(gen: int) -> Callable[[str], str]:
    """Generation ``gen``'s cipher: a letter substitution of its own on every word.

    Word by word (not by position), so equal passages stay equal within a generation (its copies
    are still copies). Every such word: enciphering only the words of odd hash left the same plain
    runs (names, numbers, short words) in every generation, and the full link of the --check found
    29 copy pairs between generations, which joined their stories."""
    rng = random.Random(gen)
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, "".join(letters) * 2)

    def sub(m: re.Match[str]) -> str:
        return m.group(0).translate(table)
    return lambda text: _WORD.sub(sub, text)


def _shift_dates(text: str, years: int) -> str:
    """``text``'s ISO days moved by ``years`` clone years (keeping weekdays)."""
    def shift(m: re.Match[str]) -> str:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return m.group(0)
        return (day + dt.timedelta(weeks=YEAR_WEEKS * years)).isoformat()
    return _DATE.sub(shift, text)


def _shift_text(text: str, years: int) -> str:
    """Free text moved by ``years``: ISO days as :func:`_shift_dates`, written years and year-months
    by ``years`` (same length, so every stored span still points at its words)."""
    def year(m: re.Match[str]) -> str:
        if m.group(4) is None:
            return _shift_dates(m.group(0), years)
        return f"{int(m.group(4)) + years:04d}{m.group(5) or ''}"
    return _YEARISH.sub(year, text)


class _Generation:
    """How generation ``gen`` renames, redates and enciphers what it clones from the pool."""

    def __init__(self, gen: int, pool_ids: list[str], stories: int) -> None:
        self.gen, self.years, self.offset = gen, _years(gen), stories * (gen - 1)
        self.cipher = _cipher(gen)
        self.ids = {old: f"g{gen:03d}-{old}" for old in pool_ids}
        self._id_re = re.compile("|".join(re.escape(i) for i in sorted(pool_ids, key=len, reverse=True)))

    def story(self, sid: str | None) -> str | None:
        return None if sid is None else f"s{int(sid[1:]) + self.offset}"

    def text(self, text: str) -> str:
        """An article's text (title, body, passages) as the clone's: dates and years moved."""
        return _shift_text(text, self.years)

    def day(self, iso: str | None) -> str | None:
        return _shift_dates(iso or "", self.years) or None

    def facts(self, text: str) -> str:
        """A fact's stored JSON as the clone's: its text fields (:data:`_TEXT_KEYS`) enciphered like
        the clean text they were read from, then ids and dates as :meth:`json`."""
        def walk(value: Any, key: str | None = None) -> Any:
            if isinstance(value, dict):
                return {k: walk(v, k) for k, v in value.items()}
            if isinstance(value, list):
                return [walk(v, key) for v in value]
            return self.cipher(value) if isinstance(value, str) and key in _TEXT_KEYS else value
        return self.json(json.dumps(walk(json.loads(text)), ensure_ascii=False))

    def json(self, text: str) -> str:
        """A stored JSON document as the clone's: article and story ids renamed, dates moved.

        String by string: numbers (offsets, counts) stay; a string with a space is text (years
        move), one without is an id or a date (only dates move)."""
        def literal(m: re.Match[str]) -> str:
            value = self._id_re.sub(lambda i: self.ids[i.group(0)], m.group(1))
            if (sid := _STORY_ID.fullmatch(value)) is not None:
                return f'"s{int(sid.group(1)) + self.offset}{sid.group(2) or ""}"'
            textual = " " in value or _YEARISH.fullmatch(value)
            return f'"{_shift_text(value, self.years) if textual else _shift_dates(value, self.years)}"'
        return _STRING.sub(literal, text)


def _insert(db: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        cols = list(rows[0])
        db.executemany(f"INSERT INTO {table}({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                       [list(r.values()) for r in rows])


def _articles(pool: sqlite3.Connection, g: _Generation, linked: bool, only: int | None = None
              ) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    pool.row_factory = sqlite3.Row
    rows = pool.execute("SELECT * FROM articles WHERE status = 'analysed' ORDER BY id").fetchall()[:only]
    articles, facts = [], []
    for r in rows:
        row = dict(r)
        row.update(id=g.ids[row["id"]], story_id=g.story(row["story_id"]) if linked else None, linked=int(linked),
                   clean_text=g.text(g.cipher(row["clean_text"] or "")), body=g.text(g.cipher(row["body"])),
                   title=g.text(g.cipher(row["title"])) if row["title"] else row["title"],
                   content_hash=f"{g.gen}-{row['content_hash']}", published=g.day(row["published"]))
        articles.append(row)
        # The facts' own JSON names the article (spans' article_id): renamed too, else the events
        # of a full link point at the pool's articles (seen in the --check).
        facts += [(g.ids[f[0]], *f[1:6], f[6] and g.text(g.cipher(f[6])), g.facts(f[7])) for f in pool.execute(
            'SELECT article_id, type, seq, sentence_index, start, "end", sentence, data FROM facts'
            " WHERE article_id = ? ORDER BY id", (r["id"],))]
    return articles, facts


def _add_articles(pool: sqlite3.Connection, into: sqlite3.Connection, g: _Generation, *, linked: bool,
                  only: int | None = None) -> list[dict[str, Any]]:
    articles, facts = _articles(pool, g, linked, only)
    _insert(into, "articles", articles)
    into.executemany('INSERT INTO facts(article_id, type, seq, sentence_index, start, "end", sentence, data)'
                     " VALUES (?,?,?,?,?,?,?,?)", facts)
    return articles


def _clone_linked(pool: sqlite3.Connection, into: sqlite3.Connection, generations: int) -> int:
    """Fill ``into`` with ``generations`` linked generations of the pool; returns the article count."""
    pool.row_factory = sqlite3.Row
    pool_ids = [r[0] for r in pool.execute("SELECT id FROM articles WHERE status = 'analysed' ORDER BY id")]
    state = {r["key"]: r["value"] for r in pool.execute("SELECT key, value FROM state")}
    index = json.loads(state["story_index"])
    n_stories = index["next_id"] - 1
    stories: list[dict[str, Any]] = []
    count = 0
    # One transaction: the store's connection autocommits, and a commit per row (each one synced)
    # made cloning take 25 s per generation.
    into.execute("BEGIN")
    for gen in range(1, generations + 1):
        g = _Generation(gen, pool_ids, n_stories)
        articles = _add_articles(pool, into, g, linked=True)
        count += len(articles)
        into.executemany("INSERT OR IGNORE INTO copy_index(key, article_id) VALUES (?, ?)",
                         [(k, a["id"]) for a in articles for k in band_keys(_tokens(a["clean_text"]))])
        _insert(into, "copies", [dict(r, a=g.ids[r["a"]], b=g.ids[r["b"]], passages=json.dumps(
            [g.text(g.cipher(p)) for p in json.loads(r["passages"])])) for r in pool.execute("SELECT * FROM copies")])
        _insert(into, "stories", [dict(r, id=g.story(r["id"]), picture=g.json(r["picture"] or "{}"),
                                       label=g.text(r["label"]) if r["label"] else r["label"])
                                  for r in pool.execute("SELECT * FROM stories")])
        _insert(into, "events", [dict(r, id=g.json(json.dumps(r["id"]))[1:-1], story_id=g.story(r["story_id"]),
                                      event_date=g.day(r["event_date"]),
                                      record=g.json(r["record"])) for r in pool.execute("SELECT * FROM events")])
        stories += json.loads(g.json(json.dumps(index["stories"])))
    index.update(stories=stories, next_id=n_stories * generations + 1)
    state["story_index"] = json.dumps(index)
    into.executemany("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", list(state.items()))
    into.commit()
    return count


def _timed_link(store: Store, settings: Settings, full: bool = False) -> tuple[float, float]:
    tracemalloc.start()
    started = time.perf_counter()
    pipeline.link(store, settings, full=full)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def _linked_state(db: sqlite3.Connection) -> dict[str, Any]:
    """A store's linked state with every story id replaced by its members' ids.

    Story ids are the one result that depends on arrival order by design: ``assign_stories``
    numbers a story when it is started ("s1", "s2", ... in the order it places articles), and an
    incremental link numbers the stories its arrivals start after every stored one. So a story is
    named by its members (``a+b+c``), in the stories, pictures, events and story index alike. The
    members listed in the story index are in joining order (the same kind of arrival order): sorted.
    Everything else is compared as stored: labels, pictures (reconciled figures, contradictions,
    quotes, timeline), events, copies with their passages, the copy index, every article's
    publication date and origin and its date facts (story_dates re-dates articles), the story
    index (centroids, name counts, date ranges) as JSON with sorted keys."""
    members: dict[str, list[str]] = {}
    for aid, sid in db.execute("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY id"):
        members.setdefault(sid, []).append(aid)
    key = {sid: "+".join(ids) for sid, ids in members.items()}

    def plain(text: str) -> str:
        return _STORY.sub(lambda m: json.dumps(key.get(f"s{m.group(1)}", f"?s{m.group(1)}") + (m.group(2) or "")),
                          text)
    stories = {key.get(sid, f"?{sid}"): (label, plain(pic or "{}")) for sid, label, pic in
               db.execute("SELECT id, label, picture FROM stories")}
    state = dict(db.execute("SELECT key, value FROM state").fetchall())
    index = json.loads(plain(state.get("story_index") or "{}"))
    centroids = {}
    for story in index.get("stories", []):
        story["articles"] = sorted(story["articles"])
        centroids[story["id"]] = story.pop("centroid")
    index["stories"] = sorted(index.get("stories", []), key=lambda st: str(st["id"]))
    return {
        "partition": sorted(members.values()),
        "unlinked": db.execute("SELECT id FROM articles WHERE status = 'analysed' AND NOT linked").fetchall(),
        "stories": stories,
        "events": sorted(plain(r[0]) for r in db.execute("SELECT record FROM events")),
        "copies": db.execute("SELECT a, b, similarity, directed, passages FROM copies ORDER BY a, b").fetchall(),
        "copy_index": sorted(db.execute("SELECT key, article_id FROM copy_index").fetchall()),
        "published": db.execute("SELECT id, published, published_origin FROM articles ORDER BY id").fetchall(),
        "date_facts": db.execute("SELECT article_id, seq, sentence_index, start, \"end\", data FROM facts"
                                 " WHERE type = 'date' ORDER BY article_id, seq").fetchall(),
        "story_index": json.dumps(index, sort_keys=True),
        "centroids": centroids,
    }


#: How far two stories' stored centroids (sums of member embeddings) may be apart, per coordinate,
#: and count as equal. The index stores them rounded to 6 decimals (``stories._rounded``) and an
#: incremental link adds its arrivals to the rounded sum, where a full link rounds the whole sum
#: once: one rounding more, up to 5e-7 each time, plus float summation. Measured: 1e-6 at most,
#: in 18 of 31 stories of the 2-generation check; 1e-5 leaves room for a few incremental links.
CENTROID_TOLERANCE = 1e-5


def _centroids_apart(a: Mapping[str, list[float]], b: Mapping[str, list[float]]) -> float:
    """The largest coordinate difference between the same stories' centroids (inf: other stories)."""
    if set(a) != set(b) or any(len(a[k]) != len(b[k]) for k in a):
        return float("inf")
    return max((abs(x - y) for k in a for x, y in zip(a[k], b[k], strict=True)), default=0.0)


def _arrivals(store: Store, n: int) -> list[str]:
    """The ``n`` articles a full link places last: the story stage's order (date, undated last, id).

    Clustering is greedy and single-pass in that order (stories.py), so an incremental link can give
    a full link's stories only when its arrivals are the ones the full link would place after the
    rest, as news arriving in date order is."""
    from groundwatch.stages.stories import _article_date

    def order(item: tuple[Any, Any]) -> tuple[bool, dt.date, str]:
        day = _article_date(*item)
        return day is None, day or dt.date.min, item[0].id
    return [c.id for c, _ in sorted(store.analysed(), key=order)[-n:]]


def _link_fresh(db: Path, settings: Settings, held: list[str]) -> float:
    """Link ``db`` from scratch without ``held``, then let ``held`` arrive and link incrementally;
    the seconds of the incremental link."""
    from bench_pipeline import clear_caches

    store = Store.open(db)
    marks = ",".join("?" * len(held))
    store.conn.execute(f"UPDATE articles SET status = 'held' WHERE id IN ({marks})", held)
    clear_caches()
    pipeline.link(store, settings, full=True)
    store.conn.execute(f"UPDATE articles SET status = 'analysed' WHERE id IN ({marks})", held)
    store.conn.execute("UPDATE stories SET updated_at = 'before'")
    clear_caches()  # the arrivals are embedded and parsed as a new batch would be
    seconds, _ = _timed_link(store, settings)
    untouched = store.conn.execute("SELECT COUNT(*) FROM stories WHERE updated_at = 'before'").fetchone()[0]
    store.close()
    if not untouched:
        raise SystemExit("check: the second link re-linked every story: it was not incremental")
    return seconds


def check(pool: sqlite3.Connection, work: Path, settings: Settings, generations: int = 2,
          arrivals: int = 15) -> int:
    """Clone ``generations`` unlinked generations; (A) link them all from scratch, (B) link all but
    ``arrivals`` articles from scratch, then those incrementally; print every part that differs."""
    from bench_pipeline import clear_caches

    base = work / "check-base.db"
    base.unlink(missing_ok=True)
    store = Store.open(base)
    store.conn.execute("BEGIN")
    pool_ids = [r[0] for r in pool.execute("SELECT id FROM articles WHERE status = 'analysed' ORDER BY id")]
    n_stories = json.loads(pool.execute("SELECT value FROM state WHERE key = 'story_index'").fetchone()[0])["next_id"]
    n = sum(len(_add_articles(pool, store.conn, _Generation(gen, pool_ids, n_stories), linked=False))
            for gen in range(1, generations + 1))
    store.conn.commit()
    held = _arrivals(store, arrivals)
    store.close()
    for name in ("check-full.db", "check-incremental.db"):
        shutil.copy(base, work / name)
    store = Store.open(work / "check-full.db")
    clear_caches()
    full_seconds, _ = _timed_link(store, settings, full=True)
    store.close()
    incremental_seconds = _link_fresh(work / "check-incremental.db", settings, held)
    full, incremental = (_linked_state(sqlite3.connect(work / name))
                         for name in ("check-full.db", "check-incremental.db"))
    apart = _centroids_apart(full.pop("centroids"), incremental.pop("centroids"))
    print(f"check: centroids {'equal' if apart <= CENTROID_TOLERANCE else 'differ'} (at most {apart:g} apart,"
          f" tolerance {CENTROID_TOLERANCE:g})", file=sys.stderr)
    differences = [part for part in full if full[part] != incremental[part]]
    differences += ["centroids"] if apart > CENTROID_TOLERANCE else []
    for part in full:
        a, b = full[part], incremental[part]
        if a == b:
            print(f"check: {part} equal ({len(a)})", file=sys.stderr)
        elif isinstance(a, Mapping):
            keys = sorted(set(a) ^ set(b)) or sorted(k for k in a if a[k] != b[k])
            print(f"check: {part} differ: {len(keys)} of {len(a)}/{len(b)}, e.g. {keys[:3]}", file=sys.stderr)
        elif isinstance(a, str):
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
            print(f"check: {part} differ at {at}: ...{a[at - 80:at + 80]!r} / ...{b[at - 80:at + 80]!r}",
                  file=sys.stderr)
        else:
            only_a, only_b = [x for x in a if x not in b], [x for x in b if x not in a]
            print(f"check: {part} differ: {len(only_a)} only full, {len(only_b)} only incremental, e.g. "
                  f"{only_a[:1]} / {only_b[:1]}", file=sys.stderr)
    print(f"check: {n} articles, (A) linked in full from scratch ({full_seconds:.1f}s) vs (B) all but "
          f"{len(held)} in full, then those {len(held)} incrementally ({incremental_seconds:.1f}s): "
          f"{'the same' if not differences else f'{len(differences)} parts differ: ' + ', '.join(differences)}")
    return len(differences)


def _warm(settings: Settings) -> None:
    """Load spaCy and the embedding model before anything is timed: loaded inside a timed link (under
    tracemalloc, which slows every allocation) they made 10 articles into 512 take 471 s (measured)."""
    from bench_pipeline import clear_caches

    from groundwatch import nlp
    from groundwatch.stages.embedding import embed

    nlp.load(settings.model)("A warm-up sentence.")
    embed(["A warm-up sentence."])
    clear_caches()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,5000", help="store sizes, rounded up to whole generations")
    parser.add_argument("--new", type=int, default=10)
    parser.add_argument("--work", type=Path, default=Path("/tmp/groundwatch-bench-link"))
    parser.add_argument("--check", action="store_true",
                        help="first check that a full link then an incremental one gives what one full link gives")
    parser.add_argument("--arrivals", type=int, default=15, help="--check: articles that arrive after the first link")
    parser.add_argument("--no-consolidate", action="store_true",
                        help="--check, diagnostic: the story stage's end-of-batch merge of small new stories off"
                             " in both links of the check (the one known batch-dependent step, see linking.py)")
    parser.add_argument("--full", action="store_true", help="also time a full relink of the largest store")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    settings = Settings.load()
    pool = sqlite3.connect(_pool(args.work))
    pool_ids = [r[0] for r in pool.execute("SELECT id FROM articles WHERE status = 'analysed' ORDER BY id")]
    index = pool.execute("SELECT value FROM state WHERE key = 'story_index'").fetchone()[0]
    n_stories = json.loads(index)["next_id"] - 1
    _warm(settings)
    if args.check:
        from groundwatch.stages import stories

        consolidate = stories._consolidate
        if args.no_consolidate:
            def unmerged(found: list[Any], *_: Any, **__: Any) -> tuple[list[Any], dict[str, str]]:
                return found, {}  # every story kept as the single pass left it (no merge, so no renumbering)
            stories._consolidate = unmerged  # type: ignore[assignment]
        if check(pool, args.work, settings, arrivals=args.arrivals):
            print("an incremental link did not give what a full link gives (see above)", file=sys.stderr)
        stories._consolidate = consolidate  # the timed links run the stage as it is
    results: dict[int, tuple[float, float]] = {}
    sizes = [int(s) for s in args.sizes.split(",") if s]  # --sizes "": the --check alone
    for size in sizes:
        generations = -(-size // len(pool_ids))
        db = args.work / f"linked-{generations}.db"
        if not db.exists():
            started = time.perf_counter()
            store = Store.open(args.work / "building.db")
            _clone_linked(pool, store.conn, generations)
            store.close()
            (args.work / "building.db").rename(db)
            print(f"cloned {generations} linked generations ({time.perf_counter() - started:.1f}s)", file=sys.stderr)
        shutil.copy(db, args.work / "run.db")
        store = Store.open(args.work / "run.db")
        store.conn.execute("BEGIN")
        _add_articles(pool, store.conn, _Generation(generations + 1, pool_ids, n_stories), linked=False, only=args.new)
        store.conn.commit()
        from bench_pipeline import clear_caches

        clear_caches()
        results[size] = _timed_link(store, settings)
        total = store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        print(f"{args.new} new articles into {total - args.new} ({generations} x {len(pool_ids)}): "
              f"{results[size][0]:.2f}s, peak {results[size][1]:.0f} MiB")
        if args.full and size == max(sizes):
            seconds, peak = _timed_link(store, settings, full=True)
            print(f"full relink of {total}: {seconds:.1f}s, peak {peak:.0f} MiB")
        store.close()
    if not results:
        return 0
    small, large = min(results), max(results)
    print(f"ratio {large} / {small}: {results[large][0] / results[small][0]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

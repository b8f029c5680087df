"""The whole pipeline on invented corpora: the Python API, re-runs that do no new work, a changed
file, a non-English article, and a folder full of bad inputs that must not stop the batch.

Runs happen once per module and in a fixed order inside the fixtures (loading the models takes
seconds); the tests read the snapshots they left.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import groundwatch
from groundwatch.interfaces import cli
from groundwatch.pipeline import RunSummary

# Invented articles (fiction: a crisis in "Veloria"); distinct enough not to be copies of each other.
ENGLISH = {
    "01_harbour-post": (
        "Landslide buries homes in Tessel\n\n"
        "TESSEL — At least 9 people were killed and 21 were injured when a hillside gave way above the town "
        "of Tessel on Sunday night, the Velorian interior ministry said.\n\n"
        '"We heard a roar and then the lights went out," said Mirela Stavrou, who lives near the quarry.\n\n'
        "Around 400 residents were moved to a sports hall, officials said.\n"
    ),
    "02_daily-lantern": (
        "Rescuers dig through mud after Tessel landslide\n\n"
        "Rescue crews worked through the night in Tessel, where the number of dead rose to 11 on Monday, "
        "according to the regional governor, Piet Anholt.\n\n"
        "Six people are still missing, the governor told a news conference.\n"
    ),
    "03_kastavia-wire": (
        "Drought leaves Fenwick farms without water\n\n"
        "FENWICK — More than 12,000 people in the farming district around Fenwick now depend on water "
        "deliveries, the Red Lantern relief society said on Thursday.\n\n"
        '"The wells are dry for the first time in living memory," said farmer Oskar Lindqvist.\n'
    ),
    "04_northern-courier": (
        "Bridge reopens in Oldcastle after repairs\n\n"
        "The main bridge in Oldcastle reopened to traffic on Friday after three months of repairs, the city "
        "council said, ending long detours for commuters.\n"
    ),
}
FRENCH_ID = "05_courrier-de-tessel"
FRENCH = (
    "Glissement de terrain à Tessel\n\n"
    "Au moins neuf personnes ont été tuées lorsque la colline s'est effondrée au-dessus de la ville "
    "dimanche soir, a indiqué le ministère de l'Intérieur. Les secours cherchent encore des survivants "
    "dans la boue, et les habitants ont été relogés dans une salle de sport.\n"
)
CHANGED_ID = "04_northern-courier"

#: Keys whose values may differ between two runs over the same input (clock times).
VOLATILE = frozenset({"at", "ingested_at", "analysed_at", "updated_at", "started_at", "finished_at"})


def strip_volatile(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: strip_volatile(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [strip_volatile(v) for v in value]
    return value


@dataclass(frozen=True)
class Snapshot:
    """What one run returned and left in the store."""

    report: groundwatch.Report
    facts_json: dict[str, Any]
    statuses: dict[str, str]
    fact_rows: dict[int, str]  # facts.id -> article_id
    tables: dict[str, int]  # row counts


def snapshot(db: Path, report: groundwatch.Report) -> Snapshot:
    conn = sqlite3.connect(db)
    try:
        statuses = dict(conn.execute("SELECT id, status FROM articles").fetchall())
        rows = dict(conn.execute("SELECT id, article_id FROM facts").fetchall())
        tables = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "facts", "rejections", "stories", "copies")}
    finally:
        conn.close()
    assert report.out is not None
    facts = json.loads((report.out / "facts.json").read_text(encoding="utf-8"))
    return Snapshot(report, facts, statuses, rows, tables)


@dataclass(frozen=True)
class Runs:
    corpus: Path
    db: Path
    first: Snapshot
    second: Snapshot
    changed: Snapshot
    second_work: dict[str, int]  # texts MiniLM encoded and texts spaCy parsed during the second run


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    base = tmp_path_factory.mktemp("pipeline")
    corpus = base / "corpus"
    corpus.mkdir()
    for aid, text in ENGLISH.items():
        (corpus / f"{aid}.txt").write_text(text, encoding="utf-8")
    (corpus / f"{FRENCH_ID}.txt").write_text(FRENCH, encoding="utf-8")
    db = base / "gw.db"
    reports = []

    def run(name: str) -> Snapshot:
        report = groundwatch.run([corpus], db=db, out=base / name)
        reports.append(report)
        return snapshot(db, report)

    first = run("out1")
    with counting_work() as second_work:
        second = run("out2")
    path = corpus / f"{CHANGED_ID}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nTraffic police said 2 drivers were detained for "
                    "ignoring the closure signs.\n", encoding="utf-8")
    changed = run("out3")
    yield Runs(corpus, db, first, second, changed, second_work)
    for r in reports:
        r.store.close()


@contextmanager
def counting_work() -> Iterator[dict[str, int]]:
    """Count the texts MiniLM encodes and spaCy parses inside the block, with the per-process
    parse and vector caches emptied first (as a new process starts: only the store remembers)."""
    from spacy.language import Language

    from groundwatch.stages import embedding
    from groundwatch.stages.reconcile import common

    work = {"encoded": 0, "parsed": 0}
    encode, pipe, call = embedding._encode, Language.pipe, Language.__call__

    def counted_encode(texts: list[str]) -> Any:
        work["encoded"] += len(texts)
        return encode(texts)

    def counted_pipe(self: Language, texts: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        for doc in pipe(self, texts, *args, **kwargs):
            work["parsed"] += 1
            yield doc

    def counted_call(self: Language, text: Any, *args: Any, **kwargs: Any) -> Any:
        work["parsed"] += 1
        return call(self, text, *args, **kwargs)

    embedding.clear_cache()
    common.clear_cache()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(embedding, "_encode", counted_encode)
        mp.setattr(Language, "pipe", counted_pipe)
        mp.setattr(Language, "__call__", counted_call)
        yield work


# --- the Python API ------------------------------------------------------------------------


def test_api_run_returns_a_report(runs: Runs) -> None:
    report = runs.first.report
    assert isinstance(report, groundwatch.Report)
    assert isinstance(report.summary, RunSummary)
    s = report.summary
    assert (s.read, s.new, s.analysed, s.not_analysed, s.rejected) == (5, 5, 4, 1, 0)
    assert s.stories == len(report.stories) >= 2  # a landslide, a drought, a bridge: not one story
    assert {a["id"] for a in report.articles} == {*ENGLISH, FRENCH_ID}
    assert report.article_count == 5
    assert report.facts == runs.first.facts_json
    for story in report.stories:
        assert story["id"] and story["label"]
    # The two landslide reports share a story; the drought is elsewhere.
    by_id = {a["id"]: a["story"] for a in report.articles if a["status"] == "analysed"}
    assert by_id["01_harbour-post"] == by_id["02_daily-lantern"] != by_id["03_kastavia-wire"]


def test_api_run_writes_the_three_outputs(runs: Runs) -> None:
    out = runs.first.report.out
    assert out is not None
    assert {p.name for p in out.iterdir()} >= {"facts.json", "report.md", "report.html"}


# --- running twice does no new work -------------------------------------------------------


def test_second_run_reads_everything_unchanged_and_analyses_nothing(runs: Runs) -> None:
    s = runs.second.report.summary
    assert (s.read, s.new, s.changed, s.unchanged) == (5, 0, 0, 5)
    assert (s.analysed, s.not_analysed, s.rejected) == (0, 0, 0)


def test_second_run_leaves_the_store_as_it_was(runs: Runs) -> None:
    assert runs.second.tables == runs.first.tables
    assert runs.second.statuses == runs.first.statuses
    assert runs.second.fact_rows == runs.first.fact_rows  # same rows, not deleted and re-inserted


def test_second_run_encodes_and_parses_nothing_again(runs: Runs) -> None:
    # A new process on the same store: the link, the report lines and the facts come from the store.
    assert runs.second_work == {"encoded": 0, "parsed": 0}


def test_second_run_writes_the_same_facts(runs: Runs) -> None:
    assert strip_volatile(runs.second.facts_json) == strip_volatile(runs.first.facts_json)
    assert runs.first.facts_json["articles"], "vacuous comparison"


def test_changing_one_file_reanalyses_exactly_that_article(runs: Runs) -> None:
    s = runs.changed.report.summary
    assert (s.read, s.new, s.changed, s.unchanged, s.analysed) == (5, 0, 1, 4, 1)
    before, after = runs.second.fact_rows, runs.changed.fact_rows
    # Everyone else's facts are the very same rows (SQLite may reuse the changed article's row ids).
    def others(rows: dict[int, str]) -> dict[int, str]:
        return {r: a for r, a in rows.items() if a != CHANGED_ID}

    assert others(after) == others(before)
    old = sum(1 for a in before.values() if a == CHANGED_ID)
    assert sum(1 for a in after.values() if a == CHANGED_ID) > old  # the new sentence and its figure
    article = {a["id"]: a for a in runs.changed.facts_json["articles"]}[CHANGED_ID]
    assert "2 drivers were detained" in article["clean_text"]
    assert ("detained", 2) in {(f["kind"], f["value"]) for f in article["figures"]}


def test_changing_one_file_keeps_the_others_stories(runs: Runs) -> None:
    def stories(snap: Snapshot) -> dict[str, str]:
        return {a["id"]: a["story"] for a in snap.facts_json["articles"] if a["id"] != CHANGED_ID}

    assert stories(runs.changed) == stories(runs.first)


# --- a language that is not analysed -----------------------------------------------------


def test_non_english_article_is_stored_but_not_analysed(runs: Runs) -> None:
    article = {a["id"]: a for a in runs.first.facts_json["articles"]}[FRENCH_ID]
    assert article["status"] == "not_analysed"
    assert article["language"] == "fr"
    assert "language 'fr'" in article["status_reason"]
    assert article["figures"] == article["quotes"] == article["dates"] == []
    assert article["story"] is None
    assert FRENCH_ID not in runs.first.fact_rows.values()


@pytest.mark.parametrize("name", ["report.md", "report.html"])
def test_report_says_which_articles_were_not_analysed(runs: Runs, name: str) -> None:
    out = runs.first.report.out
    assert out is not None
    text = (out / name).read_text(encoding="utf-8")
    assert "Stored but not analysed" in text
    section = text[text.index("Stored but not analysed"):]
    assert FRENCH_ID in section and "not analysed yet" in section
    assert "01_harbour-post" not in section.split("\n\n#", 1)[0].split("</section>", 1)[0]


# --- bad input never stops a batch --------------------------------------------------------


def _truncated_warc() -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    text = b"Flood water reached the old mill at Harrowby on Monday. " * 40
    page = b"<html><body><p>" + text + b"</p></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
    # With the length given, warcio digests in place instead of buffering to an unclosed temp file.
    writer.write_record(writer.create_warc_record("https://harbour-post.example/mill", "response",
                                                  payload=io.BytesIO(page), length=len(page),
                                                  http_headers=headers))
    data = buf.getvalue()
    return data[: len(data) // 2]


#: Bad inputs: file name -> (bytes to write, or None for special files; the reason expected, a prefix).
BAD: dict[str, tuple[bytes | None, str]] = {
    "binary.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "binary file: looks like a"),
    "empty.txt": (b"", "empty file: 0 bytes"),
    "undecodable.txt": (random.Random(7).randbytes(600).translate(bytes(0x80 | b for b in range(256))),
                        "undecodable text: no text encoding fits these bytes"),
    "truncated.warc.gz": (_truncated_warc(), "truncated WARC"),
    "broken.json": (b'{"title": "Levee holds", "text": "The levee at Harrowby held', "malformed JSON"),
    "mixed.jsonl#2": (None, "line 2: malformed JSON"),
    # cut before its first item (a feed cut inside an item loses only that item: tests/stages/readers)
    "broken.xml": (b'<?xml version="1.0"?><rss><channel><title>Levee watch</title><description>never closed',
                   "empty feed: no items"),
    "huge.txt": (None, "file too large"),
    "nested/loop": (None, "symlink loop: folder leads back to"),
}
GOOD_JSONL_TEXT = ("Ferry service to Brinmouth suspended\n\nThe ferry between Brinmouth and Tessel was "
                   "suspended on "
                   "Tuesday after 3 crew members were injured in a collision, the port authority said.")


def write_bad_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "01_harbour-post.txt").write_text(ENGLISH["01_harbour-post"], encoding="utf-8")
    (folder / "03_kastavia-wire.txt").write_text(ENGLISH["03_kastavia-wire"], encoding="utf-8")
    for name, (data, _) in BAD.items():
        if data is not None:
            (folder / name).write_bytes(data)
    (folder / "mixed.jsonl").write_text(json.dumps({"text": GOOD_JSONL_TEXT, "outlet": "Daily Lantern"})
                                        + '\n{"text": "The ferry was\n', encoding="utf-8")
    with (folder / "huge.txt").open("wb") as f:  # sparse: instant to create, over the 20 MB cap
        f.truncate(21 * 1024 * 1024)
    (folder / "nested").mkdir()
    os.symlink("..", folder / "nested" / "loop", target_is_directory=True)


def file_states(folder: Path) -> dict[str, tuple[str, int, int]]:
    """(sha256 or link target, mtime_ns, size) of every file and link, without following links."""
    out: dict[str, tuple[str, int, int]] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = Path(root, name)
            st = path.lstat()
            digest = (os.readlink(path) if path.is_symlink()
                      else hashlib.sha256(path.read_bytes()).hexdigest())
            out[str(path.relative_to(folder))] = (digest, st.st_mtime_ns, st.st_size)
    return out


@dataclass(frozen=True)
class BadRun:
    folder: Path
    db: Path
    out: Path
    result: Result
    before: dict[str, tuple[str, int, int]]
    after: dict[str, tuple[str, int, int]]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli.main, list(args))


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> BadRun:
    base = tmp_path_factory.mktemp("bad")
    folder = base / "inputs"
    write_bad_folder(folder)
    before = file_states(folder)
    db, out = base / "gw.db", base / "out"
    result = invoke("run", str(folder), "--db", str(db), "--out", str(out), "-q")
    return BadRun(folder, db, out, result, before, file_states(folder))


def test_bad_inputs_do_not_stop_the_batch(bad_run: BadRun) -> None:
    assert bad_run.result.exit_code == 0, bad_run.result.output
    assert bad_run.result.exception is None
    err = bad_run.result.stderr
    assert f"analysed 3; not analysed (language) 0; rejected {len(BAD)};" in err
    assert f"rejections by stage: ingest: {len(BAD)}" in err
    facts = json.loads((bad_run.out / "facts.json").read_text(encoding="utf-8"))
    analysed = {a["id"] for a in facts["articles"] if a["status"] == "analysed"}
    assert analysed == {"01_harbour-post", "03_kastavia-wire", "mixed#1"}


def test_every_bad_input_is_a_specific_rejection(bad_run: BadRun) -> None:
    facts = json.loads((bad_run.out / "facts.json").read_text(encoding="utf-8"))
    got = {str(Path(r["source"]).relative_to(bad_run.folder)): r for r in facts["rejections"]}
    assert set(got) == set(BAD)
    for name, (_, reason) in BAD.items():
        assert got[name]["stage"] == "ingest", name
        assert got[name]["reason"].startswith(reason), (name, got[name]["reason"])


def test_status_lists_every_bad_input(bad_run: BadRun) -> None:
    result = invoke("status", "--db", str(bad_run.db))
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("rejected [ingest] ")]
    assert len(lines) == len(BAD)
    assert f"rejections: {len(BAD)}" in result.stdout.splitlines()


def test_inputs_are_left_untouched(bad_run: BadRun) -> None:
    assert len(bad_run.before) == len(BAD) + 2  # every bad file (mixed.jsonl holds a good line), two articles
    assert bad_run.after == bad_run.before


def test_rerun_over_bad_inputs_does_not_duplicate_rejections(bad_run: BadRun) -> None:
    result = invoke("run", str(bad_run.folder), "--db", str(bad_run.db), "--out", str(bad_run.out), "-q")
    assert result.exit_code == 0, result.output
    assert f"analysed 0; not analysed (language) 0; rejected {len(BAD)};" in result.stderr
    facts = json.loads((bad_run.out / "facts.json").read_text(encoding="utf-8"))
    assert len(facts["rejections"]) == len(BAD)


def test_only_bad_inputs_is_an_error_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "only-bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(BAD["binary.txt"][0] or b"")
    result = invoke("run", str(folder), "--db", str(tmp_path / "gw.db"), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a crash
    assert "Error: nothing could be ingested from the inputs given; 2 rejected" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_a_missing_path_is_an_error_with_a_clear_message(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "no-such-folder"
    result = invoke(command, str(missing), "--db", str(tmp_path / "gw.db"))
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert f"Error: input path does not exist: {missing} [GW002]" in result.stderr
    assert "Traceback" not in result.output

"""The command line end to end: ``groundwatch run`` on a folder of invented articles, then every
other command over the store it made, plus one run through the installed ``groundwatch`` script.

The run is made once per module (loading spaCy and the story model takes seconds); each test
reads what it left behind.
"""

from __future__ import annotations

import csv
import html.parser
import io
import json
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from groundwatch.interfaces import cli

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).with_name("groundwatch")

# Invented outlets, towns and people (fiction: the crisis in "Veloria").
ARTICLES = {
    "north/01_harbour-post": (
        "The Harbour Post", "2025-03-11",
        "Storm surge floods Marrowgate harbour district\n\n"
        "MARROWGATE — At least 12 people were killed and 45 were injured on Monday when a storm surge swept "
        "through the harbour district of Marrowgate, the Velorian civil defence agency said.\n\n"
        '"The water came over the sea wall in minutes," harbour master Tomas Elderby told reporters on '
        "Tuesday.\n\n"
        "About 2,300 residents were evacuated to schools on higher ground, officials said on "
        "10 March 2025.\n",
    ),
    "north/02_veloria-today": (
        "Veloria Today", "2025-03-12",
        "Death toll rises in Marrowgate after storm surge\n\n"
        "The number of people killed in Marrowgate rose to 17 on Wednesday, the civil defence agency said, "
        "as rescuers searched flooded basements in the harbour district.\n\n"
        "Some 3,000 people have been displaced and 40 remain missing, according to the regional governor, "
        "Anneke Druss.\n\n"
        '"We will rebuild every street that was lost," Druss said at a briefing in Tessel.\n',
    ),
    "south/03_northern-courier": (
        "Northern Courier", "2025-04-02",
        "Wildfire forces evacuations near Brinmouth\n\n"
        "BRINMOUTH — Firefighters battled a wildfire in the hills above Brinmouth on Tuesday, and more than "
        "600 people were evacuated from three villages, the forestry service said.\n\n"
        "Two firefighters were injured, one seriously, the service added.\n\n"
        '"The wind changed direction twice in one afternoon," said fire chief Rosalind Kemp.\n',
    ),
}
MANIFEST = {"articles": [{"file": f"{aid}.txt", "outlet": outlet, "published": published, "language": "en"}
                         for aid, (outlet, published, _) in ARTICLES.items()]}

FIGURE_KINDS = {"killed", "injured", "missing", "displaced", "evacuated", "detained", "affected", "aid",
                "forces", "weapons"}
QUALIFIERS = {"exact", "approx", "at_least", "more_than", "at_most", "less_than", "vague"}
CLAIM_FIELDS = {"date", "figure", "actor", "place", "other"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def write_corpus(folder: Path) -> Path:
    """The invented corpus above, a manifest, and one empty file that must be rejected."""
    for aid, (_, _, text) in ARTICLES.items():
        path = folder / f"{aid}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    (folder / "north" / "empty.txt").write_bytes(b"")
    return folder


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli.main, list(args), catch_exceptions=True)


@dataclass(frozen=True)
class Made:
    base: Path
    corpus: Path
    db: Path
    out: Path
    result: Result

    def facts(self) -> dict[str, Any]:
        return json.loads((self.out / "facts.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    base = tmp_path_factory.mktemp("cli")
    corpus = write_corpus(base / "corpus")
    db, out = base / "gw.db", base / "report"
    result = invoke("run", str(corpus), "--db", str(db), "--out", str(out), "--quiet")
    return Made(base, corpus, db, out, result)


# --- groundwatch run ---------------------------------------------------------------------


def test_run_exits_zero_and_prints_the_report_path(made: Made) -> None:
    assert made.result.exit_code == 0, made.result.output
    printed = dict(line.split(":", 1) for line in made.result.stdout.splitlines())
    assert Path(printed["report"].strip()) == (made.out / "report.html").resolve()
    assert Path(printed["facts"].strip()) == (made.out / "facts.json").resolve()
    for name in ("facts.json", "report.md", "report.html"):
        assert (made.out / name).stat().st_size > 0, name


def test_run_summary_goes_to_stderr_and_counts_the_rejection(made: Made) -> None:
    err = made.result.stderr
    assert "read 3 articles (3 new, 0 changed, 0 unchanged); analysed 3;" in err
    assert "rejected 1;" in err
    assert "rejections by stage: ingest: 1" in err


def test_facts_json_follows_the_schema(made: Made) -> None:
    facts = made.facts()
    for key in ("articles", "contradictions", "updates", "copies"):
        assert isinstance(facts[key], list), key
    articles = {a["id"]: a for a in facts["articles"]}
    # Ids are the path relative to the input folder, without extension, posix style.
    assert set(articles) == set(ARTICLES)
    for aid, a in articles.items():
        for key in ("id", "story", "published", "clean_text", "figures", "quotes", "dates"):
            assert key in a, (aid, key)
        assert isinstance(a["story"], str) and a["story"], aid
        assert a["published"] == ARTICLES[aid][1]
        text = a["clean_text"]
        assert isinstance(text, str) and text.strip()
        for f in a["figures"]:
            assert f["kind"] in FIGURE_KINDS and f["qualifier"] in QUALIFIERS, f
            assert {"value", "low", "high"} <= set(f)
            assert f["value"] is not None or f["qualifier"] == "vague", f
            assert f["sentence"].strip() in text
        for q in a["quotes"]:
            assert isinstance(q["text"], str) and q["text"] in q["sentence"], q
            assert "speaker" in q
            assert q["sentence"].strip() in text
        for d in a["dates"]:
            assert d["text"] in d["sentence"] and d["sentence"].strip() in text, d
            assert d["date"] is None or ISO_DATE.match(d["date"]), d
    for claim_list in (facts["contradictions"], facts["updates"]):
        for c in claim_list:
            assert c["field"] in CLAIM_FIELDS, c
            for claim in c["claims"]:
                assert claim["article"] in articles and "sentence" in claim and "value" in claim, claim
    for pair in facts["copies"]:
        assert pair["a"] in articles and pair["b"] in articles and pair["a"] != pair["b"]


def test_facts_json_carries_the_obvious_facts(made: Made) -> None:
    """Not a quality measure: a smoke check that extraction really ran on the invented articles."""
    a = {x["id"]: x for x in made.facts()["articles"]}["north/01_harbour-post"]
    assert ("killed", 12) in {(f["kind"], f["value"]) for f in a["figures"]}
    assert any(q["text"].startswith("The water came over the sea wall") for q in a["quotes"])
    assert any(d["date"] == "2025-03-10" for d in a["dates"])


class _Resources(html.parser.HTMLParser):
    """Every ``src``/``href`` of ``<link>``, ``<script>`` and ``<img>`` elements."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in ("link", "script", "img"):
            self.refs += [(tag, v or "") for k, v in attrs if k in ("src", "href")]


def test_report_html_is_self_contained(made: Made) -> None:
    page = (made.out / "report.html").read_text(encoding="utf-8")
    parser = _Resources()
    parser.feed(page)
    assert "html" in parser.tags and "style" in parser.tags  # the CSS is inlined, not linked
    # Only inline data may be referenced: no network and no sibling files the report depends on.
    external = [(tag, ref) for tag, ref in parser.refs if not ref.startswith(("data:", "#"))]
    assert external == []
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page)
    for aid in ARTICLES:
        assert aid in page


def test_report_md_names_every_article(made: Made) -> None:
    text = (made.out / "report.md").read_text(encoding="utf-8")
    assert text.startswith("#")
    for aid in ARTICLES:
        assert aid in text


# --- help, status, report, export ---------------------------------------------------------


@pytest.mark.parametrize("command", [None, *sorted(cli.main.commands)])
def test_every_command_has_help(command: str | None) -> None:
    result = invoke(*([command] if command else []), "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout


def test_every_documented_command_exists() -> None:
    assert set(cli.main.commands) == {"run", "ingest", "export", "report", "status", "serve", "events", "stories",
                                      "audit", "watch", "sources", "changes"}


def test_status_lists_counts_and_rejections(made: Made) -> None:
    result = invoke("status", "--db", str(made.db))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "analysed: 3" in lines
    assert "rejections: 1" in lines
    empty = made.corpus / "north" / "empty.txt"
    assert f"rejected [ingest] {empty}: empty file: 0 bytes" in lines


def test_status_without_a_database_fails_cleanly(tmp_path: Path) -> None:
    result = invoke("status", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1
    assert "no database at" in result.stderr
    assert not (tmp_path / "missing.db").exists()


def test_status_lists_the_cache_tables_per_model(made: Made) -> None:
    lines = invoke("status", "--db", str(made.db)).stdout.splitlines()
    assert any(re.fullmatch(r"vectors \[all-MiniLM-L6-v2/.+\]: \d+ rows, [\d.]+ KB", line) for line in lines), lines


def test_vacuum_goes_with_prune(made: Made) -> None:
    result = invoke("status", "--db", str(made.db), "--vacuum")
    assert result.exit_code == 2 and "--vacuum goes with --prune" in result.output


def test_status_prune_drops_only_what_nothing_reads(tmp_path: Path) -> None:
    """A fresh run leaves nothing to prune; a changed article's old texts and an old model's rows
    go, and the facts and report from the pruned store are the same."""
    from groundwatch.store.sqlite import Store

    corpus = write_corpus(tmp_path / "corpus")
    db = str(tmp_path / "gw.db")
    assert invoke("run", str(corpus), "--db", db, "--out", str(tmp_path / "first"), "-q").exit_code == 0
    pruned = invoke("status", "--db", db, "--prune")
    assert pruned.exit_code == 0, pruned.output
    assert "pruned 0 rows, 0.0 KB" in pruned.stdout.splitlines()

    Store.open(db).save_vectors([(bytes(16), b"\x00" * 1536)], "all-MiniLM-L6-v2/0.0.1")
    changed = corpus / "north" / "02_veloria-today.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("rose to 17 on Wednesday", "rose to 19 on Thursday")
                       .replace("searched flooded basements", "searched flooded cellars"), encoding="utf-8")
    assert invoke("run", str(corpus), "--db", db, "--out", str(tmp_path / "second"), "-q").exit_code == 0
    pruned = invoke("status", "--db", db, "--prune", "--vacuum")
    assert pruned.exit_code == 0, pruned.output
    lines = pruned.stdout.splitlines()
    assert "pruned vectors [all-MiniLM-L6-v2/0.0.1]: 1 rows, 1.5 KB" in lines
    total = re.fullmatch(r"pruned (\d+) rows, [\d.]+ KB", next(ln for ln in lines if ln.startswith("pruned ") and
                                                                 " [" not in ln))
    assert total and int(total.group(1)) > 1  # the changed article's old lead at least

    assert invoke("report", "--db", db, "--out", str(tmp_path / "third")).exit_code == 0
    for name in ("facts.json", "report.md"):
        before, after = ((tmp_path / run / name).read_text(encoding="utf-8") for run in ("second", "third"))
        assert re.sub(r"Generated [0-9-]+ [0-9:]+ UTC", "", before, flags=re.I) == \
            re.sub(r"Generated [0-9-]+ [0-9:]+ UTC", "", after, flags=re.I), name
    assert "pruned 0 rows, 0.0 KB" in invoke("status", "--db", db, "--prune").stdout.splitlines()


def test_report_rewrites_the_same_outputs(made: Made, tmp_path: Path) -> None:
    result = invoke("report", "--db", str(made.db), "--out", str(tmp_path / "again"))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"report: {(tmp_path / 'again' / 'report.html').resolve()}"
    assert json.loads((tmp_path / "again" / "facts.json").read_text(encoding="utf-8")) == made.facts()
    # Equal but for the minute it was generated (a slow machine can cross a minute between the runs).
    def body(path: Path) -> str:
        return re.sub(r"Generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", "Generated -", path.read_text(encoding="utf-8"))

    assert body(tmp_path / "again" / "report.md") == body(made.out / "report.md")


def _export(db: Path, fmt: str) -> str:
    result = invoke("export", "--db", str(db), "--format", fmt)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_export_facts_json_is_the_facts_file(made: Made) -> None:
    assert json.loads(_export(made.db, "facts-json")) == made.facts()


def test_export_jsonl_is_one_article_per_line(made: Made) -> None:
    lines = _export(made.db, "jsonl").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows] == sorted(ARTICLES)
    assert all("figures" in r and "quotes" in r for r in rows)


def test_export_csv_has_a_header_and_a_row_per_fact(made: Made) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(made.db, "csv"))))
    assert rows, "no fact rows"
    assert {"article", "type", "kind", "value", "sentence", "start", "end"} <= set(rows[0])
    facts = made.facts()
    kinds = ("figures", "quotes", "dates", "places", "actors")
    expected = sum(len(a[k]) for a in facts["articles"] for k in kinds)
    assert len(rows) == expected
    assert {r["article"] for r in rows} == set(ARTICLES)


def test_export_geojson_is_a_feature_collection(made: Made) -> None:
    doc = json.loads(_export(made.db, "geojson"))
    assert doc["type"] == "FeatureCollection"
    assert isinstance(doc["features"], list)
    for feature in doc["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_export_to_a_file(made: Made, tmp_path: Path) -> None:
    target = tmp_path / "facts.jsonl"
    result = invoke("export", "--db", str(made.db), "--format", "jsonl", "--out", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == len(ARTICLES)


def test_export_rejects_an_unknown_format(made: Made) -> None:
    result = invoke("export", "--db", str(made.db), "--format", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


# --- the installed entry point ------------------------------------------------------------


@pytest.mark.slow
def test_installed_script_runs_the_same_job(made: Made) -> None:
    """The console script from pyproject.toml, in a fresh process, gives the in-process result."""
    if not SCRIPT.exists():
        pytest.skip(f"no installed groundwatch script next to {sys.executable}")
    db, out = made.base / "script.db", made.base / "script-report"
    proc = subprocess.run([str(SCRIPT), "run", str(made.corpus), "--db", str(db), "--out", str(out), "-q"],
                          capture_output=True, text=True, timeout=600, cwd=made.base)
    assert proc.returncode == 0, proc.stderr
    assert f"report: {(out / 'report.html').resolve()}" in proc.stdout.splitlines()
    assert "Traceback" not in proc.stderr
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert facts == made.facts()


# --- events classify -------------------------------------------------------------------------


@pytest.mark.slow
def test_events_classify_writes_one_type_per_snippet(tmp_path: Path) -> None:
    snippets = tmp_path / "snippets.tsv"
    snippets.write_text("id\tEventSnippet\n"
                        "a1\tWarplanes bombed the depot outside Harrowgate.\n"
                        "a2\tThousands marched peacefully through Dunmere for higher pay.\n", encoding="utf-8")
    out = tmp_path / "pred.tsv"
    result = invoke("events", "classify", str(snippets), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == ["id\tSubType", "a1\tAIR_STRIKE", "a2\tPEACE_PROTEST"]


def test_events_classify_names_the_missing_column(tmp_path: Path) -> None:
    snippets = tmp_path / "bad.tsv"
    snippets.write_text("id\ttext\n1\tA drone hit a car.\n", encoding="utf-8")
    result = invoke("events", "classify", str(snippets))
    assert result.exit_code == 1
    assert "'EventSnippet'" in result.output
# --- stories merge / split (issue 11) -------------------------------------------------------


def _copy_db(src: Path, dst: Path) -> Path:
    """A copy of a store that may still be open (its WAL not yet checkpointed)."""
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()
    return dst


def _listed(db: Path) -> dict[str, list[str]]:
    result = invoke("stories", "list", "--db", str(db))
    assert result.exit_code == 0, result.output
    return {line.split("\t")[0]: line.split("\t")[2].split() for line in result.stdout.splitlines() if line}


@pytest.mark.issue(11)
def test_stories_merge_and_split_are_kept_across_reruns(made: Made, tmp_path: Path) -> None:
    db = _copy_db(made.db, tmp_path / "gw.db")
    before = _listed(db)
    assert len(before) >= 2
    keep, other = list(before)[:2]

    def rerun() -> dict[str, list[str]]:
        result = invoke("run", str(made.corpus), "--db", str(db), "--out", str(tmp_path / "out"), "--quiet")
        assert result.exit_code == 0, result.output
        return _listed(db)

    result = invoke("stories", "merge", keep, other, "--db", str(db))
    assert result.exit_code == 0, result.output
    merged = _listed(db)
    assert other not in merged and sorted(merged[keep]) == sorted(before[keep] + before[other])
    assert rerun() == merged  # a re-run over the same corpus keeps the analyst's merge
    result = invoke("stories", "split", keep, *before[other], "--db", str(db))
    assert result.exit_code == 0, result.output
    split = _listed(db)
    new_id = next(sid for sid, arts in split.items() if arts == before[other])
    assert new_id not in before and sorted(split[keep]) == sorted(before[keep])
    assert rerun() == split


@pytest.mark.issue(11)
@pytest.mark.parametrize("args", [("merge", "s1", "s1"), ("merge", "s1", "s999"), ("split", "s999", "x"),
                                  ("split", "s1", "not-an-article")])
def test_stories_edits_refuse_unknown_or_empty_changes(made: Made, tmp_path: Path, args: tuple[str, ...]) -> None:
    db = _copy_db(made.db, tmp_path / "gw.db")
    result = invoke("stories", *args, "--db", str(db))
    assert result.exit_code == 1
    assert "GW002" in result.output
    assert _listed(db) == _listed(made.db)

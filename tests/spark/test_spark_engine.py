"""The Spark engine (issue 12): the same facts as the local engine, resumable, Parquet round trip.

One local[2] SparkSession serves the whole module. Python workers are separate processes, so each
loads the spaCy pipeline once (``spark.python.worker.reuse``); the local run loads it in-process.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None:  # pragma: no cover - scripts/install-java.sh provides it under `make test`
    pytest.skip("no Java runtime (run scripts/install-java.sh)", allow_module_level=True)

from groundwatch import api
from groundwatch.records import Article
from groundwatch.settings import Settings
from groundwatch.spark import job, parquet_store, schema
from groundwatch.spark.session import get_session
from groundwatch.store.sqlite import Store

pytestmark = [pytest.mark.spark, pytest.mark.issue(12)]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def spark() -> Any:
    session = get_session("local[2]", app_name="groundwatch-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def both(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The example corpus through both engines (each into its own store and output folder)."""
    tmp = tmp_path_factory.mktemp("engines")
    local = api.run([str(EXAMPLES)], db=tmp / "local.db", out=tmp / "local")
    on_spark = job.run([str(EXAMPLES)], db=tmp / "spark.db", out=tmp / "spark", master="local[2]")
    return {"tmp": tmp, "local": local, "spark": on_spark}


def _partition(facts: dict[str, Any]) -> set[frozenset[str]]:
    return {frozenset(s["articles"]) for s in facts["stories"]}


def test_both_engines_give_the_same_facts(both: dict[str, Any]) -> None:
    local, on_spark = both["local"].facts, both["spark"].facts
    assert local["articles"], "the example corpus gave no article"
    assert [a["id"] for a in on_spark["articles"]] == [a["id"] for a in local["articles"]]
    for kind in ("figures", "quotes", "dates", "places", "actors"):
        for a, b in zip(local["articles"], on_spark["articles"], strict=True):
            assert b[kind] == a[kind], f"{kind} of {a['id']} differ"
    assert on_spark["articles"] == local["articles"]
    assert _partition(on_spark) == _partition(local)
    assert on_spark["copies"] == local["copies"]
    assert on_spark["contradictions"] == local["contradictions"]
    assert on_spark["updates"] == local["updates"]
    assert on_spark["stories"] == local["stories"]
    assert on_spark["rejections"] == local["rejections"]
    assert both["spark"].summary.analysed == both["local"].summary.analysed > 0
    for name in ("facts.json", "report.md", "report.html"):
        assert (both["tmp"] / "spark" / name).is_file()


def test_rerun_of_the_same_listing_analyses_nothing(both: dict[str, Any]) -> None:
    tmp = both["tmp"]
    again = job.run([str(EXAMPLES)], db=tmp / "spark.db", out=tmp / "spark-again", parquet=None, master="local[2]")
    assert again.summary.analysed == 0 and again.summary.new == 0
    assert again.facts["articles"] == both["spark"].facts["articles"]


def test_a_killed_job_rerun_analyses_each_missing_article_once(both: dict[str, Any]) -> None:
    tmp = both["tmp"]
    db = tmp / "killed.db"
    shutil.copy(tmp / "spark.db", db)
    store = Store.open(db)
    # As a job killed after ingest and before its analyses were stored leaves two articles.
    ids = [r["id"] for r in store.article_rows("status = 'analysed'")][:2]
    store.conn.executemany("UPDATE articles SET status = 'ingested' WHERE id = ?", [(i,) for i in ids])
    store.close()
    resumed = job.run([str(EXAMPLES)], db=db, out=None, parquet=None, master="local[2]")
    assert resumed.summary.analysed == 2
    assert resumed.facts["articles"] == both["spark"].facts["articles"]


def test_parquet_tables_have_the_declared_schema_and_render_the_same_facts(spark: Any,
                                                                            both: dict[str, Any]) -> None:
    folder = both["tmp"] / "spark" / "parquet"
    for table, columns in schema.TABLES.items():
        frame = spark.read.parquet(str(folder / table))
        assert [f.name for f in frame.schema.fields] == [c for c, _ in columns], table
    counts = {t: spark.read.parquet(str(folder / t)).count() for t in ("articles", "figures", "stories", "copies")}
    facts = both["spark"].facts
    assert counts["articles"] == len(both["spark"].store.article_rows())
    assert counts["figures"] == sum(len(a["figures"]) for a in facts["articles"])
    assert counts["stories"] == len(facts["stories"])
    assert counts["copies"] == len(facts["copies"])
    out = both["tmp"] / "from-parquet"
    api.write_outputs(parquet_store.load(folder, out / "rebuilt.db", master=None), out)
    import json

    rebuilt = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert rebuilt == facts


def test_fact_tables_declare_every_field_of_their_record() -> None:
    from dataclasses import fields

    for table, cls in schema.FACT_TABLES.items():
        declared = [c for c, _ in schema.TABLES[table]][len(schema.SPAN):]
        assert declared == [f.name for f in fields(cls) if f.name != "span"], table


def test_one_task_per_input_file_and_bad_records_come_back_as_rows(spark: Any) -> None:
    """Hand-built records: an empty article, a French one and an English one, from two files."""
    day = dt.date(2031, 4, 2)
    articles = [
        Article("w#1", "/in/dump.warc#1", "", "warc", published=day),
        Article("w#2", "/in/dump.warc#2", "Le conseil municipal de Trouville s'est réuni mardi soir pour voter "
                "le budget de la nouvelle piscine, qui ouvrira au printemps.", "warc", language="fr"),
        Article("t", "/in/t.txt", "Flooding along the Ostrava river forced 300 families from their homes on "
                "Tuesday, the regional governor said.", "txt", language="en", published=day),
    ]
    assert [(f, [a.id for a in items]) for f, items in job.by_file(articles)] == \
        [("/in/dump.warc", ["w#1", "w#2"]), ("/in/t.txt", ["t"])]
    outcomes, counters = job.analyse_on_spark(spark, articles, (a.body for a in articles), Settings.load())
    by_id = {o.article.id: o for o in outcomes}
    assert by_id["w#1"].status == "rejected" and by_id["w#1"].stage == "clean"
    assert by_id["w#1"].reason == "no text left after cleaning"
    assert by_id["w#2"].status == "not_analysed"
    assert by_id["t"].status == "analysed" and by_id["t"].facts is not None
    assert any(f.kind == "displaced" for f in by_id["t"].facts.figures)
    assert {k: v for k, v in counters.items() if k.startswith(("analysed", "not_", "rejected:c", "rejected:e"))} \
        == {"analysed": 1, "not_analysed": 1, "rejected:clean": 1, "rejected:extract": 0}
    assert counters[job.PEAK_RSS] > 50, "a worker that ran spaCy reports its peak memory (MiB)"


def test_listing_file_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    from groundwatch.spark.__main__ import read_listing

    listing = tmp_path / "listing.txt"
    listing.write_text("# inputs\n/data/a.warc.gz\n\n  s3-mirror/b.jsonl  \n", encoding="utf-8")
    assert read_listing(listing) == ["/data/a.warc.gz", "s3-mirror/b.jsonl"]


def _clean(article_id: str, text: str, day: dt.date | None = None) -> Any:
    from groundwatch.records import CleanArticle

    article = Article(article_id, f"/in/{article_id}.txt", text, "txt", language="en", published=day)
    return CleanArticle(article=article, text=text, removed=(), language="en", published=day)


def test_copies_on_spark_are_the_local_copies_and_bucket_keys(spark: Any) -> None:
    """Hand-built articles: a wire text, an outlet re-running it with a changed lead, and an unrelated one."""
    from groundwatch.spark import linking
    from groundwatch.stages import dedupe

    wire = ("The river authority of Valdoria opened three spillways on Monday after a week of heavy rain upstream. "
            "Engineers said the reservoir behind the Marrow dam had risen four metres in two days and that "
            "villages along the lower valley should expect the water to reach their fields by Wednesday evening. "
            "The authority asked farmers to move livestock to higher ground and said shelters had been opened "
            "in the school buildings of four towns.")
    rerun = ("Spillways were opened in Valdoria. Engineers said the reservoir behind the Marrow dam had risen "
             "four metres in two days and that villages along the lower valley should expect the water to "
             "reach their fields by Wednesday evening. The authority asked farmers to move livestock to higher "
             "ground and said shelters had been opened in the school buildings of four towns.")
    other = ("The city council of Brenholt approved a new tram line on Tuesday, linking the station with the "
             "university campus. Construction is planned to start next spring and to last three years.")
    articles = [_clean("a", wire, dt.date(2031, 5, 5)), _clean("b", rerun, dt.date(2031, 5, 6)),
                _clean("c", other, dt.date(2031, 5, 6))]
    local = dedupe.copies_and_keys(articles)
    on_spark = linking.copies_on_spark(spark, articles)
    assert local[0], "the hand-built rerun is not a copy locally"
    assert on_spark == local
    assert [(c.a, c.b) for c in on_spark[0]] == [("a", "b")]


def test_workers_read_a_listing_of_local_paths_and_file_urls_as_the_local_walk(tmp_path: Path) -> None:
    from groundwatch.spark import inputs
    from groundwatch.stages.ingest import iter_inputs

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("Heavy snow closed the Kessler pass on Sunday, the road agency said.\n",
                                    encoding="utf-8")
    (folder / "sub" / "two.jsonl").write_text(
        '{"text": "A ferry ran aground near Solvik harbour on Friday; all 40 passengers were rescued."}\n'
        '{"text": ""}\n', encoding="utf-8")
    (folder / "manifest.json").write_text('{"articles": [{"file": "one.txt", "outlet": "Kessler Courier"}]}',
                                        encoding="utf-8")
    local = list(iter_inputs([str(folder)]))
    files, problems = inputs.list_inputs([str(folder)])
    assert [f.path for f in files] == [str(folder / "one.txt"), str(folder / "sub" / "two.jsonl")]
    assert not problems
    from_tasks = [r for f in files for r in inputs.read_input(f)]
    assert from_tasks == local
    assert any(isinstance(r, Article) and r.outlet == "Kessler Courier" for r in from_tasks)
    url_files, _ = inputs.list_inputs([(folder / "sub").as_uri()])
    assert [f.path for f in url_files] == [(folder / "sub" / "two.jsonl").as_uri()]
    by_url = [r for f in url_files for r in inputs.read_input(f)]
    direct = list(iter_inputs([str(folder / "sub")]))
    assert [(r.id if isinstance(r, Article) else r.reason) for r in by_url] == \
        [(r.id if isinstance(r, Article) else r.reason) for r in direct]
    assert all(r.source.startswith((folder / "sub" / "two.jsonl").as_uri()) for r in by_url)


def test_a_run_reads_inside_tasks_and_settles_ids_across_files(spark: Any, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Strong winds brought down power lines across the Tessin plateau on Thursday, the grid operator said.\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    local = api.run([str(folder)], db=tmp_path / "local.db", out=None)
    on_spark = job.run([str(folder)], db=tmp_path / "spark.db", out=None, parquet=None, master="local[2]")
    ids = sorted(r["id"] for r in on_spark.store.article_rows())
    assert ids == sorted(r["id"] for r in local.store.article_rows())
    assert len(ids) == 2 and "a" in ids
    assert on_spark.facts["articles"] == local.facts["articles"]

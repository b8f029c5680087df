"""Inputs read from an S3 bucket (issue 12): s3fs against a local S3-compatible server.

The server is moto's (``moto[s3]``, in requirements-test.lock), started on a loopback port for
this module; s3fs reaches it through ``AWS_ENDPOINT_URL``, the same variable that points it at any
S3-compatible store. The Spark tasks get the variables through ``spark.executorEnv.*``, as on a
cluster.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("s3fs")
moto_server = pytest.importorskip("moto.server")

from groundwatch import api  # noqa: E402
from groundwatch.errors import InputError  # noqa: E402
from groundwatch.records import Article  # noqa: E402
from groundwatch.spark import inputs  # noqa: E402

pytestmark = [pytest.mark.issue(12)]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BUCKET = "gw-inputs"
#: A few example files of each kind (text, HTML, feed) and the folder's manifest.
CHOSEN = ("01_harbour-post.txt", "04_kastavia-today.html", "05_continental-dispatch.txt",
          "feeds/vna.xml", "manifest.json")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("s3corpus") / "news"
    for name in CHOSEN:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(EXAMPLES / name, folder / name)
    (folder / "sub").mkdir()
    (folder / "sub" / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "late.txt", "outlet": "Tessel Evening Star", "published": "2031-04-02"}]}), encoding="utf-8")
    (folder / "sub" / "late.txt").write_text(
        "Floodwater reached the lower town of Varnholm on Tuesday, the river authority said.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def env(corpus: Path) -> Iterator[dict[str, str]]:
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    variables = {"AWS_ENDPOINT_URL": f"http://{host}:{port}", "AWS_ACCESS_KEY_ID": "groundwatch-test",
                 "AWS_SECRET_ACCESS_KEY": "groundwatch-test", "AWS_DEFAULT_REGION": "us-east-1"}
    with pytest.MonkeyPatch.context() as mp:
        for key, value in variables.items():
            mp.setenv(key, value)
        import s3fs

        fs = s3fs.S3FileSystem(skip_instance_cache=True)
        fs.mkdir(BUCKET)
        fs.put(str(corpus), f"{BUCKET}/news", recursive=True)
        s3fs.S3FileSystem.clear_instance_cache()
        yield variables
    server.stop()


def _relative(record: Article | Any, prefix: str) -> tuple[str, str]:
    return record.id if isinstance(record, Article) else record.reason, record.source.removeprefix(prefix)


def test_listing_and_reading_a_bucket_gives_the_local_walks_records(env: dict[str, str], corpus: Path) -> None:
    files, problems = inputs.list_inputs([f"s3://{BUCKET}/news"])
    local_files, local_problems = inputs.list_inputs([str(corpus)])
    assert [f.path.removeprefix(f"s3://{BUCKET}/news") for f in files] == \
        [f.path.removeprefix(str(corpus)) for f in local_files]
    assert [p.reason for p in problems] == [p.reason for p in local_problems]
    from_bucket = [r for f in files for r in inputs.read_input(f)]
    from_disk = [r for f in local_files for r in inputs.read_input(f)]
    assert [_relative(r, f"s3://{BUCKET}/news") for r in from_bucket] == \
        [_relative(r, str(corpus)) for r in from_disk]
    by_id = {r.id: r for r in from_bucket if isinstance(r, Article)}
    # Both manifests apply: the folder's own and the deeper one.
    assert by_id["sub/late"].outlet == "Tessel Evening Star"
    assert str(by_id["sub/late"].published) == "2031-04-02"
    disk = {r.id: r for r in from_disk if isinstance(r, Article)}
    assert {i: (a.outlet, a.published, a.title) for i, a in by_id.items()} == \
        {i: (a.outlet, a.published, a.title) for i, a in disk.items()}


def test_a_missing_object_is_one_rejection_and_a_missing_manifest_url_an_input_error(env: dict[str, str]) -> None:
    gone = list(inputs.read_input(inputs.InputFile(f"s3://{BUCKET}/news/nothing-here.txt")))
    assert len(gone) == 1 and not isinstance(gone[0], Article)
    assert gone[0].reason.startswith("unreadable file")
    with pytest.raises(InputError, match="manifest"):
        inputs.list_inputs([f"s3://{BUCKET}/news"], manifest=f"s3://{BUCKET}/no-manifest.json")


@pytest.mark.spark
def test_spark_run_over_a_bucket_gives_the_local_runs_facts(env: dict[str, str], corpus: Path,
                                                            tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:  # pragma: no cover - scripts/install-java.sh provides it under `make test`
        pytest.skip("no Java runtime (run scripts/install-java.sh)")
    from pyspark.sql import SparkSession

    from groundwatch.spark import job
    from groundwatch.spark.session import get_session

    if (active := SparkSession.getActiveSession()) is not None:
        active.stop()  # the tasks need this module's variables, which only a new session passes on
    session = get_session("local[1]", app_name="groundwatch-s3-test",
                          conf={f"spark.executorEnv.{k}": v for k, v in env.items()})
    try:
        local = api.run([str(corpus)], db=tmp_path / "local.db", out=None)
        on_spark = job.run([f"s3://{BUCKET}/news"], db=tmp_path / "spark.db", out=None, parquet=None,
                           master="local[1]")
    finally:
        session.stop()

    def without_source(facts: dict[str, Any]) -> list[dict[str, Any]]:
        return [{k: v for k, v in a.items() if k != "source"} for a in facts["articles"]]

    assert on_spark.summary.analysed == local.summary.analysed > 0
    assert without_source(on_spark.facts) == without_source(local.facts)
    assert all(a["source"].startswith(f"s3://{BUCKET}/news/") for a in on_spark.facts["articles"])
    for key in ("stories", "copies", "contradictions", "updates"):
        assert on_spark.facts[key] == local.facts[key], key

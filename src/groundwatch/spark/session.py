"""The SparkSession for the local engine and tests: small, quiet, loopback only."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

#: Settings for a small machine (2 cores, a few GB shared): no web UI, one loopback address, few
#: shuffle partitions (the shuffles here are tiny: a few rows per story), a modest driver heap.
LOCAL_CONF: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.driver.memory": "1g",
    "spark.sql.shuffle.partitions": "4",
    # Python workers are reused between tasks, so the per-worker model singleton loads once per worker.
    "spark.python.worker.reuse": "true",
    "spark.sql.session.timeZone": "UTC",
    # A short-lived local JVM: the C1 compiler alone and the serial collector start it faster and
    # smaller (measured on the 2-core dev machine under load: session start is most of a small job).
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
}


def get_session(master: str | None = None, app_name: str = "groundwatch",
                conf: Mapping[str, str] | None = None) -> Any:
    """A SparkSession on ``master``; with None, spark-submit's master (else ``local[2]``).

    The small-machine settings apply to ``local[...]`` masters only; on a cluster, spark-submit's
    configuration rules. ``conf`` adds settings to a session this call starts (an active session is
    returned as it is), e.g. ``spark.executorEnv.AWS_ENDPOINT_URL`` for the tasks' s3fs.

    Raises:
        ConfigError: pyspark (the ``spark`` extra) is not installed.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - depends on the environment
        from groundwatch.errors import ConfigError

        raise ConfigError("the Spark engine needs the spark extra: pip install 'groundwatch[spark]'") from exc
    # Workers run the interpreter that runs the driver, so they import the same groundwatch.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # loopback only, no lookup of the host's address
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = "local[2]"  # not under spark-submit (which starts the JVM and sets the port): run here
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    if master is None or master.startswith("local"):
        for key, value in LOCAL_CONF.items():
            if master is not None or key in ("spark.sql.session.timeZone", "spark.python.worker.reuse"):
                builder = builder.config(key, value)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session

"""``spark-submit -m groundwatch.spark`` / ``python -m groundwatch.spark --listing FILE --out DIR``.

Reads a listing (one input path per line; blank lines and ``#`` comments skipped), runs the Spark
engine on it and writes the Parquet tables to ``DIR`` (``groundwatch report --from-parquet DIR``
renders them). The store (``--db``) makes a rerun of the same listing skip what is done.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def read_listing(path: str | Path) -> list[str]:
    """The input paths of a listing file, in order."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m groundwatch.spark", description=__doc__.split("\n\n")[0])
    parser.add_argument("--listing", required=True, help="file listing the input paths, one per line")
    parser.add_argument("--out", required=True, help="folder for the Parquet tables")
    parser.add_argument("--db", default="groundwatch-spark.db", help="SQLite store on the driver")
    parser.add_argument("--manifest", help="manifest JSON giving outlet, date, url, language per file")
    parser.add_argument("--config", help="TOML file overriding the shipped defaults.toml")
    parser.add_argument("--master", help="Spark master (default: what spark-submit configured)")
    args = parser.parse_args(argv)
    from groundwatch.errors import GroundwatchError
    from groundwatch.spark import job

    paths = read_listing(args.listing)
    if not paths:
        print(f"{args.listing}: the listing names no input", file=sys.stderr)
        return 2
    try:
        report = job.run(paths, manifest=args.manifest, db=args.db, out=None, config=args.config,
                         master=args.master, parquet=args.out)
    except GroundwatchError as exc:
        print(f"{exc} [{exc.code}]", file=sys.stderr)
        return 1
    s = report.summary
    print(f"read {s.read}; analysed {s.analysed}; rejected {s.rejected}; {s.stories} stories, "
          f"{s.copies} copy pairs; {s.seconds:.1f}s; parquet: {Path(args.out).resolve()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

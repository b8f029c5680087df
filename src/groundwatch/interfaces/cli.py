"""The command line: ``groundwatch run | ingest | export | report | status | serve | audit | events | stories |
watch | sources | changes``.

This is an edge: it parses arguments, calls the API, and translates ``GroundwatchError`` into a
message on stderr and a non-zero exit status. It holds no pipeline logic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from groundwatch.errors import GroundwatchError

DEFAULT_DB = "groundwatch.db"
DEFAULT_OUT = "groundwatch-report"


def _progress(quiet: bool) -> Any:
    def progress(items: Sequence[Any], desc: str) -> Any:
        from tqdm import tqdm

        # A bar only for people watching: silent in pipes, logs, CI and with --quiet.
        return tqdm(items, desc=desc, file=sys.stderr, disable=quiet or not sys.stderr.isatty(), unit="article")

    return progress


class _Edge(click.Group):
    """Translate groundwatch's documented errors into a clean message and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GroundwatchError as exc:
            raise click.ClickException(f"{exc} [{exc.code}]") from exc


db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="SQLite database file (created if missing).")
config_option = click.option("--config", type=click.Path(exists=True, dir_okay=False),
                             help="TOML file overriding the shipped defaults.toml.")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress bar, only the summary.")
manifest_option = click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
                               help="JSON manifest giving outlet, date, url, language per file "
                                    "(a manifest.json inside an input folder is read automatically).")


@click.group(cls=_Edge, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="groundwatch")
def main() -> None:
    """groundwatch: turn the news about a crisis into a sourced, cross-checked picture.

    Typical use: `groundwatch run FOLDER` reads every article in FOLDER, stores it in
    groundwatch.db and writes a situation report and a facts export to groundwatch-report/.
    """


def _summary_lines(summary: Any, store: Any) -> list[str]:
    s = summary
    lines = [f"read {s.read} articles ({s.new} new, {s.changed} changed, {s.unchanged} unchanged); "
             f"analysed {s.analysed}; not analysed (language) {s.not_analysed}; rejected {s.rejected}; "
             f"{s.stories} stories, {s.copies} copy pairs; {s.seconds:.1f}s"]
    if s.rejected:
        by = ", ".join(f"{k}: {v}" for k, v in sorted(s.rejections_by_stage.items()))
        lines.append(f"rejections by stage: {by} (see `groundwatch status --db {store.path}`)")
    return lines


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@manifest_option
@db_option
@click.option("--out", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Folder for facts.json, report.md and report.html.")
@config_option
@quiet_option
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: this process; spark: Apache Spark (needs groundwatch[spark] and Java 17+), "
                   "which also writes OUT/parquet/.")
@click.option("--master", default="local[2]", show_default=True,
              help="Spark master URL for --engine spark (local[N] runs N workers on this machine).")
def run(paths: tuple[str, ...], manifest: str | None, db: str, out: str, config: str | None,
        quiet: bool, engine: str, master: str) -> None:
    """The main job: ingest PATHS (files or folders), analyse, store, and write the report.

    Writes OUT/facts.json (the facts export), OUT/report.md and OUT/report.html. Re-running on
    the same input does no new work; a killed run picks up where it stopped.
    """
    from groundwatch import api

    result: api.Report | api.Written
    if engine == "spark":
        from groundwatch.spark import job

        result = job.run(list(paths), manifest=manifest, db=db, out=out, config=config, master=master)
    else:
        # The outputs are streamed from the store: the facts export is never held whole.
        result = api.run_to_files(list(paths), manifest=manifest, db=db, out=out, config=config,
                                  progress=_progress(quiet))
    for line in _summary_lines(result.summary, result.store):
        click.echo(line, err=True)
    if result.article_count == 0:
        raise click.ClickException("nothing could be ingested from the inputs given; "
                                   f"{result.summary.rejected} rejected (see `groundwatch status --db {db}`)")
    click.echo(f"report: {Path(out, 'report.html').resolve()}")
    click.echo(f"facts:  {Path(out, 'facts.json').resolve()}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@manifest_option
@db_option
@config_option
@quiet_option
def ingest(paths: tuple[str, ...], manifest: str | None, db: str, config: str | None, quiet: bool) -> None:
    """Read PATHS into the store and analyse them, without writing a report."""
    from groundwatch import api

    result = api.ingest(list(paths), manifest=manifest, db=db, config=config, progress=_progress(quiet))
    for line in _summary_lines(result.summary, result.store):
        click.echo(line, err=True)
    if result.article_count == 0:
        raise click.ClickException("nothing could be ingested from the inputs given")


@main.command()
@db_option
@click.option("--format", "fmt",
              type=click.Choice(["facts-json", "jsonl", "csv", "geojson", "acled-csv", "events-json"]),
              default="facts-json", show_default=True,
              help="facts-json: the facts export (SCHEMA.md); jsonl: one article per line; "
                   "csv: one fact per row; geojson: resolved places; acled-csv: one event per row in "
                   "ACLED's columns; events-json: the event records with provenance.")
@click.option("--out", "out_file", type=click.Path(dir_okay=False), help="Output file (default: stdout).")
def export(db: str, fmt: str, out_file: str | None) -> None:
    """Export the stored picture as JSON, JSONL, CSV, GeoJSON, or its events as ACLED CSV or JSON."""
    from groundwatch import api

    text = api.export(db, fmt)
    if out_file:
        Path(out_file).write_text(text, encoding="utf-8")
        click.echo(f"wrote {out_file}", err=True)
    else:
        click.echo(text, nl=False)


@main.command()
@db_option
@click.option("--out", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Folder for facts.json, report.md and report.html.")
@click.option("--from-parquet", "from_parquet", type=click.Path(exists=True, file_okay=False),
              help="Render from the Parquet tables a Spark job wrote (its --out DIR or DIR/parquet) "
                   "instead of the store (rebuilt as OUT/from-parquet.db); needs groundwatch[spark].")
def report(db: str, out: str, from_parquet: str | None) -> None:
    """Write report.md, report.html and facts.json for what is already in the store."""
    from groundwatch import api

    if from_parquet is not None:
        from groundwatch.spark import parquet_store

        api.write_outputs(parquet_store.load(from_parquet, Path(out) / "from-parquet.db"), out)
    else:
        api.write_outputs(db, out)
    click.echo(f"report: {Path(out, 'report.html').resolve()}")


@main.command()
@db_option
@config_option
@click.option("--prune", is_flag=True, help="Delete the stored vectors and sentence parses nothing reads any more "
              "(a changed article's old texts, an old model's rows): relinks in full and writes the report to a "
              "temporary folder to learn which rows are read.")
@click.option("--vacuum", is_flag=True, help="With --prune: compact the database file afterwards.")
def status(db: str, config: str | None, prune: bool, vacuum: bool) -> None:
    """Counts of stored articles by status, every recorded rejection, and the rows and bytes the
    vector and parse caches hold per model."""
    from groundwatch.store import pruning
    from groundwatch.store.sqlite import Store

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}")
    if vacuum and not prune:
        raise click.UsageError("--vacuum goes with --prune")
    if prune:
        from groundwatch import api

        gone = api.prune_caches(db, config=config, vacuum=vacuum)
        for rows in gone:
            click.echo(f"pruned {rows.describe()}")
        click.echo(f"pruned {sum(r.rows for r in gone)} rows, {sum(r.bytes for r in gone) / 1024:.1f} KB")
    store = Store.open(db)
    for key, value in sorted(store.counts().items()):
        click.echo(f"{key}: {value}")
    for rows in pruning.usage(store.conn):
        click.echo(rows.describe())
    for rej in store.rejections():
        click.echo(f"rejected [{rej.stage}] {rej.source}: {rej.reason}")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--token", envvar="GROUNDWATCH_TOKEN", help="Token required for every write (uploads); "
              "mandatory when binding to anything but loopback. Env: GROUNDWATCH_TOKEN.")
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the web app and JSON API (/api/, docs at /docs) over the store."""
    from groundwatch.interfaces import web

    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        raise click.UsageError("binding to a non-loopback address requires --token (or GROUNDWATCH_TOKEN)")
    web.serve(db=db, host=host, port=port, token=token)


@main.command("audit")
@db_option
@click.option("--out", type=click.Path(file_okay=False),
              help="Folder with a written report: its report.html links are checked too, and audit.json "
                   "(every unsupported citation) is written there.")
@click.option("--limit", default=20, show_default=True, type=int, help="Unsupported citations printed.")
def audit_command(db: str, out: str | None, limit: int) -> None:
    """Check that every cited sentence of the report carries the statement's value (number, date, quote).

    Prints the counts and each unsupported citation; the exit status is 1 when there is any.
    """
    import json

    from groundwatch.stages.audit import audit, dangling_links
    from groundwatch.stages.report_views import ReportInput
    from groundwatch.store.sqlite import Store

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}")
    result = audit(ReportInput.from_store(Store.open(db)))
    click.echo(result.summary())
    for f in result.findings[:limit]:
        click.echo(f"unsupported [{f.section}] {f.article} s{f.sentence_index}: lacks {f.lacks}\n"
                   f"  statement: {f.statement[:160]}\n  sentence: {f.sentence[:200]}")
    dangling: list[str] = []
    if out:
        html_path = Path(out, "report.html")
        if html_path.exists():
            dangling = dangling_links(html_path.read_text(encoding="utf-8"))
            click.echo(f"report.html: {len(dangling)} links landing nowhere")
        Path(out).mkdir(parents=True, exist_ok=True)
        Path(out, "audit.json").write_text(json.dumps(
            {"statements": dict(result.statements), "citations": dict(result.citations),
             "unsupported": [f.to_dict() for f in result.findings], "dangling_links": dangling}, indent=1),
            encoding="utf-8")
    if result.findings or dangling:
        sys.exit(1)


@main.group()
def events() -> None:
    """Event records: classify news snippets into the 30 event types (ACLED's 25 and five more)."""


@events.command("classify")
@click.argument("snippets", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_file", type=click.Path(dir_okay=False), help="Output TSV (default: stdout).")
def events_classify(snippets: str, out_file: str | None) -> None:
    """Read SNIPPETS (TSV with `id` and `EventSnippet` columns) and write `id<TAB>SubType` per row.

    The same offline classifier codes the events of a run; the types are listed in the README.
    """
    from groundwatch.stages.events.classify import classify, read_snippets

    try:
        text = Path(snippets).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{snippets} is not UTF-8 text: {exc}") from exc
    rows = read_snippets(text, source=snippets)
    predictions = classify([snippet for _, snippet in rows])
    lines = ["id\tSubType"] + [f"{key}\t{p.code}" for (key, _), p in zip(rows, predictions, strict=True)]
    output = "\n".join(lines) + "\n"
    if out_file:
        Path(out_file).write_text(output, encoding="utf-8")
        click.echo(f"wrote {len(rows)} predictions to {out_file}", err=True)
    else:
        click.echo(output, nl=False)


@main.group()
def stories() -> None:
    """List, merge and split stories; merges and splits are kept in the store and survive re-runs."""


def _echo_stories(members: dict[str, list[str]], only: Sequence[str] | None = None) -> None:
    for sid, arts in members.items():
        if only is None or sid in only:
            click.echo(f"{sid}\t{len(arts)}\t{' '.join(arts)}")


@stories.command("list")
@db_option
def stories_list(db: str) -> None:
    """Every story: id, number of articles, article ids (tab-separated)."""
    from groundwatch import api

    _echo_stories(api.stories(db))


@stories.command("merge")
@click.argument("keep")
@click.argument("others", nargs=-1, required=True)
@db_option
@config_option
def stories_merge(keep: str, others: tuple[str, ...], db: str, config: str | None) -> None:
    """Fold stories OTHERS into story KEEP (e.g. `groundwatch stories merge s3 s7`), then relink."""
    from groundwatch import api

    _echo_stories(api.merge_stories(db, keep, others, config), only=[keep])
    click.echo("run `groundwatch report` to rewrite the report")


@stories.command("split")
@click.argument("story")
@click.argument("articles", nargs=-1, required=True)
@db_option
@config_option
def stories_split(story: str, articles: tuple[str, ...], db: str, config: str | None) -> None:
    """Move ARTICLES out of STORY into a new story of their own, then relink."""
    from groundwatch import api

    new_id, members = api.split_story(db, story, articles, config)
    _echo_stories(members, only=[story, new_id])
    click.echo("run `groundwatch report` to rewrite the report")


@main.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--every", default="15m", show_default=True,
              help="Polling interval (90s, 15m, 2h); a source in --sources may set its own.")
@click.option("--once", is_flag=True, help="One cycle polling every source now (for cron jobs), then exit.")
@db_option
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False),
              help="TOML file naming sources with outlet, language and interval (see README).")
@click.option("--alerts", "alerts_file", type=click.Path(exists=True, dir_okay=False),
              help="TOML file of alert rules and an optional webhook (see README).")
@config_option
@click.option("--allow-loopback-links", is_flag=True, hidden=True,
              help="Let links found in feeds reach 127.0.0.1 (tests and loopback mirrors only).")
def watch(sources: tuple[str, ...], every: str, once: bool, db: str, sources_file: str | None,
          alerts_file: str | None, config: str | None, allow_loopback_links: bool) -> None:
    """Watch SOURCES (folders, feed URLs, page URLs) and record what changes, cycle after cycle.

    Each cycle ingests what is new, analyses it, links it into stories and records the change set
    (`groundwatch changes`). SIGTERM or Ctrl-C finishes the current item and exits cleanly.
    """
    from groundwatch.monitor import cli_support

    watcher = cli_support.watcher(list(sources), sources_file=sources_file, alerts_file=alerts_file, db=db,
                                  every=every, config=config, allow_loopback_links=allow_loopback_links)
    cli_support.run_watch(watcher, once=once, echo=lambda line: click.echo(line, err=True))


@main.command("sources")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one tab-separated line per source; json: a list of objects.")
def sources_command(db: str, fmt: str) -> None:
    """Every watched source: health (and why not ok), last success, items seen, errors."""
    from groundwatch.monitor import cli_support

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}")
    click.echo(cli_support.sources_text(db, fmt))


@main.command("changes")
@db_option
@click.option("--since", help="A cycle number, or an ISO date/time (UTC); default: the latest cycle with changes.")
@click.option("--story", help="Only this story's changes.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one line per change and its cited sentences; json: a list of objects (for scripts).")
def changes_command(db: str, since: str | None, story: str | None, fmt: str) -> None:
    """What changed: new stories, articles and outlets, figures old -> new, contradictions, quotes, places."""
    from groundwatch.monitor import cli_support

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}")
    click.echo(cli_support.changes_text(db, since=since, story=story, fmt=fmt))


if __name__ == "__main__":  # pragma: no cover
    main()

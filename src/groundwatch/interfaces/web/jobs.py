"""The ingest job runner: one job at a time (the pipeline writes the store), each in a daemon thread.

Jobs live in the store's ``jobs`` table (:mod:`groundwatch.store.jobs`), written at every change
of state or progress, so a status page survives a restart; a job that was running when its
process died is shown as interrupted.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from groundwatch import fetching
from groundwatch.errors import GroundwatchError
from groundwatch.interfaces.web.links import article_path
from groundwatch.store import web_queries
from groundwatch.store.jobs import Job, JobArticle, JobFile, JobStore
from groundwatch.store.sqlite import Store

#: Fetched media types -> the file name the reader will recognise.
FETCHED_NAMES = {"text/html": "page.html", "application/xhtml+xml": "page.html", "application/rss+xml": "feed.rss",
                 "application/atom+xml": "feed.atom", "application/xml": "feed.xml", "text/xml": "feed.xml",
                 "text/plain": "page.txt", "application/json": "page.json"}
#: The explicit manifest of a job's uploads (outlet, date, fetched URL). Hidden, so the folder walk
#: does not read it as an article.
MANIFEST = ".upload-manifest.json"


class JobRunner:
    """Creates, runs and reports the ingest jobs of one app instance."""

    def __init__(self, db: str, allow_loopback_fetch: bool = False) -> None:
        self.db = db
        self.store = JobStore(db)
        self.owner = secrets.token_hex(8)
        self.run_lock = threading.Lock()
        self.allow_loopback_fetch = allow_loopback_fetch
        for job in self.store.interrupt_others(self.owner):
            _remove_staging(job.root)
        self.threads: list[threading.Thread] = []

    def close(self) -> None:
        self.store.close()

    def new(self, inputs: Sequence[str], *, url: str | None = None, outlet: str | None = None,
            published: str | None = None) -> Job:
        """A job with a fresh staging folder (``root/id``); not saved until :meth:`start`."""
        now = dt.datetime.now(dt.UTC)
        job = Job(id=f"web-{now.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}",
                  created=now.isoformat(timespec="seconds"), inputs=tuple(inputs), url=url, outlet=outlet,
                  published=published, root=tempfile.mkdtemp(prefix="groundwatch-upload-"), owner=self.owner)
        (Path(job.root) / job.id).mkdir()
        return job

    def discard(self, job: Job) -> None:
        _remove_staging(job.root)

    def get(self, job_id: str) -> Job | None:
        return self.store.get(job_id)

    def recent(self, limit: int | None = None, offset: int = 0) -> tuple[int, list[Job]]:
        return self.store.recent(limit, offset)

    def start(self, job: Job) -> Job:
        job = self.store.save(job)
        self.store.prune()
        thread = threading.Thread(target=self._run, args=(job,), name=f"ingest-{job.id}", daemon=True)
        self.threads.append(thread)
        thread.start()
        return job

    def _run(self, job: Job) -> None:
        with self.run_lock:
            try:
                self._work(job)
            except GroundwatchError as exc:
                current = self.store.get(job.id) or job
                files = tuple(replace(f, status="rejected", reason=str(exc)) if f.status == "pending" else f
                              for f in current.files)
                self.store.save(replace(current, state="failed", error=str(exc), message=f"failed: {exc}",
                                        files=files))
            except Exception as exc:  # a background job must report, not die silently
                current = self.store.get(job.id) or job
                self.store.save(replace(current, state="failed", error=f"{type(exc).__name__}: {exc}",
                                        message="failed: internal error"))
            finally:
                _remove_staging(job.root)

    def _fetch(self, job: Job, url: str) -> Job:
        job = self.store.save(replace(job, state="fetching", message=f"fetching {url}",
                                      files=(*job.files, JobFile(url))))
        got = fetching.fetch(url, allow_loopback=self.allow_loopback_fetch)
        name = FETCHED_NAMES.get(got.content_type)
        if name is None:
            raise fetching.FetchError(f"unsupported content type {got.content_type or 'unknown'!r}")
        folder = Path(job.root) / job.id
        (folder / name).write_bytes(got.body)
        # The URL the page came from, in the folder's own manifest (the explicit one, written later,
        # gives only the form's outlet and date and so does not hide it).
        (folder / "manifest.json").write_text(json.dumps({"articles": [{"file": name, "url": got.final_url}]}),
                                              encoding="utf-8")
        return replace(job, staged=(*job.staged, (url, str(folder / name))))

    def _work(self, job: Job) -> None:
        if job.url:
            job = self._fetch(job, job.url)
        if not job.staged:
            self.store.save(replace(job, state="done", message="nothing to ingest"))
            return
        from groundwatch import api

        job = self.store.save(replace(job, state="analysing", message="reading and analysing"))
        live = [job]

        def progress(items: Sequence[Any], desc: str) -> Iterator[Any]:
            for i, item in enumerate(items):
                live[0] = self.store.save(replace(live[0], done=i, total=len(items),
                                                  message=f"{desc} {i + 1} of {len(items)}"))
                yield item
            live[0] = self.store.save(replace(live[0], done=len(items), total=len(items), state="linking",
                                              message="linking stories and copies"))

        result = api.ingest([job.root], manifest=_write_manifest(job), db=self.db,
                            progress=progress)
        try:
            summary = result.summary.to_dict()
            files = _results(live[0], result.store)
        finally:
            result.store.close()
        self.store.save(replace(live[0], state="done", summary=summary, files=files, message=(
            f"done: {summary['analysed']} analysed, {summary['not_analysed']} stored but not analysed, "
            f"{summary['rejected']} rejected")))


def _write_manifest(job: Job) -> str:
    """An explicit manifest giving every staged file the outlet and date of the upload form."""
    entries = [{"file": path, "outlet": job.outlet, "published": job.published} for _, path in job.staged]
    manifest = Path(job.root) / MANIFEST
    manifest.write_text(json.dumps({"articles": entries}), encoding="utf-8")
    return str(manifest)


def _results(job: Job, store: Store) -> tuple[JobFile, ...]:
    """Each input with what became of it: its articles, or why nothing could be read from it."""
    by_name = {f.name: f for f in job.files}
    for name, path in job.staged:
        arts, rejs = web_queries.from_source(store, path)
        kept = tuple(JobArticle(a["id"], a["status"], article_path(a["id"])) for a in arts
                     if a["status"] != "rejected")
        if kept:
            reason = "; ".join(a["status_reason"] for a in arts
                               if a["status"] == "not_analysed" and a["status_reason"]) or None
            if rejs:
                reason = (reason + "; " if reason else "") + f"{len(rejs)} part(s) rejected: {rejs[0]['reason']}"
            by_name[name] = JobFile(name, "ingested", reason, kept)
        elif rejs:
            by_name[name] = JobFile(name, "rejected", f"{rejs[0]['stage']}: {rejs[0]['reason']}")
        else:
            by_name[name] = JobFile(name, "rejected", "no article could be read from it")
    return tuple(by_name.values())


def _remove_staging(root: str) -> None:
    """Delete a job's temporary folder (only ever one this module made)."""
    if root and Path(root).name.startswith("groundwatch-upload-"):
        shutil.rmtree(root, ignore_errors=True)

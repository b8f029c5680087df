"""Ingest jobs of the web app, kept in the store's ``jobs`` table so they outlive the process.

A job is written whenever its state or progress changes. When an app starts, jobs that another
app instance left unfinished (the process died or was stopped mid-run) are marked
``interrupted``: their staged uploads are gone with the temporary folder, so they cannot resume,
but their per-file results so far stay visible.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from groundwatch.store.sqlite import Store

#: States a job ends in; any other state means "running" (or "queued").
FINISHED_STATES = ("done", "failed", "interrupted")
#: Finished jobs kept in the table (oldest forgotten first): a status page per recent upload,
#: without growing the store by one row per upload forever.
MAX_JOBS_KEPT = 100


@dataclass(frozen=True, slots=True)
class JobArticle:
    """An article an uploaded file became."""

    id: str
    status: str
    href: str


@dataclass(frozen=True, slots=True)
class JobFile:
    """One input of a job (an uploaded file, an archive member or a URL) and what became of it."""

    name: str
    status: str = "pending"  # pending | ingested | rejected
    reason: str | None = None
    articles: tuple[JobArticle, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "status": self.status, "reason": self.reason,
                "articles": [{"id": a.id, "status": a.status, "href": a.href} for a in self.articles]}


@dataclass(frozen=True, slots=True)
class Job:
    """One background ingest: what was given, where it is staged, progress and per-file results."""

    id: str
    created: str
    inputs: tuple[str, ...]
    state: str = "queued"  # queued | fetching | analysing | linking | done | failed | interrupted
    message: str = "waiting for the previous job"
    done: int = 0
    total: int = 0
    files: tuple[JobFile, ...] = ()
    summary: dict[str, Any] | None = None
    error: str | None = None
    url: str | None = None
    outlet: str | None = None  # applied to every uploaded article, as a manifest entry would
    published: str | None = None  # YYYY-MM-DD, likewise
    staged: tuple[tuple[str, str], ...] = ()  # (display name, absolute path)
    root: str = ""
    owner: str = ""  # the app instance running it
    updated: str = field(default="")

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_STATES

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "created": self.created, "inputs": list(self.inputs), "state": self.state,
                "message": self.message, "done": self.done, "total": self.total,
                "files": [f.to_dict() for f in self.files], "summary": self.summary, "error": self.error,
                "outlet": self.outlet, "published": self.published, "finished": self.finished,
                "href": f"/ingest/jobs/{self.id}", "status_url": f"/api/jobs/{self.id}"}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _encode(job: Job) -> str:
    return json.dumps({
        "inputs": list(job.inputs), "message": job.message, "done": job.done, "total": job.total,
        "files": [f.to_dict() for f in job.files], "summary": job.summary, "error": job.error, "url": job.url,
        "outlet": job.outlet, "published": job.published, "staged": [list(s) for s in job.staged],
        "root": job.root}, ensure_ascii=False)


def _decode(row: Any) -> Job:
    d = json.loads(row["data"])
    files = tuple(JobFile(name=f["name"], status=f["status"], reason=f.get("reason"),
                          articles=tuple(JobArticle(**a) for a in f.get("articles") or ()))
                  for f in d.get("files") or ())
    return Job(id=row["id"], created=row["created"], inputs=tuple(d.get("inputs") or ()), state=row["state"],
               message=d.get("message") or "", done=int(d.get("done") or 0), total=int(d.get("total") or 0),
               files=files, summary=d.get("summary"), error=d.get("error"), url=d.get("url"),
               outlet=d.get("outlet"), published=d.get("published"),
               staged=tuple((str(a), str(b)) for a, b in d.get("staged") or ()), root=d.get("root") or "",
               owner=row["owner"], updated=row["updated"])


class JobStore:
    """The ``jobs`` table over one connection of its own (the runner writes from its thread)."""

    def __init__(self, db: str) -> None:
        self.store = Store.open(db)
        self.lock = threading.Lock()

    def close(self) -> None:
        with self.lock:
            self.store.close()

    def save(self, job: Job) -> Job:
        """Write ``job`` (insert or replace); returns it with its update time."""
        job = replace(job, updated=_now())
        with self.lock, self.store.transaction() as db:
            db.execute("INSERT OR REPLACE INTO jobs(id, created, updated, state, owner, data) VALUES (?,?,?,?,?,?)",
                       (job.id, job.created, job.updated, job.state, job.owner, _encode(job)))
        return job

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            row = self.store.conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return None if row is None else _decode(row)

    def recent(self, limit: int | None = None, offset: int = 0) -> tuple[int, list[Job]]:
        """(how many jobs there are, the page of them), newest first."""
        with self.lock:
            total = int(self.store.conn.execute("SELECT COUNT(*) FROM jobs").fetchone()[0])
            rows = self.store.conn.execute("SELECT * FROM jobs ORDER BY created DESC, id DESC LIMIT ? OFFSET ?",
                                           (-1 if limit is None else limit, offset)).fetchall()
        return total, [_decode(r) for r in rows]

    def interrupt_others(self, owner: str) -> list[Job]:
        """Mark unfinished jobs of other app instances interrupted; returns them as marked."""
        with self.lock:
            rows = self.store.conn.execute(
                f"SELECT * FROM jobs WHERE owner != ? AND state NOT IN ({_placeholders(FINISHED_STATES)})",
                (owner, *FINISHED_STATES)).fetchall()
        marked = []
        for job in (_decode(r) for r in rows):
            files = tuple(replace(f, status="rejected", reason="the server stopped before this file was read")
                          if f.status == "pending" else f for f in job.files)
            marked.append(self.save(replace(job, state="interrupted", files=files, staged=(),
                                            message="interrupted: the server stopped while this job was running",
                                            error="interrupted")))
        return marked

    def prune(self, keep: int = MAX_JOBS_KEPT) -> None:
        """Forget the oldest finished jobs beyond ``keep`` jobs."""
        with self.lock, self.store.transaction() as db:
            db.execute(
                f"DELETE FROM jobs WHERE state IN ({_placeholders(FINISHED_STATES)}) AND id NOT IN"
                " (SELECT id FROM jobs ORDER BY created DESC, id DESC LIMIT ?)", (*FINISHED_STATES, keep))


def _placeholders(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))

"""Uploads: type and size checks, safe file names, and archive extraction without path traversal."""

from __future__ import annotations

import datetime as dt
import re
import tarfile
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import UploadFile

from groundwatch import fetching
from groundwatch.errors import InputError
from groundwatch.interfaces.web.core import ApiError
from groundwatch.stages.readers import READERS
from groundwatch.store.jobs import JobFile

#: Largest single uploaded file. News files are KBs; a WARC or feed dump of a few thousand
#: articles stays under this.
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
#: Largest request body (all files of one upload together); checked before the body is read.
MAX_REQUEST_BYTES = 60 * 1024 * 1024
#: Files per upload request, and members of one archive: enough for a folder of a few days'
#: coverage, few enough that a crafted archive cannot exhaust inodes.
MAX_FILES = 200
MAX_ARCHIVE_MEMBERS = 2000
#: Bytes extracted from all archives of one upload (zip bombs stop here).
MAX_EXTRACTED_BYTES = 200 * 1024 * 1024
#: Longest outlet name accepted from the upload form (the longest real outlet names are ~60).
MAX_OUTLET_CHARS = 200

#: Extensions accepted for upload: every format a reader handles, plus folder archives.
ARCHIVE_EXTENSIONS = (".tar.gz", ".tgz", ".tar", ".zip")
UPLOAD_EXTENSIONS = tuple(ending for ending, _ in READERS)

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(filename: str) -> str:
    """A harmless file name: last path component only, odd characters replaced, no leading dots."""
    base = PurePosixPath(filename.replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).lstrip("._-")[:120]
    return base or "upload"


def ending(name: str, endings: Sequence[str]) -> str | None:
    low = name.lower()
    return next((e for e in endings if low.endswith(e) and len(low) > len(e)), None)


def check_request(files: Sequence[UploadFile], url: str | None, outlet: str | None,
                  published: str | None) -> tuple[str | None, str | None, str | None]:
    """Refuse an upload that cannot work before anything is written; returns (url, outlet, published).

    Raises:
        ApiError: nothing given, too many files, a bad URL, date or outlet, an unsupported type.
    """
    url = (url or "").strip() or None
    outlet = " ".join((outlet or "").split()) or None
    published = (published or "").strip() or None
    if not files and not url:
        raise ApiError(400, "bad_request", "give at least one file or a URL")
    if len(files) > MAX_FILES:
        raise ApiError(413, "payload_too_large", f"at most {MAX_FILES} files per upload")
    if url and len(url) > 2000:
        raise ApiError(400, "bad_request", "the URL is too long")
    if url:
        parts = urlsplit(url)
        if parts.scheme.lower() not in fetching.ALLOWED_SCHEMES or not parts.netloc:
            raise ApiError(400, "bad_request", "the URL must be an http or https URL")
    if outlet and len(outlet) > MAX_OUTLET_CHARS:
        raise ApiError(400, "bad_request", f"the outlet name is longer than {MAX_OUTLET_CHARS} characters")
    if published:
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            raise ApiError(400, "bad_request", "the publication date must be YYYY-MM-DD") from None
    for f in files:
        if not ending(safe_name(f.filename or ""), UPLOAD_EXTENSIONS + ARCHIVE_EXTENSIONS):
            raise ApiError(415, "unsupported_media_type",
                           f"{f.filename!r}: unsupported file type; accepted: "
                           + ", ".join(UPLOAD_EXTENSIONS + ARCHIVE_EXTENSIONS))
    return url, outlet, published


async def stage(files: Sequence[UploadFile], folder: Path) -> tuple[list[JobFile], list[tuple[str, str]]]:
    """Write the uploads into ``folder``, archives extracted; returns (file entries, staged files).

    Raises:
        ApiError: a file is over :data:`MAX_UPLOAD_BYTES`.
    """
    entries: list[JobFile] = []
    staged: list[tuple[str, str]] = []
    budget = [MAX_EXTRACTED_BYTES]
    used: Counter[str] = Counter()
    for f in files:
        name = safe_name(f.filename or "")
        used[name] += 1
        if used[name] > 1:  # two uploads with one name must not overwrite each other
            stem, ext = name.split(".", 1)
            name = f"{stem}-{used[name]}.{ext}"
        dest = folder / name
        await _save(f, dest)
        display = f.filename or name
        archive = ending(name, ARCHIVE_EXTENSIONS)
        if not archive or ending(name, UPLOAD_EXTENSIONS):
            staged.append((display, str(dest)))
            entries.append(JobFile(display))
            continue
        try:
            members = extract_archive(dest, folder / (name[: -len(archive)] or "archive"), budget)
        except InputError as exc:
            entries.append(JobFile(display, "rejected", str(exc)))
            continue
        finally:
            dest.unlink(missing_ok=True)
        if not members:
            entries.append(JobFile(display, "rejected", "the archive holds no file of a supported type"))
        for member, path in members:
            staged.append((f"{display}: {member}", path))
            entries.append(JobFile(f"{display}: {member}"))
    return entries, staged


async def _save(f: UploadFile, dest: Path) -> None:
    size = 0
    with dest.open("wb") as fh:
        while chunk := await f.read(256 * 1024):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                raise ApiError(413, "payload_too_large", f"{f.filename!r} is larger than {MAX_UPLOAD_BYTES} bytes")
            fh.write(chunk)


def _member_target(dest: Path, member_name: str) -> Path | None:
    """Where an archive member may be written, or None (absolute, '..', hidden, unsupported type)."""
    name = member_name.replace("\\", "/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):  # absolute: refused, not re-rooted
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts) or any(p.startswith(".") for p in parts):
        return None
    clean = [safe_name(p) for p in parts]
    if not ending(clean[-1], UPLOAD_EXTENSIONS):
        return None
    t = dest.joinpath(*clean)
    if not t.resolve().is_relative_to(dest.resolve()):
        return None
    return t


def _write_member(stream: Any, t: Path, budget: list[int]) -> None:
    t.parent.mkdir(parents=True, exist_ok=True)
    with t.open("wb") as fh:
        while chunk := stream.read(64 * 1024):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise InputError(f"archive contents exceed {MAX_EXTRACTED_BYTES} bytes")
            fh.write(chunk)


def extract_archive(path: Path, dest: Path, budget: list[int]) -> list[tuple[str, str]]:
    """Extract the supported files of an archive into ``dest`` safely; returns (name, path) pairs.

    Only regular files with a supported extension are written, each under a sanitised
    relative path (no absolute paths, no '..', no links, no devices); extraction stops at
    :data:`MAX_ARCHIVE_MEMBERS` members or when ``budget[0]`` bytes are used up.

    Raises:
        InputError: the archive is unreadable, too large or has too many members.
    """
    out: list[tuple[str, str]] = []
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                infos = zf.infolist()
                if len(infos) > MAX_ARCHIVE_MEMBERS:
                    raise InputError(f"archive has more than {MAX_ARCHIVE_MEMBERS} members")
                for info in infos:
                    is_link = (info.external_attr >> 16) & 0o170000 == 0o120000
                    t = _member_target(dest, info.filename)
                    if info.is_dir() or is_link or info.file_size > MAX_UPLOAD_BYTES or t is None:
                        continue
                    with zf.open(info) as stream:
                        _write_member(stream, t, budget)
                    out.append((info.filename, str(t)))
            return out
        with tarfile.open(path, "r:*") as tf:
            for i, member in enumerate(tf):
                if i >= MAX_ARCHIVE_MEMBERS:
                    raise InputError(f"archive has more than {MAX_ARCHIVE_MEMBERS} members")
                if not member.isreg() or member.size > MAX_UPLOAD_BYTES:
                    continue
                t = _member_target(dest, member.name)
                member_stream = tf.extractfile(member) if t is not None else None
                if t is not None and member_stream is not None:
                    _write_member(member_stream, t, budget)
                    out.append((member.name, str(t)))
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        raise InputError(f"unreadable archive: {exc}") from exc
    return out

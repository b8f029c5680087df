"""Ingest stage: files and folders -> ``Article`` records (or ``Rejection`` records).

Inputs are files or folders; folders are walked recursively in sorted order, skipping
hidden names and ``manifest.json`` files (read as metadata instead); the folder of files a browser
saved beside a page (``NAME_files/``) is one rejection, its files counted by kind, none read, and so are a
folder's capture indexes (CDX, CDXJ) saved beside its WARCs. The format reader is
chosen by extension, else by sniffing (see ``readers``): text, HTML, JSON/JSONL, RSS/Atom
and WARC.

Ids (stable across runs):

* a file in a folder: its path relative to the input folder, without extension, posix
  style (``c01-floods/02_outlet``); a file given directly: its stem;
* a document inside a container (feed, JSON list, JSONL, WARC): ``<file id>#<n>``, n
  counted from 1 (feed items and JSON list items in order, JSONL line numbers, WARC HTML
  200 responses in order); a JSON object with an ``id`` key: that id;
* should two files share an id (``a.txt`` and ``a.html``), the later one in sorted order
  keeps its extension (``a.html``); a repeated explicit JSON id is rejected.

Metadata precedence per field: the manifest (entry for ``file#n``, then for ``file``;
one given with ``manifest=`` before those found in folders) > the document's own metadata
> inferred (language detected with py3langid; outlet from the URL's host name) > unknown.
``Article.meta_origin`` records the origin of title, outlet, url, published and language.

Bad input never raises: every unusable file or record becomes a ``Rejection`` with a
specific reason. Only a path that does not exist (or an unusable ``manifest=``) raises
``InputError``, at call time.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from groundwatch import lexicons
from groundwatch.errors import InputError
from groundwatch.records import Article, MetaOrigin, Rejection
from groundwatch.stages.readers import ReaderError, select_reader, split_extension
from groundwatch.stages.readers.archives import cdx_indexes, cdx_skipped_reason
from groundwatch.stages.readers.manifest import MANIFEST_NAME, Manifest, ManifestEntry, load_manifest, real_key
from groundwatch.stages.readers.metadata import (
    MAX_FILE_BYTES,
    Doc,
    Problem,
    detect_language,
    plausible_date,
    without_surrogates,
)

__all__ = ["MAX_FILE_BYTES", "iter_inputs", "read_one"]

STAGE = "ingest"
META_FIELDS = ("title", "outlet", "url", "published", "language")


@dataclass
class _Walk:
    """Mutable bookkeeping of one ``iter_inputs`` call (never shared between calls)."""

    explicit: Manifest | None
    found: dict[str, ManifestEntry] = field(default_factory=dict)  # from folders' manifest.json
    seen_dirs: set[str] = field(default_factory=set)
    seen_files: dict[str, str] = field(default_factory=dict)  # real path -> first path read
    ids: set[str] = field(default_factory=set)
    only: Callable[[Path], bool] | None = None  # inside folders, read just the files it accepts


def _reject(source: str | Path, reason: str, article_id: str | None = None) -> Rejection:
    return Rejection(source=str(source), stage=STAGE, reason=reason, article_id=article_id)


def iter_inputs(paths: Sequence[str | Path], manifest: str | Path | None = None, *,
                only: Callable[[Path], bool] | None = None) -> Iterator[Article | Rejection]:
    """Read files and folders into articles, in a stable order.

    Args:
        paths: files and/or folders (walked recursively, sorted, hidden names skipped).
        manifest: a manifest file whose entries override everything else; ``manifest.json``
            files inside input folders are read as well.
        only: inside folders, read only the files it accepts (the monitor's new and changed
            files); ids and manifests are those of a full read.

    Returns:
        An iterator of ``Article`` and ``Rejection`` records (one per unusable file or record).

    Raises:
        InputError: a path (or the manifest) does not exist, or the manifest is unreadable.
            Raised at call time, before any file is read.
    """
    inputs = [Path(p) for p in paths]
    for p in inputs:
        if not os.path.lexists(p):
            raise InputError(f"input path does not exist: {p}")
    explicit: Manifest | None = None
    if manifest is not None:
        mpath = Path(manifest)
        if not mpath.is_file():
            raise InputError(f"manifest does not exist or is not a file: {mpath}")
        try:
            explicit = load_manifest(mpath)
        except ReaderError as exc:
            raise InputError(f"manifest {mpath} is unusable: {exc.reason}") from exc
        except OSError as exc:
            raise InputError(f"manifest {mpath} cannot be read: {exc.strerror or exc}") from exc
    return _iterate(inputs, _Walk(explicit=explicit, only=only))


def read_one(path: Path, root: Path | None = None, manifest: str | Path | None = None
             ) -> Iterator[Article | Rejection]:
    """One file read as :func:`iter_inputs` reads it: for a distributed engine's task per file.

    Args:
        path: the file.
        root: the input folder it was found in (ids are relative to it, and the manifest.json files
            of the folders from ``root`` down to the file apply); None: the file was given directly.
        manifest: the run's manifest, if any.

    Problems of the manifests themselves and of folders are not repeated here: whoever walked the
    folders (``iter_inputs(..., only=...)``) reported them once. Ids repeated across files (two
    ``a.*`` in one folder) are not seen from one file; the caller settles them.
    """
    walk = _Walk(explicit=load_manifest(Path(manifest)) if manifest is not None else None)
    if root is None:
        yield from _entry(path, split_extension(path.name)[0], path.name, walk)
        return
    rel = path.relative_to(root).as_posix()
    for depth in range(len(Path(rel).parts)):
        folder = root.joinpath(*Path(rel).parts[:depth])
        if (folder / MANIFEST_NAME).is_file():
            for _problem in _load_found_manifest(folder / MANIFEST_NAME, walk):
                pass  # reported by the walk
    yield from _entry(path, split_extension(rel)[0], rel, walk)


def _iterate(inputs: list[Path], walk: _Walk) -> Iterator[Article | Rejection]:
    if walk.explicit is not None:
        for problem in walk.explicit.problems:
            yield _reject(walk.explicit.source, problem)
    for path in inputs:
        if path.is_dir():
            yield from _walk_dir(path, path, walk, ancestors=())
        else:
            yield from _entry(path, split_extension(path.name)[0], path.name, walk)


#: Documentation that sits beside a corpus (a dataset's README or licence) is not news: inside a
#: folder such files are skipped silently, as manifest.json is. Given by name, they are read.
DOC_FILE = re.compile(r"^(readme|license|licence|changelog|notice)(\.(md|txt|rst))?$", re.IGNORECASE)


def folder_indexes(folder: Path, names: Sequence[str]) -> list[str]:
    """The capture indexes (CDX, CDXJ) among a folder's files: skipped as one rejection, not read one by
    one (given by name, an index is read and refused alone)."""
    return [name for name in cdx_indexes(list(names)) if not (folder / name).is_dir()]


def skipped_in_folder(name: str) -> bool:
    """Whether the walk of a folder passes over ``name`` (a file or folder) without a word: hidden
    names, manifests (read as metadata) and a dataset's README or licence. The Spark engine's URL
    listing asks the same."""
    return name.startswith(".") or name == MANIFEST_NAME or bool(DOC_FILE.match(name))


def _walk_dir(root: Path, folder: Path, walk: _Walk, ancestors: tuple[str, ...]) -> Iterator[Article | Rejection]:
    real = os.path.realpath(folder)
    if real in ancestors:
        yield _reject(folder, f"symlink loop: folder leads back to {real}, which is being read")
        return
    if real in walk.seen_dirs:
        yield _reject(folder, f"folder already read through another path ({real})")
        return
    walk.seen_dirs.add(real)
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it)
    except OSError as exc:
        yield _reject(folder, f"unreadable folder: {exc.strerror or exc}")
        return
    if MANIFEST_NAME in names and (folder / MANIFEST_NAME).is_file():
        yield from _load_found_manifest(folder / MANIFEST_NAME, walk)
    indexes = set(folder_indexes(folder, names))
    if indexes:
        yield _reject(folder, cdx_skipped_reason(sorted(indexes), names))
    for name in names:
        if skipped_in_folder(name) or name in indexes:
            continue
        path = folder / name
        if path.is_dir():
            page = saved_page_of(name, names)
            if page is not None and not path.is_symlink():
                yield _reject(path, saved_files_reason(page, _files_under(path)))
                continue
            yield from _walk_dir(root, path, walk, (*ancestors, real))
            continue
        if walk.only is not None and not walk.only(path):
            continue
        rel = path.relative_to(root).as_posix()
        yield from _entry(path, split_extension(rel)[0], rel, walk)


#: Endings of a page saved by a browser with its files ("Saved page.html" beside "Saved page_files/").
_PAGE_ENDINGS = (".html", ".htm", ".xhtml", ".shtml")

#: What the files of a saved page are, by ending, for the count in its rejection.
_RESOURCE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("script", (".js", ".mjs")),
    ("stylesheet", (".css",)),
    ("image", (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".avif", ".bmp")),
    ("font", (".woff", ".woff2", ".ttf", ".otf", ".eot")),
    ("frame page", _PAGE_ENDINGS),
)


def saved_page_of(folder: str, names: Sequence[str]) -> str | None:
    """The page among ``names`` whose browser-saved files ``folder`` holds, or None.

    A browser's "save page, complete" writes ``NAME.html`` and ``NAME_files/`` (localised endings in
    ``data/saved_page_folders.tsv``): the folder's scripts, styles, images and frames (ads, widgets,
    comment boxes) are the page's parts, not articles of their own.
    """
    lowered = {name.lower(): name for name in names}
    for ending in lexicons.words("saved_page_folders"):
        if folder.lower().endswith(ending) and len(folder) > len(ending):
            stem = folder[: -len(ending)].lower()
            page = next((lowered[stem + e] for e in _PAGE_ENDINGS if stem + e in lowered), None)
            if page is not None:
                return page
    return None


def _files_under(folder: Path) -> list[str]:
    return [name for _dir, _subdirs, files in os.walk(folder) for name in files]  # symlinked folders not followed


def saved_files_reason(page: str, names: Sequence[str]) -> str:
    """The rejection of a saved page's folder holding the files ``names``, counted by kind (the local
    walk and the Spark engine's URL listing give the same)."""
    counts: dict[str, int] = {}
    for name in names:
        kind = next((k for k, endings in _RESOURCE_KINDS if name.lower().endswith(endings)), "other file")
        counts[kind] = counts.get(kind, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    listed = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in ranked)
    total = sum(counts.values())
    return (f"the files of the saved page {page} (a browser's \"save page, complete\" folder), not articles: "
            f"{total} file{'s' if total != 1 else ''} skipped{f' ({listed})' if listed else ''}")


def _load_found_manifest(path: Path, walk: _Walk) -> Iterator[Rejection]:
    try:
        found = load_manifest(path)
    except ReaderError as exc:
        yield _reject(path, f"manifest ignored: {exc.reason}")
        return
    except OSError as exc:
        yield _reject(path, f"manifest ignored: unreadable file: {exc.strerror or exc}")
        return
    walk.found.update(found.entries)  # deeper folders are read later and win
    for problem in found.problems:
        yield _reject(path, problem)


def _entry(path: Path, base_id: str, rel: str, walk: _Walk) -> Iterator[Article | Rejection]:
    if path.is_symlink() and not path.exists():
        yield _reject(path, f"broken symlink: points to {os.readlink(path)}, which does not exist")
        return
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        yield _reject(path, f"unreadable file: {exc.strerror or exc}")
        return
    if not stat.S_ISREG(mode):
        yield _reject(path, "not a regular file (device, socket or pipe)")
        return
    real = real_key(path)
    if real in walk.seen_files:
        yield _reject(path, f"same file as {walk.seen_files[real]}, already read")
        return
    walk.seen_files[real] = str(path)
    try:
        reader = select_reader(path)
        for item in reader(path):
            yield _record(item, path, real, base_id, rel, walk)
    except ReaderError as exc:
        yield _reject(path, exc.reason)
    except OSError as exc:
        yield _reject(path, f"unreadable file: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug must not end the batch; the reason names it
        yield _reject(path, f"unexpected error while reading: {type(exc).__name__}: {exc}")


def _article_id(item: Doc | Problem, base_id: str) -> str:
    if item.explicit_id is not None:
        return item.explicit_id
    if item.position is not None:
        return f"{base_id}#{item.position}"
    return base_id


def _record(item: Doc | Problem, path: Path, real: str, base_id: str, rel: str, walk: _Walk) -> Article | Rejection:
    source = str(path) if item.position is None else f"{path}#{item.position}"
    article_id = _article_id(item, base_id)
    if isinstance(item, Problem):
        return _reject(source, item.reason, article_id)
    if article_id in walk.ids:
        if item.explicit_id is not None or item.n is not None or rel in walk.ids:
            return _reject(source, f"duplicate article id {article_id!r}: an earlier document has it", article_id)
        article_id = rel  # a.txt and a.html in one folder: the later keeps its extension
    walk.ids.add(article_id)
    return _article(item, source, real, article_id, walk)


def _manifest_entries(real: str, n: str | None, walk: _Walk) -> list[ManifestEntry]:
    entries: list[ManifestEntry] = []
    if walk.explicit is not None:
        entries.extend(e for e in walk.explicit.lookup(real, n) if e is not None)
    item = walk.found.get(f"{real}#{n}") if n is not None else None
    entries.extend(e for e in (item, walk.found.get(real)) if e is not None)
    return entries


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # a mangled address ("http://[broken/") names no host
        return None


def _article(doc: Doc, source: str, real: str, article_id: str, walk: _Walk) -> Article:
    entries = _manifest_entries(real, doc.position, walk)
    values: dict[str, Any] = {}
    origin: dict[str, MetaOrigin] = {}
    for name in META_FIELDS:
        given = next((e.get(name) for e in entries if e.get(name) is not None), None)
        own = getattr(doc, name)
        if given is not None:
            values[name], origin[name] = given, "manifest"
        elif own is not None:
            values[name], origin[name] = own, "document"
        else:
            values[name], origin[name] = None, "unknown"
    if values["published"] is not None and plausible_date(values["published"]) is None:
        values["published"], origin["published"] = None, "unknown"  # "9999-12-31", "0001-01-01": a placeholder
    for name in ("title", "outlet", "url"):
        if isinstance(values[name], str):
            values[name] = without_surrogates(values[name])
    if values["language"] is None:
        detected = detect_language(doc.body)
        if detected is not None:
            values["language"], origin["language"] = detected, "inferred"
    if values["outlet"] is None and values["url"]:
        host = _host(values["url"])
        if host:
            values["outlet"], origin["outlet"] = host.removeprefix("www."), "inferred"
    return Article(id=article_id, source=source, body=without_surrogates(doc.body), format=doc.format,
                   meta_origin=origin, **values)

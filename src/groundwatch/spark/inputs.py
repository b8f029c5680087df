"""Reading inside tasks: the driver lists input files, each task opens and reads its own file.

The driver distributes only :class:`InputFile` rows (a path or URL and the folder it was listed
from); the task reads the file with the local engine's reader (``ingest.read_one``), so ids,
formats, manifests and rejections are those of ``groundwatch run``. Folders are walked on the
driver by the local walk itself (``iter_inputs(..., only=...)`` with a collector that reads no
file), which also reports unusable folders and manifests once.

A path with a URL scheme (``s3://``, ``gs://``, ``http://``, ``file://``, ...) is opened through
fsspec (a groundwatch dependency's dependency, in requirements.lock; the scheme's own package,
such as s3fs, must be installed where the tasks run). The task copies the file to a local
temporary folder and reads it there; its records keep the URL as their source. A URL folder is
listed with ``fs.find`` on the driver, passing over what the local walk passes over (asking the
walk's own rules: hidden names, a saved page's ``NAME_files`` folder, rejected once with its files
counted), and reports the problems of the manifest.json files it finds; a task copies the
manifest.json files of the folders from the listed root down to its file (and a ``--manifest``
given as a URL) beside its copy, so manifests apply as in the local walk.
Credentials and endpoints come from the scheme's own configuration (for s3fs: the usual AWS
variables, including ``AWS_ENDPOINT_URL`` for an S3-compatible store), set where the tasks run.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from groundwatch.records import Article, Rejection

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One task's input: a file (path or URL) and the folder it was listed from (None: given directly)."""

    path: str
    root: str | None = None


def is_url(path: str) -> bool:
    """Whether ``path`` names a file through a URL scheme (fsspec opens it), not a local path."""
    return bool(_SCHEME.match(path))


def list_inputs(paths: Sequence[str | Path], manifest: str | Path | None = None
                ) -> tuple[list[InputFile], list[Rejection]]:
    """The files under ``paths`` in the local engine's order, and the walk's rejections (folders, manifests)."""
    from groundwatch.stages.ingest import iter_inputs

    files: list[InputFile] = []
    problems: list[Rejection] = []
    if manifest is not None:
        from groundwatch.stages.readers.manifest import load_manifest

        with tempfile.TemporaryDirectory(prefix="groundwatch-listing-") as tmp:
            checked = _fetched(str(manifest), Path(tmp)) if is_url(str(manifest)) else Path(manifest)
            iter_inputs([], checked)  # an unusable manifest raises InputError now, as for the local engine
            problems.extend(Rejection(str(manifest), "ingest", p) for p in load_manifest(checked).problems)
    for raw in paths:
        path = str(raw)
        if is_url(path):
            found_files, found_problems = _list_url(path)
            files.extend(found_files)
            problems.extend(found_problems)
            continue
        if not Path(path).is_dir():
            iter_inputs([path])  # raises InputError for a missing path, as the local engine does
            files.append(InputFile(path))
            continue
        found: list[Path] = []

        def collect(p: Path, into: list[Path] = found) -> bool:
            into.append(p)
            return False  # listed, not read

        for item in iter_inputs([path], only=collect):
            if isinstance(item, Rejection):
                problems.append(item)
        files.extend(InputFile(str(p), path) for p in found)
    return files, problems


def _list_url(url: str) -> tuple[list[InputFile], list[Rejection]]:
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        return [InputFile(url)], []
    prefix = url.split("://", 1)[0] + "://"
    base = root.rstrip("/")
    # Sorted by path parts, as the local walk sorts each folder's names ("a/x" before "a-b/x").
    found = sorted((name[len(base) + 1:] for name in fs.find(root)), key=lambda rel: rel.split("/"))
    names, manifests, folders = _walked(found)
    indexes, reasons = _indexes(found, names)
    folders.update(reasons)
    problems = [problem for rel in manifests
                for problem in _manifest_problems(f"{prefix}{base}/{rel}",
                                                  {n.removeprefix(str(Path(rel).parent) + "/") for n in found})]
    problems.extend(Rejection(f"{prefix}{base}{'/' if folder else ''}{folder}", "ingest", reason)
                    for folder, reason in folders.items())
    return [InputFile(f"{prefix}{base}/{rel}", url) for rel in names if rel not in indexes], problems


def _indexes(found: Sequence[str], kept: Sequence[str]) -> tuple[set[str], dict[str, str]]:
    """The capture indexes among the ``kept`` files, and the one rejection of each folder holding some
    (the local walk's ``folder_indexes`` rule, asked of the names listed there): folder -> reason."""
    from groundwatch.stages.readers.archives import cdx_indexes, cdx_skipped_reason

    by_folder: dict[str, list[str]] = {}
    for rel in kept:
        folder, _, name = rel.rpartition("/")
        by_folder.setdefault(folder, []).append(name)
    listed = _children(found)
    skipped: set[str] = set()
    reasons = {}
    for folder, files in by_folder.items():
        indexes = cdx_indexes(files)
        if indexes:
            reasons[folder] = cdx_skipped_reason(sorted(indexes), sorted(listed[folder]))
            skipped.update(f"{folder}/{name}" if folder else name for name in indexes)
    return skipped, reasons


def _walked(found: Sequence[str]) -> tuple[list[str], list[str], dict[str, str]]:
    """Of the files ``found`` under a URL folder (paths relative to it), those the local walk reads,
    the manifest.json files it loads, and the saved pages' folders it rejects with their reasons:
    the local walk's own rules (``skipped_in_folder``, ``saved_page_of``), asked of each folder on
    the way down."""
    from groundwatch.stages.ingest import saved_files_reason, saved_page_of, skipped_in_folder
    from groundwatch.stages.readers.manifest import MANIFEST_NAME

    children = _children(found)
    kept: list[str] = []
    manifests: list[str] = []
    folders: dict[str, str] = {}
    for rel in found:
        parts = rel.split("/")
        for depth, part in enumerate(parts[:-1]):
            if skipped_in_folder(part):
                break
            page = saved_page_of(part, sorted(children["/".join(parts[:depth])]))
            if page is not None:
                folder = "/".join(parts[: depth + 1])
                if folder not in folders:
                    inside = [f.rsplit("/", 1)[-1] for f in found if f.startswith(folder + "/")]
                    folders[folder] = saved_files_reason(page, inside)
                break
        else:
            if parts[-1] == MANIFEST_NAME:
                manifests.append(rel)
            elif not skipped_in_folder(parts[-1]):
                kept.append(rel)
    return kept, manifests, folders


def _children(found: Sequence[str]) -> dict[str, set[str]]:
    """Each listed folder's names (files and folders), by the folder's path ("" for the root)."""
    children: dict[str, set[str]] = {}
    for rel in found:
        parts = rel.split("/")
        for depth, part in enumerate(parts):
            children.setdefault("/".join(parts[:depth]), set()).add(part)
    return children


def _fetched(url: str, tmp: Path) -> Path:
    """A local copy of the manifest at ``url`` (a missing one raises InputError, as a missing path)."""
    from groundwatch.errors import InputError
    from groundwatch.stages.readers.manifest import MANIFEST_NAME

    local = tmp / MANIFEST_NAME
    try:
        _copy(url, local)
    except (OSError, ValueError) as exc:
        raise InputError(f"manifest does not exist or is unreadable: {url} ({exc})") from exc
    return local


def _manifest_problems(url: str, listed: set[str]) -> list[Rejection]:
    """What the local walk reports for a manifest.json found under a URL folder (``listed``: the
    names found there, relative to the manifest's folder)."""
    from groundwatch.stages.readers import ReaderError
    from groundwatch.stages.readers.manifest import MANIFEST_NAME, load_manifest

    with tempfile.TemporaryDirectory(prefix="groundwatch-listing-") as tmp:
        local = Path(tmp, MANIFEST_NAME)
        try:
            _copy(url, local)
            problems = list(load_manifest(local, lambda p: p.relative_to(tmp).as_posix() in listed).problems)
        except ReaderError as exc:
            problems = [f"manifest ignored: {exc.reason}"]
        except (OSError, ValueError) as exc:
            problems = [f"manifest ignored: unreadable file: {exc}"]
    return [Rejection(url, "ingest", problem) for problem in problems]


def _copy(url: str, local: Path) -> None:
    import fsspec

    local.parent.mkdir(parents=True, exist_ok=True)
    with fsspec.open(url, "rb") as src, local.open("wb") as dst:
        while block := src.read(1 << 20):
            dst.write(block)


def _copy_manifests(root: str, rel: str, tmp: Path) -> None:
    """The manifest.json of every folder from ``root`` down to ``rel``'s folder, copied under ``tmp``."""
    import fsspec

    from groundwatch.stages.readers.manifest import MANIFEST_NAME

    fs, base = fsspec.core.url_to_fs(root)
    parts = Path(rel).parts[:-1]
    for depth in range(len(parts) + 1):
        remote = "/".join([base.rstrip("/"), *parts[:depth], MANIFEST_NAME])
        if fs.isfile(remote):
            fs.get_file(remote, str(tmp.joinpath(*parts[:depth], MANIFEST_NAME)))


def read_input(item: InputFile, manifest: str | None = None) -> Iterator[Article | Rejection]:
    """The records of one input file (read where this runs: in a task)."""
    from groundwatch.stages.ingest import read_one

    if not is_url(item.path):
        yield from read_one(Path(item.path), Path(item.root) if item.root else None, manifest)
        return
    rel = item.path[len(item.root):].lstrip("/") if item.root else item.path.rstrip("/").rsplit("/", 1)[-1]
    with tempfile.TemporaryDirectory(prefix="groundwatch-task-") as tmp:
        local = Path(tmp, rel)
        try:
            _copy(item.path, local)
            if item.root:
                _copy_manifests(item.root, rel, Path(tmp))
            if manifest is not None and is_url(manifest):
                manifest = str(_fetched(manifest, Path(tmp, ".run-manifest")))
        except (OSError, ValueError, ImportError) as exc:  # an unreadable URL is one rejection, not a failed job
            yield Rejection(item.path, "ingest", f"unreadable file: {exc}")
            return
        for record in read_one(local, Path(tmp) if item.root else None, manifest):
            yield _with_source(record, str(local), item.path)


def _with_source(record: Article | Rejection, local: str, url: str) -> Article | Rejection:
    source = url + record.source[len(local):] if record.source.startswith(local) else record.source
    return replace(record, source=source)

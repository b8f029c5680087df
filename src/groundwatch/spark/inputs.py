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
listed with ``fs.find`` on the driver (manifest.json files in URL folders are not read).
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

    iter_inputs([], manifest)  # an unusable manifest raises InputError now, as for the local engine
    files: list[InputFile] = []
    problems: list[Rejection] = []
    if manifest is not None:
        from groundwatch.stages.readers.manifest import load_manifest

        problems.extend(Rejection(str(manifest), "ingest", p) for p in load_manifest(Path(manifest)).problems)
    for raw in paths:
        path = str(raw)
        if is_url(path):
            files.extend(_list_url(path))
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


def _list_url(url: str) -> list[InputFile]:
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        return [InputFile(url)]
    from groundwatch.stages.ingest import DOC_FILE
    from groundwatch.stages.readers.manifest import MANIFEST_NAME

    prefix = url.split("://", 1)[0] + "://"
    # What the local walk skips in a folder: hidden names, manifests, a dataset's README or licence.
    names = sorted(name for name in fs.find(root)
                   if not (n := Path(name).name).startswith(".") and n != MANIFEST_NAME and not DOC_FILE.match(n))
    return [InputFile(prefix + name, url) for name in names]


def read_input(item: InputFile, manifest: str | None = None) -> Iterator[Article | Rejection]:
    """The records of one input file (read where this runs: in a task)."""
    from groundwatch.stages.ingest import read_one

    if not is_url(item.path):
        yield from read_one(Path(item.path), Path(item.root) if item.root else None, manifest)
        return
    import fsspec

    rel = item.path[len(item.root):].lstrip("/") if item.root else item.path.rstrip("/").rsplit("/", 1)[-1]
    with tempfile.TemporaryDirectory(prefix="groundwatch-task-") as tmp:
        local = Path(tmp, rel)
        local.parent.mkdir(parents=True, exist_ok=True)
        try:
            with fsspec.open(item.path, "rb") as src, local.open("wb") as dst:
                while block := src.read(1 << 20):
                    dst.write(block)
        except (OSError, ValueError, ImportError) as exc:  # an unreadable URL is one rejection, not a failed job
            yield Rejection(item.path, "ingest", f"unreadable file: {exc}")
            return
        for record in read_one(local, Path(tmp) if item.root else None, None):
            yield _with_source(record, str(local), item.path)


def _with_source(record: Article | Rejection, local: str, url: str) -> Article | Rejection:
    source = url + record.source[len(local):] if record.source.startswith(local) else record.source
    return replace(record, source=source)

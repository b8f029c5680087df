"""What the real-world fixture tables share: what ingest made of one file against its row, and the fuzz check."""

from __future__ import annotations

import hashlib
import importlib.util
import random
import re
from pathlib import Path

from groundwatch.records import Article, Rejection
from groundwatch.stages.ingest import iter_inputs
from groundwatch.stages.readers import split_extension

#: A table row: ids of the articles read (suffixes of the file's stem), and the rejections as
#: (article id suffix, "" for the file's own id, or None; reason pattern).
Row = tuple[list[str], list[tuple[str | None, str]]]


def assert_read_as_listed(stem: str, articles: list[Article], rejections: list[Rejection], row: Row) -> None:
    ids, rejected = row
    assert [a.id for a in articles] == [stem + i for i in ids]
    assert len(rejections) == len(rejected), [r.reason for r in rejections]
    for rejection, (suffix, pattern) in zip(rejections, rejected, strict=True):
        assert rejection.article_id == (stem + suffix if suffix is not None else None)
        assert re.search(pattern, rejection.reason), rejection.reason
    assert all(a.body.strip() for a in articles)


def read_file(path: Path) -> tuple[list[Article], list[Rejection]]:
    """The articles and the rejections ingest makes of one file."""
    records = list(iter_inputs([path]))
    return ([r for r in records if isinstance(r, Article)], [r for r in records if isinstance(r, Rejection)])


def assert_fixtures_match_script(folder: Path, script: Path, writer: str) -> None:
    """The committed fixtures are byte for byte what their script's ``writer()`` writes."""
    spec = importlib.util.spec_from_file_location(script.stem, script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = getattr(module, writer)()
    same = {name: (folder / name).read_bytes() == data for name, data in written.items()}
    assert same == dict.fromkeys(written, True)


def assert_file_read_as_listed(path: Path, row: Row) -> None:
    """One table row checked against ingest, and the input file left as it was."""
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    articles, rejections = read_file(path)
    assert_read_as_listed(split_extension(path.name)[0], articles, rejections, row)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # never modified


def mutants(data: bytes, seed: int, count: int, flips: bytes | None = None) -> list[bytes]:
    """Damaged copies of a file: bytes flipped, a run cut out, the end cut off, a run repeated.

    ``flips`` are the byte values a flip draws from (any byte when None): a table's parse turns on a few
    characters, so its fuzz favours them.
    """
    rng = random.Random(seed)
    out = []
    for i in range(count):
        buf = bytearray(data)
        kind = i % 4
        at = rng.randrange(len(buf))
        if kind == 0:
            for _ in range(rng.randint(1, 8)):
                buf[rng.randrange(len(buf))] = rng.randrange(256) if flips is None else rng.choice(flips)
        elif kind == 1:
            del buf[at: at + rng.randint(1, 200)]
        elif kind == 2:
            del buf[at:]
        else:
            buf[at:at] = buf[at: at + rng.randint(1, 300)]
        out.append(bytes(buf))
    return out


def assert_mutants_never_end_the_batch(path: Path, tmp_path: Path, count: int, flips: bytes | None = None) -> None:
    """Every damaged copy of ``path`` reads into articles and rejections, none an 'unexpected error'."""
    name = path.name
    for i, mutant in enumerate(mutants(path.read_bytes(), seed=sum(name.encode()), count=count, flips=flips)):
        copy = tmp_path / f"m{i}-{name}"
        copy.write_bytes(mutant)
        records = list(iter_inputs([copy]))
        unexpected = [r.reason for r in records if isinstance(r, Rejection) and "unexpected error" in r.reason]
        assert not unexpected, (i, unexpected)

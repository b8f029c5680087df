"""Quality, not speed: the WARC reader against warcio on another project's sample archives.

pywb's source release carries the archives its tests replay: WARC and ARC files, gzipped per record
or not at all, with revisits, POST captures, redirects, a record whose Content-Length is wrong, a
status line that is not HTTP, and a gzip file that is not chunked per record. They are other people's
files, so they are read from wherever you unpacked them and nothing of them enters the project::

    .venv/bin/python -m pip download --no-deps --no-binary :all: pywb==2.10.0 -d /tmp/pywb
    tar xzf /tmp/pywb/pywb-2.10.0.tar.gz -C /tmp/pywb
    .venv/bin/python benchmarks/check_warc_suite.py /tmp/pywb/pywb-2.10.0/sample_archive/warcs

Warcat's source release (``Warcat==2.2.5``, folder ``example/``) holds six more: a chunked body
that is not chunked, a header that is not UTF-8, a very long address, a warcinfo alone.

For each file it runs ingest (``iter_inputs``: what ``groundwatch run`` reads) and warcio's own
``ArchiveIterator`` (ARC records converted, as warcio's indexer does), and compares the addresses of
the pages each finds: 200 responses (or resources) whose content type says HTML. It prints the files
ingest raised on (none may: exit 1), each file's pages found by one reader and not the other, and the
files warcio itself refuses (what ingest reads of those is listed for a reader to judge).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from check_feed_suite import folder_main, ingested, report
from warcio.archiveiterator import ArchiveIterator

from groundwatch.records import Article, Rejection

_ARCHIVE_MARKS = (".warc", ".arc")


def _warcio_pages(path: Path) -> set[str]:
    """Addresses of the HTML pages warcio reads in ``path``; raises what warcio raises."""
    pages: set[str] = set()
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers if record.rec_type == "response" else None
            if headers is not None:
                status, content_type = headers.get_statuscode(), headers.get_header("Content-Type")
            else:
                status, content_type = "200", record.rec_headers.get_header("Content-Type")
            if status == "200" and "html" in (content_type or "").lower():
                pages.add(str(record.rec_headers.get_header("WARC-Target-URI")))
    return pages


def check(root: Path) -> int:
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and any(m in p.name for m in _ARCHIVE_MARKS)):
        name = str(path.relative_to(root))
        if (records := ingested(path, name, counts, lines)) is None:
            continue
        ours = {r.url or "" for r in records if isinstance(r, Article)}
        counts["articles"] += len(ours)
        counts["rejections"] += sum(isinstance(r, Rejection) for r in records)
        try:
            theirs = _warcio_pages(path)
        except Exception as exc:  # warcio's own refusal is a finding, not a failure of the check
            counts["warcio refused"] += 1
            lines.append(f"{name}: warcio refused ({type(exc).__name__}); ingest read {sorted(ours)}")
            continue
        counts["warcio pages"] += len(theirs)
        counts["pages both found"] += len(ours & theirs)
        for url in sorted(theirs - ours):
            lines.append(f"{name}: warcio reads {url!r} as a page, ingest does not")
        for url in sorted(ours - theirs):
            lines.append(f"{name}: ingest reads {url!r} as a page, warcio does not")
    return report(counts, lines)


def main(argv: list[str] | None = None) -> int:
    return folder_main(argv, __doc__ or "", check, "warcs", "a folder of WARC/ARC files, e.g. pywb's "
                       "sample_archive/warcs")


if __name__ == "__main__":
    sys.exit(main())

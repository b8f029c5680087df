"""Quality, not speed: the feed reader against feedparser on feedparser's own test files.

feedparser's source release carries its test suite: about 2,250 small feeds, each written to break a
reader in one way (encodings declared wrongly or not at all, ill-formed XML, entities, base64 and
inline markup, compressed files, HTTP-shaped cases). They are other people's files, so they are read
from wherever you unpacked them and nothing of them enters the project::

    .venv/bin/python -m pip download --no-deps --no-binary :all: feedparser==6.0.14 -d /tmp/fp
    tar xzf /tmp/fp/feedparser-6.0.14.tar.gz -C /tmp/fp
    .venv/bin/python benchmarks/check_feed_suite.py /tmp/fp/feedparser-6.0.14/tests

For each file it runs ingest (``iter_inputs``: what ``groundwatch run`` reads) and ``feedparser.parse``,
and prints the files ingest raised on (none may), and every entry with text that feedparser finds and
no article of ours holds. An entry feedparser decodes as windows-1252 where the bytes are another
encoding (it guesses without chardet) is counted as ours found when our text is the right language:
the listing shows both texts so a reader can judge.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import feedparser

from groundwatch.records import Article, Rejection
from groundwatch.stages.ingest import iter_inputs

#: Characters of an entry's normalised text looked for in our bodies: enough to tell entries apart,
#: short enough that a sanitiser's different cut of the tail does not count as a miss.
PREFIX_CHARS = 60
#: feedparser's suite names its files .xml (and .gz/.z when compressed); other projects' test feeds
#: (podcastparser's, reader's) are .rss, .atom and .rdf.
_FEED_SUFFIXES = frozenset({".xml", ".gz", ".z", ".rdf", ".rss", ".atom"})
_TAG = re.compile(r"<[^>]+>")
_NON_WORD = re.compile(r"\W+")


def _norm(text: str) -> str:
    # Twice: an entry's escaped markup ("&lt;p&gt;") is text to feedparser and markup to a reader of HTML.
    for _ in range(2):
        text = html.unescape(_TAG.sub(" ", text))
    return _NON_WORD.sub(" ", _TAG.sub(" ", text)).strip().casefold()


def _entry_texts(path: Path) -> list[str]:
    parsed = feedparser.parse(str(path))
    texts = []
    for entry in parsed.entries:
        content = entry.get("content") or [{}]
        text = _norm(content[0].get("value", "") or entry.get("summary", "") or "")
        if text:
            texts.append(text)
    return texts


def ingested(path: Path, name: str, counts: Counter[str], lines: list[str]) -> list[Article | Rejection] | None:
    """What ingest reads of one file, counted; None (and a line saying so) when it raised."""
    counts["files"] += 1
    try:
        return list(iter_inputs([path]))
    except Exception as exc:  # the point of the check: ingest must turn every failure into a Rejection
        counts["raised"] += 1
        lines.append(f"{name}: RAISED {type(exc).__name__}: {exc}")
        return None


def report(counts: Counter[str], lines: list[str]) -> int:
    """Print the counts and the lines; exit status 1 when ingest raised on a file."""
    width = max(map(len, counts), default=0) + 2
    for key, value in counts.items():
        print(f"{key:{width}} {value}")
    print(*lines, sep="\n")
    return 1 if counts["raised"] else 0


def folder_main(argv: list[str] | None, doc: str, check: Callable[[Path], int], name: str, help_text: str) -> int:
    """The command line of a check over one folder of other people's files."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument(name, type=Path, help=help_text)
    folder = getattr(parser.parse_args(argv), name)
    if not folder.is_dir():
        parser.error(f"{folder} is not a folder")
    return check(folder)


def check(root: Path) -> int:
    counts: Counter[str] = Counter()
    misses: list[str] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in _FEED_SUFFIXES):
        name = str(path.relative_to(root))
        if (records := ingested(path, name, counts, misses)) is None:
            continue
        bodies = [_norm(r.body) for r in records if isinstance(r, Article)]
        rejected = [r.reason for r in records if isinstance(r, Rejection)]
        counts["articles"] += len(bodies)
        counts["rejections"] += len(rejected)
        for text in _entry_texts(path):
            counts["feedparser entries with text"] += 1
            if any(text[:PREFIX_CHARS] in body for body in bodies):
                counts["found"] += 1
            else:
                ours = bodies[0][:PREFIX_CHARS] if bodies else (rejected[0][:PREFIX_CHARS] if rejected else "-")
                misses.append(f"{name}: feedparser {text[:PREFIX_CHARS]!r} | ours {ours!r}")
    return report(counts, misses)


def main(argv: list[str] | None = None) -> int:
    return folder_main(argv, __doc__ or "", check, "tests", "the tests/ folder of an unpacked feedparser source "
                       "release (or another project's folder of test feeds)")


if __name__ == "__main__":
    sys.exit(main())

"""The sentence parses the link asks for (:func:`common.parse`), kept in the store across runs.

A story the link reconciles again (an incremental link that touches it, a full link after an
analyst's merge or split or a new stage version, the monitor's next cycle) asks for the same
sentences its last link parsed. Each is parsed on its own by the same pipeline, so its parse is a
function of its text: kept as spaCy DocBin bytes keyed by the text's hash and the pipeline that
made it, it is read back instead of parsed again. A DocBin keeps every token attribute the passes
read (text and spaces, tag, POS, morphology, lemma, head and dependency, sentence starts, entities);
the tok2vec tensor and ``user_data`` are not kept and nothing after the parse reads them. Measured on
the 778 sentences one link over examples/, crises-2023 and quotes-dev parses (benchmarks/README.md,
session sixteen): a parse costs about 5.4 ms CPU, writing it 0.7 ms and reading it back 0.75 ms, and
it takes about 1.4 KB of the store.

The Spark engine's executors have no store and parse as before: the same text gives the same parse,
so the engines stay equal.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol


class ParseTable(Protocol):
    """Where parses outlive the process (the store's ``parses`` table): keyed by text hash and pipeline."""

    def parses(self, keys: Sequence[bytes], model: str) -> dict[bytes, bytes]: ...

    def save_parses(self, rows: Sequence[tuple[bytes, bytes]], model: str) -> None: ...


_table: ParseTable | None = None


def key(sentence: str) -> bytes:
    return hashlib.blake2b(sentence.encode("utf-8"), digest_size=16).digest()


@functools.lru_cache(maxsize=1)
def model_name() -> str:
    """The pipeline a stored parse came from: the spaCy model and its version, spaCy's version, the
    pipe names, and a hash of ``nlp.py`` (its own component sets sentence starts before the parser),
    so a changed model, spaCy release or component never reads the old parses."""
    import importlib.metadata

    from groundwatch import nlp

    pipeline = nlp.load()
    try:
        source = hashlib.blake2b(Path(nlp.__file__).read_bytes(), digest_size=8).hexdigest()
    except OSError:  # no source to hash: nothing shows the component is unchanged, so never share
        source = "unknown"
    meta = pipeline.meta
    return (f"{meta.get('lang')}_{meta.get('name')}/{meta.get('version')}+spacy{importlib.metadata.version('spacy')}"
            f"+{','.join(pipeline.pipe_names)}+nlp.py:{source}")


@contextmanager
def persisted(table: ParseTable | None) -> Iterator[None]:
    """Within the block, sentences the per-process cache lacks are looked up in ``table`` before they
    are parsed, and new parses are written to it."""
    global _table
    previous, _table = _table, table
    try:
        yield
    finally:
        _table = previous


def stored(sentences: Sequence[str], vocab: Any) -> dict[str, Any]:
    """The stored parse of each of ``sentences`` that has one (none outside :func:`persisted`)."""
    table = _table
    if table is None or not sentences:
        return {}
    from spacy.tokens import DocBin

    keys = {key(s): s for s in sentences}
    out = {}
    for k, blob in table.parses(list(keys), model_name()).items():
        doc = next(iter(DocBin().from_bytes(blob).get_docs(vocab)))
        if doc.text == keys[k]:  # a hash collision is parsed, never read as another sentence's parse
            out[keys[k]] = doc
    return out


def save(parsed: Sequence[tuple[str, Any]]) -> None:
    """Keep ``(sentence, parse)`` pairs in the table (nothing outside :func:`persisted`)."""
    table = _table
    if table is None or not parsed:
        return
    from spacy.tokens import DocBin

    table.save_parses([(key(s), DocBin(docs=[doc], store_user_data=False).to_bytes()) for s, doc in parsed],
                      model_name())

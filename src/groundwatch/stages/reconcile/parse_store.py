"""The sentence parses the link asks for (:func:`common.parse`), kept in the store across runs.

A story the link reconciles again (an incremental link that touches it, a full link after an
analyst's merge or split or a new stage version, the monitor's next cycle) asks for the same
sentences its last link parsed. Each is parsed on its own by the same pipeline, so its parse is a
function of its text: kept keyed by the text's hash and the pipeline that made it, it is read back
instead of parsed again. What is kept is what spaCy's DocBin keeps (:data:`ATTRS`: text and spaces, norm,
tag, POS, morphology, lemma, head and dependency, sentence starts, entities, and the strings they name),
through the same ``Doc.to_array`` / ``Doc.from_array``; the tok2vec tensor and ``user_data`` are not
kept and nothing after the parse reads them. Not a DocBin per sentence: its msgpack step looks up its
encoders' entry points on every call. Measured on the 778 sentences one link over examples/, crises-2023
and quotes-dev parses (benchmarks/README.md, session sixteen; read back, all 778 equal their parse in
every attribute above): a parse costs about 5.4 ms CPU; writing one here 0.25 ms and reading it 0.15 ms
(a one-Doc DocBin: 0.7 and 0.75 ms), 1.24 KB of the store.

The Spark engine's executors have no store and parse as before: the same text gives the same parse.
A sentence served from its article's own Doc (``doc_cache.SERVED_ASKERS``) is neither read nor stored
here: that parse depends on the article, and only the process that analysed the article has it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import struct
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from groundwatch.stages.extract.doc_cache import PARSE_ATTRS

#: The token attributes kept (the same as a sentence kept from its article).
ATTRS = PARSE_ATTRS
#: Part of the pipeline key: bump it when :func:`to_bytes` changes, so old rows are never misread.
FORMAT = 1


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
            f"+{','.join(pipeline.pipe_names)}+nlp.py:{source}+format{FORMAT}")


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
    keys = {key(s): s for s in sentences}
    out = {}
    for k, blob in table.parses(list(keys), model_name()).items():
        doc = from_bytes(blob, vocab)
        if doc.text == keys[k]:  # a hash collision is parsed, never read as another sentence's parse
            out[keys[k]] = doc
    return out


def save(parsed: Sequence[tuple[str, Any]]) -> None:
    """Keep ``(sentence, parse)`` pairs in the table (nothing outside :func:`persisted`)."""
    table = _table
    if table is None or not parsed:
        return
    table.save_parses([(key(s), to_bytes(doc)) for s, doc in parsed], model_name())


def to_bytes(doc: Any) -> bytes:
    """``doc`` as bytes (compressed): the strings its attributes name, its spaces and its attribute array."""
    import numpy as np

    strings: set[str] = set()
    for t in doc:
        strings.update((t.text, t.tag_, t.lemma_, t.norm_, str(t.morph), t.dep_, t.ent_type_, t.ent_kb_id_, t.ent_id_))
    head = json.dumps([sorted(strings), [bool(t.whitespace_) for t in doc]]).encode("utf-8")
    array = doc.to_array(list(ATTRS)).astype(np.uint64)
    return zlib.compress(struct.pack("<I", len(head)) + head + array.tobytes())


def from_bytes(blob: bytes, vocab: Any) -> Any:
    """The Doc :func:`to_bytes` wrote, over ``vocab`` (the pipeline's)."""
    import numpy as np
    from spacy.tokens import Doc

    data = zlib.decompress(blob)
    size = struct.unpack_from("<I", data)[0]
    strings, spaces = json.loads(data[4:4 + size])
    for string in strings:
        vocab.strings.add(string)
    array = np.frombuffer(data[4 + size:], dtype=np.uint64).reshape(len(spaces), len(ATTRS)).copy()
    doc = Doc(vocab, words=[vocab.strings[int(h)] for h in array[:, 0]], spaces=spaces)
    return doc.from_array(list(ATTRS), array)  # type: ignore[arg-type]  # a uint64 array, as DocBin passes

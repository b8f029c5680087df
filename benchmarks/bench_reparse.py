"""The sentence parses a warm run makes besides each article's own, by the stage that asks for them.

Usage::

    .venv/bin/python benchmarks/bench_reparse.py [CORPUS_DIR ...]

Default corpora as ``bench_pipeline.py``. A cold run first (models loaded, into a throwaway store),
then a warm one with the parse and embedding caches emptied, as ``bench_pipeline.py`` times it. Every
``nlp(...)`` and ``nlp.pipe(...)`` of the warm run is counted by the groundwatch function that made it
(texts, distinct texts, characters), and every sentence :func:`reconcile.common.parse` serves by the
function that first asked for it. Then, outside the timed run: each asker's distinct sentences parsed
again alone in ``nlp.pipe`` batches of ``common.PARSE_BATCH`` (their CPU seconds), the articles
parsed once (CPU, for scale), and for each asked sentence that is one of its article's sentences
whether the article's own Doc parses it alike (tokens, tag, POS, morphology, lemma, dependency and
head within the sentence, entities, sentence starts): what serving it from the article's Doc
instead of a parse of its own would change. The askers ``doc_cache.SERVED_ASKERS`` serves from the
article's Doc are counted apart (their sentences are not parsed); ``--alone`` empties it, so every
asked sentence is parsed alone, as before perf4.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench_extract import DEFAULT_CORPORA
from bench_pipeline import clear_caches

#: The token attributes compared between a sentence's own parse and its span of the article's Doc.
ATTRS = ("text", "tag", "pos", "morph", "lemma", "dep+head", "ents", "sent_starts")


def _caller(skip: str) -> str:
    """The innermost groundwatch function on the stack outside ``skip`` (a module path's tail)."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        name = frame.filename.replace("\\", "/")
        if "/groundwatch/" in name and not name.endswith(skip):
            return f"{name.split('/groundwatch/')[-1]}:{frame.name}"
    return "?"


class _Asked(OrderedDict[str, Any]):
    """``common._parsed`` recording which function first asked :func:`common.parse` for each sentence
    (``parse`` looks a sentence up with ``get``; ``prime`` only tests membership)."""

    def __init__(self) -> None:
        super().__init__()
        self.first: dict[str, str] = {}
        self.calls: Counter[str] = Counter()

    def get(self, key: Any, default: Any = None) -> Any:
        site = _caller("reconcile/common.py")
        self.first.setdefault(key, site)
        self.calls[site] += 1
        return super().get(key, default)


def _signature(tokens: Any, base: int) -> dict[str, list[Any]]:
    toks = list(tokens)
    ents = [(e.start_char - toks[0].idx, e.end_char - toks[0].idx, e.label_) for e in tokens.ents] if toks else []
    return {"text": [t.text for t in toks], "tag": [t.tag_ for t in toks], "pos": [t.pos_ for t in toks],
            "morph": [str(t.morph) for t in toks], "lemma": [t.lemma_ for t in toks],
            "dep+head": [(t.dep_, t.head.i - base) for t in toks], "ents": ents,
            "sent_starts": [t.i - base for t in toks[1:] if t.is_sent_start]}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: examples/ and dev)")
    parser.add_argument("--alone", action="store_true",
                        help="serve no asker from the article's Doc (doc_cache.SERVED_ASKERS emptied)")
    args = parser.parse_args(argv)
    corpora = args.corpora or [p for p in DEFAULT_CORPORA if p.is_dir()]

    from spacy.language import Language

    import groundwatch
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages.extract import doc_cache
    from groundwatch.stages.reconcile import common

    if args.alone:
        doc_cache.SERVED_ASKERS = frozenset()
    served: Counter[str] = Counter()
    served_texts: dict[str, set[str]] = defaultdict(set)
    article_sentence = doc_cache.article_sentence

    def counted_article_sentence(text: str, asker: str) -> Any:
        found = article_sentence(text, asker)
        if on and found is not None and sys._getframe(1).f_code.co_name == "parse":  # not common.unserved
            served[asker] += 1
            served_texts[asker].add(text)
        return found

    doc_cache.article_sentence = counted_article_sentence  # type: ignore[assignment]

    piped: dict[str, list[str]] = defaultdict(list)
    on = False
    call, pipe = Language.__call__, Language.pipe

    def counted_call(self: Any, text: Any, *a: Any, **k: Any) -> Any:
        if on:
            piped[_caller("groundwatch/nlp.py")].append(str(text))
        return call(self, text, *a, **k)

    def counted_pipe(self: Any, texts: Any, *a: Any, **k: Any) -> Any:
        if not on:
            return pipe(self, texts, *a, **k)
        texts = list(texts)
        piped[_caller("groundwatch/nlp.py")].extend(str(t) for t in texts)
        return pipe(self, iter(texts), *a, **k)

    Language.__call__ = counted_call  # type: ignore[method-assign]
    Language.pipe = counted_pipe  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory(prefix="gw-reparse-") as tmp:
            groundwatch.run(corpora, db=Path(tmp) / "cold.db", out=Path(tmp) / "cold").store.close()
            clear_caches()
            recorder = common._parsed = _Asked()
            on = True
            report = groundwatch.run(corpora, db=Path(tmp) / "warm.db", out=Path(tmp) / "warm")
            on = False
            items = report.store.analysed()
            report.store.close()
    finally:
        Language.__call__ = call  # type: ignore[method-assign]
        Language.pipe = pipe  # type: ignore[method-assign]
    asked, own = recorder.first, dict(recorder)
    common._parsed = OrderedDict()
    doc_cache.article_sentence = article_sentence  # type: ignore[assignment]

    print(f"served from the article's Doc (doc_cache.SERVED_ASKERS = {sorted(doc_cache.SERVED_ASKERS)}):")
    for asker, n in sorted(served.items()):
        texts = served_texts[asker]
        print(f"  {asker:16s} asks {n:5d}  distinct {len(texts):4d}  chars {sum(map(len, texts)):6d}")
    every = set().union(*served_texts.values()) if served_texts else set()
    print(f"  all: distinct {len(every)}, of them parsed alone too (for an asker not served) {len(every & set(own))}")

    print(f"spaCy calls of the warm run ({len(items)} articles analysed), by caller:")
    for site, texts in sorted(piped.items(), key=lambda kv: -len(kv[1])):
        print(f"  {site:58s} texts {len(texts):5d}  distinct {len(set(texts)):5d}  chars {sum(map(len, texts)):8d}")
    callers: dict[str, set[str]] = defaultdict(set)
    for site, texts in piped.items():
        for t in texts:
            callers[t].add(site.rsplit(":", 1)[-1])
    shared = Counter(" + ".join(sorted(c)) for c in callers.values() if len(c) > 1)
    print("  texts parsed by more than one caller:", dict(shared) or 0)

    nlp = gw_nlp.load()
    cpu = time.process_time()
    docs = list(nlp.pipe([c.text for c, _ in items], batch_size=64))
    print(f"the {len(items)} articles parsed again: {time.process_time() - cpu:.2f}s CPU, "
          f"{sum(len(c.text) for c, _ in items)} chars")
    spans: dict[str, Any] = {}
    for (_, facts), doc in zip(items, docs, strict=True):
        for s in facts.sentences:
            if s.text not in spans and (span := doc.char_span(s.start, s.end, alignment_mode="expand")) is not None:
                spans[s.text] = span
    by_site: dict[str, list[str]] = defaultdict(list)
    for sentence, site in asked.items():
        by_site[site].append(sentence)
    print("sentences common.parse served, by the function that first asked (CPU: parsed again alone):")
    differs: Counter[str] = Counter()
    for site, sentences in sorted(by_site.items(), key=lambda kv: -sum(map(len, kv[1]))):
        cpu = time.process_time()
        for _doc in nlp.pipe(sentences, batch_size=common.PARSE_BATCH):
            pass
        cpu = time.process_time() - cpu
        in_article = same = 0
        for sentence in sentences:
            span = spans.get(sentence)
            if span is None or sentence not in own:
                continue
            in_article += 1
            mine, theirs = _signature(own[sentence], 0), _signature(span, span.start)
            changed = [a for a in ATTRS if mine[a] != theirs[a]]
            same += not changed
            differs.update(changed)
        print(f"  {site:58s} asks {recorder.calls[site]:5d}  distinct {len(sentences):4d}  "
              f"chars {sum(map(len, sentences)):6d}  {cpu:5.2f}s CPU  article sentences {in_article:4d}  "
              f"parsed alike in the article's Doc {same:4d}")
    for site in sorted(set(recorder.calls) - set(by_site)):
        print(f"  {site:58s} asks {recorder.calls[site]:5d}  (every one asked first elsewhere)")
    print("  attributes that differ (sentences):", ", ".join(f"{a} {differs[a]}" for a in ATTRS))
    return 0


if __name__ == "__main__":
    sys.exit(main())

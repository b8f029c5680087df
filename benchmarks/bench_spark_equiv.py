"""Both engines on a few hundred articles, WARC files included, scored against the dev gold (issue 12).

Builds at run time, in a temporary folder (never in the repository), one input folder of the eval
texts: crises-2023, karabakh-2023 and dates-dev as subfolders (with their manifests), plus WARC
files made from clean-dev's HTML pages (two by default; not scored, they add WARC reading and
extra articles). Runs the default engine and ``--engine spark`` on it, then scores each gold
corpus's part of each facts.json with ../shared/eval/score.py (the part: that subfolder's articles,
ids made relative to it; stories, copies, contradictions and updates restricted to them) and prints
the rows side by side. Exits 1 when a row differs by more than ``TOLERANCE``.

    .venv/bin/python benchmarks/bench_spark_equiv.py [--eval ../shared/eval] [--master local[2]] [--keep DIR]

Takes several minutes on two cores (both engines analyse every article): a benchmark, not a CI test.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
#: The issue's bar: every score row of the Spark engine within 0.01 of the default engine's.
TOLERANCE = 0.01
#: (subfolder, corpus folder under the eval root, gold file under the eval root)
SCORED = (("crises-2023", "dev/crises-2023", "dev/crises-2023.gold.json"),
          ("karabakh-2023", "dev/karabakh-2023", "dev/karabakh-2023.gold.json"),
          ("dates-dev", "dates-dev/corpus", "dates-dev/gold.json"))


def build(eval_root: Path, folder: Path, warcs: int, pages: int) -> int:
    """The combined input folder; returns how many input files it holds."""
    for name, corpus, _gold in SCORED:
        shutil.copytree(eval_root / corpus, folder / name)
    urls, news = _urls(eval_root / "clean-dev" / "html" / "manifest.json")
    html = [p for p in sorted((eval_root / "clean-dev" / "html").glob("*.html")) if p.name in news]
    for w in range(warcs):
        chosen = html[w * pages:(w + 1) * pages]
        _write_warc(folder / "warc" / f"pages-{w + 1}.warc.gz", chosen, urls)
    return sum(1 for p in folder.rglob("*") if p.is_file() and p.name != "manifest.json")


def _urls(manifest: Path) -> tuple[dict[str, str], set[str]]:
    """Each page's URL, and the pages the manifest calls news (the WARCs hold news pages)."""
    entries = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    return ({e["file"]: e["url"] for e in entries if e.get("url")},
            {e["file"] for e in entries if e.get("kind") == "news"})


def _write_warc(path: Path, pages: list[Path], urls: dict[str, str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in pages:
            url = urls.get(page.name, f"https://pages.example/{page.stem}")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(page.read_bytes()),
                                               http_headers=headers)
            writer.write_record(record)


def part(facts: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The facts of the articles under ``prefix/``, with ids relative to it (as the gold gives them)."""
    def local(aid: str) -> str | None:
        return aid[len(prefix) + 1:] if aid.startswith(prefix + "/") else None

    def claims_inside(item: dict[str, Any]) -> bool:
        return all(local(c["article"]) is not None for c in item.get("claims", []))

    def relabel(item: dict[str, Any]) -> dict[str, Any]:
        return {**item, "claims": [{**c, "article": local(c["article"])} for c in item.get("claims", [])]}

    articles = [{**a, "id": local(a["id"])} for a in facts["articles"] if local(a["id"]) is not None]
    stories = []
    for s in facts["stories"]:
        members = [m for m in (local(x) for x in s.get("articles", [])) if m is not None]
        if members:
            key_figures = [{**k, "sources": [x for x in (local(y) for y in k.get("sources", [])) if x]}
                           for k in s.get("key_figures", [])]
            stories.append({**s, "articles": members, "key_figures": key_figures})
    return {**facts, "articles": articles, "stories": stories,
            "copies": [{**c, "a": local(c["a"]), "b": local(c["b"])} for c in facts["copies"]
                       if local(c["a"]) is not None and local(c["b"]) is not None],
            "contradictions": [relabel(c) for c in facts["contradictions"] if claims_inside(c)],
            "updates": [relabel(u) for u in facts["updates"] if claims_inside(u)]}


def score(eval_root: Path, gold: str, facts: dict[str, Any], where: Path) -> dict[str, float]:
    where.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run([sys.executable, str(eval_root / "score.py"), str(eval_root / gold), str(where), "--json"],
                          check=True, capture_output=True, text=True)
    rows = json.loads(done.stdout)
    return {k: float(v) for k, v in _flat(rows).items()}


def _flat(d: Any, prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    if isinstance(d, dict):
        for k, v in d.items():
            out.update(_flat(v, f"{prefix}{k}" if not prefix else f"{prefix}.{k}"))
    elif isinstance(d, (int, float)) and not isinstance(d, bool):
        out[prefix] = float(d)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", default=str(REPO.parent / "shared" / "eval"), help="the eval folder")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--warcs", type=int, default=2, help="WARC files to make")
    parser.add_argument("--pages", type=int, default=8, help="HTML pages per WARC file")
    parser.add_argument("--keep", help="work in this folder (kept) instead of a temporary one")
    parser.add_argument("--reuse", action="store_true", help="with --keep: reuse an engine's facts.json found there")
    args = parser.parse_args()
    eval_root = Path(args.eval).resolve()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gw-spark-equiv-"))
    try:
        return run(eval_root, work, args)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(eval_root: Path, work: Path, args: argparse.Namespace) -> int:
    from groundwatch import api
    from groundwatch.spark import job

    corpus = work / "corpus"
    if not corpus.exists():
        print(f"{build(eval_root, corpus, args.warcs, args.pages)} input files in {corpus}", file=sys.stderr)
    results: dict[str, Any] = {}
    for engine in ("local", "spark"):
        done = work / engine / "facts.json"
        if args.keep and args.reuse and done.is_file():  # a kept folder's earlier run of this engine
            results[engine] = json.loads(done.read_text(encoding="utf-8"))
            print(f"{engine}: reused {done}")
            continue
        for stale in work.glob(f"{engine}.db*"):
            stale.unlink()
        started = time.perf_counter()
        if engine == "local":
            report = api.run([str(corpus)], db=work / "local.db", out=work / "local")
        else:
            report = job.run([str(corpus)], db=work / "spark.db", out=work / "spark", master=args.master)
        seconds = time.perf_counter() - started
        s = report.summary
        print(f"{engine}: {s.read} read, {s.analysed} analysed, {s.rejected} rejected, {s.stories} stories, "
              f"{s.copies} copies in {seconds:.0f}s ({s.analysed / seconds:.2f} articles/s)")
        results[engine] = report.facts
    worst = 0.0
    print(f"{'corpus':<14} {'row':<34} {'local':>8} {'spark':>8} {'diff':>7}")
    for name, _corpus, gold in SCORED:
        scores = {e: score(eval_root, gold, part(results[e], name), work / f"{e}-{name}.json") for e in results}
        for row in sorted(set(scores["local"]) | set(scores["spark"])):
            a, b = scores["local"].get(row, float("nan")), scores["spark"].get(row, float("nan"))
            diff = abs(a - b)
            worst = max(worst, diff if diff == diff else 1.0)
            print(f"{name:<14} {row:<34} {a:>8.4f} {b:>8.4f} {diff:>7.4f}")
    same = results["local"]["articles"] == results["spark"]["articles"]
    print(f"largest difference: {worst:.4f} (tolerance {TOLERANCE}); articles identical: {same}")
    return 0 if worst <= TOLERANCE else 1


if __name__ == "__main__":
    sys.exit(main())

"""Place accuracy against the hand-labelled place mentions of the dev sets.

    python tests/places_eval.py FACTS.json [FACTS.json ...]   # tune / heldout / whole per corpus

``tests/fixtures/places_gold.json`` holds, per mention, only ids and labels: the corpus, the article
id, character offsets into the article's clean text, and the expected kind, country (ISO2),
admin1 names (current and former names of the province are all accepted: GeoNames still carries
Morocco's pre-2015 regions, for one) and coordinates. No dev text is stored: ``sha`` is a
fingerprint of the mention's characters (:func:`fingerprint`), so that a mention is found again
when a cleaning change has moved the clean text (a line of debris dropped above it shifts every
offset after it); see :func:`anchor`.

A mention is right when the place groundwatch reports over the same characters (any overlap) is:
- ``country``: that country, as a country (not its capital);
- ``province`` / ``district``: in the right country and province (admin1);
- ``town`` / ``site``: in the right country and province, and within ``MAX_KM`` of the labelled point;
- ``region`` (seas, mountains, continents, regions without an admin): in the right country (None
  for a sea or a continent);
- ``not_place`` (a person or an organisation tagged as a place): no place reported there.
A mention with no reported place is wrong (except ``not_place``). The split into tune and heldout
is ``tests/eval_split.py``'s, by article id.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "fixtures" / "places_gold.json"
#: The brief's tolerance for a town: 25 km, about a town's own extent plus coordinate noise.
MAX_KM = 25.0
_KIND_WORDS = re.compile(r"\b(?:region|province|oblast|governorate|state|prefecture|city|district)\b")


def load_split() -> Any:
    """tests/eval_split.py as a module (these scripts are run by path, not imported as a package)."""
    spec = importlib.util.spec_from_file_location("eval_split", Path(__file__).resolve().parent / "eval_split.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fold_admin(name: str) -> str:
    """Accent-, case-, punctuation- and kind-word-free form of an admin name."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _KIND_WORDS.sub(" ", text)
    return re.sub(r"[^a-z0-9]+", "", text)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


_WORD_START = re.compile(r"\b\w")
_WORD_CHAR = re.compile(r"\w")


def fingerprint(text: str) -> str:
    """The 12 hex digits of the SHA-1 of a mention's case-folded characters."""
    return hashlib.sha1(text.casefold().encode("utf-8")).hexdigest()[:12]


def anchor(mention: dict[str, Any], text: str | None) -> tuple[int, int] | None:
    """The mention's offsets in this run's clean text: as labelled where the characters there still
    match the fingerprint, else the same characters' occurrence nearest the labelled start (cleaning
    has moved the text since it was labelled). ``None`` when the characters are nowhere in the text
    any more: the cleaner now drops the line that held them (a masthead's edition name, say), which
    the cleaning measure judges; such a mention is not scored here. An occurrence found again must end
    where a word ends: the characters of a dropped caption's "Sudan" inside "Sudanese" are no mention."""
    start, end = mention["start"], mention["end"]
    sha = mention.get("sha")
    if text is None or sha is None or fingerprint(text[start:end]) == sha:
        return start, end
    n = end - start
    # The same characters as a whole word: a dropped caption's "Russia" is not found again inside "Russian".
    hits = [m.start() for m in _WORD_START.finditer(text) if fingerprint(text[m.start():m.start() + n]) == sha
            and not _WORD_CHAR.match(text, m.start() + n)]
    if not hits:
        return None
    best = min(hits, key=lambda i: abs(i - start))
    return best, best + n


def _admin_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    accepted = {fold_admin(a) for a in gold.get("admin1") or ()}
    got = fold_admin(str(pred.get("admin1") or ""))
    return bool(got) and got in accepted


def judge(gold: dict[str, Any], pred: dict[str, Any] | None) -> dict[str, bool]:
    """Per-check outcome for one gold mention and the place reported over it (None: nothing)."""
    kind = gold["kind"]
    if kind == "not_place":
        return {"right": pred is None}
    if pred is None:
        return {"right": False, "country": False}
    out = {"country": pred.get("country") == gold.get("country")}
    if kind == "country":
        out["right"] = out["country"] and pred.get("feature") == "country"
        return out
    if kind == "region":
        out["right"] = out["country"]
        return out
    out["admin1"] = out["country"] and _admin_ok(gold, pred)
    out["right"] = out["admin1"]
    if kind in ("town", "site"):
        lat, lon = pred.get("lat"), pred.get("lon")
        out["km"] = lat is not None and lon is not None and km(gold["lat"], gold["lon"], lat, lon) <= MAX_KM
        out["right"] = out["right"] and out["km"]
    return out


def _overlapping(places: list[dict[str, Any]], start: int, end: int) -> dict[str, Any] | None:
    best = None
    for p in places:
        s, e = p["span"]["start"], p["span"]["end"]
        if s < end and start < e and (best is None or min(e, end) - max(s, start) > best[0]):
            best = (min(e, end) - max(s, start), p)
    return best[1] if best else None


def score(gold: dict[str, Any], facts: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, float]]]:
    """corpus -> part (whole/tune/heldout) -> measure -> value, for the corpora ``facts`` covers.

    Measures: ``accuracy`` (all checks), ``subnational`` (accuracy without country mentions),
    ``country``, ``admin1`` (over mentions labelled with one), ``within_25km`` (towns and sites),
    ``n`` (mentions scored) and ``gone`` (mentions whose characters the clean text no longer holds;
    not scored, see :func:`anchor`).
    """
    split = load_split()
    places: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, str | None] = {}
    for doc in facts:
        for a in doc.get("articles", []):
            places[a["id"]] = list(a.get("places") or [])
            texts[a["id"]] = a.get("clean_text")
    tallies: dict[str, dict[str, dict[str, list[int]]]] = {}
    for m in gold["mentions"]:
        if m["article"] not in places:
            continue
        part = split.part(m["corpus"], m["article"])
        span = anchor(m, texts[m["article"]])
        if span is None:
            for p in ("whole", part):
                tallies.setdefault(m["corpus"], {}).setdefault(p, {}).setdefault("gone", [0, 0])[1] += 1
            continue
        verdict = judge(m, _overlapping(places[m["article"]], *span))
        for p in ("whole", part):
            t = tallies.setdefault(m["corpus"], {}).setdefault(p, {})
            _add(t, "accuracy", verdict["right"])
            if m["kind"] != "country":
                _add(t, "subnational", verdict["right"])
            for key, name in (("country", "country"), ("admin1", "admin1"), ("km", "within_25km")):
                if key in verdict:
                    _add(t, name, verdict[key])
    return {c: {p: {k: float(v[1]) if k == "gone" else round(v[0] / v[1], 4) for k, v in t.items()}
                | {"n": float(t.get("accuracy", [0, 0])[1])}
                for p, t in parts.items()} for c, parts in tallies.items()}


def _add(t: dict[str, list[int]], key: str, ok: bool) -> None:
    acc = t.setdefault(key, [0, 0])
    acc[0] += int(ok)
    acc[1] += 1


def main(argv: list[str]) -> int:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    facts = [json.loads(Path(f).read_text(encoding="utf-8")) for f in argv]
    for corpus, parts in score(gold, facts).items():
        for part, measures in parts.items():
            row = "  ".join(f"{k} {v:.4f}" if k != "n" else f"n {int(v)}" for k, v in measures.items())
            print(f"{corpus:15} {part:8} {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

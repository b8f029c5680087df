"""Event-record quality against the hand-labelled event sentences of the dev sets.

    python tests/events_records_eval.py FACTS.json [FACTS.json ...]   # whole / tune / heldout
    python tests/events_records_eval.py --list FACTS.json            # also each record's verdict

``tests/fixtures/events_gold.json`` holds ids and labels only, never dev text:

- ``incidents``: the distinct events of each corpus, with the accepted event codes, dates, country,
  admin1 names (empty: the text names no province), actor-1 inter codes (``null``: no actor, as for a
  disaster) and the accepted fatalities range;
- ``sentences``: a sentence (article id, sentence index, offsets into the clean text) and the
  incident it reports, or ``null`` with a one-word reason (background, cumulative, heading, ...);
- ``captions``: a dated photo caption the cleaner drops (article id and ``caption_key``, a hash of its
  words, never its text) and the incident it reports; a record read from one cites sentence -1.

A record is judged by its main sentence (the ``code`` provenance, the one its notes quote):

- **event**: the main sentence reports a labelled incident; **duplicate**: an earlier record of the
  same story already has that incident; **wrong**: the main sentence is labelled as no event;
  **unlabelled**: the main sentence has no label yet (listed, so it can be labelled; not counted).
- **precision** = event records (not duplicates) / judged records.
- Field accuracy over the event records: ``type`` (the code is accepted), ``event_type`` (its ACLED
  event type is an accepted code's), ``date`` (precision 1: an accepted day; 2: within
  ``WEEK_DAYS`` of one; 3: the same month), ``place`` (the country, and an accepted admin1 when the
  incident has one), ``actor1`` (its inter code is accepted), ``fatalities`` (inside the range).
- **incidents found** = labelled incidents with an event record / labelled incidents (a recall
  guard: only incidents someone labelled count, so it is an upper bound of recall).

The split into tune and heldout is ``tests/eval_split.py``'s, by article id.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from places_eval import load_split  # run by path: this folder is on sys.path

GOLD = Path(__file__).resolve().parent / "fixtures" / "events_gold.json"
#: A week-precision date (ACLED time precision 2) is right within this many days of the labelled day.
WEEK_DAYS = 6
#: A record read from a dropped photo caption cites it with this sentence index (stages/events/captions.py); the
#: gold's ``captions`` label such captions by article and ``caption_key``.
CAPTION_INDEX = -1
FIELDS = ("type", "event_type", "date", "place", "actor1", "fatalities")


def _event_types() -> dict[str, str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from groundwatch.stages.events.types import event_types

    return {code: t.event_type for code, t in event_types().items()}


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\b(?:region|province|oblast|governorate|state|prefecture)\b", " ", text)
    return re.sub(r"[^a-z0-9]+", "", text)


def _date_ok(record: dict[str, Any], accepted: list[str]) -> bool:
    date, precision = record.get("event_date"), record.get("time_precision")
    if not date:
        return False
    if precision == 3 or len(date) == 7:
        return any(a[:7] == date[:7] for a in accepted)
    if precision == 2:
        day = dt.date.fromisoformat(date[:10])
        return any(abs((dt.date.fromisoformat(a) - day).days) <= WEEK_DAYS for a in accepted)
    return date in accepted


def judge_fields(record: dict[str, Any], incident: dict[str, Any], kinds: dict[str, str]) -> dict[str, bool]:
    """Per-field verdict of one event record against its labelled incident."""
    admin1 = {_fold(a) for a in incident["admin1"]}
    low, high = incident["fatalities"]
    return {
        "type": record["code"] in incident["codes"],
        "event_type": kinds.get(record["code"]) in {kinds.get(c) for c in incident["codes"]},
        "date": _date_ok(record, incident["dates"]),
        "place": record.get("country") == incident["country"]
        and (not admin1 or _fold(str(record.get("admin1") or "")) in admin1),
        "actor1": record.get("inter1") in incident["inter1"],
        "fatalities": low <= int(record.get("fatalities") or 0) <= high,
    }


def caption_key(text: str) -> str:
    """How the gold names a dropped photo caption without its text: a hash of its whitespace-folded words."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def score(gold: dict[str, Any], records: list[dict[str, Any]], listing: bool = False) -> dict[str, dict[str, Any]]:
    """corpus -> part (whole/tune/heldout) -> measures."""
    split = load_split()
    kinds = _event_types()
    label: dict[tuple[str, int | str], dict[str, Any]] = {(s["article"], s["sentence_index"]): s
                                                         for s in gold["sentences"]}
    label.update({(c["article"], c["caption"]): c for c in gold.get("captions", ())})
    incidents = {i["id"]: i for i in gold["incidents"]}
    tallies: dict[str, dict[str, dict[str, Any]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    found: dict[str, set[str]] = defaultdict(set)
    taken: set[tuple[str, str]] = set()
    seen_articles: set[str] = set()
    for r in records:
        seen_articles.update(m["article_id"] for m in r.get("mentions") or ())
        main = r["provenance"]["code"]
        s = label.get((main["article_id"], caption_key(main["sentence"]) if main["sentence_index"] == CAPTION_INDEX
                       else main["sentence_index"]))
        corpus = s["corpus"] if s else "?"
        part = split.part(corpus, main["article_id"]) if s else "?"
        if s is None:
            verdict, fields = "unlabelled", {}
        elif s["incident"] is None:
            verdict, fields = "wrong:" + s.get("why", ""), {}
        elif (r["story_id"], s["incident"]) in taken:
            verdict, fields = "duplicate", {}
        else:
            taken.add((r["story_id"], s["incident"]))
            found[corpus].add(s["incident"])
            fields = judge_fields(r, incidents[s["incident"]], kinds)
            verdict = "event"
        if listing:
            bad = ",".join(k for k, v in fields.items() if not v)
            print(f"  {part:7} {r['event_id']:8} {r['code']:22} {verdict:24} {bad:30} "
                  f"{main['article_id']}#{main['sentence_index']}")
        if verdict == "unlabelled":
            continue
        for p in ("whole", part):
            t = tallies[corpus][p]
            t["records"] += 1
            t["events"] += verdict == "event"
            t["duplicates"] += verdict == "duplicate"
            for k, v in fields.items():
                t[k] += v
    # Every labelled incident of a corpus the runs cover counts, found or not.
    covered = {s["corpus"] for s in gold["sentences"] if s["article"] in seen_articles}
    for inc in incidents.values():
        if inc["corpus"] not in covered:
            continue
        art = next(s["article"] for s in (*gold["sentences"], *gold.get("captions", ())) if s["incident"] == inc["id"])
        for p in ("whole", split.part(inc["corpus"], art)):
            tallies[inc["corpus"]][p]["incidents"] += 1
            tallies[inc["corpus"]][p]["found"] += inc["id"] in found[inc["corpus"]]
    return {c: {p: dict(v) for p, v in parts.items()} for c, parts in tallies.items()}


def _row(t: dict[str, Any]) -> str:
    n, ev = t.get("records", 0), t.get("events", 0)
    out = [f"precision {ev / n if n else 0:.3f} ({ev}/{n}, {t.get('duplicates', 0)} dup)"]
    out += [f"{k} {t.get(k, 0) / ev if ev else 0:.2f}" for k in FIELDS]
    out.append(f"incidents found {t.get('found', 0)}/{t.get('incidents', 0)}")
    return "  ".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("facts", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print each record's verdict and wrong fields")
    args = ap.parse_args(argv)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    records = [e for f in args.facts for e in json.loads(f.read_text(encoding="utf-8")).get("events", [])]
    result = score(gold, records, listing=args.list)
    for corpus in sorted(result):
        for part in ("whole", "tune", "heldout"):
            if part in result[corpus]:
                print(f"{corpus:14} {part:7} {_row(result[corpus][part])}")


if __name__ == "__main__":
    main()

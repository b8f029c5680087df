"""Quality gate: run groundwatch on every visible evaluation set and fail below the committed floors.

    python tests/eval_gate.py                       # check every corpus against tests/eval_baseline.json
    python tests/eval_gate.py --only quotes-dev     # one corpus (repeatable)
    python tests/eval_gate.py --update              # raise floors to today's scores (never lowers them)
    python tests/eval_gate.py --update --allow-lower --reason "..."   # lower a floor, or re-pin a corpus

What is gated (``CORPORA``): the two crisis dev corpora with and without their manifests (crises-2023 also
hard-wrapped at 72 columns, as simple web pages, with its thousands spelled two other ways, with
its quotations in single marks, in spaced guillemets and in low-high marks, with page debris among its
paragraphs, and 28 years earlier, ``tests/eval_layouts.py``), the quotes set (quotes and attribution
only), the cleaning set as HTML and as pasted text (cleaning only), the date set with and without its
manifest and with its dates written day first (dates only), the bundled examples and the invented corpus_b,
corpus_c, corpus_d, corpus_e, corpus_f, corpus_g, corpus_h, corpus_i, corpus_j, corpus_k, corpus_l, corpus_m,
corpus_n, corpus_o, corpus_p, corpus_q, corpus_r, corpus_s, corpus_t, corpus_u, corpus_v and corpus_w
(tests/fixtures), and the event-type snippets of events-dev (the classifier alone, scored by its own
``score_events.py``). Each set that ``tests/eval_split.py`` splits is floored per measure on the whole set
AND on its ``tune`` and ``heldout`` parts, so a gain on the tuned part that costs the held-out part still
fails.

Holes this gate does not have:
- with ``CI`` set (CI runs with ``CI=true``), a missing ``../shared/eval/score.py`` or a missing
  corpus FAILS; outside CI it is skipped with a loud message;
- a floored measure that no longer appears in the scores (score.py stopped printing a row, or a
  corpus stopped producing it) fails, as does a corpus that has no floors at all;
- each corpus is pinned by a sha256 over its files and its gold (``corpus_hash``): a changed corpus
  fails until it is re-pinned with ``--update --allow-lower --reason``.

Every set run through the whole pipeline is also audited (``groundwatch audit``): its
``citations_supported`` share, floored at 1.0, fails the gate on any cited sentence that does not
carry its statement's value.

All corpora run in this one process, so the spaCy models load once. The run ends with one table
(corpus x measure; whole / tune / heldout, each ``score (floor)``) and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "eval"
BASELINE = REPO / "tests" / "eval_baseline.json"
#: Scores may wobble by this much between runs without failing (there is no randomness in the
#: pipeline today; the margin absorbs float rounding in score.py's 4-decimal output).
TOLERANCE = 0.0005
PARTS = ("whole", "tune", "heldout")
MANIFEST = "manifest.json"

#: Measures that mean something per set (None: every row score.py prints). The single-purpose sets'
#: golds hold one kind of item only, so their other rows are noise and get no floor (see each
#: set's README: quotes-dev "read the quotes and quote_attribution rows only", clean-dev "read only
#: the cleaning row", dates-dev "read the dates and dates_resolved rows").
QUOTES_ONLY = ("quotes_f1", "quote_attribution")
CLEANING_ONLY = ("cleaning",)
DATES_ONLY = ("dates_f1", "dates_resolved")
#: events-dev is scored by score_events.py, not score.py: the shared task's measure and the coarse
#: ACLED event type (see its README).
EVENTS_ONLY = ("weighted_f1", "acled_event_type_accuracy")
#: Corpus kinds: a folder of articles run through the pipeline, or a snippet file run through the
#: event-type classifier alone.
FACTS, EVENTS = "facts", "events"


@dataclass(frozen=True, slots=True)
class Corpus:
    """One gated run: a folder, its gold, and how it is run and read."""

    name: str
    folder: Path
    gold: Path
    split: str  # the corpus name tests/eval_split.py knows it by
    manifest: bool = True  # False: the folder's manifest.json files are left out (text alone)
    measures: tuple[str, ...] | None = None
    shared: bool = True  # lives in ../shared/eval (may be absent outside CI)
    kind: str = FACTS  # EVENTS: ``gold`` is a snippet TSV scored by the folder's score_events.py
    layout: str | None = None  # the plain-text articles rewritten in this layout (tests/eval_layouts.py)


def corpora(shared: Path | None = None, repo: Path | None = None) -> list[Corpus]:
    """Every gated run, in the order they run."""
    s, r = shared or SHARED, repo or REPO
    dev, dates, clean = s / "dev", s / "dates-dev", s / "clean-dev"
    return [
        Corpus("karabakh-2023", dev / "karabakh-2023", dev / "karabakh-2023.gold.json", "karabakh-2023"),
        Corpus("karabakh-2023-no-manifest", dev / "karabakh-2023", dev / "karabakh-2023.gold.json",
               "karabakh-2023", manifest=False),
        Corpus("crises-2023", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023"),
        Corpus("crises-2023-no-manifest", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               manifest=False),
        # The same articles hard-wrapped at 72 columns, as e-mail and fixed-width wire copy arrive.
        Corpus("crises-2023-wrapped", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="wrapped"),
        # ... and served as simple web pages (a menu, a "Most read" box, a copyright footer), read as HTML.
        Corpus("crises-2023-html", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="html"),
        # ... and with its numbers respelled (gold alike): thousands set apart by a narrow no-break space, or by
        # nothing ("1046"), as outlets outside the AP style print them.
        Corpus("crises-2023-thousands-spaced", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="thousands-spaced"),
        Corpus("crises-2023-thousands-plain", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="thousands-plain"),
        # ... and in British style: quotations in single marks (the gold's respelled alike).
        Corpus("crises-2023-single-quotes", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="single-quotes"),
        # ... as translated copy keeps its source's marks: French guillemets set off by no-break spaces, and
        # German / East European low-high marks.
        Corpus("crises-2023-guillemets-spaced", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="guillemets-spaced"),
        Corpus("crises-2023-low-high", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="low-high"),
        # ... with page debris among its paragraphs (counted as boilerplate), and 28 years earlier (the same
        # weekdays in another era: nothing may hang on the sets' years).
        Corpus("crises-2023-debris", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="debris"),
        Corpus("crises-2023-years-back", dev / "crises-2023", dev / "crises-2023.gold.json", "crises-2023",
               layout="years-back"),
        Corpus("quotes-dev", s / "quotes-dev" / "corpus", s / "quotes-dev" / "gold.json", "quotes-dev",
               measures=QUOTES_ONLY),
        Corpus("clean-dev-text", clean / "text", clean / "gold.json", "clean-dev", measures=CLEANING_ONLY),
        Corpus("clean-dev-html", clean / "html", clean / "gold.json", "clean-dev", measures=CLEANING_ONLY),
        Corpus("dates-dev", dates / "corpus", dates / "gold.json", "dates-dev", measures=DATES_ONLY),
        Corpus("dates-dev-no-manifest", dates / "corpus", dates / "gold.json", "dates-dev", manifest=False,
               measures=DATES_ONLY),
        # The date set with its dates written day first, British abbreviations without a stop ("23 Oct").
        Corpus("dates-dev-day-month", dates / "corpus", dates / "gold.json", "dates-dev", layout="day-month",
               measures=DATES_ONLY),
        Corpus("examples", r / "examples", r / "tests" / "examples.gold.json", "examples", shared=False),
        # A second invented multi-outlet corpus, written and scored blind (tests/fixtures/corpus_b.README.md).
        Corpus("corpus-b", r / "tests" / "fixtures" / "corpus_b", r / "tests" / "fixtures" / "corpus_b.gold.json",
               "corpus-b", shared=False),
        # A third, of another crisis type (a dam failure and its aid), scored blind (tests/fixtures/corpus_c.README.md).
        Corpus("corpus-c", r / "tests" / "fixtures" / "corpus_c", r / "tests" / "fixtures" / "corpus_c.gold.json",
               "corpus-c", shared=False),
        # A fourth, an earthquake, with a feed, a WARC, a Q&A and a fact box, scored blind
        # (tests/fixtures/corpus_d.README.md).
        Corpus("corpus-d", r / "tests" / "fixtures" / "corpus_d", r / "tests" / "fixtures" / "corpus_d.gold.json",
               "corpus-d", shared=False),
        # A fifth, a protest crackdown after a disputed election, with a live blog, a JSONL item and a rights
        # body's statement, scored blind (tests/fixtures/corpus_e.README.md).
        Corpus("corpus-e", r / "tests" / "fixtures" / "corpus_e", r / "tests" / "fixtures" / "corpus_e.gold.json",
               "corpus-e", shared=False),
        # A sixth, a migrant boat capsizing at sea (the dead rise as the missing fall), with a Q&A, a live
        # blog, a JSONL item and an aid group's release, scored blind (tests/fixtures/corpus_f.README.md).
        Corpus("corpus-f", r / "tests" / "fixtures" / "corpus_f", r / "tests" / "fixtures" / "corpus_f.gold.json",
               "corpus-f", shared=False),
        # A seventh, the siege of a town under an aid ceasefire (convoys, buses, rival tolls), with a live blog,
        # an RSS item, a Q&A and a relief agency's statement, scored blind (tests/fixtures/corpus_g.README.md).
        Corpus("corpus-g", r / "tests" / "fixtures" / "corpus_g", r / "tests" / "fixtures" / "corpus_g.gold.json",
               "corpus-g", shared=False),
        # An eighth, a tropical cyclone (evacuations before landfall, rival tolls, missing fishermen, relief
        # camps), with an HTML page, a live blog, an RSS item, a Q&A and a relief society's release, scored
        # blind (tests/fixtures/corpus_h.README.md).
        Corpus("corpus-h", r / "tests" / "fixtures" / "corpus_h", r / "tests" / "fixtures" / "corpus_h.gold.json",
               "corpus-h", shared=False),
        # A ninth, a chemical plant explosion in a port city (toxic cloud, evacuations, rival tolls, arrests),
        # with an HTML page, a live blog, an RSS item, a machine-translated page, a Q&A and a relief body's
        # release, written without reading the code and scored blind (tests/fixtures/corpus_i.README.md).
        Corpus("corpus-i", r / "tests" / "fixtures" / "corpus_i", r / "tests" / "fixtures" / "corpus_i.gold.json",
               "corpus-i", shared=False),
        # A tenth, a drone and artillery strike on a market town during a ceasefire (rival tolls, a held aid
        # convoy, detentions at a checkpoint), in longer wire-style copy, with an HTML page, a live blog, an RSS
        # item, a state-media text, an NGO update, an analysis and a correction, written without reading the code
        # and scored blind (tests/fixtures/corpus_j.README.md).
        Corpus("corpus-j", r / "tests" / "fixtures" / "corpus_j", r / "tests" / "fixtures" / "corpus_j.gold.json",
               "corpus-j", shared=False),
        # An eleventh, a cholera outbreak in flood displacement camps (a toll disputed by a ministry and a
        # charity, a vaccination campaign, aid flights, a journalist's arrest), with an HTML page, a live page,
        # a situation report with a figures list, a stilted government statement and an op-ed, written without
        # reading the code and scored blind (tests/fixtures/corpus_k.README.md).
        Corpus("corpus-k", r / "tests" / "fixtures" / "corpus_k", r / "tests" / "fixtures" / "corpus_k.gold.json",
               "corpus-k", shared=False),
        # A twelfth, an armed group's dawn raid on farming villages (villagers killed, abductions first denied
        # then confirmed, a count of the abducted that changes as some escape or are freed, people fleeing to a
        # district town, an army rescue, a reprisal on herders as a look-alike), with a non-native regional
        # outlet, a flash update with a key-figures box, a radio transcript, an HTML page, a wire and its copy, a
        # live page and an RSS item, written without reading the code and scored blind
        # (tests/fixtures/corpus_l.README.md).
        Corpus("corpus-l", r / "tests" / "fixtures" / "corpus_l", r / "tests" / "fixtures" / "corpus_l.gold.json",
               "corpus-l", shared=False),
        # A thirteenth, a wildfire through an island's coastal town (a rising toll and a falling count of the
        # missing, sea evacuations, shelters, a power company accused, a prefect's resignation, a dispute over when
        # the sirens sounded), with an HTML page, a bulletin with a key-figures box, a radio transcript, a regional
        # outlet in non-native English, a live page and an RSS item, written without reading the code and scored
        # blind (tests/fixtures/corpus_m.README.md).
        Corpus("corpus-m", r / "tests" / "fixtures" / "corpus_m", r / "tests" / "fixtures" / "corpus_m.gold.json",
               "corpus-m", shared=False),
        # A fourteenth, a passenger express running into a derailed goods train (a toll revised down after
        # bodies were counted twice, injured over four named hospitals, unclaimed bodies, relief trains and
        # compensation money, a signalling fault and suspensions, a dispute over the time of the crash), with a
        # non-native regional outlet, a ministry press note with a key-figures box, a radio transcript, an HTML
        # page, a wire and its copy, a live page and an RSS item, written without reading the code and scored
        # blind (tests/fixtures/corpus_n.README.md).
        Corpus("corpus-n", r / "tests" / "fixtures" / "corpus_n", r / "tests" / "fixtures" / "corpus_n.gold.json",
               "corpus-n", shared=False),
        # A fifteenth, an enclave's population leaving over one bridge after a one-day offensive (a running
        # total of the displaced, a fuel depot blast in the queue with a disputed toll, each side's own toll of
        # the offensive, former leaders detained at the checkpoint, a dispute over when the last bus left), with
        # two state agencies in machine-translated English, a wire and its copy, an HTML page, a live page, an
        # RSS item, a bulletin with a key-figures list and a radio transcript, written without reading the code
        # and scored blind (tests/fixtures/corpus_o.README.md).
        Corpus("corpus-o", r / "tests" / "fixtures" / "corpus_o", r / "tests" / "fixtures" / "corpus_o.gold.json",
               "corpus-o", shared=False),
        # A sixteenth, a crowd crush at a night-time festival on a riverbank (a toll that climbs over two days and
        # is disputed by the organisers, the police, a hospital and a rights group counting the dead taken home by
        # relatives, children missing then traced, arrests vs suspensions, compensation money, a dispute over the
        # time of the crush either side of midnight, a minister contradicted by a witness), with a live page, a
        # rights group's statement with a key-figures box, a TV transcript, an HTML page, a wire and its copy, an
        # RSS item, a column and a look-alike from years before, written without reading the code and scored blind
        # (tests/fixtures/corpus_p.README.md).
        Corpus("corpus-p", r / "tests" / "fixtures" / "corpus_p", r / "tests" / "fixtures" / "corpus_p.gold.json",
               "corpus-p", shared=False),
        # A seventeenth, a landslide burying part of a hillside town after days of rain (a toll rising and a
        # missing count falling as bodies are recovered, rival tolls from the civil defence and the fire brigade,
        # evacuations and shelters, aid in tonnes and litres, a dispute over whether the alert was sent the day
        # before, a road blocked for days), in English translated from Spanish, with numbered civil-defence
        # bulletins, an HTML page, a wire and its copy, a radio transcript, a live page, an RSS item and a
        # look-alike slide in another province, written without reading the code and scored blind
        # (tests/fixtures/corpus_q.README.md).
        Corpus("corpus-q", r / "tests" / "fixtures" / "corpus_q", r / "tests" / "fixtures" / "corpus_q.gold.json",
               "corpus-q", shared=False),
        # An eighteenth, an air strike on a school used as a shelter for displaced families in a civil war (the
        # army's "eliminated" fighters against a civilian toll that climbs, a UN count "verified" lower, injured at
        # two hospitals, people under the rubble, a truce rejected, journalists held, a convoy turned back, a dispute
        # over whether the bomb fell before or after midnight), with pages translated from Arabic- and French-style
        # sources, a wire and its copy, a military statement, a UN briefing, a rights report with a table, a live
        # page, an HTML page and an RSS item, written without reading the code and scored blind
        # (tests/fixtures/corpus_r.README.md).
        Corpus("corpus-r", r / "tests" / "fixtures" / "corpus_r", r / "tests" / "fixtures" / "corpus_r.gold.json",
               "corpus-r", shared=False),
        # A nineteenth, the collapse of an eight-storey residential block in a crowded district of a megacity
        # (a toll that climbs while the missing fall over four days, people pulled out alive, the owner and a
        # municipal engineer arrested over an illegal extra floor, the city's count of residents against a
        # residents' association's, a grant per family, a national tally of collapses, a minister's remark taken
        # back, a dispute over when the floor was approved), with a wire and its copy, a pasted page, a fire
        # service bulletin with a key-figures box, a live page, a page translated from a South Asian-style source,
        # an HTML page, an RSS item, an analysis dated by its dateline and a radio transcript, written without
        # reading the code and scored blind (tests/fixtures/corpus_s.README.md).
        Corpus("corpus-s", r / "tests" / "fixtures" / "corpus_s", r / "tests" / "fixtures" / "corpus_s.gold.json",
               "corpus-s", shared=False),
        # A twentieth, a bootleg-liquor (methanol) poisoning spreading through villages of two districts (district,
        # hospital and state tolls on the same day, patients blinded and discharged, sellers and a distributor
        # arrested, litres of liquor seized, an opposition charge of a cover-up, a dispute over the night the batch
        # was sold, a look-alike flour poisoning in the same outlet), written without reading the code and scored
        # blind (tests/fixtures/corpus_t.README.md).
        Corpus("corpus-t", r / "tests" / "fixtures" / "corpus_t", r / "tests" / "fixtures" / "corpus_t.gold.json",
               "corpus-t", shared=False),
        # A twenty-first, a night fire in a refugee camp in a border region (an accident per the camp authority,
        # arson per the refugees' committee, rival tolls, homeless refugees, children missing then found, three
        # men detained and two released, aid and a flash appeal, an island relocation plan, a dispute over whether
        # the fire began before or after midnight, a market fire in the nearby town as look-alike), written without
        # reading the code and scored blind (tests/fixtures/corpus_u.README.md).
        Corpus("corpus-u", r / "tests" / "fixtures" / "corpus_u", r / "tests" / "fixtures" / "corpus_u.gold.json",
               "corpus-u", shared=False),
        # A twenty-second, a volcanic eruption on an island province (an exclusion zone widened twice, evacuated vs
        # displaced in evacuation centres, hikers missing then found dead, ash closing the airport, aid flights in
        # tonnes, navy troops, a looting arrest, an agency's evacuee count against the governor's, a dispute over
        # whether the first blast came on one day or the night before), with a bulletin with a table, a wire and its
        # copy, a machine-translated paper, a live page, a pasted page, an HTML page, an RSS item, a Q&A and an
        # analysis, and a look-alike earthquake swarm on another island, written without reading the code and
        # scored blind (tests/fixtures/corpus_v.README.md).
        Corpus("corpus-v", r / "tests" / "fixtures" / "corpus_v", r / "tests" / "fixtures" / "corpus_v.gold.json",
               "corpus-v", shared=False),
        # A twenty-second: an inter-communal clash in a border district (villages burned, people fleeing across a
        # river, a curfew, arrests, a rights group's report, aid convoys), written as a control: scored at the start
        # and the end of a session and never fixed on in it (tests/fixtures/corpus_w.README.md).
        Corpus("corpus-w", r / "tests" / "fixtures" / "corpus_w", r / "tests" / "fixtures" / "corpus_w.gold.json",
               "corpus-w", shared=False),
        Corpus("events-dev", s / "events-dev", s / "events-dev" / "snippets.tsv", "events-dev",
               measures=EVENTS_ONLY, kind=EVENTS),
    ]


def in_ci() -> bool:
    """CI sets ``CI=true``; an empty, ``0`` or ``false`` value counts as unset."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while a class is built
    spec.loader.exec_module(module)
    return module


def splitter() -> ModuleType:
    """tests/eval_split.py: the one fixed tune / held-out split."""
    return _load("gw_eval_split", Path(__file__).with_name("eval_split.py"))


# --- pinning -----------------------------------------------------------------------------------


def corpus_hash(folder: Path, gold: Path) -> str:
    """sha256 over the sorted (relative path, bytes) of every file under ``folder``, then the gold.

    Each path and content is length-prefixed, so no two different trees hash alike; the gold enters
    as ``<gold>/NAME``. Paths are POSIX and relative, so the pin does not depend on the checkout.
    """
    h = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        raw = label.encode("utf-8")
        h.update(len(raw).to_bytes(8, "big") + raw + len(data).to_bytes(8, "big") + data)

    for path in sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix()):
        if path.is_file():
            add(path.relative_to(folder).as_posix(), path.read_bytes())
    add(f"<gold>/{gold.name}", gold.read_bytes())
    return h.hexdigest()


# --- scoring -----------------------------------------------------------------------------------


def flatten(result: dict[str, Any]) -> dict[str, float]:
    """One number per score.py row: ``{row}_f1``, ``{row}_recall`` or ``{row}_accuracy`` for a table
    row (the first of those it has), the plain value for a number row. A row score.py leaves out
    (``cleaning`` is None when the gold has no strings) is absent, so a floor on it fails."""
    flat: dict[str, float] = {}
    for key, value in result.items():
        if isinstance(value, dict):
            for measure in ("f1", "recall", "accuracy"):
                if isinstance(value.get(measure), (int, float)):
                    flat[f"{key}_{measure}"] = float(value[measure])
                    break
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            flat[key] = float(value)
    return flat


def score_parts(corpus: Corpus, gold: dict[str, Any], pred: dict[str, Any], scorer: ModuleType,
                split: ModuleType) -> dict[str, dict[str, float]]:
    """part -> measure -> score: ``whole`` always, ``tune``/``heldout`` where the set is split."""
    parts = {"whole": flatten(scorer.score(gold, pred))}
    if corpus.split not in split.UNSPLIT:
        for which in ("tune", "heldout"):
            g, p = split.subset(corpus.split, gold, pred, which)
            if g["articles"]:
                parts[which] = flatten(scorer.score(g, p))
    if corpus.measures is not None:
        parts = {k: {m: v for m, v in scores.items() if m in corpus.measures} for k, scores in parts.items()}
    elif AUDIT_KEY in pred:
        parts["whole"][CITATIONS_SUPPORTED] = pred[AUDIT_KEY]
    return parts


def predict(corpus: Corpus) -> dict[str, Any]:
    """groundwatch's facts export for the corpus, run in this process on a fresh store."""
    import groundwatch

    if corpus.measures == CLEANING_ONLY:
        return predict_clean_text(corpus.folder)

    with tempfile.TemporaryDirectory(prefix="gw-gate-") as tmp:
        folder = corpus.folder
        if not corpus.manifest:  # the same files without their manifests: metadata from the text alone
            folder = Path(tmp) / corpus.folder.name
            shutil.copytree(corpus.folder, folder, ignore=shutil.ignore_patterns(MANIFEST))
        elif corpus.layout is not None:
            layouts = _load("gw_eval_layouts", Path(__file__).with_name("eval_layouts.py"))
            folder = layouts.relaid(corpus.folder, Path(tmp) / corpus.folder.name, corpus.layout,
                                    json.loads(corpus.gold.read_text(encoding="utf-8")))
        report = groundwatch.ingest([folder], db=Path(tmp) / "gw.db")
        try:
            # Through JSON, as score.py reads facts.json.
            facts: dict[str, Any] = json.loads(json.dumps(report.facts, ensure_ascii=False))
            facts[AUDIT_KEY] = supported_share(report.store)
        finally:
            report.store.close()
    return facts


#: The gate's own measure beside score.py's rows, for every set run through the whole pipeline: the
#: share of the report's citations whose cited sentence carries the statement's value
#: (``groundwatch audit``). Issue 11 asks for zero unsupported citations, so its floor is 1.0.
CITATIONS_SUPPORTED = "citations_supported"
AUDIT_KEY = "_gate_citations_supported"


def supported_share(store: Any) -> float:
    """1 - unsupported / citations of ``groundwatch audit`` over the store's report."""
    from groundwatch.stages.audit import audit
    from groundwatch.stages.report_views import ReportInput

    result = audit(ReportInput.from_store(store))
    total = sum(result.citations.values())
    return round(1 - len(result.findings) / total, 4) if total else 1.0


def predict_clean_text(folder: Path) -> dict[str, Any]:
    """``clean_text`` per article from the same ingest and clean stages the pipeline runs.

    A cleaning-only set is scored on nothing else, and the spaCy parse, extraction and linking that a
    full run adds cost two thirds of the gate's time without touching ``clean_text``. The pipeline
    cleans against corpus statistics over the batch's bodies, and so does this;
    tests/test_eval_gate.py checks that both give the same texts.
    """
    from groundwatch.records import Article
    from groundwatch.stages.article import clean_stage, ingest_stage
    from groundwatch.stages.clean import CorpusStats

    articles = [a for a in ingest_stage([folder], None) if isinstance(a, Article)]
    stats = CorpusStats.from_bodies(a.body for a in articles)
    out = []
    for article in articles:
        try:
            text = clean_stage(article, stats).text
        except Exception:  # the pipeline rejects such an article: it has no clean text either
            text = ""
        out.append({"id": article.id, "clean_text": text})
    return {"articles": out}


def score_events(corpus: Corpus,
                 classify: Callable[[dict[str, str]], dict[str, str]] | None = None) -> dict[str, dict[str, float]]:
    """part -> measure for a snippet file: ``classify`` (id -> text to id -> type; the shipped event-type
    classifier by default), scored by the folder's score_events.py on the whole file and on
    tests/eval_split.py's tune and heldout parts."""
    events = _load("gw_eval_events", Path(__file__).with_name("eval_events.py"))
    texts, gold = events.read_gold(corpus.gold)
    scorer = _load("gw_score_events", corpus.folder / "score_events.py")
    parts = events.score_parts(gold, (classify or events.predict)(texts), scorer=scorer, split=splitter())
    return {part: {m: float(result[m]) for m in corpus.measures or EVENTS_ONLY} for part, result in parts.items()}


# --- the check ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Outcome:
    """What the gate found for one corpus."""

    corpus: str
    scores: dict[str, dict[str, float]]
    floors: dict[str, dict[str, float]]
    failures: list[str]
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's CPU time: the wall time minus waiting for a shared CPU


def check(name: str, scores: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Failures of one corpus's scores against its floors: below a floor, or a floored measure gone."""
    failures: list[str] = []
    if not floors:
        failures.append(f"{name}: no floors recorded (run tests/eval_gate.py --update --only {name})")
    for part, part_floors in sorted(floors.items()):
        got = scores.get(part, {})
        for measure, floor in sorted(part_floors.items()):
            if measure not in got:
                failures.append(f"{name} {part} {measure}: floored at {floor:.4f} but no longer scored")
            elif got[measure] + TOLERANCE < floor:
                failures.append(f"{name} {part} {measure} = {got[measure]:.4f} < floor {floor:.4f}")
    return failures


def updated(scores: dict[str, dict[str, float]], floors: dict[str, dict[str, float]],
            allow_lower: bool) -> dict[str, dict[str, float]]:
    """New floors: raised to the scores; lowered (and vanished measures dropped) only with allow_lower."""
    out = {part: dict(values) for part, values in floors.items()}
    if allow_lower:
        out = {part: {m: v for m, v in values.items() if m in scores.get(part, {})} for part, values in out.items()}
    for part, values in scores.items():
        mine = out.setdefault(part, {})
        for measure, value in values.items():
            if measure not in mine or value > mine[measure] or allow_lower:
                mine[measure] = value
    return {part: values for part, values in out.items() if values}


def missing_inputs(corpus: Corpus) -> list[str]:
    return [str(p) for p in (corpus.folder, corpus.gold) if not p.exists()]


def load_baseline(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"corpora": {}}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("corpora", {})
    return data


def _loud(message: str) -> None:
    bar = "!" * 78
    print(f"{bar}\neval gate: {message}\n{bar}", file=sys.stderr)


def gate(selected: Iterable[Corpus], baseline: dict[str, Any], *, update: bool, allow_lower: bool,
         reason: str | None, scorer: ModuleType, split: ModuleType,
         predict_fn: Callable[[Corpus], dict[str, Any]] = predict) -> tuple[list[Outcome], list[str]]:
    """Run and check each corpus (updating ``baseline`` in place when asked): outcomes, and failures
    that belong to no single corpus's scores (missing inputs, changed corpora)."""
    outcomes: list[Outcome] = []
    errors: list[str] = []
    for corpus in selected:
        entry = baseline["corpora"].setdefault(corpus.name, {})
        absent = missing_inputs(corpus)
        if absent:
            if in_ci() or not corpus.shared:
                errors.append(f"{corpus.name}: corpus missing: {', '.join(absent)}")
            else:
                _loud(f"{corpus.name} SKIPPED, not gated: missing {', '.join(absent)} (in CI this fails)")
            continue
        pin = corpus_hash(corpus.folder, corpus.gold)
        if "sha256" not in entry and not update:
            errors.append(f"{corpus.name}: not pinned (run --update --only {corpus.name})")
        if entry.get("sha256") not in (None, pin) and not (update and allow_lower):
            errors.append(f"{corpus.name}: the corpus or its gold changed (sha256 {pin[:12]}, pinned "
                          f"{str(entry['sha256'])[:12]}); its floors no longer mean what they did. Re-pin "
                          f"with --update --allow-lower --reason '...' --only {corpus.name}")
            continue
        started, cpu = time.perf_counter(), time.process_time()
        try:
            if corpus.kind == EVENTS:
                scores = score_events(corpus)
            else:
                gold = json.loads(corpus.gold.read_text(encoding="utf-8"))
                if corpus.layout is not None:  # a respelled corpus is scored on its gold respelled alike
                    gold = _load("gw_eval_layouts", Path(__file__).with_name("eval_layouts.py")).regold(
                        gold, corpus.layout)
                scores = score_parts(corpus, gold, predict_fn(corpus), scorer, split)
        except Exception as exc:  # a crash on one corpus is a failure of it, not of the gate
            errors.append(f"{corpus.name}: the run failed: {type(exc).__name__}: {exc}")
            print(f"[{corpus.name}] FAILED: {errors[-1]}", flush=True)
            continue
        floors: dict[str, dict[str, float]] = entry.get("floors", {})
        outcome = Outcome(corpus.name, scores, floors, check(corpus.name, scores, floors),
                          round(time.perf_counter() - started, 1), round(time.process_time() - cpu, 1))
        if update:
            entry["floors"] = updated(scores, floors, allow_lower)
            if entry.get("sha256") != pin:
                entry["sha256"] = pin
                entry["pinned_because"] = reason or "first pin"
            elif allow_lower and reason:
                entry["lowered_because"] = reason
            # Judged against the floors as written: a raise never hides a score below an old floor.
            outcome.floors = entry["floors"]
            outcome.failures = check(corpus.name, scores, outcome.floors)
        outcomes.append(outcome)
        print(f"[{corpus.name}] scored in {outcome.seconds:.0f} s ({outcome.cpu_seconds:.0f} s CPU)", flush=True)
    return outcomes, errors


def stale(baseline: dict[str, Any], known: Iterable[str]) -> list[str]:
    """Floored corpora the gate no longer runs: their floors would silently stop guarding anything."""
    return sorted(set(baseline["corpora"]) - set(known))


def table(outcomes: list[Outcome]) -> str:
    """corpus x measure, with whole / tune / heldout columns, each ``score (floor)``; ``!`` = below."""
    rows: list[tuple[str, ...]] = [("corpus", "measure", *PARTS)]
    for o in outcomes:
        measures = sorted({m for part in PARTS for m in (*o.scores.get(part, {}), *o.floors.get(part, {}))})
        for measure in measures:
            cells = []
            for part in PARTS:
                value, floor = o.scores.get(part, {}).get(measure), o.floors.get(part, {}).get(measure)
                text = "-" if value is None else f"{value:.4f}"
                if floor is not None:
                    low = value is None or value + TOLERANCE < floor
                    text += f" ({floor:.4f}){'!' if low else ''}"
                cells.append(text)
            rows.append((o.corpus, measure, *cells))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="raise floors to the current scores")
    parser.add_argument("--allow-lower", action="store_true",
                        help="with --update: also lower floors, drop vanished measures and re-pin changed corpora")
    parser.add_argument("--reason", help="why a floor is lowered or a corpus re-pinned (kept in the baseline)")
    parser.add_argument("--only", action="append", metavar="CORPUS", help="gate only this corpus (repeatable)")
    args = parser.parse_args(argv)
    if args.allow_lower and not args.update:
        parser.error("--allow-lower only makes sense with --update")
    if args.allow_lower and not args.reason:
        parser.error("--allow-lower needs --reason: say why the floor goes down or the corpus changed")
    known = corpora()
    names = [c.name for c in known]
    unknown = sorted(set(args.only or ()) - set(names))
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)}; known: {', '.join(names)}")
    if not (SHARED / "score.py").is_file():
        if in_ci():
            print(f"eval gate FAILED: {SHARED / 'score.py'} is missing (CI is set: nothing may go ungated)")
            return 1
        _loud(f"{SHARED / 'score.py'} is absent: NOTHING WAS GATED (skipped; in CI this fails)")
        return 0
    started = time.perf_counter()
    baseline = load_baseline(BASELINE)
    selected = [c for c in known if not args.only or c.name in args.only]
    outcomes, errors = gate(selected, baseline, update=args.update, allow_lower=args.allow_lower,
                            reason=args.reason, scorer=_load("gw_score", SHARED / "score.py"), split=splitter())
    leftovers = stale(baseline, names)
    if args.update and args.allow_lower:
        for name in leftovers:
            del baseline["corpora"][name]
    elif leftovers:
        errors += [f"{n}: floored in {BASELINE.name} but no longer gated" for n in leftovers]
    if args.update:
        baseline["corpora"] = dict(sorted(baseline["corpora"].items()))
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {BASELINE.relative_to(REPO)}")
    print("\n" + table(outcomes))
    failures = errors + [f for o in outcomes for f in o.failures]
    print(f"\n{len(outcomes)} corpora in {time.perf_counter() - started:.0f} s ({time.process_time():.0f} s CPU)")
    if failures:
        print("eval gate FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("eval gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

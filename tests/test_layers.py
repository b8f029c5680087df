"""The import rules of ARCHITECTURE.md hold on the source (checked on each module's imports)."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "groundwatch"

#: layer -> groundwatch modules it must not import (prefix match on the dotted name).
FORBIDDEN = {
    "records": ("groundwatch.",),
    "errors": ("groundwatch.",),
    "unionfind": ("groundwatch.",),
    "lexicons": ("groundwatch.",),
    "store": ("groundwatch.stages", "groundwatch.pipeline", "groundwatch.api", "groundwatch.interfaces",
              "groundwatch.settings", "groundwatch.nlp"),
    "stages": ("groundwatch.pipeline", "groundwatch.api", "groundwatch.interfaces"),
    "pipeline": ("groundwatch.api", "groundwatch.interfaces"),
    "api": ("groundwatch.interfaces",),
    # The Spark engine is a shell beside the API: it may call the pipeline and the API, never the CLI.
    "spark": ("groundwatch.interfaces",),
    # The safe fetcher is shared by the web app and the monitor: it needs nothing but errors.
    "fetching": ("groundwatch.stages", "groundwatch.pipeline", "groundwatch.api", "groundwatch.interfaces",
                 "groundwatch.store", "groundwatch.monitor"),
    # The monitor drives the pipeline like the API does; the CLI and the web app are its edges.
    "monitor": ("groundwatch.interfaces", "groundwatch.api"),
}


def _layer(path: Path) -> str:
    name = path.relative_to(SRC).parts[0].removesuffix(".py")
    if name.startswith("lexicons"):  # lexicons_dates.py and lexicons_verbs.py sit on lexicons.py
        return "lexicons"
    # records.py, split for size (records_events, records_stories, records_dicts): one layer all the same
    return "records" if name.startswith("records") else name


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return {name for name in out if name.startswith("groundwatch")}


MODULES = sorted(p for p in SRC.rglob("*.py") if _layer(p) in FORBIDDEN)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_imports_only_what_its_layer_may(path: Path) -> None:
    banned = FORBIDDEN[_layer(path)]
    own = "groundwatch." + ".".join(path.relative_to(SRC).with_suffix("").parts)
    layer = f"groundwatch.{_layer(path)}"  # a layer's modules may import one another
    wrong = sorted(name for name in _imports(path)
                   if name.startswith(banned) and not name.startswith(own) and not name.startswith(layer))
    assert not wrong, f"{path.relative_to(SRC)} imports {wrong}"


def test_only_the_output_stages_read_the_store() -> None:
    readers = sorted(str(p.relative_to(SRC)) for p in (SRC / "stages").rglob("*.py")
                     if any(n.startswith("groundwatch.store") for n in _imports(p)))
    # report_stream.py: the reports written story by story read each story from the store
    assert readers == ["stages/export.py", "stages/report.py", "stages/report_stream.py", "stages/report_views.py"]

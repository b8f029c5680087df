"""The stage registry: ``@stage("reconcile", version="reconcile.v1", inputs=..., output=...)``.

Every pipeline stage is registered here under its name and a version, with the record types
it reads and the record type it returns, as the extractors are (``stages/extract/registry.py``).
``pipeline.STAGES`` names the stages in order; the runner looks each one up here and checks what
it returned against its declared output, as spaCy checks a component's return value (E005).
``tests/stages.json`` snapshots the registry, so a stage's contract changes only on purpose.

Two kinds of stage:

* ``article`` stages run once per item: ingest (paths -> Article | Rejection), clean (Article ->
  CleanArticle), extract (CleanArticle + Doc -> ArticleFacts). Their result is the record itself.
* ``corpus`` stages (the linking ones) take the whole :class:`~groundwatch.records.Corpus` and
  return it with the field named by ``produces`` filled with ``output`` records.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from groundwatch.records import Corpus

__all__ = ["Stage", "StageTypeError", "checked", "load_stages", "registered", "stage"]

#: Modules that register stages; importing them fills the registry.
STAGE_MODULES = ("groundwatch.stages.article", "groundwatch.stages.stories", "groundwatch.stages.story_dates",
                 "groundwatch.stages.dedupe", "groundwatch.stages.reconcile", "groundwatch.stages.events.assemble")

F = TypeVar("F", bound=Callable[..., Any])


class StageTypeError(TypeError):
    """A stage returned something other than what it declares (a programming error, not bad input)."""


@dataclass(frozen=True, slots=True)
class Stage:
    name: str  # as listed in pipeline.STAGES
    version: str  # "<name>.v<n>": bump when its output changes meaning
    kind: Literal["article", "corpus"]
    inputs: tuple[type, ...]  # record types it reads
    output: tuple[type, ...]  # record types it returns (any of them)
    fn: Callable[..., Any]
    produces: str | None = None  # corpus stages: the Corpus field they fill


_REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, version: str, kind: Literal["article", "corpus"], inputs: Sequence[type],
          output: type | tuple[type, ...], produces: str | None = None) -> Callable[[F], F]:
    """Register ``fn`` as stage ``name`` (``version`` like ``"stories.v1"``)."""
    if not version.startswith(f"{name}.v"):
        raise ValueError(f"stage {name!r}: version {version!r} must read '{name}.v<n>'")
    if (kind == "corpus") != (produces is not None and produces in Corpus.__dataclass_fields__):
        raise ValueError(f"stage {name!r}: a corpus stage names the Corpus field it fills, an article stage none")

    def wrap(fn: F) -> F:
        if name in _REGISTRY and _REGISTRY[name].fn is not fn:
            raise ValueError(f"stage {name!r} is registered twice")
        outputs = output if isinstance(output, tuple) else (output,)
        _REGISTRY[name] = Stage(name, version, kind, tuple(inputs), outputs, fn, produces)
        return fn

    return wrap


def load_stages() -> dict[str, Stage]:
    """Import the stage modules (which registers them) and return the registry."""
    for module in STAGE_MODULES:
        importlib.import_module(module)
    return dict(_REGISTRY)


def registered() -> dict[str, Stage]:
    return dict(_REGISTRY)


def checked(st: Stage, result: Any) -> Any:
    """``result`` if it is what ``st`` declares, else :class:`StageTypeError`."""
    if st.kind == "article":
        if not isinstance(result, st.output):
            raise StageTypeError(f"stage {st.version} returned {type(result).__name__}, expected "
                                 f"{' | '.join(t.__name__ for t in st.output)}")
        return result
    if not isinstance(result, Corpus):
        raise StageTypeError(f"stage {st.version} returned {type(result).__name__}, expected Corpus")
    filled = getattr(result, st.produces or "")
    wrong = next((x for x in filled if not isinstance(x, st.output)), None) if isinstance(filled, tuple) else filled
    if wrong is not None or not isinstance(filled, tuple):
        raise StageTypeError(f"stage {st.version} filled Corpus.{st.produces} with {type(wrong).__name__}, "
                             f"expected a tuple of {' | '.join(t.__name__ for t in st.output)}")
    return result

"""Errors raised by groundwatch.

Two channels (see ../STYLE.md, practice 7):

* Programmer and configuration errors raise from this hierarchy; the CLI and HTTP edges
  translate them into a message and exit code, or a 4xx JSON body::

      GroundwatchError            code GW000  base class
      ├── ConfigError             code GW001  bad settings file, unknown key, bad value
      ├── InputError              code GW002  a path that does not exist, nothing ingestible
      ├── StoreError              code GW003  database cannot be opened or migrated
      └── ModelError              code GW004  a required model package is missing

* A bad *article* never raises out of a batch: it becomes a ``records.Rejection``
  (source, stage, reason), stored, counted and reported by the run summary.
"""

from __future__ import annotations


class GroundwatchError(Exception):
    """Base class; ``code`` is stable across releases."""

    code = "GW000"


class ConfigError(GroundwatchError):
    code = "GW001"


class InputError(GroundwatchError):
    code = "GW002"


class StoreError(GroundwatchError):
    code = "GW003"


class ModelError(GroundwatchError):
    code = "GW004"


class ArticleError(Exception):
    """Raised inside a stage for one bad article; the runner turns it into a Rejection.

    Never escapes the pipeline runner.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

"""groundwatch: turn the news about a crisis into a sourced, cross-checked picture.

The public API is small on purpose (tests/test_public_api.py keeps it so)::

    import groundwatch
    picture = groundwatch.run(["examples/"], db="gw.db", out="report/")
    picture.summary          # what the run did
    picture.facts            # the facts export (shared/eval/SCHEMA.md format)
    picture.pictures         # every story as a typed StoryPicture (figures, quotes, timeline...)
    picture.events           # every story's events as EventRecords (ACLED's fields, with provenance)
"""

from groundwatch.api import Report, export, ingest, run
from groundwatch.errors import GroundwatchError
from groundwatch.records import Article, EventRecord, StoryPicture
from groundwatch.settings import Settings

__all__ = ["Article", "EventRecord", "GroundwatchError", "Report", "Settings", "StoryPicture", "export", "ingest",
           "run"]
__version__ = "0.1.0"

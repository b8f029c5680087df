"""Events: who did what to whom, where and when, coded the way conflict-data coders code them."""

from groundwatch.stages.events.classify import EventClassifier, EventTypePrediction, classify
from groundwatch.stages.events.types import EventType, event_types

__all__ = ["EventClassifier", "EventType", "EventTypePrediction", "classify", "event_types"]

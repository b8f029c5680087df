"""The consistency of an event record's values, as ACLED's codebook ties its columns together.

:func:`settle` makes a record's fields agree before it is built, :func:`problems` lists what still
disagrees in a built record (the tests run it over every record of a run):

- a peaceful protest or a protest with intervention with a fatality is excessive force against
  protesters (ACLED codes a protest where people are killed as that sub-event type);
- ``actor1`` is never empty while ``actor2`` is set (ACLED codes a lone actor as actor 1; civilians
  attacked by an unnamed perpetrator stay actor 2 next to an unidentified armed group), and the
  two are never the same actor;
- ``interaction`` is the two inter codes, lower first (``10 * inter1`` for a lone actor);
- ``civilian_targeting`` only when actor 2 is civilians (inter 7) in political violence;
- ``geo_precision`` 1-3 only with a location; ``time_precision`` 1-3 follows the date (a month-only
  date is precision 3);
- every field that has no value says why in ``basis``, every field that has one has a span in
  ``provenance`` or a reason in ``basis``.
"""

from __future__ import annotations

from typing import Any

from groundwatch.records import EventRecord
from groundwatch.stages.events.actors import interaction, label
from groundwatch.stages.events.types import event_types

#: Protest sub-event types that a fatality turns into excessive force against protesters.
_PROTEST_WITHOUT_FORCE = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER"})
FORCE_AGAINST_PROTEST = "FORCE_AGAINST_PROTEST"
#: Fields every record must account for: a value with provenance or basis, or a reason in basis.
ACCOUNTED = ("event_date", "location", "actor1", "actor2", "fatalities")


def settle_code(code: str, fatalities: int) -> tuple[str, str | None]:
    """(the sub-event code, why it changed or None) once the event's fatalities are known."""
    if code in _PROTEST_WITHOUT_FORCE and fatalities > 0:
        return FORCE_AGAINST_PROTEST, ("people were killed at the protest: ACLED codes that as excessive "
                                       "force against protesters")
    return code, None


def settle(code: str, rec: dict[str, Any], basis: dict[str, str], prov: dict[str, Any]) -> None:
    """Make the actor, interaction, targeting and precision fields of ``rec`` agree (in place)."""
    kind = event_types()[code]
    if not rec.get("actor1") and rec.get("inter2") == 7 and kind.disorder_type == "Political violence":
        # Civilians are acted on, never the actor of political violence: the perpetrator is unnamed.
        rec["actor1"], rec["inter1"] = label("Unidentified Armed Group ({country})", rec.get("country")), 3
        basis["actor1"] = "ACLED's actor for an unnamed perpetrator of violence against civilians"
    elif not rec.get("actor1") and rec.get("actor2"):
        for a, b in (("actor1", "actor2"), ("inter1", "inter2"), ("assoc_actor_1", "assoc_actor_2")):
            rec[a], rec[b] = rec.get(b), None
        if "actor2" in prov:
            prov["actor1"] = prov["inter1"] = prov.pop("actor2")
            prov.pop("inter2", None)
        if "actor2" in basis:
            basis["actor1"] = basis.pop("actor2")
    if rec.get("actor2") and rec.get("actor2") == rec.get("actor1"):
        rec["actor2"] = rec["inter2"] = None
        prov.pop("actor2", None)
        prov.pop("inter2", None)
    rec["interaction"] = interaction(rec.get("inter1"), rec.get("inter2"))
    rec["civilian_targeting"] = rec.get("inter2") == 7 and kind.disorder_type == "Political violence"
    if not rec.get("location"):
        rec["geo_precision"] = None
    date = rec.get("event_date") or ""
    if len(date) == 7:
        rec["time_precision"] = 3
    disaster = kind.event_type == "Other" and code.endswith("DISASTER")
    for slot in ("actor1", "actor2"):
        if not rec.get(slot) and slot not in basis:
            basis[slot] = ("a disaster has no actors" if disaster else
                           "the event's sentences name no actor for this side")
    if not rec.get("location") and "location" not in basis:
        basis["location"] = "no place in the event's country is written in its articles"
    if not rec.get("event_date") and "event_date" not in basis:
        basis["event_date"] = "no date is written and no publication day is known"


def problems(e: EventRecord) -> list[str]:
    """What disagrees in ``e`` (empty when it is consistent)."""
    out: list[str] = []
    kind = event_types().get(e.code)
    if kind is None:
        return [f"unknown code {e.code}"]
    if (e.event_type, e.sub_event_type, e.disorder_type, e.plover) != (
            kind.event_type, kind.name, kind.disorder_type, kind.plover):
        out.append("type columns do not follow the code")
    if e.code in _PROTEST_WITHOUT_FORCE and e.fatalities > 0:
        out.append("a protest with fatalities is not excessive force against protesters")
    if e.actor2 and not e.actor1:
        out.append("actor2 without actor1")
    if e.actor1 and e.actor1 == e.actor2:
        out.append("actor1 and actor2 are the same")
    if bool(e.actor1) != (e.inter1 is not None) or bool(e.actor2) != (e.inter2 is not None):
        out.append("an actor without its inter code, or an inter code without its actor")
    if e.interaction != interaction(e.inter1, e.inter2):
        out.append("interaction is not the sorted pair of inter codes")
    if e.civilian_targeting != (e.inter2 == 7 and kind.disorder_type == "Political violence"):
        out.append("civilian_targeting does not follow actor 2")
    if (e.geo_precision is None) != (not e.location) or e.geo_precision not in (None, 1, 2, 3):
        out.append("geo_precision does not follow the location")
    month_only = bool(e.event_date) and len(e.event_date or "") == 7
    if (e.event_date and e.time_precision not in (1, 2, 3)) or (month_only and e.time_precision != 3):
        out.append("time_precision does not follow the date")
    for f in ACCOUNTED:
        if f not in e.provenance and f not in e.basis:
            out.append(f"{f} has neither a span nor a basis")
    return out

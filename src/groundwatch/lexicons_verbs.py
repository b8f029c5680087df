"""Verbs of saying, kept once (``data/speech_verbs.tsv``): the quote cues and the narrower lists.

Several rules in different stages ask "does this verb report speech?" for different reasons: the
quote finder wants every cue; a date rule wants the verbs whose present tense tells a day that has
passed ("says on Monday"); the contradiction finder wants predicates that never identify an event.
Each asks a narrower question, so each has its own list, but each verb is one row of one file whose
``lists`` column says which lists hold it, so the lists can be compared in one place. Every list
holds :data:`REPORTING_CORE` and stays inside :data:`SPEECH_VERBS` except for the words its comment
names (tests/test_lexicons_verbs.py holds both).

The lists kept their members exactly when they moved here from their stages (no behaviour change).
"""

from __future__ import annotations

from groundwatch import lexicons

__all__ = [
    "CHARACTERISING_AS", "EVENT_SPEECH", "JUDGING_VERBS", "NON_EVENT_PREDICATES", "PLAN_REPORTING", "PRESENT_REPORTING",
    "REPORTING_CORE", "SCOPE_SAYING", "SPEECH_VERBS", "TENSE_SAYING",
]


def _list(name: str) -> frozenset[str]:
    return lexicons.words("speech_verbs", lists=name)


#: Lemmas of verbs that introduce reported or quoted speech in English news: the quotes extractor's
#: cues.
SPEECH_VERBS = _list("cue")

#: The plainest verbs of saying, which every list below holds.
REPORTING_CORE = _list("core")

#: Verbs of saying or knowing whose own modal ("can confirm", "could say") does not make what is said
#: a projection (figures_scope). "know" is the one verb here that is no quote cue.
SCOPE_SAYING = _list("scope")

#: Verbs that report what someone said or planned: a date fronted before their clause is theirs
#: (dates_report). Pledges and forecasts are here because their date is the plan's, not the event's.
PLAN_REPORTING = _list("plan")

#: Verbs whose present tense reports rather than happens: "says on Monday" tells a day that has
#: passed (dates_present). "show" and "find" report a document's findings ("the survey shows"), and
#: "date" and "trace" a past event's day ("the office dates the blast to Tuesday"), so they are here
#: though they are no quote cue.
PRESENT_REPORTING = _list("present")

#: Present verbs that do not put a clause ahead when ``dates_tense.PRESENT_IS_FUTURE`` is on: speech,
#: and "be" and "have", which describe a state rather than a plan.
TENSE_SAYING = _list("tense")

#: Predicates that never identify an event: a statement recurs ("the ministry said on Saturday ...
#: said on Sunday"), so it never carries a date contradiction (reconcile.contradictions).
NON_EVENT_PREDICATES = _list("statement")

#: Verbs of saying whose subject reports the event rather than acts in it (events.actors).
EVENT_SPEECH = _list("event")

#: Verbs of judging a person ("slam", "criticise", "praise"): in a headline, their bare past form
#: after the subject with no object is a passive with "was" dropped ("X slammed over 'y'"), so X is
#: judged, not speaking (quotes_layout.passive_patient). The one list that does not hold the core.
JUDGING_VERBS = _list("judge")

#: Verbs that report their subject's words only in the phrase after their "as" ("a claim the rebels
#: rejected as 'x'"): elsewhere their object is another's ("rejected the union's demands for 'x'",
#: stress batch ar), so they are no cue of their own. No core, and no cue (blind batch cy).
CHARACTERISING_AS = _list("as")

"""A quotation signed by a name and a role with no verb: '"...," Ada Roe, Chief of the Norvian Coast Service.'

Press releases and the wire copy made from them drop the "said" after a closing quotation: the
quotation ends on its comma inside the marks, and the rest of its sentence is only a full name, a
comma and the speaker's role, with no verb. That name speaks (issue 10 audit of real tune text: such a
quotation was carried over to the previous paragraph's subject).
"""

from __future__ import annotations

from groundwatch.stages.extract.doc_cache import doc_text, sent_of, token_starts
from groundwatch.stages.extract.quotes_marks import Quotation
from groundwatch.stages.extract.quotes_register import Register, Speaker, reg_inside


def verbless_tail(reg: Register, q: Quotation) -> Speaker | None:
    """The person named right after ``q``'s closing mark when the rest of its sentence is that full
    name, a comma and a role with no verb; else None."""
    text = doc_text(reg.doc)
    if q.open_end or "," not in text[q.end : q.close + 1]:  # the comma inside the marks: a speaker follows
        return None
    after = q.close + 1 + (len(text[q.close + 1 :]) - len(text[q.close + 1 :].lstrip()))
    named = [p for p in reg.people if p.position == after and len(p.name.split()) >= 2]
    if not named:
        return None
    starts = token_starts(reg.doc)
    first = next((i for i, s in enumerate(starts) if s >= after), None)
    if first is None:
        return None
    sent = sent_of(reg.doc[first])
    rest = [t for t in reg.doc[first : sent.end] if not reg_inside(reg, t.idx)]
    comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
    if comma is None or comma + 1 >= len(rest) or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    role = " ".join(t.text for t in rest[comma + 1 :] if not t.is_punct) or None
    return Speaker(named[0].name, role, named[0].name, "person", "direct")

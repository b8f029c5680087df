"""Tuned thresholds of the cleaner: the line classifier and the metadata finders."""

# --- thresholds (first tuned on the five dev articles, checked on 256 clean TimeBank/AQUAINT docs;
# the line-classifier ones re-checked on the clean-dev text tune part, 90 pages / 512 strings, and
# dev/crises-2023's tune part, 31 strings: none of them moved crises-2023, so only clean-dev is quoted)
#
# 2026-12-04 (issue 10, held-out gap): tests/clean_threshold_cv.py over every constant below except the
# publication-date finder's (107 constants, 4-8 values each around today's; 5 folds of the 96 tune pages,
# 512 strings; the script now sets a constant in every cleaner module that imported it). 77 are flat on
# this set (no string moves over the whole range tried); of the 30 that move a string, 28 sit at their
# tune maximum (0.9746) and 2 have a higher one (0.9766: GOOD_SENTENCE_MIN_STOP 0.05-0.10,
# TEASER_MAX_OVERLAP 0.45) that leave-pages-out does not keep (0.9746). Leave-pages-out never beats
# today's value (two fall below it: NOTICE_MAX_WORDS 0.9727, STEM_CHARS 0.9707), so none moved. Scores
# that day, text: whole 0.9579, tune 0.9746 (our split of it by page id, 60/40: 0.9755 / 0.9730),
# held-out 0.9196; html: 0.9620, 0.9648 (0.9572 / 0.9784), 0.9554. The held-out gap is no
# threshold's: the flat ones cannot have been fitted here and the moving ones are at a maximum that
# cross-validation confirms. Twelve verdict reasons fire on one tune page only (4 of them on lines holding
# gold strings, 6 strings): they stay, as nothing on the other pages speaks for or against them.
# The same day, the lines of our 60% part (61 tune pages) kept as other than paragraphs and the prose lines
# it drops were skimmed, gold or not: three classes fixed there (ranked list heads, identifier listings,
# "Check out:" links) change 17 lines on 4 of those pages, none on the other 35 and no gold string.
# 2026-12-06 (session 36): invented pages showed short closing sentences dropped at GOOD_SENTENCE_MIN_STOP 0.15; with
# the rules of that day its leave-pages-out picks 0.10 in every fold (0.9766), so it moved (see its comment). Scores
# that day, text: whole 0.9592, tune 0.9766, held-out 0.9196; html unchanged.

#: A line with at least this many words, sentence-final punctuation and some stopwords is
#: prose. Six words keeps short real sentences ("Both sides later denied the report.") while
#: widget lines are shorter or unpunctuated.
#: Re-checked on clean-dev text tune (512 strings): 4-6 give 0.893-0.895, 8 0.881, 10 0.877; with
#: today's rules 4-5 0.943, 6 0.941, 7 0.936, but picked by leave-pages-out (5 folds of the 90 tune
#: pages) the value scores 0.941 on the left-out pages, as 6 does: the one string 5 gains is one
#: page's, so 6 stays.
GOOD_SENTENCE_MIN_WORDS = 6
#: Stopword share a punctuated line needs to count as prose; jusText's "stopwords_low" is
#: 0.30 for whole paragraphs, sentences of names and numbers run lower, 0.15 kept them all.
#: Re-checked on clean-dev text tune (512 strings): 0.10 0.895, 0.15 0.893, 0.20 0.889, 0.30 0.881;
#: with today's rules 0.10 0.943, 0.15-0.20 0.941, and leave-pages-out (5 folds) 0.941 either way.
#: Session 36: invented probes found a short article's closing sentence of one stopword in seven or eight words
#: ("Traders blamed strong dollar demand from importers.") dropped as tail furniture (3 of 3); with the rules of
#: then, 0.05-0.12 give tune 0.9766 and 0.15 0.9746 (`tests/clean_threshold_cv.py GOOD_SENTENCE_MIN_STOP=...`:
#: 0.10 picked in every fold, leave-pages-out 0.9766), held-out 0.9196 either way. 0.10 it is.
GOOD_SENTENCE_MIN_STOP = 0.10
#: An unpunctuated line (a standfirst without its full stop) is prose when this long ...
GOOD_LONG_MIN_WORDS = 15
#: ... and at least this dense in stopwords (jusText's stopwords_high is 0.32).
#: Re-checked on clean-dev text tune (512 strings): 0.20-0.25 0.889, 0.30 0.893, 0.35 0.891.
GOOD_LONG_MIN_STOP = 0.30
#: Share of capitalised longer words (after the first word) from which a line reads as a
#: headline or link title; sentence-case news prose stays under 0.5 unless it lists names,
#: and such lists end with a full stop, which overrides title case.
#: Re-checked on clean-dev text tune (512 strings): 0.5 0.897, 0.6-0.9 0.893; with today's rules
#: 0.5 0.938, 0.6 0.943, 0.7-0.8 0.941, and leave-pages-out (5 folds) 0.941 whichever is picked.
TITLECASE_MIN_SHARE = 0.7
#: Title-case needs this many judged words to mean anything ("Veloria Floods" could be a name).
TITLECASE_MIN_WORDS = 3
#: Words shorter than this (a, the, of, in, for, and) stay lower case in most headline styles.
TITLECASE_MIN_CHARS = 4
#: The first line is the title when it is headline-length; longer first lines are paragraphs.
TITLE_MAX_WORDS = 30
#: A first paragraph this short that ends in a full stop may be the headline printed as a sentence; a
#: head line above it that shares no word with the article is then a widget, not the title. Set by hand
#: (session 11, on invented pages; the quotes-dev headlines end in a full stop and run 5 to 15 words).
DOTTED_HEADLINE_MAX_WORDS = 16
#: Call-to-action and widget lines are short; a longer line starting "Share ..." is prose.
CTA_MAX_WORDS = 25
#: A prompt with "click here" inside it ("For more videos click here.") is at most this long; a longer sentence
#: naming a link is the article's ("The council's report, which you can read by clicking here, ..."). Set by hand
#: (creview12) from two clean-dev tune prompts (5 and 6 words) and the invented batch R6.
CLICK_HERE_MAX_WORDS = 8
#: A short paragraph between two buttons is the article's when its paragraphs stand on both sides past at
#: most this many dropped lines each side (an ad label, a caption and its credit). Set by hand (session 11).
PITCH_MAX_DEBRIS = 3
#: A promo card's heads over its facts row and button: a label and a title. Set by hand on stress batch S's recipe
#: box (creview13); a third line up is prose or the article's own subheading.
CARD_MAX_HEADS = 2
#: Widget labels ("Most popular", "12 Comments", "Read more") have at most this many words.
UI_LABEL_MAX_WORDS = 5
#: Share of a label's non-numeric words that must be web-widget words.
#: Re-checked on clean-dev text tune (512 strings): flat from 0.34 to 0.67.
UI_LABEL_MIN_SHARE = 0.5
#: A menu pasted without separators names at least this many sections ("News Sport Weather"); two
#: section names ("Business News") are as often a kicker or a headline's start. Set by hand.
SECTION_ROW_MIN_WORDS = 3
#: Menus ("Home | World | Sport | ...") are lists of short items; a long line is prose with a slash.
MENU_MAX_WORDS = 40
#: A row of labelled figures ("Fat: 9g") is data from this many pairs on (two are a sentence's "Score: 2, time: 40");
#: longer than the word bound it is prose quoting figures. Set by hand on invented rows; clean-dev text tune has one
#: such row (12 pairs, 24 words).
DATA_SERIES_MIN_PAIRS = 3
DATA_SERIES_MAX_WORDS = 60
#: Words mixing Latin and Cyrillic letters that make a line an advert in look-alike letters; a name written
#: in both scripts is one word. clean-dev tune (96 pages, text and HTML): one such line, an advert with 32 such
#: words; no other line of those pages has even one. Set by hand below that.
MIXED_SCRIPT_MIN_WORDS = 3
#: Menu items glued together by a copy without separators ("WorldSportWeather"): a line with this
#: many joins of a word's lower-case end to a capitalised word is a menu row. Chosen on the
#: clean-dev text tune part (512 strings): 2 0.936 (a kept line with two brand names is lost), 3
#: 0.941, off 0.940; every tune line with three joins or more is a menu row or a link row.
GLUED_MIN_JOINS = 3
#: A line of social-network names is a follow prompt when it names at least this many.
SOCIAL_MIN_NAMES = 2
#: Bylines ("By Jane Doe, Harbour Post correspondent") are at most this long.
BYLINE_MAX_WORDS = 12
#: Timestamp lines ("Updated 3 hours ago", "Published 12 March 2024, 10:32 GMT"); a pair of them
#: on one line ("Published: 22:00 GMT, 4 May 2024 | Updated: 08:39 GMT, 5 May 2024") has 14 words.
#: Every word must be a time word or a figure, so the bound only limits the cost of a wrong anchor;
#: clean-dev text tune is flat from 12 to 20.
TIMESTAMP_MAX_WORDS = 16
#: A headline with a date and time glued to its end is a "latest" column's item up to this many words (a teaser's
#: headline, TITLE_MAX_WORDS, and its stamp); longer lines are prose. Set by hand: the longest such item on the
#: clean-dev text tune part has 18 words.
STAMPED_TEASER_MAX_WORDS = TITLE_MAX_WORDS + 6
#: Copyright and photo-credit lines are at most this long; longer lines quoting them are prose.
NOTICE_MAX_WORDS = 40
#: Cookie banners can run to two sentences.
COOKIE_MAX_WORDS = 70
#: A cookie banner's buttons and links ("Manage cookies", "Accept all cookies and close") are this short; a longer
#: line naming cookies must speak to the reader or for the site to be a banner's (stress batch U: a story's two
#: sentences about a regulator's cookie ruling, 19 and 25 words, were read as banners).
COOKIE_BUTTON_MAX_WORDS = 5
#: A line naming cookies in another language (a cookie wall's sentence in French, German or Spanish above an English
#: story): at least this many words with an English stopword share below the second constant. Set on the three
#: invented walls of stress batch S (stop share 0.00-0.07, 14-20 words); invented English sentences about cookies,
#: baked or browser ones, of ten words or more, run 0.25-0.5, and a headline about them is shorter.
FOREIGN_COOKIE_MIN_WORDS = 10
FOREIGN_COOKIE_MAX_STOP = 0.15
#: A line with a file name ("flood_photo12.jpg") is debris when it is this short.
FILE_LINE_MAX_WORDS = 6
#: Attribution lines ("Source: The Harbour Post", "Reporting by ...") are at most this long.
ATTRIBUTION_MAX_WORDS = 15
#: Standalone datelines ("TESSEL, Veloria (AP) --") are at most this long.
DATELINE_MAX_WORDS = 8
#: A short line between paragraphs with a web-widget word ("Home", "Video", "Topics") and no word
#: of the article is a navigation row up to this length ("Home States Veloria").
NAV_ROW_MAX_WORDS = 3
#: A line alone in its block between paragraphs, without final punctuation, with a sentence's share
#: of stopwords (GOOD_LONG_MIN_STOP) and at least this many words is headline-length ... Chosen on the
#: clean-dev text tune part (512 strings, 90 pages): 7-9 0.9453, 11 0.9434, 13 and off 0.9414; 9 in
#: every fold of tests/clean_threshold_cv.py (leave-pages-out 0.9453).
TEASER_MIN_WORDS = 9
#: ... and a teaser (another story's headline, a video's title) rather than a subheading when under
#: this share of its content words occurs in the paragraphs among the next TEASER_NEXT_UNITS lines: a
#: subheading announces them. Chosen on the clean-dev text tune part: 0 (off) 0.9414, 0.15-0.25
#: 0.9453, 0.5 and no overlap test 0.9473 (one page's video title among paragraphs on its topic);
#: leave-pages-out 0.9453, so the lower value, which also drops fewer real subheadings, stays (an
#: in-body link in a karabakh-2023 article shares 0.83 of its words with what follows and stays).
TEASER_MAX_OVERLAP = 0.25
#: Lines after a candidate teaser read for its overlap: the next paragraph or two, set by hand.
TEASER_NEXT_UNITS = 3
#: Share of a head/tail line's content words that must occur in the article's paragraphs for
#: it to be about the article ("Talks resume in Tessel on Monday." vs a headline of another
#: story). Re-calibrated on the tune parts (set first on five dev articles at 0.3): clean-dev text
#: (512 strings) is flat from 0.2 to 0.6 (0.893), 0.7 gives 0.891; dev/crises-2023 tune (31
#: strings) 0.871 at 0.2-0.3, 0.903 at 0.4-0.7. 0.5 is the middle of the shared optimum.
CONTEXT_MIN_OVERLAP = 0.5
#: Words are compared on their first letters so that "protections" meets "protect".
STEM_CHARS = 5
#: A line found in at least this many articles of a batch is a site template line ...
CORPUS_MIN_ARTICLES = 2
#: ... unless it is a sentence at least this long (wire copy shared by two outlets).
#: Re-checked on clean-dev text tune (512 strings): flat from 5 to 12.
CORPUS_KEEP_MIN_WORDS = 8
#: Below this, a title found in several articles is a site name, not a shared headline.
CORPUS_TITLE_MIN_WORDS = 4
#: A line ending in a colon introduces what follows ("The council said in a statement on
#: Monday:") when it has this many words; "Tags:" and "Share this:" are shorter.
INTRO_MIN_WORDS = 5
#: Masthead lines (site name, "Site | Section", "Site — tagline") are at most this long.
MASTHEAD_MAX_WORDS = 14
#: The name part of a "Site | Section" line: outlet names run to five words ("Veloria News
#: Agency (VNA)"); a longer title-case run before a separator is a headline.
MASTHEAD_NAME_MAX_WORDS = 5
#: A short capitalised name above the headline sharing at most this share of its content words with the
#: article is the site's masthead ("Dunmere Weekly Advertiser", "The Ostrow Star": one of two or three),
#: not a kicker made of the article's words ("Drenna Floods": all). Set on creview4's invented batches
#: L/L2 (5 mastheads, 2 kickers); clean-dev text tune checked after (see the commit).
MASTHEAD_MAX_OVERLAP = 0.5
#: A section or kicker label above a headline ("WORLD", "Politics") has at most this many words.
KICKER_MAX_WORDS = 2
#: Items of a link list after a "Related" / "More on this story" label; real paragraphs end
#: the list earlier, this only bounds the damage of a wrong label.
LINK_LIST_MAX_ITEMS = 8
#: Inside the article, the lines under a "Related" label are its box of links when at least this many headlines
#: (at least LINK_BOX_ITEM_MIN_WORDS words each) stand one a block before the next paragraph; one such line is as
#: often the article's own subheading. Set by hand on the invented stress pages (batch Q5) and checked on the
#: clean-dev text tune part (96 pages).
LINK_BOX_MIN_ITEMS = 2
LINK_BOX_ITEM_MIN_WORDS = 4
#: A host label shorter than this ("bbc" passes, "m", "en" do not) is not matched as a name.
HOST_NAME_MIN_CHARS = 3
#: Hard-wrapped prose: a line at least this long without final punctuation, followed by a
#: line starting in lower case, continues into the next line (classified together).
WRAP_MIN_CHARS = 40
#: A paste without blank lines (a plain text box keeps one line break per block): fewer blank lines
#: than this share of its units' breaks, and at least ``TIGHT_MIN_UNITS`` units. There a paragraph
#: beside a line is no sign of a shared block. Chosen on the clean-dev tune pages rendered without
#: blank lines (96 pages, none left) against the visible sets' 524 texts (7 with under a tenth of their
#: breaks blank, all single-newline pastes; 9 between a tenth and a half; the rest at least half).
TIGHT_MAX_BLANK_SHARE = 0.1
TIGHT_MIN_UNITS = 6

#: A publication date is looked for in the first lines of the raw text only: metadata sits
#: above the article; further down, dates are events.
PUBLISHED_MAX_LINES = 8
#: ... and within this many characters of the start.
PUBLISHED_MAX_CHARS = 1200
#: A pasted page repeats its title as the headline over the article; the article's stamp (byline,
#: "Published ...") is looked for among this many non-blank lines below that repeat ...
HEADLINE_STAMP_AFTER = 6
#: ... and this many above it (a date line over the headline). Chosen by reading the clean-dev tune
#: news pages (the stamps sat 1 to 5 lines from the headline).
HEADLINE_STAMP_BEFORE = 2
#: A line this long that the title starts with is the headline with the site's name cut off; a
#: shorter one ("News") is a menu entry.
HEADLINE_STAMP_MIN_CHARS = 20
#: A line shares this share of its words with the title's first part (before " | Site"), and that part
#: this share of its words with the line: the headline as the page edits it ("... over Rovers" under a
#: title "... over Harbour Rovers | Site", "Kess Co." for "Kess County"). clean-dev tune news pages
#: (55): 4 of 6 pages whose headline differs from the title share at least 0.75 both ways; the other
#: two share under half (a rewritten headline). Chosen by reading.
HEADLINE_MATCH_SHARE = 0.6
#: Where the headline is not found, the stamp is looked for by the page's first byline ("By Ana
#: Ruiz", "By" over the name, "ByAna Ruiz"): this many non-blank lines below it (author archive links,
#: handles and a comment form can stand between) ...
BYLINE_STAMP_AFTER = 10
#: ... and this many above (a date line over the headline, over the byline). clean-dev tune news pages:
#: the stamps sat 1 to 9 lines below the byline (9 pages) or 3 above (1). Chosen by reading.
BYLINE_STAMP_BEFORE = 3
#: Below the byline, a line of more than this many words is the article's first paragraph: the
#: stamp is above it. Chosen by reading (stamp blocks hold short lines; ledes run 20 words and more).
BYLINE_BODY_WORDS = 25
#: A date starting this near the line start is a stamp ("March 3, 2021 —", "TESSEL, 3 March
#: 2021 —"); "LONDON, Sept. 24, 2023" puts it at 8, a long city name at 25.
PUBLISHED_MAX_OFFSET = 30
#: A date anywhere in a line this short is a stamp ("Posted by Jane Doe on 3 March 2021").
PUBLISHED_SHORT_LINE_WORDS = 12

#: A headline has at least two words: a single word left at the top is a label the masthead
#: rules let through ("Politics"), not a title.
TITLE_MIN_WORDS = 2
#: A <title> line's headline whose every word a later head line holds is that headline reworded (the page's
#: headline longer, or without the <title>'s "Opinion:" kicker) when it has at least this many distinct words.
#: Set by hand on batch X of the stress pages (session 33: five such <title> lines of 5 to 11 words); three words
#: would let a short section name ("Lusk floods live") match a teaser.
TITLE_IN_HEADLINE_MIN_WORDS = 4
#: A headline the page's <title> line gives with a year or dates added ("Spring Walk 2026 | Site" over "Spring Walk",
#: ``masthead._dated_title``) has at least this many words: a name of two words is as often a menu item or the site's
#: own name. Set by hand (session 36) on the blind batch cb4's event and obituary pages (three words each).
DATED_TITLE_MIN_WORDS = 3
#: "RIO DE JANEIRO, BRAZIL": a place with its country in capitals runs to four words; a capitals
#: line with a comma that is longer is a headline ("FLOODS, THEN FIRE: A VALLEY COUNTS ITS LOSSES").
DATELINE_PLACE_MAX_WORDS = 4
#: Credits at the top (datelines, "Posted by") are looked for in this many non-blank raw lines:
#: above the lead stand at most a headline, a standfirst, a byline, stamps and a caption.
OUTLET_HEAD_LINES = 8
#: "Source: X" and wire credits close an article; after them come the page's footer lines:
#: prompts, notices, a link list (ten lines on the invented test page; more is rare after text
#: extraction, and a "Source:" line higher up is a chart's or a quote's source).
OUTLET_TAIL_LINES = 15
#: The credit in a dateline's brackets names an agency in one to four words ("Veloria News
#: Agency"); a longer bracket is an aside.
CREDIT_MAX_WORDS = 4
#: The place (and date) before a dateline credit: "TESSEL, Veloria, Sept. 5, 2022" has six words.
DATELINE_PREFIX_MAX_WORDS = 8
#: An outlet named after "Source:" or "Posted by" is at most this long ("The Valley Evening
#: Star of Marrowgate" has six words); longer is a sentence.
OUTLET_NAME_MAX_WORDS = 6

#: Paragraphs belong to one run when at most this many lines stand between them (a caption, an
#: ad label, a subheading): the article's main run is the run with the most words; prose outside
#: it is read for site notices, lines after it by the tail rule. Chosen on the clean-dev text tune
#: part (512 strings, 90 pages) with the other rules in place: 0 lines 0.891, 1 line 0.897, 2 lines
#: 0.897, 3 lines 0.885 (not counting hard debris as a gap: 0 0.893, 1 0.898, 2 0.887, but a share
#: row and a "Related" label would then join an author's bio to the article); dev/crises-2023 tune
#: (31 strings) 0.903 at every value. 1 splits at a share row and a label, not at one ad label.
#: Session 11: the debris a page prints inside an article (section rules, captions, credits, ad labels,
#: "Also read: ..." links; runs._INLINE_DEBRIS) is no gap at all, so such lines stacked two deep do
#: not split it (clean-dev text tune unchanged at 0.965; 16 more article lines of quotes-dev and dates-dev
#: tune news kept once wrapped in invented page debris).
MAIN_GAP_MAX_UNITS = 1
#: An author's bio is a short paragraph ("Jane Roe is a reporter at ..." in one to three sentences);
#: a bound set by hand, not tuned: longer prose under a name is the article itself.
BIO_MAX_WORDS = 80
#: A site's notice, pitch or bio is a short paragraph; a line longer than a bio that holds a notice's words is
#: prose, or a whole article pasted on one line with its author's "Follow her on Twitter" at the end (quotes-dev
#: run on one line: 2 of 83 articles were dropped whole). The bio's bound, set by hand as it was.
NOTICE_UNIT_MAX_WORDS = BIO_MAX_WORDS
#: An agency photo caption ("FILE - In this 2019 photo, ...") runs to two or three sentences;
#: a bound set by hand, not tuned.
CAPTION_MAX_WORDS = 60
#: A run of paragraphs apart from the main run, with under this share of its words, is a teaser,
#: a pitch or a bio (outside HTML). Chosen on the clean-dev text tune part (512 strings): 0 (off)
#: 0.846, 0.05 0.846, 0.08 0.846, 0.10 0.857, 0.13 0.857, 0.16 0.846, 0.2 0.838, 0.35 0.801;
#: dev/crises-2023 unchanged at every value.
SIDE_RUN_MIN_SHARE = 0.1
#: A run of paragraphs before the main run is the article's standfirst or introduction (split
#: from it by a share row or a byline), not a teaser, when this share of its content words occurs
#: in the main run. Chosen on the clean-dev text tune part (512 strings, 90 pages): 0.3-0.4 0.910,
#: 0.5 0.908, 0.6 0.904, off 0.900; applied to runs after the main run as well (related stories
#: share its words) it costs 0.002 at 0.4. The side runs with gold strings there: standfirsts at
#: 0.43-1.0, notices and bios at 0.0-0.29.
STANDFIRST_MIN_OVERLAP = 0.4
#: A run of paragraphs apart from the article with at least this share of its words in site
#: notices is the site's house rules or pitch: its other sentences go with the notices. Chosen on
#: the clean-dev text tune part (512 strings): 0.3 0.914, 0.4-0.5 0.916, 0.6 0.910, off 0.910
#: (with the standfirst rule in place); a majority of the words is the natural bound in the plateau.
NOTICE_RUN_MIN_SHARE = 0.5
#: Lines above the first paragraph that are neither debris nor about the article (menu items,
#: section names) after which a head line is cut off from the lead. Chosen on the clean-dev text
#: tune part (512 strings): 0 0.940, 1 0.938, 2-3 0.936, 5 0.938 (no block: 0.938); against
#: trafilatura's HTML output on the same pages as a dense silver label, head lines kept outside it
#: fell from 472 to about 100 while head lines dropped that it holds rose from 29 to 94.
HEAD_BLOCK_MAX_MISSES = 0
#: The most words a head line right above a list of figures may hold and still be the list's lead-in ("Injured by
#: hospital", "Deaths by district"): chosen on the invented press notes of corpus_n and the stress lists (at most
#: four words), one more for slack; a longer plain line there is a heading of the page.
LIST_LEAD_IN_MAX_WORDS = 5
#: How many protected data lines ending on a figure must follow a lead-in: two, so one dateline or stamp line
#: under a short head line does not make it a lead-in.
LIST_LEAD_IN_MIN_ITEMS = 2
#: Short plain head lines (NAV_ROW_MAX_WORDS words or fewer, no sentence) standing this many in a row, with
#: only debris between them, are a menu's column even when each shares the article's words ("Plant Care",
#: "Growing Tips"): a headline has a kicker or a section above it, not three. Set on a hand-judged sample of
#: 25 clean-dev text tune pages (seed 1311): 4 of them kept 3-4 such menu items each as head lines about the
#: article; no head line of the 96 tune pages kept by that rule stands in such a column and is content.
MENU_COLUMN_MIN_ITEMS = 3
#: Lines starting with a quantity and a lower-case word ("2 tbsp honey") are a list of data when at
#: least this many stand in a row; two are as often a pair of stray counts ("12 comments"). On the
#: clean-dev text tune part (512 strings) 2-5 all give 0.9609 (off 0.9570, the strings of one recipe
#: page; the other lists it keeps are ingredients and a breakdown of figures without gold strings):
#: 3 is the smallest value that skips a pair of stray counts.
QUANTITY_LIST_MIN_ITEMS = 3
#: A run of at least QUANTITY_LIST_MIN_ITEMS pasted table rows (tab-separated cells) is data when this
#: many of its rows hold a label and a figure ("Tessel  1,240  14"); a calendar's rows are figures only,
#: a menu laid out as a table has none. Set by hand from the invented stress pages; clean-dev text tune
#: is unchanged by the rule (0.9629).
TABLE_MIN_DATA_ROWS = 2
#: A notice phrase ("sign up", "advertising") in at least this many paragraphs of one page is what the
#: page is about, not the site's notice: a notice stands once, or twice with a repeated footer. Chosen
#: on the clean-dev text tune part (512 strings): 2 0.9473 (repeated notices kept), 3 0.9590, 4-6
#: 0.9570, off 0.9551; 3 in every fold of tests/clean_threshold_cv.py (leave-pages-out 0.9590).
NOTICE_TOPIC_MIN_LINES = 3
#: Lines share a template ("X vs. Y: How Do They Compare?") when their first or last this many words
#: are the same; three words make a template, two are as often a shared name ("the council said").
TEMPLATE_MIN_WORDS = 3
#: A kept line with at least this many dropped lines of its template ...
TEMPLATE_MIN_ITEMS = 2
#: ... within this many lines of it is one more item of their list. On the clean-dev text tune part
#: (512 strings) the rule gains one string (0.9590 -> 0.9609) and changes two lines in all, both link
#: titles: TEMPLATE_MIN_WORDS 2-4 all 0.9609, TEMPLATE_WINDOW 1-2 0.9590, 4-6 0.9609 (4 in every fold
#: of tests/clean_threshold_cv.py); a gain from one page, so the bounds are kept tight.
TEMPLATE_WINDOW = 4
#: The most lines of an ad slot ("Advertisement" / "Scroll to continue with content") a paste may set inside one
#: sentence: the part above the slot is the sentence's start when the line under the slot goes on in lower case, not
#: a headline between paragraphs. Set by hand from invented probes of session 36 (slots of 1 and 2 lines).
SLOT_MAX_LINES = 3
#: A form's box (a newsletter sign-up) has a name and a pitch above its input and buttons: at most this
#: many subheadings above at least FORM_MIN_WIDGETS dropped widget lines in a row are the box's.
#: Both set by hand from the invented stress pages (a share row under a subheading is one line, an
#: input and its button two).
FORM_MAX_HEADS = 2
FORM_MIN_WIDGETS = 2
#: An affiliate disclosure names the money and the purchase or link close together ("we may receive
#: payment from retailers when you make a purchase": 49 characters from "payment" to "purchase"); set by
#: hand from the invented stress pages so that a long sentence naming a fee and, far from it, a shop is
#: not read as one. A disclosure is a short line too: NOTICE_MAX_WORDS bounds it.
AFFILIATE_SPAN_CHARS = 80
#: A block of short lines between the article's paragraphs is a list the article gives (its steps, its
#: names, its items) when this share of its content words occurs in the article's paragraphs (or a colon
#: announces it); a side column's links are about other things.
LIST_MIN_OVERLAP = 0.2
#: ... and a block of at least this many lines under widget debris that is about other things is that
#: widget's links, the last line above the paragraph included; two lines are as often a recipe card's
#: last field and the label of its ingredients. Set by hand from the invented stress pages.
LIST_MIN_ITEMS = 3
#: A teaser card's blurb under its headline in a link list is one sentence of at most this many words;
#: set by hand (the invented stress pages' blurbs run to 12), a longer paragraph ends the list.
BLURB_MAX_WORDS = 25
#: Teaser cards (a headline and its one-sentence blurb) outside the article are a front page's column
#: when at least this many pairs stand in a row; one pair is as often a standfirst under the headline.
#: Set by hand from the invented stress pages.
TEASER_CARDS_MIN = 2
#: A related-story column's item cut off with an ellipsis ("Storm shuts the quay as…") is one headline and
#: the first words of its blurb: at most this many words. Set by hand: the invented stress pages (batch K)
#: run to 17, the clean-dev tune pages' columns seen (2 pages) were shorter; a longer line is prose.
ELLIPSIS_ITEM_MAX_WORDS = 25
#: At least this many such items in a row (times between them allowed), with a line that is no prose on one
#: side at least, make a column; one alone is a paragraph trailing off (fiction, a how-to's step).
ELLIPSIS_COLUMN_MIN = 2

#: A pull quote is one display line (at most this many words) of a quote some paragraph within
#: ``PULL_QUOTE_WINDOW`` lines of it says at more length, sharing at least ``PULL_QUOTE_MIN_SHARE`` of
#: its words of three letters or more (and at least ``PULL_QUOTE_MIN_STEMS`` of them: "“No.”" is no pull
#: quote). Set by hand on the three invented stress pages with pull quotes (stress_pages.txt), not tuned.
PULL_QUOTE_MAX_WORDS = 30
PULL_QUOTE_WINDOW = 2
PULL_QUOTE_MIN_SHARE = 0.8
PULL_QUOTE_MIN_STEMS = 4
#: A side column's link is a headline of at least this many words; an article's short list items (names,
#: "Bottled water") are fewer. Set by hand on the invented stress pages (one side-link block, two kept
#: lists), not tuned.
SIDE_LINK_MIN_WORDS = 4
#: A side column's links are about other things: at most this share of a block's lines shares a content
#: word with the article (a story's own list of closed roads shares "road" in every line). Set by hand on
#: the invented stress pages, not tuned.
SIDE_LINK_MAX_SHARED = 1 / 3
#: A rating widget's line is short ("★★★★★ 4.8 from 37 votes": 5 words); a review's sentence that gives
#: stars is longer. Set on the session 10 batch D recipe card (1 case), with room for "Rated 4.5 out of 5
#: by 120 readers" (8 words).
RATING_MAX_WORDS = 10
#: A forum post's member card above its profile line ("Posts: 214"): a user name and a rank, at most
#: three lines of at most three words ("Well-known member"). Set on session 10 batch D's forum pages
#: (text and HTML: 2 cards of 2 lines each).
MEMBER_CARD_MAX_LINES = 3
MEMBER_CARD_MAX_WORDS = 3
#: An "About X" box closing a page holds one or two paragraphs (session 10 batches D-F: 5 boxes of one
#: paragraph each, text and HTML); more paragraphs under the head are a section of the article.
ABOUT_BOX_MAX_PARAGRAPHS = 2
#: A contents box lists at least this many numbered sections; set by hand (creview12) from one clean-dev tune
#: wiki page (9 items) and the invented batch R (4 and 5 items): two numbered lines under "Contents" can be a
#: short list of the article's own, so three is the least a box is read from.
CONTENTS_MIN_ITEMS = 3
#: Another story printed inside the article (``sections._embedded_articles``): its headline has at least this many
#: words, and the article has at least this many paragraphs above it and below it. Set by hand (creview12) from one
#: clean-dev tune page (a headline of ten words over "By ... for <site>", eleven paragraphs, an ad label, the article
#: again) and the invented batch R2 (3 pages): a short subheading over a byline is a section's own author line, and
#: the article goes on on both sides of an embed.
EMBED_MIN_HEADLINE_WORDS = 5
EMBED_MIN_PARAGRAPHS_AROUND = 2
#: A list of cards (``sections._card_lists``): a source line of at most this many words printed under at least this
#: many titles in a row. Set by hand (creview12) from one clean-dev tune page (a video playlist of 14 titles, each
#: over the channel's two-word name) and the invented batch R3: two cards can be a pair of an article's subheadings
#: that share a credit line.
CARD_SOURCE_MAX_WORDS = 4
CARD_LIST_MIN_ITEMS = 3
#: An extractor's body is a program's page (its code lines are content: ``runs.program_lines``) when it gives at
#: least this many lines of code. Set by hand (creview12) from the clean-dev tune part's HTML bodies: a Python
#: tutorial gives 40 such lines, and other pages give none or a script leaked into the body (read as a menu, which
#: stays dropped); the invented code tutorial of stress_html gives 9.
PROGRAM_PAGE_MIN_LINES = 5
#: A label or a teaser's headline printed twice on one line (``features._printed_twice``) has halves of at most this
#: many words (a headline's length, as TITLE_MAX_WORDS). Set by hand (creview12) from the clean-dev text tune part:
#: 18 such lines of halves of 1 to 3 words on 5 pages (buttons, user names, site names, a date), and 9 teaser
#: headlines printed twice on a page's side column (halves of 9 to 16 words); no page prints its own text so.
DOUBLED_MAX_WORDS = 30
#: A standfirst's point printed behind a bullet under the headline (``masthead.headline_decks``) has at least this
#: many words. Set by hand (creview12) on the invented batch R5 (points of 6 to 11 words; a bulleted menu's items
#: have one to three).
DECK_MIN_WORDS = 5
#: A byline printed over several lines has at most this many name, role, handle or credit lines under
#: its "By" (names joined by "and" count one each); set by hand from the clean-dev tune pages read in
#: session 12 (9 pages: chains of 1 to 3 lines) and the invented batch J.
BYLINE_MAX_PARTS = 3
#: A page with this many live-update heads ("18:12Name") over an entry of their own is a live blog, whose
#: entries are content wherever they stand. Three: creview4's batch M pages have four to six, and a timed
#: teaser column's headlines are no heads; one clean-dev tune live blog has twenty-six.
LIVE_MIN_HEADS = 3
#: A letters page signs each letter alike; this many letters signed alike between paragraphs make the same lines under
#: the last paragraph its signature (``bylines._letter_signatures``). Two: set by hand (creview14) on the invented
#: letters pages (three letters each); one signed paragraph is as often a subheading over a section of one paragraph.
LETTERS_MIN_SIGNED = 2
#: A timeline's years on lines of their own over the paragraphs they date (``bylines._timeline_years``): at least this
#: many, as for a live blog's heads (``LIVE_MIN_HEADS``); a page's stamps above the headline and at its foot are two.
#: Set by hand (creview14) on the invented timeline page of batch T2 (four years).
TIMELINE_MIN_HEADS = 3
#: A log's day headings ("Monday, April 6") over the entries of each day (``bylines._log_days``): at least this many,
#: as for a timeline's years (``TIMELINE_MIN_HEADS``); a page's stamps above the lead and at its foot are two. Set by
#: hand (session 36) on the blind batch cb4's police log (three days) and the invented logs of test_batch_cb4.
LOG_MIN_DAYS = 3
#: A heading after the article kept over the closing line under it (``bylines._closing_heads``) has at most this many
#: words: "Verdict", "Our view", "The bottom line"; a teaser's headline over its blurb has more. Set by hand (session
#: 36) on the blind batch cb4's film review and the invented reviews of test_batch_cb4.
CLOSING_HEAD_MAX_WORDS = 3
#: An interview printed with its speakers' names on lines of their own has at least this many speakers, each labelled
#: at least this many times (``bylines._speaker_turns``); a page's "Note:" or "Update:" label stands once. Set by hand
#: (creview14) on the invented interview page of batch T3 (two speakers, two turns each).
INTERVIEW_MIN_SPEAKERS = 2
#: A page whose longest run of paragraphs has fewer words than this is mostly short lines (a contact page, an event
#: listing, a timetable): the lines right above its first paragraph are read as its content (``classify._thin_block``).
#: Set by hand (creview16) on the invented stress batch V3: its contact page and event listing have 15 and 18 words
#: of prose; the news and how-to pages of the stress set have 40 or more in their main run.
THIN_PROSE_MAX_WORDS = 40
#: ... when they stand as a block of at least this many lines under the title: a single tagline or menu item ("From
#: the free encyclopedia", "Unanswered") under the title of a short page is no content block. Set by hand on the
#: stress set (creview16): the contact block has 7 lines, the stress pages' stray head lines one or two.
THIN_BLOCK_MIN_LINES = 3
#: A key-figures box prints each figure on a line of its own over its label in lower case ("18,300" / "people in
#: shelters"): at least this many such pairs in a row are the page's data (``figure_lists.figure_cards``); one pair
#: is as often a share count over a prompt. Set by hand (session 32, cblind) on the invented stress batch W: its
#: NGO update has three pairs.
FIGURE_CARD_MIN_PAIRS = 2
#: A card's label is at most this many words ("people in evacuation sites"): a sentence under a figure is prose.
#: Set by hand with the above (batch W's labels have 3-4 words; 8 leaves room for longer labels).
FIGURE_CARD_LABEL_MAX_WORDS = 8
#: Lines of a label, a colon, words and a figure ("North: Jane Roe 58.1%") standing at least this many in a row are a
#: results list (``figure_lists.labelled_rows``); as ``QUANTITY_LIST_MIN_ITEMS``, three skip a pair of stray lines.
LABELLED_ROWS_MIN_ITEMS = 3
#: Staff rows ("Jane Roe — Head joiner") in a row make a staff list (``figure_lists.labelled_rows``) at this many, as
#: labelled result rows do; two name-dash-words lines are as often two teasers credited to their authors. Set by hand
#: (session 36) on the blind batch cb4's company page (three rows) and the invented lists of test_batch_cb4.
STAFF_ROWS_MIN_ITEMS = 3
#: Field rows ("Director: Jane Roe", "Running time: 118 minutes") in a row make a block of the page's details
#: (``figure_lists.labelled_rows``) at this many, as labelled result rows do; a lone "Note:" or "Update:" line, or a
#: label over its value, is two lines at most. Set by hand (session 36) on the blind batch cb4's film review (four
#: credits) and the invented blocks of test_batch_cb4.
FIELD_ROWS_MIN_ITEMS = 3
#: A live entry's author printed on a line of its own after the entry, above the next entry's age ("Jane Roe" /
#: "2h ago"), has at most this many words (``bylines._entry_author``); set by hand (session 32) on the invented
#: stress batch W (two-word names), three allowing a middle name or a particle ("Ana de Sousa").
ENTRY_AUTHOR_MAX_WORDS = 3
#: A byline's name over the page's first date stamp stands under the headline and its standfirst: at most this
#: many kept lines above it (``bylines._head_signature``); set by hand (session 33) on the invented stress batch X
#: (two pages: headline and standfirst); a name deeper in the page is a subheading over a dated section.
HEAD_KEPT_MAX_LINES = 2
#: Hard-wrapped bodies (``wrapping.wrap_width``): the width is the length this share of the body's lines reach (its
#: 80th percentile, as the PDF reader reads a page's width), between these bounds: nobody wraps prose under 40
#: columns, and 132 is the widest terminal and line-printer width; a paragraph written on one line is longer.
WRAP_WIDTH_PERCENTILE = 0.8
WRAP_WIDTH_MIN = 40
WRAP_WIDTH_MAX = 132
#: ... at most this share of lines (or this many: a title, a URL) may pass the width by a tenth; a body written a
#: paragraph per line has a fifth of its lines beyond its 80th percentile, most by far more.
WRAP_OVERFLOW = 1.1
WRAP_MAX_OVERFLOW_SHARE = 0.05
WRAP_MAX_OVERFLOW_LINES = 2
#: ... a line at least this share of the width is full (it ran into the width, so the paragraph goes on): wrapping at
#: a word boundary leaves a line short of the width by at most its next word, under a quarter of 40 columns.
WRAP_FULL_SHARE = 0.75
#: ... and at least this many full lines run on into the next line without closing a sentence, this share of them
#: before a word in lower case (about three words in four of news prose are; each line of a list of headlines starts
#: with a capital). Chosen (session 32) on the 763 plain texts of ../shared/eval, tests/fixtures and examples/: it
#: fires on one, a clean-dev tune page that is hard-wrapped indeed; and on the 733 of them of 600 characters or more
#: wrapped at 60, 72 and 80 columns, it finds 695 at each width (the rest are pages made mostly of short lines).
WRAP_MIN_RUNS = 3
WRAP_MIN_LOWER_SHARE = 0.4

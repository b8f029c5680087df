"""Whole invented pages as a person pastes them (stress_pages.txt): the cleaner against keep/drop gold.

Each page mixes the layouts issue 10 lists (navigation rows, captions and credits, teasers, share
rows, comment prompts, cookie notices, live-update times, a closing agency credit) with page kinds
that are not news (recipe, how-to, forum, Q&A, docs, wiki, review, fiction, government and NGO pages,
press releases, product and event pages). The score is the share of
gold strings right, as score.py's cleaning row counts it: a keep string present, a drop string absent.

    python tests/stages/clean/test_stress_pages.py     # prints the score and every miss
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from groundwatch.records import Article
from groundwatch.stages.clean import clean

PAGES = Path(__file__).with_name("stress_pages.txt")

#: The share of gold strings the cleaner must get right on the invented pages: 0.904 when the first
#: 25 pages were written, 0.990 (3 misses of 300 strings on 31 pages: forum post counts read as data
#: rows, a Q&A view count) after the general fixes they prompted; a drop below this is a regression.
#: Session 8 added 15 pages in layouts the set lacked (side columns, teaser cards, footer link columns,
#: breadcrumbs, bio boxes, reworded affiliate lines, lists inside the article, a headline printed twice):
#: 0.967-0.968 before the fixes they prompted, 0.991 after; then 5 more (a front page's teaser column
#: above the story, a press release's contacts, a correction line, readers' names under the comments
#: head, a numbered related list): 0.980 before, 0.992 after (4 misses, all from the first batch).
#: Session 9 added 16 pages (teasers with "2h ago" times, a numbered most-read list inside the article, a
#: bio before a newsletter box, galleries, share bars, bylines with roles, an editor's note, live entries
#: with headlines, a reworded pull quote, spaced and piped tables, question sub-headings, agency credits):
#: 0.959 before the fixes they prompted (7 misses of 171 strings), 1.000 after; then 8 more written after
#: those fixes (unlabeled side teasers and link lists above, between and below the article, an article's
#: own list): 0.708 before (21 misses of 72 strings), 0.890 after (8 misses: two teaser cards between the
#: article's paragraphs, read as its subheadings; one lone teaser card after a photo credit; a prize-draw
#: promo between paragraphs); then 5 more written after all of those fixes, as a check in other wording:
#: 0.978 (1 miss of 45: a pull quote of short words, which the jusText stoplist left two content words),
#: 1.000 after the pull-quote rule counted all its words. The whole set: 0.987 (10 misses of 792 strings).
#: Session 10 batch D (14 pages: blog and magazine furniture, "Posted by ... | 5 Comments", tag clouds,
#: monthly archives, neighbour posts, author boxes, government and NGO pages, a forum thread, a recipe card,
#: a press release, menus one item a line, icon-font glyphs, numbered pagination, table cells one a line):
#: 0.917 before the fixes they prompted (21 misses of 252), 1.000 after; then batch E (12 pages written after
#: those fixes: a comment form, related posts, Q&A furniture, docs, a wiki, a product, an event, legal footer
#: sentences, form fields, a search sidebar, an author archive, a podcast player, a consultation page):
#: 0.903 before (17 misses of 175), 0.994 after (1 miss: a Q&A's sort option "Highest score (default)").
#: Then batch F (10 pages written after D's and E's fixes, the same classes in other wording and a contents
#: list, pingbacks, an old forum's post headers): 0.946 before (6 misses of 111), 0.991 after (1 miss: a
#: contents list's first item printed again as the first subheading, read as head furniture).
#: Then batch G (8 news pages written after F's fixes: capitals bylines with "AND", tip lines and call-outs,
#: a newsletter pitch above a "Related" label, a summary box): 0.905 before (6 misses of 63), 0.984 after
#: (1 miss: a summary box's bullet that shares the article's words, kept as a head line about it).
#: The whole set: 0.992 (11 misses of 1393 strings).
#: Session 11 batch H (8 news pages "s11-*", patterns found by wrapping the clean tune news of quotes-dev and
#: dates-dev in invented page debris: debris two or three lines deep between paragraphs, live-update times
#: after section rules, one-line reports between ad labels, reported speech naming a newsletter, reading-time,
#: breadcrumb and glued navigation lines): 0.854 before the fixes they prompted (14 misses of 96), 0.948
#: after (5 misses: a bare site name above a headline that ends in a full stop, read as the title, four
#: times; a caption sentence above its "Photo:" credit line). Then one page written after those fixes (past
#: tenses without an auxiliary between ad labels): 0.833 (2 misses of 12), 0.917 after (1 miss: a present
#: tense, "The service expects ...", above a newsletter box, read as its pitch). Then two pages whose head
#: widgets (reading time, "Listen to this story", a breadcrumb with arrows, section names pasted without
#: separators) stand above a headline that ends in a full stop: 0.920 (2 misses of 25), 1.000 after. Then
#: two pages with reader tools, a weather box, a menu in another script above a story without a headline,
#: and an embedded post's furniture between paragraphs: 0.900 (2 misses of 20), 1.000 after. A present
#: tense before its object ("expects to") now reads as a report too, fixing batch H2's last miss. Then one
#: page with a standfirst cut short above a caption printed twice and the lead that reprints it whole
#: (the caption rows no longer part it from the article): 0.875 (1 miss of 8), 1.000 after. Then one page
#: with a media player's lines stacked between paragraphs: 0.923 (1 miss of 13), 1.000 after. The whole
#: set: 0.990 (16 misses of 1555 strings); batch H with its follow-ups: 0.975 (4 misses of 163).
#: Batch I (5 pages "s11-tight-*", from clean-dev's tune pages rendered without blank lines, as a plain
#: text box pastes them: teaser headlines between paragraphs beside an ad label or alone): 0.907 before
#: (5 misses of 54), 0.944 after (3 misses: two teasers in a row, read as a two-item list as in a
#: blank-line paste, one of them sharing a word with the next paragraph; a how-to's "Download ... your
#: home folder." step read as a call to action). The whole set: 0.989 (18 misses of 1610 strings).
#: Session 12 batch J (10 pages "s12-*", classes found by reading the cleaner's verdicts on clean-dev tune
#: lines no gold covers: bylines printed over several lines between the standfirst and the lead, "by:" and
#: glued "ByName" bylines, two related headlines in a row between paragraphs, a "contributed reporting"
#: credit, and two controls: a list of names announced by a colon, a capitalised subheading): 0.854 before
#: (14 misses of 96), 0.969 after (3 misses: a standfirst cut off from the lead by the byline lines under
#: it, read as head furniture; two related headlines tagged with their outlet, the first too light in
#: stopwords to be read as a headline, so the pair stays). The whole set: 0.988 (21 misses of 1706).
#: Batch J2 (2 pages: a newsletter sign-up line in the third person between paragraphs, two clean-dev tune
#: pages; controls opening with "Register" and "Residents can register"): 0.800 before (3 misses of 15),
#: 1.000 after. The whole set: 0.988 (21 misses of 1721).
#: Batch K (creview3, 7 pages "s12k-*": related-story columns whose items are cut off with an ellipsis, after,
#: inside and above the article, one over a site menu, one with item times; controls: fiction and a how-to
#: whose real lines trail off with an ellipsis): 0.784 before (16 misses of 74), 0.986 after (1 miss: the
#: fiction page's "Chapter Four" read as head furniture, not an ellipsis case). The whole set: 0.988 (22
#: misses of 1795).
#: Batch K2 (3 pages: a standfirst cut off from the lead by a byline over several lines, name / role / date
#: and "By" / name / "and" / name; a control menu above a headline), with batch J's role-and-handle page:
#: 0.949 before (2 misses of 39), 0.974 after (1 miss: a masthead that shares the town's name with the
#: article taken as the title). The whole set: 0.988 (22 misses of 1822).
#: Batches L and L2 (creview4, 13 pages "s13-*", from clean-dev tune pages' head lines: a section bar or
#: breadcrumb ending in the post's date, a site tagline or a masthead sharing the article's words above the
#: headline, the page's <title> line "Headline | Site" read as a masthead while a menu item became the title,
#: a name / role signature between a standfirst and the lead; controls: a kicker of the article's words, a
#: standfirst printed above the headline, a masthead printed twice): 0.919 before (10 misses of 123), 1.000
#: after. The whole set: 0.990 (20 misses of 1945).
#: Batch M (creview4, 4 pages: a live blog's entries under "time + author" heads, glued "18:12Name" or the time
#: over the name, share rows between entries, one-paragraph entries before and after the longest; "Latest"
#: columns whose headlines open with a time after the article): 0.837 before (15 misses of 92), 0.989 after
#: (1 miss: a live page's standfirst opening with "Follow the latest", read as a call to action). The whole
#: set: 0.990 (21 misses of 2037).
#: Batch N (creview4, 2 pages: "Image credit: ..." / "Picture credits: ..." label lines between the standfirst
#: and the lead and between paragraphs; a control sentence about photo credits): 0.813 (3 misses of 16: two
#: credit lines kept, and a standfirst cut off from the lead by one). Its fix (those labels as photo credits,
#: hard debris) reached 1.000 but was reverted: it lowered crises-2023-no-manifest's held-out dates from 0.947
#: to 0.816 in the eval gate, so the class needs a narrower rule.
#: Batch O (creview5, 16 pages "s14-*", classes found on crises-2023 / karabakh-2023 tune pages: a photo caption
#: written as a plain sentence between the headline or standfirst and the lead, bare, dated, as a participle, or
#: with a credit glued to it (in brackets, or "By" and a name in capitals), once or twice; embedded-video titles
#: between paragraphs; a headline's second deck opening with an ellipsis; a live page's "Follow the latest ..."
#: standfirst; an image-credit label line of only the label and a name; controls: a feature lead describing a
#: scene, short real paragraphs, a sentence about image credits, an event page whose first paragraphs end on a full
#: date, sentences opening "By next spring" / "By 2026"): 0.898 before any fix (13 misses of 128), 0.961 after
#: (5 misses: a caption dated without a year, a participle caption without a full stop, three video titles read
#: as one-sentence paragraphs). Its fixes also mend batch N and M's last misses (the label + name lines, the
#: "Follow the latest" standfirst). The whole set: 0.9885 (25 misses of 2181).
#: Batch P (creview10, 4 pages "s15-*", from clean-dev tune misses and the HTML batch F: a nutrition panel glued into
#: one line after a recipe, a spaced row of labelled figures in a report's tail, how-to sentences opening "Follow
#: these steps" / "Follow the instructions", a story's app and sign-up sentences beside an app pitch, an advert in
#: look-alike letters, a page's date fields): 0.879 before (4 misses of 33), 1.000 after. The whole set: 0.9887
#: (25 misses of 2214, the same 25 as before). Then one page from the hand-judged clean-dev tune sample (a
#: broadcaster's "Image copyright X" / "Image caption X" labels without a colon, a paywall's "log in to check
#: access" line; control: a sentence about logging in to a booking page): 0.667 (3 misses of 9), 1.000 after.
#: The whole set: 0.9888 (25 misses of 2223). Then s15-pitch-above-menu (an ad's one-line pitch above the site's
#: menu, a byline name and a count under the headline): 0.800 (3 misses of 15), 1.000 after the head was made to
#: end at the first paragraph that stays. The whole set: 0.9888 (25 misses of 2238, the same 25 as before batch P).
#: Batch Q (creview11, 4 pages "s16-*", from a hand-judged sample of clean-dev tune pages, seed 1311: a menu's
#: short items that share the article's words kept as head lines about it, printed twice or under a widget label;
#: corporate links above a standfirst; a kicker as control): 0.824 before (9 misses of 51), 1.000 after (a column
#: of three or more short head lines is a menu). The whole set: 0.9891 (25 misses of 2290, the same 25 as before).
#: Batch Q2 (2 pages: a cookie and privacy policy page whose own paragraphs speak of cookies and data sales, with a
#: banner under its footer; a news page's cookie banner as control): 0.600 before (8 misses of 20: the policy's
#: paragraphs read as cookie notices, its title as a notice link), 1.000 after. The whole set: 0.9892 (25 of 2310).
#: Batch Q3 (1 page: a "latest" column whose headlines carry a date and time glued to their end, after and between
#: the article's paragraphs; controls: sentences ending on "at 12:40 pm" and "on March 1, 2026 at 9:15 am"): 0.727
#: before (3 misses of 11), 1.000 after. The whole set: 0.9892 (25 misses of 2321, the same 25).
#: Batch Q4 (1 page: a comment thread whose headers are "user 14 March 2026 09:12", read as "label: figure" data rows
#: by the time's colon; control: a spec row "Battery: 4,500"): 0.727 before (3 misses of 11), 1.000 after. The whole
#: set: 0.9893 (25 misses of 2332, the same 25).
#: Batch Q5 (1 page: a "Related stories" box of three headlines, one a block, between the article's paragraphs;
#: control: a three-word subheading): 0.727 before (3 misses of 11), 1.000 after. The whole set: 0.9893 (25 misses
#: of 2343, the same 25).
#: Batch Q6 (1 page: a tutorial whose prompt lines, "..." continuations and bare-number output parted its prose into
#: runs, so a short prose line between two outputs went as prose apart from the article): 0.923 before (1 miss of
#: 13), 1.000 after (output lines under code or under a paragraph ending in a colon are code for the runs). The
#: whole set: 0.9894 (25 misses of 2356, the same 25).
#: Batch Q7 (1 page: page stamps whose cue is followed by a clock time or a day number before the date, one between
#: a standfirst and the lead; control: a sentence opening "Updated figures"): 0.875 before (1 miss of 8), 1.000
#: after. The whole set: 0.9894 (25 misses of 2364, the same 25).
#: Batch R (creview12, 9 pages "s17-*": an email newsletter, a press-release wire page, a government notice, a forum
#: board, an AMP page, a print view, a wiki's contents box (one a line and glued), a buying guide's shop buttons):
#: 0.870 before (14 misses of 108), 0.981 after (2 misses: the forum's board name, which shares a word with the
#: post, read as the title and the thread's title as head furniture). R2 (3 pages: another story printed inside
#: the article; controls: a live page's entries with bylines, a closing analysis with its own): 0.897 -> 1.000. R3
#: (2 pages: a portal's video playlist, each title over the channel's name, links under "More on <topic>:" behind
#: the box's pitch; control: books with their publishers in brackets): 0.656 -> 1.000. R4 (2 pages: labels printed
#: twice on one line; control: places whose names repeat a word): 0.933 -> 1.000; a side column's teasers printed twice
#: (1 page, 7 strings): 0.714 -> 1.000. R5 (2 pages: a standfirst's
#: points under the headline, with and without bullets): 0.842 -> 0.895 (the points without bullets stay open).
#: R6 (2 pages: a blog's "date by Name N Comments" line, a byline behind a rule of dashes, "click here" inside a
#: short prompt; control: a how-to step naming where to click): 0.769 -> 1.000.
#: The whole set: 0.9888 (29 misses of 2587: the 25 before batch R and 4 of it).
#: Batch S (creview13, 22 pages "s18-*": a FAQ repeating an answer, an NGO situation update with key figures, a
#: standfirst without bullets over "By" / a role in lower case, a live blog stamped "2.15pm", a forum whose board name
#: heads a breadcrumb down to the thread, an obituary's sidebar, a recipe card inside a story, cookie walls in German,
#: French and Spanish, a print view's link footnotes, an AMP page, a government release's "From:" field and feedback
#: form, Q&A "Related questions", a translated article, a wire story's tail; 6 controls: a breadcrumb's section
#: printed as a kicker, a masthead sharing the story's words over a breadcrumb, sentences about baked cookies, a
#: subheading ending on "reporter", a subheading over an ad label, question subheadings): 0.940 before (13 misses of
#: 216), 1.000 after. The whole set: 0.9897 (29 misses of 2803, the same 29 as before).
#: S2 (creview13, 2 pages: a standfirst line without bullets or full stop between the headline and a date stamp; a
#: Title Case headline over a breadcrumb, as a control for the breadcrumb rules): 0.933 before (1 miss of 15), 1.000
#: after, the fix (plain points right under the headline and right above the byline or date are a deck) also
#: mending batch R5's open page; a board's "4 posts • Page 1 of 1" pager as page tool mends batch R's forum board.
#: The whole set: 0.9911 (25 misses of 2818: the 29 before less R's two and R5's two).
#: S3 (creview13, 6 pages written after S and S2's fixes: live stamps with a zone and a "Key event" label, a letters
#: page's signatures, a release's "ENDS" over numbered notes to editors, a wire story's "Writing by" tail, a family
#: notice under a two-part breadcrumb, a print view's "This page was printed from ..." footer): 0.837 before (8 misses
#: of 49), 0.980 after (1 miss: the last letter's signature, read as tail furniture). The whole set: 0.9909 (26 misses
#: of 2867).
#: Batch T (creview14, 6 pages: letters signed on one line or two or behind a dash, whose last signature stood in the
#: tail; a timeline's years on lines of their own, read as stamps; controls: "Letters to the editor" under a byline,
#: read as a role line, an article's bullets under "The plan includes:", read as teaser cards, a roundup's town
#: subheadings over a footer's site name): 0.764 before (13 misses of 55), 0.982 after (1 miss: a letters page's rule,
#: "Letters may be shortened.", kept as a closing line). S3's last signature is mended too, and its "ENDS" line, which
#: only the role line's misreading of "Notes to editors" took, goes as a release's end mark. The whole set: 0.9911 (26
#: misses of 2922).
#: Batch T part 2 (12 pages: a paywall's meter, gate and pitch, a column's closing bio and disclaimer, a partnership
#: note, an "Updated at ... to add" note, related bullets of whole sentences, a pull quote's speaker line; controls: a
#: pool's "unlimited access", a subheading under a pull quote): 0.782 before (19 misses of 87), 1.000 after, which
#: mends part 1's letters rule too. The whole set: 0.9917 (25 misses of 3009, the 25 of before batch T).
#: Batch T part 3 (15 pages the cleaner already read right, kept as guards: a bio box, wire credits, correction and
#: "amended on" notes, interviews, a timeline of "year — event" lines, numbered gallery captions, a footer's address,
#: a standfirst under a breadcrumb): 1.000 before and after (123 strings). The whole set: 0.9920 (25 misses of 3132).
#: Batch T3 (6 pages written after T's fixes, in other wording): 0.878 before (5 misses of 41: a paywall's "To continue
#: reading, subscribe" and "reserved for subscribers", related bullets behind arrows, an interview's question under its
#: speaker's name printed again, "Name:" on a line of its own, which went as a repeat and left the question to read as
#: tail furniture), 1.000 after. The whole set: 0.9921 (25 misses of 3173, the 25 of before batch T).
#: Then the bio rule's new opening verbs ("X chairs the ...", batch T part 2) were taken back as too wide: a story's
#: last paragraph about someone who heads a body, with a role word in it, reads so too; the bio behind a rule of dashes
#: is a miss again. The whole set: 0.9918 (26 misses of 3173).
#: Batch U (creview15, 17 pages "s20-*": a live page's "Pinned" and "Key events" panels whose items open with an age, a
#: consent wall pasted above the menu, a sign-up box between paragraphs, a "Key facts:" box, a correction above the
#: headline, a gallery's caption block, a regional front's weather and horoscope rows under a masthead sharing the
#: town's name, a press agency's "Keywords:" / "Category:" rows, a paged article, readers' comments with "Reply" /
#: "Report", a bio behind a dash, "More stories" over teasers, a wire story's bracketed credits; controls: a story about
#: a cookie ruling, a story about horoscopes, a closing paragraph in a bio's shape, a how-to's "Keywords:" step):
#: 0.886 before (16 misses of 140: the consent wall kept whole and the ruling's sentences read as cookie notices, the
#: panel's items and its toggle, the dash bio, the masthead taken as the title), 0.993 after (1 miss: the how-to's
#: "Photos: use daylight ..." step read as a photo credit). The whole set: 0.9919 (27 misses of 3313). The lead
#: then took back the branch's keeping of bracketed wire credits (the examples gold drops them, and kept, their
#: reporters became the story's actors): that page's credit line is debris; still 0.9919 (27 misses).
#: Batch V (creview16, 15 pages "s21-*", written before the cleaner read them: corpus_b's open debris in other wording,
#: "From wire reports" and "Compiled from wire services" under the headline, machine-translation notices above and
#: below the story, a radio bulletin's sign-off, a wire story's staff credits over several lines, captions and credits
#: in the body, a caption printed twice, template shortcodes and placeholders, a menu and a language switcher in other
#: scripts, stamps in several forms, a place-and-date line, tag rows, newsletter and bio boxes, comment counts;
#: controls: a closing sentence followed by an unknown agency's acronym, live times "6:45 p.m. ET", "Here is what we
#: know:" over bullets of facts, a story about a radio station, a story about machine translation): 0.8826 blind (31
#: misses of 264; 0.871 before two drop labels that were words of kept lines were renamed), 0.9735 after (7 misses: a
#: capitals masthead kept as the title because a caption credited to the paper "(Harl Valley Star)" stays and lends
#: its words, a newsletter box's name and pitch above its email field, the paper's name and section printed under the
#: headline, a standfirst sharing too few of the article's words). Batch V2 (8 pages "s21b-*", written after V's fixes
#: in other wording): 0.8438 blind (10 misses of 64), 0.9688 after (2 misses: a radio's name in capitals read as the
#: title of a headless transcript; a control sentence missing its full stop, read as a teaser headline). The whole
#: set: 0.9901 (36 misses of 3641). Batch V3 (7 pages "s21c-*" that are no news, written before the cleaner read them:
#: numbered references, a clinic's contact block, a blog's sidebar, a society's event listing, product specs, a course
#: syllabus, an "About me" box): 0.7831 blind (18 misses of 83: the contact block and the event listing above their one
#: paragraph read as head furniture, a references list's last entry as tail furniture, a masthead read as the title),
#: 0.9398 after (5 misses: "Contact us" over the contact block read as a button, an event's date read as a stamp, two
#: mastheads read as the title of a page whose headline shares no word with its prose, and that headline lost). The
#: whole set: 0.9890 (41 misses of 3724). Batch V4 (4 pages "s21d-*", issue 10's categories in new wordings, written
#: after V3's fixes): 0.9706 blind (1 miss of 34: a caption closing on "(Courtesy of ...)"), 1.000 after. The whole set:
#: 0.9891 (41 misses of 3758).
#: Session 32 batch W (cblind, 16 pages "s32-*", written blind: blank-line pastes, a wire site's update note,
#: "Posted at" and relative-time live entries, an information bureau's release, an NGO update's key figures, a blog's
#: comments, a caption-heavy magazine feature, Georgian and Devanagari menus, app banners, an election table, a consent
#: wall's purposes, a factbox): 0.9233 blind (31 misses of 404). The whole set: 0.9827 (72 misses of 4162). Three of
#: the misses were gold against the set's convention (a live update's "16:45 CET" marked debris; the set keeps an
#: update's time): they carry no gold now, so the blind score on the same gold is 0.9302 (28 misses of 401). After the
#: fixes it prompted (key-figure cards and "Label: Name 58.1%" rows as data, a summary box's label over plain points
#: under the headline, a live entry's author after it, a quoted live headline that is no pull quote, captions placed by
#: their picture and a bare "Courtesy X" credit, consent-wall sentences without "cookie", share, byline and visitor
#: counter wording, link titles after a wire's staff credits): 0.9950 (2 misses: a magazine standfirst above a byline,
#: credits and a caption, whose run is too short and shares too few words to be read as a standfirst, the project's
#: teaser-above-the-article rule; a gallery caption under its "3/8" counter, left because the set's gallery-counters
#: page keeps the paragraph under "1 of 12"). Batch W2 (6 pages "s32b-*", written after W's fixes, the same classes in
#: other wording): 0.7639 before any of W's fixes (17 misses of 72), 0.9444 after them (4 misses: a consent wall in
#: the framework's other sentences), 1.000 after its own fix. The pages before batch W: 0.9891 (the same 41 misses of
#: 3758). The whole set: 0.9898 (43 misses of 4231).
#: Session 33 batch X (cblind2, 16 pages "s33-*", written blind: a paywall teaser and subscriber desk, an aggregator's
#: briefing of short items with source rows, a "Most read" box with reading times, a byline block with a bio and
#: handles, a phone paste's app banner and tab bar, a fact check's claim and verdict, a video transcript, a notice of
#: numbered paragraphs, a humanitarian update's tables and lists, gallery counters, one-line paragraphs, a legal footer,
#: comments, a breaking ticker, reader tools and an article-age banner, a donation widget): 0.8941 blind (41 misses
#: of 387). The whole set: 0.9818 (84 misses of 4618). After the fixes it prompted (a <title> line whose headline the
#: page prints again in other words, or as its first prose line; a "Response:" label that is no comments head; save,
#: gift and age-banner tools; bylines without "By" over the dated stamp and the author's bio the byline names; a
#: donation box's asks, buttons and charity number; a phone's app banner; "Originally published <date>" as a stamp):
#: 0.9742 (10 misses: a stamp "March 11, 2026 — 6.45pm", left because reading "6.45pm" as a clock time also takes a
#: society's event dates, "Thursday 9 April, 7.30pm", as stamps; an aggregator's title above a standfirst with a full
#: stop, and its first item's headline whose blurb shares too few words; two site self-descriptions after the article;
#: a fact check's "How we rate claims" link; a video's bare duration; a notice's "Reference:" row; a section head over
#: a subsection over a "Needs:" label; a topic tag). The pages before batch X: 0.9898 (the same 43 misses of 4231). The
#: whole set: 0.9885 (53 misses of 4618).
#: Session 36 batch cb4 (cfix4, 24 pages "cb4-*", written blind, among them a local paper, an obituary with a guestbook,
#: a recipe blog, a product page with reviews, a government service page, an NGO report, a forum thread, docs, an event
#: listing, a magazine feature, a film review, a personal homepage, a company's "About us", a police log, an election
#: table, a how-to, a health Q&A, a transit alert): 0.9086 blind (55 misses of 602). The whole set: 0.9793 (108 misses
#: of 5220). After the fixes it prompted (a log's day headings, "Name — role" staff rows and "Label: value" field rows
#: as data, a forum's "Thread starter" line, a headline its <title> line dates or prints right above the lead, a
#: publisher's closing self-description and pitch, an unnumbered contents box, "Verb now" buttons, "company no."
#: notices, reviews / guestbook / condolences heads as comment heads, a short heading over a closing line, questions
#: under a column's label, "Fixed it? Reply ..." prompts and "Pin it for later", a singular "Keyword:" tag row, an offer
#: under an ad label): 0.9784 (13 misses: an obituary's life-span line, an event's date, time, place and price lines
#: under its title, two captions written as full sentences with no caption label, a forum signature, a personal page's
#: contact rows and heading, read as tail furniture (a government page's contact rows, which the gold drops, have the
#: same shape), a company's "Our team" read as a credit, a review's "in cinemas from" line parted from the article by
#: its verdict). The pages before batch cb4: 0.9885 (the same 53 misses of 4618). The whole set: 0.9874 (66 misses of
#: 5220); the floor sits just under it.
STRESS_FLOOR = 0.987
#: Pages written as a control (session 36, task cb5: 12 pasted pages of all kinds, 293 gold strings): never
#: fixed on, scored on a session's starting code and again after its fixes to measure whether they carry.
#: 0.9181 (24 misses) on the starting code, 0.9249 (22) after that session's cleaning fixes (cfix4). They are
#: floored on their own, at that score less a string (23 misses is 0.9215), so STRESS_FLOOR keeps measuring
#: the pages that were fixed on.
CONTROL_PAGES = ("cb5-",)
CONTROL_FLOOR = 0.92


@dataclass(frozen=True, slots=True)
class Page:
    name: str
    kind: str
    body: str
    keep: tuple[str, ...]
    drop: tuple[str, ...]


def load_pages(path: Path = PAGES) -> list[Page]:
    pages: list[Page] = []
    head: tuple[str, str] | None = None
    lines: list[str] = []
    keep: list[str] = []
    drop: list[str] = []

    def close() -> None:
        if head is not None:
            pages.append(Page(head[0], head[1], "\n".join(lines).strip("\n"), tuple(keep), tuple(drop)))

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        if raw.startswith("=== "):
            close()
            name, _, kind = raw[4:].partition("|")
            head, lines, keep, drop = (name.strip(), kind.strip()), [], [], []
            continue
        if head is None:
            continue
        if raw.startswith(("@+ ", "@- ")):
            (keep if raw[1] == "+" else drop).append(raw[3:])
            continue
        if not raw.strip():
            lines.append("")
            continue
        marker, text = raw[:2], raw[2:]
        lines.append(text)
        if marker == "+ ":
            keep.append(text)
        elif marker == "- ":
            drop.append(text)
    close()
    return pages


def norm(text: str) -> str:
    """score.py's normalisation: NFKC, case folded, runs of whitespace as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


def score_strings(pages: Iterable[tuple[str, str, Sequence[str], Sequence[str]]]) -> tuple[float, list[str]]:
    """score.py's cleaning row over (label, cleaned text, keep strings, drop strings): the share of keep
    strings present and drop strings absent, and every miss."""
    right = total = 0
    misses: list[str] = []
    for label, cleaned, keep, drop in pages:
        text = norm(cleaned)
        for wanted, strings in ((True, keep), (False, drop)):
            for s in strings:
                total += 1
                if (norm(s) in text) == wanted:
                    right += 1
                else:
                    misses.append(f"{label} {'LOST' if wanted else 'KEPT'}: {s}")
    return right / max(1, total), misses


def score(pages: list[Page]) -> tuple[float, list[str]]:
    return score_strings((f"{page.name} ({page.kind})",
                          clean(Article(id=page.name, source="stress", body=page.body, format="txt")).text,
                          page.keep, page.drop) for page in pages)


def test_gold_is_consistent() -> None:
    pages = load_pages()
    assert len(pages) >= 20
    assert len({p.kind for p in pages}) >= 3
    for page in pages:
        body = norm(page.body)
        assert page.keep and page.drop, page.name
        for s in (*page.keep, *page.drop):
            assert norm(s) in body, (page.name, s)
        # A drop string inside a keep string could never be right.
        for d in page.drop:
            assert not any(norm(d) in norm(k) for k in page.keep), (page.name, d)


def test_stress_pages_score() -> None:
    value, misses = score([p for p in load_pages() if not p.name.startswith(CONTROL_PAGES)])
    assert value >= STRESS_FLOOR, "\n".join(misses)


def test_control_pages_score() -> None:
    value, misses = score([p for p in load_pages() if p.name.startswith(CONTROL_PAGES)])
    assert value >= CONTROL_FLOOR, "\n".join(misses)


def test_closing_credit_is_trimmed_and_its_sentence_kept() -> None:
    page = next(p for p in load_pages() if p.name == "wire-agency-tail")
    text = clean(Article(id=page.name, source="stress", body=page.body, format="txt")).text
    assert "Talks are expected to resume next week in a neutral city." in text
    assert "(Agencies)" not in text


if __name__ == "__main__":
    result, missed = score(load_pages())
    print("\n".join(missed))
    print(f"stress pages: {result:.4f} ({len(missed)} misses)")
    sys.exit(0)

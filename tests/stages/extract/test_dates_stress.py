"""The dates extractor on an invented stress set (tests/fixtures/dates_stress.json, issue 10).

dates-dev's tune part is where our rules were fitted, so its score overstates what unseen news gets.
The stress set is made of short texts written for this test (invented places, no eval text), one or
more per pattern the issue lists (narrated days, quoted deictics, counts from an event, ranges,
pasted bullets and line breaks, stamps instead of a publication date), each with its gold dates and
the phrases that must not be dates. This test keeps floors on it, so a change that breaks a pattern
shows up as a drop, not as one more silent miss.

    PYTHONPATH=src python tests/stages/extract/test_dates_stress.py    # scores and every miss
    PYTHONPATH=src python tests/stages/extract/test_dates_stress.py datesdev-s7    # one batch only
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

STRESS = Path(__file__).resolve().parents[2] / "fixtures" / "dates_stress.json"

#: Floors, set just under the scores measured once the general causes the set revealed were fixed; a
#: drop below them means a pattern broke. Before any change: batch 1 (74 texts, 95 gold dates)
#: resolved 0.979, precision 0.989; batch 2 (40 texts, 48 gold dates) resolved 0.833; the whole set
#: 0.930 / 0.944; batch 3 (11 undated texts, 13 gold dates) 9 of 13. After the fixes the whole set
#: (125 texts, 156 gold dates) measures 1.000 / 1.000. Batch dates-s7 (65 texts, 71 gold dates: plans
#: called off, days carried across sentences, ranges, future weekdays, headers) measured 0.944 / 0.980
#: on its first 48 texts before its fixes. Batch datesdev-s7 (70 wire and broadcast texts, 73 gold
#: dates) before its changes: resolved 0.922, precision 0.902 on its first 50 (overtaken plans,
#: "until" a month long past, a capital header, "next June 30"), 0.909 / 0.947 on the other 20. Batch
#: dates-s8 (106 texts, 143 gold dates: pluperfect and reported clauses, "until" after a past, "the
#: previous Friday", clock times on the narrated day, quoted deictics; wire, sitrep, live-blog and
#: translated styles) before its changes: part 1 (60 texts) 0.855 / 0.866, part 2 (20 texts, written
#: after part 1's changes) 0.962 / 0.962, parts 3 and 4 (26 texts, after part 2's) 1.000 / 1.000;
#: after them 1.000 / 1.000 on all four. Batch datesdev-s8 (236 wire and broadcast texts, 250 gold
#: dates, six parts), each part before its own changes: 0.905 / 0.915 (modals, "is to", tenseless
#: presents, "this Sunday", holidays in an entity), 0.968 / 0.952 ("August of last year", "moved to
#: Monday"), 0.696 / 0.696 (infinitives under "want", "urge", "order"), 0.917 / 0.917 (pairs of days,
#: "Jan. 12 last year"), 0.143 / 0.250 (holidays by rule, "in the run-up to", "Sunday's vote is
#: likely"), 1.000 (market copy, coverage only); 1.000 / 1.000 after. dates-s7 and datesdev-s7 valued
#: a called-off plan's day in opposite directions (ahead in Thursday and Tuesday papers, behind in a
#: Monday paper); the merge reads it as past only within PLAN_OVERTAKEN_PAST_DAYS or under a
#: pluperfect: 3 of those 13 cases stay misses (see that constant; whole set 0.996 over 693 dates).
#: Batch datesdev-s9 (102 wire texts, 112 gold dates), each part written and scored before its changes:
#: part 1 (59 texts, 64 dates: fiscal periods, weekday possessives, ranges, clock times with zones,
#: quoted days, decades and durations as optional, look-alike names) resolved 0.953, precision 0.953;
#: part 2 (43 texts, 48 dates: timetabled presents, "set to", deadlines, months and month-days around
#: the year end) 0.854 / 0.872. After: 0.964 / 0.964. Still missed (4): "are set to resume talks on
#: Saturday" (the parser hangs the day on "talks"), "begin Monday and complete them by Friday" (the
#: second day of a future range is not put after the first), "the results of Tuesday's primary will be
#: certified" (an event's day under a future verb), "the jobless rate for October, due out this week"
#: (a statistic's month in a future clause). The whole set: 0.990 / 0.990 over 805 dates (the 3 plans
#: above and one dateline weekday, "on Wednesday's evening news", missed before this batch too).
#: Batch datesdev-s10a (56 wire, broadcast and business texts, 61 gold dates: spoken deixis, times with
#: zones, "the day before", "the same day", ordinal days without a month, "mid-"/"early" months, "the week
#: ended Friday", "yesterday's close", dates counted from another, and not-dates: sets, decades, ages,
#: durations) before its changes: resolved 0.836, precision 0.944 (ordinal days "on the 20th" never
#: read, "this evening" and a bare "The day before" left untagged, "set for ... Sunday" put behind, an
#: entity run over "and ended", a month "moved to" put behind); after: 1.000 / 1.000. Batch
#: datesdev-s10b (52 texts, 49 gold dates, written after s10a's changes: more spoken deixis, "a week
#: from today", "the 2nd of this month", "the night of the 11th", "the year to August", weekday ranges,
#: names and sets that look like dates) before its changes: 0.837 / 0.854; after: 0.939 / 0.920. Still
#: missed there (3): "runs from Thursday through Sunday" (the parser tags "runs" a plural noun, so
#: nothing reads the present as timetabled; both ends go behind), "which was to expire at midnight
#: Friday, was extended" (a plan overtaken, put ahead), and "Sunday schools" read as a day (false).
#: Batch dreview-s11 (38 texts, 72 gold dates), written from a hand review of real news whose dates are
#: not gold-scored (quotes-dev tune, 276 dated phrases judged, 25 wrong): possessive weekdays naming an
#: event, clock-time header lines of live pages, clock times that name no day. Before its changes:
#: resolved 0.667, precision 0.592; after: 0.903 / 0.878. Still missed there: "expect X to win
#: Tuesday's vote" and "will try to use Thursday's budget statement" (put behind: the parse, and a
#: statement is not an event held on a set day), "meet for their first debate Monday" and "takes place
#: on Saturday" (the parser hangs the day on a noun, so nothing reads the timetabled present), "bracing
#: for Friday's jobs report" (behind); false: clock times in habitual presents ("must close at 10 p.m.",
#: "run until 2 a.m.").
#: Batch dreview2-s11 (21 texts, 31 gold dates: timetabled and past weekday ranges, month ranges and
#: sequences, a month's direction from the right verb, deadlines overtaken in a relative clause, weekly
#: institutions "Sunday schools", "her Monday column") before its changes: resolved 0.903, precision
#: 0.818; after: 0.935 / 0.933. Still missed there: "begin Monday and should end by Friday" (the second
#: day of a future range is not put after the first) and "which was to expire at midnight Friday, was
#: extended" five days after that Friday (PLAN_OVERTAKEN_PAST_DAYS keeps it ahead; a Wednesday paper's
#: Friday is as likely the coming one). The whole set: 0.978 / 0.977 over 1018 dates.
#: Batch dreview3-s12 (24 texts, 38 gold dates), written from a hand review of clean-dev tune news pages run
#: with no manifest (214 dated phrases judged): present passives of forecasts ("Friday is set to be the
#: hottest day"), future weekday ranges and their ends, month-days of a story set in an earlier year, a
#: past report's modal ("would be complete in September"), sets and look-alikes ("every other Sunday", a
#: month as a superlative's kind, a "(4:30)" running time), and undated texts stamped "Updated09:40, 4
#: MAR 2027" or with a numeric stamp. Before its changes: resolved 0.605, precision 0.590; after: 0.868 /
#: 0.868. Still missed there: the past report's modal (3 dates put a year ahead: "would" and a planned
#: day read as ahead even under a past verb), "Thursday is forecast to bring frost" (the parse), a numeric
#: stamp with no cue in a text that reaches the extractor without the cleaner ("03/26/2027 06:10 AM
#: EST"), and one false date ("(4:30)"). The older batches: 0.979 / 0.978 -> 0.981 / 0.980 (1018 dates).
#: Batch dreview4-s12 (29 texts, 35 gold dates), from the same review's open classes: a past report's modal
#: with a month ("told the board in July the survey would be complete in September"; 2 controls said
#: days ago), quoted "today"/"tomorrow" of a statement made on an earlier day, and a weekday ending a
#: paper's title ("<Name> on Sunday's editor", "the <Name> Herald on Sunday, a weekly paper"; 3 controls).
#: Before its changes: resolved 0.657, precision 0.575 (the quoted deictics were already right); after:
#: 0.971 / 0.892; dreview3-s12's 3 past-modal misses fixed too (0.868 -> 0.947). Still missed there:
#: "said in May it expected the cranes to arrive in August" (the parse hangs "in May" on "expected",
#: put ahead, 5 months: under the threshold), and three titles left dated on purpose: "The <Name> on
#: Sunday reported", "Writing in the <Name> on Sunday," and "The <Name> Courier on Sunday revealed" read
#: like wire copy's "the ministry on Sunday said". Whole set: 0.980 / 0.976 over 1091 dates; the older
#: batches keep their misses (19 of 1018).
#: Batch dreview5-s13 (29 texts, 47 gold dates), from the review of quotes-dev tune articles and the brief's
#: "said in May it expected the cranes to arrive in August": months told in a past report or a past clause
#: (the plan counted from the report's month; a date fronted before a complement's subject, "said on Monday
#: it expected"; a bare participle's month in a future sentence; "more than forecast in July"; a bare month
#: after "<Month> <year>" in the same sentence), past ranges and controls. Before its changes: resolved
#: 0.766, precision 0.766; after: 0.979 / 0.979. Still missed: "above the figure forecast in April by the
#: treasury" (the parse takes "forecast" for a noun and hangs April on the future verb). The older batches:
#: 0.980 / 0.976 -> 0.981 / 0.977 (1091 dates; dreview3-s12's "said in May it expected" fixed, no new miss).
#: Batch dreview6-s14 (31 texts, 49 gold dates), from round five's open classes: undated texts whose
#: latest full date is a later start or end ("are effective Jan. 1", "takes effect on", "comes into force
#: on", "expires on", "Starting <date>", 2 controls with "will" and "due"; 1 control "resigned effective"),
#: clock times of habits and timetables ("usually starts work at 4 a.m.", "most nights", "seven days a
#: week"; 2 controls), a bare month after "opens next Tuesday and closes in June" (1 control in the past),
#: and pages stamped both Published and Updated. Before its changes: resolved 0.735, precision 0.618;
#: after: 0.980 / 0.979. Still missed: "Published: <day> / Updated: <day two days on>" over "yesterday"
#: (counted from the update, as batch 3's "stamp-updated-after-published" wants for a toll's weekday that
#: only the update can report; which stamp a sentence counts from is left open). Batch dreview6-s14b (9
#: texts): a weekday ending a programme's title ("the programme <Name> Sunday", "<Name> Sunday, a weekly
#: show"; 3 controls "told <Name> Radio on Sunday") before: resolved 1.000, precision 0.333 (6 false);
#: after: 1.000 / 1.000. The older batches keep the same misses (0.981 / 0.977 over 1138 dates); whole set
#: 0.971 / 0.956 -> 0.981 / 0.977 over 1190 dates. Added after: 1 control of s14 (a live page's clock
#: header under a paragraph with "always": lost by the first habit rule, kept once a line break ends the clause).
#: Batch dreview7-s15 (35 texts, 27 gold dates, 19 phrases that must not be dates), from round six's open
#: classes: words that name no date ("a <Name> on Sunday poll", "the band <Name> Monday", "midnight blue",
#: "today's teenagers", "in today's money", "the warmest October ever"; 9 controls that stay dates) and court
#: or police reports whose "a week later", "the following day", "Twelve days earlier" stand 4-5 sentences
#: after the full date they lean on (2 controls). Before its changes: resolved 0.741, precision 0.526 (12
#: look-alikes dated, 7 counted from the publication); after: 0.963 / 1.000. Still missed: "arrested that
#: day" five sentences on (the model tags no date there). The older batches keep their misses and false
#: dates (diffed); whole set 0.975 / 0.963 -> 0.980 / 0.978 over 1218 dates. Batch dreview7-s15b (5 texts,
#: 10 gold dates): a court report's month-day without a year five sentences after its full date of an earlier
#: year (1 control under "will"): before NARRATIVE_PAST_SENTENCES 0.600 / 0.600, after 1.000 / 1.000.
#: Batch dreview8-s16 (40 texts, 67 gold dates, 11 phrases that must not be dates), from round seven's open
#: classes: "8pm the next day" / "two days later" after a month-day the scene's year moves (1 control ahead);
#: "Christmas", "Christmas Eve", "New Year's Day" told in the past inside an earlier year's scene (1 control
#: in the present); "12 days earlier" / "A week before" written before the full date they count from (1
#: control after an earlier full date); "today's" owning a group or an institution ("today's management",
#: "today's shoppers", "today's politicians"; 3 event controls); a weekday beginning a name after an amount
#: ("a $2m Sunday Service grant"; 2 controls "raised $20m Sunday,"); undated texts whose latest full date is
#: under a modal or a right held now ("may register from", "has an option to buy the site after"; 2
#: controls). Before its changes: resolved 0.746, precision 0.671 (first 32 texts 0.698 / 0.600, the 8
#: undated ones 0.833 / 0.826); after: 1.000 / 1.000. The older batches keep exactly their misses and false
#: dates (diffed); whole set 0.980 / 0.978 over 1228 dates -> 0.981 / 0.979 over 1295.
#: Batch dreview8-s16b (10 texts, 15 gold dates), from the hand review of clean-dev tune pages after s16's
#: fixes: a weekday set beside a day to name its weekday ("on Nov. 4, a Wednesday,"; 1 control "on Nov. 10,
#: and on Wednesday"), a weekday of a named week ("on Tuesday last week", "Monday next week", "Thursday of
#: next week"; 1 control). Before its changes: resolved 0.600, precision 0.600; after: 1.000 / 1.000.
#: Batch dreview9-s17 (43 texts, 36 gold dates, 18 phrases that must not be dates), from round eight's open
#: classes: "today" as the present age set against the past ("the village today is quieter than in the
#: 1960s", "where once ..., today there is"; 4 controls), holidays and weekdays naming goods ("Christmas
#: trees", "a Halloween classic", "Black Friday deals"; 3 controls), section lines ("Today's Forecast"; 2
#: controls), a weekday inside a quotation counted from the day it was spoken (2 controls), a bare month
#: in a scene set years back ("In the summer of 2019 ... By August"; 4 controls, one added after the re-judge of
#: quotes-dev tune: a new paragraph "That was then." ends the scene). Before its changes:
#: resolved 0.722, precision 0.520; after: 1.000 / 1.000. Batch dreview9-s17b (6 texts, 16 gold dates): a
#: past clock time told again of an earlier dated event ("The quake struck on Sunday night ... The quake
#: struck at 9:59 pm", "Sunday's blast ... The blast happened at 6:40 a.m."; 2 controls): before 0.750 /
#: 0.750, after 1.000 / 1.000. The older batches keep exactly their misses and false dates (diffed); whole
#: set 0.972 / 0.960 -> 0.982 / 0.980 over 1362 dates.
#: Batch dreview10-s18 (31 texts, 30 gold dates, 6 phrases that must not be dates), from round nine's open
#: classes: shopping and political days by their rule ("Black Friday", "Cyber Monday", "Super Tuesday",
#: "Election Day"; 7 controls, teaser headlines "Best <Shop> Black Friday deals" among them) and a named day
#: of the year told in the past inside a noun phrase ("sang at the <holiday> service" in September; 4
#: controls). Before its changes: resolved 0.767, precision 0.647; after: 1.000 / 1.000. Batch
#: dreview10-s18b (40 wire texts, 59 gold dates): a probe of common wire phrasing in fresh sentences; 2
#: misses ("a year ago today" cut to "today"; the first of "Thursday and Friday of next week" put in this
#: week) and their variants. Before: 0.932 / 0.932; after: 1.000 / 1.000. The older batches keep exactly
#: their misses and false dates (diffed); whole set 0.982 / 0.980 over 1362 dates -> 0.983 / 0.981 over 1451.
#: Batch dreview11-s19 (224 texts in nine parts, 210 gold dates), a coverage table of the TIMEX3 shapes news
#: writes, one text per shape (relative days and months, absolute forms, parts of the day, anchored days,
#: business, reported speech, transcripts, 1990s copy). Parts s19a-g (174 texts, 171 dates as first
#: written) before any change: resolved 0.924, precision 0.956 ("a week from Monday", "the first Sunday of
#: December", "the end of the month", "July, 2024", "Jan. '96", "a month from now", "as of today", "the
#: day after the vote", and "the previous month" / "a month earlier" / "the month before" counted from
#: publication, not from the month just named); part s19h (25 variants and controls, written after those
#: fixes) before its own: 0.833 / 0.909 ("June '28" put a century back, "a month later" and "the following
#: month" unread, a month anaphor after "last month"); part s19i (25 texts, 17 dates, written after the
#: first commit) before its own: 0.529 / 0.538 ("two weeks ago Friday", "a week ago yesterday", "a
#: fortnight ago", "Monday week", "a week today", "the first of December", "May Day"). "The end of the
#: month" was then left unresolved like "the month" (it cost dates-dev held-out one false date), its two
#: texts made optional. After: 0.995 / 0.995 over 210 dates. Still missed: "reports results on Tuesday" (a
#: timetabled present the parse does not show; put behind). The older batches keep exactly their misses
#: and false dates (diffed; a control "its May Day brand of candles" kept by adding "brand" to the kinds);
#: whole set 0.983 / 0.981 over 1451 dates -> 0.985 / 0.983 over 1661.
#: Batch dreview12-s20 (120 texts, 120 gold dates, five parts written from the kinds of source dates-dev is
#: made of, not its texts): s20a the open classes (timetabled presents, "the end of the month", "a week
#: from Thursday" said on a Thursday, "May Day" as a name), s20b 1990s business wire, s20c broadcast
#: transcripts, s20d dateline wire copy, s20e undated texts. Before its changes: 0.708 / 0.773, 1.000 /
#: 1.000, 0.958 / 0.958, 1.000 / 1.000, 0.909 / 1.000; after: 0.769 / 0.870 (26 dates), then 1.000 on
#: the other four. Still missed: the five "end/beginning of the month" (TimeML values them as the month in
#: focus; left unresolved, as "the month" is: a rule for them cost dates-dev held-out a false date again),
#: "Schools in X reopen on Monday" (the parser reads "reopen" as a noun), "a May Day call" and "May Day
#: Foods" (names; "call" cannot join the kinds, "a Monday call" with analysts is that Monday). Older
#: batches keep exactly their misses (diffed); whole set 0.981 / 0.981 -> 0.983 / 0.982 over 1781.
#: Batch dreview13-s21 (61 texts, 76 gold dates, four parts written from the round's open classes and news
#: shapes the dev sets lack): s21a a present "reopen" the parser reads as a noun, named days, names that
#: begin with a day ("the May Day Players"), "the day before yesterday", weekdays beside "earlier this week"
#: in a Monday paper; s21b wire datelines of other styles with no publication date ("<CITY>, Dec 3 (Wire) -"
#: with a full date in the text, "<City> (3 December 2026) -", "<City>, 3 December 2026:"); s21c numeric
#: dates in either order and year first; s21d undated pages with stamps. Its first 59 texts before: resolved
#: 0.797, precision 0.855; after: 0.908 / 1.000. Still missed (7): the named days beyond the list
#: (Armistice Day, St Patrick's Day, Bastille Day, International Women's Day, World AIDS Day, Remembrance
#: Day, Bonfire Night; see data/holidays.tsv for why they stay out). The older batches keep exactly their
#: misses and false dates but one fixed (dreview12-s20a's "reopen"; diffed): 0.983 / 0.982 over 1781
#: dates before and after (31 -> 30 misses); whole set 0.975 / 0.978 -> 0.980 / 0.984 over 1857.
#: Batch dreview14-s22 (80 texts, 99 gold dates), written from the round's list of shapes not yet in the table
#: and scored before any change: s22a "the end/beginning/middle of the month" with its month named in the
#: sentence (3 controls without), "mid-March", "the first/last week of <Month>", "late on Tuesday",
#: "overnight into Sunday", "in the early hours of", "this/next/last weekend" from a Friday, Sunday or
#: Monday paper (the week that holds it, as "last week"), ordinal days alone, "N years ago today", day and
#: weekday ranges, season and month words that begin names ("the Spring Offensive", "the October
#: Revolution"), clock times with zones near midnight; s22b undated pages (stamps "Last update: 8.3.2027",
#: "2027.03.08", "08-Mar-2027", a copyright line, a yearless dateline beside a file name or an address a
#: day or two later (its "today" optional: see published.py), ".../2027/mar/08/..." addresses; a case's
#: ``name`` is its address). Before: s22a
#: resolved 0.802, precision 0.890 (81 dates); s22b 0.389 / 1.000 (18); after: 1.000 / 0.988 and 1.000 /
#: 1.000. Still false: "runs from 22:00 to 05:00 GMT" (a nightly curfew's clock times, dated to the
#: publication). The older batches: two misses fixed ("the beginning/end of the month" after its month in
#: the sentence), no new miss or false date (diffed); whole set 0.982 / 0.984 over 1956.
#: Batch dreview15-s24 (61 texts, 79 gold dates), written from the round's brief and scored before any change:
#: timetables and plans ahead across the year end ("will reopen on 3 March" in December, "depart each Thursday
#: from August 5", "by the end of next month", "reopen from Monday" in a Saturday paper), anchored counts ("a
#: week after the signing"), weekday and date side by side (agreeing or not), ISO, slash, dotted and ordinal
#: forms, Hijri and Persian dates beside Gregorian ones, live-blog entries "14:05 — ..." under day headings,
#: "3.15pm", midnight on the narrated day, and undated pages (stamps, bylines, datelines). Before: resolved
#: 0.886, precision 0.971; after: 0.987 / 1.000 (and one older miss fixed, "03/26/2027 06:10 AM EST"). Still
#: missed: "At 3.15pm a shell hit the hospital" (dotted clock times were read for a while, but on
#: crises-2023 they added a clock time its gold leaves out, in a tune distractor; taken back).
#: Batch dreview15-s24g (42 1990s wire texts, 46 gold dates), a probe of wire phrasing: 0.978 / 0.978 before;
#: its one miss, "the fiscal year beginning Oct. 1" (either year can be meant), made optional. Batch
#: dreview15-s24h (16 undated pages, 21 gold dates: stamps with bars, bullets, slashes and offsets) before:
#: 0.952 / 1.000 ("fought the blaze until late Wednesday" put ahead); after: 1.000 / 1.000. The older batches
#: keep exactly their misses and false dates (diffed); whole set 0.979 / 0.984 -> 0.984 / 0.985 over 2101.
#: Batch dreview15-s24i (30 texts, 36 gold dates: "from next Monday", "this coming Friday", "on or before", "the
#: night of Sunday to Monday", weekday-date-year disagreements, ordinal forms, an ISO date-time in a sentence,
#: "the Monday before last", months ahead and behind across the year end, live-blog entries under full-date
#: headings and with am/pm) before: 0.917 / 0.969; after: 1.000 / 1.000. Whole set 0.984 / 0.985 over 2137.
#: Batch dreview15-s24j (20 texts, 23 gold dates: "19 Sept", "19-Sep-2027", "17 to 19 September", Hijri dates
#: alone, "a week ago today", undated texts with a latest date beside "said on Tuesday she would") before: 0.826
#: / 0.944 (an entity the model ran past the date, "19 Sept, a day after the rain", lost its date); after:
#: 1.000 / 1.000. Whole set 0.975 / 0.983 (main) -> 0.984 / 0.985 over 2160.
#: Batch dreview15-s24k (14 texts, 22 gold dates: live-blog entries set off by a colon, a bar or brackets, quoted
#: deictics of an earlier day, event days, "last week" from a Sunday, midnight on the narrated day, and 2
#: not-dates) before: 0.682 / 1.000 (the 7 live-blog clock times); after: 1.000 / 1.000. Whole set 0.972 /
#: 0.984 (main) -> 0.984 / 0.986 over 2182 (diffed: no new miss or false date).
#: Batch dreview2-s25 (69 texts, 86 gold dates, parts a-g), committed before the code ran on it: counts from an
#: anchor ("eight days after the embankment failed", "48 hours after the first tremor", "a week to the day
#: after", "Four days after it hit", "two months later"; a weekday beside a count is one date), weekdays with
#: last/next/this/past and weekends, timetabled presents, parts of the day ("the night of the blast"), ordinal
#: days and months across month and year ends, transcripts and live pages without a year. Before: resolved
#: 0.849, precision 0.974 (6 counts outside the listed words and units, 2 presents in clauses the parser
#: found no verb in, 2 yearless transcripts with no manifest, 2 live-page times after a plain space, "the
#: night of the blast"); after: 1.000 / 1.000. Part s25h (9 texts, 10 dates: counts past twelve in words,
#: "seven months from now", "Four weeks ago yesterday"), written after those fixes: 0.400 / 0.667 before,
#: 1.000 / 1.000 after (one count grammar, dates_offsets, replaced the lists). Part s25i (8 texts, 16
#: dates: a plan's start and end in conjoined clauses, 2 controls): 1.000 / 1.000 as written. Part s25j (9
#: texts, 9 dates: an event's weekday under a verb of getting ready, "bracing for Friday's figures", 3
#: controls): 0.667 / 0.667 before, 1.000 / 1.000 after (and one older miss fixed). Part s25k (12 texts, 18
#: dates: "the weekend before last", "three Fridays ago", "a week on Monday", "the eve of the summit", "Nine
#: days into the strike", "A month to the day after", "the first anniversary of the quake"): 0.611 / 0.846
#: before, 0.889 / 1.000 after. Still missed there: "the eve of the summit" and "the first anniversary of the
#: quake" (read for a while, counted from the last day named; on dates-dev tune each added a false date,
#: "the eve of the return" and "the second anniversary of his abduction", counted from an unrelated day, so
#: both were taken back). Whole set 0.979 / 0.985 over 2268 (s25 blind) -> 0.984 / 0.987 over 2321 (diffed:
#: no new miss or false date).
#: Batch dates9-s27 (16 texts, 17 gold dates), written from the misses of 97 of dates-dev's 170 tune texts
#: (part A of the dates9 branch's split) and committed before the code ran on it: day anaphors with no day
#: in reach ("withdrawals that day can double", "would be five days later"), participle and "with" clauses
#: under a future ("starting on September 2"), "the day before/after X" set off after a day; 7 controls.
#: Before: resolved 0.647, precision 0.550; after: 0.941 / 1.000. Still missed: "said later in the day"
#: (the model tags no date there and no pattern reads it: on part A the one such phrase tagged was not in
#: the gold). Whole set 0.985 / 0.987 over 2334 -> 0.984 / 0.987 over 2351 (diffed: no older case moved).
#: Batch r2dates-s28 (15 texts, 30 gold dates, from invented corpus_i's blind date misses: dotted and
#: evening clock times reported the next morning, counts from an event in a present clause or dated by its
#: verb under a later dateline, quoted deictics whose saying closes the quotation later), written before its
#: changes: resolved 0.600, precision 0.750; after: 0.800 / 1.000 (0.933 / 1.000 with dates_rules.DOT_CLOCK_TIMES
#: on). Still missed: 4 clock times written with a dot (DOT_CLOCK_TIMES off for crises-2023's gold) and 2 counts
#: setting a simple or progressive present (dates_events.COUNT_IN_SIMPLE_PRESENT, off for the golds of corpora
#: e, h and the examples). Whole set 0.979 / 0.984 -> 0.984 / 0.987 over 2381 with DOT_CLOCK_TIMES on (diffed:
#: no older case moved).
#: Batch dblind-s32 (54 texts, 85 gold dates, 1989-1998 wire and broadcast copy: results with fiscal periods,
#: market closes, politics, transcripts, datelines, quoted dates, abbreviated months, the year end, not-dates, 4
#: undated), committed before the code ran on it: resolved 0.965, precision 0.976. Misses: "go to the polls in
#: March" in a November paper (a timetabled present's month put behind), "that evening" after "on Nov. 9;"
#: (unread), and a quoted "Yesterday" said "after Sunday's loss" in a Monday paper (counted from the Sunday:
#: the gold's reading, the manager speaking on Monday, is debatable). After (dates_present's
#: PRESENT_MONTH_BACK_MONTHS; "that evening" and "the night before" at a clause's end as anaphors): 0.988 /
#: 0.988, the quoted "Yesterday" left. Neither change moves a dates-dev tune prediction (diffed). Whole set
#: 0.981 / 0.986 -> 0.982 / 0.987 over 2466 dates (diffed: only this batch's two misses moved).
#: Batch jdates-s32 (16 texts, 31 gold dates, 4 controls, from invented corpus_j's blind date misses: "last night"
#: joined to a figure by the model, clock-time headers fused with the entry's first phrase, counts from an event
#: told in the lead or named first in a toll sentence, a count in the present put after the paper's day, a quoted
#: "yesterday" counted from a "since" day before the quotation instead of the saying that closes it, a month
#: after a year named in the sentence before), written before its changes: resolved 0.742, precision 0.786;
#: after: 0.935 / 0.935. Still missed: "in December" after "in 2029" in the sentence before (read as that
#: year's; the last December was meant, but a narrative can mean either) and a present count put after the
#: paper's day (taking the day of writing there was tried: it moved invented corpus_f's key missing figure,
#: a tie its wrong date had settled). Whole set 0.979 / 0.984 -> 0.981 / 0.986 over 2412 (diffed: no older
#: case moved).
#: Batch dblind-s33 (67 texts, 142 gold dates, 1989-2000 wire and broadcast copy written from the categories of
#: dates-dev's held-out misses, counts only), committed before the code ran on it: resolved 0.810, precision 0.844
#: (weekdays after a dated start, an arrival or a month-day in an earlier week counted from the paper's day, 10;
#: weekdays of a feature about last week's events, 4; "the night", "the early evening", "the evening before", "the
#: next morning" after a quoted day; "then", "that time", "the day before" unread; a dateline a day before the paper
#: put a year ahead and its "today" not counted from it; "In June" after "in 1993"; a plan's "on Tuesday" in a
#: "once" clause and "did not let up until Wednesday" on the wrong side; a title's "Hostages Sunday" put ahead).
#: After (dates_scene: weekdays after a start dated with its weekday or told in sequence after "last week", a
#: dateline's day and its "today", "until/by then", a negated past's "until" day; "the day before" before an
#: infinitive; a present in a temporal clause under a future): 0.930 / 0.942. Still missed: weekdays after a start
#: dated without its weekday (3: the looser rule cost dates-dev held-out one gold date), a future plan told on an
#: earlier date, "the night", "the early evening" (untagged), "the evening before" (read as before the report),
#: "that time", "In June" after "in 1993"; false: the title's "Hostages Sunday", and "4:12 a.m. local time", right
#: but outside the gold phrase "Sunday at 4:12 a.m.". Whole set 0.972 / 0.979 -> 0.979 / 0.984 over 2639 (diffed:
#: no older case moved).
#: Batch dblind-s34 (68 texts, 158 gold dates, 1989-1991 business-paper copy and 1998 broadcast transcripts in
#: TimeML's conventions: results days, "the week ended Friday", two trading days in one story, weekdays before and
#: after the paper's day, "last Thursday", "next Tuesday's meeting", deadlines, months either side of the year end,
#: counts back, crash recalls, clock times, broadcast deixis; quarters, weeks, seasons, "then" and "at the time"
#: optional), committed before the code ran on it: resolved 0.943, precision 0.951. Misses (9): a statistic's
#: month and a second conjoined weekday under "is scheduled to report" (put a year ahead, a week back), "braced for
#: Friday's report" (behind), "Wednesday of that week" after a dated start (the paper's day), "the April 28
#: windstorm" under "will total" (a year ahead), "Last Wednesday" in a Thursday paper a week before "yesterday"
#: (read as yesterday), "Saturday's shooting" under "is due in court tomorrow" (ahead), "since the elections in
#: January" under "will address" (a year ahead), "by the end of the month" (untagged). After (dates_nouns, and a
#: weekday or month on a noun of figures in dates_tense / dates_report): 0.987 / 0.994. Left: "Last Wednesday" (a
#: week before yesterday was tried and taken back: it contradicts test_dates.py's "last Friday" in a Saturday paper,
#: yesterday, and TimeML's annotators value the most recent such day) and "by the end of the month" (kept optional
#: by the older batches). dates-dev (extractor alone, with the manifest): no tune prediction moved (diffed). Whole
#: set 0.977 / 0.982 -> 0.980 / 0.985 over 2797 (diffed: one older miss fixed, dates-s8's "said on Wednesday's
#: evening news that order would be restored", no new miss or false date).
#: Batch dblind-s36 (74 texts, 182 gold dates, 1989-2000 wire, paper and broadcast copy in TimeML's conventions),
#: committed before the code ran on it: resolved 0.967, precision 0.956. Two gold slips fixed in their own commit
#: ("on Labor Day itself" for the code's "10 a.m. on Labor Day"; "a Monday" apposed to Jan. 15 left out: 183 dates).
#: Misses (6): "a day earlier" counted from a robbery's day on a noun, not the arrests the clause dates; "results
#: from Sunday's vote will be announced tomorrow" (ahead); "on Memorial Day, Monday" (the Monday before); "who had
#: threatened to strike Wednesday ..., called off the walkout" (behind); "Wednesday of that week" and "on Friday"
#: after "on Jan. 15, a Monday" (the paper's weeks). After (dates_discourse.apposed_day, dates_called_off,
#: dates_nouns.owned_by_outcome / outcome_nearest / noun_day_after_day): 1.000 / 1.000. Whole set 0.979 / 0.983 ->
#: 0.981 / 0.986 over 2980 (diffed: datesdev-s9's "results of Tuesday's primary will be certified next week" fixed,
#: no older case moved the other way); dates-dev: no article's dates moved (diffed).
RESOLVED_FLOOR = 0.95
PRECISION_FLOOR = 0.95


def _extract(nlp: Any, text: str, published: dt.date | None, name: str | None = None) -> tuple[Any, ...]:
    """The mentions, with an undated text dated from itself (and its address or file name, a case's
    ``name``) as the runner does (``context_for``)."""
    from groundwatch.stages.extract import published as pub
    from groundwatch.stages.extract.dates import extract_dates
    from groundwatch.stages.extract.registry import ExtractionContext

    origin = "manifest"
    if published is None and (guess := pub.infer_published(text, name=name)) is not None:
        published, origin = guess.date, guess.origin
        if guess.method == "latest-date":
            published = pub.align_to_weekday(text, pub.align_forward(text, published))
    ctx = ExtractionContext(article_id="stress", published=published, published_origin=origin)  # type: ignore[arg-type]
    return extract_dates(nlp(text), ctx, {})


def _overlaps(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a


def score(nlp: Any, cases: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Resolved share and precision over the cases, with every miss and false date.

    A gold date is resolved by a mention whose text lies inside the gold phrase (or the reverse) and
    whose date is the gold value, as the corpus scorer pairs them. A mention that pairs with no gold
    phrase and no optional one is a false date; so is one that pairs only with a wrong value.
    """
    n_gold = resolved = n_pred = n_true = 0
    misses: list[tuple[str, str, str, list[tuple[str, str | None]]]] = []
    extras: list[tuple[str, str, str | None]] = []
    for case in cases:
        pub = dt.date.fromisoformat(case["published"]) if case["published"] else None
        mentions = _extract(nlp, case["text"], pub, case.get("name"))
        got = [(m.text, m.date) for m in mentions]
        for g in case["dates"]:
            n_gold += 1
            if any(_overlaps(t, g["text"]) and d == g["date"] for t, d in got):
                resolved += 1
            else:
                misses.append((case["pattern"], g["text"], g["date"], got))
        for t, d in got:
            if any(_overlaps(t, o) for o in case.get("optional", [])):
                continue
            n_pred += 1
            if any(_overlaps(t, g["text"]) and d == g["date"] for g in case["dates"]):
                n_true += 1
            else:
                extras.append((case["pattern"], t, d))
    return {
        "resolved": resolved / n_gold if n_gold else 1.0,
        "precision": n_true / n_pred if n_pred else 1.0,
        "gold": n_gold, "predicted": n_pred, "misses": misses, "extras": extras,
    }


def _load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(STRESS.read_text(encoding="utf-8"))
    return data


def test_stress_set_is_well_formed() -> None:
    cases = _load()["cases"]
    assert len(cases) >= 60
    assert len({c["text"] for c in cases}) == len(cases), "a text is listed twice"
    for c in cases:
        for g in c["dates"]:
            assert g["text"] in c["text"], c
            dt.date.fromisoformat(g["date"] if len(g["date"]) == 10 else g["date"] + "-01")
        for phrase in c.get("not_dates", []) + c.get("optional", []):
            assert phrase in c["text"], c


@pytest.mark.slow
def test_stress_scores(nlp: Any) -> None:
    result = score(nlp, _load()["cases"])
    assert result["resolved"] >= RESOLVED_FLOOR, result["misses"]
    assert result["precision"] >= PRECISION_FLOOR, result["extras"]


if __name__ == "__main__":  # pragma: no cover
    from groundwatch import nlp as gw_nlp

    batches = set(sys.argv[1:])
    chosen = [c for c in _load()["cases"] if not batches or str(c.get("batch")) in batches]
    res = score(gw_nlp.load(), chosen)
    print(f"resolved {res['resolved']:.3f} of {res['gold']}  precision {res['precision']:.3f} of {res['predicted']}")
    for pattern, text, want, got in res["misses"]:
        print(f"MISS  [{pattern}] {text!r} want {want}  got {got}")
    for pattern, text, date in res["extras"]:
        print(f"FALSE [{pattern}] {text!r} -> {date}")
    sys.exit(0)

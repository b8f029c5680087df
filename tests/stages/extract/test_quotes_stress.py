"""Quote attribution on an invented stress set (tests/fixtures/quotes_stress.txt).

The dev sets' scores say how well the speaker rules fit the articles they were tuned on; this set,
written for the purpose with invented people and places, says whether they generalise: pronouns
across paragraphs, titles resolved to a name given earlier, speakers after the quote or in the next
sentence, nested and partial quotes, mismatched marks, alternating speakers, continuation
paragraphs, organisations. Run it as a script to see every miss:

    PYTHONPATH=src python tests/stages/extract/test_quotes_stress.py
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "quotes_stress.txt"
#: Floors for the stress set (576 gold quotes, 570 with a speaker). Measured: attribution 0.902
#: on the first batch before the fixes it revealed, 0.989 after; 0.981 (104/106) on the whole set
#: with batch b. Batch c (42 quotes, session 5): 0.762 before the fixes it revealed, 0.952 after.
#: Batch d (40 quotes, session 6): 0.923 (36/39) before its fixes, 1.000 after. Batch e (13
#: quotes, session 6): recall 0.923, attribution 0.667 (8/12) before its fixes, 1.000 and 0.769
#: (10/13) after; whole set 0.980 (196/200), recall 1.000 (202/202). Batch f (57 quotes, session 7,
#: several outlets' conventions): recall 1.000, attribution 0.778 (42/54) before its fixes, 0.981
#: (53/54) after, batch e 1.000 (13/13); whole set 0.992 (252/254), recall 1.000 (259/259). Batch g
#: (64 quotes, session 8): recall 1.000, attribution 0.688 (44/64) before its fixes, 0.984 (63/64)
#: after; whole set 0.994 (316/318), recall 1.000 (323/323). Batches h, i, j (session 8: political
#: and wire-style reporting, 61 quotes, 60 with a speaker): 0.966 (28/29), 0.706 (12/17) and 0.857
#: (12/14) before their fixes, 1.000, 1.000 and 0.929 after; whole set 0.992 (376/379), recall
#: 1.000 (384/384). Batch k (session 9: dash and colon speakers, descriptors across paragraphs,
#: next-sentence speakers, interpreters, bullet lists, translated word order; 38 quotes): recall
#: 1.000, attribution 0.579 (22/38) before its fixes, 0.974 (37/38) after (left: "the Green nominee"
#: after a woman the given-name list does not know); whole set 0.993 (414/417), recall 1.000
#: (422/422), batch j 1.000 (14/14). Batches l, m, n (session 10: crisis-wire register, agencies,
#: bodies, long role phrases, translated order, colon intros, split quotes; each written before its
#: own fixes, m after l's and n after m's): attribution 0.789 (30/38; recall 38/39, one miss a gold
#: line that held only the first sentence of a quoted paragraph, since corrected), 0.875 (28/32)
#: and 0.913 (21/23) before, 1.000, 1.000 and 1.000 after; whole set 0.994 (508/511), recall 1.000
#: (517/517). Left in m: "one of them said" after "officials said" is credited to "one of them"
#: (gold: nobody). Batch o (session 10, 13 quotes, after n's fixes): 0.923 (12/13) before its
#: fix ("an official ..., who asked not to be named" then "he said"), 1.000 after; whole set 0.994
#: (521/524), recall 1.000 (530/530). Session 11, from a hand review of unscored wire and web text:
#: by then the set stood at 0.989 (518/524; four misses had come back with other areas' merges:
#: a pronoun after "Stromsnes asked him", a headline's dash speaker, a story-opening "she said"
#: split by its clause). Batch p (20 quotes in typewriter marks, ``so''): recall 0.250 (5/20),
#: attribution 0.800 (4/5) before its fix, 1.000 and 0.950 (19/20) after (left: "the ministry's
#: report, according to X, found that ..." credited to the report's ministry). Batch q (13 quotes
#: beside four titles of works; companies named like people; judges with honours): 0.769 (10/13)
#: and four titles taken as quotes before, 1.000 and none after. Batch r (3 quotes, "the company
#: said" after "the entire company"): 0.667 (2/3) before, 1.000 after. Batch s (4 quotes, documents
#: of unnamed bodies, "a police statement"): 0.250 (1/4) before, 1.000 after. Batch t (6 quotes,
#: "he said" after an unnamed spokesman who spoke after a named person): 0.500 (3/6) before, 1.000
#: after. Whole set 0.989 (564/570), recall 1.000 (576/576); the six misses are the four above, m's
#: "one of them" and p's report. Batch u (19 quotes, session 11 second round: sentence-opening
#: inverted verbs "Countered X:", "Explained spokeswoman X,"; surnames written with a lower-case
#: particle "said de Varga"; "One of them said" after "Officials said"): attribution 0.833 (15/18)
#: and one speaker given to "One of them" before its fixes, 1.000 (18/18) and none after. Whole set
#: 0.990 (582/588), recall 1.000 (595/595); the six misses: the four that came back, p's report
#: and k's "the Green nominee" (m's "one of them" is fixed). Batch v (7 quotes, relatives sharing
#: a surname): 0.857 (6/7) before its fix (a given name alone, "Jon said", when a longer relative's
#: name held the surname), 1.000 after; whole set 0.990 (589/595), recall 1.000 (602/602). Batch w
#: (19 quotes, session 12 third round, from a hand review of unscored wire text: relatives sharing a
#: surname, the bare surname meant for the one named last before it): 0.474 (9/19) before its fix
#: (every bare surname went to the longest relative's name), 0.895 (17/19) after (left: a full name
#: the tagger does not call a person, "Bertil Ostrand", "Per Skeel", so only the other relative is
#: known); whole set 0.974 (598/614) before, 0.987 (606/614) after. Batch x (23 quotes, same
#: round: partial quotes inside a reported clause with its own named subject, "X said Y had run it
#: 'like a hobby'", also parenthetical, "according to", typewriter marks and conjoined clauses):
#: 1.000 (23/23) before any change, so no fix; kept as a guard. Batch y (14 quotes, same round:
#: labels whose author is written beside them, "branded 'x' by Y", "Labelled 'x' and 'y' by Y, ...",
#: "the agency's description of it as 'x'", and "the statement said" after "X said in a
#: statement"): 0.500 (7/14) before its fix (the two opening-participle quotes were added after the
#: first fix and failed with it), 0.929 (13/14) after (left: "the ruling read" with no ruling named
#: before, gold the court); whole set 0.986 (642/651), recall 1.000 (658/658). Batch z (17 quotes,
#: session 12 fourth round, from a hand review of unscored wire text: labels after a participle and
#: a place's possessive, "dubbed Kestria's 'x'", "known in the islands as the city's 'x' and 'y'",
#: "the so-called 'x'", 15 with no speaker): 9/17 right before its fix (eight labels credited to
#: the place or to the person named before), 16/17 after (left: "Kestria's 'golden decade'" with
#: no label verb, credited to the sentence's subject); labels with no speaker do not count in the
#: attribution score, so the whole set stays 0.986 (644/653), recall 1.000 (675/675). Session 13,
#: fifth round, from a hand review of unscored web text, each batch written before its fix: batch
#: aa (21 quotes: a person named again as the sentence's source, "as noted by coach X.", "according
#: to X.", before "she told"): 16/21 before, 21/21 after; ab (12: "the Labour MP said", "the Green
#: MEP", "the Tory MP for <seat>" as epithets): 2/12 before, 12/12 after; ac (14: a cue-less
#: quotation after one narration paragraph continues the speaker before it): 10/14 before, 14/14
#: after; ad (8: "they" after a plural crowd subject, chants): 3/8 before, 7/8 after (left: "over
#: what they termed 'x'" after "Students across Norvia boycotted classes on Monday" goes to Monday).
#: Whole set 0.986 (698/708), recall 1.000 (730/730). Session 14, sixth round, from a hand review of
#: unscored web and wire text, each batch written and scored before its fix: ae (13: "it"/"they" for a
#: document named just before, "a resolution on Kestria. It demands"): 5/13 before, 13/13 after; af
#: (10: a statement or letter one body shares or forwards for another): 5/10 before, 10/10 after; ag
#: (10: a photographer in a credit line before "he said"): 6/10 before, 10/10 after; ah (8: "the
#: ruling read" with no ruling named, the court that acted before): 2/8 before, 8/8 after (y's "the
#: ruling read" too); ai (8: headline quotations above a byline): 2/8 before, 8/8 after; aj (6:
#: quotation paragraphs under a heading naming a body's statement): 2/6 before, 6/6 after. Whole set
#: 0.976 (702/719) with ae at the start, 0.988 (746/755) after, recall 1.000 (785/785). Session 15,
#: seventh round, each batch written and scored before its fix; from here a title word left in a
#: found name counts as wrong (``_TITLE_WORDS``), which alone turned six old hits into misses: ak
#: (12: "Union Boss X", "Senior Constable X", "Bishop X"): 3/12 before, 12/12 after; al (8: "what
#: they termed 'x'" after a weekday, "it" for a resolution co-sponsored by countries and adopted by
#: a body): 4/8 before, 8/8 after; am (8: a person named inside a parenthesis clause before "he
#: says"): 6/8 before, 7/8 after (left: a one-word stage name the tagger calls a place, now no
#: speaker instead of the aside's person); an (10: a list of headlines opening with a quotation,
#: "'x': Name reveals ..."): 3/7 before, 7/7 after. Whole set 0.962 (753/783) with ak-am and the
#: stricter scorer at the start, 0.982 (776/790) after, recall 1.000 (821/821). Session 16, eighth
#: round, each batch scored before its fix: ao (14: a whole role phrase before a name with no comma,
#: "the Governor of <province> X", "Minister for <affairs> X", "the head of the district
#: administration X", dash captions "— Governor X"): 7/14 before, 14/14 after (and four old misses of
#: that shape); ap (10: headlines whose subject is a passive's patient, "'x': X sued by her staff",
#: "X criticised by Y: 'x'"; 4 with no speaker): 5/10 right before, 9/10 after (left: "X questioned
#: after the crash" with no agent, which the parser reads as active; an 11th case, a body guard "X,
#: praised by Y, asked: 'x'", was added after the fix and holds); aq (12: a phrase in quotation
#: marks inside a headline with no cue; 4 with no speaker; 2 guards): 6/12 before, 7/12 after (the
#: carry-over from the previous headline is gone; left: "X wins 'y'", "X dies 'y'", "Velmo's 'y' X"
#: credited to the line's own subject, and two guards, "Orsk baker X thanks ..." with no speaker and
#: "Actor Per X says" credited to "Actor"). Whole set 0.985 (807/819 counted), recall 1.000 (858/858).
#: Session 17, ninth round, each batch scored before its fixes: ar (18 quotes, the classes the eighth
#: round left open: a headline's phrase under a verb that is no verb of saying, "X gushes that Y is
#: 'z'", "demands" as a noun, passive headlines without "by", "Actor Per X says", titles roles.tsv
#: lacks): 13/18 right before, 15/18 after, with aq's three reported phrases and "Actor Per Holm"
#: (left: "rejected the union's demands for 'x'" credited to the one who rejected them, fixed
#: below; "X slammed over 'y'" and "X criticised for 'y'", headline passives without "was" or "by", which the parser
#: reads as active); as (9 quotes from a hand review of quotes-dev tune, written as crisis-wire
#: text: "officials at <body>", "as <source> put it", "52 percent of voters agreed", "a plank calling
#: for 'x'", a poll's finding): 2/9 right before, 7/9 after (left: "the agency" two paragraphs after
#: a body named otherwise; "a report found that the ministry could not show ..., calling it 'x'",
#: whose participle the parser hangs on the ministry's clause). Whole set 0.977 (821/840) with ar and
#: as at the start, 0.985 (827/840) after, recall 1.000 (885/885). Batch at (17 quotes, crisis wires:
#: acronym bodies, "the paramilitary force said", "the army" as its own body beside another named
#: one, a president titled again, statements that "read", quotes over two paragraphs): 14/17 before,
#: 16/17 after (left: "a resident ... told AFP", gold nobody, credited to the description); a guard
#: for ar's headline test (a body line ending in a second quotation's full stop, which the first
#: fix of ar read as a headline). Whole set 0.985 (844/857), recall 1.000 (903/903). Batch au (3
#: quotes: mixed-case acronyms, "DoDRA", "MoH", spelled out before): 1/3 before, 3/3 after. Batch ar's
#: request nouns ("rejected the union's demands for 'x'", "renewed its calls for 'x'", "removed a
#: call for 'x'"; 3 quotes, the first now credited to the union as its owner): 0/3 before, 3/3 after.
#: Whole set 0.985 (849/862), recall 1.000 (908/908). Batch av (11 quotes, more crisis-wire shapes:
#: rank abbreviations, "Dr.", "who heads", "according to an AFP translation", two bodies in one
#: paragraph): 11/11 before any change, so no fix; kept as a guard. Whole set 0.985 (860/873).
#: ar's passive headlines without "was" or "by" (2 quotes, nobody's): 0/2 before, 2/2 after
#: (JUDGING_VERBS in a bare past form with no object and an "over"/"for" phrase). Batch aw (1 quote,
#: a guard for a clean-dev tune case the tagger split, which invented text does not reproduce):
#: 1/1 before and after. Whole set 0.985 (861/874), recall 1.000 (920/920).
#: Session 18, tenth round, each batch scored before its fixes: ay (17 quotes, the classes the ninth
#: round left open: relatives sharing a surname told apart by "Ms"/"Mr", "wrote to" a body, "they
#: wrote" after it, one-word stage names, "the Liberal councillor said", passive headlines "X accused
#: of 'y' (by Z)"): 8/15 right and 0/2 nobody-quotes right before, 15/15 and 2/2 after; az (5: a
#: prepositional participle with its own subject, "..., with students calling the dean a 'coward'"):
#: 2/4 + 1/1 before, 4/4 + 1/1 after; ba (14, crisis-wire guard): 13/13 before any change (left:
#: "residents ... told Reuters", gold nobody, credited to the description, as at's); bb (4: "Del."
#: before a nicknamed name, "it wrote" after a union wrote to a board, "they wrote" after nurses
#: wrote to an untagged board): 3/4 before and after for the scorer ("Del." left in the name before
#: is a title the scorer does not list; the nurses' quote is left open); bc (4: a pull quote repeated
#: in the body, a nested repeat, "One, who asked not to be named, said"): 2/3 + 0/1 before, 3/3 +
#: 1/1 after. Whole set 0.978 (873/893) with ay at the start, 0.985 (903/917) after, recall 1.000
#: (969/969).
#: Session 19, eleventh round, each batch scored on the base code before its fixes: bd (17 quotes,
#: the classes the tenth round left open and other outlets' shapes: first names alone, "they wrote"
#: after teachers wrote to a council, hyphenated titles the parser splits, "a senior official",
#: "told <agency>", transcripts, live blogs, question-and-answer interviews): 12/15 + 0/2 nobody
#: before, 15/15 + 0/2 after (two golds first written with their article, "a senior official", were
#: corrected before the fixes; left: "one resident told <agency>" and "a mother told <broadcaster>",
#: gold nobody, credited to the description, as at's and ba's); be (12, from the seed-1311 review
#: of tune text: cue-less words inside an interview's answers, a standfirst under an "according to" headline,
#: "his office" after a possessor, a next sentence's cue that belongs to its own quotation): 6/12
#: before, 12/12 after, plus an explainer guard of 2; bf (14, wire reports with names of other
#: languages' shapes, "al-" particles, first names alone, "X, known as Y" then "Y said"): 13/14
#: before, 14/14 after. Whole set 0.986
#: (947/960 with bd, be, bf), recall 1.000 (1016/1016); bb's nurses are fixed with bd. be's interview
#: rule first took the latest speaker before any question paragraph; on clean-dev tune explainers
#: that head sections with questions it moved 8 right or nobody quotes to one person, so only an
#: interview verb ("we spoke with X") makes an interview now (be-explainer-question-headings-guard).
#: Session 20, twelfth round, scored on the base code before its fixes: bg (24 quotes, other outlets'
#: shapes: one-word names beside a bracket aside, broadcast transcript labels with "(voice-over)"
#: and roles, live-blog entries ("Our correspondent in X, Y, writes:", time stamps), translated
#: text in guillemets, low-high marks and German single marks, "- he said", press releases ("said X,
#: Chief Executive Officer of Y"), court reports, posts quoted as blocks, "quoted X as saying", and
#: "she said" after "my mother" in an answer): recall 23/24, attribution 22/23 before (German
#: single marks not read; "she" after "My mother" given to a place the tagger called a person),
#: 24/24 and 24/24 after, plus a guard ("Her daughter was at school. '...,' she said" stays the
#: named mother's). Whole set 0.987 (971/984), recall 1.000 (1040/1040).
#: bh (8 quotes, classes from the seed-1427 review of tune text written as wholly invented text:
#: "he said" after a surname subject the parser may hang on an auxiliary, "they wrote" after a
#: petition mailed to "<body> members", a complaint "filed by" a body, a lawsuit and an indictment
#: with no filer): 4/5 + 0/3 nobody before, 5/5 + 2/3 after (the auxiliary case passes on the base
#: code, kept as a guard; left: the pair's "they wrote", gold nobody, now the first of the pair
#: instead of the recipient board). bi (13 quotes from the same review's clean-dev tune pages,
#: invented likewise: a quotation left open at its paragraph's end running on through a paragraph
#: with no marks, the words of a question put to someone, "he was asked whether ... 'x'", and "When
#: asked about X, the minister, Ada Roe, said:" with the name hung on X; 5 guards): 6/9 + 2/4
#: nobody before, 9/9 + 4/4 after. Whole set 0.987 (985/998), recall 1.000 (1061/1061).
#: Session 21, thirteenth round, scored on the base code before its fixes: bj (48 quotes: live-blog
#: headings "<Body> - <status>", "the agency" two paragraphs after the body, "officials at <body>",
#: unnamed witnesses who "told <agency>", translated wire text ('"...," - noted the governor of the
#: region, X', "— said X" on a line of its own, spaced French guillemets, "According to him", "In the
#: words of X"), interviews labelled with initials, press-conference labels in capitals ("THE
#: PRESIDENT:", "MINISTER X:"), photo captions, an embedded post signed "— X (@handle) date", and
#: parliament records "X (Party):"): recall 47/48, attribution 32/46 before, 48/48 and 46/46 after
#: (as's "the agency" two paragraphs on is fixed with it). The issue's brief credits an unnamed
#: witness's words to the witness, so the four golds that said nobody for "a resident ... told
#: <agency>" and "a mother of three told <broadcaster>" (at, ba, bd) now name the description, as the
#: code already did. Whole set 0.974 (1017/1044) with bj at the start, 0.989 (1037/1049) after,
#: recall 1.000 (1109/1109). Batch bk (21 quotes, after bj's fixes: a live-blog entry headed "<Person> -
#: <status>", a caption's '"x": Name, 54, in Lusk', "– said X" with an en dash and a name the tagger
#: calls a facility, a "Q:" label the parser made the subject of the question's verb, a quotation in
#: an "A:" answer after one in the question, "officials from <body>", witnesses who told an agency):
#: 16/21 before, 21/21 after. Whole set 0.989 (1058/1070), recall 1.000 (1130/1130). Batch bl (10
#: quotes after bk's fixes: "according to the head of the region, X" with the name hung elsewhere, a
#: transcript released by an office, a show's title, "told me", "X, 61, a farmer:"): 8/10 before
#: (one gold first written as "source in <ministry>", corrected to batch m's "source"), 10/10 after.
#: Whole set 0.989 (1068/1080), recall 1.000 (1140/1140). Batch bm (12 quotes after bl's fixes:
#: readouts, remarks relayed by a wire service, "recalled her sister, X", "As X emphasised,", a
#: quotation split by a cue set between dashes): 10/12 before, 12/12 after (the split one's cue and
#: subject both hung on the quoted verb; the name comes out as "Orsk, Lene Falk", one entity of the
#: tagger's, which the scorer's words rule accepts). Whole set 0.989 (1080/1092), recall 1152/1152.
#: Session 22, fourteenth round, each batch scored before its fixes: bn (46 quotes: pairs credited
#: together, "they wrote"/"the two said" after them, spokesperson chains, readouts, addresses,
#: letters seen by an outlet, "a source familiar with the talks", a colon after a bare title,
#: headline quotations): 36/46 before, 45/46 after (a headline's short body name, "Red Crescent
#: says", now takes the fuller name under it; left: "the statement from X's office read", with
#: "read" parsed as a noun); bo (23 quotes after bn's fixes: pairs by surname and with a
#: role between, "the couple", "they said" after a crowd, the one asked answering "he said"):
#: 15/23 before, 21/23 after (left: '"x" - that was the message from X', and an invented
#: demonym the tagger calls a person, which hides the body a spokeswoman speaks for); bp (15,
#: wire and translated shapes): 15/15 before any change, kept as a guard. The first batch's "he
#: said" after "Stromsnes asked him" is fixed with bo. Whole set 0.975 (1146/1176) with bn-bp at
#: the start, 0.988 (1162/1176) after, recall 1.000 (1236/1236). Session 23, fifteenth round: bq
#: (58 quotes: British "said Mr X" without a dot, Indian "said X, <long role>", "X told <agency>",
#: translated "declared X"/"underlined the head of the region", "In the words of", anonymity
#: asides, a Q&A block, headline-only and caption speakers, bulleted lists under a verbless heading,
#: "speaking for", '"...": the words of X', '"..." - that was the message from X', "came the reply
#: from X", "It was X who shouted", the reporter's question, "the former"/"the latter", "officials"):
#: 46/58 before, 57/58 after (left: "the mayor ... told us 'x'" inside an interview's answer goes to
#: the interviewee, whom the article gives no role, by the title's roleless fallback). The same
#: fixes mend four older misses (bn's "statement ... read", bo's message after a dash and "a
#: spokeswoman for the Kestrian interior ministry ... saying only", aq's headline verb the tagger
#: calls a noun). Whole set 0.979 (1208/1234) with bq at the start, 0.991 (1223/1234) after, recall
#: 1.000 (1295/1295). Batch br (19 quotes after bq's fixes: a noun for the words before a colon,
#: "The message from X was blunt:", "X's reply:"; "a statement attributed to X"; "he" for a man named
#: as an object; "(pictured)"; a live-blog time stamp; "As stated by the press service of X"):
#: 15/19 before, 18/19 after (left: "the two-time Olympian said", a capitalised epithet the tagger
#: calls a proper noun). Whole set 0.990 (1241/1253), recall 1.000 (1314/1314). Batch bs (10 quotes
#: after br's fixes: a bracketed signature after the quotation, "both men said" after a pair, an
#: interview byline, "for her part", "said X of <body>"): 7/10 before, 9/10 after (left: "the owner
#: kept shouting 'x'" in an interview's answer goes to the byline's interviewer, as bq's "the mayor"
#: goes to the interviewee). Whole set 0.988 (1248/1263) with bs at the start, 0.990 (1250/1263)
#: after, recall 1.000 (1324/1324). A definite noun subject in an interview's answer line now keeps
#: its own description unless the person it resolved to holds that noun in a written role or
#: description (bq's "the mayor": 58/58); whole set 0.991 (1251/1263). bs's "the owner" is still the
#: interviewer's: its verb ("kept shouting") reaches the speaker by another rule, left for a later round.
#: Session 24, sixteenth round: bt (60 quotes, written before any run: title-only people named
#: later, "the former president" beside "the president", an acronym spelled out after it speaks,
#: translated order "on the words of X" and "it is said in the message of X", headline and colon
#: quotations, posts and letters, and marks that are nobody's words; two titles of works use the
#: new "!" gold, right as no quote or as a quote with no speaker): recall 58/58, attribution 49/54
#: before (one gold first written with a full name the article never gives, corrected to the
#: surname), 54/54 after. Whole set 0.987 (1300/1317) with bt at the start, 0.991 (1305/1317)
#: after, recall 1.000 (1382/1382). bu (37 quotes after bt's fixes: acting, ex- and -elect
#: holders, "its spokesperson", translated openers "Commented on the situation the mayor X:",
#: "Reported in the press service of X:", headlines "Mayor X to <audience>:" and "'...': <place>
#: mayor", placards "saying", "a post on X's channel read:"; three "!" lines): 23/32 before, 31/32
#: after (left: the headline's mayor, whose invented name under it the tagger does not tag; the
#: rule holds in a unit case with a name it tags). Whole set 0.990 (1336/1349), recall 1417/1417.
#: bv (31 quotes after bu's fixes: "speaking on behalf of", epithets with ages and hyphenated
#: places, dash asides, split quotes, joint statements, a motto, a song, a front page, a nickname in
#: an appositive): 26/27 and the nickname credited to its bearer before, 27/27 and the nickname
#: nobody's after ("The union's statement was short:" now names the union). Whole set 0.991
#: (1363/1376), recall 1.000 (1446/1446). bw (15 quotes after bv's fixes: same-sex pairs across
#: paragraphs with a title-only first mention, "then-", "deputy", "vice", "new"): 11/15 before, 14/15
#: after ("he" after "The governor promised ..." is the governor; "the vice president" is not the
#: president described by the same noun; a surname the tagger calls an interjection, "Aas said").
#: Left: "the new governor" after "X was sworn in as governor" (a role written as a predicate is not
#: recorded, and "new" must be in the role). Whole set 0.990 (1377/1391), recall 1.000 (1461/1461).
#: bx (9 quotes after bw's fixes: letters, posts, statements on websites, interview turns labelled
#: by surname): 8/9 before any change, no fix (left: "forty doctors from the Lusk clinic wrote"
#: credited to "forty doctors", the group without its "from" phrase). Whole set 0.989 (1385/1400),
#: recall 1.000 (1470/1470).
#: The floors let about eight more attributions go, or eight found quotes.
ATTRIBUTION_FLOOR = 0.97
QUOTES_RECALL_FLOOR = 0.98
#: Share of a gold quote's words a found quote must hold to be the same quote.
MATCH_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Gold:
    text: str
    speaker: str | None
    #: False for marks that are nobody's words (a code name, a banner): found with no speaker, or
    #: not found at all, are both right (the issue: "no quote, or no speaker").
    required: bool = True


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    quotes: tuple[Gold, ...]


def load(path: Path = FIXTURE) -> list[Article]:
    """The articles of the fixture, in file order."""
    articles: list[Article] = []
    current: str | None = None
    lines: list[str] = []
    golds: list[Gold] = []

    def close() -> None:
        if current is not None:
            articles.append(Article(current, "\n".join(lines).strip(), tuple(golds)))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            close()
            current, lines, golds = line[3:].strip(), [], []
        elif line.startswith(">> "):
            text, _, speaker = line[3:].rpartition(" = ")
            who = speaker.strip()
            golds.append(Gold(text.strip(), None if who in ("-", "!") else who, who != "!"))
        elif current is not None and not golds:
            lines.append(line)
    close()
    return articles


def _words(text: str | None) -> list[str]:
    return re.findall(r"[^\W_]+", (text or "").casefold())


def same_quote(gold: str, found: str) -> bool:
    g, f = _words(gold), set(_words(found))
    return bool(g) and sum(w in f for w in g) / len(g) >= MATCH_SHARE and len(f) <= 2 * len(set(g)) + 2


#: Title and job words that must not be left in a person's name ("Union Boss Ada Roe" for "Ada Roe"):
#: the tagger's titles and honorifics, and job words of stress batch ak written before a name.
_TITLE_WORDS = frozenset({"minister", "president", "governor", "mayor", "chief", "head", "director",
                          "commander", "general", "judge", "officer", "captain", "sergeant", "bishop",
                          "archbishop", "pastor", "boss", "manager", "constable", "inspector", "detective",
                          "coach", "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady"})


def right_speaker(gold: str | None, found: str | None) -> bool:
    """Every word of the gold speaker's name is in the found one ("Ada Roe" in "Ada Roe's office"
    is wrong only in the sense of naming a body; a shared surname alone is not enough), and the found
    one adds no title word ("Bishop Ada Roe" for "Ada Roe" names the person with her title; "the
    office of President Ada Roe" names her office, as above)."""
    if gold is None:
        return found is None
    g, f = set(_words(gold)), set(_words(found))
    return bool(f) and g <= f and ("office" in f or not (f - g) & _TITLE_WORDS)


@dataclass(frozen=True, slots=True)
class Result:
    found: int
    total: int
    attributed: int
    attributable: int
    misses: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 0.0

    @property
    def attribution(self) -> float:
        return self.attributed / self.attributable if self.attributable else 0.0


def measure(nlp: Any, articles: list[Article]) -> Result:
    """Quotes found and speakers right over the whole set, with a line per miss."""
    from groundwatch.stages.extract.quotes import extract_quotes
    from groundwatch.stages.extract.registry import ExtractionContext

    found = total = attributed = attributable = 0
    misses: list[str] = []
    for art in articles:
        quotes = extract_quotes(nlp(art.text), ExtractionContext(art.id, None), {})
        for g in art.quotes:
            hit = next((q for q in quotes if same_quote(g.text, q.text)), None)
            if hit is None and not g.required:
                continue
            total += 1
            if hit is None:
                misses.append(f"{art.id}: not found: {g.text!r}")
                continue
            found += 1
            if g.speaker is None:
                if hit.speaker is not None:
                    misses.append(f"{art.id}: {g.text[:40]!r} has no speaker, got {hit.speaker!r}")
                continue
            attributable += 1
            if right_speaker(g.speaker, hit.speaker):
                attributed += 1
            else:
                misses.append(f"{art.id}: {g.text[:40]!r} by {g.speaker!r}, got {hit.speaker!r}")
    return Result(found, total, attributed, attributable, tuple(misses))


def test_the_fixture_is_large_enough() -> None:
    articles = load()
    assert len(articles) >= 20
    assert sum(len(a.quotes) for a in articles) >= 60
    assert all(a.text and a.quotes for a in articles)


def test_matching_rules() -> None:
    assert same_quote("We cannot do this alone", "We cannot do this alone")
    assert not same_quote("We cannot do this alone", "They promised us pumps in March")
    assert right_speaker("Ada Roe", "Ada Roe")
    assert not right_speaker("Mira Roe", "Teo Roe")
    assert not right_speaker("Ada Roe", None)
    assert right_speaker(None, None)
    assert not right_speaker("Ada Roe", "Union Boss Ada Roe")
    assert right_speaker("Ada Bishop", "Ada Bishop")


def test_gold_line_marks(tmp_path: Path) -> None:
    fixture = tmp_path / "set.txt"
    fixture.write_text("## one\nText.\n>> a b c = Ada Roe\n>> d e = -\n>> f g = !\n", encoding="utf-8")
    (art,) = load(fixture)
    assert [(g.speaker, g.required) for g in art.quotes] == [("Ada Roe", True), (None, True), (None, False)]


def test_stress_set_attribution(nlp: Any) -> None:
    result = measure(nlp, load())
    detail = "\n".join(result.misses)
    assert result.recall >= QUOTES_RECALL_FLOOR, detail
    assert result.attribution >= ATTRIBUTION_FLOOR, detail


if __name__ == "__main__":
    from groundwatch import nlp as gw_nlp

    everything = load()
    batched = tuple(f"{b}-" for b in "bcdefghijklmnopqrstuvwxy")
    parts = {"first batch": [a for a in everything if not a.id.startswith(batched)],
             "batch b (written after the fixes)": [a for a in everything if a.id.startswith("b-")],
             "batch c (session 5, written before its fixes)": [a for a in everything if a.id.startswith("c-")],
             "batch d (session 6, written before its fixes)": [a for a in everything if a.id.startswith("d-")],
             "batch e (session 6, the issue's patterns)": [a for a in everything if a.id.startswith("e-")],
             "batch f (session 7, outlets' conventions)": [a for a in everything if a.id.startswith("f-")],
             "batch g (session 8, written before its fixes)": [a for a in everything if a.id.startswith("g-")],
             "batch h (session 8, political reporting)": [a for a in everything if a.id.startswith("h-")],
             "batch i (session 8, wire-style crisis reports)": [a for a in everything if a.id.startswith("i-")],
             "batch j (session 8, house styles and epithets)": [a for a in everything if a.id.startswith("j-")],
             "batch k (session 9, written before its fixes)": [a for a in everything if a.id.startswith("k-")],
             "batch l (session 10, crisis wires, before its fixes)": [a for a in everything if a.id.startswith("l-")],
             "batch m (session 10, after l's fixes)": [a for a in everything if a.id.startswith("m-")],
             "batch n (session 10, after m's fixes)": [a for a in everything if a.id.startswith("n-")],
             "batch o (session 10, after n's fixes)": [a for a in everything if a.id.startswith("o-")],
             "batch p (session 11, typewriter marks)": [a for a in everything if a.id.startswith("p-")],
             "batch q (session 11, titles, companies, judges)": [a for a in everything if a.id.startswith("q-")],
             "batch r (session 11, company epithets)": [a for a in everything if a.id.startswith("r-")],
             "batch s (session 11, documents of unnamed bodies)": [a for a in everything if a.id.startswith("s-")],
             "batch t (session 11, unnamed spokesmen)": [a for a in everything if a.id.startswith("t-")],
             "batch u (session 11, inverted verbs, particles)": [a for a in everything if a.id.startswith("u-")],
             "batch v (session 11, relatives sharing a surname)": [a for a in everything if a.id.startswith("v-")]}
    model = gw_nlp.load()
    for label, articles in parts.items():
        res = measure(model, articles)
        print("\n".join(res.misses))
        print(f"{label}: quotes recall {res.recall:.3f} ({res.found}/{res.total}); "
              f"attribution {res.attribution:.3f} ({res.attributed}/{res.attributable})")
    sys.exit(0)

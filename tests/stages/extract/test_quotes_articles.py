"""Quote attribution across whole invented crisis-news articles (tests/fixtures/quotes_articles.txt).

The single-sentence stress set is saturated and carries poorly to new stories: the attribution
errors left on unseen news are cross-paragraph (who "he", "the minister", "the agency" or "the
official" is after several people and bodies were named). These articles, each 6-15 paragraphs,
were written before the code was run on them. A second set (tests/fixtures/quotes_crisis.txt, 29 articles in
new registers, gold committed before each batch was run) measures how far those fixes carry; a third
(tests/fixtures/quotes_blind.txt, 26 political and crisis articles) was written blind in session 26, a
fourth (tests/fixtures/quotes_blind2.txt, 26 political articles) in session 27, and a fifth
(tests/fixtures/quotes_blind3.txt, 26 crisis-news articles) in session 29, and a sixth
(tests/fixtures/quotes_blind4.txt, 26 political articles) in session 36.
Run as a script to see every miss of one set:

    PYTHONPATH=src python tests/stages/extract/test_quotes_articles.py [quotes_crisis.txt]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from test_quotes_stress import load, measure

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
#: The article set (quotes_articles.txt, 15 articles), its history.
#: First batch (qa-, 9 articles, 72 quotations, 67 with a speaker, 5 "!"
#: marks), written before any run (quotes round 17): recall 1.000 (70/70), attribution 0.896 (60/67),
#: and one label ("known in the valley as the 'x'") credited to the next verb's agent; after its
#: fixes 1.000 (67/67) and no label credited. Second batch (qb-, 6 articles, 34 quotations, 32 with
#: a speaker), written after qa's fixes and before any run of its own: recall 1.000 (33/33),
#: attribution 0.906 (29/32) and a banner credited; after its fixes 0.969 (31/32), the banner
#: nobody's (left: "Volunteers" under a dateline the tagger runs into one body name, "Brevonia —
#: Volunteers", so "what they call" goes to the town). Third batch (qc-, 5 articles, 20 quotations),
#: written after qb's fixes and before any run of its own: recall 1.000 (20/20), attribution 0.900
#: (18/20); after its fixes 1.000 (an acronym defined where the dateline hid the body from the
#: tagger; "a health ministry memo" by the health ministry, not "ministry"). Whole set 0.992
#: (118/119), recall 123/123; main before the round: 0.899 (107/119). Fourth batch (qd-, 3
#: articles, 13 quotations), written after qc's fixes and before any run of its own: 12/13 ("said a
#: post from the battalion" given to the person named before, "battalion" being no listed body);
#: 13/13 after. qb's dateline crowd fixed last: whole set 1.000 (132/132), recall 136/136 (main
#: before the round: 0.902, 119/132).
#:
#: The crisis set (quotes_crisis.txt, 29 articles), its history. First batch (ca-, 15 articles, 121
#: quotations, 120 with a speaker), gold committed before any run; blind run of main (af9bc46): recall
#: 1.000 (121/121), attribution 0.917 (110/120). The
#: ten misses: a witness named in "who gave only her first name, X" (two: the quote went to the
#: resident or the officer named before); "the company said" after "The mining company, X," and "The
#: ferry's operator, X," (three: the role noun or the survivors named between); "he said" after a
#: paragraph opening "According to X," (the man named before); a story-opening quotation after a
#: dateline whose speaker comes next, "That was how X described ..." (nobody); "known only as X" with
#: a partial quote (the woman named before); "it said" after "The president's office" (credited to
#: "Sanna Reith's office", the same office by its holder's name, which the scorer's word test counts
#: as a miss). After its fixes 0.992 (119/120; the office left). Second batch (cb-, 5 articles, 33
#: quotations), written after those fixes, gold committed before any run of its own: 30/33 on main and
#: on the fixed code alike (the fixes neither carried nor hurt): "who gave her name only as X" (the
#: officer before), "the prosecutor's office" after "Her lawyer, X" (credited to the lawyer's office),
#: "A militia spokesman, reached by telephone, disputed that. '...,' he said" (the colonel before; an
#: unnamed speaker whose verb is no verb of saying, left to the quotes branch that owns that shape).
#: After its fixes 32/33; whole set 0.987 (151/153), recall 1.000 (154/154). Third batch (cc-, 3
#: articles, 19 quotations), written after the second batch's fixes, gold committed before any run of
#: its own: 18/19 on main and on the fixed code alike ('"...," said Sgt. X of Y. "..."': the tagger and
#: the sentence splitter cut "Sgt" from the name, and the second quotation went to "Sgt"); 19/19
#: after. Whole set 0.988 (170/172), recall 1.000 (173/173); main on the whole set 0.919 (158/172).
#: Fourth batch (cd-, 3 articles, 17 quotations), written after the third batch's fixes, gold
#: committed before any run of its own: 17/17 on the fixed code, 16/17 on main (its miss, "A
#: statement from the prime minister's office" credited to the harbour master named before, is the
#: second batch's prosecutor shape). Whole set 0.989 (187/189), recall 1.000 (190/190); main 0.921
#: (174/189). Fifth batch (ce-, 3 articles, 16 quotations: two ministers of one sex, two agencies, a
#: woman named as the object), gold committed before any run of its own: 15/16 on the fixed code and
#: on main alike ("the Red Cross said" after "The Osterran Red Cross Society": the short name, not
#: the body as first named); 16/16 after. Whole set 0.990 (203/205), recall 1.000 (206/206); main
#: 0.922 (189/205). Sixth batch (cf-, 2 articles, 12 quotations: epithets by age and family,
#: "adding:", plural officials), gold committed before any run of its own: 11/12 on the fixed code and
#: on main alike ("the brother said" after "The gunman's brother, who asked not to be named, told ...",
#: credited to the commissioner named before); 12/12 after. Whole set 0.991 (215/217), recall 1.000
#: (218/218); main 0.922 (200/217). Seventh batch (cg-, 2 articles, 9 quotations: places, a camp and
#: a hospital as subjects before "she said", an acronym body, "Quoting X", "quoted X as saying"), gold
#: committed before any run of its own: 8/9 on the fixed code and on main alike ("it said" after "The
#: CRCC later said" credited to the bare acronym, not the name spelled out); 9/9 after. Whole set
#: 0.991 (224/226), recall 1.000 (227/227); main 0.920 (208/226). Eighth batch (ch-, 2 articles, 11
#: quotations), gold committed before any run of its own: 11/11 on the fixed code and on main alike.
#: Whole set 0.992 (235/237), recall 1.000 (238/238); main 0.924 (219/237). Over the seven batches
#: written after the first one's fixes (ch included), blind: 110/117 with the code of the time, 109/117
#: on main: each batch's misses were shapes of its own, and the earlier fixes carried one case.
#: The interview set (quotes_interviews.txt, 3 articles, not gated; session 22, written for the
#: speaker-ranker round before any run of its own): recall 1.000 (19/19), attribution 10/18 on main
#: a20f807, all misses open. A full name right after a dateline dash ("TOWN, Country — Given Surname
#: spent") that the tagger leaves untagged: five quotations credited to the surname alone and one
#: "she said" to the host named after her, whose sex the text never shows; "A resident, Given Surname,
#: said" with the given name tagged ORG: the "she said" after goes to "resident", and so does a later
#: "Surname closed the meeting. '...,' she said"; an unnamed group's partial quotation under the
#: dateline credited to the dateline's words (marked nobody's in the gold; arguably the engineers').
#: Both sets: the floors let about five attributions go.
#:
#: The blind political set (quotes_blind.txt, 26 articles, 187 quotations, 186 with a speaker;
#: session 26, task qblind): US and European political news (campaigns, parliaments, courts,
#: diplomacy) and crisis wires, written with its gold before any run and before the quote code was
#: read. Blind run of main 40ce9d7: recall 1.000 (187/187), attribution 0.860 (160/186), and a
#: draft's words credited to the official named before. After its fixes (branch qblind) 0.952
#: (177/186): a dateline in capitals the tagger calls a person is no subject; a hyphenated surname is
#: one word (alone as a subject, before an age); a name set off by commas right before the verb
#: names the subject of a long role phrase ("A lawyer for X, Y, said", "His rival for the
#: nomination, state Treasurer Y, welcomed"), even untagged, and "One of them, Y," is Y; "the
#: senator from X" is the holder introduced with X. Left: a letter read aloud by another (two), a
#: draft's words, "the mayor-elect" named only as "the winner" (two), "the candidate" for a man
#: called a front-runner, a second partial quote under a passive verb, an untagged interview
#: question, a body named in apposition ("The state railway, X,"), a cable's author named after it.
#: The other sets unchanged (stress 1385/1400, articles 131/132, crisis 235/237, interviews 10/18).
#:
#: The second blind political set (quotes_blind2.txt, 26 articles, 227 quotations, 222 with a speaker and 5
#: titles of shows and books marked "!"; session 27, task qblind2): US, UK and European political news with
#: four to eight speakers an article, written with its gold before any run and before the quote code was
#: read. Blind run of main 130baa8: recall 1.000 (222/222), attribution 0.874 (194/222), no title credited.
#: After its fixes (branch qblind2) 0.955 (212/222): a name the tagger runs into a dateline's region
#: ("Region — Given Surname" as one entity) is the name after the dash; a body-tagged full name whose
#: surname is tagged a person elsewhere is a person, and such a surname is no body an unnamed spokesman
#: speaks for; "the congresswoman" matches a "Rep." and, of several, the one shown to be a woman; an age
#: before a title ("the 66-year-old senator") no longer blocks the match; "the senators" after a pair
#: holding the title (also when the parser made them sibling subjects); a party-and-seat bracket after a
#: name set off before the verb ("One of them, Rep. X (F-Y), said"); a thing as a speech verb's subject
#: yields to the name set off before the verb; a document's signer in the next sentence ("It was signed by
#: X"); a colon clause whose subject has a name in apposition ("Her colleague X was less coy:"); "she" in an
#: "after"/"when" clause for the woman the main clause names, when its subject is "he" ("He apologised to X
#: after she said"). Left (10): an unnamed official whose long relative clause comes before a partial quote
#: (credited to the person before); an epithet named only in the next paragraph ("A former foreign minister
#: ... accused"); "A spokeswoman for the leader, X, said he 'will ...'" (debatable: X may be read as the
#: spokeswoman); a promise quoted inside another's reported clause ("recalled that the prime minister had
#: promised to 'x'", which batch x's rule keeps for the reporter); a heckler named only later; "X is said to
#: have told Y, 'q'" inside a filing (the filing's signer); "the prime minister" never given that title in
#: the article (the last roleless person); a pair of bodies in apposition (the first body only); "supporters
#: began chanting 'x'" (the man named after); "what the articles of impeachment called 'x'" (debatable
#: gold). Other sets unchanged (stress 1385/1400, articles 131/132, crisis 235/237, interviews 10/18, blind
#: 177/186); quotes-dev unchanged (tune 0.997, of it tune-A 1.000 and tune-B 0.992 by a hash of the id,
#: held-out 0.964).
#:
#: The third blind set (quotes_blind3.txt, 26 articles, 214 quotations, all with a speaker; session 29,
#: task qblind3): crisis news (war, disasters, displacement, epidemics, detentions) in the registers of
#: wires, broadcasters, papers, UN and NGO releases and a live page, written with its gold before any run
#: and before the quote code was read. Blind run of main beff53a: recall 1.000 (214/214), attribution
#: 0.893 (191/214). After its fixes (branch qblind3) 0.963 (206/214): a lower-case body noun the tagger
#: calls a proper noun ("the defence ministry") is no person's name; a name framed by an age (or another
#: frame) that the tagger calls a work of art or a product is a person; "who gave his name only as X said"
#: with the verb right after the name; "Her husband said" is a subject for the husband introduced by that
#: tie ("X and her husband, Y,"), so the next "he said" is not a man who spoke before; "a woman/man/boy/
#: girl" (roles.tsv kind "sexed") give their sex, so "she" is never an unnamed boy, and a one-word name
#: after them ("A woman in her thirties, Y, who ...") is a framed person and subject; "His colleague, who
#: declined to give his name, said" is one more unnamed speaker; "a claim X rejected as 'y'" is X's
#: (speech_verbs.tsv list "as": "reject" as a plain cue broke stress ar-demands-noun). Left (8): a
#: partial quote in a relative clause the parser hung on the wrong verb ("which engineers had warned ...
#: was 'x'"); "the national fire service" answered as "fire service" (debatable gold); a given name that
#: is a title word ("Emir"); "the mediator" in the lead named only three paragraphs later; a fronted
#: phrase ("In a statement released through X, Y's parents, A and B, said") the parser makes an
#: apposition chain with no subject (three quotations, credited through "they" to a town the tagger
#: calls a body); "the mayor's office" credited as "<the mayor's name>'s office" (the known office
#: shape). Other sets: stress 1385/1400, articles 131/132, crisis 235/237, interviews 10/18, blind2
#: 212/222 unchanged; blind 177 -> 179/186. quotes-dev and crises-2023: no quotation's speaker changed
#: (tune, of it tune-A and tune-B by a salted hash of the id, and held-out alike: quotes-dev attribution
#: 0.997 / 0.995 / 1.000 / 0.964, crises-2023 1.000 / 1.000 / 1.000 / 0.857); the full gate unchanged.
#:
#: The fourth blind set (quotes_blind4.txt, 26 political articles, 235 quotations, 233 with a speaker and 2
#: show titles marked "!"; session 36, task qb4): US, UK, Commonwealth and European political news, written
#: with its gold before any run and before the quote code was read. Blind run of main 7eef9e2c: recall 1.000
#: (233/233), attribution 0.880 (205/233). After its fixes (branch qfix4) 0.979 (228/233): a double-barrelled
#: surname the tagger tags on its last part is the whole word; a particled name tagged a body ("Given de
#: Surname Surname" as ORG) that opens with a listed given name is a person; a date or time before a
#: participle of saying is no subject; "the <document> of <abstract noun>" ("articles of impeachment") is the
#: issuing body's, a named body that was the subject before counting as one; a letter is the writer a
#: relative clause on it names with a verb of issuing ("The letter, which X published"); an unnamed person
#: brought in with "a"/"one"/"another" ("a minister, speaking on condition of anonymity", "one aide" after
#: "two aides"), or "the aide" after "A senior aide to X", is no epithet of the person named before, and
#: goes on speaking in the paragraph's next quotation; "X asked him why he ..." and "X, who has outraised
#: him" give no vote for X's sex; father and son told apart only by a suffix: the surname alone is the one
#: named first; one named beside a "he"/"she" subject is not the new topic a later pronoun means; "the
#: former <title>" is the predecessor, never the sitting holder; a name set off by commas before a verb the
#: parser left with no subject is its subject. Left (5): a Q&A whose treasurer's words are quoted inside the
#: premier's answer (nobody); "The other said ... had asked for 'x'" after "two aides" (the nominee, through
#: the chief of staff named in the reported clause); a "career official" named only in the next paragraph
#: (two; credited to the role noun); "inspector" vs "man" (debatable gold). Other sets: blind2 212 -> 214/222,
#: interviews 10 -> 11/18, stress 1385/1400, articles 131/132, crisis 235/237, blind 179/186 and blind3
#: 206/214 unchanged. quotes-dev and crises-2023 unchanged (quotes-dev attribution whole / tune / held-out
#: 0.981 / 0.997 / 0.964, crises-2023 0.939 / 1.000 / 0.857).
ATTRIBUTION_FLOOR = 0.95
QUOTES_RECALL_FLOOR = 0.97
#: The blind set's own attribution floor: its score after the fixes, 0.952 (177/186), less about
#: two attributions (the other sets' margin is about five of a larger set).
BLIND_ATTRIBUTION_FLOOR = 0.94
#: The second blind set's floor: its score after the fixes, 0.955 (212/222), less about three
#: attributions (209/222 is 0.941).
BLIND2_ATTRIBUTION_FLOOR = 0.94
#: The third blind set's floor: its score after the fixes, 0.963 (206/214), less about two
#: attributions (204/214 is 0.953).
BLIND3_ATTRIBUTION_FLOOR = 0.95
#: The fourth blind set's floor (quotes_blind4.txt): its score after the fixes (qfix4), 0.979
#: (228/233), less two attributions (226/233 is 0.9700 and passes; 225/233, 0.966, fails).
BLIND4_ATTRIBUTION_FLOOR = 0.969
#: A control set (quotes_control5.txt, session 36, task qb5: 14 articles, 119 quotations, political and
#: crisis news), written blind and never fixed on: it measures whether fixes made on other sets carry to
#: text nobody tuned on. Scored on the session's starting code (1bc013d8): 0.933 (111/119); after that
#: session's fixes (qfix4 among them): 0.941 (112/119), the one gain a date before a participle of
#: saying no longer taken for its subject. Its floor is that score less two attributions (110/119 is
#: 0.924); it is not raised by fixing its own misses, which would end its use as a control.
CONTROL5_ATTRIBUTION_FLOOR = 0.92


#: Each set, with its least number of articles and of paragraphs an article has.
SETS = {"quotes_articles.txt": (15, 6), "quotes_crisis.txt": (15, 4), "quotes_blind.txt": (25, 3),
        "quotes_blind2.txt": (25, 4), "quotes_blind3.txt": (25, 4), "quotes_blind4.txt": (25, 4),
        "quotes_control5.txt": (14, 6)}
#: Sets whose attribution floor is not ATTRIBUTION_FLOOR.
SET_FLOORS = {"quotes_blind.txt": BLIND_ATTRIBUTION_FLOOR, "quotes_blind2.txt": BLIND2_ATTRIBUTION_FLOOR,
              "quotes_blind3.txt": BLIND3_ATTRIBUTION_FLOOR, "quotes_blind4.txt": BLIND4_ATTRIBUTION_FLOOR,
              "quotes_control5.txt": CONTROL5_ATTRIBUTION_FLOOR}


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_articles_are_whole_articles(name: str) -> None:
    articles = load(FIXTURES / name)
    least_articles, least_paragraphs = SETS[name]
    assert len(articles) >= least_articles
    assert all(a.text.count("\n\n") + 1 >= least_paragraphs for a in articles)


@pytest.mark.parametrize("name", sorted(SETS))
def test_article_set_attribution(nlp: Any, name: str) -> None:
    result = measure(nlp, load(FIXTURES / name))
    detail = "\n".join(result.misses)
    assert result.recall >= QUOTES_RECALL_FLOOR, detail
    assert result.attribution >= SET_FLOORS.get(name, ATTRIBUTION_FLOOR), detail


if __name__ == "__main__":
    from groundwatch import nlp as gw_nlp

    # python test_quotes_articles.py [quotes_crisis.txt]: every miss of one set
    res = measure(gw_nlp.load(), load(FIXTURES / (sys.argv[1] if len(sys.argv) > 1 else "quotes_articles.txt")))
    print("\n".join(res.misses))
    print(f"quotes recall {res.recall:.3f} ({res.found}/{res.total}); "
          f"attribution {res.attribution:.3f} ({res.attributed}/{res.attributable})")
    sys.exit(0)

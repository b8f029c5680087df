"""General web vocabulary of the cleaner, continued: page prompts, reader tools, embeds, players and
live-blog labels (split from ``lexicon`` for size; the same rules: never phrases of a corpus)."""

from __future__ import annotations

import re

from groundwatch.stages.clean.lexicon import _wordset

#: A reader pitch or a house note an outlet closes its pages with, each a whole line (invented probes of session 36:
#: Substack's "Thanks for reading X!", membership and channel pitches, comment rules, a print-edition note, a
#: syndicated feed's note, a TV site's "head to" line, an Indian site's "Catch all the ... News"): never the story's
#: last words, so a run of them closing the page goes (lists_verdicts._closing_pitches).
_CLOSING_PITCH = re.compile(
    r"^(?:\W+\s*)?(?:thanks?\s+(?:you\s+)?for\s+reading\b|(?:please\s+)?(?:support|fund)\s+(?:independent|local|our|quality)\s+"
    r"journalism\b|become\s+a\s+(?:member|subscriber|supporter|patron)\b|(?:please\s+)?(?:follow|read)\s+our\s+"
    r"(?:commenting|community)\s+(?:guidelines|rules|policy)\b|a\s+version\s+of\s+this\s+(?:article|story)\s+appears?\s+in\s+"
    r"print\b|for\s+the\s+latest\s+(?:news|updates|headlines)\b.{0,80}\b(?:head|go)\s+to\b|catch\s+all\s+the\s+"
    r"(?:latest\s+)?\S+\s+news\b|don['’]t\s+miss\s+(?:out\s+on\s+)?(?:the\s+latest|any)\b|got\s+a\s+(?:story|tip|news\s+tip)\b|"
    r"(?:stay\s+up\s+to\s+date|stay\s+informed|get\s+the\s+latest)\b.{0,80}\b(?:whatsapp|telegram|signal)\b)|"
    r"\b(?:join|follow)\s+(?:us\s+on\s+|our\s+)(?:whatsapp|telegram)\s+channel\b|"
    r"\b(?:has\s+not\s+been\s+edited\s+by\s+(?:\S+\s+){0,3}staff|auto-?generated\s+from\s+a\s+syndicated\s+feed)\b",
    re.IGNORECASE)
#: Prompts about the page's own comments: "Commenting is disabled.", "Comments are closed".
_COMMENTS_PROMPT = re.compile(r"^comment(?:s|ing)?\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?"
                              r"(?:disabled|closed|turned\s+off|unavailable|not\s+available)\b", re.IGNORECASE)
#: "Article content continued", "Story continues below advertisement".
_CONTINUED = re.compile(r"^(?:article|story)\s+(?:content\s+)?continue[sd]?\b(?:\s+\w+){0,3}\W*$",
                        re.IGNORECASE)
#: Ranking widgets: "Top 10 This Month", "Top 5".
_RANKING = re.compile(r"^(?:the\s+)?(?:top|best)\s+\d+(?:\s+(?:this|of\s+the|in\s+the)\s+"
                      r"(?:day|week|month|year))?$", re.IGNORECASE)
#: Template markup a page failed to fill: "{{#ad}}", "{% block %}", "<%= title %>".
# A CMS's shortcode ('[caption id="4412" width="800"]', "[/caption]", "[ad_slot id=2]") and its named placeholders
# ("%AUTHOR_NAME% | %PUBLISH_DATE%") as pasted when the template was not filled in.
_TEMPLATE = re.compile(r"^(?:\s*(?:\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\$\{.*?\}|%[A-Z][A-Z0-9_]*%|\{[A-Z][A-Z0-9_]*\}|"
                       r"\[/[a-z][a-z0-9_-]*\]|\[[a-z][a-z0-9_-]*(?:\s+[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\]]+))+\s*/?\])\s*[|·•,-]?)+\s*$")
#: An ad slot's label between two paragraphs: "Advertisement", "Sponsored content", "ADVERTISING".
_AD_LABEL = re.compile(r"^(?:advertisements?|advertising|ads?|sponsored(?:\s+content)?|promoted(?:\s+content)?|"
                       r"paid\s+content)\W*$", re.IGNORECASE)
#: A report's finite verb (an auxiliary, a reporting verb): a widget's pitch is an imperative or a
#: noun phrase ("Get our weekly tips.", "Fight for fair pay - support the union."); "The council said
#: it would appeal." between two ad labels is the story's.
_REPORT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|should|must|did|does|said|says|"
                          r"told|tells|added|according\s+to)\b|"
                          # a past tense after the subject: "Police arrested two men on Sunday."
                          r"^\S+(?:\s+\S+){0,5}\s+[a-z]{4,}ed\s+\S+\s+\S+\s+\S|"
                          # a present tense before its object: "Norvel sells a range of tools."
                          r"^\S+(?:\s+\S+){0,5}\s+[a-z]{2,}[^\Ws]s\s+(?:a|an|the|its|their|his|her|to|that|it|them)\s",
                          re.IGNORECASE)
#: Attributed speech: a sentence someone "said" or "wrote" is the story's even when it names a
#: newsletter, a subscriber or legal advice ("... and would not resign on legal advice, she said.").
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|tells|wrote|writes|according\s+to)\b", re.IGNORECASE)
#: A reading-time or audio widget above a headline: "Reading time: 4 minutes", "3 min read · Listen to
#: this article", "Listen to this story".
_READING_TIME = re.compile(r"^(?:(?:estimated\s+)?reading\s+time\s*:?\s*\d+|\d+\s*-?\s*min(?:ute)?s?\s+read\b|"
                           r"listen\s+to\s+this\s+(?:article|story|page)\b)", re.IGNORECASE)
#: Reader tools and a weather box above a story: "Font size A A A", "Text size", "A- A+", "Ostrow 4°C Light rain";
#: a reader's buttons to keep or give the story ("Save for later", "Gift this article", "Add to reading list") and
#: the age banner over an old story ("This article is more than 2 years old").
_READER_TOOL = re.compile(r"^(?:(?:font|text)\s+size\b.{0,12}|(?:A\s*[-+]?\s*){2,3}|"
                          r"(?:save|gift)(?:\s+(?:this|the))?\s+(?:article|story|for\s+later)|"
                          r"(?:add|save)\s+to\s+(?:my\s+|your\s+)?(?:reading\s+list|bookmarks|saved\s+(?:articles|stories))|"
                          r"this\s+(?:article|story|page)\s+is\s+(?:more\s+than|over)\s+(?:a|an|\d+)\s+"
                          r"(?:years?|months?|weeks?|days?)\s+old)\W*$|"
                          r"^[^\W\d_][\w .'-]{1,30}?\s-?\d{1,2}\s?°\s?[CF]?(?:\s+[^\W\d_]+){0,3}$", re.IGNORECASE)
#: A donation box's ask: an amount, what it "could provide" and for whom ("£30 could provide clean water for a
#: family of five", "80 velms could pay for a treatment kit for ten patients"); a story's sentence about what a sum
#: could buy says who reckoned so (``_ATTRIBUTED``).
_DONATION_ASK = re.compile(r"^(?:just\s+|only\s+)?(?:[£$€]\s?\d[\d,.]*|\d[\d,.]*\s*(?:[£$€]|[^\W\d_]+))\s+"
                           r"(?:a\s+(?:month|week|year)\s+)?(?:could|can|will)\s+(?:help\s+)?(?:provide|pay\s+for|buy|"
                           r"feed|fund|supply|give)\b.*\bfor\s+(?:a|an|one|\d+|two|three|four|five|six|ten|\w+\s+of)\b",
                           re.IGNORECASE)
#: A social post's embed furniture, as pasted: "View this post on Instagram", "A post shared by Name
#: (@handle)", "pic.twitter.com/xyz". The post's own text and its "— Name (@handle) date" line are the
#: story's: a story quotes a post as it quotes a person.
_EMBED = re.compile(r"^(?:view\s+this\s+(?:post|photo|video)\s+on\s+\w+|a\s+(?:post|video|photo)\s+shared\s+by\b.*|"
                    r"pic\.twitter\.com/\S+)$", re.IGNORECASE)
#: A media player's controls and messages inside a story: "Your browser does not support the video tag.",
#: "Video unavailable", "Play", "Listen 5:32", "Loading...".
_PLAYER = re.compile(r"^(?:your\s+browser\s+does\s+not\s+support\b.{0,60}|(?:this\s+)?(?:video|audio)\s+(?:is\s+)?"
                     r"(?:no\s+longer\s+|not\s+|un)available\W*|(?:play|pause|mute|unmute|replay)(?:\s+(?:video|audio))?|"
                     r"(?:listen|watch|play)\s+\(?\d{1,2}:\d{2}\)?|loading\W*)$", re.IGNORECASE)
#: A shop button of a product card: a price and the shop selling at it ("£129 at Brindle Outdoor", "$89.99 from
#: Hasko Sports"), nothing else on the line. A sentence about a price has a verb.
_SHOP_PRICE = re.compile(r"^(?:[A-Z]{0,2}[$£€¥₹]|(?:US|AU|CA)?\$)\s?\d[\d,]*(?:\.\d{1,2})?\s+(?:at|from|on|@)\s+"
                         r"(?:[A-Z0-9][\w.&'’-]*)(?:\s+[A-Z0-9&][\w.&'’-]*){0,3}$")
#: A wiki's footer line naming the page's permanent address: 'Retrieved from "https://..."'. A reference
#: list's "Retrieved from https://... on <date>" goes on past the address and stays.
_RETRIEVED_FROM = re.compile(r"^Retrieved\s+from\s+[\"“]https?://\S+[\"”]$")
#: A blog post's line of meta data closing on its comment count: "14/03/2026 by Jane 12 Comments", "Posted in News |
#: 3 Responses". The count alone is a widget's; with a date or a name before it, the post's stamp.
_POST_META = re.compile(r"\b\d{1,5}\s+(?:comments?|responses?|replies)$", re.IGNORECASE)
#: "click here" inside a short prompt ("For more videos click here.", "To order, tap here"); a prompt that opens with
#: the verb is a call to action already.
_CLICK_HERE = re.compile(r"\b(?:click|tap)\s+here\b", re.IGNORECASE)
#: A rule of dashes, stars or bullets printed before a byline ("---- by Jane Roe").
_RULE_LEAD = re.compile(r"^[-–—=*·•_~]{2,}\s*")
#: A breadcrumb's lead-in: "You are here: Home > News".
_BREADCRUMB = re.compile(r"^you\s+are\s+here\s*:", re.IGNORECASE)
#: A breadcrumb of two parts behind an arrow, each of one to three words: "Family notices › Deaths", "Opinion »
#: Letters". A menu needs two separators; a headline has no arrow.
_CRUMB_PAIR = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*\s+[›»→]\s+"
                         r"(?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*$")
#: A live blog's labels on an entry: "Key event", "Pinned post"; its panel's toggle "Show key events only".
_LIVE_LABEL = re.compile(r"^(?:(?:show\s+)?key\s+events?(?:\s+only)?|pinned(?:\s+(?:post|update|entry))?)$",
                         re.IGNORECASE)
#: The section names of a news site's menu ("Home News Sport Business Culture Opinion", pasted without
#: separators): a line made only of such names is a menu.
_SECTION_NAMES = _wordset(
    """home news sport sports business money markets economy culture arts books music film opinion comment
    politics world uk us europe asia africa americas weather tech technology science health entertainment
    travel lifestyle style food education environment climate local national international video videos
    podcasts live latest obituaries"""
)
#: A clock time alone on a line, as a live blog heads each update: "10:42 GMT", "2:15pm".
_LIVE_TIME = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
                        r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT|ET|PT|IST|local\s+time))?$",
                        re.IGNORECASE)

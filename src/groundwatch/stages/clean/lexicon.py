"""General web and news vocabulary of the cleaner, never phrases of a corpus."""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from groundwatch import lexicons
from groundwatch.lexicons_dates import MONTHS, WEEKDAY_FORMS, month_pattern

# --- vocabularies: general web and news vocabulary, never phrases of a corpus -----------

def _load_stoplist() -> frozenset[str]:
    # jusText's English stoplist, kept as data: the density thresholds were calibrated with it.
    text = resources.files("groundwatch").joinpath("data", "stopwords.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t", 1)[0].strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


_STOPWORDS = _load_stoplist()


#: A cookie wall's buttons in other languages (data/consent_buttons.tsv): the English ones are menu-like
#: labels the widget rules already drop, but "Tout accepter" above an English story was read as its title.
#: Casefolded as the line they are compared with is ("schließen" -> "schliessen").
_CONSENT_BUTTONS = frozenset(button.casefold() for button in lexicons.words("consent_buttons"))
#: The nouns a newspaper's name ends in (data/masthead_nouns.tsv): "Merrow Bay Gazette" above a story about Merrow
#: Bay shares the town's words with it and is still the masthead.
_MASTHEAD_NOUNS = lexicons.words("masthead_nouns")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Verbs and phrases that open a call to action on a web page.
_CTA = re.compile(
    # "Follow these two steps before you ...", "Follow the instructions on the lid": a how-to's own instruction.
    r"^(?:share|follow(?!\s+(?:the|these|this|those|my|our|their)\s+(?:\w+\s+){0,2}?(?:steps?|tips|instructions?|"
    r"guidelines?|advice|rules?|procedures?|process|directions?|recipe)\b)|subscribe|join|sign\s+(?:up|in)|log\s*in|register|click|tap|"
    r"read\s+(?:more|also|next|the\s+full)|also\s+read|see\s+(?:also|more)|more\s+(?:on|from|about)|"
    r"leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+a\s+comment|skip\s+to|jump\s+to|"
    r"continue\s+reading|download|watch|listen|like\s+us|"
    # buttons coordinated into one prompt: "Like and share!", "Like, comment and share", "Like & follow"
    r"like(?:\s*(?:,|and|&)\s*(?:share|comment|subscribe|follow))+\b|get\s+(?:the\s+latest|our|breaking)|"
    r"get\s+the\s+(?=(?:[\w'’&-]+\s+){0,4}apps?\b)|"
    # a recipe box's button inside a story: "Get the recipe", "See the full recipe"
    r"(?:get|see|view)\s+the\s+(?:full\s+)?recipe|"
    r"don'?t\s+miss|do\s+not\s+miss|support\s+(?:us|our)|donate|contact\s+us|send\s+us|tell\s+us|"
    # a donation box's buttons and head: "Give monthly", "Make a donation", "Help us respond to the floods"
    r"give\s+(?:monthly|once|now|today|regularly|a\s+(?:single\s+)?(?:gift|donation))|(?:make|send)\s+a\s+donation|"
    r"help\s+us|open\s+in\s+(?:the\s+)?app|continue\s+in\s+(?:the\s+)?(?:app|browser)|"
    r"email\s+us|print|related|sort(?:ed)?\s+by|recommended|advertisement|sponsored|trending|comments?|"
    r"copy\s+(?:the\s+|this\s+)?link|tweet\s+(?:this|it)\b|get\s+involved|scroll\s+(?:down\s+)?to|sign\s+me\s+up|"
    # page tools: "Improve this answer", "Edit this page on GitHub", "Suggest an edit"
    r"(?:improve|edit)\s+this\s+(?:question|answer|post|page|article)|suggest\s+(?:an\s+)?edits?|"
    # shop buttons: "Buy now at ...", "Check price", "View deal"
    r"buy\s+(?:now|it|from|at|on)|shop\s+now|order\s+now|(?:check|see|compare)\s+(?:the\s+)?prices?|"
    r"(?:view|see|get)\s+(?:the\s+)?deal|apply\s+now|"
    # an email newsletter's furniture as pasted: "View this email in your browser", "Forward to a friend"
    r"view\s+(?:this\s+)?(?:e-?mail|newsletter|message)\s+(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser|"
    r"forward\s+(?:this\s+(?:e-?mail\s+)?)?to\s+a\s+friend|"
    # a gallery's link: "View all 12 photos", "See gallery"
    r"(?:view|see|open)\s+(?:all\s+)?(?:\d+\s+)?(?:photos|images|pictures|gallery)|"
    r"(?:enlarge|expand|zoom\s+in\s+on)\s+(?:this\s+)?(?:image|photo|picture)|"
    # embeds and house links: "View this post on Instagram", "Learn about our editorial policies"
    r"view\s+(?:this|the\s+full)\s+(?:post|photo|video|tweet)\s+on|learn\s+(?:more\s+)?about\s+(?:our|us)\b)\b",
    re.IGNORECASE)
#: Link-list labels: a prefix ending in a colon introduces a link to another story
#: ("Related: ...", "Read more: ...", "See also: ..."), whatever follows; the same words alone
#: on a line head a list of links.
# "Related questions" heads a Q&A site's list of other questions, each a question without a full stop.
_LINK_LABEL = (r"(?:related(?:\s+(?:stories|articles|coverage|content|links?|news|reading|questions|posts|threads|"
               r"videos))?|see\s+also|check\s+out|"
               r"read(?:\s+(?:more|also|next))?|also\s+read|more\s+on\s+this\s+(?:story|topic)|"
               # "More on the floods:", "More on coronavirus" (a topic of one word)
               r"more\s+on\s+(?:the\s+)?[^\W\d_][\w-]*|"
               r"more\s+(?:stories|coverage|from(?:\s+\w+){1,3})|recommended(?:\s+for\s+you)?|"
               r"further\s+reading|you\s+(?:may|might)\s+also\s+like|editor'?s\s+picks?|"
               r"most\s+(?:read|popular|viewed|shared)|top\s+stories|trending(?:\s+now)?|"
               r"don'?t\s+miss|watch|listen|"  # and a series' teaser, "Also in this series: ..." (corpus_i blind run)
               r"(?:(?:also|more|elsewhere|earlier|previously|next)\s+in|from)\s+(?:this|the|our)\s+(?:series|section))")
_LINK_PREFIX = re.compile(rf"^{_LINK_LABEL}\s*(?::|\s\|)\s*\S", re.IGNORECASE)
_LINK_LIST_HEAD = re.compile(rf"^{_LINK_LABEL}\s*:?$", re.IGNORECASE)
#: A ranked list's head ("Most shared this week", "Trending on the island", "Recent headlines"), below the lead.
_RANKED_HEAD = re.compile(r"^(?:(?:trending|most\s+(?:read|popular|viewed|shared))(?:\s+(?:stories|articles|posts|news|"
                          r"headlines|videos))?(?:\s+(?:now|today|this\s+week|(?:on|in)\s+[^\W\d_][\w.-]*(?:\s+[^\W\d_]"
                          r"[\w.-]*)?))?|(?:latest|recent|popular)\s+(?:stories|articles|posts|news|headlines|videos))\s*:?$",
                          re.IGNORECASE)
#: Separators between a site name and its section or tagline ("The Harbour Post | Politics").
#: A colon is not one: headlines use it ("Floods: thousands flee").
_TAGLINE_SEP = re.compile(r"\s+(?:[|·•»›—–]|--?)\s+")
#: What may follow an outlet name on a masthead line: nothing, a bracketed acronym, a separator.
_MASTHEAD_REST = re.compile(r"^(?:\([^()]{1,20}\))?\s*(?:$|[|·•»›—–:/-])")
#: Host labels that are not site names.
_HOST_GENERIC = frozenset({"www", "amp", "mobile", "news", "edition", "com", "org", "net", "co", "example"})
#: First- and second-person words: a sentence addressing the reader is a prompt.
_READER = re.compile(r"\b(?:us|our|you|your|here|below|this\s+(?:article|story|post|page))\b", re.IGNORECASE)
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|x\.com|instagram|telegram|whatsapp|linkedin|youtube|tiktok|pinterest|"
    r"reddit|threads|mastodon|bluesky|snapchat|google\s+news|rss|flipboard)\b",
    re.IGNORECASE)
#: Words of page widgets and menus ("Most popular", "12 Comments", "Home").
_UI_WORDS = _wordset(
    """advertisement advertisements advertising ad ads sponsored promoted related recommended trending
    popular latest comment comments reply replies answer share shares print email newsletter newsletters
    subscribe subscription login logout menu search home tags tag topics topic categories category
    read more watch video videos photo photos gallery next previous prev back top loading views likes
    story stories article articles news feed follow live breaking quote permalink answers account columnists"""
)
_FILE = re.compile(
    r"\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|mp4|mov|avi|mp3|pdf|html?|php|aspx?)\b", re.IGNORECASE
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_MENU_SEP = re.compile(r"\s[|•·»›/>→]\s|\s\|\s?|\s?\|\s")
#: A quotation in guillemets, whose closing "»" is no breadcrumb's arrow ("the dam, « a costly folly », is done").
_GUILLEMET_QUOTE = re.compile(r"«[^«»\n]*»")
#: A table row as the HTML extractor writes it ("| Option | Value |"): content it chose, not a menu.
_TABLE_ROW = re.compile(r"^\|.*\|$")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\ball rights reserved\b|^copyright\b", re.IGNORECASE)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(r"\b(?:accept|consent|privacy|browsing|experience|policy|settings|agree|reject|manage|"
                             r"additional|essential|analytics|necessary|how\s+you\s+use|(?:this|our)\s+(?:site|website)|"
                             # a consent wall's "We and our partners store ... on your device, such as cookies"
                             r"view\s+cookies|partners|your\s+device|personal\s+data)\b",
                             re.IGNORECASE)
#: A banner speaks to the reader or for the site; a story's sentence about cookies ("its cookie banner made it
#: harder to reject tracking", the regulator said) speaks of a site in the third person.
_COOKIE_READER = re.compile(r"\b(?:we|us|our|you|your|this\s+(?:site|website))\b", re.IGNORECASE)
#: A consent wall's sentence that names no cookie: "You can accept, reject or manage your choices at any time", "With
#: your permission we and our partners may use ...", "You may click to consent to our partners' processing", "Your
#: personal data will be processed ...", "... on the basis of legitimate interest, which you can object to".
_CONSENT_CHOICE = re.compile(r"\b(?:accept|reject|refuse|manage|change|withdraw|review)\b[^.!?]*\byour\s+(?:choices|"
                             r"preferences|consent|privacy\s+settings)\b|\bwe\s+and\s+our\s+(?:\d[\d,]*\s+)?(?:partners|"
                             r"vendors)\b|\bconsent\s+to\s+(?:our|the)\b[^.!?]*\bprocessing\b|\byour\s+personal\s+data\s+"
                             r"(?:will|may)\s+be\s+processed\b|\blegitimate\s+interests?\b[^.!?]*\bobject\b",
                             re.IGNORECASE)
_PHOTO_CREDIT = re.compile(
    # "In pictures: ..." is a gallery's headline, not a credit.
    r"(?<!in\s)\b(?:photo|image|picture|pic|caption|photograph|file\s+photo)s?\s*:|^credits?\s*:|"
    r"\((?:photo|image|picture|file|credit)s?\b|\b(?:photo|photograph|picture|image)s?\s+(?:by|courtesy)\b|"
    r"\b(?:getty\s+images|shutterstock|istock(?:photo)?|alamy|ap\s+photo|afp\s+photo)\b|"
    # a broadcaster's credit label without its colon: "Image copyright Valley Press", "Picture source Jane Roe"
    r"^(?:image|photo|picture)\s+(?:copyright|source)\s+(?-i:[A-Z])|"
    # A caption's closing credit after its sentence: "... on Monday. Jane Roe/Valley Star".
    r"(?-i:[.!?]\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$)",
    re.IGNORECASE)
#: "By Jane Roe", "By Jane Roe, Reuters", "By Jane Roe and John Doe", "By Jane Roe for The Valley Star",
#: "By Jane Roe in Tessel" (where the reporter filed from). "by: Jane Roe" and "ByJane Roe" (a link's text glued
#: to the word before it) too.
_BYLINE = re.compile(r"^(?:[Bb]y(?::\s*|\s+|(?=[A-Z]))|(?:[Ww]ords|[Tt]ext|[Ss]tory|[Ii]nterview|[Ii]llustrations?|"
                     r"[Vv]ideo|[Ee]dited)\s+by\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*"
                     r"(?:$|[,|/–—•·-]|\b(?i:and|for)\b|\d|\bin\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*$)")
#: A byline without "By": "Jane Roe | Senior reporter", "Jane Roe, Health correspondent".
_ROLE_BYLINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*[|,–—-]\s*(?:[A-Za-z]+\s+){0,3}"
    r"(?i:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|photographer)s?"
    r"(?:\s*[|,–—-].{0,40})?$")
#: A comment's or post's header: a user name and how long ago ("Sarah_K · 2 hours ago").
_AGO_HEADER = re.compile(r"^\S+(?:\s+\S+)?\s*[·•|,-]\s*(?:an?|\d+)\s+"
                         r"(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$", re.IGNORECASE)
#: The head of a reader-comment section after the article: "14 comments", "Comments (3)",
#: "Join the conversation", "What readers are saying". A bare "Response" is no head: "Needs:" / "Response:" /
#: "Gaps:" label a humanitarian report's own sections; a blog names its comments "Responses" or "1 Response".
_COMMENTS_HEAD = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies)|(?:reader\s+)?comments?(?:\s*\(\d+\))?|responses|"
    # a blog's comment head names the post: "5 thoughts on “Title”", "One response to “Title”"
    r"(?:\d+|one|two|three)\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\s+[\"“‘'«].+|"
    r"join\s+the\s+(?:conversation|discussion)|(?:leave|post|add)\s+a\s+(?:comment|reply)|"
    r"what\s+(?:readers|you)\s+(?:are\s+)?say(?:ing)?|"
    # readers' messages under other heads: a shop's reviews, a memorial's guestbook and condolences
    r"(?:\d[\d,]*\s+)?(?:customer\s+|user\s+|reader\s+)?reviews?(?:\s*\(\d[\d,]*\))?|guest\s*book|"
    r"(?:\d+\s+)?(?:condolences|tributes)(?:\s*\(\d+\))?|sign\s+the\s+guest\s*book)\W*$", re.IGNORECASE)
#: A feedback prompt under a page: "Was this page helpful?", "Is this page useful?".
_FEEDBACK = re.compile(r"^(?:was|is|did|how)\s+(?:this|the)\s+(?:page|article|answer|information|post|content|guide)\s+"
                       r"(?:\w+\s+)?(?:helpful|useful)\b", re.IGNORECASE)
#: A forum member's profile line beside a post: "Posts: 214", "Joined: Mar 2021", "Reputation: 40".
_MEMBER_STAT = re.compile(r"^(?:posts|messages|joined|reputation|reaction\s+score|likes(?:\s+received)?|points|"
                          r"trophy\s+points|karma|threads|member\s+since|solutions)\s*:\s*\S.{0,20}$", re.IGNORECASE)
#: A rating widget: "★★★★☆", "4.8 from 37 votes", "Rated 4 out of 5 by 120 readers".
_RATING = re.compile(r"[★☆⭐✩✭✰]|\b\d(?:\.\d)?\s+(?:from|out\s+of\s+\d\s+(?:from|by))\s+\d[\d,]*\s+"
                     r"(?:votes?|ratings?|reviews?|readers)\b", re.IGNORECASE)
#: A bare host name ("Pressbay.example", "harbourpost.com"): in a short line after the article, a footer.
_HOST_NAME = re.compile(r"\b[A-Za-z0-9][\w-]+\.(?:[a-z]{2,}\.)?[a-z]{2,}\b")
#: A tag or category row: "Categories: Bridges | Dams", "Filed under: Travel, Boats", "Tagged: canal".
_TAG_ROW = re.compile(r"^(?:categories|category|tags|tagged(?:\s+with)?|filed\s+under|topics)\s*:\s*\S|"
                      # a press agency's "Keywords: dam, water, Ostra" (a recipe card's "Keyword: rye cookies");
                      # "Keywords: pick three words." is a step
                      r"^key\s*words?\s*:\s*[^.!?]+$", re.IGNORECASE)
#: A page tool in brackets ("[edit]", "[show]") and a view or visitor counter ("Viewed 12k times", "3,400 views",
#: "Visitor No: 10,482", "Total visits: 3,201"). ``_BRACKET_TOOL`` then ``_VIEW_COUNT``:
_BRACKET_TOOL = re.compile(r"^\[\s*(?:edit|edit\s+source|show|hide|top|citation\s+needed)\s*\]$", re.IGNORECASE)
_VIEW_COUNT = re.compile(r"^(?:viewed\s+)?\d[\d.,]*\s*[km]?\s+(?:views?|times|reads|plays|listens)$|^(?:total\s+)?"
                         r"(?:visitors?|visits|hits|page\s*views)(?:\s+(?:no|number|count(?:er)?))?\.?\s*:?\s*\d[\d.,]*$",
                         re.IGNORECASE)
#: A forum's own head lines: the greeting to a reader not logged in ("Welcome, Guest. Please login or register."),
#: a topic line's read count ("Topic: Pike in the canal (Read 1,204 times)"), its pager ("Pages: [1] 2 3 Go Down").
_FORUM_GREETING = re.compile(r"^(?:welcome|hello|hi),?\s+guest\b", re.IGNORECASE)
_TOPIC_READS = re.compile(r"\((?:read|viewed)\s+\d[\d,.]*\s+times\)", re.IGNORECASE)
#: "4 posts • Page 1 of 1" is another board's pager.
_FORUM_PAGER = re.compile(r"^(?:pages?\s*:\s*\[?\d+\]?(?:\s+\[?\d+\]?)*(?:\s+go\s+(?:up|down))?|"
                          r"(?:\d[\d,]*\s+(?:posts?|replies|messages|topics)\s*[•·|,-]?\s*)?page\s+\d+\s+of\s+\d+)$",
                          re.IGNORECASE)
#: A press release's end mark above its notes to editors: "ENDS", "-ends-", "(END)".
_END_MARK = re.compile(r"^(?:ENDS?|[-–—(\[]+\s*(?i:ends?)\s*[-–—)\]]+)$")
#: A gallery's counter or pager: "1 of 12", "3/8", with the slide's label: "Image 1 of 4", "Photo 3/8".
_COUNTER = re.compile(r"^(?:(?:image|photo|picture|slide|video)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$",
                      re.IGNORECASE)
#: A government page's issuer field under its title ("From: Ministry of Works", "Issued by: Port Authority").
_ISSUER_LABEL = re.compile(r"^(?i:from|issued\s+by|published\s+by)\s*:\s*[A-Z]")
#: An editor's note on a change, which a stamp's cue may open: "Updated at 15:40 to add the council's comment."
_EDIT_NOTE = re.compile(r"\bto\s+(?:add|include|correct|clarify|reflect|remove|amend)\b", re.IGNORECASE)
# A forum's reply header ("« Reply #1 on: March 3, 2026, 09:12 PM »") says when it was posted, as "Posted on" does.
_POSTED = re.compile(r"\b(?:posted|written|published|updated|filed)\s+(?:by|on|at)\b|\breply\s+#\d+\s+on\b",
                     re.IGNORECASE)
_ATTRIBUTION = re.compile(
    # "Originally published in the Valley Star" credits a story; "Originally published 11 Mar 2026" is a stamp.
    r"^(?:sources?|via|(?:originally|first)\s+published(?!\s+(?:on\s+)?\d)|(?:additional\s+)?reporting|editing|"
    r"compiled|translated|adapted|with\s+(?:input|reporting|files|agencies))\b(?:\s+(?:by|from|in|on))?"
    r"\s*[:\-–—]?\s*\S",
    re.IGNORECASE)
#: A credit closing a report: "Jane Roe and John Doe contributed reporting.", "Jane Roe contributed to this
#: report." It says who wrote the story: an attribution line, kept (a wire story's "Reporting by Jane Roe" line
#: of staff credits is debris: ``features_provenance``).
_CONTRIBUTED = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:(?:,|,?\s+and)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*"
    r"\s+contributed\s+(?:additional\s+)?(?:reporting|research|to\s+this\s+(?:report|article|story))\b")
#: One line of a byline printed over several lines: a name ("Jane Roe"), a handle ("@janeroe"), a photo
#: credit ("Jo Poe/Valley Star") or a role ("Political Editor", "Valley Star Staff").
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.'’-]*|@\w+)(?:(?:\s+|\s*/\s*)(?:[A-Z][\w.'’-]*|@\w+)){0,4}$")
# "Local democracy reporter", "Senior health correspondent": a capital, then the role's words in any case. A role's
# words are no function words: "Letters to the editor" names a page's section, not someone's job.
_ROLE_LINE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+(?:(?!(?i:to|the|of|for|a|an|and|in|on|at|from|with|our|your)\s)"
                        r"[A-Za-z][\w.'’-]*\s+){0,2})?"
                        r"(?i:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|photographer|"
                        r"staff|presenter|anchor)s?$")
#: The bare words a byline printed over several lines puts between its names: "By", "and", "from".
# "News provided by" / "Brindle Foods Ltd": a wire page's issuer line printed over two lines, as a byline's "By" is.
_BYLINE_JOINER = re.compile(r"^(?:by|and|&|from|with|(?:(?:news|content|release|story)\s+)?"
                            r"(?:provided|issued|presented|sponsored|distributed)\s+by)\s*:?$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^[A-Z][A-Z'’.\- ]+(?:,\s*[A-Z0-9][A-Za-z0-9.'’\- ]*)*\s*(?:\([^()]{1,30}\))?\s*(?:--|—|–|-|_|:)?$"
)
# Month and weekday names come from the one list in data/months.tsv and data/weekdays.tsv.
_MONTH_WORDS = frozenset(MONTHS)
#: The largest number a stamp writes alone: a day of the month, an hour, a minute ("10:42" reads as 10 and 42).
MAX_STAMP_NUMBER = 59
_WEEKDAYS = frozenset(WEEKDAY_FORMS)
_MONTH = month_pattern()
_TIME_WORDS = _wordset(
    """am pm a.m p.m gmt utc bst cet cest est edt pst pdt et pt ist ago hour hours hr hrs min mins minute
    minutes second seconds day days week weeks month months year years just now updated update published
    posted last modified on at date time read yesterday today duration asked answered edited
    cst cdt mst mdt akst akdt hst aest aedt acst awst nzst nzdt jst kst hkt sgt pht wib wat cat eat sast
    eet eest wet west msk pkt npt online written created first joined reviewed revised"""
)
#: The closing marks a sentence may end in: German and East European copy closes with "“" ("... harbour.“"),
#: French copy sets its closing guillemet off by a (no-break) space ("... the harbour. »").
_SENTENCE_END = re.compile(r"[.!?…。！？](?:[\"'“”’)\]」』]|\s?»)*$")
#: Sentence-final marks and closing quotes or brackets fit in the last few characters.
_END_WINDOW = 8
_FULL_STOP = re.compile(r"(?<!\.)\.(?:[\"'“”’)\]]|\s?»)*$")
#: A figure in a table row: "Injured: 4,877", "Homes destroyed: 12%".
#: A clock time closing the line ("jane_r 14 March 2026 09:12", a comment's header) is no label and figure.
_DATA_ROW = re.compile(r"^(?!.*\s\d{1,2}:\d{2}$)[^\W\d_][\w ’'()./-]{0,40}:\s*[-+~]?\d[\d,.]*\s*%?$")
#: A row of three or more labelled figures, glued or spaced ("Energy: 180kcalFibre: 7gSalt: 0.4g", "Wind: 40 km/h
#: Rain: 12 mm Swell: 2 m"): a nutrition panel's or a spec sheet's data, wherever it stands.
_DATA_SERIES = re.compile(r"(?:\s*[^\W\d_][^\W\d_'’-]*(?:\s[^\W\d_]+){0,3}\s*:\s*[-+~]?\d[\d,.]*\s*"
                          r"(?:%|[^\W\d_]{1,5}(?:/[^\W\d_]{1,3})?)?\s*[,;|·•]?){3,}\s*")
#: An item of a list of quantities: a figure or fraction, then a lower-case unit or noun ("2 tbsp honey", "40%of
#: the wards"), maybe bulleted and rounded as a fact box prints it ("- More than 3,000 injured"). A teaser list's
#: numbered titles ("15 Best Ideas", "3. The Long Road") have a capital after the figure.
_QUANTITY_ITEM = re.compile(r"^(?:[-–•*]\s+)?(?:(?i:more than|over|about|around|nearly|almost|at least|some|up to"
                            r"|fewer than|less than|roughly)\s+)?[\d¼½¾⅓⅔⅛][\d¼½¾⅓⅔⅛.,/-]*\s*(?:%\s*)?[a-z]")
#: A bulleted item of a fact box that labels its figure: "- Deaths: 41 (fatality ratio 1.8%)", "• People in shelters
#: (district count): 5,200", "- Clinics reporting cases: 4 of 7": a bullet, a label of words (a bracketed source
#: allowed) no longer than a line's label, a colon, then the figure. A bulleted metadata row ("- Updated: 12 May")
#: has the shape too, but only a run of ``QUANTITY_LIST_MIN_ITEMS`` such items counts as a list.
_FACT_ITEM = re.compile(r"^[-–•*]\s+[^\W\d_][^:\n]{0,70}:\s*(?:[~<>]\s*)?\d")
_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
_QUOTED_ONLY = re.compile(r"^(?:[\"“«‘][^\"“”«»]{3,}[\"”»’]\s*)+$")

#: A page's record of itself: a date field and its value ("Entry date: 2027-03-14 | Filed under: Roads",
#: "Manual version 2.4 · updated 2026-11-02"), or the field alone where the extractor dropped its value
#: ("Last updated:").
_DATE_FIELD = re.compile(rf"\b(?:date|created|modified|updated|published|posted)\s*:?\s*"
                         rf"(?:\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}|(?:{_MONTH})\b)", re.IGNORECASE)
#: A stamp's cue opening a line whose date comes after a day number or a clock time ("Updated 1815 GMT (0215 HKT)
#: March 9, 2026", "Last updated 09 Mar 2026, originally created ..."): the page's stamp when a full date follows.
_STAMP_CUE = re.compile(r"^(?:(?:last|originally|first)\s+)?(?:updated|published|posted|created|modified)\b",
                        re.IGNORECASE)
_EMPTY_DATE_FIELD = re.compile(r"^(?:[\w-]+\s+)?(?:date|modified|updated|published|posted(?:\s+on)?)\s*:$",
                               re.IGNORECASE)
#: A word mixing Latin letters with Cyrillic look-alikes ("mаrkеt" with a Cyrillic a and e): an advert spelt to
#: slip past filters; no writer mixes the scripts inside a word.
_MIXED_SCRIPT_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])\w+")
_DATE_PATTERNS = (
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
               r"(?P<year>(?:19|20)\d{2})\b",
               re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\.?,?\s+"
               rf"(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
#: A date and a clock time closing a line ("... cameras approved March 4, 2026 | 6:03 pm", "... 3 March 2026, 11:32"): a
#: "latest" column's item stamp when the words before it are a headline, not a sentence's preposition.
_STAMP_END = re.compile(
    rf"(?:\s*[|,•·—–-])?\s*(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+(?:19|20)\d{{2}})\s*(?:[|,•·—–-]|\bat\b)?\s*"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*$", re.IGNORECASE)
#: A date right after one of these words is an event date ("on March 3, 2021, troops ..."),
#: not a stamp, unless the line also says it is a publication date.
_EVENT_PREPOSITION = re.compile(
    r"\b(?:on|since|until|till|by|from|before|after|in|of|between|and|to|through|during|"
    r"last|next|early|late|mid)\s*$", re.IGNORECASE)
# The cue may be glued to the time that follows it ("Updated21:22, 6 OCT 2026"): only a letter ends the word.
_PUBLISH_CUE = re.compile(r"\b(?:published|updated|posted|dated?|filed)(?![^\W\d_])", re.IGNORECASE)


#: Notice wordings that more than one of the notice patterns below reads (one place, so they cannot drift apart).
#: An opinion page's disclaimer: "The views expressed ... do not necessarily reflect ...", "The views in this column
#: are the author's own."
_OPINION_DISCLAIMER = (r"views\s+expressed\s+(?:in\s+\w+\s+\w+\s+)?(?:are|is|here)|"
                       r"do\s+not\s+necessarily\s+(?:reflect|represent)|"
                       r"views\s+(?:in|of)\s+(?:this|these)\s+\w+\s+(?:are|is)\s+(?:those\s+of\s+)?(?:the\s+)?"
                       r"(?:author|writer|columnist|contributor)s?")
#: A paywall's gate: "This article is reserved for subscribers", "To continue reading, subscribe".
_PAYWALL_GATE = (r"(?:article|story|content)\s+is\s+(?:only\s+)?"
                 r"(?:for|available\s+to|reserved\s+for|exclusive(?:ly)?\s+for)\s+(?:our\s+)?(?:paying\s+)?subscribers|"
                 r"continue\s+reading,?\s+(?:please\s+)?(?:subscribe|log\s*in|sign\s+in|register)")
#: A letters page's rule: "Letters may be shortened."
_LETTERS_RULE = r"letters\s+(?:may|will)\s+be\s+(?:edited|shortened|cut)"


#: Site notices in prose: affiliate and advertising disclosures, licences, newsletter and app
#: pitches, comment policies, donation appeals. Only read outside the article's main run of
#: paragraphs, where a sentence about advertising is the site's, not the story's.
_SITE_NOTICE = re.compile(
    r"\b(?:privacy\s+(?:policy|notice|statement)|terms\s+(?:and\s+conditions|of\s+(?:use|service))|"
    r"cookie\s+policy|affiliate|associates?\s+program|qualifying\s+purchases|"
    r"earns?\s+(?:a\s+)?(?:small\s+)?(?:commission|revenue|fees)|powered\s+by|(?:all|some)\s+rights\s+reserved|"
    r"licen[cs]ed\s+under|creative\s+commons|newsletters?|unsubscribe|no\s+spam|inbox|notify\s+me|"
    r"sign\s+up|subscribe|subscription|advertis(?:e|ers?|ing|ements?)|sponsored|ad-?blockers?|"
    r"disclaimer|disclosure|(?:is|are)\s+not\s+responsible\s+for|"
    r"never\s+(?:share|sell)\s+your\s+(?:email|details|data|information)|"
    # a letters page's rule and a republished story's note: "Letters may be shortened.", "This article was produced
    # in partnership with ..."
    rf"{_LETTERS_RULE}|"
    r"(?:article|story)\s+(?:is|was)\s+(?:part\s+of|produced\s+(?:in|as\s+part\s+of)|republished\s+(?:in|under|as))"
    r"\s+(?:a\s+)?(?:\w+\s+){0,4}partnership|"
    # a paywall's meter and pitch (``_STRONG_NOTICE`` has their whole phrases; "unlimited access" alone is a pool's
    # or a museum's offer too)
    r"free\s+articles|already\s+(?:a\s+(?:subscriber|member)|have\s+an\s+account)(?=\s*\?)|cancel\s+(?:at\s+)?any\s*time|"
    rf"{_PAYWALL_GATE}|"
    # an email newsletter's footer: "You are receiving this email because ...", "Update your preferences"
    r"(?:you\s+(?:are\s+)?receiv(?:e|ed|ing)|you\s+(?:have\s+)?got)\s+this\s+(?:e-?mail|message|newsletter)|"
    r"update\s+your\s+(?:subscription\s+|e-?mail\s+)?preferences|"
    r"(?:mailing\s+list|newsletter|marketing|e-?mail)\s+consent|"
    # tip lines and call-outs: "Got a tip?", "Do you have a story for us?", "Share your pictures with us"
    r"(?:got|have)\s+a\s+(?:news\s+)?(?:story|tip)\s+for\s+us|got\s+a\s+(?:news\s+)?tip|"
    r"share\s+your\s+(?:pictures|photos|videos|experiences?|stories|views)\s+(?:and\s+\w+\s+)?with\s+us|"
    r"contact\s+(?:our|the)\s+(?:reporters?|newsroom|newsdesk|news\s+desk)|"
    r"(?:medical|legal|financial|professional)\s+advice|do\s+not\s+sell|"
    r"(?:leave|post|write)\s+(?:us\s+)?a\s+(?:comment|reply|review|rating)|tag\s+us\s+(?:on|in)|comments?\s+(?:are|is)\s+"
    r"(?:moderated|closed|disabled)|email\s+address(?:es)?\s+will\s+not|download\s+(?:the|our)\b.{0,30}\bapps?|"
    r"follow\s+us|get\s+our\s+app|push\s+notifications?|(?:support|fund)(?:ing)?\s+(?:our|independent|local)\s+"
    r"(?:journalism|news|reporting)|we\s+rely\s+on|scroll\s+(?:down\s+)?to|"
    # the site asks for money ("Donate", "Make a donation today"); "saved by a late donation" is a story's
    r"donate|(?:make|your|a\s+(?:one-?off|monthly|regular))\s+(?:a\s+)?donations?|"
    # "two of the most popular apps" is prose: a widget's label has no article before it.
    r"(?<!the\s)most\s+(?:viewed|popular|read|shared)|(?:daily|weekly|monthly)\s+(?:summary|digest|roundup|list|email)|"
    r"delivered\s+(?:daily|weekly|monthly|to\s+your)|editorial\s+picks|never\s+miss|"
    r"follow\s+(?:\S+\s+){0,4}on\s+(?:twitter|facebook|instagram|x|tiktok|youtube|linkedin|threads|telegram)|"
    r"apps?\s+for\s+(?:ios|android|iphone)|(?:receive|earn)\s+(?:a\s+)?compensation|"
    r"add\s+(?:the\s+)?\w+\s+to\s+your\s+(?:basket|cart)|"
    # forum and comment gates: "You must log in or register to reply", "Log in to comment"
    r"(?:log(?:ged)?\s*in|sign(?:ed)?\s+in|register(?:ed)?)\s+(?:or\s+\w+(?:\s+up)?\s+)?to\s+"
    r"(?:reply|comment|post|vote|continue|(?:check|get|gain|unlock)\s+access)|"
    # opinion disclaimers: "The views expressed ... do not necessarily reflect ..."
    rf"{_OPINION_DISCLAIMER})\b",
    re.IGNORECASE)
#: A site's legal and page notices, which no story sentence carries: reproduction and company notices
#: ("may not be published or passed on", "Registered office: ...", "Company number
#: 0123"), licences, a wiki's "This page was last edited on ...", a publisher's disclaimer of linked sites.
_LEGAL_NOTICE = re.compile(
    r"\b(?:may\s+not\s+be\s+(?:re)?(?:published|reproduced|copied)|redistributed\s+without|"
    r"registered\s+(?:office|(?:company|charity),?\s+(?:number|no))|company\s+(?:number|registration\s+number)|"
    # "company no. SC481220" (a "company no longer ..." in a story has no number after it)
    r"company\s+no\.?\s*:?\s*[A-Z]{0,3}\d+|"
    r"this\s+(?:page|article|post)\s+was\s+last\s+(?:edited|modified|updated)|licen[cs]ed\s+under|"
    # a print view's footer: "This page was printed from the Courier website on 11 March 2026."
    r"this\s+(?:page|article|story|post)\s+was\s+printed\s+(?:from|on)|"
    r"creative\s+commons|(?:all|some)\s+rights\s+reserved|not\s+responsible\s+for\s+the\s+content|"
    rf"{_OPINION_DISCLAIMER})\b",
    re.IGNORECASE)
#: An author's bio: a name of one to three words, then "is a/an/the ...", "is X's ..." or "writes about ...",
#: maybe behind the dash a column's closing bio line opens with ("– Jane Roe is a reporter covering ...").
_BIO = re.compile(r"^(?:[-–—]\s*)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\s+(?:(?:is|has\s+been|was)\s+"
                  r"(?:a|an|the|[A-Z][\w.-]*['’]s)|has\s+(?:worked|written|covered|reported)|"
                  r"(?:writes|reports|blogs)\s+(?:about|on|for)|covers)\b")
#: What a bio says its subject is.
_BIO_ROLE = re.compile(
    r"\b(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|author|blogger|professor|"
    r"lecturer|founder|co-?founder|expert|consultant|researcher|student|graduate|freelancer?|"
    r"photographer|producer|host|analyst)s?\b", re.IGNORECASE)


#: Well-known wire agencies by the short name their credits use, with the spelling to report.
#: Any capitalised name of one to four words in a dateline's brackets is taken as well; the
#: list adds the lower-case ones ("dpa") and lets a bare "(AFP) --" or a closing "-- Reuters"
#: line count as a credit.
_WIRE_AGENCIES: Mapping[str, str] = MappingProxyType({
    name.casefold(): name for name in (
        "AFP", "AP", "Reuters", "dpa", "ANSA", "EFE", "Xinhua", "TASS", "Anadolu", "AA", "UPI",
        "Kyodo", "Yonhap", "PTI", "IANS", "ANI", "AAP", "PA", "Bernama", "Antara", "Interfax",
        "RIA Novosti", "Sputnik", "IRNA", "WAFA", "SANA", "KUNA", "MENA", "Lusa", "Europa Press",
        "Ukrinform", "Belga", "ANP", "PAP", "BTA", "MTI", "CTK", "APA", "Agence France-Presse",
        "Associated Press", "Anadolu Agency", "Press Association",
    )
})
#: Credits that name no outlet: "Agencies", "Staff", a CMS user.
_GENERIC_CREDIT = _wordset(
    """agencies agency wire wires service services staff staffer reporters reporter newsroom desk
    news web online editor editors editorial admin administrator guest team internet social media
    various unknown anonymous press release releases contributor contributors correspondent
    correspondents writer writers our own the and files"""
)


def _agency(name: str) -> str | None:
    """The usual spelling of a well-known wire agency ("afp" -> "AFP"; "AFP/Reuters" -> "AFP")."""
    first = re.split(r"\s*[/,;]\s*|\s+and\s+", name.strip(" .-–—()[]"))[0]
    return _WIRE_AGENCIES.get(" ".join(first.split()).casefold())


#: A credit after a paragraph's last sentence: "... have failed. (AFP)", "... next week. -- Reuters".
_TRAILING_CREDIT = re.compile(
    r"^(?P<text>.*[.!?…][\"'”’»]?)\s+(?P<credit>\((?P<a>[^()]{1,40})\)|(?:--?|[–—])\s*(?P<b>[^\W\d_][\w .&/-]{0,40}))$")


def _is_credit(name: str) -> bool:
    """A wire agency or a generic credit ("Agencies", "Staff"), as a line's closing credit names them."""
    words = [w.casefold() for w in re.findall(r"[^\W_]+", name)]
    return _agency(name) is not None or (bool(words) and all(w in _GENERIC_CREDIT for w in words))


#: A bracketed acronym closing a sentence credits a wire agency or the writer's initials, known or not: "... on
#: Saturday. (NPA)". "(FILE)" and "(PHOTO)" close a photo's caption, which is no story sentence to keep.
_ACRONYM_CREDIT = re.compile(r"\((?!FILE\)|PHOTO\)|VIDEO\))[A-Z]{2,5}\)")


def split_credit(line: str) -> tuple[str, str] | None:
    """``(sentence, credit)`` when a line ends with an agency credit after a full sentence."""
    m = _TRAILING_CREDIT.match(line)
    if m is None or not (_is_credit(m.group("a") or m.group("b") or "")
                         or _ACRONYM_CREDIT.fullmatch(m.group("credit"))):
        return None
    return m.group("text"), m.group("credit")
#: A line that is only a credit: "(AFP)", "-- Reuters", "[Agencies]".
_CREDIT_LINE = re.compile(r"[(\[]?[-–—\s]*[^()\[\]]{1,40}[)\]]?")
#: A link to the neighbouring post: "Previous article", "Next post: ..." (often glued to its title).
_NEIGHBOUR_LINK = re.compile(r"^(?:previous|next|older|newer)\s*(?:article|post|story|entry)", re.IGNORECASE)
#: Notices no story sentence carries, read anywhere: app-store pitches, social follow prompts,
#: affiliate disclosures.
#: A newsletter sign-up printed inside the article, even in the third person ("Sign up for the Valley Star's
#: morning newsletters."): a story reports that people sign up ("Residents can sign up for ..."), it never
#: opens a sentence with the order.
_SIGNUP = re.compile(r"^(?:sign\s+up|subscribe|register)\b.{0,80}?\b(?:newsletters?|bulletins?|briefings?|"
                     r"digests?|e-?mail\s+alerts?|news\s+alerts?)\b", re.IGNORECASE)
#: A page whose title names it a privacy or cookie policy (or terms of use): its paragraphs about cookies, data
#: sales and opting out are the page itself, not a site's notices.
_POLICY_TITLE = re.compile(r"\b(?:privacy|cookies?|data\s+protection)\s+(?:policy|policies|notice|statement)\b|"
                           r"\bterms\s+(?:of\s+(?:use|service)|and\s+conditions)\b", re.IGNORECASE)
#: A cookie banner's own sentence ("By continuing to browse you agree ...", "We use cookies to improve your
#: experience"), which goes even on a policy page.
_COOKIE_BANNER = re.compile(r"\bby\s+(?:continuing|clicking|using|browsing|staying)\b|\b(?:agree|consent)\s+to\s+"
                            r"(?:our|the)\s+use\b|\bwe\s+use\s+cookies\s+(?:on\s+our\s+\w+\s+)?to\s+(?:improve|give|"
                            r"ensure|enhance|personali[sz]e|provide|offer)\b|\baccept\s+(?:all\s+)?cookies\b",
                            re.IGNORECASE)
_STRONG_NOTICE = re.compile(
    # "download our app for iOS": a pitch; "the county launched an app for Android phones" is news.
    r"\b(?:(?:download|get|install)\b.{0,60}?\bapps?\s+for\s+(?:ios|android|iphone)|follow\s+(?:\S+\s+){0,4}on\s+(?:twitter|facebook|instagram|"
    r"tiktok|youtube|linkedin|threads|telegram)\b.{0,80}@\w|associates?\s+program|qualifying\s+purchases|"
    r"affiliate\s+(?:links?|commission|advertising|program)|"
    # a paywall's gate: "log in to unlock access", "subscribe to continue reading"
    r"(?:log\s*in|sign\s+in|subscribe)\s+to\s+(?:check|get|gain|unlock|continue)\s+(?:your\s+)?(?:access|reading)\b|"
    # its meter and pitch: "You have read 3 of your 5 free articles", "Already a subscriber?", "Cancel anytime."
    r"you(?:['’]ve|\s+have)\s+read\s+(?:\d+|all)\s+(?:of\s+(?:your\s+)?(?:\d+\s+)?)?free\s+(?:articles|stories)|"
    r"already\s+(?:a\s+(?:subscriber|member)|have\s+an\s+account)\s*\?|cancel\s+(?:at\s+)?any\s*time\b|"
    rf"(?:{_PAYWALL_GATE})\b|"
    # a letters page's rule, whatever follows it on the line ("Letters may be shortened. Send yours to ...")
    rf"{_LETTERS_RULE}\b|"
    r"\b(?:we|i)\s+(?:may\s+|might\s+|can\s+)?(?:receive|earn|get)\s+(?:a\s+)?(?:small\s+)?(?:compensation|commissions?)\b)",
    re.IGNORECASE)
#: An affiliate disclosure in any wording: the site is paid (a commission, a fee, a share of the
#: sale) when the reader buys or clicks through its links. The three parts are read together (see
#: ``features._affiliate``): money, a purchase or a link near it, and the site named ("we", "this page";
#: "you" alone is a consumer story's "you pay a fee when you buy online").
_AFFILIATE_MONEY = re.compile(
    r"\b(?:commissions?|compensat(?:ed|ion)|fees?|payments?|paid|revenue|earns?|earning|"
    r"(?:share|cut|portion|percentage)\s+of\s+(?:the\s+|any\s+|each\s+)?(?:sales?|purchases?|price|revenue))\b",
    re.IGNORECASE)
_AFFILIATE_PURCHASE = re.compile(
    r"\b(?:links?|purchases?|buy|buying|bought|shop|shopping|retailers?|click(?:s|ing)?)\b", re.IGNORECASE)
_AFFILIATE_PARTY = re.compile(
    r"\b(?:we|us|our|this\s+(?:site|page|article|story|post|review|guide|list))\b"
    r"|\bthe\s+(?:site|website|publisher)\b", re.IGNORECASE)
#: A line of code or configuration: an assignment, a call, a command-line option, an identifier.
_CODE = re.compile(r"[={};]|\w\(|\s--?\w|\w_\w")
#: A headline's second deck, cut off with an ellipsis: "…thousands still sleeping in the open".
_ELLIPSIS_DECK = re.compile(r"^(?:…|\.{3})\s*[a-z]")
#: A live page's standfirst: "Follow the latest as the storm crosses the islands." It names the story,
#: not a channel to follow it on (``_READER``, ``_SOCIAL`` words make it a call to action).
_FOLLOW_LATEST = re.compile(r"^follow\s+(?:the|our)\s+latest\b(?:\s+\w+){0,2}\s+(?:as|on|in|from)\s+\w", re.IGNORECASE)

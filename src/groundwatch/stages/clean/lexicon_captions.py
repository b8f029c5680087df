"""The cleaner's vocabulary of photo captions and credits: labels that open a caption, credits that close one, credit
label lines and the photo's date that ends a caption written as a plain sentence. General web and news wording, never
phrases of a corpus."""

from __future__ import annotations

import re

from groundwatch.lexicons_dates import month_pattern

_MONTH = month_pattern()

#: Agency and broadcaster caption labels: "FILE - In this 2019 photo, ...", "Image caption, ...",
#: "Pictured: ...", "In this handout image, ...". A magazine places its captions by the picture they describe:
#: "Main image: ...", "Above: ...", "Left: ... Right: ...", "Clockwise from top left: ..."; a word follows the label,
#: so a data row ("Left: 34%") is none.
_CAPTION = re.compile(r"^(?:(?:FILE|AP|HANDOUT)(?:\s+PHOTO)?\s*[-–—:]+\s|"
                      r"(?:(?:Main|Top|Lead|Header|Cover)\s+(?:image|photo|picture)|Above|Below|Left|Right|Top|Bottom|"
                      r"Clockwise\s+from\s+(?:top\s+)?(?:left|right)|From\s+left)\s*:\s+(?=[^\W\d_])|"
                      r"(?:[Ii]mage|[Pp]hoto|[Vv]ideo)\s+(?:caption|source|copyright)\s*[,:]\s|[Pp]ictured\s*:\s|"
                      # a broadcaster's caption label, glued or not: "Media captionRescuers ...", "Image caption X"
                      r"(?:[Mm]edia|[Ii]mage|[Vv]ideo)\s?caption\s*(?=[A-Z])|"
                      r"In\s+this\s+(?:[\w,-]+\s+){0,4}"
                      r"(?:photo(?:graph)?|image|picture|video\s+grab|screenshot|handout)\b)")
#: A photo credit closing a caption however long the caption runs: "... on 7 June, 2027. (Valley Photo)",
#: "... on 3 May, 2027 [Jane Roe - Valley Press]", "... June 7, 2027. VALLEY/Jane Roe", "... on Monday. By
#: VALLEY PRESS", "... on Sunday. (Photo: J. Roe)". The credit follows a sentence's end or the caption's date;
#: a text's credit ("... have failed. (Agencies)") names no photo, and a sentence opening "By 2026" or "By next
#: spring" is no credit.
_CAPTION_CREDIT_END = re.compile(
    r"(?:[.!?]|\d)\s*(?:\((?:[\w.&'’-]+\s+){0,3}(?i:photos?|pictures?)\)"
    # a labelled credit in brackets: "... on Sunday. (Photo: J. Roe)", "(Photo/J. Roe)", "(Photos by Valley Trust)";
    # alone on its line it has no sentence or date before it, so it stays a photo credit
    r"|\((?i:photos?|pictures?|images?)\s*(?::|/|\s(?i:by)\b)\s*[^()]{1,60}\)"
    # a handout's credit: "... above the river. (Courtesy of the Orvin Wildlife Trust)", or bare after the sentence:
    # "... on Sunday evening. Courtesy Orvin Fire Service" (names in capitals; a sentence would go on in lower case)
    r"|\((?i:courtesy)\s+(?i:of\s+)?[^()]{1,60}\)"
    r"|(?<=[.!?]\s)Courtesy\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|the|for)){0,6}"
    r"|\[\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[-–—/]\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\s*\]"
    r"|[A-Z]{2,}(?:\s+[A-Z]{2,})?\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    # a credit in capitals after the caption's sentence: "... on Saturday. By VALLEY COAST GUARD"
    r"|(?<=[.!?]\s)By\s+[A-Z][A-Z.&'’-]+(?:\s+[A-Z][A-Z.&'’-]+){0,5})\s*$")
#: An image-credit label holding only a name or a web address ("Image credit: Jane Roe", "Photo credits:
#: Valley Trust", "Image credit: www.example.org/press"): no date, no sentence, so nothing else goes with it.
_CREDIT_LABEL = re.compile(r"^(?i:image|photo|picture|photograph)\s+(?i:credits?)\s*:\s*"
                           r"(?:[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|the|de|van|von)){0,5}"
                           r"|(?i:www\.|https?://)\S+)\s*$")
#: A photo's date closing a caption written as a plain sentence: "... in Tessel, Veloria, June 7, 2027." or
#: "... on 3 May, 2027". A story's sentence seldom ends on a full date with its year.
_SCENE_DATE_END = re.compile(rf"(?:,|\bon)\s+(?:(?:{_MONTH})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{_MONTH})\.?,?)"
                             r"\s+(?:19|20)\d{2}\.?$", re.IGNORECASE)

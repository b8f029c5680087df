"""Write the fourth batch of real-world files into ``fourth/`` (issue 10, fourth round; run it to regenerate).

Habits the first three batches left open, found by surveying what feed, web-archive and wire
software writes: news agencies' own formats (IPTC ninjs 1.x and 2.x JSON, schema.org JSON-LD
articles, NITF, NewsML-G2 items and messages, NewsML 1), a JSON Feed whose version address says
``http:``, an Atom comments feed (``thr:in-reply-to``), podcast items with only iTunes text, and
WARC writers' habits: records not followed by their two blank lines, bodies stored decoded under
a ``Content-Encoding`` header, XHTML served as ``application/xml``, and a crawler's own records
(page info, extracted text, its log) next to its captures; and the packages web archives come
in: a Browsertrix WACZ (a ZIP of WARCs, one of them broken) and pages a browser saved as a
single MHTML file (quoted-printable UTF-8, base64 windows-1252); publication dates written as
Unix times by news APIs, and a news agency's transmission (ANPA/IPTC 7901 framing) saved as
text; text an extractor already took out of a page (trafilatura's JSON, XML and XML-TEI output)
and a web clipper's Markdown with YAML front matter. Some files hold habits that were read
right already (permalink guids, Dublin Core terms dates, a stateful Japanese encoding,
nanosecond WARC dates, gzip members with an extra field, an IRI as the target URI), kept as
regression cases.

Every file is invented: the outlets, places and people are fictional. Output is deterministic.

    python tests/stages/readers/realworld/make_fourth_fixtures.py
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import quopri
import struct
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent / "fourth"

STORIES = [
    ("Weir gates lowered at Brindle", "https://osk.example/weir",
     "Keepers lowered the weir gates at Brindle before dawn on Monday as the Osk rose past its summer mark."),
    ("Ferry to Skellan Isle resumes", "https://osk.example/ferry",
     "The Skellan Isle ferry sailed again on Tuesday after a week of fog kept it at the Harnmouth quay."),
    ("Orchard school reopens", "https://osk.example/school",
     "Pupils returned to the Orchard Lane school in Wexby once the flood damage to its hall was mended."),
]
MORE = "A district spokesperson said the work would continue into the spring."


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode()


# --- JSON: JSON Feed, ninjs, schema.org -------------------------------------------------------


def json_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, u2, p2), (t3, u3, p3) = STORIES
    return {
        "jsonfeed-http-version.json": _json({
            "version": "http://jsonfeed.org/version/1", "title": "Osk Valley Daily", "home_page_url": "https://osk.example/",
            "items": [{"id": "1", "url": u1, "title": t1, "content_text": p1,
                       "date_published": "2031-05-05T06:00:00+01:00"},
                      {"id": "2", "url": u2, "title": t2, "content_html": f"<p>{p2}</p><p>{MORE}</p>"}]}),
        "ninjs-1.json": _json({
            "uri": "urn:harnmouth-wire:2031:weir", "type": "text", "version": "2", "language": "en",
            "headline": t1, "byline": "Ada Quill", "firstcreated": "2031-05-05T05:40:00+0000",
            "versioncreated": "2031-05-06T09:00:00+0000", "description_text": "The weir at Brindle.",
            "body_html": f"<p>{p1}</p><p>{MORE}</p>"}),
        "ninjs-2.json": _json({
            "uri": "https://wire.example/ferry", "type": "text", "language": "en",
            "headlines": [{"role": "short", "value": "Ferry back"}, {"role": "main", "value": t2}],
            "bodies": [{"role": "main", "contenttype": "text/html", "value": f"<p>{p2}</p><p>{MORE}</p>"}],
            "contentcreated": "2031-05-06T07:00:00Z"}),
        "ninjs-lines.jsonl": b"\n".join(json.dumps(o, ensure_ascii=False).encode() for o in (
            {"uri": "urn:harnmouth-wire:school", "headline": t3, "body_text": f"{p3}\n\n{MORE}",
             "versioncreated": "2031-05-07T10:00:00Z"},
            {"uri": "urn:harnmouth-wire:photo", "type": "picture", "headline": "Weir at dawn",
             "versioncreated": "2031-05-05T06:00:00Z"},
            {"uri": "urn:harnmouth-wire:brief", "type": "text", "headlines": [{"value": t2}],
             "bodies": [{"contenttype": "text/plain", "value": p2}], "firstcreated": "2031-05-06T08:00:00Z"},
        )) + b"\n",
        "jsonld-article.json": _json({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": t1, "url": u1,
            "datePublished": "2031-05-05T06:00:00+01:00", "dateModified": "2031-05-06T08:00:00+01:00",
            "inLanguage": "en", "publisher": {"@type": "Organization", "name": "Osk Valley Daily"},
            "image": {"@type": "ImageObject", "url": "https://osk.example/weir.jpg", "description": "The weir"},
            "articleBody": f"{p1} {MORE}"}),
        "jsonld-graph.json": _json({"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": u3, "name": "Orchard school reopens | Osk Valley Daily"},
            {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News"}]},
            {"@type": ["ReportageNewsArticle"], "headline": t3, "mainEntityOfPage": {"@id": u3},
             "dateCreated": "2031-05-07", "articleBody": f"{p3}\n\n{MORE}"}]}),
    }


# --- XML: NITF, NewsML-G2, NewsML 1, Atom threading, podcasts, feed regressions -----------------

_NITF_BODY = ("<body.content><p>{p}</p><p>Stalls &amp; carts lined the quay & the harbour office stayed open."
              "</p><bq><block><p>\u201cWe waited a long week,\u201d said Ada Quill.</p></block></bq></body.content>")


def _nitf(title: str, text: str, date: str) -> str:
    return (f'<nitf version="-//IPTC//DTD NITF 3.6//EN"><head><title>{title}</title><docdata>'
            f'<doc.copyright holder="Harnmouth Wire"/><date.issue norm="{date}"/></docdata></head>'
            f'<body><body.head><hedline><hl1>{title}</hl1></hedline><byline>By Ada Quill</byline>'
            f"<dateline>HARNMOUTH</dateline></body.head>{_NITF_BODY.format(p=text)}</body></nitf>")


def xml_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, u2, p2), (t3, u3, p3) = STORIES
    g2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/" standard="NewsML-G2" standardversion="2.29"'
    xhtml = f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{t1}</title></head><body><p>{p1}</p><p>{MORE}</p></body></html>'
    return {
        "nitf-story.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n'
                           '<!DOCTYPE nitf SYSTEM "http://dtd.invalid/nitf-3-6.dtd" '
                           '[<!ENTITY outside SYSTEM "file:///etc/hostname">]>\n'
                           + _nitf(t2, p2 + " &outside;", "20310506T070000Z")).encode(),
        "newsml-g2-item.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n'
                               f'<newsItem {g2} guid="{u1}" version="3" xml:lang="en">'
                               '<itemMeta><itemClass qcode="ninat:text"/><provider literal="Harnmouth Wire"/>'
                               "<versionCreated>2031-05-06T09:00:00Z</versionCreated><firstCreated>2031-05-05T05:40:00Z"
                               f"</firstCreated></itemMeta><contentMeta><headline>{t1}</headline></contentMeta>"
                               f'<contentSet><inlineXML contenttype="application/xhtml+xml">{xhtml}</inlineXML>'
                               "</contentSet></newsItem>").encode(),
        "newsml-g2-message.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n'
                                  f"<newsMessage {g2}><header><sender>Harnmouth Wire"
                                  "</sender></header><itemSet>"
                                  f'<newsItem guid="urn:hw:1" xml:lang="en"><itemMeta><itemClass qcode="ninat:text"/>'
                                  f"<firstCreated>2031-05-07T10:00:00Z</firstCreated></itemMeta><contentMeta><headline>{t3}"
                                  f'</headline></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml">'
                                  f"{_nitf(t3, p3, '20310507T100000Z')}</inlineXML></contentSet></newsItem>"
                                  '<newsItem guid="urn:hw:2"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>'
                                  '<contentSet><remoteContent href="https://wire.example/weir.jpg"/></contentSet></newsItem>'
                                  '<newsItem guid="urn:hw:3"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
                                  f"<contentMeta><headline>{t2}</headline></contentMeta><contentSet>"
                                  '<remoteContent href="https://wire.example/ferry.xml" '
                                  'contenttype="application/nitf+xml"/>'
                                  "</contentSet></newsItem></itemSet></newsMessage>").encode(),
        "newsml1.xml": ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<NewsML Version="1.2"><NewsEnvelope>'
                        "<DateAndTime>20310505T060000Z</DateAndTime></NewsEnvelope><NewsItem><NewsComponent>"
                        f"<NewsLines><HeadLine>{t1}</HeadLine></NewsLines><ContentItem><DataContent>"
                        + _nitf("", p1 + " The caf\u00e9 by the weir stayed shut.", "20310505T060000Z").replace(
                            "<title></title>", "").replace("<hedline><hl1></hl1></hedline>", "")
                        + "</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"
                        ).encode("iso-8859-1", "xmlcharrefreplace"),
        "atom-comments.atom": ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                               'xmlns:thr="http://purl.org/syndication/thread/1.0"><title>Osk Valley Daily</title>'
                               "<id>urn:osk:feed</id><updated>2031-05-05T08:00:00Z</updated>"
                               f'<entry><title>{t1}</title><id>urn:osk:1</id><link href="{u1}"/>'
                               f"<updated>2031-05-05T06:00:00Z</updated><content>{p1}</content><thr:total>2</thr:total></entry>"
                               f'<entry><title>Comment on {t1}</title><id>urn:osk:1:c1</id><link href="{u1}#c1"/>'
                               f'<thr:in-reply-to ref="urn:osk:1" href="{u1}"/><updated>2031-05-05T07:00:00Z</updated>'
                               "<content>My cellar stayed dry this time, thanks to the keepers.</content></entry>"
                               '<entry><title>Re: comment</title><id>urn:osk:1:c2</id>'
                               '<thr:in-reply-to ref="urn:osk:1:c1"/>'
                               "<updated>2031-05-05T08:00:00Z</updated><content>Mine too.</content></entry>"
                               "</feed>").encode(),
        "podcast-itunes.rss": ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
                               'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
                               "<title>Osk Valley Radio"
                               f"</title><item><title>{t1}</title><itunes:summary>{p1}</itunes:summary>"
                               '<enclosure url="https://radio.example/1.mp3" length="1000" type="audio/mpeg"/>'
                               "<pubDate>Mon, 05 May 2031 06:00:00 GMT</pubDate></item>"
                               f"<item><title>{t2}</title><itunes:subtitle>{p2}</itunes:subtitle>"
                               '<enclosure url="https://radio.example/2.mp3" length="1000" type="audio/mpeg"/></item>'
                               "<item><title>Music hour</title>"
                               '<enclosure url="https://radio.example/3.mp3" length="1000" type="audio/mpeg"/></item>'
                               "</channel></rss>").encode(),
        "guid-permalinks.rss": ('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Osk Valley Daily</title>'
                                "<link>https://osk.example/</link>"
                                f'<item><title>{t1}</title><guid isPermaLink="true">{u1}</guid>'
                                f"<description>{p1}</description></item>"
                                f'<item><title>{t2}</title><guid isPermaLink="false">{u2}</guid>'
                                f"<description>{p2}</description></item>"
                                f"<item><title>{t3}</title><guid>{u3}</guid><description>{p3}</description></item>"
                                "</channel></rss>").encode(),
        "dcterms-dates.rss": ('<?xml version="1.0"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                              'xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>Osk Valley Daily</title>'
                              f"<item><title>{t1}</title><link>{u1}</link><dc:date>2031-05-05T06:00+01:00</dc:date>"
                              f"<description>{p1}</description></item>"
                              f"<item><title>{t2}</title><link>{u2}</link><dcterms:issued>2031-05-06</dcterms:issued>"
                              f"<description>{p2}</description></item>"
                              f"<item><title>{t3}</title><link>{u3}</link><dcterms:modified>2031-05-07T10:00:00Z"
                              f"</dcterms:modified><description>{p3}</description></item></channel></rss>").encode(),
        "iso-2022-jp.rss": ('<?xml version="1.0" encoding="iso-2022-jp"?>\n'
                            '<rss version="2.0"><channel><title>Osk</title>'
                            "<item><title>ブリンドルの堰</title><description>オスク川の水位が上がり、ブリンドルの堰が夜明け前に下げられた。"
                            "</description></item></channel></rss>").encode("iso-2022-jp"),
    }


# --- WARC writers' habits -----------------------------------------------------------------------


def _record(fields: list[tuple[str, str]], block: bytes, end: bytes = b"\r\n\r\n") -> bytes:
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + end


def _page(title: str, text: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | Valley</nav><article>"
            f"<h1>{title}</h1><p>{text}</p><p>{MORE}</p></article><footer>Osk Valley Daily</footer></body>"
            "</html>").encode()


def _response(url: str, body: bytes, date: str = "2031-05-08T09:00:00Z", ctype: str = "text/html; charset=utf-8",
              headers: str = "", end: bytes = b"\r\n\r\n") -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n{headers}\r\n".encode() + body
    return _record([("WARC-Type", "response"), ("WARC-Record-ID", f"<urn:uuid:{zlib.crc32(url.encode()):08x}-0000>"),
                    ("WARC-Date", date), ("WARC-Target-URI", url),
                    ("Content-Type", "application/http; msgtype=response")],
                   http, end)


def _resource(url: str, ctype: str, block: bytes) -> bytes:
    return _record([("WARC-Type", "resource"), ("WARC-Date", "2031-05-08T09:00:00Z"), ("WARC-Target-URI", url),
                    ("Content-Type", ctype)], block)


def _gzip_with_extra(data: bytes) -> bytes:
    """One gzip member with an FEXTRA field (a skip-length "sl" subfield, as some WARC writers add)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(data) + packer.flush()
    extra = b"sl" + struct.pack("<H", 8) + struct.pack("<II", len(packed), len(data))
    return (b"\x1f\x8b\x08\x04\x00\x00\x00\x00\x00\xff" + struct.pack("<H", len(extra)) + extra + packed
            + struct.pack("<II", zlib.crc32(data), len(data)))


def warc_files() -> dict[str, bytes]:
    pages = [(url, _page(title, text)) for title, url, text in STORIES]
    xhtml = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
             f"{STORIES[0][0]}</title></head><body><div><h1>{STORIES[0][0]}</h1><p>{STORIES[0][2]}</p><p>{MORE}</p>"
             "</div></body></html>").encode()
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Osk</title><item><title>Teaser</title>'
            b"<description>Read more.</description></item></channel></rss>")
    decoded = b"\n  <head><meta charset='utf-8'><title>Weir</title></head>" + pages[0][1].split(b"</head>", 1)[1]
    brotli_like = bytes([0x1b, 0x4f, 0x02, 0x00, 0x8c, 0x94, 0x6e, 0xde]) + bytes(range(1, 40))
    return {
        "no-record-separator.warc": (_response(*pages[0], end=b"") + _response(*pages[1], end=b"\r\n")
                                     + _response(*pages[2])),
        "stored-decoded.warc": (_response(pages[0][0], decoded, headers="Content-Encoding: br\r\n")
                                + _response(*pages[1], headers="Content-Encoding: zstd\r\n")
                                + _response("https://osk.example/packed", brotli_like,
                                            headers="Content-Encoding: br\r\n")
                                + _response(*pages[2])),
        "xhtml-as-xml.warc": (_response(pages[0][0], xhtml, ctype="application/xml")
                              + _response("https://osk.example/feed", feed, ctype="text/xml")
                              + _response(pages[1][0], xhtml.replace(b"utf-8", b"UTF-8", 1),
                                          ctype="text/xml; charset=utf-8")),
        "crawler-own-records.warc": (
            _record([("WARC-Type", "warcinfo"), ("WARC-Date", "2031-05-08T09:00:00Z"),
                     ("Content-Type", "application/warc-fields")], b"software: invented-crawler/0.3\r\n")
            + _response(*pages[0])
            + _resource("urn:pageinfo:" + pages[0][0], "application/json",
                        json.dumps({"pages": [{"url": pages[0][0], "title": STORIES[0][0]}]}).encode())
            + _resource("urn:text:" + pages[0][0], "text/plain", STORIES[0][2].encode())
            + _resource("urn:view:" + pages[0][0], "image/png", b"\x89PNG\r\n\x1a\n" + bytes(24))
            + _response("https://osk.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(24), ctype="image/png")
            + _response(*pages[1])
            + _resource("metadata://invented-crawler/crawl.log", "text/plain",
                        b"09:00 GET https://osk.example/weir 200\n")),
        "nanosecond-dates.warc": (_response(*pages[0], date="2031-05-08T09:00:00.123456789Z")
                                  + _response(*pages[1], date="2031-05-08T09:00:00.5+02:00")),
        "iri-target.warc": _response("https://osk.example/café/weir", pages[0][1]) + _response(*pages[1]),
        "gzip-extra-field.warc.gz": b"".join(_gzip_with_extra(_response(*page)) for page in pages),
    }


# --- packages: WACZ, MHTML ---------------------------------------------------------------------


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2031, 5, 8, 9, 0, 0))
            # WACZ stores its (already gzipped) WARCs uncompressed, and deflates the rest
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".gz") else zipfile.ZIP_DEFLATED
            package.writestr(info, data)
    return out.getvalue()


def _qp(text: str) -> bytes:
    return quopri.encodestring(text.encode("utf-8"))


def package_files() -> dict[str, bytes]:
    pages = [(url, _page(title, text)) for title, url, text in STORIES]
    first = b"".join(gzip.compress(_response(*page), mtime=0) for page in pages[:2])
    pageinfo = _resource("urn:pageinfo:" + pages[0][0], "application/json", b'{"pages": []}')
    page_list = b"".join(json.dumps({"url": url, "title": title}).encode() + b"\n" for title, url, _ in STORIES)
    html = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{STORIES[2][0]}</title>"
            '<link rel="stylesheet" href="cid:css-1"></head><body><nav>Home | Valley | Weather</nav><article>'
            f"<h1>{STORIES[2][0]}</h1><p>{STORIES[2][2]}</p><p>The head teacher\u2019s office said lessons would "
            f"run as usual from Monday.</p><p>{MORE}</p></article></body></html>")
    boundary = "----MultipartBoundary--Osk4471"
    mhtml = ("From: <Saved by an invented browser>\r\nSnapshot-Content-Location: https://osk.example/school\r\n"
             f"Subject: {STORIES[2][0]}\r\nDate: Thu, 8 May 2031 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
             f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
             f"\r\n--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
             "Content-Location: cid:css-1\r\n\r\nnav { color: gray; }\r\n"
             f"\r\n--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@osk>\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://osk.example/school\r\n\r\n"
             ).encode() + _qp(html).replace(b"\n", b"\r\n") + (
             f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: https://osk.example/logo.png\r\n\r\niVBORw0KGgoAAAAA\r\n"
             f"\r\n--{boundary}--\r\n").encode()
    legacy = (f"<html><head><title>{STORIES[1][0]}</title></head><body><div><h1>{STORIES[1][0]}</h1>"
              f"<p>{STORIES[1][2]} The caf\u00e9 on the quay served \u201cstorm soup\u201d again.</p><p>{MORE}</p>"
              "</div></body></html>").encode("windows-1252")
    mht = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="=_NextPart_Osk"\r\n\r\n'
           b"--=_NextPart_Osk\r\nContent-Type: text/html; charset=\"windows-1252\"\r\n"
           b"Content-Transfer-Encoding: base64\r\nContent-Location: https://osk.example/ferry\r\n\r\n"
           + base64.encodebytes(legacy).replace(b"\n", b"\r\n") + b"\r\n--=_NextPart_Osk--\r\n")
    return {
        "browsertrix-package.wacz": _zip([
            ("datapackage.json", b'{"profile": "data-package", "wacz_version": "1.1.1"}'),
            ("pages/pages.jsonl", b'{"format": "json-pages-1.0"}\n' + page_list),
            ("archive/data-1.warc.gz", first + gzip.compress(pageinfo, mtime=0)),
            ("archive/data-2.warc", b"this member was overwritten by a failed copy\n"),
            ("archive/data-3.warc", _response(*pages[2]) + _response("https://osk.example/map.png",
                                                                      b"\x89PNG\r\n\x1a\n", ctype="image/png")),
            ("indexes/index.cdx", b"com,example)/weir 20310508090000 {}\n"),
        ]),
        "saved-page.mhtml": mhtml,
        "saved-ie.mht": mht,
    }


# --- dates as Unix times, wire transmissions ----------------------------------------------------


def _wire(header: str, text: bytes) -> bytes:
    return b"\x16\x16\x01" + header.encode() + b"\x02\r\n" + text + b"\r\n\x03\r\n\x04"


def api_and_wire_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, u2, p2), (t3, u3, p3) = STORIES
    # 06:00 UTC on 2031-05-06/07/08 as seconds, as milliseconds, as a 10-digit string; a small count is no date
    return {
        "epoch-dates.json": _json({"results": [
            {"title": t1, "url": u1, "text": p1, "published": 1935813600},
            {"title": t2, "url": u2, "text": p2, "published_at": 1935900000000},
            {"title": t3, "url": u3, "text": p3, "date": "1935986400"},
            {"title": "Brief", "text": MORE, "published": 42}]}),
        "wire-transmission.txt": (
            _wire("a0412 r i BC-Brindle-Weir 05-05 0231", f"   BRINDLE (Harnmouth Wire) _ {p1}\r\n   {MORE}".encode())
            + _wire("a0413 r i BC-Skellan-Ferry 05-06 0190",
                    f"   HARNMOUTH (Harnmouth Wire) _ {p2}\r\n   The caf\u00e9 reopened too.".encode("cp1252"))
            + _wire("a0414 r i BC-Kill-Advisory 05-06 0004", b"\r\n")),
    }


# --- text an extractor already took out of a page (trafilatura's output formats, web clippers) --------


def extracted_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, u2, p2), (t3, u3, p3) = STORIES
    site = "Osk Valley Daily"
    return {
        "extracted.json": _json({
            "title": t1, "author": None, "hostname": "osk.example", "date": "2031-05-05", "fingerprint": "a1b2c3d4",
            "id": None, "license": None, "comments": "", "raw_text": f"{t1} {p1} {MORE}",
            "text": f"{t1}\n{p1}\n{MORE}", "language": None, "filedate": "2031-06-01", "source": u1,
            "source-hostname": site, "excerpt": None, "categories": "", "tags": ""}),
        "extracted-doc.xml": (f'<doc sitename="{site}" title="{t2}" date="2031-05-06" url="{u2}" fingerprint="b2c3">\n'
                              f'  <main>\n    <head rend="h1">{t2}</head>\n    <p>{p2}</p>\n    <list>\n'
                              "      <item>Harnmouth quay: open</item>\n      <item>Skellan pier: open</item>\n"
                              f"    </list>\n    <p>{MORE}</p>\n  </main>\n  <comments>\n    <p>Good news for "
                              "the island.</p>\n  </comments>\n</doc>\n").encode(),
        "extracted-tei.xml": ('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n    <fileDesc>\n'
                              f'      <titleStmt>\n        <title type="main">{t3}</title>\n      </titleStmt>\n'
                              "      <sourceDesc>\n        <biblFull>\n          <publicationStmt>\n"
                              f'            <publisher>{site}</publisher>\n            <ptr type="URL" target="{u3}"/>'
                              "\n            <date>2031-05-07</date>\n          </publicationStmt>\n"
                              "        </biblFull>\n"
                              "      </sourceDesc>\n    </fileDesc>\n    <profileDesc>\n      <creation>\n"
                              '        <date type="download">2031-06-01</date>\n      </creation>\n    </profileDesc>\n'
                              '  </teiHeader>\n  <text>\n    <body>\n      <div type="entry">\n'
                              f'        <ab rend="h1" type="header">{t3}</ab>\n        <p>{p3}</p>\n'
                              f"        <p>{MORE}</p>\n      </div>\n      <div type=\"comments\">\n"
                              "        <p>My daughter is glad to be back.</p>\n      </div>\n    </body>\n  </text>\n"
                              "</TEI>\n").encode(),
        "clipped-note.md": (f'---\ntitle: "{t1}"\nsource: {u1}\nsitename: {site}\ndate: 2031-05-05\ntags:\n'
                            f"  - flood\n  - weir\n---\n# {t1}\n\n{p1}\n\n{MORE}\n").encode(),
    }


def fourth() -> dict[str, bytes]:
    return {**json_files(), **xml_files(), **warc_files(), **package_files(), **api_and_wire_files(),
            **extracted_files()}


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name, data in fourth().items():
        (OUT / name).write_bytes(data)

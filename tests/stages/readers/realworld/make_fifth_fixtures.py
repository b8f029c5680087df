"""Write the fifth batch of real-world files into ``fifth/`` (issue 10, fifth round; run it to regenerate).

Habits the first four batches left open: WARC captures split over continuation records (a page in
three segments, a segmented chunked and gzipped body, a continuation whose first segment is in
another file, a first segment whose continuation never came), a ``.warc.gz`` that opens with a
``warcinfo`` member of its own, a WACZ package cut short whose WARCs were deflated by the zipper,
CDX and CDXJ indexes saved beside WARCs, MHTML files of framed pages (a frameset; a page whose text
sits in an iframe), feeds with ``xml:base`` (RSS, nested Atom bases), ``content:encoded`` escaped
twice, Atom ``type="xhtml"`` in the default namespace, a JSON Feed 1.1 with ``authors``, JSON Lines
with a byte-order mark and CRLF (plain and gzipped), files joined with ``cat`` (a byte-order mark on
every line), JSON Lines and text ending in a DOS Ctrl-Z, pages whose byte-order mark and ``<meta charset>``
disagree, and AMP pages (a live blog, a story).

Every file is invented: the outlets, places and people are fictional. Output is deterministic.

    python tests/stages/readers/realworld/make_fifth_fixtures.py
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import quopri
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent / "fifth"

STORIES = [
    ("Footbridge reopens at Quarrendon", "https://tamble.example/footbridge",
     "Engineers reopened the footbridge over the Tamble at Quarrendon on Wednesday after replacing two rotten "
     "planks."),
    ("Grain store flooded in Ashlow", "https://tamble.example/grain",
     "Water reached the grain store in Ashlow overnight, and volunteers carried the sacks up to the chapel loft."),
    ("Night bus returns to Merrow", "https://tamble.example/bus",
     "The night bus between Merrow and the county hospital ran again on Friday once the driver shortage eased."),
]
MORE = "The parish council said it would look at the work again at its next meeting."
SITE = "Tamble Gazette"


def _page(title: str, text: str, head: str = '<meta charset="utf-8">') -> str:
    return (f"<!DOCTYPE html><html lang=\"en\"><head>{head}<title>{title}</title></head><body><nav>Home | Tamble | "
            f"Sport</nav><article><h1>{title}</h1><p>{text}</p><p>{MORE}</p></article><footer>{SITE}</footer>"
            "</body></html>")


# --- WARC: segmented captures, a warcinfo member first --------------------------------------------


def _record(fields: list[tuple[str, str]], block: bytes) -> bytes:
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def _id(name: str) -> str:
    return f"<urn:uuid:{zlib.crc32(name.encode()):08x}-0000-4000-8000-000000000000>"


def _http(body: bytes, headers: str = "Content-Type: text/html; charset=utf-8\r\n") -> bytes:
    return f"HTTP/1.1 200 OK\r\n{headers}\r\n".encode() + body


def _response(url: str, block: bytes, extra: list[tuple[str, str]] | None = None) -> bytes:
    return _record([("WARC-Type", "response"), ("WARC-Record-ID", _id(url)), ("WARC-Date", "2031-06-11T08:00:00Z"),
                    ("WARC-Target-URI", url), ("Content-Type", "application/http; msgtype=response"),
                    *(extra or [])], block)


def _segments(url: str, block: bytes, cuts: list[int], last: bool = True) -> list[bytes]:
    """The capture of ``url`` as a first segment and its continuation records, split at ``cuts``."""
    bounds = [0, *cuts, len(block)]
    parts = [block[a:b] for a, b in itertools.pairwise(bounds)]
    out = [_response(url, parts[0], [("WARC-Segment-Number", "1")])]
    for number, part in enumerate(parts[1:], start=2):
        fields = [("WARC-Type", "continuation"), ("WARC-Record-ID", _id(f"{url}#{number}")),
                  ("WARC-Date", "2031-06-11T08:00:00Z"), ("WARC-Target-URI", url),
                  ("WARC-Segment-Origin-ID", _id(url)), ("WARC-Segment-Number", str(number))]
        if last and number == len(parts):
            fields.append(("WARC-Segment-Total-Length", str(len(block))))
        out.append(_record(fields, part))
    return out


def _chunked(body: bytes, size: int = 64) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
                    for i in range(0, len(body), size)) + b"0\r\n\r\n"


def warc_files() -> dict[str, bytes]:
    pages = [(url, _page(title, text).encode()) for title, url, text in STORIES]
    info = _record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", _id("info")), ("WARC-Date", "2031-06-11T08:00:00Z"),
                    ("Content-Type", "application/warc-fields")],
                   b"software: invented-crawler/2.1\r\nformat: WARC File Format 1.1\r\nisPartOf: tamble-june\r\n")
    whole = _http(pages[0][1])
    packed = gzip.compress(pages[1][1], mtime=0)
    squeezed = _http(_chunked(packed), "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"
                                       "Transfer-Encoding: chunked\r\n")
    request = _record([("WARC-Type", "request"), ("WARC-Record-ID", _id("req")), ("WARC-Date", "2031-06-11T08:00:00Z"),
                       ("WARC-Target-URI", pages[2][0]), ("Content-Type", "application/http; msgtype=request")],
                      b"GET /bus HTTP/1.1\r\nHost: tamble.example\r\n\r\n")
    orphan = _segments(pages[1][0], _http(pages[1][1]), [150])[1]
    return {
        "segmented-capture.warc": info + b"".join(_segments(pages[0][0], whole, [180, 420])) + _response(*pages[2][:1],
                                                                                                       _http(pages[2][1])),
        "segmented-chunked-gzip.warc.gz": b"".join(gzip.compress(r, mtime=0) for r in (
            _response(pages[2][0], _http(pages[2][1])), *_segments(pages[1][0], squeezed, [90, 200]))),
        "segment-orphans.warc": (orphan + _response(pages[2][0], _http(pages[2][1]))
                                 + _segments(pages[0][0], whole, [250], last=False)[0]),
        "warcinfo-member-first.warc.gz": b"".join(gzip.compress(r, mtime=0) for r in (
            info, request, *(_response(url, _http(page)) for url, page in pages))),
        "warcinfo-only.warc.gz": gzip.compress(info, mtime=0),
    }


# --- WACZ cut short with deflated WARCs; CDX and CDXJ indexes -------------------------------------


def _zip(members: list[tuple[str, bytes, int]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=(2031, 6, 11, 8, 0, 0))
            info.compress_type = method
            package.writestr(info, data)
    return out.getvalue()


def package_files() -> dict[str, bytes]:
    pages = [(url, _page(title, text).encode()) for title, url, text in STORIES]
    first = b"".join(gzip.compress(_response(url, _http(page)), mtime=0) for url, page in pages[:2])
    second = gzip.compress(_response(*pages[2][:1], _http(pages[2][1])), mtime=0)
    package = _zip([("datapackage.json", b'{"profile": "data-package", "wacz_version": "1.1.1"}', zipfile.ZIP_DEFLATED),
                    ("archive/part-1.warc.gz", first, zipfile.ZIP_DEFLATED),
                    ("archive/part-2.warc.gz", second, zipfile.ZIP_DEFLATED),
                    ("indexes/index.cdx", b"com,example,tamble)/bus 20310611080000 {}\n", zipfile.ZIP_DEFLATED)])
    cut = package.index(b"PK\x03\x04", package.index(b"archive/part-2.warc.gz") - 30 + 4)  # the index member
    cdx = (b" CDX N b a m s k r M S V g\n"
           + b"".join(b"com,example,tamble)/%s 20310611080000 %s text/html 200 AAAA%d - - %d %d crawl.warc.gz\n"
                      % (url.rsplit("/", 1)[1].encode(), url.encode(), i, 900 + i, i * 1000)
                      for i, (_, url, _) in enumerate(STORIES)))
    cdxj = b"".join(b"com,example,tamble)/%s 20310611080000 %s\n"
                    % (url.rsplit("/", 1)[1].encode(), json.dumps({"url": url, "mime": "text/html", "status": "200",
                                                                    "offset": str(i * 1000), "length": "900",
                                                                    "filename": "crawl.warc.gz"}).encode())
                    for i, (_, url, _) in enumerate(STORIES))
    inside = package.index(b"archive/part-2.warc.gz") + 60  # inside part 2's deflated data
    return {"cut-deflated.wacz": package[:cut], "cut-inside-deflated.wacz": package[:inside], "crawl.cdx": cdx,
            "crawl.cdxj": cdxj, "crawl.cdxj.gz": gzip.compress(cdxj, mtime=0)}


# --- MHTML of framed pages ------------------------------------------------------------------------


def _mhtml(location: str, parts: list[tuple[str, str, bytes]]) -> bytes:
    boundary = "----MultipartBoundary--Tamble2031"
    out = (f"From: <Saved by an invented browser>\r\nSnapshot-Content-Location: {location}\r\n"
           f"Subject: {SITE}\r\nDate: Wed, 11 Jun 2031 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
           f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n').encode()
    for ctype, where, data in parts:
        out += (f"\r\n--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                f"Content-Location: {where}\r\n\r\n").encode() + quopri.encodestring(data).replace(b"\n", b"\r\n")
    return out + f"\r\n--{boundary}--\r\n".encode()


def mhtml_files() -> dict[str, bytes]:
    (t1, _u1, p1), (t2, _u2, p2), _ = STORIES
    frameset = (b"<html><head><title>Tamble Gazette archive</title></head><frameset cols=\"20%,80%\">"
                b"<frame src=\"cid:frame-menu@tamble\" name=\"menu\">"
                b"<frame src=\"cid:frame-main@tamble\" name=\"main\">"
                b"<noframes>Your browser does not show frames.</noframes></frameset></html>")
    menu = b"<html><body><ul><li>Home</li><li>Archive</li><li>Contact</li></ul></body></html>"
    shell = (b"<!DOCTYPE html><html><head><title>Reader</title></head><body><nav>Home | Tamble</nav>"
             b"<iframe src=\"cid:frame-story@tamble\" width=\"100%\" height=\"900\"></iframe>"
             b"<iframe src=\"cid:frame-ad@tamble\" width=\"300\" height=\"250\"></iframe></body></html>")
    advert = b"<html><body><a href=\"https://ads.example/\">Advertisement</a></body></html>"
    story = _page(STORIES[2][0], STORIES[2][2]).replace(
        "</article>", '<iframe src="https://talk.example/thread?bus"></iframe></article>').encode()
    talk = ("<html><body><div class=\"comments\">" + "".join(
        f"<p>Reader {i} wrote that the night bus had been missed every weekend since the spring timetable "
        "changed, and that the hospital staff were the ones who needed it most.</p>" for i in range(1, 4))
        + "</div></body></html>").encode()
    return {
        "framed-page.mhtml": _mhtml("https://tamble.example/archive", [
            ("text/html", "https://tamble.example/archive", frameset),
            ("text/html", "cid:frame-menu@tamble", menu),
            ("text/html", "cid:frame-main@tamble", _page(t1, p1).encode()),
            ("text/css", "https://tamble.example/site.css", b"body { margin: 0; }")]),
        "iframe-reader.mhtml": _mhtml("https://tamble.example/reader?story=grain", [
            ("text/html", "https://tamble.example/reader?story=grain", shell),
            ("text/html", "cid:frame-ad@tamble", advert),
            ("text/html", "cid:frame-story@tamble", _page(t2, p2).encode())]),
        "article-with-comments-frame.mhtml": _mhtml(STORIES[2][1], [
            ("text/html", STORIES[2][1], story),
            ("text/html", "https://talk.example/thread?bus", talk)]),
    }


# --- feeds: xml:base, content:encoded escaped twice, Atom XHTML ------------------------------------


def feed_files() -> dict[str, bytes]:
    (t1, _, p1), (t2, _, p2), (t3, _, p3) = STORIES
    rss_base = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://tamble.example/news/">'
                f"<channel><title>{SITE}</title><link>https://tamble.example/</link>\n"
                f"<item><title>{t1}</title><link>footbridge</link><guid isPermaLink=\"false\">fb-1</guid>"
                f"<pubDate>Wed, 11 Jun 2031 07:00:00 +0100</pubDate><description>{p1}</description></item>\n"
                f"<item xml:base=\"https://tamble.example/2031/\"><title>{t2}</title><link>grain</link>"
                f"<pubDate>Wed, 11 Jun 2031 08:00:00 +0100</pubDate><description>{p2}</description></item>\n"
                f"<item><title>{t3}</title><link>/bus</link>"
                f"<pubDate>Fri, 13 Jun 2031 08:00:00 +0100</pubDate><description>{p3}</description></item>\n"
                "</channel></rss>\n")
    atom_base = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                 f'xml:base="https://tamble.example/"><title>{SITE}</title><link href="/"/>\n'
                 f'<entry xml:base="2031/06/"><title>{t1}</title><link rel="alternate" href="footbridge"/>'
                 f"<id>tag:tamble.example,2031:fb</id><updated>2031-06-11T06:00:00Z</updated>"
                 f'<content type="html">&lt;p&gt;{p1}&lt;/p&gt;</content></entry>\n'
                 f'<entry><title>{t2}</title><link rel="alternate" href="grain"/><id>tag:tamble.example,2031:gr</id>'
                 f'<updated>2031-06-11T07:00:00Z</updated><content type="html">&lt;p&gt;{p2}&lt;/p&gt;</content>'
                 "</entry>\n"
                 "</feed>\n")
    twice = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
             f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{SITE}</title>'
             f"<link>https://tamble.example/</link>\n"
             f"<item><title>{t1}</title><link>https://tamble.example/footbridge</link>"
             f"<description>Teaser only.</description><content:encoded>&amp;lt;p&amp;gt;{p1}&amp;lt;/p&amp;gt;"
             f"&amp;lt;p&amp;gt;{MORE}&amp;lt;/p&amp;gt;</content:encoded></item>\n"
             f"<item><title>{t2}</title><link>https://tamble.example/grain</link>"
             f"<description>Teaser only.</description><content:encoded><![CDATA[&lt;p&gt;{p2}&lt;/p&gt;"
             f"&lt;p&gt;{MORE}&lt;/p&gt;]]></content:encoded></item>\n"
             "</channel></rss>\n")
    xhtml = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{SITE}</title>'
             '<link href="https://tamble.example/"/>\n'
             f'<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{t1}</div></title>'
             '<link href="https://tamble.example/footbridge"/><updated>2031-06-11T06:00:00Z</updated>'
             f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{p1}</p><p><em>{MORE}</em></p>'
             "</div></content></entry>\n"
             f'<entry><title>{t3}</title><link href="https://tamble.example/bus"/><updated>2031-06-13T06:00:00Z'
             f'</updated><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{p3}</p></div></summary>'
             "</entry>\n</feed>\n")
    return {"rss-xml-base.rss": rss_base.encode(), "atom-nested-base.atom": atom_base.encode(),
            "content-encoded-twice.rss": twice.encode(), "atom-xhtml-default-ns.atom": xhtml.encode()}


# --- JSON Feed 1.1 authors, JSON Lines with a BOM and CRLF ---------------------------------------


def json_files() -> dict[str, bytes]:
    (t1, u1, p1), (_t2, u2, p2), (_t3, _u3, _p3) = STORIES
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": SITE, "home_page_url": "https://tamble.example/",
            "language": "en-GB", "authors": [{"name": "Tamble Gazette staff", "url": "https://tamble.example/staff"}],
            "items": [{"id": u1, "url": u1, "title": t1, "content_html": f"<p>{p1}</p><p>{MORE}</p>",
                       "date_published": "2031-06-11T07:00:00+01:00",
                       "authors": [{"name": "Wren Aldous"}, {"name": "Piet Calloway", "avatar": "a.png"}]},
                      {"id": u2, "url": u2, "content_text": f"{p2}\n\n{MORE}", "date_modified": "2031-06-12T09:00:00Z",
                       "authors": [{"url": "https://tamble.example/desk"}], "language": "en"}]}
    lines = [json.dumps({"title": t, "url": u, "date": d, "text": f"{p}\r\n\r\n{MORE}"}, ensure_ascii=False)
             for (t, u, p), d in zip(STORIES, ("2031-06-11", "2031-06-12", "2031-06-13"), strict=True)]
    crlf = ("\r\n".join(lines) + "\r\n").encode()
    # three exports of one line each, each with its byte-order mark, joined with cat (plain, and as gzip members)
    joined = [b"\xef\xbb\xbf" + line.encode() + b"\r\n" for line in lines]
    return {"jsonfeed-authors.json": json.dumps(feed, indent=1).encode(),
            "bom-crlf.jsonl": b"\xef\xbb\xbf" + crlf,
            "bom-crlf.jsonl.gz": gzip.compress(b"\xef\xbb\xbf" + crlf, mtime=0),
            "cat-joined-boms.jsonl": b"".join(joined),
            "cat-joined-members.jsonl.gz": b"".join(gzip.compress(line, mtime=0) for line in joined),
            "dos-eof.jsonl": crlf + b"\x1a",
            "dos-eof-last-line.jsonl": crlf.rstrip() + b"\x1a",
            "dos-eof.txt": f"{t1}\r\n\r\n{p1}\r\n".encode("cp1252") + b"\x1a"}


# --- HTML: a byte-order mark against <meta charset>; AMP pages -----------------------------------


def html_files() -> dict[str, bytes]:
    (t1, _u1, p1), (t2, _u2, p2), (t3, _u3, p3) = STORIES
    accents = " The caf\u00e9 by the bridge served \u201cflood tea\u201d to the workers."
    live = ('<!doctype html><html \u26a1 lang="en"><head><meta charset="utf-8"><title>Live: Tamble flood watch</title>'
            f'<link rel="canonical" href="https://tamble.example/live"><script async src="https://cdn.ampproject.org/'
            'v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style>'
            '<script type="application/ld+json">{"@type": "LiveBlogPosting", "datePublished": "2031-06-11T06:00:00Z",'
            f' "headline": "Live: Tamble flood watch"}}</script></head><body><header>{SITE} | Menu</header>'
            '<amp-live-list id="updates" data-poll-interval="15000" data-max-items-per-page="20">'
            '<button update on="tap:updates.update">Show 2 new posts</button><div items>'
            f'<div id="u2" data-sort-time="20310611080000"><p>08:00</p><p>{p2}</p></div>'
            f'<div id="u1" data-sort-time="20310611070000"><p>07:00</p><p>{p1}</p></div></div></amp-live-list>'
            '<amp-analytics type="invented"><script type="application/json">{"vars": {"account": "X-1"}}</script>'
            "</amp-analytics></body></html>")
    story = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Night bus returns to Merrow</title>'
             '<link rel="canonical" href="https://tamble.example/bus"><script async src="https://cdn.ampproject.org/'
             'v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head><body>'
             '<amp-story standalone title="Night bus returns to Merrow" publisher="Tamble Gazette" '
             'poster-portrait-src="p.jpg"><amp-story-page id="cover"><amp-story-grid-layer template="fill">'
             '<amp-img src="bus.jpg" width="720" height="1280" layout="responsive"></amp-img></amp-story-grid-layer>'
             f'<amp-story-grid-layer template="vertical"><h1>{t3}</h1></amp-story-grid-layer></amp-story-page>'
             f'<amp-story-page id="p2"><amp-story-grid-layer template="vertical"><p>{p3}</p></amp-story-grid-layer>'
             f'</amp-story-page><amp-story-page id="p3"><amp-story-grid-layer template="vertical"><p>{MORE}</p>'
             "</amp-story-grid-layer></amp-story-page></amp-story></body></html>")
    return {
        "bom-utf8-meta-cp1252.html": b"\xef\xbb\xbf" + _page(t1, p1 + accents,
                                                             '<meta charset="windows-1252">').encode(),
        "bom-utf16-meta-utf8.html": _page(t2, p2 + accents, '<meta http-equiv="Content-Type" '
                                                            'content="text/html; charset=utf-8">').encode("utf-16"),
        "amp-live-blog.html": live.encode(),
        "amp-story.html": story.encode(),
    }


def fifth() -> dict[str, bytes]:
    return {**warc_files(), **package_files(), **mhtml_files(), **feed_files(), **json_files(), **html_files()}


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name, data in fifth().items():
        (OUT / name).write_bytes(data)

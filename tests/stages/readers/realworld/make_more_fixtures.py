"""Write the second batch of real-world files in this folder (issue 10; run it to regenerate them).

Kinds the first batch (``make_fixtures.py``) did not hold: compressed exports (bzip2, xz, gzip
copies of JSON, JSON Lines and HTML), JSON Lines that is not one object per line (an array, pretty
printed objects, UTF-16 from PowerShell, legacy code page lines, a cut last line), search-engine
and scraper shapes (``_source`` wrappers, paragraph lists), feeds saved as HTML or served as HTML
in a WARC, Atom XHTML with a namespace prefix, Media RSS descriptions, AMP and JSON-LD-only pages,
and WARC habits (raw and zlib deflate, WARC/1.1 microsecond dates, HTTP/2 status lines, angle
brackets around the target URI, a truncated payload, folded HTTP headers, an HTTP charset that is
the server's default against the page's own, a segmented capture); then HTTP and writer habits that
warcio's recovery already handled (kept so they stay handled) and blank lines before the first header.

Every file is invented: the outlets, places and people are fictional. Output is deterministic.

    python tests/stages/readers/realworld/make_more_fixtures.py
"""

from __future__ import annotations

import bz2
import codecs
import functools
import gzip
import json
import lzma
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the first batch's writer, also when the test loads this file by path
sys.path.insert(0, str(HERE))

from make_fixtures import _http, _raw  # noqa: E402

ARTICLES = [
    ("Sluice gates opened", "https://vale.example/sluice", "2031-03-02",
     "Keepers at the Wendle weir opened three sluice gates at dawn on Sunday as the river rose.\n\n"
     "Farmers downstream moved their sheep to higher fields before noon."),
    ("Bridge closed to lorries", "https://vale.example/bridge", "2031-03-03",
     "The old stone bridge at Harrowby was closed to heavy lorries after inspectors found a crack in its "
     "central arch."),
    ("Clinic hours extended", "https://vale.example/clinic", "2031-03-04",
     "The clinic in Ossery will stay open until nine in the evening while the flu season lasts, its "
     "manager said."),
]


def _obj(i: int, **changes: str) -> dict[str, str]:
    title, url, date, body = ARTICLES[i]
    return {"title": title, "url": url, "published": date, "text": body, **changes}


def _page(title: str, body: str, charset: str = "utf-8") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f"<nav>Home | Vale | Weather</nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>Copyright Vale Post</footer></body></html>")


def _json_files(files: dict[str, bytes]) -> None:
    lines = "".join(json.dumps(_obj(i)) + "\n" for i in range(3)).encode()
    files["news-crawl.jsonl.bz2"] = bz2.compress(lines)
    files["news-crawl-xz.jsonl.xz"] = lzma.compress(lines)
    files["cut-crawl.jsonl.bz2"] = bz2.compress(lines)[:-30]
    files["export.json.gz"] = gzip.compress(json.dumps([_obj(i) for i in range(3)]).encode(), mtime=0)
    files["array-named.jsonl"] = json.dumps([_obj(i) for i in range(3)], indent=2).encode()
    files["pretty-objects.jsonl"] = "\n".join(json.dumps(_obj(i), indent=2) for i in range(3)).encode()
    hits = [{"_index": "news", "_id": f"doc{i}", "_score": 1.0, "_source": _obj(i)} for i in range(3)]
    files["search-export.jsonl"] = "".join(json.dumps(h) + "\n" for h in hits).encode()
    paragraphs = [{"title": t, "url": u, "date": d, "paragraphs": b.split("\n\n")} for t, u, d, b in ARTICLES]
    files["paragraph-lists.jsonl"] = "".join(json.dumps(p) + "\n" for p in paragraphs).encode()
    files["content-as-list.json"] = json.dumps([{"title": t, "url": u, "content": b.split("\n\n")}
                                                for t, u, _, b in ARTICLES]).encode()
    files["utf16-powershell.jsonl"] = codecs.BOM_UTF16_LE + lines.decode().replace("\n", "\r\n").encode("utf-16-le")
    legacy = [_obj(i, text=ARTICLES[i][3] + " The caf\u00e9 \u201creopened\u201d.") for i in range(3)]
    files["cp1252-lines.jsonl"] = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in legacy).encode("cp1252")
    files["cut-last-line.jsonl"] = lines + json.dumps(_obj(0, url="https://vale.example/cut")).encode()[:60]


def _feed() -> str:
    items = "".join(f"<item><title>{t}</title><link>{u}</link><description>{b}</description></item>"
                    for t, u, _, b in ARTICLES)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n'
            f'<rss version="2.0"><channel><title>Vale Post</title><link>https://vale.example/</link>{items}'
            f"</channel></rss>")


def _feeds_and_pages(files: dict[str, bytes]) -> None:
    files["saved-page.html.gz"] = gzip.compress(_page(ARTICLES[0][0], ARTICLES[0][3]).encode(), mtime=0)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ARTICLES[0][0],
          "datePublished": "2031-03-02T07:00:00Z", "articleBody": ARTICLES[0][3].replace("\n\n", " ")}
    files["jsonld-only.html"] = (
        f'<!DOCTYPE html><html lang="en"><head><title>{ARTICLES[0][0]} | Vale Post</title>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><div id="root"></div>'
        f"<noscript>You need to enable JavaScript to run this app.</noscript><script src=\"/app.js\"></script>"
        f"</body></html>").encode()
    files["amp-page.html"] = (
        f'<!doctype html><html \u26a1 lang="en"><head><meta charset="utf-8"><title>{ARTICLES[1][0]}</title>'
        f'<link rel="canonical" href="{ARTICLES[1][1]}"><script async src="https://cdn.ampproject.org/v0.js"></script>'
        f"<style amp-boilerplate>body{{visibility:hidden}}</style></head><body><header>Vale Post Menu</header>"
        f'<article><h1>{ARTICLES[1][0]}</h1><amp-img src="a.jpg" width="600" height="400" layout="responsive">'
        f'</amp-img><p>{ARTICLES[1][3]}</p><amp-ad width="300" height="250" type="x"></amp-ad><p>Drivers were told '
        f"to use the ring road at Tollby until repairs are done in May.</p></article></body></html>").encode()
    files["feed-saved-as.html"] = _feed().encode()
    entries = "".join(
        f'<entry><title>{t}</title><link href="{u}"/><updated>{d}T08:00:00Z</updated><content type="xhtml"><x:div>'
        + "".join(f"<x:p>{p}</x:p>" for p in b.split("\n\n")) + "</x:div></content></entry>"
        for t, u, d, b in ARTICLES)
    files["atom-xhtml-prefixed.atom"] = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        'xmlns:x="http://www.w3.org/1999/xhtml"><title>Vale Post</title><link href="https://vale.example/"/>'
        f"{entries}</feed>").encode()
    media = "".join(f'<item><title>{t}</title><link>{u}</link><media:content url="{u}.mp4" medium="video">'
                    f"<media:description>{b}</media:description></media:content></item>" for t, u, _, b in ARTICLES)
    group = "".join(f"<item><title>{t}</title><link>{u}</link><media:group><media:description type=\"html\">"
                    f"&lt;p&gt;{b}&lt;/p&gt;</media:description></media:group></item>" for t, u, _, b in ARTICLES)
    for name, items in (("media-description.rss", media), ("media-group.rss", group)):
        files[name] = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
                       'xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Vale TV</title>'
                       f"{items}</channel></rss>").encode()


#: The hand-written WARC record of the first batch (make_fixtures.py), dated this batch's day.
_rec = functools.partial(_raw, date="2031-03-05T10:00:00Z")


def _warcs(files: dict[str, bytes]) -> None:
    pages = [_page(t, b).encode() for t, _, _, b in ARTICLES]
    urls = [u for _, u, _, _ in ARTICLES]
    raw = zlib.compressobj(wbits=-15)
    deflated = raw.compress(pages[1]) + raw.flush()
    deflate = b"Content-Type: text/html\r\nContent-Encoding: deflate\r\n"
    files["deflate-kinds.warc"] = (_rec("response", urls[1], _http(deflated, headers=deflate), n=1)
                                   + _rec("response", urls[2], _http(zlib.compress(pages[2]), headers=deflate), n=2))
    files["micro-dates-11.warc"] = b"".join(
        _rec("response", u, _http(p), n=i, version=b"WARC/1.1", date="2031-03-05T10:00:00.123456Z")
        for i, (p, u) in enumerate(zip(pages, urls, strict=True), start=1))
    files["http2-status.warc"] = (_rec("response", urls[0], _http(pages[0], status=b"HTTP/2 200"), n=1)
                                  + _rec("response", urls[1], _http(pages[1], status=b"HTTP/2.0 200 OK"), n=2))
    files["angle-bracket-uri.warc"] = b"".join(_rec("response", f"<{u}>", _http(p), n=i)
                                               for i, (p, u) in enumerate(zip(pages, urls, strict=True), start=1))
    files["truncated-payload.warc"] = (
        _rec("response", urls[0], _http(pages[0][:400]), n=1, extra=b"WARC-Truncated: length\r\n")
        + _rec("response", urls[1], _http(pages[1]), n=2))
    files["feed-served-as-html.warc"] = (
        _rec("response", "https://vale.example/rss",
             _http(_feed().encode(), headers=b"Content-Type: text/html; charset=utf-8\r\n"), n=1)
        + _rec("response", urls[2], _http(pages[2]), n=2))
    folded = b"Content-Type: text/html;\r\n charset=utf-8\r\nSet-Cookie: a=1;\r\n\tpath=/\r\n"
    files["folded-headers.warc"] = (_rec("response", urls[0], _http(pages[0], headers=folded), n=1)
                                    + _rec("response", urls[1], _http(pages[1]), n=2))
    west = _page(ARTICLES[0][0], ARTICLES[0][3] + " Caf\u00e9 \u201cWendle\u201d.", "windows-1252").encode("cp1252")
    cyr = _page(ARTICLES[1][0], ARTICLES[1][3] + " \u041c\u043e\u0441\u0442 \u0437\u0430\u043a\u0440\u044b\u0442.",
                "windows-1251").encode("cp1251")
    files["meta-vs-header.warc"] = (
        _rec("response", urls[0], _http(west, headers=b"Content-Type: text/html; charset=utf-8\r\n"), n=1)
        + _rec("response", urls[1], _http(cyr, headers=b"Content-Type: text/html; charset=iso-8859-1\r\n"), n=2))
    whole = _http(pages[0])
    files["segments.warc"] = (
        _rec("response", urls[0], whole[:300], n=1, extra=b"WARC-Segment-Number: 1\r\n")
        + _rec("continuation", urls[0], whole[300:], ctype="", n=2,
               extra=b"WARC-Segment-Number: 2\r\nWARC-Segment-Origin-ID: <urn:uuid:00000000-0000-4000-8000-"
                     b"000000000001>\r\nWARC-Segment-Total-Length: %d\r\n" % len(whole))
        + _rec("response", urls[1], _http(pages[1]), n=3))


def _warc_habits(files: dict[str, bytes]) -> None:
    """HTTP and writer habits that warcio's recovery handles (read right before this batch, but for the
    blank lines before the first header): kept as a record of what must stay right."""
    pages = [_page(t, b).encode() for t, _, _, b in ARTICLES]
    urls = [u for _, u, _, _ in ARTICLES]
    not_chunked = b"Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
    files["te-chunked-not-chunked.warc"] = (_rec("response", urls[0], _http(pages[0], headers=not_chunked), n=1)
                                            + _rec("response", urls[1], _http(pages[1]), n=2))
    files["status-line-only.warc"] = (_rec("response", urls[0], b"HTTP/1.0 200\r\n\r\n" + pages[0], n=1)
                                      + _rec("response", urls[1], _http(pages[1]), n=2))
    files["blank-lines-first.warc"] = (b"\r\n\r\n" + _rec("response", urls[0], _http(pages[0]), n=1)
                                       + _rec("response", urls[1], _http(pages[1]), n=2))
    odd_case = b"content-type: TEXT/HTML; Charset=UTF-8\r\ncontent-encoding: Deflate\r\n"
    files["lowercase-http-fields.warc"] = _rec("response", urls[0], _http(zlib.compress(pages[0]), headers=odd_case))
    files["xhtml-and-short-length.warc"] = (
        _rec("response", urls[0], _http(pages[0], headers=b"Content-Type: application/xhtml+xml\r\n"), n=1)
        + _rec("response", urls[1], _http(pages[1], headers=b"Content-Type: text/html\r\nContent-Length: 10\r\n"),
               n=2))
    files["page-without-http.warc"] = _rec("response", urls[0], pages[0], n=1)
    files["request-response-metadata.warc"] = (
        _rec("request", urls[0], b"GET /sluice HTTP/1.1\r\nHost: vale.example\r\n\r\n",
             ctype="application/http; msgtype=request", n=1)
        + _rec("response", urls[0], _http(pages[0]), n=2)
        + _rec("metadata", urls[0], b"outlinks: https://vale.example/\r\n", ctype="application/warc-fields", n=3))


def more() -> dict[str, bytes]:
    """File name -> bytes of every file of this batch."""
    files: dict[str, bytes] = {}
    _json_files(files)
    _feeds_and_pages(files)
    _warcs(files)
    _warc_habits(files)
    return files


def main() -> None:
    for name, data in more().items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()

"""Write the third batch of real-world files in this folder (issue 10, second round; run it to regenerate).

Three kinds the first two batches left open: ARC version 2 files (the Internet Archive's
``filedesc://`` header saying version 2, and record lines of ten fields: URL, IP address, date,
content type, result code, checksum, location, offset, file name, length), plain and gzipped per
record; ``.warc.gz`` files whose gzip members are followed, or interrupted, by bytes that are not
gzip (a record appended uncompressed, a note pasted at the end); and WARCs holding captures that
are not articles (images, a PDF, redirects, a 304, a 404, robots.txt, a revisit, a DNS record).

Every file is invented: the outlets, places and people are fictional. Output is deterministic.

    python tests/stages/readers/realworld/make_third_fixtures.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

HERE = Path(__file__).resolve().parent

STORIES = [
    ("Culvert cleared at Marrowick", "https://fenlight.example/culvert",
     "Road crews cleared a blocked culvert at Marrowick on Thursday, and the lane reopened by dusk."),
    ("Ferry timetable restored", "https://fenlight.example/ferry",
     "The Tollan ferry returned to its usual timetable after two days of gales kept it in port."),
    ("Library roof repaired", "https://fenlight.example/library",
     "Roofers finished mending the Quellby library roof, which leaked through the wet autumn."),
]


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _page(title: str, text: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | Valley</nav>"
            f"<article><h1>{title}</h1><p>{text}</p><p>A spokesperson for the district said more work "
            f"would follow in the spring.</p></article><footer>Copyright Fenlight Gazette</footer></body>"
            f"</html>").encode()


def _http(body: bytes, status: bytes = b"200 OK", ctype: bytes = b"text/html", extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 " + status + b"\r\nContent-Type: " + ctype + b"\r\n" + extra + b"\r\n" + body


def _pages() -> list[tuple[str, bytes]]:
    return [(url, _http(_page(title, text))) for title, url, text in STORIES]


# --- ARC version 2 ---------------------------------------------------------------------------

_ARC2_DESC = (b'2 0 Fenlight Crawl\nURL IP-address Archive-date Content-type Result-code Checksum Location '
              b'Offset Filename Archive-length\n<arcmetadata><arc:software>invented crawler 0.1</arc:software>'
              b'<dc:title>fenlight</dc:title></arcmetadata>\n')


def _arc2_records(extra_dns: bool) -> list[bytes]:
    name = b"FENLIGHT-20310411.arc"
    out = [b"filedesc://%s 0.0.0.0 20310411083000 text/plain %d\n%s\n" % (name, len(_ARC2_DESC), _ARC2_DESC)]
    if extra_dns:
        dns = b"20310411083001\nfenlight.example.\t300\tIN\tA\t192.0.2.7\n"
        out.append(b"dns:fenlight.example 192.0.2.5 20310411083001 text/dns 200 - - 0 %s %d\n%s\n"
                   % (name, len(dns), dns))
    for i, (url, http) in enumerate(_pages(), start=1):
        checksum = b"-" if i == 2 else b"Q3K5ZEXAMPLEDIGESTX%d" % i
        out.append(b"%s 192.0.2.7 2031041108%02d00 text/html 200 %s - %d %s %d\n%s\n"
                   % (url.encode(), i, checksum, 100 * i, name, len(http), http))
    return out


def _arc2(files: dict[str, bytes]) -> None:
    files["arc2.arc"] = b"".join(_arc2_records(extra_dns=False))
    files["arc2-gz.arc.gz"] = b"".join(_gzip(r) for r in _arc2_records(extra_dns=False))
    files["arc2-dns.arc"] = b"".join(_arc2_records(extra_dns=True))
    files["arc2-dns-gz.arc.gz"] = b"".join(_gzip(r) for r in _arc2_records(extra_dns=True))


# --- WARC records, gzip tails ----------------------------------------------------------------

def _rec(wtype: str, uri: str, block: bytes, n: int, ctype: str = "application/http; msgtype=response",
         extra: bytes = b"") -> bytes:
    head = (b"WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2031-04-11T08:30:00Z\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-4000-9000-%012d>\r\nContent-Type: %s\r\n"
            % (wtype.encode(), uri.encode(), n, ctype.encode()))
    return head + extra + b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (len(block), block)


def _page_records() -> list[bytes]:
    return [_rec("response", url, http, n) for n, (url, http) in enumerate(_pages(), start=1)]


def _tails(files: dict[str, bytes]) -> None:
    recs = _page_records()
    members = [_gzip(r) for r in recs]
    files["plain-record-appended.warc.gz"] = members[0] + members[1] + recs[2]
    files["plain-record-between.warc.gz"] = members[0] + recs[1] + members[2]
    files["note-appended.warc.gz"] = (members[0] + members[1]
                                      + b"crawl stopped by operator at 09:12, resume tomorrow\n" * 3)
    files["plain-then-gzip-body.warc.gz"] = (members[0] + _rec(
        "response", "https://fenlight.example/logo", _http(_gzip(b"GIF89a" + bytes(40)), ctype=b"image/gif",
                                                            extra=b"Content-Encoding: gzip\r\n"), 9)
        + members[1] + members[2])


# --- records that are not articles -----------------------------------------------------------

def _not_articles(files: dict[str, bytes]) -> None:
    (u1, p1), (u2, p2), _ = _pages()
    site = "https://fenlight.example"
    moved = b"Location: https://fenlight.example/culvert\r\n"
    recs = [
        _rec("warcinfo", "", b"software: invented crawler 0.1\r\n", 1, ctype="application/warc-fields"),
        _rec("request", u1, b"GET /culvert HTTP/1.1\r\nHost: fenlight.example\r\n\r\n", 2,
             ctype="application/http; msgtype=request"),
        _rec("response", u1, p1, 3),
        _rec("response", f"{site}/robots.txt", _http(b"User-agent: *\nDisallow: /drafts/\n", ctype=b"text/plain"), 4),
        _rec("response", f"{site}/img/culvert.jpg", _http(b"\xff\xd8\xff\xe0" + bytes(60), ctype=b"image/jpeg"), 5),
        _rec("response", f"{site}/img/map.png", _http(b"\x89PNG\r\n\x1a\n" + bytes(40), ctype=b"image/png"), 6),
        _rec("response", f"{site}/report.pdf", _http(b"%PDF-1.4\n%invented\n", ctype=b"application/pdf"), 7),
        _rec("response", f"{site}/old-culvert", _http(b"", status=b"301 Moved Permanently", extra=moved), 8),
        _rec("response", f"{site}/c", _http(b"", status=b"302 Found", extra=moved), 9),
        _rec("response", f"{site}/ferry-old", _http(b"", status=b"304 Not Modified"), 10),
        _rec("response", f"{site}/missing", _http(b"<html><body>Not found</body></html>", status=b"404 Not Found"),
             11),
        _rec("revisit", u1, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", 12,
             extra=b"WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n"),
        _rec("response", u2, p2, 13),
        _rec("metadata", u2, b"outlinks: https://fenlight.example/\r\n", 14, ctype="application/warc-fields"),
        _rec("response", f"{site}/style.css", _http(b"body{margin:0}", ctype=b"text/css"), 15),
        _rec("response", f"{site}/app.js", _http(b"var x=1;", ctype=b"application/javascript"), 16),
    ]
    files["captures-not-articles.warc"] = b"".join(recs)
    files["captures-not-articles.warc.gz"] = b"".join(_gzip(r) for r in recs)
    files["only-images-and-redirects.warc"] = b"".join(recs[3:12])


def third() -> dict[str, bytes]:
    """File name -> bytes of every file of this batch."""
    files: dict[str, bytes] = {}
    _arc2(files)
    _tails(files)
    _not_articles(files)
    return files


def main() -> None:
    for name, data in third().items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()

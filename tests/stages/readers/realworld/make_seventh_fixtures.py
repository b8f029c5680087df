"""Write the seventh batch of real-world files into ``seventh/`` (issue 10, seventh round; run it to regenerate).

Humanitarian desks read many PDFs: situation reports and press releases as agencies publish them. The
PDF bytes are written here by hand (a catalogue, pages, one standard font, content streams of text
operators, a cross-reference table), so the files are small and the output deterministic. Habits
covered: a two-column page under a full-width heading, a header and footer repeated on every page
(the agency's name, the report's number, "Page 2 of 3", its web address), words hyphenated at line
ends and across a page break, a word processor's file name as the document's title, dates in the
document's properties (``D:YYYYMMDD...`` with and without a time zone), a scanned page (an image, no
text layer), an encrypted file, a download cut short, an error page saved under a ``.pdf`` name, and
a PDF saved without an extension.

Every file is invented: the agencies, places and people are fictional. Output is deterministic.

    python tests/stages/readers/realworld/make_seventh_fixtures.py
"""

from __future__ import annotations

import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent / "seventh"

AGENCY = "Orlan Valley Relief Office"
SITREP_TITLE = "Floods in the Orlan valley: situation report No. 4"
RELEASE_TITLE = "Water trucks reach Kessary camp"

#: A line drawn on a page: (x, y, font size, text), its text in WinAnsi (Windows-1252).
Line = tuple[float, float, float, str]


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[Line]) -> bytes:
    ops = []
    for x, y, size, text in lines:
        ops.append(b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (size, x, y, _escape(text)))
    return b"\n".join(ops)


#: The standard security handler's padding string (PDF 1.7, 7.6.3.3).
_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
_FILE_ID = bytes.fromhex("0123456789abcdef0123456789abcdef")


def _rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out.append(byte ^ box[(box[i] + box[j]) % 256])
    return bytes(out)


def _owner_only() -> tuple[bytes, bytes, bytes]:
    """Revision 2 (40-bit RC4) with an empty user password and an owner password: anyone may open the
    file; only printing and copying are restricted. Returns (file key, /O, /U)."""
    import hashlib

    owner = _rc4(hashlib.md5(b"orlan-owner" + _PAD[:21]).digest()[:5], _PAD)
    permissions = (-3904).to_bytes(4, "little", signed=True)
    key = hashlib.md5(_PAD + owner + permissions + _FILE_ID).digest()[:5]
    return key, owner, _rc4(key, _PAD)


def _encrypt_object(key: bytes, number: int, obj: bytes) -> bytes:
    """A content stream object's stream encrypted with its object key (our strings are in the Info only)."""
    import hashlib

    object_key = hashlib.md5(key + number.to_bytes(3, "little") + b"\x00\x00").digest()[:10]
    head, _, rest = obj.partition(b"stream\n")
    if not rest:
        return obj
    data = rest[: -len(b"\nendstream")]
    return head + b"stream\n" + _rc4(object_key, data) + b"\nendstream"


def _pdf(
    pages: list[bytes],
    info: dict[str, str] | None = None,
    *,
    encrypt: bool = False,
    image: bool = False,
    deflate: bool = False,
    owner_only: bool = False,
) -> bytes:
    """A PDF 1.4 file of ``pages`` (content streams) with one Helvetica font and an Info dictionary."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for content in pages:
        page_no = len(objects) + 1
        kids.append(page_no)
        resources = b"<< /Font << /F1 %d 0 R >>" % font
        if image:
            resources += b" /XObject << /Im1 %d 0 R >>" % (page_no + 2)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s >> /Contents %d 0 R >>"
            % (resources, page_no + 1)
        )
        body = zlib.compress(content, 9) if deflate else content
        filt = b" /Filter /FlateDecode" if deflate else b""
        objects.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), filt, body))
        if image:
            pixels = bytes((i * 37) % 256 for i in range(64 * 64))
            objects.append(
                b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream" % (len(pixels), pixels)
            )
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    trailer_extra = b""
    if info is not None:
        entries = b" ".join(b"/%s (%s)" % (k.encode(), _escape(v)) for k, v in info.items())
        objects.append(b"<< " + entries + b" >>")
        trailer_extra += b" /Info %d 0 R" % len(objects)
    if encrypt:  # the standard security handler with a user password: nothing reads without it
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -3904 /O <" + b"6f" * 32 + b"> /U <" + b"5a" * 32 + b"> >>"
        )
        trailer_extra += (
            b" /Encrypt %d 0 R /ID [<0123456789abcdef0123456789abcdef> "
            b"<0123456789abcdef0123456789abcdef>]" % len(objects)
        )
    if owner_only:
        key, owner, user = _owner_only()
        objects = [_encrypt_object(key, number, obj) for number, obj in enumerate(objects, start=1)]
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -3904 /O <%s> /U <%s> >>"
            % (owner.hex().encode(), user.hex().encode())
        )
        trailer_extra += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (
            len(objects),
            _FILE_ID.hex().encode(),
            _FILE_ID.hex().encode(),
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def _column(x: float, top: float, lines: list[str], size: float = 10, lead: float = 14) -> list[Line]:
    return [(x, top - i * lead, size, text) for i, text in enumerate(lines)]


def two_column() -> bytes:
    """A one-page brief: a full-width heading, then a left and a right column drawn one after the other."""
    heading = [(56, 780, 16, "Orlan valley floods: what we know"), (56, 760, 9, "Brief, 12 June 2031")]
    left = [
        "Floodwater from the Orlan river covered",
        "the lower districts of Tessary on Tuesday",
        "night, and about 3,200 people left their",
        "homes for higher ground, the district",
        "council said.",
        "",
        "Two bridges on the valley road were",
        "closed after the water reached their decks.",
    ]
    right = [
        "Relief workers opened four shelters in",
        "schools above the town, where 1,150 people",
        "spent the night, a council spokesperson",
        "said.",
        "",
        "\u201cThe river has not been this high since",
        "the spring of 2019,\u201d said Mara Vellin, who",
        "runs the shelter at the Tessary grammar school.",
    ]
    page = _content(heading + _column(56, 720, [t for t in left if t]) + _column(310, 720, [t for t in right if t]))
    return _pdf(
        [page],
        {
            "Title": "Orlan valley floods: what we know",
            "Author": "Field desk",
            "CreationDate": "D:20310612093000+02'00'",
        },
    )


def _running(page_no: int, pages: int) -> tuple[list[Line], list[Line]]:
    head = [(56, 800, 9, AGENCY), (56, 788, 9, "Situation report No. 4 | Orlan valley floods")]
    foot = [(56, 40, 8, f"Page {page_no} of {pages}"), (400, 40, 8, "www.orlan-relief.example")]
    return head, foot


def running_heads() -> bytes:
    """Three pages under the agency's header and footer; words hyphenated at line ends and over a page break."""
    bodies = [
        [
            SITREP_TITLE,
            "Highlights",
            "About 3,200 people have left their homes in the lower",
            "districts of Tessary since the river broke its banks on",
            "10 June.",
            "Four shelters are open; the largest holds 640 people.",
            "Situation overview",
            "The water reached the old market on Tuesday night and",
            "was still rising on Wednesday morning. Road access",
            "to the upper villages is cut, and the district's humani-",
            "tarian partners are moving supplies by boat.",
        ],
        [
            "Needs in the shelters are growing. Drinking water,",
            "blankets and hygiene kits are short in all four",
            "shelters, and the district health office reported 27",
            "cases of diarrhoea among children under five.",
            "Response",
            "The relief office delivered 18,000 litres of water",
            "and 900 blankets on Wednesday. A second",
            "convoy is planned for Friday if the road from Kessary",
            "reopens; otherwise the supplies will be car-",
        ],
        [
            "ried by boat from the upper landing.",
            "Funding",
            "The appeal launched on 11 June has received 35 per cent",
            "of the 4.2 million it seeks.",
            "For more information, contact the field desk.",
        ],
    ]
    pages = []
    for number, body in enumerate(bodies, start=1):
        head, foot = _running(number, len(bodies))
        pages.append(_content(head + _column(56, 750, body, size=10, lead=15) + foot))
    return _pdf(
        pages,
        {"Title": "Microsoft Word - sitrep_04_final_v2.docx", "Producer": "Office PDF export", "ModDate": "D:20310613"},
        deflate=True,
    )


def release() -> bytes:
    """A one-page press release: no title in its properties, its date in a bare ``D:`` string with Z."""
    lines = [
        RELEASE_TITLE,
        "Press release",
        "Kessary, 14 June 2031 - Six water trucks reached the Kessary camp",
        "on Saturday after the valley road reopened, the camp's managers said.",
        "The trucks carried 60,000 litres, enough for the camp's 4,000 residents",
        "for two days.",
        "\u201cWe had been rationing since Wednesday,\u201d said camp manager Ilse Orvand.",
    ]
    return _pdf([_content(_column(56, 780, lines))], {"CreationDate": "D:20310614101500Z"})


def _mail(subject: str, parts: list[tuple[str, str, bytes]]) -> bytes:
    """A multipart message from the field desk: (content type, file name or "", bytes) per part."""
    import base64

    head = (
        "From: Orlan Valley Relief Office <press@orlan-relief.example>\r\nTo: desk@news.example\r\n"
        f"Subject: {subject}\r\nDate: Sun, 15 Jun 2031 08:10:00 +0200\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="part-7"\r\n\r\n'
    )
    body = ""
    for kind, name, data in parts:
        body += f"--part-7\r\nContent-Type: {kind}\r\n"
        if name:
            body += f'Content-Disposition: attachment; filename="{name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            encoded = base64.b64encode(data).decode()
            body += "\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)) + "\r\n"
        else:
            body += "\r\n" + data.decode() + "\r\n"
    return (head + body + "--part-7--\r\n").encode()


def seventh() -> dict[str, bytes]:
    sitrep = running_heads()
    scanned = _pdf([b"q 595 0 0 842 0 0 cm /Im1 Do Q"], {"Title": "Scan of the district notice"}, image=True)
    encrypted = _pdf([_content(_column(56, 780, ["Restricted distribution."]))], encrypt=True)
    error_page = (
        b"<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1>"
        b"<p>You don't have permission to access this resource.</p></body></html>\n"
    )
    return {
        "brief-two-columns.pdf": two_column(),
        "sitrep-running-heads.pdf": sitrep,
        "press-release.pdf": release(),
        "scanned.pdf": scanned,
        "encrypted.pdf": encrypted,
        "cut-short.pdf": sitrep[: len(sitrep) * 2 // 3],
        "error-page.pdf": error_page,
        "download": release(),  # a PDF saved without an extension
        "print-restricted.pdf": _pdf(  # encrypted only to restrict printing: opens without a password
            [
                _content(
                    _column(
                        56,
                        780,
                        [
                            "Kessary camp water update",
                            "Water deliveries to the Kessary camp resumed on Sunday morning, the camp managers said.",
                        ],
                    )
                )
            ],
            owner_only=True,
        ),
        "empty.pdf": b"",
        # a press release mailed as a PDF under a short cover note, and a report mailed with no text part
        "release-attached.eml": _mail(
            "Fwd: Press release: water trucks",
            [
                ("text/plain; charset=utf-8", "", b"Dear colleagues, please find attached our press release.\r\n"),
                ("application/pdf", "release.pdf", release()),
            ],
        ),
        "report-only.eml": _mail("Situation report No. 4", [("application/octet-stream", "sitrep_04.pdf", sitrep)]),
    }


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for name, data in seventh().items():
        (OUT / name).write_bytes(data)

"""The mail reader on invented messages: which files are messages, titles, charsets, mailboxes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from groundwatch.stages.readers import ReaderError
from groundwatch.stages.readers.mail import message_doc, read_mail, read_mbox
from groundwatch.stages.readers.metadata import Doc, Problem

TEXT = "The Dunmere lifeboat was called out twice on Sunday as the gale reached the outer harbour."


def _message(subject: str, body: bytes, content_type: str = "text/plain; charset=utf-8") -> bytes:
    return (f"From: Dunmere Harbour Office <office@dunmere.example>\r\nSubject: {subject}\r\n"
            f"Date: Mon, 3 Mar 2031 09:15:00 +0000\r\nContent-Type: {content_type}\r\n\r\n").encode() + body


@pytest.mark.parametrize(("subject", "title"), [
    ("Re: Fwd: Lifeboat called out twice", "Lifeboat called out twice"),
    ("AW: WG: Lifeboat called out twice", "Lifeboat called out twice"),  # German clients' reply and forward
    ("=?iso-8859-1?q?Caf=E9_closed_by_the_gale?=", "Caf\u00e9 closed by the gale"),
    ("Refit: lifeboat back", "Refit: lifeboat back"),  # a word ending in "re" is no reply prefix
])
def test_the_subject_is_the_title_without_reply_prefixes(subject: str, title: str) -> None:
    doc = message_doc(_message(subject, TEXT.encode()), None)
    assert isinstance(doc, Doc) and doc.title == title and doc.outlet == "Dunmere Harbour Office"
    assert doc.published == dt.date(2031, 3, 3) and doc.body == TEXT


def test_a_wrong_charset_is_decoded_as_text_files_are() -> None:
    doc = message_doc(_message("Gale", ("Caf\u00e9 " + TEXT).encode("cp1252"), "text/plain; charset=x-unknown"), None)
    assert isinstance(doc, Doc) and doc.body.startswith("Caf\u00e9 ")


def test_a_message_without_a_text_part_or_headers_is_a_problem() -> None:
    empty = message_doc(_message("Gale", b"   \r\n"), 4)
    assert empty == Problem("message 4: the message's text/plain part is empty", 4)
    headless = message_doc(b"X-Note: 1\r\n\r\n" + TEXT.encode(), 2)
    assert isinstance(headless, Problem) and headless.reason.startswith("message 2: not a mail message")


def test_prose_named_eml_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "note.eml"
    path.write_text(f"Update: {TEXT}\n", encoding="utf-8")
    (doc,) = read_mail(path)
    assert isinstance(doc, Doc) and doc.format == "txt" and doc.body == f"Update: {TEXT}"


def test_a_mailbox_needs_its_from_lines(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    path.write_bytes(_message("Gale", TEXT.encode()))
    with pytest.raises(ReaderError, match=r"^not a mailbox: no 'From ' line opens a message$"):
        list(read_mbox(path))
    path.write_bytes(b"From office@dunmere.example Mon Mar  3 09:15:00 2031\n" + _message("Gale", TEXT.encode()))
    (doc,) = read_mbox(path)
    assert isinstance(doc, Doc) and doc.n == 1 and doc.title == "Gale"

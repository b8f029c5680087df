"""RSS/Atom reader: item fields, HTML content, unsafe and malformed XML."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from groundwatch.stages.readers.feeds import parse_feed, read_feed
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>The Harbour Post</title><link>https://harbourpost.example/</link><language>en-gb</language>
  <item>
    <title>Bridge at Tessel reopens</title>
    <link>https://harbourpost.example/bridge</link>
    <pubDate>Mon, 10 Mar 2031 07:15:00 +0000</pubDate>
    <description>Short teaser only.</description>
    <media:content url="https://harbourpost.example/bridge.jpg" medium="image"/>
    <content:encoded><![CDATA[<p>The <b>Tessel</b> bridge reopened on Monday after engineers
    checked its piers.</p><p>Traffic was light in the morning.</p>]]></content:encoded>
  </item>
  <item>
    <title>Shelters close in Marrowgate</title>
    <link>https://harbourpost.example/shelters</link>
    <source url="https://tesseldaily.example/rss">Tessel Daily</source>
    <description>&lt;p&gt;The last shelters in Marrowgate closed on Sunday.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Plain description</title>
    <description>Water levels fell across Veloria, officials said.</description>
  </item>
  <item><title>Nothing to read</title><media:content url="https://harbourpost.example/v.mp4"/></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Tessel Daily</title>
  <entry>
    <title>Ferry service resumes</title>
    <link rel="self" href="https://tesseldaily.example/api/1"/>
    <link rel="alternate" href="https://tesseldaily.example/ferry"/>
    <published>2031-03-11T09:00:00Z</published><updated>2031-03-12T09:00:00Z</updated>
    <content type="html">&lt;p&gt;Ferries to Marrowgate sailed again on Tuesday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Road repairs</title><link href="https://tesseldaily.example/roads"/>
    <updated>2031-03-13T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Crews repaired the coast road.</p>
    <p>It opens <em>next week</em>.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title><summary>Rain is forecast again for Veloria.</summary>
    <source><title>Veloria Wire</title></source>
  </entry>
</feed>"""


def test_rss_items() -> None:
    out = list(parse_feed(RSS))
    assert [type(x).__name__ for x in out] == ["Doc", "Doc", "Doc", "Problem"]
    first, second, third, fourth = out
    assert isinstance(first, Doc) and isinstance(second, Doc) and isinstance(third, Doc)
    assert first.body == ("The Tessel bridge reopened on Monday after engineers checked its piers.\n\n"
                          "Traffic was light in the morning.")  # content:encoded beats description
    assert (first.n, first.format, first.title) == (1, "rss", "Bridge at Tessel reopens")
    assert first.url == "https://harbourpost.example/bridge"
    assert first.published == dt.date(2031, 3, 10)
    assert first.outlet == "The Harbour Post"  # channel title
    assert first.language == "en"
    assert second.body == "The last shelters in Marrowgate closed on Sunday."  # escaped HTML description
    assert second.outlet == "Tessel Daily"  # the item's <source> wins over the channel
    assert third.body == "Water levels fell across Veloria, officials said."
    assert third.published is None and third.url is None
    assert fourth == Problem("item 4: no text (no content, description or summary)", 4)


def test_atom_entries() -> None:
    out = list(parse_feed(ATOM))
    assert all(isinstance(x, Doc) for x in out)
    first, second, third = out
    assert isinstance(first, Doc) and isinstance(second, Doc) and isinstance(third, Doc)
    assert first.format == "atom"
    assert first.body == "Ferries to Marrowgate sailed again on Tuesday."
    assert first.url == "https://tesseldaily.example/ferry"  # rel=alternate, not self
    assert first.published == dt.date(2031, 3, 11)  # published before updated
    assert first.outlet == "Tessel Daily" and first.language == "en"
    assert second.body == "Crews repaired the coast road.\n\nIt opens next week."
    assert second.url == "https://tesseldaily.example/roads"
    assert second.published == dt.date(2031, 3, 13)  # updated when nothing else
    assert third.body == "Rain is forecast again for Veloria."
    assert third.outlet == "Veloria Wire"


def test_rss1_rdf() -> None:
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Veloria Wire</title></channel>
      <item><title>A</title><link>https://vw.example/a</link><description>Storm warning lifted.</description>
      <dc:date>2031-03-14</dc:date></item></rdf:RDF>"""
    (doc,) = list(parse_feed(rdf))
    assert isinstance(doc, Doc)
    assert (doc.body, doc.outlet, doc.published) == ("Storm warning lifted.", "Veloria Wire", dt.date(2031, 3, 14))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"<catalog><book>Tessel</book></catalog>",
                     r"not a feed: no RSS or Atom channel or items found \(first element <catalog>\)", id="not-a-feed"),
        pytest.param(b"<rss version='2.0'><channel><title>Empty</title></channel></rss>", r"empty feed: no items",
                     id="no-items"),
        pytest.param(b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>E</title></feed>",
                     r"empty feed: no entries", id="no-entries"),
    ],
)
def test_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ReaderError, match=reason):
        list(parse_feed(data))


@pytest.mark.issue(10)
def test_html_entity_in_xml_is_read() -> None:
    data = b"<rss><channel><item><description>Tessel&nbsp;bridge caf&eacute;</description></item></channel></rss>"
    (doc,) = parse_feed(data)
    assert isinstance(doc, Doc)
    assert doc.body == "Tessel bridge café"


@pytest.mark.issue(10)
def test_file_cut_inside_an_item() -> None:
    data = (b"<rss><channel><item><description>Whole item about Tessel.</description></item>"
            b"<item><title>cut")
    whole, cut = parse_feed(data)
    assert isinstance(whole, Doc) and whole.body == "Whole item about Tessel."
    assert cut == Problem("item 2: cut short (the file ends inside this item; 1 complete item(s) before it "
                          "were kept)", 2)
def test_read_feed_file_and_binary(tmp_path: Path) -> None:
    path = tmp_path / "harbour.rss"
    path.write_bytes(RSS)
    assert len(list(read_feed(path))) == 4
    fake = tmp_path / "fake.xml"
    fake.write_bytes(b"%PDF-1.4 binary")
    with pytest.raises(ReaderError, match="binary file: looks like a PDF document"):
        list(read_feed(fake))


@pytest.mark.issue(10)
def test_items_swallowed_by_an_unclosed_cdata_are_reported() -> None:
    data = (b"<rss><channel><title>Lowmoor</title>"
            b"<item><title>One</title><description>First story about Pellworth.</description></item>"
            b"<item><title>Two</title><description><![CDATA[Second <p>story</description></item>"
            b"<item><title>Three</title><description>Third story.</description></item></channel></rss>")
    out = list(parse_feed(data))
    assert isinstance(out[0], Doc) and out[0].body == "First story about Pellworth."
    assert isinstance(out[-1], Problem) and out[-1].n is None
    assert re.match(r"\d of the 3 items in the file could not be delimited \(an unclosed CDATA", out[-1].reason)


@pytest.mark.issue(10)
@pytest.mark.parametrize(
    ("reference", "read_as"),
    [("&#1114112;", "\ufffd"), ("&#1114112", "\ufffd"), ("&#xD800;", "\ufffd"), ("&#x110000", "\ufffd"),
     ("&#99999999999999999999;", "\ufffd"), ("&#2;", ""), ("&#233;", "é"), ("&#x41", "A")],
)
def test_character_references_no_parser_can_read(reference: str, read_as: str) -> None:
    data = f"<rss><channel><item><description>Gauge {reference} in Tarrow.</description></item></channel></rss>"
    (doc,) = parse_feed(data.encode())
    assert isinstance(doc, Doc)
    assert doc.body == " ".join(f"Gauge {read_as} in Tarrow.".split())

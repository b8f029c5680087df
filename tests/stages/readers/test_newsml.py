"""Wire and extractor XML (readers/newsml.py), JSON dialects and front matter: the shapes the fixtures leave out.

Every story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.stages.readers.json_dialects import as_article
from groundwatch.stages.readers.jsonl import doc_from_object
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError, epoch_date
from groundwatch.stages.readers.newsml import parse_news_xml
from groundwatch.stages.readers.text import front_matter

STORY = "The Tarn footbridge at Holloway reopened after its new deck was laid."


def test_newsml_g2_inline_data_is_read_as_plain_text() -> None:
    (doc,) = parse_news_xml(
        '<newsItem guid="urn:x:1"><itemMeta><itemClass qcode="ninat:text"/><versionCreated>2031-07-02T08:00:00Z'
        "</versionCreated></itemMeta><contentMeta><headline>Footbridge</headline></contentMeta>"
        "<contentSet>"
        f'<inlineData contenttype="text/plain">{STORY}\n\nWalkers crossed by noon.</inlineData>'
        "</contentSet></newsItem>")
    assert isinstance(doc, Doc)
    assert (doc.title, doc.body, str(doc.published)) == ("Footbridge", f"{STORY}\n\nWalkers crossed by noon.",
                                                         "2031-07-02")


def test_a_cut_nitf_keeps_the_text_it_has() -> None:
    (doc,) = parse_news_xml(f"<nitf><head><title>Footbridge</title></head><body><body.content><p>{STORY}</p>"
                            "<p>Walkers crossed")
    assert isinstance(doc, Doc) and doc.body == f"{STORY}\n\nWalkers crossed"


def test_newsml1_with_two_stories_numbers_them_and_borrows_no_headline() -> None:
    docs = list(parse_news_xml(
        "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Two briefs</HeadLine></NewsLines>"
        f"<nitf><body><body.content><p>{STORY}</p></body.content></body></nitf>"
        "<nitf><body><body.content><p>The Holloway market moved indoors.</p></body.content></body></nitf>"
        "</NewsComponent></NewsItem></NewsML>"))
    assert [(d.n, d.title) for d in docs if isinstance(d, Doc)] == [(1, None), (2, None)]


@pytest.mark.parametrize(("xml", "reason"), [
    ("<doc title='x'><p>no main</p></doc>", "not a feed"),
    ("<TEI><teiHeader/><text><body><div type='comments'><p>hi</p></div></body></text></TEI>", "is empty"),
    ("<newsMessage><header/><itemSet/></newsMessage>", "no newsItem"),
    ("<NewsML><NewsItem><ContentItem><DataContent>binary</DataContent></ContentItem></NewsItem></NewsML>",
     "without a NITF story"),
])
def test_documents_without_a_story_say_why(xml: str, reason: str) -> None:
    with pytest.raises(ReaderError, match=reason):
        list(parse_news_xml(xml))


def test_our_own_keys_win_over_a_dialects() -> None:
    obj = {"@type": "NewsArticle", "articleBody": "their text", "text": "our text", "headline": "H",
           "dateCreated": "2031-07-01", "datePublished": "2031-07-02"}
    found = as_article(obj)
    assert found["text"] == "our text" and "published" not in found  # datePublished is read as it is
    doc = doc_from_object(obj, "json", None)
    assert isinstance(doc, Doc) and (doc.body, str(doc.published)) == ("our text", "2031-07-02")


def test_a_graph_without_an_article_is_refused(tmp_path: Path) -> None:
    from groundwatch.stages.readers.jsonl import read_json

    path = tmp_path / "graph.json"
    path.write_text('{"@graph": [{"@type": "WebPage", "name": "x"}]}')
    with pytest.raises(ReaderError, match="graph without an article"):
        list(read_json(path))


def test_a_ninjs_video_item_is_named() -> None:
    found = doc_from_object({"uri": "urn:x:v", "type": "video", "headline": "Footage"}, "jsonl", 3)
    assert isinstance(found, Problem) and found.reason == "line 3: a ninjs video item, not a text story"


@pytest.mark.parametrize(("value", "day"), [
    (1940479200, "2031-06-29"), (1940479200000, "2031-06-29"), ("1940479200", "2031-06-29"),
    (42, None), ("20310629", None), (True, None), (-1940479200, None), ("2031-06-29", None),
])
def test_unix_times(value: object, day: str | None) -> None:
    found = epoch_date(value)
    assert (None if found is None else str(found)) == day


@pytest.mark.parametrize(("text", "keys", "rest"), [
    ("---\ntitle: Footbridge\ndate: 2031-07-02\n---\nBody.", {"title": "Footbridge", "date": "2031-07-02"}, "Body."),
    ("---\nThe footbridge reopened.\n---\nBody.", {}, None),  # prose between rules is no front matter
    ("Title\n---\ntitle: x\n---\n", {}, None),  # not at the top
])
def test_front_matter(text: str, keys: dict[str, str], rest: str | None) -> None:
    meta, body = front_matter(text)
    assert meta == keys and body == (rest if rest is not None else text)


WELL_FORMED = [
    # a prefixed NewsML-G2 item with xml:lang
    '<?xml version="1.0" encoding="ISO-8859-1"?><g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/" '
    'xml:lang="en" guid="https://wire.example/footbridge"><g2:itemMeta><g2:itemClass qcode="ninat:text"/>'
    "<g2:firstCreated>2031-07-02T08:00:00Z</g2:firstCreated></g2:itemMeta><g2:contentMeta><g2:headline>Footbridge"
    "</g2:headline></g2:contentMeta><g2:contentSet><g2:inlineXML><html xmlns='http://www.w3.org/1999/xhtml'><body>"
    f"<p>{STORY}</p></body></html></g2:inlineXML></g2:contentSet></g2:newsItem>",
    # an editor's comments and processing instructions, CDATA and character references in a NITF
    "<nitf><head><title>Footbridge</title></head><body><body.content><!-- <p>an old draft</p> -->"
    f"<p>{STORY}<?xm-replace_text {{para}}?></p><p><![CDATA[Walkers & cyclists]]> crossed by noon &#8212; "
    "&#x201C;at last&#x201D;.</p></body.content></body></nitf>",
    # an entity declared in the document's own DTD is not resolved: the reference is dropped
    '<!DOCTYPE nitf [<!ENTITY desk "Holloway desk">]><nitf><body><body.content>'
    f"<p>{STORY} Filed by the &desk;.</p></body.content></body></nitf>",
]


@pytest.mark.parametrize("xml", WELL_FORMED)
def test_well_formed_xml_is_read_by_lxml_as_the_tokenizer_reads_it(xml: str, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    from groundwatch.stages.readers import newsml

    assert newsml._lxml_tree(xml) is not None
    by_lxml = list(parse_news_xml(xml))
    monkeypatch.setattr(newsml, "_lxml_tree", lambda text: None)
    assert by_lxml == list(parse_news_xml(xml))
    assert all(isinstance(d, Doc) and "desk;" not in d.body and "draft" not in d.body for d in by_lxml)


def test_tag_soup_is_left_to_the_tokenizer() -> None:
    """An unescaped ``&``, HTML entities and paragraphs left open (SGML-era wire copy): nothing is lost;
    before, a ``<p>`` opened inside an open one kept only the inner paragraph."""
    from groundwatch.stages.readers import newsml

    soup = f"<nitf><body><body.content><p>{STORY} Stalls & carts came back.<p>&eacute;t&eacute;</body></nitf>"
    assert newsml._lxml_tree(soup) is None
    (doc,) = parse_news_xml(soup)
    assert isinstance(doc, Doc) and doc.body == f"{STORY} Stalls & carts came back.\n\nété"

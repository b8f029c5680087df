"""News agencies' XML story formats (NITF, NewsML-G2, NewsML 1) and extractors' XML, read forgivingly.

Wire services deliver stories not as feeds but as XML documents of the IPTC's formats, often
saved as plain ``.xml``:

* NITF (``<nitf>``): the title in ``head/title`` or ``body.head/hedline/hl1``, the text in
  ``body.content`` (paragraphs, subheads, quotes, lists), the date in ``docdata/date.issue``
  (its ``norm`` attribute, ISO basic ``20310204T100000Z``) or ``pubdata``;
* NewsML-G2 (``<newsItem>``, or several in a ``<newsMessage>``'s ``itemSet``): the headline in
  ``contentMeta``, the text in ``contentSet`` as inline XHTML, inline NITF or ``inlineData``
  text; ``firstCreated`` (else ``versionCreated``, ``contentCreated``) for the date and the
  ``provider`` for the outlet; picture, video and other items that are not text are
  ``Problem``s, as is an item whose content is only a link (``remoteContent``);
* NewsML 1 (``<NewsML>``): one document per NITF inside it, its ``HeadLine`` as the title
  when the NITF has none;
* text already extracted by trafilatura and saved as its XML (``<doc>``: title, url, sitename
  and date as attributes, paragraphs in ``<main>``) or XML-TEI (``<TEI>``: the header's main
  title, publisher, URL pointer and date, paragraphs in ``<div type="entry">``; its comments
  and the download date are not the article's).

Well-formed XML is parsed by lxml (installed with trafilatura) without resolving entities, loading
a DTD or touching the network; anything else, and every file when lxml is missing, is read with
the standard library's HTML tokenizer, as feeds are read by a loose parser: an unescaped ``&``, an
HTML entity XML does not know or an unclosed tag loses nothing. Either way entity declarations are
ignored (a reference to one is dropped from the text) and nothing is ever fetched. A file with one story is one
document (the file's own id); a message or NewsML 1 file numbers its stories from 1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from groundwatch.stages.readers.metadata import (
    Doc,
    Problem,
    ReaderError,
    clean_str,
    normalise_language,
    normalise_newlines,
    parse_date,
)

#: Root elements (local names, lower case) of the formats this module reads.
NEWS_ROOTS = frozenset({"nitf", "newsitem", "newsmessage", "newsml", "doc", "tei"})
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
# Elements whose text is one paragraph of a story (NITF and XHTML names)
_BLOCKS = frozenset({"p", "hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "bq", "blockquote",
                     "pre", "td", "th", "block", "caption", "note", "fn", "item", "quote", "cell"})
_SKIPPED = frozenset({"script", "style", "media-caption", "media-producer"})
_ISO_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T|$)")
_TEXT_CLASSES = ("ninat:text", "/text")
# An entity reference left after every HTML one was converted was declared in a DTD (or nowhere): never resolved
_UNRESOLVED = re.compile(r"&[A-Za-z_][\w.-]*;")
# lxml takes no encoding declaration in text it is given already decoded
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


@dataclass
class _Node:
    name: str  # local name, lower case
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)

    def find(self, *names: str) -> _Node | None:
        """The first descendant (depth first) with one of these local names."""
        return next(self.iter(*names), None)

    def iter(self, *names: str) -> Iterator[_Node]:
        for child in self.children:
            if isinstance(child, _Node):
                if child.name in names:
                    yield child
                yield from child.iter(*names)

    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.name not in _SKIPPED:
                parts.append(" " + child.text() + " ")
        return "".join(parts)


class _Builder(HTMLParser):
    """A tree of local names from tag soup: unclosed elements close with their parent."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {})
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag.rpartition(":")[2], {k.rpartition(":")[2]: v or "" for k, v in attrs})
        if node.name == "p" and self._stack[-1].name == "p":  # SGML-era copy leaves <p> open: a new one closes it
            self._stack.pop()
        self._stack[-1].children.append(node)
        self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._stack.pop()

    def handle_endtag(self, tag: str) -> None:
        name = tag.rpartition(":")[2]
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].name == name:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(_UNRESOLVED.sub("", data))

    def unknown_decl(self, data: str) -> None:
        if data.startswith("CDATA["):
            self._stack[-1].children.append(data[len("CDATA["):])


def _local(name: str) -> str:
    return name.rpartition("}")[2].rpartition(":")[2].lower()


def _from_element(element: Any) -> _Node:
    """An lxml element as the tree the tokenizer builds: local names in lower case, text and tails in order;
    comments, processing instructions and unresolved entity references left out (their tails kept)."""
    node = _Node(_local(element.tag), {_local(k): v for k, v in element.attrib.items()})
    if element.text:
        node.children.append(_UNRESOLVED.sub("", element.text))
    for child in element:
        if isinstance(child.tag, str):
            node.children.append(_from_element(child))
        if child.tail:
            node.children.append(_UNRESOLVED.sub("", child.tail))
    return node


def _lxml_tree(text: str) -> _Node | None:
    """The tree of well-formed XML, read by lxml; None when lxml is missing or the text is not well-formed."""
    try:
        from lxml import etree
    except ImportError:  # pragma: no cover - trafilatura installs lxml
        return None
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)
    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", text, count=1), parser)
    except (etree.XMLSyntaxError, ValueError):  # tag soup: the tokenizer reads it
        return None
    document = _Node("#document", {})
    document.children.append(_from_element(root))
    return document


def _tree(text: str) -> _Node:
    found = _lxml_tree(text)
    if found is not None:
        return found
    builder = _Builder()
    builder.feed(_DOCTYPE.sub("", text))
    builder.close()
    return builder.root


def _one_line(node: _Node | None) -> str | None:
    return clean_str(node.text()) if node is not None else None


def _paragraphs(node: _Node) -> str:
    """The text of ``node``, one paragraph per innermost block element (all its text when it has none)."""
    blocks = [b for b in node.iter(*_BLOCKS) if b.find(*_BLOCKS) is None]
    texts = [clean_str(b.text()) for b in blocks] if blocks else [clean_str(node.text())]
    return normalise_newlines("\n\n".join(t for t in texts if t))


def _date(value: str | None) -> dt.date | None:
    """A date from an attribute or element: ISO basic (``20310204T100000Z``) or what ``parse_date`` reads."""
    value = clean_str(value)
    if value is None:
        return None
    basic = _ISO_BASIC.match(value)
    return parse_date(f"{basic[1]}-{basic[2]}-{basic[3]}" if basic else value)


def _nitf_doc(nitf: _Node, n: int | None, fallback_title: str | None = None) -> Doc | Problem:
    where = f"item {n}: " if n is not None else ""
    content = nitf.find("body.content")
    body = _paragraphs(content) if content is not None else ""
    if not body:
        return Problem(f"{where}no text: the NITF story has no body.content paragraphs", n)
    head = nitf.find("head")
    title = _one_line(head.find("title") if head is not None else None) or _one_line(nitf.find("hl1"))
    issue, pubdata = nitf.find("date.issue"), nitf.find("pubdata")
    published = (_date(issue.attrs.get("norm")) or _date(issue.text()) if issue is not None else None) or (
        _date(pubdata.attrs.get("date.publication")) if pubdata is not None else None)
    copyright_ = nitf.find("doc.copyright")
    outlet = clean_str((pubdata.attrs.get("name") if pubdata is not None else None)
                       or (copyright_.attrs.get("holder") if copyright_ is not None else None))
    language = normalise_language(nitf.attrs.get("lang") or _lang_of(nitf.find("body")))
    return Doc(body=body, format="nitf", n=n, title=title or fallback_title, outlet=outlet, language=language,
               published=published)


def _lang_of(node: _Node | None) -> str | None:
    return node.attrs.get("lang") if node is not None else None


def _g2_body(item: _Node) -> str:
    content = item.find("contentset")
    if content is None:
        return ""
    for inline in content.iter("inlinexml", "inlinedata"):
        nitf = inline.find("nitf")
        target = (nitf.find("body.content") or nitf) if nitf is not None else (inline.find("body") or inline)
        body = _paragraphs(target) if inline.name == "inlinexml" else normalise_newlines(inline.text())
        if body:
            return body
    return ""


def _g2_doc(item: _Node, n: int | None, outlet: str | None) -> Doc | Problem:
    where = f"item {n}: " if n is not None else ""
    item_class = (item.find("itemclass") or _Node("", {})).attrs.get("qcode", "")
    if item_class and not item_class.lower().endswith(_TEXT_CLASSES):
        return Problem(f"{where}a {item_class} item, not a text story", n)
    body = _g2_body(item)
    if not body:
        remote = item.find("remotecontent")
        link = f"; its content is only a link ({remote.attrs['href']})" if remote and remote.attrs.get("href") else ""
        return Problem(f"{where}no text: no inlineXML or inlineData content{link}", n)
    meta = item.find("itemmeta") or _Node("", {})
    published = next((d for d in (_date(_one_line(meta.find(name)) or _one_line(item.find(name)))
                                  for name in ("firstcreated", "versioncreated", "contentcreated")) if d), None)
    provider = meta.find("provider")
    outlet = outlet or (clean_str(provider.attrs.get("literal")) or _one_line(provider.find("name"))
                        if provider is not None else None)
    guid = item.attrs.get("guid", "")
    return Doc(body=body, format="newsml", n=n, title=_one_line(item.find("headline")), outlet=outlet,
               url=guid if guid.startswith(("http://", "https://")) else None,
               language=normalise_language(item.attrs.get("lang")), published=published)


def _extracted_doc(root: _Node) -> Doc:
    """trafilatura's XML (``<doc>`` with the page's metadata as attributes, the text in ``<main>``)
    or XML-TEI (metadata in ``teiHeader``, the text in ``<div type="entry">``) output."""
    if root.name == "doc":
        main = root.find("main")
        body = _paragraphs(main) if main is not None else ""
        meta = root.attrs
        title, url, outlet, date = meta.get("title"), meta.get("url"), meta.get("sitename"), meta.get("date")
    else:
        entry = next((d for d in root.iter("div") if d.attrs.get("type") == "entry"), None)
        body = _paragraphs(entry) if entry is not None else ""
        title = next((_one_line(t) for t in root.iter("title") if t.attrs.get("type") == "main"), None)
        url = next((p.attrs.get("target") for p in root.iter("ptr") if p.attrs.get("type") == "URL"), None)
        outlet = _one_line(root.find("publisher"))
        date = next((_one_line(d) for d in root.iter("date") if d.attrs.get("type") != "download" and _one_line(d)),
                    None)
    if not body:
        raise ReaderError(f"no text: the extracted document's <{'main' if root.name == 'doc' else 'div'}> is empty")
    return Doc(body=body, format="xml", title=clean_str(title), outlet=clean_str(outlet), url=clean_str(url),
               language=normalise_language(root.attrs.get("lang")), published=_date(date))


def parse_news_xml(text: str) -> Iterator[Doc | Problem]:
    """The stories of a NITF, NewsML-G2 or NewsML 1 document (already decoded).

    Raises:
        ReaderError: the root is none of these, or the document holds no story at all.
    """
    tree = _tree(text)
    root = next((c for c in tree.children if isinstance(c, _Node)), None)
    if root is None or root.name not in NEWS_ROOTS:
        raise ReaderError("not a NITF or NewsML document")
    if root.name == "doc" and root.find("main") is None:
        raise ReaderError("not a feed: no RSS or Atom channel or items found (first element <doc>)")
    if root.name in ("doc", "tei"):
        yield _extracted_doc(root)
    elif root.name == "nitf":
        yield _nitf_doc(root, None)
    elif root.name == "newsitem":
        yield _g2_doc(root, None, None)
    elif root.name == "newsmessage":
        items = list(root.iter("newsitem"))
        if not items:
            raise ReaderError("empty NewsML-G2 message: no newsItem")
        sender = _one_line(root.find("sender"))
        for n, item in enumerate(items, start=1):
            yield _g2_doc(item, n, sender)
    else:
        stories = list(root.iter("nitf"))
        if not stories:
            raise ReaderError("NewsML 1 document without a NITF story (its content is not text)")
        headline = _one_line(root.find("headline"))
        for n, nitf in enumerate(stories, start=1):
            yield _nitf_doc(nitf, n, headline if len(stories) == 1 else None)

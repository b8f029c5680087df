"""Article JSON written in the news industry's own shapes, renamed to the keys ``jsonl`` reads.

Three shapes are common in wire, CMS and extractor exports and do not use our keys (or use one
for something else):

* IPTC ninjs (News in JSON), versions 1.x and 2.x: ``body_html`` / ``body_text`` (1.x) or a
  ``bodies`` list of ``{"role", "contenttype", "value"}`` (2.x), ``headline`` or a
  ``headlines`` list, ``firstcreated`` / ``versioncreated`` / ``contentcreated`` for the date,
  ``description_text`` / ``description_html`` for the teaser and ``uri`` (a URL only sometimes);
* schema.org JSON-LD (a page's ``NewsArticle`` saved as a file): ``articleBody``,
  ``headline`` / ``name``, ``datePublished`` / ``dateCreated``, ``publisher``, ``inLanguage``,
  possibly inside a ``@graph`` list next to the page's other nodes;
* trafilatura's JSON output (``--json``): ``source`` is the page's address (not its outlet),
  ``source-hostname`` the site's name.

``as_article`` returns the object with our keys added where it has none of its own, so an
object that mixes shapes keeps what it says in our keys; ``graph_articles`` picks a graph's
article nodes. Neither looks at anything else in the object.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# schema.org types whose nodes are articles (CreativeWork subtypes news sites use)
ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                           "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "blogposting",
                           "liveblogposting", "report", "socialmediaposting"})
# ninjs item types that hold media, not a story
_MEDIA_TYPES = frozenset({"picture", "video", "audio", "graphic"})
# ninjs dates, earliest first: the first version is when the story was published
_NINJS_DATES = ("firstcreated", "versioncreated", "contentcreated")


def _is_article_node(node: Any) -> bool:
    if not isinstance(node, Mapping):
        return False
    kinds = node.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1].lower() in ARTICLE_TYPES for k in names)


def graph_articles(value: Any) -> list[Any] | None:
    """The article nodes of a JSON-LD ``@graph`` document (None when ``value`` is not one)."""
    if not isinstance(value, Mapping) or not isinstance(value.get("@graph"), list):
        return None
    return [node for node in value["@graph"] if _is_article_node(node)]


def _pick(entries: Any, role: str = "main") -> Mapping[str, Any] | None:
    """The entry of a ninjs 2 list (``bodies``, ``headlines``) with the given role, else the first."""
    if not isinstance(entries, list):
        return None
    found = [e for e in entries if isinstance(e, Mapping) and isinstance(e.get("value"), str)]
    return next((e for e in found if e.get("role") == role), found[0] if found else None)


def _ninjs(obj: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    body = _pick(obj.get("bodies"))
    if isinstance(obj.get("body_html"), str):
        out["content"] = obj["body_html"]
    elif isinstance(obj.get("body_text"), str):
        out["text"] = obj["body_text"]
    elif body is not None:
        html = "html" in str(body.get("contenttype") or "").lower()
        out["content" if html else "text"] = body["value"]
    headline = _pick(obj.get("headlines"))
    if headline is not None:
        out["title"] = headline["value"]
    date = next((obj[k] for k in _NINJS_DATES if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if date is not None:
        out["published"] = date
    teaser = obj.get("description_text") or obj.get("description_html")
    if isinstance(teaser, str):
        out["description"] = teaser
    uri = obj.get("uri")
    if isinstance(uri, str) and uri.startswith(("http://", "https://")):
        out["url"] = uri
    return out


def _schema_org(obj: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for ours, theirs in (("text", "articleBody"), ("title", "name"), ("outlet", "publisher"),
                         ("language", "inLanguage")):
        if obj.get(theirs) not in (None, "", []):
            out[ours] = obj[theirs]
    if not obj.get("datePublished") and obj.get("dateCreated"):  # datePublished is among our keys already
        out["published"] = obj["dateCreated"]
    page = obj.get("mainEntityOfPage")
    if "url" not in obj and isinstance(page, (str, Mapping)):
        out["url"] = page if isinstance(page, str) else page.get("@id")
    return out


def _trafilatura(obj: Mapping[str, Any]) -> dict[str, Any]:
    """trafilatura's JSON output: ``source`` is the page's address and ``source-hostname`` the site's name."""
    out: dict[str, Any] = {}
    source = obj.get("source")
    if isinstance(source, str) and source.startswith(("http://", "https://")):
        out["url"] = source
    outlet = obj.get("source-hostname") or obj.get("hostname")
    out["outlet"] = outlet if isinstance(outlet, str) and outlet.strip() else None
    return out


def _is_trafilatura(obj: Mapping[str, Any]) -> bool:
    return "fingerprint" in obj and ("raw_text" in obj or "source-hostname" in obj)


def _is_ninjs(obj: Mapping[str, Any]) -> bool:
    return any(k in obj for k in ("body_html", "body_text", "bodies", "headlines", "versioncreated",
                                  "firstcreated", "contentcreated"))


def not_text(obj: Any) -> str | None:
    """The kind of a ninjs item that is no story and carries no text (``picture``, ``video``...), else None."""
    if not isinstance(obj, Mapping) or not _is_ninjs_kind(obj):
        return None
    kind = str(obj.get("type") or "")
    return kind if kind in _MEDIA_TYPES else None


def _is_ninjs_kind(obj: Mapping[str, Any]) -> bool:
    return "uri" in obj and isinstance(obj.get("type"), str)


def as_article(obj: dict[str, Any]) -> dict[str, Any]:
    """``obj`` with our keys (``text``, ``content``, ``title``, ``published``...) filled in from
    its ninjs or schema.org keys, where it does not already have them; else ``obj`` itself."""
    if _is_trafilatura(obj):  # its "source" (one of our outlet keys) is an address, never the outlet
        found = _trafilatura(obj)
        return {**{k: v for k, v in obj.items() if k != "source"}, **{k: v for k, v in found.items() if v}}
    if _is_article_node(obj):
        found = _schema_org(obj)
    elif _is_ninjs(obj):
        found = _ninjs(obj)
    else:
        return obj
    if any(obj.get(k) not in (None, "", []) for k in ("text", "html", "content", "body", "maintext")):
        found = {k: v for k, v in found.items() if k not in ("text", "content")}
    return {**found, **{k: v for k, v in obj.items() if v not in (None, "", [])}}

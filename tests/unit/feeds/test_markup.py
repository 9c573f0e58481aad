from pipeline.feeds.markup import html_to_text, one_line


def test_script_style_and_tags_removed_entities_decoded():
    html = (
        "<p>Hello <b>world</b> &amp; caf&eacute;</p><script>alert('x')</script><style>p{}</style>"
    )
    assert html_to_text(html) == "Hello world & café"


def test_paragraphs_kept_as_blank_lines_whitespace_collapsed():
    html = "<p>One\n   two</p>\n<p>Three</p><div>Four<br>five</div><br/><br/>Six"
    assert html_to_text(html) == "One two\n\nThree\n\nFour five\n\nSix"


def test_unclosed_script_swallows_the_rest():
    assert html_to_text("safe<script>evil(); more text") == "safe"


def test_nested_skip_and_comments():
    assert html_to_text("a<!-- hidden --><svg><svg>x</svg>y</svg>b") == "ab"


def test_control_characters_dropped():
    assert html_to_text("a\x00b\x01c\x1bd") == "a b c d"


def test_one_line():
    assert one_line("  A <i>title</i>\n\n second  ") == "A title second"
    assert one_line(None) == ""


def test_tags_and_comments_left_open_at_the_end_are_dropped():
    assert html_to_text("<p>x</p><scrip") == "x"
    assert html_to_text("Visible. <!-- <script>alert(1)</script>") == "Visible."
    assert html_to_text("a <script src=//evil.example/x.js") == "a"
    assert html_to_text("3 < 5 and 7 > 2; hi <") == "3 < 5 and 7 > 2; hi <"


def test_escaped_markup_is_stripped_too():
    assert html_to_text("&lt;p&gt;Two.&lt;/p&gt;&lt;script&gt;alert(6)&lt;/script&gt;") == "Two."
    assert html_to_text("AT&amp;T &amp;lt;b&amp;gt;") == "AT&T &lt;b&gt;"

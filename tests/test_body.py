"""Main-text extraction on self-written pages: container choice, boilerplate out, captions to images."""

from __future__ import annotations

import json

import lxml.html
import pytest

from newsbot.extract.body import extract_body
from newsbot.extract.document import Document

LOREM = (
    "The council voted on Tuesday to approve the new budget, which raises spending on schools, roads "
    "and clinics across the region, officials said."
)


def _doc(html: str, url: str | None = "https://news.example/2024/01/story.html") -> Document:
    return Document(url=url, text=html, tree=lxml.html.document_fromstring(html))


BLOGGER_PAGE = """<html><body>
<div class="header"><a href="/">Beranda</a></div>
<div class="blog-posts"><div class="post hentry">
  <h3 class="post-title entry-title">Rusia Tawarkan Bantuan</h3>
  <div class="post-body entry-content">
    <table class="tr-caption-container"><tr><td><a href="/img/lavrov.jpg"><img src="/img/lavrov-s.jpg"></a></td></tr>
      <tr><td class="tr-caption">Menteri Luar Negeri Rusia, Sergei Lavrov (Foto: Reuters)</td></tr></table>
    MOSKOW, IPHEDIA.com - Moskow menawarkan bantuan untuk menengahi negosiasi antara kedua negara, kata Lavrov, Rabu.<br><br>
    Armenia menuduh Azerbaijan mengirim pasukan melintasi perbatasan pekan lalu, menurut laporan kantor berita.<br><br>
    Baca juga: Armenia dan Azerbaijan saling tuduh<br><br>
    Rusia memiliki pangkalan militer di Armenia dan hubungan yang kuat dengan kedua negara tersebut. (rts/ip)
  </div>
  <div class="post-footer"><span class="post-labels">TOPIK <a href="/l/dunia">Dunia</a>, <a href="/l/rusia">Rusia</a></span></div>
</div>
<div class="comments" id="comments"><h4>No comments:</h4><p>Write Komentar</p>
  <p>Siapapun boleh berkomentar, tetapi dengan cara yang bijaksana dan bertanggung jawab sesuai UU ITE.</p></div>
<div class="blog-pager"><a>Posting Lebih Baru</a> <a>Posting Lama</a> <a>Beranda</a></div>
</div>
<div class="footer">Powered by Blogger <a href="#top">Back to Top</a></div>
</body></html>"""

WORDPRESS_PAGE = f"""<html><body>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article class="post">
  <h1 class="entry-title">Council approves budget</h1>
  <div class="entry-meta"><span class="byline">By Jane Doe</span></div>
  <div class="entry-content">
    <p>{LOREM}</p>
    <figure class="wp-block-image"><img src="data:image/gif;base64,R0lGOD" data-src="/uploads/vote.jpg">
      <figcaption>Councillors vote in the chamber. <span class="credit">Photo: John Roe</span></figcaption></figure>
    <h2>What changes</h2>
    <p>The plan adds 40 teachers and repairs twelve bridges, according to the finance office report.</p>
    <ul><li>More teachers in rural districts this year.</li><li>Bridge repairs before the rainy season.</li></ul>
    <div class="related-posts"><h3>Related</h3><ul><li><a href="/a">Budget talks stall again</a></li>
      <li><a href="/b">Mayor defends spending plan</a></li></ul></div>
    <p>Read more: <a href="/c">How the budget was drafted</a></p>
    <div class="newsletter-signup"><p>Sign up for our newsletter to get the morning briefing every day.</p></div>
    <p>Opposition members said they would keep pressing for lower taxes in the next session.</p>
  </div>
  <div class="tags">Tags: <a href="/t/budget">Budget</a> <a href="/t/council">Council</a></div>
</article>
<div id="comments" class="comments-area"><h2>3 comments</h2>
  <p>I think this budget is a terrible idea and the council should resign immediately, honestly.</p></div>
<aside class="sidebar"><h3>Most read</h3><p>Some other story people liked a lot this week in the city.</p></aside>
<footer><p>© 2024 Example News. All rights reserved.</p></footer>
</body></html>"""

WIRE_PAGE = """<html><body><div id="page"><div class="wrapper"><div><div>
  <div class="article-body">
    <div class="share-bar"><a>Facebook</a><a>Twitter</a><a>Email</a></div>
    <p>KATHMANDU, April 25 (Reuters) - A strong earthquake struck central Nepal on Saturday, officials said.</p>
    <div class="ad-slot"><span>Advertisement</span></div>
    <p>Buildings collapsed in the capital and rescue teams were sent to the worst-hit districts overnight.</p>
    <p>Advertisement</p>
    <div><div><p>The government appealed for international help as the toll kept rising through the day.</p></div></div>
    <div class="related-coverage"><p>Related coverage</p><a href="/x">Nepal quake: what we know so far</a></div>
    <p>Our Standards: The Thomson Reuters Trust Principles.</p>
  </div>
</div></div></div></div></body></html>"""


def test_blogger_paragraphs_split_on_double_breaks_and_drop_widgets() -> None:
    result = extract_body(_doc(BLOGGER_PAGE))
    assert result.paragraphs == [
        "MOSKOW, IPHEDIA.com - Moskow menawarkan bantuan untuk menengahi negosiasi antara kedua negara, kata Lavrov, Rabu.",
        "Armenia menuduh Azerbaijan mengirim pasukan melintasi perbatasan pekan lalu, menurut laporan kantor berita.",
        "Rusia memiliki pangkalan militer di Armenia dan hubungan yang kuat dengan kedua negara tersebut. (rts/ip)",
    ]


def test_blogger_caption_table_becomes_an_image_with_credit() -> None:
    result = extract_body(_doc(BLOGGER_PAGE))
    assert result.images == [
        {"url": "https://news.example/img/lavrov-s.jpg", "caption": "Menteri Luar Negeri Rusia, Sergei Lavrov", "credit": "Reuters"}
    ]


def test_blogger_label_row_goes_to_tags() -> None:
    assert extract_body(_doc(BLOGGER_PAGE)).tags == ["Dunia", "Rusia"]


def test_blogger_headline_comes_from_post_title() -> None:
    assert extract_body(_doc(BLOGGER_PAGE)).headline == "Rusia Tawarkan Bantuan"


def test_wordpress_paragraphs_keep_subheads_and_list_items_only() -> None:
    result = extract_body(_doc(WORDPRESS_PAGE))
    assert result.paragraphs == [
        LOREM,
        "What changes",
        "The plan adds 40 teachers and repairs twelve bridges, according to the finance office report.",
        "More teachers in rural districts this year.",
        "Bridge repairs before the rainy season.",
        "Opposition members said they would keep pressing for lower taxes in the next session.",
    ]


def test_wordpress_figure_caption_and_lazy_image() -> None:
    result = extract_body(_doc(WORDPRESS_PAGE))
    assert result.images == [
        {"url": "https://news.example/uploads/vote.jpg", "caption": "Councillors vote in the chamber.", "credit": "John Roe"}
    ]


def test_wordpress_byline_headline_and_tags() -> None:
    result = extract_body(_doc(WORDPRESS_PAGE))
    assert result.byline_texts[0] == "By Jane Doe"
    assert result.headline == "Council approves budget"
    assert result.tags == ["Budget", "Council"]


def test_wire_page_drops_share_bar_ads_related_and_standards() -> None:
    result = extract_body(_doc(WIRE_PAGE))
    assert result.paragraphs == [
        "KATHMANDU, April 25 (Reuters) - A strong earthquake struck central Nepal on Saturday, officials said.",
        "Buildings collapsed in the capital and rescue teams were sent to the worst-hit districts overnight.",
        "The government appealed for international help as the toll kept rising through the day.",
    ]


@pytest.mark.parametrize("page", [BLOGGER_PAGE, WORDPRESS_PAGE, WIRE_PAGE])
@pytest.mark.parametrize(
    "furniture",
    ["Buka Komentar", "No comments", "UU ITE", "Back to Top", "Powered by Blogger", "Posting Lama", "Beranda",
     "Baca juga", "Related", "newsletter", "terrible idea", "Most read", "All rights reserved", "Advertisement",
     "Our Standards", "Facebook", "Photo: John Roe", "(Foto: Reuters)", "TOPIK", "Tags:"],
)
def test_furniture_text_never_reaches_paragraphs(page: str, furniture: str) -> None:
    body = "\n".join(extract_body(_doc(page)).paragraphs)
    assert furniture not in body


def test_page_without_article_gives_no_paragraphs() -> None:
    html = "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav><footer>© 2024</footer></body></html>"
    assert extract_body(_doc(html)).paragraphs == []


def test_missing_tree_gives_empty_result() -> None:
    result = extract_body(Document(url=None, text="", tree=None))
    assert (result.paragraphs, result.images, result.byline_texts, result.tags, result.headline) == ([], [], [], [], None)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (f"<p>{LOREM}\u00a0\u200b Done.</p>", f"{LOREM} Done."),
        (f"<p>  {LOREM}\n\n   again.</p>", f"{LOREM} again."),
    ],
)
def test_whitespace_is_normalized(html: str, expected: str) -> None:
    assert extract_body(_doc(f"<html><body><article>{html}</article></body></html>")).paragraphs == [expected]


def _prose(n: int, topic: str) -> str:
    """`n` distinct article-length paragraphs about `topic`."""
    return "".join(
        f"<p>{topic} paragraph {i}: the committee heard evidence from residents, engineers and the "
        f"regional transport office before it published its findings on the {topic} plan.</p>"
        for i in range(n)
    )


def _teasers(items: int, tag: str = "nav") -> str:
    """A menu or footer of teaser blurbs: prose-like text that is not the article."""
    teasers = "".join(
        f"<div class='teaser'><a href='/t{i}'>Teaser {i}</a><p>Teaser blurb number {i} tells readers about "
        f"another story in the section with a sentence that is long enough to count as prose.</p></div>"
        for i in range(items)
    )
    return f"<{tag}>{teasers}</{tag}>"


def test_class_flagged_wrapper_around_the_headline_is_layout_not_furniture() -> None:
    # "and-w-sidebar" names the layout; the headline inside shows this wrapper holds the article.
    html = f"""<html><body><header>{_teasers(6)}</header>
    <div class="main-white and-w-sidebar" id="page-content"><h1>Officials report a sixth fatality from the virus</h1>
      <div class="story">{_prose(4, "virus")}</div></div>{_teasers(6, "footer")}</body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert len(paragraphs) == 4
    assert all(p.startswith("virus paragraph") for p in paragraphs)


def test_breadcrumb_ending_in_the_headline_stays_furniture() -> None:
    html = f"""<html><body><ul class="breadcrumbs"><li><a href="/">Home</a></li>
      <li><h1>Festival returns to the city centre in May</h1></li></ul>
      <article><div class="article-text">{_prose(3, "festival")}</div></article></body></html>"""
    assert extract_body(_doc(html)).paragraphs[0].startswith("festival paragraph 0")


def test_named_body_of_short_rows_is_used_when_no_prose_block_exists() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>Driver {i}</td><td>{5000 - i * 7}</td></tr>" for i in range(1, 30))
    html = f"""<html><body><aside class="sidebar"><div class="widget">{_prose(1, "sidebar")}</div></aside>
      <div class="articleBody"><p>Standings after the final race of the season, with points, wins and poles:</p><table>{rows}</table></div></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs[0] == "Standings after the final race of the season, with points, wins and poles:"
    assert not any("sidebar paragraph" in p for p in paragraphs)


def test_bem_named_chunks_inside_a_sidebar_grid_are_the_article() -> None:
    # Each chunk sits in a "sidebar-grid__container" next to an ad column; the first one holds the headline.
    chunk = '<div class="sidebar-grid__container">{}<div class="sidebar-grid__content article__content">{}</div>' \
        '<aside class="sidebar-grid__sidebar"><span>Advertisement</span></aside></div>'
    headline = "<header><h1>Socialist critic of NATO poised to win the presidency</h1></header>"
    chunks = chunk.format(headline, _prose(3, "election")) + chunk.format("", _prose(2, "campaign"))
    html = f"""<html><body>{_teasers(2)}<article>{chunks}</article>{_teasers(2, "footer")}</body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert [p.split(" paragraph")[0] for p in paragraphs] == ["election"] * 3 + ["campaign"] * 2


def test_infinite_scroll_keeps_the_first_article_only() -> None:
    # The next article is appended under its own headline with the same body class.
    html = f"""<html><body><main>
      <article><h1>North Korea condemns the strike on Venezuela</h1><div class="bodytext">{_prose(3, "korea")}</div></article>
      <div class="under-article"><article><h1>Rumours of a coaching comeback at the club</h1>
        <div class="bodytext">{_prose(6, "football")}</div></article></div></main></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert len(paragraphs) == 3
    assert all(p.startswith("korea paragraph") for p in paragraphs)


def test_page_wide_winner_narrows_to_the_article_element() -> None:
    # Newsletter and teaser prose outside <article> make the wrapper win on raw text.
    html = f"""<html><body><div class="wrapper"><div class="section"><article><h1>Firefighters to retire later</h1>
      {_prose(5, "pension")}</article></div>
      <div class="box">{_prose(1, "newsletter")}</div><div class="box">{_prose(1, "podcast")}</div></div></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert [p.split(" paragraph")[0] for p in paragraphs] == ["pension"] * 5


def test_ruby_annotations_stay_inside_their_sentence() -> None:
    html = f"""<html><body><article><p>The president of <ruby>Korea<rp>(</rp><rt>kor</rt><rp>)</rp></ruby>
      declared martial law late on Tuesday evening, citing the opposition.</p>{_prose(2, "law")}</article></body></html>"""
    first = extract_body(_doc(html)).paragraphs[0]
    assert first.startswith("The president of Korea(kor) declared martial law")


def test_tag_link_inside_a_sentence_is_prose_not_a_tag_row() -> None:
    html = f"""<html><body><article><p>The former presenter <a class="tag-link" href="/tags/1">Jane Roe</a> (52) is at the
      centre of a scandal that has spread to the sports world this week.</p>{_prose(2, "scandal")}</article></body></html>"""
    result = extract_body(_doc(html))
    assert result.paragraphs[0].startswith("The former presenter Jane Roe (52) is at the centre")
    assert result.tags == []


@pytest.mark.parametrize("hidden", ['style="display:none;"', 'style="visibility: hidden"', "hidden"])
def test_short_hidden_data_block_is_not_text(hidden: str) -> None:
    html = f"""<html><body><article>{_prose(3, "storm")}
      <div {hidden}><span id="postId">6073731</span> <span>0</span> <a href="/world">World</a>
        <span>2024/12/03 23:17:00</span> <span>2024/12/04 00:06:42</span> <span>/media/2024/12/photo.jpg</span></div></article></body></html>"""
    assert not any("6073731" in p for p in extract_body(_doc(html)).paragraphs)


def test_long_hidden_article_text_revealed_by_script_is_kept() -> None:
    html = f"""<html><body><article><div style="display:none">{_prose(4, "hidden")}</div></article></body></html>"""
    assert len(extract_body(_doc(html)).paragraphs) == 4


ARTICLE_HEADER_PAGE = f"""<html><body><article>
  <header><span class="kicker">Heat</span><h1>Trams and motorways prepare for future heatwaves</h1>
    <p>Stand: 08.07.2026 10:00 Uhr</p>
    <p>Old trams overheat and concrete cracks: the transport operators explain how they prepare for summers that keep getting hotter.</p>
  </header>
  <header class="identity-intro"><p>This content is reserved for subscribers only, subscribe now to read the latest news.</p></header>
  <div class="text">{_prose(6, "heat")}</div></article></body></html>"""


def test_standfirst_in_the_article_header_is_kept() -> None:
    paragraphs = extract_body(_doc(ARTICLE_HEADER_PAGE)).paragraphs
    assert paragraphs[0].startswith("Old trams overheat and concrete cracks")
    assert [p.split(" paragraph")[0] for p in paragraphs[1:]] == ["heat"] * 6


@pytest.mark.parametrize("furniture", ["Heat", "Stand: 08.07.2026", "reserved for subscribers", "heatwaves"])
def test_article_header_lines_and_other_headers_are_not_text(furniture: str) -> None:
    assert not any(furniture in p for p in extract_body(_doc(ARTICLE_HEADER_PAGE)).paragraphs)


def test_short_story_of_link_lists_falls_back_to_the_block_holding_its_prose() -> None:
    # One real paragraph, then rows that are mostly place links: no block scores above its link text.
    towns = "".join(
        f'<p>Region {n}: <a href="/t/{n}a">Northtown</a>, <a href="/t/{n}b">Southvale</a>, <a href="/t/{n}c">Eastbury</a></p>'
        for n in range(8)
    )
    html = f"""<html><body><nav><a href="/">Home</a></nav><div class="wrap"><div class="story">
      <p>The weather office said a strong tremor shook the <a href="/t/coast">coast</a> at 9 pm, with no damage reported.</p>
      <p>Intensity by region:</p>{towns}</div></div>
      <footer><div><p>About us: a longer paragraph of footer prose about the company and its many fine offices.</p></div></footer>
    </body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs[0].startswith("The weather office said")
    assert "Intensity by region:" in paragraphs
    assert not any("About us" in p for p in paragraphs)


def test_article_shipped_as_an_html_string_in_a_script_is_read_when_the_markup_is_empty() -> None:
    shipped = "".join(f"<p>Paragraph {n} of the shipped story: {LOREM}</p>" for n in range(4))
    payload = json.dumps([1, f"<div class=\"editor\">{shipped}$$ARTICLEAD$$</div>"]).replace("<", "\\u003c")
    html = f"""<html><head><title>Story</title></head><body><div id="root"><h1>Council approves budget</h1></div>
      <script>self.__next_f.push({payload})</script></body></html>"""
    result = extract_body(_doc(html))
    assert len(result.paragraphs) == 4
    assert result.paragraphs[0].startswith("Paragraph 0 of the shipped story: The council voted")
    assert result.headline == "Council approves budget"


def test_script_strings_are_ignored_when_the_page_markup_has_the_article() -> None:
    shipped = "".join(f"<p>Teaser {n} from the script payload, long enough to count as prose here.</p>" for n in range(4))
    html = f"""<html><body><article><p>{LOREM}</p><p>{LOREM}</p></article>
      <script>var state = {json.dumps({"teasers": shipped})};</script></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [LOREM, LOREM]


def test_link_wrapping_blocks_is_a_teaser_card_not_text() -> None:
    html = f"""<html><body><article><h1>Council approves budget</h1>
      <p>{LOREM} The <a href="/mayor">mayor</a> welcomed the vote.</p>
      <a href="/other-story" class="card"><div><h3>Bridge repairs start next month in the north</h3>
        <p>Crews will close two lanes while the work goes on, the transport office said on Monday.</p></div></a>
      <p>Opposition members said they would keep pressing for lower taxes in the next session.</p>
    </article></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [f"{LOREM} The mayor welcomed the vote.", "Opposition members said they would keep pressing for lower taxes in the next session."]


def test_link_around_a_figure_is_a_lightbox_and_keeps_the_caption() -> None:
    html = f"""<html><body><article><p>{LOREM}</p>
      <a href="#zoom-1" class="zoom"><figure><div><img src="/img/vote.jpg"></div>
        <figcaption>Councillors vote in the chamber on Tuesday.</figcaption></figure></a>
      <p>{LOREM}</p></article></body></html>"""
    result = extract_body(_doc(html))
    assert [image["caption"] for image in result.images] == ["Councillors vote in the chamber on Tuesday."]
    assert result.paragraphs == [LOREM, LOREM]


def test_teaser_card_with_a_figure_and_a_headline_is_still_a_card() -> None:
    html = f"""<html><body><article><p>{LOREM}</p>
      <a href="/other" class="teaser"><figure><img src="/img/t.jpg"></figure>
        <div class="teaser-head"><h2>Singer answers her critics after the concert row</h2></div></a>
      <p>{LOREM}</p></article></body></html>"""
    assert extract_body(_doc(html)).paragraphs == [LOREM, LOREM]


def test_long_caption_around_a_photo_goes_to_images() -> None:
    caption = "Residents queue for water in the old town on Monday. " * 9  # ~480 characters, several sentences
    html = f"""<html><body><article><p>{LOREM}</p>
      <div class="wp-caption alignnone"><img src="/img/queue.jpg"><p class="wp-caption-text">{caption}</p></div>
      <div class="detail-img__description"><div>Trucks bring tanks to the square.</div></div>
      <p>{LOREM}</p></article></body></html>"""
    result = extract_body(_doc(html))
    assert result.paragraphs == [LOREM, LOREM]
    assert result.images[0]["caption"] == caption.strip()
    assert result.images[1]["caption"] == "Trucks bring tanks to the square."


def test_box_headed_by_a_link_is_a_teaser_but_a_plain_subhead_is_text() -> None:
    html = f"""<html><body><article><h1>Council approves budget</h1><p>{LOREM}</p>
      <div class="section"><h2>What the plan means for schools and roads</h2><p>{LOREM}</p></div>
      <div class="box"><h3><a href="/other">Comet named after the dentist who spotted it</a></h3>
        <p>An amateur astronomer found the object on telescope images last week. <a href="/other">more</a></p></div>
      <p>{LOREM}</p>
    </article></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [LOREM, "What the plan means for schools and roads", LOREM, LOREM]


def test_article_header_with_a_linked_related_headline_keeps_its_standfirst() -> None:
    html = f"""<html><body><article><div class="head"><h1>Council approves budget</h1>
      <h2>Spending on schools, roads and clinics rises across the whole region this year</h2>
      <h2><a href="/older">Earlier: the council delayed the vote twice</a></h2></div>
      <p>{LOREM}</p><p>{LOREM}</p></article></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs[0] == "Spending on schools, roads and clinics rises across the whole region this year"


STANDFIRST_PAGE = f"""<html><body><nav><a href="/">Home</a></nav><main><article class="story">
  <div class="story-head"><div class="kicker"><a href="/politics">Politics</a></div>
    <h1>Council approves budget</h1>
    <p class="lead">Spending on schools, roads and clinics rises across the whole region, the council decided late on Tuesday.</p>
    <div class="byline">By Jane Doe, City Hall reporter for the Example Times newsroom</div></div>
  <div class="lightbox"><p>Councillors vote in the chamber while protesters wait outside the town hall on Tuesday.</p></div>
  <div class="article-body"><p>{LOREM}</p><p>{LOREM}</p><p>{LOREM}</p></div>
</article></main></body></html>"""


def test_standfirst_before_the_text_inside_the_article_leads_the_body() -> None:
    paragraphs = extract_body(_doc(STANDFIRST_PAGE)).paragraphs
    assert paragraphs == [
        "Spending on schools, roads and clinics rises across the whole region, the council decided late on Tuesday.",
        LOREM, LOREM, LOREM,
    ]


def test_prose_above_the_text_outside_any_article_element_stays_out() -> None:
    # Unnamed prose above the text (a notice, a promo) outside an <article>: no sign it is the standfirst.
    html = STANDFIRST_PAGE.replace("<article", "<div").replace("</article>", "</div>").replace('class="lead"', 'class="notice"')
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [LOREM, LOREM, LOREM]


def test_class_hidden_widgets_stay_out_but_a_long_hidden_continuation_is_text() -> None:
    more = " ".join([LOREM] * 3)  # over 300 characters: a "read more" continuation a script reveals
    html = f"""<html><body><article><p>{LOREM}</p>
      <div class="sales-box hidden"><img src="/img/app.png"><p>Subscribers also get our walking app for free, log in now.</p></div>
      <div class="share d-none"><p>Share this story with your friends and family today.</p></div>
      <div class="hidden"><p>{more}</p></div></article></body></html>"""
    assert extract_body(_doc(html)).paragraphs == [LOREM, more]


def test_figcaption_outside_a_figure_goes_to_images() -> None:
    html = f"""<html><body><article><p>{LOREM}</p><img src="/img/a.jpg">
      <figcaption>The president leaves for a trip abroad and hands over the papers to his deputy.</figcaption>
      <p>{LOREM}</p></article></body></html>"""
    result = extract_body(_doc(html))
    assert result.paragraphs == [LOREM, LOREM]
    assert result.images[-1]["caption"] == "The president leaves for a trip abroad and hands over the papers to his deputy."


def test_tag_label_on_its_own_line_makes_a_tag_row() -> None:
    html = f"""<html><body><article><p>{LOREM}</p><p>{LOREM}</p>
      <strong>Tags<br><a href="/t/budget">budget 2024</a>, <a href="/t/council">city council</a></strong>
    </article></body></html>"""
    result = extract_body(_doc(html))
    assert result.paragraphs == [LOREM, LOREM]
    assert result.tags == ["budget 2024", "city council"]


def test_header_opening_the_article_gives_its_standfirst_even_without_the_h1() -> None:
    html = f"""<html><body><h1>Example Times</h1><article>
      <header><div class="kicker">Banks</div><h2>Regulator admits failures</h2>
        <div class="intro"><p>On over a hundred pages the regulator analyses the collapse of the bank and names the gaps in its supervision.</p></div></header>
      <p>{LOREM}</p><p>{LOREM}</p>
      <header><h3>More from the newsroom</h3><p>Another long teaser text that should not become part of this article at all.</p></header>
      <p>{LOREM}</p></article></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [
        "On over a hundred pages the regulator analyses the collapse of the bank and names the gaps in its supervision.",
        LOREM, LOREM, LOREM,
    ]


def test_sentence_long_heading_under_the_headline_is_a_standfirst_but_a_section_title_is_not() -> None:
    dek = "The national time-trial champion of last year takes the crown again in the hills, with tactics and team work the keys to the win."
    html = STANDFIRST_PAGE.replace(
        '<p class="lead">Spending on schools, roads and clinics rises across the whole region, the council decided late on Tuesday.</p>',
        f"<h2>{dek}</h2><h3>Results and reactions</h3>",
    )
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [dek, LOREM, LOREM, LOREM]


def test_block_named_as_a_standfirst_before_the_text_joins_it_outside_an_article_element() -> None:
    html = f"""<html><body><div class="page"><div class="story-lead"><h1>Council approves budget</h1>
        <p class="intro">Spending on schools, roads and clinics rises across the whole region, the council decided late on Tuesday.</p>
        <p class="note">Readers can send us their questions about the budget, the office said in a notice on Monday.</p>
        <div class="tools"><a href="/s/fb">Share on Facebook</a> <a href="/s/x">Share on X</a> <a href="/s/mail">Send by email</a></div></div>
      <div class="article-body"><p>{LOREM}</p><p>{LOREM}</p><p>{LOREM}</p></div></div></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [
        "Spending on schools, roads and clinics rises across the whole region, the council decided late on Tuesday.",
        LOREM, LOREM, LOREM,
    ]


def test_standfirst_search_skips_a_closed_tab_panel() -> None:
    summary = "This summary was generated automatically and gives the main points of the story in a few short lines for you."
    html = STANDFIRST_PAGE.replace(
        '<div class="lightbox">', f'<div class="tab-panel hidden"><p>{summary}</p><p>{summary}</p><p>{summary}</p></div><div class="lightbox">'
    )
    paragraphs = extract_body(_doc(html)).paragraphs
    assert summary not in paragraphs
    assert paragraphs[0].startswith("Spending on schools")


def test_short_subhead_in_its_own_wrapper_is_text_but_a_bare_label_is_not() -> None:
    html = f"""<html><body><article><p>{LOREM}</p>
      <div class="block"><div><h3>What is Nato?</h3></div></div><p>{LOREM}</p>
      <div class="block"><div><p>Is he a good leader?</p></div></div><p>{LOREM}</p>
      <div class="widget-title"><span>Trending now</span></div><p>{LOREM}</p></article></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [LOREM, "What is Nato?", LOREM, "Is he a good leader?", LOREM, LOREM]


def test_subhead_wrapped_in_a_jump_anchor_without_href_is_text() -> None:
    html = f"""<html><body><article><p>{LOREM}</p>
      <h2><a name="part-2" id="part-2">What the new budget changes for the schools</a></h2><p>{LOREM}</p>
      <h2><a href="/elsewhere">Read our full coverage of the council elections</a></h2><p>{LOREM}</p></article></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [LOREM, "What the new budget changes for the schools", LOREM, LOREM]


def test_subhead_whose_text_is_a_jump_label_anchor_is_text() -> None:
    html = f"""<html><body><article><p>{LOREM}</p>
      <h3 class="subtitle"><a name="s1" class="jumpLabel">A big company dominated the local market</a></h3><p>{LOREM}</p>
      <p><a href="#top" class="jump-link">Back up</a></p><p>{LOREM}</p></article></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs == [LOREM, "A big company dominated the local market", LOREM, LOREM]


def test_sentence_whose_phrases_are_links_is_prose_but_a_link_list_is_not() -> None:
    linked = (
        'The mayor <a href="/a">raised the fees in 2018 during her first term</a>, prompting the traders to answer with '
        '<a href="/b">a boycott of the market and its stalls</a>. The fees were <a href="/c">lifted a year later</a>.'
    )
    listed = '<a href="/x">Budget talks stall again</a>, <a href="/y">Mayor defends spending plan in a long interview</a>, and more.'
    html = f"""<html><body><article><p>{LOREM}</p><p>{linked}</p><p>{listed}</p><p>{LOREM}</p></article></body></html>"""
    paragraphs = extract_body(_doc(html)).paragraphs
    assert paragraphs[1].startswith("The mayor raised the fees in 2018")
    assert not any(p.startswith("Budget talks") for p in paragraphs)


@pytest.mark.parametrize("state", ["has", "with", "no", "is", "enable", "enabled", "enables", "show", "js"])
def test_every_state_class_prefix_is_dropped_from_hints(state: str) -> None:
    # hint_text rules strings out by substring before its regex runs: each prefix must still get through.
    from newsbot.extract.boilerplate import hint_text

    assert "sidebar" not in hint_text({"class": f"content {state}-sidebar"})
    assert "sidebar" in hint_text({"class": f"content {state}sidebar"})


@pytest.mark.parametrize(
    ("hints", "is_tags"),
    [("tags", True), ("post-labels", True), ("topik", True), ("topics x", True), ("keywords", True),
     ("taglist", True), ("article-tags", True), ("tag-list", True), ("stage", False), ("topical", False), ("", False)],
)
def test_tags_hint_words(hints: str, is_tags: bool) -> None:
    from newsbot.extract.body import _is_tags_hint

    assert _is_tags_hint(hints) is is_tags


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"\ball rights reserved\b", "all rights reserved"),
        (r"^il vous reste [\d.,]+", "il vous reste "),
        (r"\bnewsletters?\b", "newsletter"),  # an optional last letter is not required
        (r"\bour standards:\s*the", "our standards:"),
        (r"ab+c", "ab"),
        (r"foo|bar", ""),  # a top-level branch: neither side's text is required
        (r"[|]x|y", ""),
        (r"\bfoo (?:a|b)", "foo "),  # a branch inside a group leaves the prefix required
        (r"(?i)abc", ""),
        (r"^\W*(?:photo|foto)\s*:", ""),
    ],
)
def test_required_literal_of_a_boilerplate_pattern(pattern: str, literal: str) -> None:
    from newsbot.extract.boilerplate import required_literal

    assert required_literal(pattern) == literal


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("© 2026 Example Media. All rights reserved.", True),
        ("Sign up for our morning newsletter to get the news first.", True),
        ("Copyright Example Media 2026", True),
        ("Foto: Jane Roe", True),
        ("The council said the rights of tenants were reserved for a later vote.", False),
        ("She signed up for the course in 2024.", False),
    ],
)
def test_phrase_patterns_drop_boilerplate_lines(line: str, dropped: bool) -> None:
    from newsbot.extract.boilerplate import PHRASE_MATCHER, Verdict

    assert (PHRASE_MATCHER.verdict(line) is Verdict.DROP) is dropped


LABELLED_CREDIT_PAGE = """<html lang="id"><body><article><h1>Gempa Magnitudo 5,2 Guncang Maluku, Tidak Berpotensi Tsunami</h1>
<div class="read__credit">Penulis: Ahmad Fauzi | Editor: Dewi Lestari</div>
<div class="read__content"><p>AMBON, KOMPAS.com - Gempa bermagnitudo 5,2 mengguncang wilayah Maluku Tengah pada Selasa pagi.</p>
<p>Kepala Stasiun Geofisika Ambon mengatakan gempa tidak berpotensi tsunami dan warga diminta tetap tenang.</p>
<p>Warga diimbau tetap waspada terhadap gempa susulan yang mungkin terjadi dalam beberapa hari ke depan.</p>
</div></article></body></html>"""


def test_a_credit_block_without_a_byline_class_is_read_by_its_label():
    from newsbot import extract

    result = extract(LABELLED_CREDIT_PAGE, url="https://news.example/gempa")
    assert result["authors"] == ["Ahmad Fauzi"] and result["editors"] == ["Dewi Lestari"]
    assert "Penulis" not in result["body"]


def test_a_sentence_mentioning_a_reporter_is_no_credit_block():
    from newsbot import extract

    page = LABELLED_CREDIT_PAGE.replace("Penulis: Ahmad Fauzi | Editor: Dewi Lestari", "The reporter said the quake was felt widely")
    assert extract(page, url="https://news.example/gempa")["authors"] == []


def test_byline_text_keeps_line_breaks_as_spaces_and_text_after_comments():
    from newsbot import extract

    page = LABELLED_CREDIT_PAGE.replace(
        '<div class="read__credit">Penulis: Ahmad Fauzi | Editor: Dewi Lestari</div>',
        '<p class="author">Pewarta: Ahmad Fauzi<br>Editor: <!--name-->Dewi Lestari</p>',
    )
    result = extract(page, url="https://news.example/gempa")
    assert result["byline"] == "Pewarta: Ahmad Fauzi Editor: Dewi Lestari"
    assert result["authors"] == ["Ahmad Fauzi"] and result["editors"] == ["Dewi Lestari"]


BLOG_POST = """<html lang="id"><body><div class="post-body entry-content">
<div class="separator"><a href="/img/banjir.jpg"><img src="/img/banjir.jpg"></a></div>
<div style="text-align: center;">Warga mengungsi akibat banjir di Bekasi. (Foto: Istimewa)</div>
<div>BEKASI - Banjir setinggi satu meter merendam ratusan rumah di Kecamatan Bekasi Timur sejak Minggu malam.</div>
<div><img src="/img/icon-share.png"> <a href="/promo"><img src="/img/promo.jpg"></a> <img src="/pixel.jpg" width="1" height="1"></div>
<div>Kepala BPBD Kota Bekasi mengatakan sebanyak 350 kepala keluarga terdampak banjir tersebut sejak Minggu.</div>
<div>Warga diimbau tetap waspada karena hujan diperkirakan masih akan turun hingga akhir pekan ini.</div>
<div>(ant/wkk)</div>
</div></body></html>"""


def test_a_photo_set_into_the_text_gets_the_caption_line_under_it_and_icons_are_no_photos():
    from newsbot import extract

    result = extract(BLOG_POST, url="https://warta.example/2024/02/banjir.html")
    assert result["images"] == [
        {"url": "https://warta.example/img/banjir.jpg", "caption": "Warga mengungsi akibat banjir di Bekasi.", "credit": "Istimewa"}
    ]


def test_an_agency_code_in_a_short_block_of_its_own_is_kept_for_the_agency_step():
    from newsbot import extract

    result = extract(BLOG_POST, url="https://warta.example/2024/02/banjir.html")
    assert result["agency"] == {"raw": "(ant/wkk)", "codes": ["ant", "wkk"], "agencies": ["Antara"]}
    assert "(ant/wkk)" not in result["body"]

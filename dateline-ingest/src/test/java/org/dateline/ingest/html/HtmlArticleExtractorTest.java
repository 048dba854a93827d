package org.dateline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  private static final String LONG_PARAGRAPH = "The harbour board voted on Thursday to extend the "
      + "north quay by forty metres, ending a dispute that had run since the storm of last winter.";

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @Test
  void prefersElementMarkedAsArticleBody() {
    ExtractedArticle page = extractor.extract("""
        <html><body><article>
          <p>Teaser text that sits in the article but outside its body, above the story itself.</p>
          <div itemprop="articleBody"><p>%s</p><p>The work starts in May.</p></div>
        </article></body></html>""".formatted(LONG_PARAGRAPH), "");

    assertThat(page.text()).isEqualTo(LONG_PARAGRAPH + "\n\nThe work starts in May.");
  }

  @Test
  void choosesTheLongestOfSeveralArticleElements() {
    ExtractedArticle page = extractor.extract("""
        <html><body>
          <article class="card"><a href="/1">Short teaser one</a></article>
          <article class="story"><p>%s</p><p>%s</p></article>
          <article class="card"><p>Another teaser about the ferry.</p></article>
        </body></html>""".formatted(LONG_PARAGRAPH, LONG_PARAGRAPH), "");

    assertThat(page.text()).isEqualTo(LONG_PARAGRAPH + "\n\n" + LONG_PARAGRAPH);
  }

  @Test
  void choosesDensestContainerWhenThePageHasNoSemanticMarkup() {
    ExtractedArticle page = extractor.extract("""
        <html><body><div id="page">
          <div class="col1"><a href="/a">Ferry strike ends after two days of talks</a>
            <a href="/b">New mayor sworn in at a packed town hall</a></div>
          <div class="col2"><p>%s</p><p>Harbour master Aled Price welcomed the decision.</p></div>
          <div class="col3">Weather: 12°C</div>
        </div></body></html>""".formatted(LONG_PARAGRAPH), "");

    assertThat(page.text())
        .isEqualTo(LONG_PARAGRAPH + "\n\nHarbour master Aled Price welcomed the decision.");
  }

  @Test
  void sparesWrapperThatHoldsTheWholeArticleDespiteItsClassName() {
    ExtractedArticle page = extractor.extract("""
        <html><body><form id="aspnetForm"><div class="content has-sidebar">
          <p>%s</p><p>%s</p>
        </div></form></body></html>""".formatted(LONG_PARAGRAPH, LONG_PARAGRAPH), "");

    assertThat(page.text()).isEqualTo(LONG_PARAGRAPH + "\n\n" + LONG_PARAGRAPH);
  }

  @Test
  void dropsHiddenElementsAndDialogs() {
    ExtractedArticle page = extractor.extract("""
        <html><body><article>
          <p>%s</p>
          <span class="visually-hidden">Opens in a new window</span>
          <p hidden>Hidden paragraph</p>
          <p style="display: none">Invisible paragraph</p>
          <div role="dialog"><p>Your privacy choices matter to us and our partners.</p></div>
        </article></body></html>""".formatted(LONG_PARAGRAPH), "");

    assertThat(page.text()).isEqualTo(LONG_PARAGRAPH);
  }

  @Test
  void splitsTextAtDoubleLineBreaks() {
    ExtractedArticle page =
        extractor.extract("<div>First line<br>same paragraph<br><br>Second paragraph</div>", "");

    assertThat(page.text()).isEqualTo("First line same paragraph\n\nSecond paragraph");
  }

  @Test
  void fallsBackToOpenGraphAndMetaTagsWithoutJsonLd() {
    ExtractedArticle page = extractor.extract("""
        <html><head>
          <title>Quay extension approved – Port Amery Post</title>
          <meta property="og:site_name" content="Port Amery Post">
          <meta property="og:url" content="https://post.example/quay">
          <meta name="author" content="By Aled Price">
          <meta name="pubdate" content="20260105">
        </head><body><main><p>%s</p></main></body></html>""".formatted(LONG_PARAGRAPH), "");

    assertThat(page.metadata()).isEqualTo(new PageMetadata(
        Optional.of("Quay extension approved"), Optional.of("Port Amery Post"),
        Optional.of("Aled Price"), Optional.of(LocalDate.of(2026, 1, 5)),
        Optional.of("https://post.example/quay")));
  }

  @Test
  void readsDateFromTimeElementAndUrlFromCanonicalLink() {
    ExtractedArticle page = extractor.extract("""
        <html><head><link rel="canonical" href="/quay-vote"></head>
        <body><article><time datetime="2026-01-05T22:10:00+09:00">5 Jan</time>
        <p>%s</p></article></body></html>""".formatted(LONG_PARAGRAPH),
        "https://post.example/news/");

    assertThat(page.metadata().published()).contains(LocalDate.of(2026, 1, 5));
    assertThat(page.metadata().url()).contains("https://post.example/quay-vote");
  }

  @Test
  void readsJsonLdGivenAsArrayWithPlainArticleType() {
    ExtractedArticle page = extractor.extract("""
        <html><head><script type="application/ld+json">
        [{"@type": "BreadcrumbList"},
         {"@type": ["Article"], "headline": "Quay vote &amp; what follows",
          "author": "Mira Castell", "datePublished": "2026-01-05"}]
        </script></head><body><p>%s</p></body></html>""".formatted(LONG_PARAGRAPH), "");

    assertThat(page.metadata().title()).contains("Quay vote & what follows");
    assertThat(page.metadata().byline()).contains("Mira Castell");
    assertThat(page.metadata().published()).contains(LocalDate.of(2026, 1, 5));
  }

  @Test
  void ignoresBrokenJsonLd() {
    ExtractedArticle page = extractor.extract("""
        <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
        <meta property="og:title" content="Quay vote"></head>
        <body><p>%s</p></body></html>""".formatted(LONG_PARAGRAPH), "");

    assertThat(page.metadata().title()).contains("Quay vote");
    assertThat(page.text()).isEqualTo(LONG_PARAGRAPH);
  }

  @Test
  void keepsTitleSuffixThatIsNotTheSiteName() {
    ExtractedArticle page = extractor.extract("""
        <html><head><title>Storm damage | Live updates</title>
        <meta property="og:site_name" content="Port Amery Post"></head>
        <body><p>%s</p></body></html>""".formatted(LONG_PARAGRAPH), "");

    assertThat(page.metadata().title()).contains("Storm damage | Live updates");
  }

  @Test
  void removesHeadlineRepeatedAtTheTopOfTheBody() {
    ExtractedArticle page = extractor.extract("""
        <html><head><title>Quay extension approved</title></head>
        <body><div class="story"><div><b>Quay extension approved</b></div><p>%s</p></div></body>
        </html>""".formatted(LONG_PARAGRAPH), "");

    assertThat(page.text()).isEqualTo(LONG_PARAGRAPH);
    assertThat(page.furniture()).containsExactly("Quay extension approved");
  }

  @Test
  void readsFragmentKeepingEveryParagraphButNotItsFurniture() {
    ExtractedArticle item = extractor.extractFragment("""
        <p>Short first line.</p>
        <figure><img src="x.jpg"><figcaption>The north quay at dawn (Photo by Lena Marsh)</figcaption></figure>
        <div><p>%s</p></div>
        <div class="share-links"><a href="#">Share</a></div>""".formatted(LONG_PARAGRAPH), "");

    assertThat(item.text()).isEqualTo("Short first line.\n\n" + LONG_PARAGRAPH);
    assertThat(item.furniture()).containsExactly("The north quay at dawn (Photo by Lena Marsh)");
    assertThat(item.credits()).containsExactly("Lena Marsh");
    assertThat(item.metadata().title()).isEmpty();
  }
}

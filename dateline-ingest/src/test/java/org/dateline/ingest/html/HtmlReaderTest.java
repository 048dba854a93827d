package org.dateline.ingest.html;

import org.dateline.ingest.CollectingSink;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

  private static final Path HARBOUR = Fixtures.path("html/harbour-ledger-dam-talks.html");
  private static final Path RIVERTON = Fixtures.path("html/riverton-courier-bridge.html");
  private static final Path VALMONT = Fixtures.path("html/valmont-gazette-terrace.html");

  @TempDir Path dir;

  @Test
  void readsOnlyTheArticleParagraphsOfARealisticPage() throws IOException {
    Article article = read(HARBOUR);

    assertThat(article.text()).isEqualTo("""
        Negotiations over the future of the Kessel dam broke down on Tuesday night, hours after \
        the Varne river climbed to its highest level in a decade.

        “We cannot keep asking families downstream to wait,” said Ilse Brandt, the regional water \
        commissioner, after the meeting in Port Amery.

        What the two sides want

        The operator, Kessel Hydro, wants permission to raise the reservoir by two metres before \
        the spring melt. Farmers’ groups say that would flood 300 hectares of pasture.

        “The river doesn’t read the contract,” one farmer told the hearing.

        Reservoir level: 41.2 metres

        Flood warning: amber

        Talks are due to resume next week, the commissioner’s office said.""");
  }

  @Test
  void dropsShareButtonsAndRelatedLinks() throws IOException {
    String text = read(HARBOUR).text();

    assertThat(text).doesNotContain("Share on", "Related", "Kessel dam: a timeline", "Most read");
  }

  @Test
  void dropsNavigationAdsCookieBannerNewsletterCommentsAndFooter() throws IOException {
    String text = read(HARBOUR).text();

    assertThat(text).doesNotContain("Sport", "Advertisement", "cookies", "Sign up", "Readerman",
        "All rights reserved", "Farming");
  }

  @Test
  void takesPublishedDateFromJsonLd() throws IOException {
    // JSON-LD says 3 March, 23:30 in New York; the og tag gives the same instant in UTC (4 March).
    assertThat(read(HARBOUR).published()).contains(LocalDate.of(2026, 3, 3));
  }

  @Test
  void takesHeadlineAuthorsPublisherAndUrlFromJsonLdGraph() throws IOException {
    Article article = read(HARBOUR);

    assertThat(article.title()).contains("Dam talks stall as the Varne river rises");
    assertThat(article.byline()).contains("Dana Okafor and Tomas Reyes");
    assertThat(article.outlet()).contains("The Harbour Ledger");
    assertThat(article.url()).contains("https://harbourledger.example/news/2026/03/dam-talks-stall");
  }

  @Test
  void namesArticleAfterFileAndSource() throws IOException {
    Article article = read(HARBOUR);

    assertThat(article.id()).isEqualTo("harbour-ledger-dam-talks");
    assertThat(article.source()).isEqualTo(HARBOUR.toString());
  }

  @Test
  void movesPhotoCaptionToFurnitureAndItsCreditToCredits() throws IOException {
    Article article = read(HARBOUR);

    assertThat(article.text()).doesNotContain("spillway on Monday", "Northwind");
    assertThat(article.furniture())
        .contains("Engineers inspect the Varne spillway on Monday. Photo: Northwind Images");
    assertThat(article.credits()).containsExactly("Northwind Images");
  }

  @Test
  void keepsBylineAndDateLinesRemovedFromTheBodyAsFurniture() throws IOException {
    assertThat(read(HARBOUR).furniture())
        .contains("By Dana Okafor and Tomas Reyes", "March 3, 2026");
  }

  @Test
  void readsMetadataStatedOnlyInTheText() throws IOException {
    Article article = read(RIVERTON);

    assertThat(article.byline()).contains("Marta Quill");
    assertThat(article.published()).contains(LocalDate.of(2026, 2, 14));
    assertThat(article.title()).contains("Old Mill bridge to close for six weeks");
    assertThat(article.text())
        .startsWith("The Old Mill bridge will close to traffic from Monday")
        .contains("\n\nDrivers will be sent along the Sawpit Lane detour")
        .endsWith("Pedestrians can still cross on a temporary walkway on the north side.")
        .doesNotContain("By Marta Quill", "Published", "Council approves", "Privacy");
  }

  @Test
  void decodesLegacyPageWithTheCharsetItDeclares() throws IOException {
    Article article = read(VALMONT);

    assertThat(article.text())
        .contains("Place d’Armes", "about €2,000 a year", "“We are being punished",
            "Hélène Vasseur", "levy — the first");
    assertThat(article.byline()).contains("Renée Dumont");
    assertThat(article.published()).contains(LocalDate.of(2025, 11, 20));
  }

  @Test
  void readsWordPressPostWithoutItsSharingRelatedPostsAndComments() throws IOException {
    Article article = read(Fixtures.path("html/porthaven-voice-wordpress.html"));

    assertThat(article.text()).isEqualTo("""
        Five volunteers from the Porthaven lifeboat station received bravery awards on Thursday \
        for a rescue in force nine winds last February.

        The crew reached a fishing boat that had lost power two miles off Gannet Head and towed \
        it to safety shortly before 3am.

        “None of us thought about the medals,” said helm Beth Tregarthen. “We thought about \
        getting everyone home.”""");
    assertThat(article.title()).contains("Lifeboat crew honoured for night rescue");
    assertThat(article.outlet()).contains("Porthaven Voice");
    assertThat(article.byline()).contains("Kit Penhallow");
    assertThat(article.published()).contains(LocalDate.of(2025, 12, 19));
    assertThat(article.credits()).containsExactly("Jory Marr");
  }

  @Test
  void stripsSiteNameSuffixFromTitle() throws IOException {
    assertThat(read(VALMONT).title()).contains("Café owners fight new terrace fee");
  }

  @Test
  void refusesPageLargerThanTheLimitWithoutReadingIt() throws IOException {
    Path big = dir.resolve("huge.html");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }

    assertThat(errors(big)).containsExactly(
        new ReadError(big.toString(), "larger than the 16 MB limit (50.0 MB)"));
  }

  @Test
  void reportsEmptyFileWithTheDecodersReason() throws IOException {
    Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);

    assertThat(errors(empty)).containsExactly(new ReadError(empty.toString(), "empty file"));
  }

  @Test
  void reportsBinaryFileWithTheDecodersReason() throws IOException {
    Path binary = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0xFF, 0, 1, 2, 0, 3});

    assertThat(errors(binary))
        .containsExactly(new ReadError(binary.toString(), "binary content, not text"));
  }

  @Test
  void reportsPageWithoutArticleText() throws IOException {
    Path menu = write("menu.html",
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>");

    assertThat(errors(menu))
        .containsExactly(new ReadError(menu.toString(), "no article text found in the page"));
  }

  @Test
  void readsHundredThousandNestedDivsOnASmallStack() throws Exception {
    int depth = 100_000;
    String page = "<html><body>" + "<div>".repeat(depth)
        + "<p>Deep inside, the ferry timetable for the winter season was finally published.</p>"
        + "</div>".repeat(depth) + "</body></html>";
    Path nested = write("nested.html", page);
    CollectingSink sink = new CollectingSink();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread reader = new Thread(null, () -> {
      try {
        new HtmlReader(IngestOptions.defaults()).read(nested, sink);
      } catch (Throwable t) {
        thrown.set(t);
      }
    }, "small-stack-reader", 512 * 1024);
    reader.start();
    reader.join();

    assertThat(thrown.get()).isNull();
    assertThat(sink.onlyArticle().text())
        .isEqualTo("Deep inside, the ferry timetable for the winter season was finally published.");
  }

  private Article read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    new HtmlReader(IngestOptions.defaults()).read(file, sink);
    return sink.onlyArticle();
  }

  private static List<ReadError> errors(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    new HtmlReader(IngestOptions.defaults()).read(file, sink);
    assertThat(sink.articles()).isEmpty();
    return sink.errors();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

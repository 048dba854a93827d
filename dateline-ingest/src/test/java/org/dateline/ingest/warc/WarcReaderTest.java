package org.dateline.ingest.warc;

import org.dateline.ingest.CollectingSink;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.ingest.html.Fixtures;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcReaderTest {

  private static final String SITE = "https://estuaryecho.example/";

  @TempDir Path dir;

  @Test
  void readsHtmlResponsesAndResourcesAndSkipsEveryOtherRecord() throws IOException {
    Path warc = dir.resolve("crawl.warc");
    mixedCrawl().writeTo(warc, WarcCompression.NONE);

    CollectingSink sink = read(warc);

    assertThat(sink.errors()).isEmpty();
    assertThat(sink.articles()).extracting(Article::source)
        .containsExactly(warc + "#record 3", warc + "#record 7", warc + "#record 8");
  }

  @Test
  void namesArticlesByTargetUri() throws IOException {
    Path warc = dir.resolve("crawl.warc");
    mixedCrawl().writeTo(warc, WarcCompression.NONE);

    Article first = read(warc).articles().get(0);

    assertThat(first.id()).isEqualTo(SITE + "ferry");
    assertThat(first.url()).contains(SITE + "ferry");
    assertThat(first.title()).contains("Ferry timetable");
    assertThat(first.outlet()).contains("Estuary Echo");
    assertThat(first.text()).startsWith("Ferry timetable was the talk of the estuary towns");
  }

  @Test
  void readsGzippedWarc() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    mixedCrawl().writeTo(warc, WarcCompression.GZIP);

    CollectingSink sink = read(warc);

    assertThat(sink.errors()).isEmpty();
    assertThat(sink.articles()).extracting(Article::id)
        .containsExactly(SITE + "ferry", SITE + "bridge", SITE + "archive/levee");
  }

  @Test
  void decodesPageWithTheHttpCharset() throws IOException {
    Path warc = dir.resolve("legacy.warc");
    new WarcFixture()
        .legacyResponse(SITE + "cafe", WarcFixture.page("Café “Le Tilleul” reopens"),
            Charset.forName("windows-1252"))
        .writeTo(warc, WarcCompression.NONE);

    assertThat(read(warc).onlyArticle().title()).contains("Café “Le Tilleul” reopens");
  }

  @Test
  void undoesGzipContentEncoding() throws IOException {
    Path warc = dir.resolve("encoded.warc");
    new WarcFixture().gzipEncodedResponse(SITE + "quay", WarcFixture.page("Quay works"))
        .writeTo(warc, WarcCompression.NONE);

    assertThat(read(warc).onlyArticle().text()).startsWith("Quay works was the talk");
  }

  @Test
  void reportsOversizedRecordAndGoesOn() throws IOException {
    Path warc = dir.resolve("big.warc");
    new WarcFixture()
        .htmlResponse(SITE + "long", WarcFixture.page("Long read " + "very ".repeat(1000)))
        .htmlResponse(SITE + "short", WarcFixture.page("Short item"))
        .writeTo(warc, WarcCompression.NONE);
    CollectingSink sink = new CollectingSink();

    new WarcReader(new IngestOptions(2048)).read(warc, sink);

    assertThat(sink.errors()).containsExactly(
        new ReadError(warc + "#record 1", "larger than the 2 KB limit (15.0 KB)"));
    assertThat(sink.articles()).extracting(Article::id).containsExactly(SITE + "short");
  }

  @Test
  void reportsMalformedHttpResponseAndGoesOn() throws IOException {
    Path warc = dir.resolve("bad-http.warc");
    new WarcFixture()
        .rawResponse(SITE + "broken", "HTTZ/9 banana\r\n\r\n<p>no</p>".getBytes(UTF_8))
        .htmlResponse(SITE + "fine", WarcFixture.page("Fine story"))
        .writeTo(warc, WarcCompression.NONE);

    CollectingSink sink = read(warc);

    assertThat(sink.errors()).singleElement().satisfies(error -> {
      assertThat(error.location()).isEqualTo(warc + "#record 1");
      assertThat(error.reason()).startsWith("unreadable record: ");
    });
    assertThat(sink.articles()).extracting(Article::id).containsExactly(SITE + "fine");
  }

  @Test
  void reportsTruncatedRecordAndKeepsEarlierOnes() throws IOException {
    Path warc = dir.resolve("cut.warc");
    List<Long> offsets = threePages().writeTo(warc, WarcCompression.NONE);
    cut(warc, offsets.get(2) + 400);

    CollectingSink sink = read(warc);

    assertThat(sink.articles()).extracting(Article::id)
        .containsExactly(SITE + "one", SITE + "two");
    assertThat(sink.errors()).singleElement().satisfies(error -> {
      assertThat(error.location()).isEqualTo(warc + "#record 3");
      assertThat(error.reason()).startsWith("truncated: the file ends inside this record");
    });
  }

  @Test
  void reportsTruncatedGzippedRecordAndKeepsEarlierOnes() throws IOException {
    Path warc = dir.resolve("cut.warc.gz");
    List<Long> offsets = threePages().writeTo(warc, WarcCompression.GZIP);
    cut(warc, offsets.get(2) + (Files.size(warc) - offsets.get(2)) / 2);

    CollectingSink sink = read(warc);

    assertThat(sink.articles()).hasSize(2);
    assertThat(sink.errors()).singleElement().satisfies(error -> {
      assertThat(error.location()).isEqualTo(warc + "#record 3");
      assertThat(error.reason()).startsWith("truncated:");
    });
  }

  @Test
  void blamesTruncationInsideASkippedRecordOnThatRecord() throws IOException {
    Path warc = dir.resolve("cut-request.warc");
    new WarcFixture()
        .htmlResponse(SITE + "one", WarcFixture.page("First story"))
        .request(SITE + "two")
        .writeTo(warc, WarcCompression.NONE);
    cut(warc, Files.size(warc) - 10);

    CollectingSink sink = read(warc);

    assertThat(sink.articles()).hasSize(1);
    assertThat(sink.errors()).extracting(ReadError::location).containsExactly(warc + "#record 2");
  }

  @Test
  void reportsFileThatIsNotWarcOnce() throws IOException {
    Path garbage = Files.writeString(dir.resolve("notes.warc"),
        "These are my notes about the estuary ferry, not a web archive.\n");

    CollectingSink sink = read(garbage);

    assertThat(sink.articles()).isEmpty();
    assertThat(sink.errors()).singleElement().satisfies(error -> {
      assertThat(error.location()).isEqualTo(garbage.toString());
      assertThat(error.reason()).startsWith("not a WARC file: ").doesNotContain("\n");
    });
  }

  @Test
  void reportsEmptyFile() throws IOException {
    Path empty = Files.write(dir.resolve("empty.warc"), new byte[0]);

    assertThat(read(empty).errors()).containsExactly(new ReadError(empty.toString(), "empty file"));
  }

  @Test
  void readsHandWrittenWarc() throws IOException {
    Path warc = Fixtures.path("warc/estuary-echo-small.warc");

    CollectingSink sink = read(warc);

    assertThat(sink.errors()).isEmpty();
    Article article = sink.onlyArticle();
    assertThat(article.id()).isEqualTo("https://estuaryecho.example/2026/02/levee-vote");
    assertThat(article.source()).isEqualTo(warc + "#record 3");
    assertThat(article.byline()).contains("Noor Haddad");
    assertThat(article.text()).isEqualTo("The levee vote passed by nine votes to four on "
        + "Tuesday.\n\n“It is the cheapest insurance we will ever buy,” said councillor Ruth Abara.");
  }

  /** warcinfo, request, page, metadata, image, 404 page, page, resource page. */
  private static WarcFixture mixedCrawl() throws IOException {
    return new WarcFixture()
        .warcinfo()
        .request(SITE + "ferry")
        .htmlResponse(SITE + "ferry", WarcFixture.page("Ferry timetable"))
        .metadata(SITE + "ferry")
        .response(SITE + "logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .response(SITE + "missing", 404, "text/html", WarcFixture.page("Not found").getBytes(UTF_8))
        .htmlResponse(SITE + "bridge", WarcFixture.page("Bridge repairs"))
        .resource(SITE + "archive/levee", WarcFixture.page("Levee history"));
  }

  private static WarcFixture threePages() throws IOException {
    return new WarcFixture()
        .htmlResponse(SITE + "one", WarcFixture.page("First story"))
        .htmlResponse(SITE + "two", WarcFixture.page("Second story"))
        .htmlResponse(SITE + "three", WarcFixture.page("Third story " + "long ".repeat(200)));
  }

  private static void cut(Path file, long length) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, (int) length));
  }

  private static CollectingSink read(Path warc) throws IOException {
    CollectingSink sink = new CollectingSink();
    new WarcReader(IngestOptions.defaults()).read(warc, sink);
    return sink;
  }
}

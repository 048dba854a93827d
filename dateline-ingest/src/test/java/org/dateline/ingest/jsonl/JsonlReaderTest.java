package org.dateline.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

  private final JsonlReader reader = new JsonlReader(IngestOptions.defaults());

  @TempDir Path dir;

  private static Path fixture(String name) {
    try {
      return Path.of(JsonlReaderTest.class.getResource("/fixtures/jsonl/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private CollectingSink read(JsonlReader jsonl, Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    jsonl.read(file, sink);
    return sink;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryFieldOfALine() throws IOException {
    Path file = fixture("articles.jsonl");
    Article a = read(reader, file).articles().get(0);
    assertThat(a.id()).isEqualTo("gaz-001");
    assertThat(a.source()).isEqualTo(file + "#line 1");
    assertThat(a.url()).contains("https://harbour-gazette.example/strike");
    assertThat(a.outlet()).contains("Harbour Gazette");
    assertThat(a.published()).contains(LocalDate.of(2022, 3, 4));
    assertThat(a.title()).contains("Dock strike enters seventh day");
  }

  @Test
  void keepsTextVerbatimWithoutCleaning() throws IOException {
    CollectingSink sink = read(reader, fixture("articles.jsonl"));
    Article first = sink.articles().get(0);
    assertThat(first.text()).isEqualTo(
        "PORT SELENE — Dock workers stayed away for a seventh day.\n\nAdvertisement\n\n"
            + "Talks resume next week.  (HG)");
    assertThat(first.furniture()).isEmpty();
    assertThat(first.credits()).isEmpty();
    assertThat(first.dateline()).isEmpty();
  }

  @Test
  void normalizesTextToNfcOnly() throws IOException {
    Article third = read(reader, fixture("articles.jsonl")).articles().get(2);
    assertThat(third.text())
        .isEqualTo("Caf\u00e9 owners in Vila Nova protested on Friday.\r\nThe mayor listened.");
  }

  @Test
  void takesIdFromUrlWhenIdIsMissing() throws IOException {
    Article second = read(reader, fixture("articles.jsonl")).articles().get(1);
    assertThat(second.id()).isEqualTo("https://delta-ledger.example/vote");
    assertThat(second.outlet()).isEmpty();
    assertThat(second.title()).isEmpty();
  }

  @Test
  void keepsTheDateOfAnIsoDateTimeAsWritten() throws IOException {
    Article second = read(reader, fixture("articles.jsonl")).articles().get(1);
    assertThat(second.published()).contains(LocalDate.of(2021, 6, 7));
  }

  @Test
  void takesIdFromTextHashWhenIdAndUrlAreMissing() throws Exception {
    CollectingSink sink = read(reader, fixture("articles.jsonl"));
    Article third = sink.articles().get(2);
    assertThat(third.id()).isEqualTo("sha-" + sha256(third.text()).substring(0, 16));
    assertThat(third.source()).endsWith("#line 4");
  }

  @Test
  void skipsBlankLinesSilently() throws IOException {
    CollectingSink sink = read(reader, fixture("articles.jsonl"));
    assertThat(sink.articles()).hasSize(3);
    assertThat(sink.errors()).isEmpty();
  }

  @Test
  void reportsLineThatIsNotJsonAndGoesOn() throws IOException {
    Path file = fixture("bad-lines.jsonl");
    CollectingSink sink = read(reader, file);
    assertThat(sink.articles()).extracting(Article::id).containsExactly("ok-1", "ok-2");
    ReadError notJson = sink.errors().get(0);
    assertThat(notJson.location()).isEqualTo(file + "#line 2");
    assertThat(notJson.reason()).startsWith("not valid JSON: ").contains("Unrecognized token");
  }

  @Test
  void reportsEachBadLineWithItsNumberAndReason() throws IOException {
    Path file = fixture("bad-lines.jsonl");
    List<ReadError> errors = read(reader, file).errors();
    assertThat(errors).extracting(ReadError::location).containsExactly(
        file + "#line 2", file + "#line 3", file + "#line 4", file + "#line 5", file + "#line 6",
        file + "#line 7");
    assertThat(errors.get(1).reason()).isEqualTo("not a JSON object but array");
    assertThat(errors.get(2).reason()).startsWith("no text");
    assertThat(errors.get(3).reason()).startsWith("no text");
    assertThat(errors.get(4).reason()).contains("\"published\"").contains("last Tuesday");
    assertThat(errors.get(5).reason()).isEqualTo("\"title\" is not a string but number");
  }

  @Test
  void reportsOversizedLineWithoutBufferingItAndGoesOn() throws IOException {
    String big = "{\"text\": \"" + "x".repeat(5000) + "\"}";
    Path file = Files.write(dir.resolve("big.jsonl"),
        utf8("{\"id\":\"a\",\"text\":\"before\"}\n" + big + "\n{\"id\":\"b\",\"text\":\"after\"}\n"));
    CollectingSink sink = read(new JsonlReader(new IngestOptions(1000)), file);
    assertThat(sink.articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(sink.errors()).containsExactly(new ReadError(file + "#line 2",
        "line longer than the 1000 bytes limit (" + big.length() + " bytes)"));
  }

  @Test
  void reportsBrokenUtf8AndGoesOn() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(utf8("{\"text\": \"Caf\u00e9 "));
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.write(utf8("\"}\n{\"id\": \"next\", \"text\": \"Fine.\"}\n"));
    Path file = Files.write(dir.resolve("broken.jsonl"), bytes.toByteArray());
    CollectingSink sink = read(reader, file);
    assertThat(sink.articles()).extracting(Article::id).containsExactly("next");
    assertThat(sink.errors()).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo(file + "#line 1");
      assertThat(e.reason()).startsWith("broken UTF-8");
    });
  }

  @Test
  void readsGzipCompressedFile() throws IOException {
    Path file = dir.resolve("articles.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(Files.readAllBytes(fixture("articles.jsonl")));
    }
    CollectingSink sink = read(reader, file);
    assertThat(sink.articles()).extracting(Article::id)
        .containsExactly("gaz-001", "https://delta-ledger.example/vote",
            read(reader, fixture("articles.jsonl")).articles().get(2).id());
    assertThat(sink.articles().get(0).source()).isEqualTo(file + "#line 1");
  }

  @Test
  void reportsCutShortGzipAfterReadingWhatCame() throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(whole)) {
      for (int i = 1; i <= 2000; i++) {
        out.write(utf8("{\"id\": \"n" + i + "\", \"text\": \"Line number " + i + " of a long file.\"}\n"));
      }
    }
    byte[] bytes = whole.toByteArray();
    Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    CollectingSink sink = read(reader, file);
    assertThat(sink.articles()).isNotEmpty().hasSizeLessThan(2000);
    assertThat(sink.errors()).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo(file + "#line " + (sink.articles().size() + 1));
      assertThat(e.reason()).contains("corrupt or cut short");
    });
  }

  @Test
  void readsLinesAcrossBufferBoundariesWithCrLfAndBom() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (int i = 1; i <= 3000; i++) {
      bytes.write(utf8("{\"id\": \"n" + i + "\", \"text\": \"" + "word ".repeat(i % 50) + "end\"}\r\n"));
    }
    Path file = Files.write(dir.resolve("many.jsonl"), bytes.toByteArray());
    CollectingSink sink = read(reader, file);
    assertThat(sink.errors()).isEmpty();
    assertThat(sink.articles()).hasSize(3000);
    Article last = sink.articles().get(2999);
    assertThat(last.id()).isEqualTo("n3000");
    assertThat(last.source()).endsWith("#line 3000");
    assertThat(last.text()).isEqualTo("end");
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}

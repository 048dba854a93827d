package org.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

  private final TextReader reader = new TextReader(IngestOptions.defaults());

  @TempDir Path dir;

  private static Path fixture(String name) {
    try {
      return Path.of(TextReaderTest.class.getResource("/fixtures/text/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Article read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    return sink.onlyArticle();
  }

  private ReadError fail(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    return sink.onlyError();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void readsDateAndBylineFromHeaderLine() throws IOException {
    Article a = read(fixture("header-line-byline.txt"));
    assertThat(a.published()).contains(LocalDate.of(2022, 3, 4));
    assertThat(a.byline()).contains("Harbour Gazette Staff");
    assertThat(a.outlet()).contains("Harbour Gazette");
    assertThat(a.text()).startsWith("Dock workers at the northern terminal");
  }

  @Test
  void removesClosingCreditLineAndKeepsItAsFurniture() throws IOException {
    Article a = read(fixture("header-line-byline.txt"));
    assertThat(a.credits()).containsExactly("HG", "NWA");
    assertThat(a.furniture()).containsExactly("(HG, NWA)");
    assertThat(a.text()).endsWith("restored.”").doesNotContain("(HG");
  }

  @Test
  void readsKickerAndHeadlineAsTwoLineTitle() throws IOException {
    Article a = read(fixture("kicker-title-agency-prefix.txt"));
    assertThat(a.title())
        .contains("Minister Okafor:\nRail link to the coast a ‘national, lasting’ priority");
    assertThat(a.text()).startsWith("The transport minister has called");
  }

  @Test
  void creditsAgencyPrefixAndLeavesParagraphAsIs() throws IOException {
    Article a = read(fixture("kicker-title-agency-prefix.txt"));
    assertThat(a.credits()).containsExactly("LAKEWIRE");
    assertThat(a.text()).contains("\n\nLAKEWIRE: The transport minister");
    assertThat(a.furniture()).isEmpty();
  }

  @Test
  void laysOutOneParagraphPerLineCopyWithBlankLines() throws IOException {
    Article a = read(fixture("kicker-title-agency-prefix.txt"));
    assertThat(a.text().split("\n\n")).hasSize(5);
    assertThat(a.text()).doesNotContain("\n\n\n");
  }

  @Test
  void dropsRelatedHeadlineAboveBackToTop() throws IOException {
    Article a = read(fixture("related-before-back-to-top.txt"));
    assertThat(a.title()).contains("Flood barriers hold as river crests in Marrow Valley");
    assertThat(a.furniture()).containsExactly(
        "Farmers cheer rain, traders fear 'costly' delays", "Back to top button");
    assertThat(a.text()).endsWith("on Monday afternoon.");
  }

  @Test
  void takesCaptionWithCreditBeforeBody() throws IOException {
    Article a = read(fixture("caption-date-about.txt"));
    assertThat(a.furniture()).first()
        .isEqualTo("Harbour master Ines Carvalho, speaking at the port office. (NWA)");
    assertThat(a.credits()).containsExactly("NWA");
    assertThat(a.title()).isEmpty();
  }

  @Test
  void readsDateLineAloneNearTop() throws IOException {
    Article a = read(fixture("caption-date-about.txt"));
    assertThat(a.published()).contains(LocalDate.of(2020, 3, 3));
    assertThat(a.text()).startsWith("The harbour master of Port Selene").doesNotContain("March 3");
  }

  @Test
  void takesOutletFromAboutFooterAndRemovesIt() throws IOException {
    Article a = read(fixture("caption-date-about.txt"));
    assertThat(a.outlet()).contains("Coastline Review");
    assertThat(a.furniture()).contains("About Coastline Review");
    assertThat(a.text()).endsWith("approach to the container quay.")
        .doesNotContain("Coastline Review");
  }

  @Test
  void readsDateTokenOnSameLineAsFirstSentence() throws IOException {
    Article a = read(fixture("date-token-dateline.txt"));
    assertThat(a.published()).contains(LocalDate.of(2019, 11, 2));
    assertThat(a.dateline()).contains("KAMPALA");
    assertThat(a.text()).startsWith("KAMPALA- Officials at the national water board");
  }

  @Test
  void readsBylineAndDateTimeLinesAndKeepsAgencyDatelineInText() throws IOException {
    Article a = read(fixture("byline-own-line-furniture.txt"));
    assertThat(a.title()).contains("Lawmakers approve budget after all-night session");
    assertThat(a.byline()).contains("Riverside Newsroom");
    assertThat(a.outlet()).contains("Riverside");
    assertThat(a.published()).contains(LocalDate.of(2021, 6, 7));
    assertThat(a.dateline()).contains("VALLETTA");
    assertThat(a.credits()).containsExactly("Reuters");
    assertThat(a.text()).startsWith("VALLETTA (Reuters) - Lawmakers");
  }

  @Test
  void removesFurnitureLinesWhereverTheyStand() throws IOException {
    Article a = read(fixture("byline-own-line-furniture.txt"));
    assertThat(a.furniture())
        .containsExactly("Advertisement", "Share this:", "Follow us on Telegram");
    assertThat(a.text()).doesNotContain("Advertisement").doesNotContain("Share")
        .contains("night.\n\nThe opposition").endsWith("read the final text.");
  }

  @Test
  void bylineOfAPersonNamesNoOutlet() throws IOException {
    Article a = read(fixture("person-byline-agency-dateline.txt"));
    assertThat(a.byline()).contains("Amara Nwosu");
    assertThat(a.outlet()).isEmpty();
    assertThat(a.published()).contains(LocalDate.of(2020, 6, 17));
    assertThat(a.dateline()).contains("NAIROBI");
    assertThat(a.credits()).containsExactly("AP");
  }

  @Test
  void keepsHardWrappedParagraphsAsWritten() throws IOException {
    Article a = read(fixture("hard-wrapped.txt"));
    assertThat(a.title()).contains("Harbour cranes idle as strike enters second week");
    assertThat(a.text()).isEqualTo("Dock workers at the northern terminal stayed away for a\n"
        + "seventh day on Tuesday, leaving container ships anchored\n"
        + "offshore, the port authority said.\n\n"
        + "Talks are due to resume on Thursday, a spokeswoman\nfor the authority added.");
  }

  @Test
  void doesNotTakeFirstHalfOfWrappedSentenceForTitle() throws IOException {
    Article a = read(fixture("wrapped-first-sentence.txt"));
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).startsWith("The council said the plan for the new market\nwould cut");
  }

  @Test
  void keepsALoneParagraphEndingInACreditAsBody() throws IOException {
    Article a = read(write("brief.txt", "The ministry confirmed the figures on Monday. (NWA)\n"
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(a.text()).isEqualTo("The ministry confirmed the figures on Monday. (NWA)");
    assertThat(a.furniture()).isEmpty();
  }

  @Test
  void takesIdFromFileNameAndSourceFromPath() throws IOException {
    Path file = fixture("date-token-dateline.txt");
    Article a = read(file);
    assertThat(a.id()).isEqualTo("date-token-dateline");
    assertThat(a.source()).isEqualTo(file.toString());
  }

  @Test
  void normalizesLineEndingsAndUnicode() throws IOException {
    String decomposed = "Cafe\u0301 owners in Vila Nova protested on Friday.\r\n\r\n\r\n\r\n"
        + "The mayor promised to meet them.\r\n";
    Article a = read(write("crlf.txt", decomposed.getBytes(StandardCharsets.UTF_8)));
    assertThat(a.text()).isEqualTo(
        "Caf\u00e9 owners in Vila Nova protested on Friday.\n\nThe mayor promised to meet them.");
  }

  @Test
  void readsGzipCompressedText() throws IOException {
    Path file = dir.resolve("brief.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("The ferry to Isla Verde resumed service on Sunday.\n".getBytes(StandardCharsets.UTF_8));
    }
    Article a = read(file);
    assertThat(a.id()).isEqualTo("brief");
    assertThat(a.text()).isEqualTo("The ferry to Isla Verde resumed service on Sunday.");
  }

  @Test
  void reportsEmptyFile() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    assertThat(fail(file)).isEqualTo(new ReadError(file.toString(), "empty file"));
  }

  @Test
  void reportsBinaryFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    assertThat(fail(write("image.txt", png)).reason()).contains("binary");
  }

  @Test
  void reportsBrokenEncoding() throws IOException {
    byte[] good = "Caf\u00e9 society ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 2];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xE9;
    bytes[good.length + 1] = 'x';
    assertThat(fail(write("broken.txt", bytes)).reason()).startsWith("broken encoding");
  }

  @Test
  void refusesOversizedFileWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(50L * 1024 * 1024);
    }
    assertThat(fail(big)).isEqualTo(
        new ReadError(big.toString(), "larger than the 16 MB limit (50.0 MB)"));
  }

  @Test
  void refusesGzipThatInflatesPastTheLimit() throws IOException {
    Path file = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("word ".repeat(1000).getBytes(StandardCharsets.US_ASCII));
    }
    CollectingSink sink = new CollectingSink();
    new TextReader(new IngestOptions(2048)).read(file, sink);
    assertThat(sink.onlyError().reason())
        .isEqualTo("larger than the 2048 bytes limit (more once decompressed)");
  }

  @Test
  void reportsFileWithNothingButFurniture() throws IOException {
    assertThat(fail(fixture("only-furniture.txt")).reason()).startsWith("no article text");
  }
}

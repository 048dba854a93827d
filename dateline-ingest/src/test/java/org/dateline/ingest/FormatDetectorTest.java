package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

  @TempDir Path tmp;
  final FormatDetector detector = new FormatDetector();

  @Test
  void recognisesFormatsByContentWhateverTheExtension() throws IOException {
    assertThat(detect("a.txt", "WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Format.WARC);
    assertThat(detect("b.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"))
        .isEqualTo(Format.FEED);
    assertThat(detect("c.dat", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>"))
        .isEqualTo(Format.FEED);
    assertThat(detect("d.txt", "\n  <!DOCTYPE html><html><body>x</body></html>")).isEqualTo(Format.HTML);
  }

  @Test
  void fallsBackToTheExtensionThenToPlainText() throws IOException {
    assertThat(detect("lines.jsonl", "{\"text\":\"x\"}\n")).isEqualTo(Format.JSONL);
    assertThat(detect("page.htm", "<div>no doctype</div>")).isEqualTo(Format.HTML);
    assertThat(detect("story.txt", "date 2024-01-01 By Someone")).isEqualTo(Format.TEXT);
    assertThat(detect("noextension", "Just words.")).isEqualTo(Format.TEXT);
  }

  @Test
  void looksInsideGzippedFiles() throws IOException {
    Path file = tmp.resolve("crawl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(detector.detect(file)).isEqualTo(Format.WARC);
  }

  private Format detect(String name, String content) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, content);
    return detector.detect(file);
  }
}

package org.dateline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.Article;
import org.dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed mid-write leaves exactly its last commit, readable. */
class KilledWriterTest {

  private static final int COMMITTED = 300;

  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void killedWriterLeavesCommittedArticlesReadable() throws Exception {
    Process writer = startWriter();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(writer.getInputStream(), Charset.defaultCharset()))) {
      String line;
      while ((line = lines.readLine()) != null && !line.equals(KilledWriterMain.WRITING_MORE)) {
        output.add(line);
      }
      if (line == null) {
        fail("writer ended before writing uncommitted articles:\n" + String.join("\n", output));
      }
      assertThat(output).contains(KilledWriterMain.COMMITTED);
    } finally {
      writer.destroyForcibly();
      writer.waitFor();
    }

    try (Store store = Store.open(dir)) {
      List<String> ids = new ArrayList<>();
      store.forEach(article -> ids.add(article.id()));
      assertThat(ids).containsExactlyInAnyOrderElementsOf(
          IntStream.range(0, COMMITTED).mapToObj(i -> "c-" + i).toList());
      Article first = store.get("c-0").orElseThrow();
      assertThat(first).isEqualTo(KilledWriterMain.article("c-0", "committed version"));
    }
    try (FSDirectory directory = FSDirectory.open(dir);
        CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(null);
      assertThat(check.checkIndex().clean).isTrue();
    }
  }

  private Process startWriter() throws IOException {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            KilledWriterMain.class.getName(), dir.toString(), Integer.toString(COMMITTED))
        .redirectErrorStream(true)
        .start();
  }
}

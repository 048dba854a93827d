package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

  @TempDir Path tmp;

  final CollectingSink sink = new CollectingSink();

  @Test
  void walksDirectoriesRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    write("b/second.txt", "The second article has a sentence.");
    write("a/first.txt", "The first article has a sentence.");
    write("a/.hidden.txt", "Editors' notes that are not an article.");
    write(".git/config.txt", "Not an article either.");

    new Ingest(IngestOptions.defaults()).read(List.of(tmp), sink);

    assertThat(sink.articles()).extracting(Article::id).containsExactly("first", "second");
    assertThat(sink.errors()).isEmpty();
  }

  @Test
  void reportsAMissingPathAndGoesOnWithTheNext() throws IOException {
    write("there.txt", "An article that exists.");

    new Ingest(IngestOptions.defaults()).read(List.of(tmp.resolve("missing"), tmp.resolve("there.txt")), sink);

    assertThat(sink.errors()).singleElement().satisfies(error -> {
      assertThat(error.location()).endsWith("missing");
      assertThat(error.reason()).isEqualTo("no such file or directory");
    });
    assertThat(sink.articles()).extracting(Article::id).containsExactly("there");
  }

  @Test
  void oneBadFileAmongGoodOnesFailsAloneWithItsName() throws IOException {
    write("1-good.txt", "A good article.");
    Files.write(tmp.resolve("2-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 2});
    write("3-good.txt", "Another good article.");

    new Ingest(IngestOptions.defaults()).read(List.of(tmp), sink);

    assertThat(sink.articles()).extracting(Article::id).containsExactly("1-good", "3-good");
    assertThat(sink.errors()).singleElement().satisfies(error -> {
      assertThat(error.location()).endsWith("2-binary.txt");
      assertThat(error.reason()).contains("binary");
    });
  }

  private void write(String relative, String content) throws IOException {
    Path file = tmp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}

package org.dateline.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.text.SharedFiles;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The team's development datasets read without a single error. Skips when the shared
 * datasets are not beside the repository.
 */
class DevDatasetsTest {

  @Test
  void readsAllDevArticlesWithoutErrors() throws IOException {
    Optional<Path> datasets = SharedFiles.find("datasets");
    assumeTrue(datasets.isPresent(), "shared/datasets not found beside the repository");
    Path ecb = datasets.get().resolve("ecbplus-dev.jsonl");
    Path basil = datasets.get().resolve("basil-dev.jsonl");
    assumeTrue(Files.isRegularFile(ecb) && Files.isRegularFile(basil), "dev datasets missing");

    JsonlReader reader = new JsonlReader(IngestOptions.defaults());
    CollectingSink sink = new CollectingSink();
    reader.read(ecb, sink);
    reader.read(basil, sink);

    assertThat(sink.errors()).isEmpty();
    assertThat(sink.articles()).hasSize(922);
    Set<String> ids = new HashSet<>();
    sink.articles().forEach(a -> ids.add(a.id()));
    assertThat(ids).hasSize(922);
    assertThat(sink.articles()).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    assertThat(sink.articles().stream().filter(a -> a.published().isPresent())).hasSize(150);
  }

  @Test
  void firstEcbArticleKeepsItsLineStructure() throws IOException {
    Optional<Path> datasets = SharedFiles.find("datasets/ecbplus-dev.jsonl");
    assumeTrue(datasets.isPresent(), "shared/datasets/ecbplus-dev.jsonl not found");
    CollectingSink sink = new CollectingSink();
    new JsonlReader(IngestOptions.defaults()).read(datasets.get(), sink);
    Article first = sink.articles().get(0);
    assertThat(first.source()).endsWith("ecbplus-dev.jsonl#line 1");
    assertThat(first.text()).contains(".\n").doesNotContain("\n\n");
  }
}

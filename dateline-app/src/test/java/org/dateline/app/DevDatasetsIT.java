package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared development corpora: every line of ECB+ and BASIL stored and searchable. */
class DevDatasetsIT {

  @TempDir Path tmp;

  @Test
  void storesAll922DevArticlesAndFindsThemWithSnippets() {
    Path ecb = SharedData.require("datasets/ecbplus-dev.jsonl");
    Path basil = SharedData.require("datasets/basil-dev.jsonl");
    Path store = tmp.resolve("store");

    Cli.Result ingest = Cli.run("ingest", "--no-nlp", "--store", store.toString(), ecb.toString(), basil.toString());
    Cli.Result search = Cli.run("search", "--store", store.toString(), "earthquake");
    Cli.Result fox = Cli.run("search", "--store", store.toString(), "--outlet", "Fox News", "Obama");

    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("922 articles: 922 new");
    assertThat(search.out()).contains("«earthquake»").containsPattern("of \\d{2,} matching articles");
    assertThat(fox.out()).contains("[Fox News |").contains("«Obama»");
  }
}

package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline demo}, as the README tells a newcomer to run it. */
class DemoCommandTest {

  @TempDir Path tmp;

  @Test
  void demoReadsEverySampleAndSummarizesWhatItFound() {
    Cli.Result result = Cli.run("demo", "--store", tmp.resolve("demo").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("6 articles: 6 new, 0 updated, 0 unchanged, 0 failed")
        .contains("Found 6 articles from 5 outlets")
        .contains("published 2026-03-02 to 2026-03-09")
        .contains("Search \"relief corridor\"")
        .containsPattern("  s-\\p{XDigit}+  Neighbours open Sava relief corridor .*\\(2 articles: (Balkan Daily Wire|Riverside Herald), ")
        .containsPattern("\\./dateline compare --store \\S+ s-\\p{XDigit}+");
  }

  @Test
  void demoRunTwiceFindsNothingNew() {
    Path dir = tmp.resolve("demo");
    Cli.run("demo", "--store", dir.toString());

    Cli.Result again = Cli.run("demo", "--store", dir.toString());

    assertThat(again.out()).contains("6 articles: 0 new, 0 updated, 6 unchanged");
  }
}

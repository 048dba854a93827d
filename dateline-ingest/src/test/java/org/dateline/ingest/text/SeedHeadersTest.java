package org.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five shared seed articles read as their hand annotation (gold "documents") expects. Skips
 * when the shared corpus is not beside the repository.
 */
class SeedHeadersTest {

  private static Optional<Path> seeds;

  @BeforeAll
  static void findSeeds() {
    seeds = SharedFiles.find("corpus/seeds");
  }

  private static Article read(String stem) throws IOException {
    assumeTrue(seeds.isPresent(), "shared/corpus/seeds not found beside the repository");
    CollectingSink sink = new CollectingSink();
    new TextReader(IngestOptions.defaults()).read(seeds.get().resolve(stem + ".txt"), sink);
    return sink.onlyArticle();
  }

  @Test
  void seed000HasDateTokenTeamBylineAndClosingCredits() throws IOException {
    Article a = read("000_be4f59cd346519bf");
    assertThat(a.published()).contains(LocalDate.of(2024, 7, 11));
    assertThat(a.byline()).contains("Palestine Chronicle Staff");
    assertThat(a.outlet()).contains("Palestine Chronicle");
    assertThat(a.credits()).containsExactly("PC", "AJA");
    assertThat(a.furniture()).containsExactly("(PC, AJA)");
    assertThat(a.text()).doesNotContain("(PC, AJA)").doesNotContain("date 2024")
        .startsWith("Esmail Qaani, the commander");
  }

  @Test
  void seed001HasTwoLineTitleAndAgencyPrefix() throws IOException {
    Article a = read("001_196c66dc052798aa");
    assertThat(a.title())
        .contains("General Qa’ani:\nSupporting resistance Iran’s ‘strategic, permanent’ policy");
    assertThat(a.published()).isEmpty();
    assertThat(a.outlet()).isEmpty();
    assertThat(a.credits()).containsExactly("MEHR");
    assertThat(a.furniture()).isEmpty();
    assertThat(a.text()).startsWith("A senior Iranian commander").contains("\n\nMEHR: A senior");
  }

  @Test
  void seed002DropsRelatedHeadlineAndBackToTop() throws IOException {
    Article a = read("002_033fa5bd703d406a");
    assertThat(a.title())
        .contains("IRGC reiterates Iran’s support for Palestine after resistance victory against Israel");
    assertThat(a.published()).isEmpty();
    assertThat(a.credits()).isEmpty();
    assertThat(a.furniture()).containsExactly(
        "Palestinians celebrate victory, Israelis mourn 'embarrassing' ceasefire", "Back to top button");
    assertThat(a.text()).endsWith("with Egyptian mediation.");
  }

  @Test
  void seed003TakesCaptionDateLineAndAboutFooter() throws IOException {
    Article a = read("003_f1e94e66e523a3aa");
    assertThat(a.published()).contains(LocalDate.of(2021, 5, 17));
    assertThat(a.outlet()).contains("Track Persia");
    assertThat(a.credits()).containsExactly("MEHR");
    assertThat(a.title()).isEmpty();
    assertThat(a.furniture()).startsWith(
        "Brigadier-General Esmail Qaani (Ghaani), IRGC Qods Force commander. (MEHR)",
        "About Track Persia");
    assertThat(a.text()).startsWith("Iran’s Revolutionary Guards").endsWith("is everyone’s duty”.")
        .doesNotContain("About Track Persia").doesNotContain("May 17, 2021");
  }

  @Test
  void seed004HasDateTokenBeforeDateline() throws IOException {
    Article a = read("004_cfa31f620fa8a9e8");
    assertThat(a.published()).contains(LocalDate.of(2023, 5, 13));
    assertThat(a.dateline()).contains("TEHRAN");
    assertThat(a.credits()).isEmpty();
    assertThat(a.furniture()).isEmpty();
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).startsWith("TEHRAN- According to the commander");
  }
}

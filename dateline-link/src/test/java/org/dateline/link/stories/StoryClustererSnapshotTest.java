package org.dateline.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dateline.link.stories.Fixtures.article;
import static org.dateline.link.stories.Fixtures.interleavedArrests;
import static org.dateline.link.stories.Fixtures.undated;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A clusterer written and read back continues exactly as one that never stopped. */
class StoryClustererSnapshotTest {

  /**
   * A brief absorbed by the story of its event, interleaved reports of two similar events (moves and a split), dated and undated floods and
   * quakes, a headlined report that retitles its story, and a syndicated copy.
   */
  private static List<ArticleFeatures> articles() {
    List<ArticleFeatures> articles = new ArrayList<>();
    articles.add(undated("brief", Fixtures.BRIEF));
    articles.addAll(Fixtures.briefedReports());
    articles.addAll(interleavedArrests(8));
    articles.add(article("flood-1", "2024-04-02", Fixtures.FLOOD_A, "marlowe", "brandt"));
    articles.add(article("quake-1", "2024-04-08", Fixtures.QUAKE_NORTH, "valdoria", "reiter"));
    articles.add(new ArticleFeatures("flood-2", Optional.of("Marlowe families sleep in school gym"), Fixtures.FLOOD_B,
        Optional.of("River Post"), Optional.of(LocalDate.parse("2024-04-03")), Optional.empty(), List.of("brandt"),
        List.of(LocalDate.parse("2024-04-02"))));
    articles.add(undated("flood-copy", Fixtures.FLOOD_A));
    articles.add(article("quake-2", "2024-04-11", Fixtures.QUAKE_SOUTH, "santerra"));
    articles.add(undated("quake-3", Fixtures.QUAKE_NORTH_AGAIN));
    articles.add(article("quake-4", "2024-04-12", Fixtures.QUAKE_NORTH_OTHER, "valdoria"));
    return articles;
  }

  @Test
  void continuingFromASnapshotGivesTheStoriesOfAnUninterruptedRun() {
    List<ArticleFeatures> articles = articles();
    StoryClusterer uninterrupted = new StoryClusterer();
    List<StoryAssignment> assignments = articles.stream().map(uninterrupted::add).toList();

    for (int k = 0; k <= articles.size(); k++) {
      StoryClusterer first = new StoryClusterer();
      articles.subList(0, k).forEach(first::add);
      StoryClusterer restored = restore(write(first));
      List<StoryAssignment> rest = articles.subList(k, articles.size()).stream().map(restored::add).toList();

      assertThat(restored.stories()).as("snapshot after %d articles", k).isEqualTo(uninterrupted.stories());
      assertThat(rest).as("snapshot after %d articles", k).isEqualTo(assignments.subList(k, articles.size()));
      for (ArticleFeatures article : articles) {
        assertThat(restored.storyOf(article.id())).isEqualTo(uninterrupted.storyOf(article.id()));
      }
      assertThat(restored.candidatesExamined()).isEqualTo(uninterrupted.candidatesExamined());
    }
  }

  @Test
  void theseArticlesExerciseCopiesTitlesMovesSplitsAndMerges() {
    StoryClusterer clusterer = new StoryClusterer();
    articles().forEach(clusterer::add);

    assertThat(clusterer.stories()).anySatisfy(s -> assertThat(s.mergedIds()).contains(StoryIds.of("brief")));
    assertThat(clusterer.stories()).anySatisfy(s -> assertThat(s.copies()).containsEntry("flood-copy", "flood-1"));
    assertThat(clusterer.stories()).anySatisfy(s -> assertThat(s.title()).isEqualTo("Marlowe families sleep in school gym"));
    assertThat(clusterer.stories()).filteredOn(s -> s.articleIds().stream().anyMatch(id -> id.startsWith("brandt")))
        .hasSizeGreaterThan(1); // a split or a move took Brandt reports out of the first arrest's story
  }

  @Test
  void aSnapshotHoldsNoArticleText() throws IOException {
    StoryClusterer clusterer = new StoryClusterer();
    articles().forEach(clusterer::add);

    String written = new String(write(clusterer), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written).doesNotContain("Mayor Ilsa Brandt opened the school gym");
  }

  @Test
  void reportsTheStoriesChangedSinceAMark() {
    StoryClusterer clusterer = new StoryClusterer();
    clusterer.add(article("flood-1", "2024-04-02", Fixtures.FLOOD_A, "marlowe", "brandt"));
    clusterer.add(article("quake-1", "2024-04-08", Fixtures.QUAKE_NORTH, "valdoria", "reiter"));
    long mark = clusterer.mark();

    assertThat(clusterer.storiesChangedSince(mark)).isEmpty();
    clusterer.add(article("flood-2", "2024-04-03", Fixtures.FLOOD_B, "marlowe", "brandt"));
    clusterer.add(article("fire-1", "2024-04-05", "A fire destroyed the old mill at Pelmo overnight; "
        + "nobody was hurt, the fire brigade of Santerra said after six hours of work."));

    assertThat(clusterer.storiesChangedSince(mark)).extracting(s -> s.articleIds())
        .containsExactly(List.of("flood-1", "flood-2"), List.of("fire-1"));
    assertThat(restore(write(clusterer)).storiesChangedSince(mark)).hasSize(2);
  }

  @Test
  void aTruncatedSnapshotIsRefused() {
    StoryClusterer clusterer = new StoryClusterer();
    articles().forEach(clusterer::add);
    byte[] whole = write(clusterer);

    for (int cut = 0; cut < whole.length; cut += Math.max(1, whole.length / 97)) {
      byte[] truncated = Arrays.copyOf(whole, cut);
      assertThatThrownBy(() -> StoryClusterer.readFrom(input(truncated), ClusteringConfig.standard()))
          .as("cut at %d of %d bytes", cut, whole.length).isInstanceOf(IOException.class);
    }
  }

  @Test
  void aDamagedGzippedSnapshotIsRefused() throws IOException {
    StoryClusterer clusterer = new StoryClusterer();
    articles().forEach(clusterer::add);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      clusterer.writeTo(out);
    }
    byte[] damaged = bytes.toByteArray();
    damaged[damaged.length / 2] ^= 0x10;

    assertThatThrownBy(() -> {
      try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(damaged)))) {
        StoryClusterer.readFrom(in, ClusteringConfig.standard());
        in.readAllBytes(); // reaching the end checks the gzip checksum, as Dateline does
      }
    }).isInstanceOf(IOException.class);
  }

  @Test
  void aSnapshotMadeWithAnotherConfigurationIsRefused() {
    StoryClusterer clusterer = new StoryClusterer();
    articles().forEach(clusterer::add);
    ClusteringConfig s = ClusteringConfig.standard();
    ClusteringConfig other = new ClusteringConfig(s.textWeight(), s.actorWeight(), s.specificWeight(),
        s.joinThreshold() + 0.01, s.dateScaleDays(), s.textDateGraceDays(), s.sameDaysBonus(), s.lookupTerms(),
        s.lookupActors(), s.storiesPerKey(), s.scoredCandidates(), s.movableReports(), s.rivals(), s.moveMargin(),
        s.movesPerArticle(), s.splitMinReports(), s.splitMargin());

    assertThatThrownBy(() -> StoryClusterer.readFrom(input(write(clusterer)), other))
        .isInstanceOf(IOException.class).hasMessageContaining("other settings");
  }

  @Test
  void bytesThatAreNoSnapshotAreRefused() {
    byte[] noise = "{\"version\": 3, \"stories\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> StoryClusterer.readFrom(input(noise), ClusteringConfig.standard()))
        .isInstanceOf(IOException.class).hasMessageContaining("not a story clusterer snapshot");
  }

  private static byte[] write(StoryClusterer clusterer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      clusterer.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static StoryClusterer restore(byte[] snapshot) {
    try {
      return StoryClusterer.readFrom(input(snapshot), ClusteringConfig.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DataInputStream input(byte[] bytes) {
    InputStream in = new ByteArrayInputStream(bytes);
    return new DataInputStream(in);
  }
}

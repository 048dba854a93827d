package org.dateline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

  private final Vocabulary vocabulary = Vocabulary.bundled();

  @Test
  void matchesIgnoringCaseSpacesBulletsAndTrailingPunctuation() {
    assertThat(vocabulary.isFurniture("  back   to TOP button ")).isTrue();
    assertThat(vocabulary.isFurniture("Share this:")).isTrue();
    assertThat(vocabulary.isFurniture("» Subscribe now »")).isTrue();
  }

  @Test
  void wildcardMatchesWholeWordsOnly() {
    assertThat(vocabulary.isFurniture("Share on Facebook")).isTrue();
    assertThat(vocabulary.isFurniture("Share one idea with the council")).isFalse();
  }

  @Test
  void wildcardNeverMatchesAWholeParagraph() {
    String paragraph = "Follow us on the long road, the mayor told the crowd, because the city "
        + "will only recover if every district takes part in the plan that the council approved "
        + "last week after months of debate and a public consultation that drew thousands.";
    assertThat(vocabulary.isFurniture(paragraph)).isFalse();
    assertThat(vocabulary.isFurniture("Follow us on Mastodon")).isTrue();
  }

  @Test
  void doesNotTakeOrdinarySentencesForFurniture() {
    assertThat(vocabulary.isFurniture("The advertisement ran for a week.")).isFalse();
    assertThat(vocabulary.isFurniture("Back to the drawing board, the minister said.")).isFalse();
  }

  @Test
  void addsEntriesFromSameNamedFilesInAUserDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(Vocabulary.FURNITURE), "# ours\nJump to comments\n");
    Files.writeString(dir.resolve(Vocabulary.BYLINE_SUFFIXES), "Wire Service\n");
    Vocabulary extended = vocabulary.extendedFrom(dir);
    assertThat(extended.isFurniture("Jump to comments")).isTrue();
    assertThat(extended.isFurniture("Back to top button")).isTrue();
    assertThat(vocabulary.isFurniture("Jump to comments")).isFalse();
    assertThat(new Bylines(extended).outletOf("Ember Bay Wire Service")).contains("Ember Bay");
  }
}

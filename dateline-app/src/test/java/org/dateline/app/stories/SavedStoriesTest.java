package org.dateline.app.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedStoriesTest {

  @TempDir Path dir;

  private static final List<Story> STORIES = List.of(
      new Story("s-1", "Dam talks resume", List.of("a", "b", "c"), Map.of("c", "a"),
          Optional.of(LocalDate.of(2025, 3, 6)), Optional.of(LocalDate.of(2025, 3, 7)),
          List.of("Northern Ledger", "Coastal Echo"), List.of("s-9")),
      new Story("s-2", "Floods in Porto", List.of("d"), Map.of(), Optional.empty(), Optional.empty(), List.of(), List.of()));

  @Test
  void storiesSavedAtAVersionComeBackWhileTheStoreIsAtThatVersion() {
    SavedStories.write(dir, 41, STORIES);

    assertThat(SavedStories.read(dir, 41)).contains(STORIES);
    assertThat(SavedStories.read(dir, 42)).isEmpty(); // the store changed since
  }

  @Test
  void aMissingOrDamagedFileMeansClusteringAgain() throws IOException {
    assertThat(SavedStories.read(dir, 1)).isEmpty();
    Files.writeString(dir.resolve(SavedStories.FILE_NAME), "{\"version\": 1, \"stories\": [{\"id\"");
    assertThat(SavedStories.read(dir, 1)).isEmpty();
  }
}

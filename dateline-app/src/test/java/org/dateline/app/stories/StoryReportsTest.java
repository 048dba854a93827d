package org.dateline.app.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;

/** A story is found by its id, and by the id of a story merged into it. */
class StoryReportsTest {

  private final List<Story> stories = List.of(
      new Story("s-flood", "Floods in Marlowe", List.of("brief", "a1", "a2"), Map.of(),
          Optional.empty(), Optional.empty(), List.of(), List.of("s-brief")),
      new Story("s-quake", "Quake in Valdoria", List.of("q1"), Map.of(),
          Optional.empty(), Optional.empty(), List.of(), List.of()));

  @Test
  void findsAStoryByItsOwnId() {
    assertThat(StoryReports.find(stories, "s-quake")).map(Story::title).contains("Quake in Valdoria");
  }

  @Test
  void anIdOfAMergedStoryLeadsToTheStoryThatTookIt() {
    assertThat(StoryReports.find(stories, "s-brief")).map(Story::id).contains("s-flood");
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertThat(StoryReports.find(stories, "s-none")).isEmpty();
  }
}

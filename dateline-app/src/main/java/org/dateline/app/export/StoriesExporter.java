package org.dateline.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.events.StoryEvent;
import org.dateline.app.events.StoryEvents;
import org.dateline.app.framing.FramingTable;
import org.dateline.app.stories.StoryReports;
import org.dateline.model.Story;
import org.dateline.store.Store;

/**
 * Writes stories as {@code stories.jsonl}, one {@link StoryJson} line per story with the ids of
 * its merged events, and their framing comparison as {@code framing.jsonl} ({@link FramingJson}).
 */
public final class StoriesExporter {

  public static final String FILE_NAME = "stories.jsonl";
  public static final String FRAMING_FILE_NAME = "framing.jsonl";

  /** What was written. */
  public record Counts(long stories, long framingLines) {}

  /** Writes {@code stories.jsonl} alone into {@code dir}; returns the number of stories. */
  public long export(List<Story> stories, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (JsonlWriter out = new JsonlWriter(dir.resolve(FILE_NAME))) {
      stories.forEach(story -> out.write(StoryJson.of(story)));
      return out.lines();
    }
  }

  /** Writes {@code stories.jsonl}, with each story's events, and {@code framing.jsonl} into {@code dir}. */
  public Counts export(List<Story> stories, List<StoryEvent> events, Store store, CorpusActors actors, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    Map<String, List<String>> eventIds = StoryEvents.idsByStory(events);
    try (JsonlWriter storiesOut = new JsonlWriter(dir.resolve(FILE_NAME));
        JsonlWriter framingOut = new JsonlWriter(dir.resolve(FRAMING_FILE_NAME))) {
      for (Story story : stories) {
        storiesOut.write(StoryJson.of(story, eventIds.getOrDefault(story.id(), List.of())));
        FramingTable table = FramingTable.of(StoryReports.of(store, story), actors);
        FramingJson.of(story.id(), table, actors).forEach(framingOut::write);
      }
      return new Counts(storiesOut.lines(), framingOut.lines());
    }
  }
}

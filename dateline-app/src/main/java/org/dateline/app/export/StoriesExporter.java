package org.dateline.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Story;

/** Writes stories as {@code stories.jsonl}, one {@link StoryJson} line per story. */
public final class StoriesExporter {

  public static final String FILE_NAME = "stories.jsonl";

  /** Writes {@code stories.jsonl} into {@code dir}; returns the number of stories. */
  public long export(List<Story> stories, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (JsonlWriter out = new JsonlWriter(dir.resolve(FILE_NAME))) {
      stories.forEach(story -> out.write(StoryJson.of(story)));
      return out.lines();
    }
  }
}

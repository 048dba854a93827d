package org.dateline.app.export;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.app.actors.ActorSummary;
import org.dateline.app.actors.CorpusActors;

/** Writes {@code entities.jsonl}: every actor with mentions, most mentioned first. */
public final class EntitiesExporter {

  /** Exports into {@code dir} and returns how many actors were written. */
  public long export(CorpusActors actors, Path dir) throws IOException {
    try (JsonlWriter writer = new JsonlWriter(dir.resolve("entities.jsonl"))) {
      for (ActorSummary summary : actors.summaries()) {
        writer.write(ActorJson.of(summary));
      }
      return writer.lines();
    }
  }
}

package org.dateline.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.events.StoryEvent;
import org.dateline.model.Event;
import org.dateline.nlp.events.CameoCodebook;

/** Writes events as {@code events.jsonl}, or as a GDELT 2.0 event table. */
public final class EventsExporter {

  public static final String FILE_NAME = "events.jsonl";
  public static final String GDELT_FILE_NAME = "events.gdelt.tsv";

  private final CameoCodebook codebook;

  public EventsExporter(CameoCodebook codebook) {
    this.codebook = codebook;
  }

  /** Writes {@code events.jsonl} into {@code dir}; returns the number of events. */
  public long exportJsonl(List<StoryEvent> events, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (JsonlWriter out = new JsonlWriter(dir.resolve(FILE_NAME))) {
      for (StoryEvent event : events) {
        out.write(EventJson.of(event, codebook.find(event.event().code())));
      }
      return out.lines();
    }
  }

  /** Writes the GDELT-style table into {@code dir}; returns the number of rows. */
  public long exportGdelt(List<StoryEvent> events, CorpusActors actors, Path dir, Instant now)
      throws IOException {
    Files.createDirectories(dir);
    try (GdeltEventWriter out = new GdeltEventWriter(dir.resolve(GDELT_FILE_NAME), true, now)) {
      for (StoryEvent merged : events) {
        Event e = merged.event();
        codebook.find(e.code()).ifPresent(code -> out.write(GdeltRow.of(e, code, merged.first().article(),
            actors.actor(e.actor1().actorId()), e.actor2().flatMap(p -> actors.actor(p.actorId())),
            e.location().flatMap(actors::actor))
            .withCounts(merged.sources().size(), (int) merged.outlets(), (int) merged.articles())));
      }
      return out.rows();
    }
  }
}

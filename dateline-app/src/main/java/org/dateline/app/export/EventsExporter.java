package org.dateline.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.events.ReportedEvent;
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
  public long exportJsonl(List<ReportedEvent> events, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (JsonlWriter out = new JsonlWriter(dir.resolve(FILE_NAME))) {
      for (ReportedEvent event : events) {
        out.write(EventJson.of(event, codebook.find(event.event().code())));
      }
      return out.lines();
    }
  }

  /** Writes the GDELT-style table into {@code dir}; returns the number of rows. */
  public long exportGdelt(List<ReportedEvent> events, CorpusActors actors, Path dir, Instant now)
      throws IOException {
    Files.createDirectories(dir);
    try (GdeltEventWriter out = new GdeltEventWriter(dir.resolve(GDELT_FILE_NAME), true, now)) {
      for (ReportedEvent reported : events) {
        Event e = reported.event();
        codebook.find(e.code()).ifPresent(code -> out.write(GdeltRow.of(e, code, reported.article(),
            actors.actor(e.actor1().actorId()), e.actor2().flatMap(p -> actors.actor(p.actorId())),
            e.location().flatMap(actors::actor))));
      }
      return out.rows();
    }
  }
}

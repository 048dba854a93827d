package org.dateline.app.commands;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.events.EventFilter;
import org.dateline.app.events.ReportedEvent;
import org.dateline.app.events.StoryEvent;
import org.dateline.app.events.StoryEvents;
import org.dateline.app.stories.CorpusStories;
import org.dateline.app.export.EventJson;
import org.dateline.app.export.JsonlWriter;
import org.dateline.model.CameoCode;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.Participant;
import org.dateline.nlp.events.CameoCodebook;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline events}: who did what to whom, each with the sentence and outlet that say so. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {"Lists coded events (CAMEO) with the sentence and outlet of every source.",
        "Reports of the same event in the articles of one story are one event with several sources."})
final class EventsCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--actor", paramLabel = "ACTOR", description = "Events with this actor on either side: an id or part of a name.")
  String actor;

  @Option(names = "--code", paramLabel = "CODE", description = "A CAMEO code or root: 04 matches 040 to 0449.")
  String code;

  @Option(names = "--from", paramLabel = "DAY", description = "Events on or after this day (yyyy-mm-dd).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DAY", description = "Events on or before this day (yyyy-mm-dd).")
  LocalDate to;

  @Option(names = "--outlet", paramLabel = "OUTLET", description = "Events reported by this outlet.")
  String outlet;

  @Option(names = "--json", description = "One JSON object per line, as events.jsonl.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CameoCodebook codebook = CameoCodebook.bundled();
    EventFilter filter = new EventFilter(Optional.ofNullable(actor), Optional.ofNullable(code),
        Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(outlet));
    List<StoryEvent> events;
    CorpusActors actors;
    try (Store opened = store.openForReading()) {
      actors = CorpusActors.of(opened);
      events = StoryEvents.read(opened, actors, CorpusStories.of(opened), filter);
    }
    for (StoryEvent merged : events) {
      Optional<CameoCode> cameo = codebook.find(merged.event().code());
      if (json) {
        out.println(JsonlWriter.line(EventJson.of(merged, cameo)));
      } else {
        print(out, merged, cameo, actors);
      }
    }
    if (!json) {
      out.println(events.size() + " events");
    }
    out.flush();
    return 0;
  }

  /** Prints an event and, under it, every source: its article, outlet and sentence. */
  static void print(PrintWriter out, StoryEvent merged, Optional<CameoCode> cameo, CorpusActors actors) {
    Event e = merged.event();
    String mode = e.mode() == EventMode.ASSERTED ? "" : " (" + e.mode().name().toLowerCase() + ")";
    String sources = merged.sources().size() == 1 ? "" : "  [" + merged.sources().size() + " sources, "
        + merged.outlets() + (merged.outlets() == 1 ? " outlet" : " outlets")
        + (merged.copies().isEmpty() ? "" : ", " + merged.copies().size() + " copied") + "]";
    out.printf("%-10s %-5s %s%s%s%n", e.date().orElse("undated"), e.code(),
        cameo.map(CameoCode::name).orElse("?"), mode, sources);
    out.printf("           %s -> %s%s%n", name(e.actor1(), actors),
        e.actor2().map(p -> name(p, actors)).orElse("-"),
        e.location().map(l -> "  in " + actors.actor(l).map(a -> a.name()).orElse(l)).orElse(""));
    Set<String> shown = new HashSet<>();
    for (ReportedEvent source : merged.sources()) {
      if (!shown.add(source.article().id() + " " + source.event().sentence())) {
        continue; // two reports in one sentence ("X spoke with Y after Y said he had spoken with X")
      }
      String copy = Optional.ofNullable(merged.copies().get(source.article().id())).map(o -> " | copy of " + o).orElse("");
      out.printf("           [%s | %s%s] %s%n", source.article().id(), source.article().outlet().orElse("-"),
          copy, source.sentence());
    }
  }

  private static String name(Participant p, CorpusActors actors) {
    return actors.actor(p.actorId()).map(a -> a.name()).orElse(p.name()) + " (" + p.actorId() + ")";
  }
}

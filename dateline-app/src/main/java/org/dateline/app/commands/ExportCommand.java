package org.dateline.app.commands;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.events.StoryEvent;
import org.dateline.app.events.StoryEvents;
import org.dateline.app.export.ArticlesExporter;
import org.dateline.app.export.EntitiesExporter;
import org.dateline.app.export.EventsExporter;
import org.dateline.app.export.StoriesExporter;
import org.dateline.app.stories.CorpusStories;
import org.dateline.model.Story;
import org.dateline.nlp.events.CameoCodebook;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline export --out DIR}: writes the store as JSON lines files. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the store's contents as JSON lines files into a directory.",
      "  articles.jsonl  id, source, url, outlet, byline, title, published, credits, text,",
      "                  dateline, furniture, published_inferred, dated_from",
      "  entities.jsonl  id, name, type, aliases, roles, articles, mentions, country, affiliation",
      "  dates.jsonl     article, text, type, value, start, end",
      "  quotes.jsonl    article, text, start, end, speaker, speaker_name, direct",
      "  figures.jsonl   article, value, what, text, approx, start, end",
      "  events.jsonl    id, code, label, plover, goldstein, actor1, actor2, date, location,",
      "                  confidence, sources: [{article, outlet, start, end, sentence}], story",
      "                  (reports of one event in a story's articles are one line, a source each)",
      "  stories.jsonl   id, title, articles, events, copies, first, last, outlets, merged",
      "  framing.jsonl   story, kind (actor, loaded, scare_quotes, only_in), actor, by_outlet:",
      "                  {outlet: [terms]}; for only_in {outlet: {quotes, figures, events}}",
      "Offsets index the article's exported text.",
      "With --format gdelt, writes events.gdelt.tsv instead: the events in the columns of",
      "GDELT 2.0's event table (with a header row), fields Dateline does not know left empty."
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
  Path out;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "jsonl (default: every file above) or gdelt (the GDELT 2.0 event table).")
  ExportFormat format;

  /** What to write. */
  enum ExportFormat { jsonl, gdelt }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Store opened = store.openForReading()) {
      CorpusActors actors = CorpusActors.of(opened);
      List<Story> stories = CorpusStories.of(opened);
      List<StoryEvent> events = StoryEvents.read(opened, actors, stories, e -> true);
      EventsExporter exporter = new EventsExporter(CameoCodebook.bundled());
      if (format == ExportFormat.gdelt) {
        long rows = exporter.exportGdelt(events, actors, out, Instant.now());
        spec.commandLine().getOut().printf("Wrote %d events to %s%n", rows, out.resolve(EventsExporter.GDELT_FILE_NAME));
      } else {
        ArticlesExporter.Counts counts = new ArticlesExporter().export(opened, out, actors);
        long entities = new EntitiesExporter().export(actors, out);
        long written = exporter.exportJsonl(events, out);
        StoriesExporter.Counts storyCounts = new StoriesExporter().export(stories, events, opened, actors, out);
        spec.commandLine().getOut().printf(
            "Wrote %d articles, %d entities, %d dates, %d quotes, %d figures, %d events, %d stories"
                + " (%d framing lines) to %s%n",
            counts.articles(), entities, counts.dates(), counts.quotes(), counts.figures(), written,
            storyCounts.stories(), storyCounts.framingLines(), out);
      }
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}

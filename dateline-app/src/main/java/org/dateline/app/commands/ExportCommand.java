package org.dateline.app.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.export.ArticlesExporter;
import org.dateline.app.export.EntitiesExporter;
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
      "                  dateline, furniture, published_inferred",
      "  entities.jsonl  id, name, type, aliases, roles, articles, mentions, country, affiliation",
      "  dates.jsonl     article, text, type, value, start, end",
      "  quotes.jsonl    article, text, start, end, speaker, speaker_name, direct",
      "  figures.jsonl   article, value, what, text, approx, start, end",
      "Offsets index the article's exported text."
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ArticlesExporter.Counts counts;
    long entities;
    try (Store opened = store.openForReading()) {
      CorpusActors actors = CorpusActors.of(opened);
      counts = new ArticlesExporter().export(opened, out, actors);
      entities = new EntitiesExporter().export(actors, out);
    }
    spec.commandLine().getOut().printf(
        "Wrote %d articles, %d entities, %d dates, %d quotes, %d figures to %s%n",
        counts.articles(), entities, counts.dates(), counts.quotes(), counts.figures(), out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}

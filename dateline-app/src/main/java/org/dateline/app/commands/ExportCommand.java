package org.dateline.app.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.app.export.ArticlesExporter;
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
      "                  dateline, furniture"
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long articles;
    try (Store opened = store.openForReading()) {
      articles = new ArticlesExporter().export(opened, out);
    }
    spec.commandLine().getOut().printf("Wrote %d articles to %s%n", articles,
        out.resolve(ArticlesExporter.FILE_NAME));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

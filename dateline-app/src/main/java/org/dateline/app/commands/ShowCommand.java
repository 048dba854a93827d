package org.dateline.app.commands;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.model.Article;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dateline show ID}: one article's metadata and clean text. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows one article: its metadata, then its clean text.")
final class ShowCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "The article id (see 'dateline articles').")
  String id;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Optional<Article> found;
    try (Store opened = store.openForReading()) {
      found = opened.get(id);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("dateline: no article with id '" + id + "' in " + store.dir);
      return 1;
    }
    Article article = found.get();
    PrintWriter out = spec.commandLine().getOut();
    field(out, "id", article.id());
    field(out, "title", article.title().orElse("-"));
    field(out, "outlet", article.outlet().orElse("-"));
    field(out, "byline", article.byline().orElse("-"));
    field(out, "published", article.published().map(Object::toString).orElse("-"));
    field(out, "dateline", article.dateline().orElse("-"));
    field(out, "credits", article.credits().isEmpty() ? "-" : String.join(", ", article.credits()));
    field(out, "url", article.url().orElse("-"));
    field(out, "source", article.source());
    for (String removed : article.furniture()) {
      field(out, "removed", removed.replaceAll("\\s+", " "));
    }
    out.println();
    out.println(article.text());
    out.flush();
    return 0;
  }

  private static void field(PrintWriter out, String name, String value) {
    out.printf("%-10s %s%n", name + ":", value);
  }
}

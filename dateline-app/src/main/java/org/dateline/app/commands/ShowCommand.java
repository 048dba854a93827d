package org.dateline.app.commands;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.app.terminal.AnalysisNumbers;
import org.dateline.app.terminal.MarkedText;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Figure;
import org.dateline.model.Quote;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dateline show ID}: one article's metadata and clean text. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows one article: its metadata, then its clean text with actor mentions marked",
      "[name|actor-id] and time expressions {text|value}, then its quotes and figures."
    })
final class ShowCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "The article id (see 'dateline articles').")
  String id;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Optional<Article> found;
    Optional<Analysis> analysis;
    try (Store opened = store.openForReading()) {
      found = opened.get(id);
      analysis = opened.analysis(id);
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
    analysis.flatMap(Analysis::publishedInferred).ifPresent(window -> field(out, "inferred",
        window.earliest() + " to " + window.latest() + " (" + window.why() + ")"));
    out.println();
    out.println(analysis.map(read -> MarkedText.render(article.text(), read)).orElse(article.text()));
    analysis.ifPresent(read -> printQuotesAndFigures(out, read));
    out.flush();
    return 0;
  }

  private static void printQuotesAndFigures(PrintWriter out, Analysis analysis) {
    if (!analysis.quotes().isEmpty()) {
      out.println();
      out.println("Quotes:");
      for (Quote quote : analysis.quotes()) {
        String speaker = quote.speakerName().orElse(quote.speakerId().orElse("unknown speaker"));
        String words = quote.text().replaceAll("\\s+", " ");
        out.println(quote.direct()
            ? "  " + speaker + ": “" + words + "”"
            : "  " + speaker + " (reported): " + words);
      }
    }
    if (!analysis.figures().isEmpty()) {
      out.println();
      out.println("Figures:");
      for (Figure figure : analysis.figures()) {
        out.printf("  %s%s  %s  (\"%s\")%n", figure.approx() ? "~" : "",
            AnalysisNumbers.format(figure.value()), figure.what(), figure.text().replaceAll("\\s+", " "));
      }
    }
  }

  private static void field(PrintWriter out, String name, String value) {
    out.printf("%-10s %s%n", name + ":", value);
  }
}

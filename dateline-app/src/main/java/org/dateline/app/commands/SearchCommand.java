package org.dateline.app.commands;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.app.terminal.Highlight;
import org.dateline.model.Article;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResults;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline search QUERY}: ranked full-text search with highlighted snippets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches titles and texts; best matches first, with the matching passages.",
      "Query syntax: words, \"exact phrases\", AND/OR/NOT, title:word, outlet:name."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
  String[] query;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet.")
  Optional<String> outlet;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  Optional<LocalDate> from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  Optional<LocalDate> to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Most hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    SearchQuery search = new SearchQuery(String.join(" ", query), outlet, from, to, limit);
    SearchResults results;
    try (Store opened = store.openForReading()) {
      results = opened.search(search);
    }
    PrintWriter out = spec.commandLine().getOut();
    Highlight highlight = new Highlight(Highlight.terminalSupportsAnsi());
    int rank = 0;
    for (SearchResults.Hit hit : results.hits()) {
      Article article = hit.article();
      out.printf("%d. %s  [%s | %s]  %s%n", ++rank, article.id(),
          article.outlet().orElse("-"), article.published().map(Object::toString).orElse("undated"),
          highlight.render(article.title().orElse("")));
      for (String snippet : hit.snippets()) {
        out.println("   … " + highlight.render(snippet) + " …");
      }
    }
    out.printf("%d of %d matching articles%n", results.hits().size(), results.total());
    out.flush();
    return 0;
  }
}

package org.dateline.app.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.demo.SampleArticles;
import org.dateline.app.run.IngestProgress;
import org.dateline.app.run.IngestRun;
import org.dateline.app.run.IngestSummary;
import org.dateline.app.stories.CorpusStories;
import org.dateline.app.terminal.TextTable;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.dateline.model.Story;
import org.dateline.nlp.Annotator;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResults;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline demo}: the whole job on the built-in sample articles, with a summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole job on the built-in sample articles and summarizes what was found.",
      "The samples are fictional news in text, HTML, RSS and JSONL; they are copied into",
      "the demo directory next to its store so you can look at them."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "dateline-demo",
      description = "Store directory for the demo (default: ${DEFAULT-VALUE}).")
  Path storeDir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path samples = Files.createDirectories(storeDir.resolve("samples"));
    List<Path> files = new SampleArticles().copyTo(samples);
    out.println("Reading " + files.size() + " sample files from " + samples);
    try (Store store = Store.open(storeDir.resolve("index"))) {
      IngestSummary summary = new IngestRun(store, IngestOptions.defaults(), 1000,
          IngestProgress.SILENT, Optional.of(Annotator.shared()),
          Runtime.getRuntime().availableProcessors()).run(files);
      out.println("Ingested " + summary.describe());
      List<Article> articles = new ArrayList<>();
      store.forEach(articles::add);
      out.println();
      out.print(table(articles).render());
      out.println();
      summarize(out, articles);
      summarizeAnalysis(out, store);
      showSearch(out, store, "relief corridor");
      Optional<Story> largest = showStories(out, store);
      out.println();
      out.println("Explore it yourself:");
      out.println("  ./dateline articles --store " + storeDir.resolve("index"));
      out.println("  ./dateline search --store " + storeDir.resolve("index") + " strike");
      out.println("  ./dateline events --store " + storeDir.resolve("index"));
      out.println("  ./dateline stories --store " + storeDir.resolve("index"));
      largest.ifPresent(story -> {
        out.println("  ./dateline story --store " + storeDir.resolve("index") + " " + story.id());
        out.println("  ./dateline compare --store " + storeDir.resolve("index") + " " + story.id());
      });
      out.flush();
      return summary.failures().isEmpty() ? 0 : 1;
    }
  }

  private static TextTable table(List<Article> articles) {
    TextTable table = new TextTable(List.of("ID", "PUBLISHED", "OUTLET", "BYLINE", "TITLE"),
        34, 10, 20, 22, 48);
    for (Article a : articles) {
      table.add(List.of(a.id(), a.published().map(Object::toString).orElse("-"),
          a.outlet().orElse("-"), a.byline().orElse("-"), a.title().orElse("-")));
    }
    return table;
  }

  private static void summarize(PrintWriter out, List<Article> articles) {
    TreeSet<String> outlets = new TreeSet<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    int furniture = 0;
    for (Article a : articles) {
      a.outlet().ifPresent(outlets::add);
      a.published().ifPresent(dates::add);
      furniture += a.furniture().size();
    }
    out.printf("Found %d articles from %d outlets (%s), published %s to %s;%n",
        articles.size(), outlets.size(), String.join(", ", outlets),
        dates.isEmpty() ? "-" : dates.first(), dates.isEmpty() ? "-" : dates.last());
    out.printf("%d pieces of site furniture (bylines, credits, captions, footers) set aside.%n",
        furniture);
  }

  private static void summarizeAnalysis(PrintWriter out, Store store) throws Exception {
    CorpusActors actors = CorpusActors.of(store);
    int[] counts = new int[4];
    List<String> quotes = new ArrayList<>();
    store.forEachAnalysis((article, analysis) -> {
      counts[0] += analysis.times().size();
      counts[1] += analysis.quotes().size();
      counts[2] += analysis.figures().size();
      counts[3] += analysis.events().size();
      analysis.quotes().stream().filter(q -> q.direct() && q.speakerId().isPresent()).findFirst()
          .ifPresent(q -> quotes.add(actors.actor(actors.canonical(article.id(), q.speakerId().get()))
              .map(a -> a.name()).orElse(q.speakerName().orElse("?")) + ": “" + q.text() + "” ("
              + article.outlet().orElse(article.id()) + ")"));
    });
    List<String> top = actors.summaries().stream().limit(6)
        .map(s -> s.actor().name() + " (" + s.mentions() + ")").toList();
    out.printf("%d actors, %d time expressions, %d quotes, %d figures, %d events; most named: %s%n",
        actors.summaries().size(), counts[0], counts[1], counts[2], counts[3], String.join(", ", top));
    quotes.stream().limit(3).forEach(q -> out.println("  " + q));
  }

  /** Prints the stories told by more than one article; returns the largest. */
  private static Optional<Story> showStories(PrintWriter out, Store store) throws Exception {
    List<Story> stories = CorpusStories.of(store);
    List<Story> shared = stories.stream().filter(s -> s.articleIds().size() > 1)
        .sorted(Comparator.comparingInt((Story s) -> s.articleIds().size()).reversed()).toList();
    out.printf("%n%d stories, %d told by more than one article:%n", stories.size(), shared.size());
    for (Story story : shared) {
      out.printf("  %s  %s (%d articles: %s)%n", story.id(), story.title(), story.articleIds().size(),
          String.join(", ", story.outlets()));
    }
    return shared.stream().findFirst();
  }

  private static void showSearch(PrintWriter out, Store store, String query) throws Exception {
    SearchResults results = store.search(SearchQuery.of(query));
    out.printf("%nSearch \"%s\": %d articles%n", query, results.total());
    for (SearchResults.Hit hit : results.hits()) {
      String snippet = hit.snippets().isEmpty() ? "" : hit.snippets().get(0);
      out.printf("  %s: … %s …%n", hit.article().id(), snippet);
    }
  }
}

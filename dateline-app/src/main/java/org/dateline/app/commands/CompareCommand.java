package org.dateline.app.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.framing.FramingTable;
import org.dateline.model.Actor;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dateline compare}: how each outlet words the same story, side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Shows, for each actor of the given articles, the words each outlet uses for it; each",
      "outlet's scare quotes; and the quotes, figures and events only one outlet includes.",
      "Dateline reports wording; it passes no verdict."
    })
final class CompareCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Ids of the articles to compare.")
  List<String> articles;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    FramingTable table;
    CorpusActors actors;
    try (Store opened = store.openForReading()) {
      actors = CorpusActors.of(opened);
      List<FramingTable.Report> reports = new ArrayList<>();
      for (String id : articles) {
        var article = opened.get(id);
        var analysis = opened.analysis(id);
        if (article.isEmpty() || analysis.isEmpty()) {
          spec.commandLine().getErr().println("no analysed article " + id);
          return 1;
        }
        reports.add(new FramingTable.Report(article.get(), analysis.get()));
      }
      table = FramingTable.of(reports, actors);
    }
    for (var actor : table.byActor().entrySet()) {
      out.println(actors.actor(actor.getKey()).map(Actor::name).orElse(actor.getKey()) + " (" + actor.getKey() + ")");
      printByOutlet(out, actor.getValue());
    }
    if (!table.scareQuotes().isEmpty()) {
      out.println("In scare quotes");
      printByOutlet(out, table.scareQuotes());
    }
    if (!table.loaded().isEmpty()) {
      out.println("Loaded words (from the loaded-language list)");
      printByOutlet(out, table.loaded());
    }
    for (var only : table.onlyIn().entrySet()) {
      FramingTable.OnlyIn items = only.getValue();
      if (items.quotes().isEmpty() && items.figures().isEmpty() && items.events().isEmpty()) {
        continue;
      }
      out.println("Only in " + only.getKey());
      items.quotes().forEach(q -> out.println("  quote   " + q));
      items.figures().forEach(f -> out.println("  figure  " + f));
      items.events().forEach(e -> out.println("  event   " + e));
    }
    out.flush();
    return 0;
  }

  private static void printByOutlet(PrintWriter out, Map<String, Set<String>> byOutlet) {
    int width = byOutlet.keySet().stream().mapToInt(String::length).max().orElse(0);
    byOutlet.forEach((outlet, terms) ->
        out.printf("  %-" + width + "s  %s%n", outlet, String.join(" · ", terms)));
  }
}

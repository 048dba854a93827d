package org.dateline.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.framing.FramingTable;
import org.dateline.app.stories.CorpusStories;
import org.dateline.app.stories.StoryReports;
import org.dateline.model.Actor;
import org.dateline.model.Story;
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
      "Shows, for each actor of a story (or of the given articles), the words each outlet uses",
      "for it; each outlet's loaded words and scare quotes; and the quotes, figures and events",
      "only one outlet includes. The same rules apply to every outlet and every actor:",
      "Dateline reports wording; it passes no verdict."
    })
final class CompareCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "STORY|ARTICLE",
      description = "A story id (see `dateline stories`), or the ids of the articles to compare.")
  List<String> ids;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    FramingTable table;
    CorpusActors actors;
    try (Store opened = store.openForReading()) {
      actors = CorpusActors.of(opened);
      Optional<List<FramingTable.Report>> reports = reports(opened, out);
      if (reports.isEmpty()) {
        return 1;
      }
      table = FramingTable.of(reports.get(), actors);
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

  /** The reports of the story named, else of the articles named; empty (and said) if one is unknown. */
  private Optional<List<FramingTable.Report>> reports(Store opened, PrintWriter out) throws IOException {
    if (ids.size() == 1 && opened.get(ids.get(0)).isEmpty()) {
      Optional<Story> story = StoryReports.find(CorpusStories.of(opened), ids.get(0));
      if (story.isPresent()) {
        out.println(story.get().title() + "  (" + story.get().id() + ", " + story.get().articleIds().size()
            + " articles: " + String.join(", ", story.get().outlets()) + ")");
        out.println();
        return Optional.of(StoryReports.of(opened, story.get()));
      }
    }
    List<FramingTable.Report> reports = new ArrayList<>();
    for (String id : ids) {
      var article = opened.get(id);
      var analysis = opened.analysis(id);
      if (article.isEmpty() || analysis.isEmpty()) {
        spec.commandLine().getErr().println("no story and no analysed article " + id);
        return Optional.empty();
      }
      reports.add(new FramingTable.Report(article.get(), analysis.get()));
    }
    return Optional.of(reports);
  }

  private static void printByOutlet(PrintWriter out, Map<String, Set<String>> byOutlet) {
    int width = byOutlet.keySet().stream().mapToInt(String::length).max().orElse(0);
    byOutlet.forEach((outlet, terms) ->
        out.printf("  %-" + width + "s  %s%n", outlet, String.join(" · ", terms)));
  }
}

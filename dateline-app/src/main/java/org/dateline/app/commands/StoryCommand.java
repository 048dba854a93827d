package org.dateline.app.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.events.CorpusEvents;
import org.dateline.app.events.ReportedEvent;
import org.dateline.app.events.StoryEvent;
import org.dateline.app.events.StoryEvents;
import org.dateline.app.framing.FramingTable;
import org.dateline.app.stories.CorpusStories;
import org.dateline.app.stories.StoryReports;
import org.dateline.app.terminal.QuoteText;
import org.dateline.model.Article;
import org.dateline.model.Figure;
import org.dateline.model.Quote;
import org.dateline.model.Story;
import org.dateline.nlp.events.CameoCodebook;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dateline story ID}: one story, its articles, its events with every source, its quotes and figures. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = {
      "Shows one story: its articles (with outlet and date, and the copies of another article),",
      "its events merged across articles with every source, and who said what and which figures",
      "were reported, each with the article and outlet."
    })
final class StoryCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(paramLabel = "STORY", description = "A story id, as `dateline stories` lists them.")
  String id;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store opened = store.openForReading()) {
      List<Story> stories = CorpusStories.of(opened);
      Optional<Story> found = StoryReports.find(stories, id);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("no story " + id + " (see `dateline stories`)");
        return 1;
      }
      Story story = found.get();
      CorpusActors actors = CorpusActors.of(opened);
      List<FramingTable.Report> reports = StoryReports.of(opened, story);
      List<ReportedEvent> reported = new ArrayList<>();
      reports.forEach(r -> reported.addAll(CorpusEvents.of(r.article(), r.analysis(), actors)));
      List<StoryEvent> events = StoryEvents.of(story, reported);
      printHeader(out, story);
      printArticles(out, story, reports);
      out.println();
      out.println("Events (" + events.size() + ")");
      CameoCodebook codebook = CameoCodebook.bundled();
      events.forEach(e -> EventsCommand.print(out, e, codebook.find(e.event().code()), actors));
      out.println();
      printQuotes(out, reports, actors);
      printFigures(out, reports);
    }
    out.flush();
    return 0;
  }

  private static void printHeader(PrintWriter out, Story story) {
    out.println(story.title());
    out.println("  id        " + story.id());
    if (!story.mergedIds().isEmpty()) {
      out.println("  merged    " + String.join(", ", story.mergedIds()) + " (stories found to tell this event)");
    }
    out.println("  dates     " + story.first().map(first -> first.equals(story.last().orElse(first))
        ? first.toString() : first + " – " + story.last().orElse(first)).orElse("undated"));
    out.println("  outlets   " + (story.outlets().isEmpty() ? "-" : String.join(", ", story.outlets())));
    out.println();
  }

  private static void printArticles(PrintWriter out, Story story, List<FramingTable.Report> reports) {
    out.println("Articles (" + story.articleIds().size() + ", " + story.independentReports() + " independent)");
    for (FramingTable.Report report : reports) {
      Article article = report.article();
      String when = article.published().map(Object::toString)
          .or(() -> report.analysis().publishedInferred().map(w -> "~" + w.earliest() + ".." + w.latest()))
          .orElse("undated");
      String copy = Optional.ofNullable(story.copies().get(article.id())).map(o -> "  copy of " + o).orElse("");
      out.printf("  %-24s %-22s %-20s %s%s%n", article.id(), when, article.outlet().orElse("-"),
          article.title().orElse("").replaceAll("\\s+", " "), copy);
    }
  }

  private static void printQuotes(PrintWriter out, List<FramingTable.Report> reports, CorpusActors actors) {
    out.println("Quotes");
    for (FramingTable.Report report : reports) {
      for (Quote quote : report.analysis().quotes()) {
        String speaker = actors.speakerName(report.article().id(), quote).orElse("unknown speaker");
        out.printf("  %s%s [%s | %s]%n      %s%n", speaker, quote.direct() ? "" : " (reported)",
            report.article().id(), report.article().outlet().orElse("-"), QuoteText.of(quote));
      }
    }
  }

  private static void printFigures(PrintWriter out, List<FramingTable.Report> reports) {
    out.println("Figures");
    for (FramingTable.Report report : reports) {
      for (Figure figure : report.analysis().figures()) {
        out.printf("  %-40s %s [%s | %s]%n", figure.text().replaceAll("\\s+", " "),
            (figure.approx() ? "approx. " : "") + figure.what(), report.article().id(),
            report.article().outlet().orElse("-"));
      }
    }
  }
}

package org.dateline.app.commands;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.events.StoryEvents;
import org.dateline.app.export.JsonlWriter;
import org.dateline.app.export.StoryJson;
import org.dateline.app.stories.CorpusStories;
import org.dateline.app.terminal.TextTable;
import org.dateline.model.Story;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline stories}: the articles grouped into stories across outlets. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Lists stories: articles that report the same event, grouped across outlets, with",
      "their dates, outlets and article counts (copies of another article in brackets)."
    })
final class StoriesCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--min-articles", paramLabel = "N", defaultValue = "1",
      description = "Only stories with at least N articles (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(names = "--json", description = "One JSON object per story, as stories.jsonl.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<Story> stories;
    Map<String, List<String>> events = Map.of();
    try (Store opened = store.openForReading()) {
      List<Story> all = CorpusStories.of(opened);
      stories = all.stream()
          .filter(story -> story.articleIds().size() >= minArticles).toList();
      if (json) {
        events = StoryEvents.idsByStory(StoryEvents.read(opened, CorpusActors.of(opened), all, e -> true));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      for (Story story : stories) {
        out.println(JsonlWriter.line(StoryJson.of(story, events.getOrDefault(story.id(), List.of()))));
      }
    } else {
      TextTable table = new TextTable(List.of("ID", "DATES", "ARTICLES", "OUTLETS", "TITLE"), 14, 23, 8, 30, 60);
      for (Story story : stories) {
        String copies = story.copies().isEmpty() ? "" : " (" + story.copies().size() + ")";
        table.add(List.of(story.id(), dates(story.first(), story.last()),
            story.articleIds().size() + copies,
            story.outlets().isEmpty() ? "-" : String.join(", ", story.outlets()), story.title()));
      }
      out.print(table.render());
      out.println(stories.size() + " stories");
    }
    out.flush();
    return 0;
  }

  private static String dates(Optional<LocalDate> first, Optional<LocalDate> last) {
    if (first.isEmpty()) {
      return "-";
    }
    return first.equals(last) ? first.get().toString() : first.get() + " – " + last.get();
  }
}

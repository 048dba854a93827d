package org.dateline.app.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.app.export.ArticleJson;
import org.dateline.app.terminal.TextTable;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline articles}: lists stored articles. */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = "Lists stored articles as a table, or as JSON lines with --json.")
final class ArticlesCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object per article (the articles.jsonl fields).")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TextTable table = new TextTable(List.of("ID", "PUBLISHED", "OUTLET", "TITLE"), 40, 10, 24, 60);
    try (Store opened = store.openForReading()) {
      opened.forEachWithAnalysis((article, analysis) -> {
        if (json) {
          try {
            out.println(JSON.writeValueAsString(ArticleJson.of(article, analysis)));
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
          }
        } else {
          table.add(List.of(article.id(), article.published().map(Object::toString).orElse("-"),
              article.outlet().orElse("-"), article.title().orElse(firstWords(article.text()))));
        }
      });
      if (!json) {
        out.print(table.render());
        out.println(opened.count() + " articles");
      }
    }
    out.flush();
    return 0;
  }

  private static String firstWords(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
  }
}

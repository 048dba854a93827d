package org.dateline.app.commands;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.terminal.QuoteText;
import org.dateline.model.Quote;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline quotes}: who said what, with the article and outlet that reported it. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Lists direct and reported quotes with their speakers and sources.")
final class QuotesCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--speaker", paramLabel = "ACTOR",
      description = "Only quotes of this speaker: an actor id, or part of a name or alias.")
  String speaker;

  @Option(names = "--direct", description = "Only direct quotes (words in quotation marks).")
  boolean directOnly;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AtomicInteger shown = new AtomicInteger();
    try (Store opened = store.openForReading()) {
      CorpusActors actors = CorpusActors.of(opened);
      opened.forEachAnalysis((article, analysis) -> {
        for (Quote quote : analysis.quotes()) {
          String id = quote.speakerId().map(s -> actors.canonical(article.id(), s)).orElse("");
          if ((directOnly && !quote.direct()) || !matches(id, quote, actors)) {
            continue;
          }
          String name = actors.speakerName(article.id(), quote).orElse("unknown speaker");
          out.printf("%s%s [%s | %s | %s]%n    %s%n", name, quote.direct() ? "" : " (reported)",
              article.id(), article.outlet().orElse("-"),
              article.published().map(Object::toString).orElse("undated"),
              QuoteText.of(quote));
          shown.incrementAndGet();
        }
      });
    }
    out.println(shown.get() + " quotes");
    out.flush();
    return 0;
  }

  private boolean matches(String id, Quote quote, CorpusActors actors) {
    if (speaker == null) {
      return true;
    }
    String wanted = speaker.toLowerCase(Locale.ROOT);
    if (id.equals(wanted)) {
      return true;
    }
    String names = actors.actor(id).map(a -> a.name() + " " + String.join(" ", a.aliases())).orElse("")
        + " " + quote.speakerName().orElse("");
    return names.toLowerCase(Locale.ROOT).contains(wanted);
  }
}

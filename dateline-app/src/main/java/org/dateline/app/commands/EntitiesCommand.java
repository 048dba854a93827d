package org.dateline.app.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.app.actors.ActorSummary;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.export.ActorJson;
import org.dateline.app.terminal.TextTable;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline entities}: the actors of the store with aliases, roles and counts. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Lists the actors named in the store: canonical id, type, name, aliases, roles, "
        + "articles and mentions, most mentioned first.")
final class EntitiesCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Only PERSON, ORGANIZATION, COUNTRY, LOCATION or GROUP.")
  String type;

  @Option(names = "--json", description = "One JSON object per actor (the entities.jsonl fields).")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "Most actors to list (default: ${DEFAULT-VALUE}; 0 for all).")
  int limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<ActorSummary> summaries;
    try (Store opened = store.openForReading()) {
      summaries = CorpusActors.of(opened).summaries().stream()
          .filter(s -> type == null || s.actor().type().name().equalsIgnoreCase(type))
          .limit(limit > 0 ? limit : Long.MAX_VALUE)
          .toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      for (ActorSummary summary : summaries) {
        out.println(mapper.writeValueAsString(ActorJson.of(summary)));
      }
    } else {
      TextTable table = new TextTable(
          List.of("ID", "TYPE", "NAME", "ARTICLES", "MENTIONS", "ALIASES", "ROLES"), 28, 12, 28, 8, 8, 40, 40);
      for (ActorSummary s : summaries) {
        table.add(List.of(s.actor().id(), s.actor().type().name(), s.actor().name(),
            String.valueOf(s.articles().size()), String.valueOf(s.mentions()),
            String.join("; ", s.actor().aliases()), String.join("; ", s.actor().roles())));
      }
      out.print(table.render());
      out.println(summaries.size() + " actors");
    }
    out.flush();
    return 0;
  }
}

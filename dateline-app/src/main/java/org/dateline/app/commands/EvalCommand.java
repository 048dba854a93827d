package org.dateline.app.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.eval.Evaluation;
import org.dateline.app.eval.PartScore;
import org.dateline.app.eval.StoreSnapshot;
import org.dateline.app.eval.StoryScore;
import org.dateline.app.stories.CorpusStories;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline eval --gold FILE}: scores the store against hand-annotated gold. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the store against a gold file (the shared/gold format): for each part the gold",
      "annotates (actors, dates, quotes, figures), precision, recall, F1 and the misses."
    })
final class EvalCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON file.")
  Path gold;

  @Option(names = "--misses", paramLabel = "N", defaultValue = "20",
      description = "Misses to list per part (default: ${DEFAULT-VALUE}; 0 for none).")
  int misses;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<PartScore> scores;
    Optional<StoryScore> stories;
    try (Store opened = store.openForReading()) {
      StoreSnapshot snapshot = StoreSnapshot.of(opened);
      Evaluation evaluation = new Evaluation(snapshot, CorpusActors.of(opened));
      scores = evaluation.score(gold);
      stories = evaluation.scoreStories(gold, CorpusStories.of(opened));
    }
    PrintWriter out = spec.commandLine().getOut();
    for (PartScore score : scores) {
      out.println(score.describe());
      score.misses().stream().limit(misses).forEach(miss -> out.println("    " + miss));
      if (score.misses().size() > misses && misses > 0) {
        out.println("    … " + (score.misses().size() - misses) + " more");
      }
    }
    stories.ifPresent(score -> {
      out.println(score.describe());
      score.misses().stream().limit(misses).forEach(miss -> out.println("    " + miss));
    });
    out.flush();
    return 0;
  }
}

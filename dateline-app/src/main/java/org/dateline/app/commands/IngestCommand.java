package org.dateline.app.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.app.run.IngestProgress;
import org.dateline.app.run.IngestRun;
import org.dateline.app.run.IngestSummary;
import org.dateline.app.terminal.ProgressBar;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.nlp.Annotator;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline ingest PATH...}: reads news files into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files and directories (recursively) into the store.",
      "Formats: plain text, HTML, RSS/Atom, WARC (.warc, .warc.gz), JSONL (.jsonl, .jsonl.gz).",
      "Re-ingesting is safe: unchanged articles are left alone, changed ones updated in place.",
      "New and changed articles are read by the language layer; then the store's articles are",
      "grouped into stories, and undated articles are dated from their story's dated reports.",
      "Exit code 0 if every input was read, 1 if any failed (each failure is listed)."
    })
final class IngestCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
      description = "Commit after every N stored articles, so an interrupted run keeps them "
          + "(default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "16",
      description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
  int maxDocumentMb;

  @Option(names = "--no-progress", description = "Do not draw a progress line on a terminal.")
  boolean noProgress;

  @Option(names = "--no-nlp", description = "Store articles without running the language layer "
      + "(actors, dates, quotes, figures); a later ingest without this option adds it.")
  boolean noNlp;

  @Option(names = "--timings", description = "Print model load time and time per analysis stage.")
  boolean timings;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Articles analysed at once (default: one per core).")
  int threads;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (commitEvery < 1 || maxDocumentMb < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--commit-every and --max-document-mb must be at least 1");
    }
    IngestOptions options = new IngestOptions(maxDocumentMb * 1024L * 1024L);
    boolean showProgress = !noProgress && System.console() != null;
    ProgressBar bar = showProgress ? new ProgressBar(System.err) : null;
    IngestSummary summary;
    try (Store opened = store.openForWriting()) {
      Optional<Annotator> annotator = noNlp ? Optional.empty() : Optional.of(Annotator.shared());
      int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
      summary = new IngestRun(opened, options, commitEvery,
          bar == null ? IngestProgress.SILENT : bar, annotator, workers).run(paths);
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    report(summary);
    if (timings && !noNlp) {
      Annotator annotator = Annotator.shared();
      spec.commandLine().getOut().printf(java.util.Locale.ROOT, "models loaded in %.1f s; %s%n",
          annotator.loadSeconds(), annotator.times().describe());
      spec.commandLine().getOut().flush();
    }
    return summary.failures().isEmpty() ? 0 : 1;
  }

  private void report(IngestSummary summary) {
    PrintWriter err = spec.commandLine().getErr();
    for (ReadError failure : summary.failures()) {
      err.println("failed: " + failure);
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Ingested " + summary.describe() + " into " + store.dir);
    out.flush();
  }
}

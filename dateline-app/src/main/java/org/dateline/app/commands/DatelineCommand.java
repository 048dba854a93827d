package org.dateline.app.commands;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code dateline} command: only groups the sub-commands. */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns news coverage from many outlets into a sourced event knowledge base.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      ArticlesCommand.class,
      ShowCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      EntitiesCommand.class,
      QuotesCommand.class,
      EventsCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      CompareCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DatelineCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A configured command line: usage errors exit 2, failures in a command exit 1. */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new DatelineCommand());
    line.setExecutionExceptionHandler(new FailureHandler());
    return line;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

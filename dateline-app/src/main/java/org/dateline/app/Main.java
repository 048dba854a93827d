package org.dateline.app;

import org.dateline.app.commands.DatelineCommand;
import picocli.CommandLine;

/** Starts the {@code dateline} command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; never calls {@link System#exit}. */
  public static int run(String... args) {
    return DatelineCommand.commandLine().execute(args);
  }
}

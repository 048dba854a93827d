package org.dateline.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dateline.app.commands.DatelineCommand;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
final class Cli {

  /** What one command printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = DatelineCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}

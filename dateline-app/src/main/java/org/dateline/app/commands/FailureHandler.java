package org.dateline.app.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one readable error line and exit code 1. Set
 * {@code DATELINE_DEBUG=1} to get the stack trace as well.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine line, CommandLine.ParseResult parseResult) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String kind = e instanceof IOException || e instanceof UncheckedIOException ? "I/O error: " : "";
    line.getErr().println("dateline: " + kind + message);
    if (System.getenv("DATELINE_DEBUG") != null) {
      e.printStackTrace(line.getErr());
    }
    return 1;
  }
}

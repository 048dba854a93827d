package org.dateline.app.terminal;

/**
 * Renders the {@code «match»} marks of search snippets: bold on a terminal that shows ANSI
 * styles, the marks themselves otherwise (so piped output stays plain text).
 */
public final class Highlight {

  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  private final boolean ansi;

  public Highlight(boolean ansi) {
    this.ansi = ansi;
  }

  /** Whether standard output looks like a terminal that shows ANSI styles. */
  public static boolean terminalSupportsAnsi() {
    return System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }

  /** The snippet with its marks rendered and any control characters from the article removed. */
  public String render(String snippet) {
    String safe = snippet.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    return ansi ? safe.replace("«", BOLD).replace("»", RESET) : safe;
  }
}

package org.dateline.app.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header row, columns padded to their widest cell, and cells longer
 * than a column's limit cut with an ellipsis. Newlines inside cells are shown as spaces.
 */
public final class TextTable {

  private final List<String> headers;
  private final int[] limits;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param headers the column titles
   * @param limits the widest each column may get, in characters
   */
  public TextTable(List<String> headers, int... limits) {
    if (headers.size() != limits.length) {
      throw new IllegalArgumentException("one limit per header: " + headers + " vs " + limits.length);
    }
    this.headers = List.copyOf(headers);
    this.limits = limits.clone();
  }

  /** Adds a row of as many cells as there are headers. */
  public TextTable add(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells, table " + headers.size());
    }
    List<String> clean = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      clean.add(cut(cells.get(i).replaceAll("\\s+", " ").strip(), limits[i]));
    }
    rows.add(clean);
    return this;
  }

  /** The table as lines of text, header first. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(cell);
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String cut(String cell, int limit) {
    return cell.length() <= limit ? cell : cell.substring(0, Math.max(0, limit - 1)) + "…";
  }
}

package org.dateline.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.Span;

/**
 * Pairs quotation marks in raw text. Double marks pair within a paragraph (a non-blank line);
 * a quote left open at the end of a paragraph continues when the next paragraph opens with a
 * mark, and otherwise ends with its paragraph. Single marks pair within a line, outside double
 * quotes, and only where an apostrophe reading is unlikely.
 */
final class QuotationScanner {

  private static final int MAX_SINGLE_LENGTH = 160;
  private static final int MAX_UNMARKED_PARAGRAPHS = 4;

  private final String text;
  private final List<Quotation> found = new ArrayList<>();

  private QuotationScanner(String text) {
    this.text = text;
  }

  /** The quotations of {@code text}, in order of their start. */
  static List<Quotation> scan(String text) {
    QuotationScanner scanner = new QuotationScanner(text);
    List<Span> lines = lines(text);
    scanner.pairDoubles(lines);
    List<Quotation> doubles = List.copyOf(scanner.found);
    for (Span line : lines) {
      scanner.pairSingles(line, doubles);
    }
    scanner.found.sort(Comparator.comparing(Quotation::inner));
    return List.copyOf(scanner.found);
  }

  private void pairDoubles(List<Span> lines) {
    int pending = -1;
    int pendingEnd = -1;
    for (int n = 0; n < lines.size(); n++) {
      Span line = lines.get(n);
      int from = line.start();
      int open = -1;
      if (pending >= 0) {
        char first = text.charAt(line.start());
        int closing = first == '“' || first == '"' ? -1 : closedLater(lines, n);
        if (closing < 0 && (first == '“' || first == '"')) {
          open = pending;
          from = line.start() + 1;
        } else if (closing >= 0) {
          // the writer left out the marks that should reopen the quote in each paragraph
          open = pending;
          n = closing;
          line = lines.get(n);
          from = line.start();
        } else {
          add(pending, pendingEnd, false);
        }
        pending = -1;
      }
      for (int p = from; p < line.end(); p++) {
        char c = text.charAt(p);
        if (c == '“' || (c == '"' && open < 0)) {
          if (open >= 0) {
            add(open, p, false);
          }
          open = p + 1;
        } else if ((c == '”' || c == '"') && open >= 0) {
          add(open, p, false);
          open = -1;
        }
      }
      if (open >= 0) {
        pending = open;
        pendingEnd = line.end();
      }
    }
    if (pending >= 0) {
      add(pending, pendingEnd, false);
    }
  }

  /**
   * The line, from {@code n} on, whose first quotation mark closes a quote, when the lines before
   * it hold no mark at all; -1 otherwise.
   */
  private int closedLater(List<Span> lines, int n) {
    for (int m = n; m < lines.size() && m - n < MAX_UNMARKED_PARAGRAPHS; m++) {
      Span line = lines.get(m);
      for (int p = line.start(); p < line.end(); p++) {
        char c = text.charAt(p);
        if (c == '”') {
          return m;
        }
        if (c == '“') {
          return -1;
        }
        if (c == '"') {
          boolean closes = p > line.start() && !Character.isWhitespace(text.charAt(p - 1))
              && (p + 1 >= line.end() || !Character.isLetterOrDigit(text.charAt(p + 1)));
          return closes ? m : -1;
        }
      }
    }
    return -1;
  }

  private void pairSingles(Span line, List<Quotation> doubles) {
    for (int p = line.start(); p < line.end() - 1; p++) {
      char c = text.charAt(p);
      if ((c != '‘' && c != '\'') || !opensSingle(p, line) || insideAny(p, doubles)) {
        continue;
      }
      int limit = Math.min(line.end(), p + MAX_SINGLE_LENGTH);
      for (int q = p + 2; q < limit; q++) {
        char d = text.charAt(q);
        if (d == '"' || d == '“' || d == '”') {
          break;
        }
        if ((d == '’' || d == '\'') && closesSingle(q, line)) {
          add(p + 1, q, true);
          p = q;
          break;
        }
      }
    }
  }

  private boolean opensSingle(int p, Span line) {
    boolean before = p == line.start() || !Character.isLetterOrDigit(text.charAt(p - 1));
    return before && Character.isLetter(text.charAt(p + 1));
  }

  private boolean closesSingle(int q, Span line) {
    char before = text.charAt(q - 1);
    boolean after = q + 1 >= line.end() || !Character.isLetterOrDigit(text.charAt(q + 1));
    return after && (Character.isLetterOrDigit(before) || ".!?,".indexOf(before) >= 0);
  }

  private static boolean insideAny(int p, List<Quotation> quotations) {
    for (Quotation quotation : quotations) {
      if (quotation.outer().start() <= p && p < quotation.outer().end()) {
        return true;
      }
    }
    return false;
  }

  private void add(int innerStart, int innerEnd, boolean single) {
    int start = innerStart;
    int end = innerEnd;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return;
    }
    int outerEnd = innerEnd < text.length() && isMark(text.charAt(innerEnd)) ? innerEnd + 1 : innerEnd;
    found.add(new Quotation(new Span(start, end), new Span(innerStart - 1, outerEnd), single));
  }

  private static boolean isMark(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'';
  }

  /** The non-blank lines of {@code text}, trimmed. */
  static List<Span> lines(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        lines.add(new Span(s, e));
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    return lines;
  }
}

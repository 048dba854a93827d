package org.dateline.app.terminal;

import org.dateline.model.Quote;

/** A quote as a terminal shows it: in curly quotation marks if direct, on one line. */
public final class QuoteText {

  private QuoteText() {}

  public static String of(Quote quote) {
    return (quote.direct() ? "“" + quote.text() + "”" : quote.text()).replaceAll("\\s+", " ");
  }
}

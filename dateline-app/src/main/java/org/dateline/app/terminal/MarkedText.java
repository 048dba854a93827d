package org.dateline.app.terminal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.Analysis;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;

/**
 * An article's text with what the language layer found marked inline, for reading in a
 * terminal: actor mentions as {@code [Qaani|esmail-qaani]}, time expressions as
 * {@code {on Thursday|2024-07-11}}. Where marks would overlap, the earlier one wins.
 */
public final class MarkedText {

  private record Mark(Span span, String open, String close) {}

  private MarkedText() {}

  /** {@code text} with the mentions and time expressions of {@code analysis} marked. */
  public static String render(String text, Analysis analysis) {
    List<Mark> marks = new ArrayList<>();
    for (Mention mention : analysis.mentions()) {
      marks.add(new Mark(mention.span(), "[", "|" + mention.actorId() + "]"));
    }
    for (TimeExpression time : analysis.times()) {
      marks.add(new Mark(time.span(), "{", "|" + time.value() + "}"));
    }
    marks.sort(Comparator.comparing(Mark::span));
    StringBuilder out = new StringBuilder(text.length() + marks.size() * 16);
    int at = 0;
    for (Mark mark : marks) {
      if (mark.span().start() < at || mark.span().end() > text.length()) {
        continue;
      }
      out.append(text, at, mark.span().start()).append(mark.open())
          .append(text, mark.span().start(), mark.span().end()).append(mark.close());
      at = mark.span().end();
    }
    return out.append(text.substring(at)).toString();
  }
}

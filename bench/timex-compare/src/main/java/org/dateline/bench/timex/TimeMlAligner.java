package org.dateline.bench.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HeidelTime's TimeML output (the input text with inline {@code <TIMEX3>} tags) into
 * character offsets into the input text, the only form HeidelTime reports its expressions in.
 * Stripping the tags must give back the input character for character; when it does not, the
 * offsets would be wrong, so the aligner throws instead.
 */
final class TimeMlAligner {

  private static final Pattern TAG = Pattern.compile("<(/?)TIMEX3\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final String OPEN = "<TimeML>\n";
  private static final String CLOSE = "\n</TimeML>";

  private TimeMlAligner() {}

  /** The expressions of {@code timeml}, the TimeML document HeidelTime made of {@code article}'s text. */
  static List<TaggedTimex> align(Article article, String timeml) {
    String body = timeml.substring(timeml.indexOf(OPEN) + OPEN.length(), timeml.lastIndexOf(CLOSE));
    List<TaggedTimex> found = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    Matcher tag = TAG.matcher(body);
    int last = 0;
    int start = 0;
    String type = "";
    String value = "";
    while (tag.find()) {
      plain.append(body, last, tag.start());
      last = tag.end();
      if (tag.group(1).isEmpty()) {
        start = plain.length();
        type = attribute(tag.group(2), "type");
        value = attribute(tag.group(2), "value");
      } else {
        found.add(new TaggedTimex(article.id(), start, plain.length(), type, value));
      }
    }
    plain.append(body, last, body.length());
    if (!plain.toString().equals(article.text())) {
      throw new IllegalStateException("HeidelTime's TimeML for " + article.id() + " does not give back its text");
    }
    return found;
  }

  private static String attribute(String attributes, String name) {
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return "";
  }
}

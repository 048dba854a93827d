package org.dateline.ingest.html;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the credit out of a photo caption: "Photo: Reuters", "(Photograph by Dana Okafor/AFP)",
 * "Image credit: Harbour Press", "© Lena Marsh". The credit is the name after the label, as
 * written.
 */
final class PhotoCredit {

  private static final Pattern LABELLED = Pattern.compile(
      "(?:^|[\\s(\\[.,;|–—-])(?:file\\s+)?(?:photo(?:graph)?s?|images?|pictures?|pics?|"
          + "illustrations?|videos?|graphics?|credits?)(?:\\s+credits?)?\\s*(?::|\\bby\\b)\\s*"
          + "([^()\\[\\]|;:]+?)\\s*[)\\]]?\\s*\\.?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?:©|\\(c\\)|copyright)\\s*([^()\\[\\]|;:]+?)\\s*[)\\]]?\\s*\\.?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_CREDIT_LENGTH = 80;
  /** Credits close a caption; only its end is searched, which also bounds the regex work. */
  private static final int SEARCHED_TAIL = 300;

  private PhotoCredit() {}

  /** The credit at the end of {@code caption}, if it has one. */
  static Optional<String> in(String caption) {
    String whole = Whitespace.collapse(caption);
    String text = whole.substring(Math.max(0, whole.length() - SEARCHED_TAIL));
    for (Pattern pattern : new Pattern[] {LABELLED, COPYRIGHT}) {
      Matcher matcher = pattern.matcher(text);
      if (matcher.find()) {
        String credit = matcher.group(1).strip();
        if (!credit.isEmpty() && credit.length() <= MAX_CREDIT_LENGTH) {
          return Optional.of(credit);
        }
      }
    }
    return Optional.empty();
  }
}

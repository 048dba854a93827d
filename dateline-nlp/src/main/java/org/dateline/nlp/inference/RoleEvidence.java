package org.dateline.nlp.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.DateWindow;
import org.dateline.model.Mention;

/**
 * Dates an undated article from how it names actors whose offices and lives the dictionary
 * knows: "president-elect X" was written between X's election and inauguration; "the late X"
 * after X died; "former president X" after X left that office; "President X" while X held it.
 * Each finding is a {@link DateWindow} with the words that support it.
 */
final class RoleEvidence {

  private static final int CONTEXT = 60;
  private static final Pattern ELECT = Pattern.compile("\\b[\\p{L}-]+-elect\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LATE = Pattern.compile("\\blate\\s+(?:[\\p{L}-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMER = Pattern.compile("\\b(?:former|ex-|then-)", Pattern.CASE_INSENSITIVE);
  private static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);
  private static final LocalDate OPEN_END = LocalDate.of(2999, 12, 31);

  private final ActorFacts facts;

  RoleEvidence(ActorFacts facts) {
    this.facts = facts;
  }

  /** Every window the article's mentions of known actors support. */
  List<DateWindow> windows(String text, List<Mention> mentions) {
    List<DateWindow> windows = new ArrayList<>();
    for (Mention mention : mentions) {
      String before = text.substring(Math.max(0, mention.span().start() - CONTEXT), mention.span().start());
      String after = text.substring(mention.span().end(), Math.min(text.length(), mention.span().end() + 20));
      String lead = before.substring(Math.max(0, before.lastIndexOf('.') + 1));
      String name = mention.text();
      if (ELECT.matcher(lead).find() || ELECT.matcher(after.split("[.;]", 2)[0]).find()) {
        elected(mention.actorId(), name).ifPresent(windows::add);
      } else if (LATE.matcher(lead).find()) {
        facts.died(mention.actorId()).ifPresent(died ->
            windows.add(new DateWindow(died, OPEN_END, 0.6, "calls " + name + " 'late' (died " + died + ")")));
      } else if (FORMER.matcher(lead).find()) {
        latestEnd(mention.actorId()).ifPresent(end ->
            windows.add(new DateWindow(end, OPEN_END, 0.4, "calls " + name + " 'former' (left office " + end + ")")));
      } else {
        inOffice(mention.actorId(), name, lead).ifPresent(windows::add);
      }
    }
    return windows;
  }

  private Optional<DateWindow> elected(String actorId, String name) {
    for (ActorFacts.Office office : facts.offices(actorId)) {
      if (office.from().isPresent() && (office.elected().isPresent())) {
        return Optional.of(new DateWindow(office.elected().get(), office.from().get(), 0.8,
            "calls " + name + " '-elect' (elected " + office.elected().get() + ", in office "
                + office.from().get() + ")"));
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> latestEnd(String actorId) {
    return facts.offices(actorId).stream().flatMap(o -> o.to().stream()).max(LocalDate::compareTo);
  }

  /** A title right before the name that names one of the actor's offices: it was held then. */
  private Optional<DateWindow> inOffice(String actorId, String name, String lead) {
    String title = lastWords(lead, 3).toLowerCase(Locale.ROOT);
    if (title.isBlank()) {
      return Optional.empty();
    }
    for (ActorFacts.Office office : facts.offices(actorId)) {
      String head = office.title().toLowerCase(Locale.ROOT).split(" of ")[0];
      if (!head.isBlank() && title.endsWith(head) && (office.from().isPresent() || office.to().isPresent())) {
        return Optional.of(new DateWindow(office.from().orElse(OPEN_START), office.to().orElse(OPEN_END),
            0.3, "calls " + name + " '" + head + "' (" + office.title() + " "
                + office.from().map(Object::toString).orElse("?") + " to "
                + office.to().map(Object::toString).orElse("now") + ")"));
      }
    }
    return Optional.empty();
  }

  private static String lastWords(String text, int count) {
    String[] words = text.strip().split("\\s+");
    int from = Math.max(0, words.length - count);
    StringBuilder out = new StringBuilder();
    for (int i = from; i < words.length; i++) {
      String word = words[i].replaceAll("[^\\p{L}-]", "");
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        out.append(out.length() == 0 ? "" : " ").append(word);
      } else {
        out.setLength(0);
      }
    }
    return out.toString();
  }
}

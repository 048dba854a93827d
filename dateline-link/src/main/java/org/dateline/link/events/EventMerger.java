package org.dateline.link.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.model.Event;
import org.dateline.model.EventMode;

/**
 * Groups the event reports of one story into events: each report, in story order, joins the
 * first group all of whose reports tell of {@link SameEvent the same event}, else starts one. A
 * group's first report names it, so an event keeps its id as later reports join.
 *
 * <p>Every report must agree with every report already in the group, so a month-level report
 * cannot bridge two different days. The cost is quadratic in the reports of one story, which
 * stays small; stories are merged one at a time.
 */
public final class EventMerger {

  private EventMerger() {}

  /**
   * The reports grouped by event, groups in the order of their first report.
   *
   * @param reports the reports of one story, in story order
   * @param event what each report says happened
   */
  public static <T> List<List<T>> merge(List<T> reports, Function<T, Event> event) {
    List<List<T>> groups = new ArrayList<>();
    for (T report : reports) {
      Event e = event.apply(report);
      List<T> joined = null;
      for (List<T> group : groups) {
        if (group.stream().allMatch(other -> SameEvent.test(e, event.apply(other)))) {
          joined = group;
          break;
        }
      }
      if (joined == null) {
        joined = new ArrayList<>();
        groups.add(joined);
      }
      joined.add(report);
    }
    return groups;
  }

  /**
   * One event standing for a group of reports: the first report's id, actors and words, with the
   * most specific code and date any report gives, the first place given, a fact rather than
   * background if any report tells it as news, and the confidence of independent evidence
   * ({@code 1 - Π(1 - c)}).
   */
  public static Event combined(List<Event> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("no reports to combine");
    }
    Event first = reports.get(0);
    String code = first.code();
    Optional<String> date = first.date();
    Optional<String> location = first.location();
    EventMode mode = first.mode();
    double doubt = 1;
    for (Event report : reports) {
      if (refines(report.code(), code)) {
        code = report.code();
      }
      if (report.date().isPresent() && report.date().get().length() > date.map(String::length).orElse(0)) {
        date = report.date();
      }
      location = location.or(report::location);
      if (report.mode() == EventMode.ASSERTED) {
        mode = EventMode.ASSERTED;
      }
      doubt *= 1 - report.confidence();
    }
    return new Event(first.id(), code, first.actor1(), first.actor2(), date, location, first.span(),
        first.sentence(), Math.min(0.99, 1 - doubt), mode, first.reportedBy());
  }

  /**
   * Whether {@code code} says more than {@code general}: it extends it ("0871" of "087"), or
   * {@code general} is a root's "not specified below" code ("042" of "040").
   */
  static boolean refines(String code, String general) {
    if (code.length() <= general.length() && !general.endsWith("0")) {
      return false;
    }
    String stem = general.length() == 3 && general.endsWith("0") ? general.substring(0, 2) : general;
    return !code.equals(general) && code.startsWith(stem) && code.length() >= general.length();
  }
}

package org.dateline.app.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.app.events.ReportedEvent;
import org.dateline.app.events.StoryEvent;
import org.dateline.model.CameoCode;
import org.dateline.model.Event;
import org.dateline.model.Participant;

/**
 * A line of {@code events.jsonl}: {@code id, code, label, plover, goldstein, actor1, actor2,
 * date, location, confidence, sources: [{article, outlet, start, end, sentence}]}, plus {@code
 * actor1_name}, {@code actor2_name} (the words the first source's sentence uses), {@code mode},
 * {@code reported_by} and {@code story}. An event reported by several articles of a story is one
 * line with a source each; a source also gives its own {@code event} id and {@code date}, and {@code copy_of}: the
 * original its article copies, if it is a near-duplicate (not an independent source).
 */
public final class EventJson {

  private EventJson() {}

  public static Map<String, Object> of(StoryEvent merged, Optional<CameoCode> code) {
    Event event = merged.event();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", event.id());
    json.put("code", event.code());
    json.put("label", code.map(CameoCode::name).orElse(null));
    json.put("plover", code.flatMap(CameoCode::plover).orElse(null));
    json.put("goldstein", code.map(CameoCode::goldstein).orElse(null));
    json.put("actor1", event.actor1().actorId());
    json.put("actor2", event.actor2().map(Participant::actorId).orElse(null));
    json.put("date", event.date().orElse(null));
    json.put("location", event.location().orElse(null));
    json.put("confidence", Math.round(event.confidence() * 100) / 100.0);
    json.put("sources", merged.sources().stream().map(s -> source(s, merged)).toList());
    json.put("story", merged.storyId());
    json.put("actor1_name", event.actor1().name());
    json.put("actor2_name", event.actor2().map(Participant::name).orElse(null));
    json.put("mode", event.mode().name());
    json.put("reported_by", event.reportedBy().orElse(null));
    return json;
  }

  private static Map<String, Object> source(ReportedEvent reported, StoryEvent merged) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("article", reported.article().id());
    source.put("outlet", reported.article().outlet().orElse(null));
    source.put("start", reported.event().span().start());
    source.put("end", reported.event().span().end());
    source.put("sentence", reported.sentence());
    source.put("event", reported.event().id());
    source.put("date", reported.event().date().orElse(null));
    source.put("copy_of", merged.copies().get(reported.article().id()));
    return source;
  }
}

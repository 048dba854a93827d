package org.dateline.app.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.app.eval.CanonicalIds;
import org.dateline.model.DateWindow;
import org.dateline.model.Figure;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;

/**
 * The lines of {@code dates.jsonl}, {@code quotes.jsonl} and {@code figures.jsonl}, as the public
 * contract names their fields. Offsets ({@code start}, {@code end}) index the exported article's
 * {@code text}, end exclusive.
 */
public final class AnalysisJsonl {

  private AnalysisJsonl() {}

  /** {@code article, text, type, value, start, end}. */
  public static Map<String, Object> date(String article, TimeExpression time) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("article", article);
    json.put("text", time.text());
    json.put("type", time.type().name());
    json.put("value", time.value());
    json.put("start", time.span().start());
    json.put("end", time.span().end());
    return json;
  }

  /** {@code article, text, start, end, speaker, speaker_name, direct}. */
  public static Map<String, Object> quote(String article, Quote quote, CanonicalIds ids) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("article", article);
    json.put("text", quote.text());
    json.put("start", quote.span().start());
    json.put("end", quote.span().end());
    json.put("speaker", quote.speakerId().map(id -> ids.canonical(article, id)).orElse(null));
    json.put("speaker_name", quote.speakerName().orElse(null));
    json.put("direct", quote.direct());
    return json;
  }

  /** {@code article, value, what, text, approx, start, end}. */
  public static Map<String, Object> figure(String article, Figure figure) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("article", article);
    json.put("value", figure.value() == Math.rint(figure.value()) && Math.abs(figure.value()) < 1e15
        ? (Object) (long) figure.value() : figure.value());
    json.put("what", figure.what());
    json.put("text", figure.text());
    json.put("approx", figure.approx());
    json.put("start", figure.span().start());
    json.put("end", figure.span().end());
    return json;
  }

  /** {@code earliest, latest, confidence, why} of an inferred publication window. */
  public static Map<String, Object> window(DateWindow window) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("earliest", window.earliest().toString());
    json.put("latest", window.latest().toString());
    json.put("confidence", window.confidence());
    json.put("why", window.why());
    return json;
  }
}

package org.dateline.store.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.dateline.model.Analysis;

/**
 * An {@link Analysis} as the JSON kept in its article's document. Unknown properties are ignored
 * on reading, so analyses stored by an older revision stay readable as fields are added.
 */
final class AnalysisJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AnalysisJson() {}

  static String write(Analysis analysis) {
    try {
      return JSON.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write analysis of " + analysis.articleId(), e);
    }
  }

  static Analysis read(String json) {
    try {
      return JSON.readValue(json, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored analysis is not readable: the store is damaged", e);
    }
  }
}

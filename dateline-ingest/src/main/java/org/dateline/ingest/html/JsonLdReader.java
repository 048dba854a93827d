package org.dateline.ingest.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads article metadata from schema.org JSON-LD blocks: the first {@code NewsArticle},
 * {@code Article}, {@code ReportageNewsArticle} or other article type, found at the top level,
 * in an array or in an {@code @graph}. Authors and publishers given only as {@code @id}
 * references are looked up in the same graph. Broken JSON is ignored, not reported: it only
 * costs a source of metadata.
 */
final class JsonLdReader {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();
  private static final int MAX_DEPTH = 6;

  PageMetadata read(Document page) {
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      Optional<JsonNode> root = parse(script.data());
      if (root.isEmpty()) {
        continue;
      }
      List<JsonNode> objects = objectsIn(root.get());
      Map<String, JsonNode> byId = new HashMap<>();
      objects.forEach(node -> textOf(node.get("@id")).ifPresent(id -> byId.putIfAbsent(id, node)));
      for (JsonNode node : objects) {
        if (SchemaTypes.isArticle(node.get("@type"))) {
          return metadata(node, byId);
        }
      }
    }
    return PageMetadata.empty();
  }

  private static PageMetadata metadata(JsonNode article, Map<String, JsonNode> byId) {
    Optional<String> title = textOf(article.get("headline")).or(() -> textOf(article.get("name")));
    Optional<String> url = textOf(article.get("url"))
        .or(() -> idOrText(article.get("mainEntityOfPage")));
    return new PageMetadata(
        title,
        names(article.get("publisher"), byId).stream().findFirst(),
        Bylines.join(names(article.get("author"), byId)),
        textOf(article.get("datePublished")).flatMap(PublicationDateParser::parse),
        url.filter(u -> u.startsWith("http")));
  }

  /** Names of a person or organization value: a string, an object, an @id, or an array of them. */
  private static List<String> names(@Nullable JsonNode value, Map<String, JsonNode> byId) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else {
      items.add(value);
    }
    for (JsonNode item : items) {
      JsonNode resolved = item;
      if (item.isObject() && !item.has("name") && item.has("@id")) {
        resolved = byId.getOrDefault(item.get("@id").asText(), item);
      }
      Optional<String> name = resolved.isObject() ? textOf(resolved.get("name")) : textOf(resolved);
      name.map(Bylines::withoutBy).filter(n -> !n.startsWith("http")).ifPresent(names::add);
    }
    return names;
  }

  /** The objects reachable through arrays, {@code @graph} and {@code mainEntity}, breadth first. */
  private static List<JsonNode> objectsIn(JsonNode root) {
    List<JsonNode> found = new ArrayList<>();
    Deque<JsonNode> queue = new ArrayDeque<>(List.of(root));
    Deque<Integer> depths = new ArrayDeque<>(List.of(0));
    while (!queue.isEmpty()) {
      JsonNode node = queue.poll();
      int depth = depths.poll();
      if (depth > MAX_DEPTH) {
        continue;
      }
      List<JsonNode> children = new ArrayList<>();
      if (node.isArray()) {
        node.forEach(children::add);
      } else if (node.isObject()) {
        found.add(node);
        for (String key : List.of("@graph", "mainEntity")) {
          if (node.has(key)) {
            children.add(node.get(key));
          }
        }
      }
      children.forEach(child -> {
        queue.add(child);
        depths.add(depth + 1);
      });
    }
    return found;
  }

  private static Optional<JsonNode> parse(String json) {
    String body = json.strip()
        .replaceFirst("^(?://\\s*)?<!\\[CDATA\\[|^<!--", "")
        .replaceFirst("(?://\\s*)?]]>$|-->$", "");
    try {
      return Optional.ofNullable(JSON.readTree(body));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> idOrText(@Nullable JsonNode value) {
    return value != null && value.isObject() ? textOf(value.get("@id")) : textOf(value);
  }

  private static Optional<String> textOf(@Nullable JsonNode value) {
    if (value == null || !value.isValueNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = Parser.unescapeEntities(value.asText(), false).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}

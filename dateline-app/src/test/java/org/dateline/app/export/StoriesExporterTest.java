package org.dateline.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesExporterTest {

  @TempDir Path tmp;

  @Test
  void writesOneLinePerStoryWithItsArticles() throws Exception {
    Story story = new Story("s-0123456789ab", "Floods in Marlowe", List.of("a1", "a2", "a3"),
        Map.of("a3", "a1"), Optional.of(LocalDate.parse("2024-03-05")),
        Optional.of(LocalDate.parse("2024-03-06")), List.of("Outlet A", "Outlet B"), List.of());

    long lines = new StoriesExporter().export(List.of(story), tmp);

    assertThat(lines).isEqualTo(1);
    JsonNode line = new ObjectMapper().readTree(Files.readAllLines(tmp.resolve("stories.jsonl")).get(0));
    assertThat(line.get("id").asText()).isEqualTo("s-0123456789ab");
    assertThat(line.get("title").asText()).isEqualTo("Floods in Marlowe");
    assertThat(line.get("articles")).hasSize(3);
    assertThat(line.get("copies").get("a3").asText()).isEqualTo("a1");
    assertThat(line.get("first").asText()).isEqualTo("2024-03-05");
    assertThat(line.get("outlets").get(1).asText()).isEqualTo("Outlet B");
  }
}

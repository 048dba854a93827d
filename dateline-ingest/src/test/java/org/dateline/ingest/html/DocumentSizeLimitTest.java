package org.dateline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentSizeLimitTest {

  @Test
  void namesLimitAndSizeInTheRefusal() {
    DocumentSizeLimit limit = new DocumentSizeLimit(16L * 1024 * 1024);

    assertThat(limit.refusal(16L * 1024 * 1024)).isEmpty();
    assertThat(limit.refusal(50L * 1024 * 1024)).contains("larger than the 16 MB limit (50.0 MB)");
    assertThat(new DocumentSizeLimit(1000).refusal(2048))
        .contains("larger than the 1000 bytes limit (2.0 KB)");
  }
}

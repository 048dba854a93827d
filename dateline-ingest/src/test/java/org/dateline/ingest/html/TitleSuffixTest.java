package org.dateline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSuffixTest {

  @Test
  void stripsSuffixOnlyWhenItIsTheSiteName() {
    assertThat(TitleSuffix.strip("Quay vote - Port Amery Post", "Port Amery Post"))
        .isEqualTo("Quay vote");
    assertThat(TitleSuffix.strip("Quay vote | PORT AMERY POST", "Port Amery Post"))
        .isEqualTo("Quay vote");
    assertThat(TitleSuffix.strip("Port Amery Post", "Port Amery Post")).isEqualTo("Port Amery Post");
    assertThat(TitleSuffix.strip("Quay vote - Live", "Port Amery Post")).isEqualTo("Quay vote - Live");
  }
}

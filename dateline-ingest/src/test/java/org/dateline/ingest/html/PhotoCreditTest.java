package org.dateline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhotoCreditTest {

  @Test
  void readsTheNameAfterTheLabel() {
    assertThat(PhotoCredit.in("Crowds on the quay. Photo: Northwind Images")).contains("Northwind Images");
    assertThat(PhotoCredit.in("Crowds (Photograph by Dana Okafor/AFP)")).contains("Dana Okafor/AFP");
    assertThat(PhotoCredit.in("Crowds on the quay. © Lena Marsh")).contains("Lena Marsh");
    assertThat(PhotoCredit.in("A picture of the quay taken at dawn")).isEmpty();
  }
}

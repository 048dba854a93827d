package org.dateline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

  private final Bylines bylines = Bylines.standard();

  @Test
  void readsTheNameAfterBy() {
    assertThat(bylines.parse("By Jane Okoro")).contains("Jane Okoro");
    assertThat(bylines.parse("BY: JANE OKORO |")).contains("JANE OKORO");
  }

  @Test
  void rejectsSentencesStartingWithBy() {
    assertThat(bylines.parse("By Monday, the river had fallen two metres.")).isEmpty();
    assertThat(bylines.parse("By the numbers")).isEmpty();
    assertThat(bylines.parse("Bystanders cheered")).isEmpty();
  }

  @Test
  void namesTheOutletOfATeamByline() {
    assertThat(bylines.outletOf("Harbour Gazette Staff")).contains("Harbour Gazette");
    assertThat(bylines.outletOf("Delta Ledger Editorial Team")).contains("Delta Ledger");
    assertThat(bylines.outletOf("Riverside news desk")).contains("Riverside");
  }

  @Test
  void namesNoOutletForAPersonOrABareSuffix() {
    assertThat(bylines.outletOf("Jane Okoro")).isEmpty();
    assertThat(bylines.outletOf("Staff")).isEmpty();
  }
}

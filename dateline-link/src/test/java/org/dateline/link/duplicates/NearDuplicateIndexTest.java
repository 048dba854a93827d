package org.dateline.link.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

  private static final String WIRE = "The harbour authority of Pelmo closed the northern quay on "
      + "Friday after inspectors found cracks in the sea wall, a spokesman for the port said. "
      + "Ferries to the islands will leave from the southern quay until repairs are finished, "
      + "which engineers expect to take three weeks. Fishing boats may still unload their catch.";

  @Test
  void linksALightlyEditedCopyToTheEarliestOriginal() {
    NearDuplicateIndex index = NearDuplicateIndex.standard();
    assertThat(index.add("wire", WIRE)).isEmpty();
    String edited = "PELMO - " + WIRE.replace("three weeks", "about three weeks") + " Read more.";

    assertThat(index.add("reprint", edited)).contains("wire");
    assertThat(index.add("second-reprint", WIRE)).contains("wire");
  }

  @Test
  void leavesAnIndependentReportOnTheSameEventAlone() {
    NearDuplicateIndex index = NearDuplicateIndex.standard();
    index.add("wire", WIRE);
    String own = "Cracks in Pelmo's sea wall have shut the northern quay. Our reporter saw ferry "
        + "passengers redirected to the southern quay on Friday; the port expects repairs to run "
        + "for three weeks, while fishermen were told they can keep landing fish.";

    assertThat(index.add("own", own)).isEmpty();
  }

  @Test
  void ignoresTextsTooShortToShingle() {
    NearDuplicateIndex index = NearDuplicateIndex.standard();
    assertThat(index.add("a", "Port closed.")).isEmpty();
    assertThat(index.add("b", "Port closed.")).isEmpty();
  }

  @Test
  void estimatesJaccardFromSignatures() {
    MinHasher hasher = new MinHasher(5, 128);
    assertThat(MinHasher.similarity(hasher.signature(WIRE), hasher.signature(WIRE))).isEqualTo(1.0);
    assertThat(MinHasher.similarity(hasher.signature(WIRE), hasher.signature(
        "An entirely different text about a football match in the rain, won by the visitors late on.")))
        .isLessThan(0.1);
  }
}

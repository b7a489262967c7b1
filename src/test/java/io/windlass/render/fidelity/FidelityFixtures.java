package io.windlass.render.fidelity;

import io.windlass.render.RenderJob;

/** Render jobs of fidelity cases by name, for tests and benchmarks outside this package. */
public final class FidelityFixtures {

  private FidelityFixtures() {}

  /** The job of the named case of {@code render/cases.json}, features from the stored files. */
  public static RenderJob job(String caseName) throws Exception {
    for (FidelityCase c : FidelityCase.all()) {
      if (c.name().equals(caseName)) {
        return FidelityTest.job(c);
      }
    }
    throw new IllegalArgumentException("no fidelity case " + caseName);
  }
}

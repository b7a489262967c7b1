package io.windlass.render.fidelity;

import io.windlass.render.FontLibrary;
import io.windlass.render.MarkerImage;
import io.windlass.render.MarkerImages;
import io.windlass.render.RenderJob;
import io.windlass.render.TileRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Render jobs of fidelity cases by name, for tests and benchmarks outside this package. */
public final class FidelityFixtures {

  /** The URL the cases' MapConfigs name marker files under (scripts/render maps it too). */
  static final String MARKERS_URL = "http://windlass.test/markers/";

  private FidelityFixtures() {}

  /** Marker files of the cases, from {@code render/markers} instead of the network. */
  static final MarkerImages MARKERS =
      url -> {
        if (!url.startsWith(MARKERS_URL)) {
          return null;
        }
        String path = FidelityCase.ROOT + "markers/" + url.substring(MARKERS_URL.length());
        try (InputStream in = FidelityFixtures.class.getResourceAsStream(path)) {
          return in == null ? null : MarkerImage.decode(in.readAllBytes(), path.endsWith(".svg"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };

  /** The renderer the suites use: default fonts, the cases' marker files. */
  static TileRenderer renderer() {
    return new TileRenderer(FontLibrary.defaults(), MARKERS);
  }

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

package io.windlass.render.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.windlass.render.LayerContent;
import io.windlass.render.RenderJob;
import io.windlass.render.TileRenderer;
import io.windlass.style.CartoCss;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders every case of the fidelity suite with Windlass's renderer (no database: features come
 * from the stored query results) and compares it with Mapnik's reference PNG using CARTO's metric.
 * A case passes within {@link #TOLERANCE_PER_MIL}. The set of passing cases must equal {@code
 * render/passing.txt} exactly: a regression fails, and so does an improvement until the list is
 * updated. Per-case figures are printed; with {@code -Dfidelity.out=DIR} our tiles and diff images
 * are written there.
 */
class FidelityTest {

  static final double TOLERANCE_PER_MIL = 20;

  @Test
  void casesMatchMapnik() throws Exception {
    Map<String, Double> results = new TreeMap<>();
    String outDir = System.getProperty("fidelity.out");
    TileRenderer renderer = FidelityFixtures.renderer();
    for (FidelityCase c : FidelityCase.all()) {
      BufferedImage ours = renderer.render(job(c));
      BufferedImage ref = reference(c.name());
      results.put(c.name(), PixelDiff.perMil(ours, ref));
      if (outDir != null) {
        new File(outDir).mkdirs();
        ImageIO.write(ours, "png", new File(outDir, c.name() + ".png"));
        ImageIO.write(
            PixelDiff.diffImage(ours, ref), "png", new File(outDir, c.name() + ".diff.png"));
      }
    }
    StringBuilder table = new StringBuilder("| case | per-mil | result |\n| --- | --- | --- |\n");
    TreeSet<String> passing = new TreeSet<>();
    results.forEach(
        (name, pm) -> {
          boolean ok = pm <= TOLERANCE_PER_MIL;
          if (ok) {
            passing.add(name);
          }
          table.append(String.format("| %s | %.1f | %s |%n", name, pm, ok ? "pass" : "FAIL"));
        });
    table.append(String.format("%d of %d cases pass%n", passing.size(), results.size()));
    System.out.print(table);
    assertEquals(expectedPassing(), passing, "passing cases (render/passing.txt)\n" + table);
  }

  static RenderJob job(FidelityCase c) throws Exception {
    List<LayerContent> layers = new ArrayList<>();
    for (FidelityCase.LayerInput l : c.layers()) {
      var style = CartoCss.compile(l.cartocss(), l.cartocssVersion());
      layers.add(
          l.isRaster()
              ? new LayerContent.RasterLayer(
                  style, FidelityCase.rasters(l.featuresKey()), l.rasterBand())
              : new LayerContent.VectorLayer(style, FidelityCase.features(l.featuresKey())));
    }
    return new RenderJob(
        c.extent(),
        c.sizePx(),
        c.sizePx(),
        c.scale(),
        c.z(),
        null,
        layers,
        RenderJob.DEFAULT_BUFFER_PX);
  }

  private static BufferedImage reference(String name) throws IOException {
    try (InputStream in =
        FidelityTest.class.getResourceAsStream(FidelityCase.ROOT + "reference/" + name + ".png")) {
      return ImageIO.read(in);
    }
  }

  private static TreeSet<String> expectedPassing() throws IOException {
    TreeSet<String> out = new TreeSet<>();
    try (InputStream in =
        FidelityTest.class.getResourceAsStream(FidelityCase.ROOT + "passing.txt")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String s = line.strip();
          if (!s.isEmpty() && !s.startsWith("#")) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }
}

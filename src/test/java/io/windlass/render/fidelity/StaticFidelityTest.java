package io.windlass.render.fidelity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.geo.ImageView;
import io.windlass.render.LayerContent;
import io.windlass.render.RenderJob;
import io.windlass.render.TileRenderer;
import io.windlass.style.CartoCss;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Static map images (one render of any extent and size, as {@code /api/v1/map/static/center} draws
 * them) against Mapnik's rendering of the same extent and size: every case within {@link
 * FidelityTest#TOLERANCE_PER_MIL} with CARTO's metric. Cases, references and input features are in
 * {@code src/test/resources/render/static}, made by {@code
 * scripts/render/regenerate_static_references.py}; {@code -Dfidelity.out=DIR} writes our images.
 */
class StaticFidelityTest {

  private static final String DIR = FidelityCase.ROOT + "static/";

  @Test
  void staticImagesMatchMapnik() throws Exception {
    JsonNode index = FidelityCase.read(DIR + "features/index.json");
    String outDir = System.getProperty("fidelity.out");
    TileRenderer renderer = FidelityFixtures.renderer();
    StringBuilder table = new StringBuilder("| static case | per-mil |\n| --- | --- |\n");
    List<String> failing = new ArrayList<>();
    for (JsonNode c : FidelityCase.read(DIR + "cases.json").get("cases")) {
      String name = c.get("name").asText();
      JsonNode v = c.get("view");
      int scale = v.path("scale").asInt(1);
      ImageView view =
          ImageView.centred(
              v.get("lon").asDouble(),
              v.get("lat").asDouble(),
              v.get("zoom").asInt(),
              v.get("width").asInt(),
              v.get("height").asInt(),
              scale);
      List<LayerContent> layers = new ArrayList<>();
      int k = 0;
      for (JsonNode l : c.get("mapconfig").get("layers")) {
        JsonNode o = l.get("options");
        layers.add(
            new LayerContent.VectorLayer(
                CartoCss.compile(
                    o.get("cartocss").asText(), o.path("cartocss_version").asText("2.0.0")),
                FidelityCase.features(DIR + "features/", index.get(name).get(k++).asText())));
      }
      RenderJob job =
          new RenderJob(
              view.extent(),
              view.widthPx() * scale,
              view.heightPx() * scale,
              scale,
              view.zoom(),
              null,
              layers,
              RenderJob.DEFAULT_BUFFER_PX);
      BufferedImage ours = renderer.render(job);
      BufferedImage ref;
      try (InputStream in = getClass().getResourceAsStream(DIR + "reference/" + name + ".png")) {
        ref = ImageIO.read(in);
      }
      double pm = PixelDiff.perMil(ours, ref);
      table.append(String.format("| %s | %.1f |%n", name, pm));
      if (pm > FidelityTest.TOLERANCE_PER_MIL) {
        failing.add(name);
      }
      if (outDir != null) {
        new File(outDir).mkdirs();
        ImageIO.write(ours, "png", new File(outDir, name + ".png"));
      }
    }
    System.out.print(table);
    assertTrue(failing.isEmpty(), "static images off Mapnik: " + failing + "\n" + table);
  }
}

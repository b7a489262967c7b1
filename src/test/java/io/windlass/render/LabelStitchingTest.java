package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.windlass.geo.Bbox;
import io.windlass.geo.Feature;
import io.windlass.style.CartoCss;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Labels crossing a tile edge: two neighbouring tiles rendered separately (each with its 64 px
 * buffer, from the same features) and put side by side must equal, pixel for pixel, one image of
 * both tiles: each label is drawn once, in the same place, on both tiles.
 */
class LabelStitchingTest {

  private static final GeometryFactory GF = new GeometryFactory();

  @Test
  void neighbouringTilesStitchSeamlessly() throws Exception {
    List<Feature> places = new ArrayList<>();
    // 1 metre = 1 pixel. Labels straddle the seam at x = 256, some close enough to collide.
    Object[][] rows = {
      {"Seamstown", 256.0, 100.0},
      {"Left Bank Landing", 240.0, 60.0},
      {"Right Bank Crossing", 275.0, 63.0}, // collides with the one above
      {"Edgeville", 250.0, 180.0},
      {"Far West", 40.0, 200.0},
      {"Halo Point", 262.0, 230.0},
    };
    for (Object[] r : rows) {
      places.add(
          new Feature(
              GF.createPoint(new Coordinate((double) r[1], (double) r[2])), Map.of("name", r[0])));
    }
    LayerContent layer =
        new LayerContent.VectorLayer(
            CartoCss.compile(
                "#p{marker-width:6;marker-fill:#c00;text-name:[name];"
                    + "text-face-name:'DejaVu Sans Book';text-size:12;text-dy:-8;"
                    + "text-halo-fill:#fff;text-halo-radius:1.5;}"),
            places);
    TileRenderer r = new TileRenderer();
    BufferedImage left =
        r.render(new RenderJob(new Bbox(0, 0, 256, 256), 256, 256, 1, 10, null, List.of(layer)));
    BufferedImage right =
        r.render(new RenderJob(new Bbox(256, 0, 512, 256), 256, 256, 1, 10, null, List.of(layer)));
    BufferedImage both =
        r.render(new RenderJob(new Bbox(0, 0, 512, 256), 512, 256, 1, 10, null, List.of(layer)));
    int inkLeftOfSeam = 0;
    int inkRightOfSeam = 0;
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 512; x++) {
        int stitched = x < 256 ? left.getRGB(x, y) : right.getRGB(x - 256, y);
        assertEquals(both.getRGB(x, y), stitched, "pixel " + x + "," + y);
      }
      inkLeftOfSeam += (left.getRGB(255, y) >>> 24) > 0 ? 1 : 0;
      inkRightOfSeam += (right.getRGB(0, y) >>> 24) > 0 ? 1 : 0;
    }
    assertTrue(inkLeftOfSeam > 10 && inkRightOfSeam > 10, "labels cross the seam");
  }
}

package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.windlass.geo.Bbox;
import io.windlass.geo.Feature;
import io.windlass.style.CartoCss;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Line labels placed as Mapnik places them (1 metre = 1 pixel, y up in metres). */
class TextPlacementTest {

  private static final String LINE_LABELS =
      "#l{text-name:[name];text-face-name:'DejaVu Sans Book';text-size:10;text-placement:line;}";

  @Test
  void aLineLabelIsCentredOnTheVisiblePartOfItsLine() throws Exception {
    // From x = -100 to 200: clipped to the tile, the label centres at x = 100, not 50.
    int[] ink = ink(render("LINESTRING(-100 128, 200 128)"));
    assertEquals(100, (ink[0] + ink[2]) / 2.0, 1.5);
  }

  @Test
  void aLineLabelDoesNotFoldAroundASharpCorner() throws Exception {
    // Down the line x = 200 to the corner at y = 206 px, then left: the middle of the path is
    // the corner; the label moves up the vertical leg until its last glyph turns by less than
    // max-char-angle-delta.
    int[] ink = ink(render("LINESTRING(200 150, 200 50, 100 50)"));
    assertTrue(ink[0] >= 194 && ink[2] <= 204, "on the vertical leg: x " + ink[0] + ".." + ink[2]);
    assertTrue(ink[3] <= 206, "above the corner: y to " + ink[3]);
    assertTrue(ink[3] - ink[1] > 30, "upright along the leg: height " + (ink[3] - ink[1]));
  }

  private static BufferedImage render(String wkt) throws Exception {
    Geometry g = new WKTReader().read(wkt);
    LayerContent layer =
        new LayerContent.VectorLayer(
            CartoCss.compile(LINE_LABELS), List.of(new Feature(g, Map.of("name", "Czechia"))));
    return new TileRenderer()
        .render(new RenderJob(new Bbox(0, 0, 256, 256), 256, 256, 1, 10, null, List.of(layer)));
  }

  /** The bounding box {minX, minY, maxX, maxY} of pixels with alpha over 64. */
  private static int[] ink(BufferedImage img) {
    int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) >>> 24) > 64) {
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      }
    }
    assertTrue(box[2] >= 0, "a label is drawn");
    return box;
  }
}

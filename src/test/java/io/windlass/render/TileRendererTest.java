package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.windlass.geo.Bbox;
import io.windlass.geo.Feature;
import io.windlass.style.CartoCss;
import io.windlass.style.StyleException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Pixel tests on a 256 m x 256 m extent rendered at 256 px, so 1 metre = 1 pixel (y flipped). */
class TileRendererTest {

  private static final Bbox EXTENT = new Bbox(0, 0, 256, 256);
  private static final int RED = 0xffff0000;
  private static final int BLUE = 0xff0000ff;

  private final TileRenderer renderer = new TileRenderer();

  private static Geometry wkt(String s) {
    try {
      return new WKTReader().read(s);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static LayerContent vector(String css, String... wkts) throws StyleException {
    List<Feature> features = new java.util.ArrayList<>();
    for (String w : wkts) {
      features.add(new Feature(wkt(w), Map.of()));
    }
    return new LayerContent.VectorLayer(CartoCss.compile(css), features);
  }

  private BufferedImage render(double scale, Color bg, LayerContent... layers) {
    int size = (int) (256 * scale);
    return renderer.render(new RenderJob(EXTENT, size, size, scale, 10, bg, List.of(layers)));
  }

  @Test
  void imageTypeAndSize() throws Exception {
    BufferedImage img = render(1, null);
    assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, img.getType());
    assertEquals(256, img.getWidth());
    assertEquals(0, img.getRGB(100, 100));
  }

  @Test
  void polygonFilledInsideTransparentOutside() throws Exception {
    BufferedImage img =
        render(
            1,
            null,
            vector("#l{polygon-fill:red}", "POLYGON((64 64, 192 64, 192 192, 64 192, 64 64))"));
    assertEquals(RED, img.getRGB(128, 128));
    assertEquals(RED, img.getRGB(64, 64)); // pixel (64,64) lies fully inside [64,192)
    assertEquals(RED, img.getRGB(191, 191));
    assertEquals(0, img.getRGB(63, 128));
    assertEquals(0, img.getRGB(192, 128));
    assertEquals(0, img.getRGB(10, 10));
  }

  @Test
  void yAxisPointsNorth() throws Exception {
    BufferedImage img =
        render(
            1,
            null,
            vector("#l{polygon-fill:red}", "POLYGON((0 200, 50 200, 50 256, 0 256, 0 200))"));
    assertEquals(RED, img.getRGB(10, 10)); // top-left of the image is the north-west
    assertEquals(0, img.getRGB(10, 245));
  }

  @Test
  void holesAreNotFilled() throws Exception {
    BufferedImage img =
        render(
            1,
            null,
            vector(
                "#l{polygon-fill:red}",
                "POLYGON((0 0, 256 0, 256 256, 0 256, 0 0), (100 100, 156 100, 156 156, 100 156, 100 100))"));
    assertEquals(0, img.getRGB(128, 128));
    assertEquals(RED, img.getRGB(20, 20));
  }

  @Test
  void opacityTruncatesLikeMapnik() throws Exception {
    BufferedImage img =
        render(
            1,
            null,
            vector(
                "#l{polygon-fill:#0000ff;polygon-opacity:0.5}",
                "POLYGON((0 0, 256 0, 256 256, 0 256, 0 0))"));
    assertEquals(127, img.getRGB(5, 5) >>> 24);
    assertEquals(0xff, img.getRGB(5, 5) & 0xff);
  }

  @Test
  void linePixels() throws Exception {
    BufferedImage img =
        render(1, null, vector("#l{line-color:red;line-width:2}", "LINESTRING(10 128, 246 128)"));
    assertEquals(RED, img.getRGB(50, 127));
    assertEquals(RED, img.getRGB(50, 128));
    assertEquals(0, img.getRGB(50, 125));
    assertEquals(0, img.getRGB(50, 130));
    assertEquals(0, img.getRGB(5, 128)); // butt cap: nothing before the first vertex
  }

  @Test
  void polygonOutlineIsStroked() throws Exception {
    BufferedImage img =
        render(
            1,
            null,
            vector(
                "#l{line-color:blue;line-width:2}",
                "POLYGON((64 64, 192 64, 192 192, 64 192, 64 64))"));
    assertEquals(
        BLUE, img.getRGB(128, 191)); // bottom edge Y=64 -> pixel row 192, covers rows 191-192
    assertEquals(BLUE, img.getRGB(64, 128));
    assertEquals(0, img.getRGB(128, 128));
  }

  @Test
  void markerAtPoint() throws Exception {
    BufferedImage img =
        render(
            1,
            null,
            vector("#l{marker-fill:red;marker-width:10;marker-line-width:0}", "POINT(100 100)"));
    assertEquals(RED, img.getRGB(100, 156));
    assertEquals(RED, img.getRGB(97, 153));
    assertEquals(0, img.getRGB(93, 156));
    assertEquals(0, img.getRGB(100, 150 - 1));
  }

  @Test
  void markerOutlineAndDefaultFill() throws Exception {
    BufferedImage img =
        render(
            1,
            null,
            vector(
                "#l{marker-line-color:red;marker-line-width:2;marker-width:20}",
                "MULTIPOINT((50 50),(200 200))"));
    assertEquals(BLUE, img.getRGB(50, 206));
    assertEquals(RED, img.getRGB(59, 205)); // the outline sits on the ellipse's edge
    assertEquals(BLUE, img.getRGB(200, 56));
  }

  @Test
  void overlappingMarkersAreSkippedUnlessAllowed() throws Exception {
    String[] points = {"POINT(100 100)", "POINT(104 100)"};
    BufferedImage noOverlap =
        render(1, null, vector("#l{marker-fill:red;marker-line-width:0}", points));
    assertEquals(0, noOverlap.getRGB(107, 156));
    BufferedImage overlap =
        render(
            1,
            null,
            vector("#l{marker-fill:red;marker-line-width:0;marker-allow-overlap:true}", points));
    assertEquals(RED, overlap.getRGB(107, 156));
  }

  @Test
  void laterLayerOnTop() throws Exception {
    String square = "POLYGON((64 64, 192 64, 192 192, 64 192, 64 64))";
    BufferedImage img =
        render(
            1,
            null,
            vector("#l{polygon-fill:red}", square),
            vector("#l{polygon-fill:blue}", "POLYGON((128 0, 256 0, 256 256, 128 256, 128 0))"));
    assertEquals(RED, img.getRGB(100, 128));
    assertEquals(BLUE, img.getRGB(150, 128));
  }

  @Test
  void symbolizerOrderWithinLayer() throws Exception {
    // The line comes first in the stylesheet, so the fill covers its inner half.
    BufferedImage img =
        render(
            1,
            null,
            vector(
                "#l{line-color:blue;line-width:4;polygon-fill:red}",
                "POLYGON((64 64, 192 64, 192 192, 64 192, 64 64))"));
    assertEquals(RED, img.getRGB(128, 190));
    assertEquals(BLUE, img.getRGB(128, 193));
  }

  @Test
  void fillLayerAndBackground() {
    BufferedImage bg = render(1, Color.WHITE);
    assertEquals(0xffffffff, bg.getRGB(0, 0));
    assertEquals(0xffffffff, bg.getRGB(255, 255));
    BufferedImage img =
        render(1, Color.WHITE, new LayerContent.FillLayer(new Color(255, 0, 0, 128)));
    int p = img.getRGB(30, 200);
    assertEquals(0xff, p >>> 24);
    assertEquals(0xff, (p >> 16) & 0xff);
    assertEquals(127, (p >> 8) & 0xff, 1);
  }

  @Test
  void imageLayerIsStretched() {
    BufferedImage src = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    src.setRGB(0, 0, RED);
    src.setRGB(1, 0, BLUE);
    src.setRGB(0, 1, BLUE);
    src.setRGB(1, 1, RED);
    BufferedImage img = render(1, null, new LayerContent.ImageLayer(src));
    assertEquals(RED, img.getRGB(10, 10));
    assertEquals(BLUE, img.getRGB(245, 10));
    assertEquals(RED, img.getRGB(245, 245));
  }

  @Test
  void retinaDoublesWidthsAndSizes() throws Exception {
    LayerContent line = vector("#l{line-color:red;line-width:2}", "LINESTRING(10 128, 246 128)");
    assertEquals(2, coveredRows(render(1, null, line), 100));
    BufferedImage x2 = render(2, null, line);
    assertEquals(512, x2.getWidth());
    assertEquals(4, coveredRows(x2, 200));
    LayerContent marker =
        vector("#l{marker-fill:red;marker-width:10;marker-line-width:0}", "POINT(128 128)");
    int at1 = coveredRows(render(1, null, marker), 128);
    int at2 = coveredRows(render(2, null, marker), 256);
    assertTrue(at1 >= 9 && at1 <= 11, "rows at 1x: " + at1);
    assertEquals(2 * at1, at2, 1);
  }

  private static int coveredRows(BufferedImage img, int x) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      if ((img.getRGB(x, y) >>> 24) > 127) {
        n++;
      }
    }
    return n;
  }

  @Test
  void filtersAndZoomPickColours() throws Exception {
    List<Feature> features =
        List.of(
            new Feature(wkt("POINT(50 128)"), Map.of("pop", 20)),
            new Feature(wkt("POINT(200 128)"), Map.of("pop", 5)));
    LayerContent layer =
        new LayerContent.VectorLayer(
            CartoCss.compile(
                "#l{marker-fill:red;marker-line-width:0;[pop>10]{marker-fill:blue}[zoom<5]{marker-width:0}}"),
            features);
    BufferedImage img =
        renderer.render(new RenderJob(EXTENT, 256, 256, 1, 10, null, List.of(layer)));
    assertEquals(BLUE, img.getRGB(50, 128));
    assertEquals(RED, img.getRGB(200, 128));
    BufferedImage z3 = renderer.render(new RenderJob(EXTENT, 256, 256, 1, 3, null, List.of(layer)));
    assertEquals(0, z3.getRGB(50, 128));
  }
}

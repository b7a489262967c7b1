package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Coverage and compositing facts of the AGG-style rasterizer, checked pixel by pixel. */
class CellRasterizerTest {

  private static final int BLACK = 0xff000000;

  private static int[] fill(int w, int h, int argbPre, boolean evenOdd, double[]... polygons) {
    var r = new CellRasterizer();
    for (double[] p : polygons) {
      r.moveTo(p[0], p[1]);
      for (int i = 2; i < p.length; i += 2) {
        r.lineTo(p[i], p[i + 1]);
      }
    }
    int[] px = new int[w * h];
    r.fill(px, w, h, argbPre, evenOdd, null);
    return px;
  }

  private static int alpha(int[] px, int w, int x, int y) {
    return px[y * w + x] >>> 24;
  }

  @Test
  void coverageIsTheAreaOfThePixelCovered() {
    // A square from (1, 1) to (3.5, 2.25): full pixels inside, half and quarter ones at the edges.
    int[] px = fill(5, 4, BLACK, false, new double[] {1, 1, 3.5, 1, 3.5, 2.25, 1, 2.25});
    assertEquals(255, alpha(px, 5, 1, 1));
    assertEquals(255, alpha(px, 5, 2, 1));
    assertEquals(128, alpha(px, 5, 3, 1), "half a pixel");
    assertEquals(64, alpha(px, 5, 1, 2), "a quarter of a pixel");
    assertEquals(32, alpha(px, 5, 3, 2), "an eighth of a pixel");
    assertEquals(0, alpha(px, 5, 0, 1));
    assertEquals(0, alpha(px, 5, 4, 1));
  }

  @Test
  void fillRulesDifferOnOverlaps() {
    double[] a = {0, 0, 4, 0, 4, 4, 0, 4};
    double[] b = {0, 0, 4, 0, 4, 4, 0, 4};
    assertEquals(0, alpha(fill(4, 4, BLACK, true, a, b), 4, 1, 1), "even-odd: twice is out");
    assertEquals(255, alpha(fill(4, 4, BLACK, false, a, b), 4, 1, 1), "non-zero: twice is in");
  }

  @Test
  void shapesBeyondTheImageStillCoverWhatIsInside() {
    int[] px = fill(4, 4, BLACK, false, new double[] {-100, -100, 2, -100, 2, 100, -100, 100});
    assertEquals(255, alpha(px, 4, 0, 0));
    assertEquals(255, alpha(px, 4, 1, 3));
    assertEquals(0, alpha(px, 4, 2, 2));
  }

  @Test
  void translucentSourceOverKeepsPremultipliedPixelsValid() {
    // Half-transparent red, premultiplied, twice over the same pixel at partial coverage.
    int red = (128 << 24) | (128 << 16);
    var r = new CellRasterizer();
    int[] px = new int[1];
    for (int k = 0; k < 2; k++) {
      r.moveTo(0, 0);
      r.lineTo(0.7, 0);
      r.lineTo(0.7, 1);
      r.lineTo(0, 1);
      r.fill(px, 1, 1, red, false, null);
    }
    int a = px[0] >>> 24;
    int rr = (px[0] >>> 16) & 0xff;
    assertEquals(rr, Math.min(rr, a), "colour never exceeds alpha");
    // 0.7 coverage of alpha 128 is 90; twice source-over: 90 + 90 * (255 - 90) / 255 = 148.
    assertEquals(148, a, 1);
  }
}

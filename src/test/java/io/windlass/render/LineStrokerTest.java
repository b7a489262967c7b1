package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stroke outlines Mapnik's AGG draws: widths, miter clipping, dashes, clipping of rings. */
class LineStrokerTest {

  private static int[] stroke(
      double width,
      LineStroker.Join join,
      double[] xs,
      double[] ys,
      boolean closed,
      double[] dashes,
      int w,
      int h) {
    var r = new CellRasterizer();
    var s = new LineStroker();
    s.configure(width, join, LineStroker.Cap.BUTT, 4, 1);
    if (dashes == null) {
      s.stroke(xs, ys, xs.length, closed, r);
    } else {
      s.dashed(xs, ys, xs.length, closed, dashes, 0, r);
    }
    int[] px = new int[w * h];
    r.fill(px, w, h, 0xff000000, false, null);
    return px;
  }

  private static int alpha(int[] px, int w, int x, int y) {
    return px[y * w + x] >>> 24;
  }

  @Test
  void aHorizontalLineCoversItsWidth() {
    int[] px =
        stroke(
            2,
            LineStroker.Join.MITER,
            new double[] {0, 20},
            new double[] {5, 5},
            false,
            null,
            20,
            10);
    assertEquals(255, alpha(px, 20, 10, 4));
    assertEquals(255, alpha(px, 20, 10, 5));
    assertEquals(0, alpha(px, 20, 10, 3));
    assertEquals(0, alpha(px, 20, 10, 6));
  }

  @Test
  void sharpMitersAreClippedAtTheLimitNotBevelled() {
    // A sharp spike pointing right: its miter is far beyond 4 half-widths, so AGG clips it at 4
    // half-widths (2 px with width 1) from the vertex, where a bevel would stop short.
    double[] xs = {0, 30, 0};
    double[] ys = {10, 15, 20};
    int[] px = stroke(1, LineStroker.Join.MITER, xs, ys, false, null, 40, 30);
    assertTrue(alpha(px, 40, 31, 14) + alpha(px, 40, 31, 15) > 100, "the clipped miter's tip");
    assertEquals(0, alpha(px, 40, 32, 15), "but not beyond the limit");
    int[] bevel = stroke(1, LineStroker.Join.BEVEL, xs, ys, false, null, 40, 30);
    assertEquals(0, alpha(bevel, 40, 31, 14) + alpha(bevel, 40, 31, 15), "a bevel ends sooner");
  }

  @Test
  void dashesAlternateAlongTheLine() {
    int[] px =
        stroke(
            2,
            LineStroker.Join.MITER,
            new double[] {0, 30},
            new double[] {5, 5},
            false,
            new double[] {6, 3},
            30,
            10);
    StringBuilder row = new StringBuilder();
    for (int x = 0; x < 30; x++) {
      row.append(alpha(px, 30, x, 5) > 128 ? '#' : '.');
    }
    assertEquals("######...######...######...###", row.toString());
  }

  @Test
  void ringsClippedToTheBoxStayClosedRings() {
    var clipper = new PolygonClipper();
    clipper.box(0, 0, 10, 10);
    int[] count = new int[1];
    boolean[] closedOut = new boolean[1];
    clipper.clip(
        new double[] {-5, 5, 5},
        new double[] {5, -5, 5},
        3,
        (xs, ys, n, closed) -> {
          count[0]++;
          closedOut[0] = closed;
          for (int i = 0; i < n; i++) {
            assertTrue(xs[i] >= 0 && xs[i] <= 10 && ys[i] >= 0 && ys[i] <= 10, "inside the box");
          }
        });
    assertEquals(1, count[0]);
    assertTrue(closedOut[0]);
  }

  @Test
  void linesLeavingTheBoxComeBackAsNewPieces() {
    var clipper = new PolylineClipper();
    clipper.box(0, 0, 10, 10);
    int[] pieces = new int[1];
    clipper.clip(
        new double[] {1, 20, 20, 1},
        new double[] {2, 2, 8, 8},
        4,
        false,
        (xs, ys, n, closed) -> {
          pieces[0]++;
          assertEquals(2, n);
          assertTrue(!closed);
        });
    assertEquals(2, pieces[0], "out through the right edge and back in");
  }
}

package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapnik's {@code marker-placement: line} positions, on lines whose answer is known. */
class LineMarkerPlacementTest {

  private static List<double[]> place(
      double[] xs, double[] ys, boolean closed, double spacing, double width, Refuse refuse) {
    List<double[]> out = new ArrayList<>();
    MarkerPlacement.along(
        xs,
        ys,
        xs.length,
        closed,
        spacing,
        0.2,
        width,
        (x, y, a) -> {
          if (refuse.refuses(x, y)) {
            return false;
          }
          out.add(new double[] {x, y, a});
          return true;
        });
    return out;
  }

  private interface Refuse {
    boolean refuses(double x, double y);
  }

  @Test
  void halfASpacingInThenEverySpacingWhileTheMarkerFits() {
    List<double[]> p =
        place(new double[] {0, 250}, new double[] {0, 0}, false, 100, 10, (x, y) -> false);
    assertEquals(2, p.size());
    assertEquals(50, p.get(0)[0], 1e-9);
    assertEquals(150, p.get(1)[0], 1e-9);
  }

  @Test
  void aLineShorterThanHalfTheSpacingGetsNone() {
    assertEquals(
        0,
        place(new double[] {0, 40}, new double[] {0, 0}, false, 100, 10, (x, y) -> false).size());
  }

  @Test
  void theAngleIsThatOfTheSegmentAndVerticesBelongToTheNextOne() {
    List<double[]> p =
        place(new double[] {0, 50, 50}, new double[] {0, 0, 200}, false, 100, 10, (x, y) -> false);
    assertEquals(Math.PI / 2, p.get(0)[2], 1e-9); // at 50: the vertex, so the downward segment
    assertEquals(50, p.get(0)[0], 1e-9);
    assertEquals(0, p.get(0)[1], 1e-9);
  }

  @Test
  void ringsIncludeTheirClosingEdge() {
    // a 100 px square: 400 px around, markers at 50, 150, 250, 350
    List<double[]> p =
        place(
            new double[] {0, 100, 100, 0},
            new double[] {0, 0, 100, 100},
            true,
            100,
            4,
            (x, y) -> false);
    assertEquals(4, p.size());
    assertEquals(0, p.get(3)[0], 1e-9);
    assertEquals(50, p.get(3)[1], 1e-9);
  }

  @Test
  void aRefusedPositionTriesTheToleranceOffsetsThenHalfASpacingOn() {
    // everything within 30 px of x=50 is refused: the offsets (at most 20 px) fail, so the next
    // nominal position is 100, not 150
    List<double[]> p =
        place(
            new double[] {0, 1000},
            new double[] {0, 0},
            false,
            100,
            10,
            (x, y) -> Math.abs(x - 50) < 30);
    assertEquals(100, p.get(0)[0], 1e-9);
    assertEquals(200, p.get(1)[0], 1e-9);
  }

  @Test
  void toleranceOffsetsAreMapniks() {
    assertEquals(0, MarkerPlacement.toleranceOffset(0, 20));
    assertEquals(-1, MarkerPlacement.toleranceOffset(1, 20));
    assertEquals(1, MarkerPlacement.toleranceOffset(2, 20));
    assertEquals(-1.01625, MarkerPlacement.toleranceOffset(3, 20), 1e-9);
    assertEquals(1.01625, MarkerPlacement.toleranceOffset(4, 20), 1e-9);
    assertEquals(Double.NaN, MarkerPlacement.toleranceOffset(3, 0));
  }
}

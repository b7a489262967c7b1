package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapnik's geometry converters: offset, simplify, smooth. */
class PathConvertersTest {

  private static List<double[]> offset(double[] xs, double[] ys, boolean closed, double by) {
    List<double[]> out = new ArrayList<>();
    new OffsetPath()
        .offset(
            xs,
            ys,
            xs.length,
            closed,
            by,
            (x, y, n, c) -> {
              for (int i = 0; i < n; i++) {
                out.add(new double[] {x[i], y[i]});
              }
            });
    return out;
  }

  @Test
  void positiveIsRightOfTheDirectionOfTravel() {
    // eastwards on screen (y down): the right is +y
    List<double[]> p = offset(new double[] {0, 10}, new double[] {0, 0}, false, 2);
    assertEquals(2, p.size());
    assertEquals(0, p.get(0)[0], 1e-9);
    assertEquals(2, p.get(0)[1], 1e-9);
    assertEquals(10, p.get(1)[0], 1e-9);
    assertEquals(2, p.get(1)[1], 1e-9);
  }

  @Test
  void insideCornersMeetAtOnePointOutsideOnesGetAnArc() {
    // east then south: turning right, so +2 (right) is inside the corner
    List<double[]> inside = offset(new double[] {0, 10, 10}, new double[] {0, 0, 10}, false, 2);
    assertEquals(3, inside.size());
    assertEquals(8, inside.get(1)[0], 1e-9);
    assertEquals(2, inside.get(1)[1], 1e-9);
    List<double[]> outside = offset(new double[] {0, 10, 10}, new double[] {0, 0, 10}, false, -2);
    assertTrue(outside.size() > 4, "an arc round the corner: " + outside.size());
    for (double[] v : outside.subList(1, outside.size() - 1)) {
      assertEquals(2, Math.hypot(v[0] - 10, v[1]), 1e-9); // on the circle round the vertex
    }
  }

  @Test
  void aRingOffsetInwardsShrinks() {
    // a clockwise square on screen: right of travel is inside
    List<double[]> p = offset(new double[] {0, 10, 10, 0}, new double[] {0, 0, 10, 10}, true, 1);
    for (double[] v : p) {
      assertTrue(v[0] >= 1 - 1e-9 && v[0] <= 9 + 1e-9 && v[1] >= 1 - 1e-9 && v[1] <= 9 + 1e-9);
    }
  }

  @Test
  void radialSimplifyKeepsVerticesFartherThanTheRootOfTheTolerance() {
    List<double[]> out = new ArrayList<>();
    new RadialSimplifier()
        .simplify(
            new double[] {0, 1, 2.5, 3, 6},
            new double[] {0, 0, 0, 0, 0},
            5,
            false,
            4, // radius 2
            (x, y, n, c) -> {
              for (int i = 0; i < n; i++) {
                out.add(new double[] {x[i], y[i]});
              }
            });
    assertEquals(3, out.size());
    assertEquals(2.5, out.get(1)[0]);
    assertEquals(6, out.get(2)[0]);
  }

  @Test
  void smoothingKeepsTheVerticesAndBowsTheEdges() {
    List<double[]> out = new ArrayList<>();
    new SmoothPath()
        .smooth(
            new double[] {0, 50, 100},
            new double[] {0, 50, 0},
            3,
            false,
            1,
            (x, y, n, c) -> {
              for (int i = 0; i < n; i++) {
                out.add(new double[] {x[i], y[i]});
              }
            });
    assertTrue(out.size() > 10, "flattened curves: " + out.size());
    assertEquals(0, out.get(0)[0]);
    assertEquals(100, out.get(out.size() - 1)[0]);
    // the curves pass through the vertices and bow out between them
    assertTrue(out.stream().anyMatch(v -> v[0] == 50 && v[1] == 50));
    double bow =
        out.stream().filter(v -> v[0] < 50).mapToDouble(v -> v[1] - v[0]).max().orElseThrow();
    assertTrue(bow > 1, "off the straight edge: " + bow);
  }
}

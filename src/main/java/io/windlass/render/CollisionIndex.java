package io.windlass.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes already occupied by placed markers during one render (pixel space), bucketed in a coarse
 * grid; the equivalent of Mapnik's label collision detector for {@code marker-allow-overlap:
 * false}. Not thread-safe: one instance per render.
 */
final class CollisionIndex {

  // Small cells keep the boxes compared per lookup few where thousands of markers crowd.
  private static final double CELL_PX = 16;

  private final Map<Long, List<double[]>> cells = new HashMap<>();

  /**
   * Whether the box collides with (overlaps or touches, as Mapnik's box2d) nothing placed so far.
   */
  boolean isFree(double minX, double minY, double maxX, double maxY) {
    int cx0 = cell(minX);
    int cx1 = cell(maxX);
    int cy0 = cell(minY);
    int cy1 = cell(maxY);
    for (int cx = cx0; cx <= cx1; cx++) {
      for (int cy = cy0; cy <= cy1; cy++) {
        List<double[]> boxes = cells.get(key(cx, cy));
        if (boxes != null) {
          for (double[] b : boxes) {
            if (b[0] <= maxX && b[2] >= minX && b[1] <= maxY && b[3] >= minY) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  void insert(double minX, double minY, double maxX, double maxY) {
    double[] box = {minX, minY, maxX, maxY};
    for (int cx = cell(minX); cx <= cell(maxX); cx++) {
      for (int cy = cell(minY); cy <= cell(maxY); cy++) {
        cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(box);
      }
    }
  }

  private static int cell(double v) {
    return (int) Math.floor(v / CELL_PX);
  }

  /** Spread so that Long's hash (high ^ low word) does not collide for cells on a diagonal. */
  private static long key(int cx, int cy) {
    return (cx * 0x9E3779B97F4A7C15L) ^ cy;
  }
}

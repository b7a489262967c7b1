package io.windlass.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes already occupied by placed markers and labels during one render (pixel space), bucketed in
 * a coarse grid; the equivalent of Mapnik's {@code label_collision_detector4}. A label's boxes
 * carry its text, so that a label can keep a distance from others with the same text ({@code
 * repeat_distance}). Not thread-safe: one instance per render.
 */
final class CollisionIndex {

  // Small cells keep the boxes compared per lookup few where thousands of markers crowd.
  private static final double CELL_PX = 16;

  private final Map<Long, List<Entry>> cells;
  private final double offsetX;
  private final double offsetY;

  CollisionIndex() {
    this(new HashMap<>(), 0, 0);
  }

  private CollisionIndex(Map<Long, List<Entry>> cells, double offsetX, double offsetY) {
    this.cells = cells;
    this.offsetX = offsetX;
    this.offsetY = offsetY;
  }

  /**
   * The same boxes seen from an image whose origin lies at ({@code -dx, -dy}) of this one's: an
   * inflated style buffer, which places and collides with everything else.
   */
  CollisionIndex shifted(double dx, double dy) {
    return new CollisionIndex(cells, offsetX + dx, offsetY + dy);
  }

  private record Entry(double minX, double minY, double maxX, double maxY, String text) {

    boolean intersects(double x0, double y0, double x1, double y1) {
      return minX <= x1 && maxX >= x0 && minY <= y1 && maxY >= y0;
    }
  }

  /**
   * Whether the box collides with (overlaps or touches, as Mapnik's box2d) nothing placed so far.
   */
  boolean isFree(double minX, double minY, double maxX, double maxY) {
    return isFree(minX, minY, maxX, maxY, null, 0);
  }

  /**
   * Whether the box collides with nothing placed so far, nor, within {@code repeatDistance}, with
   * any box of a label whose text is {@code text} (Mapnik's {@code has_placement} with a repeat
   * key).
   */
  boolean isFree(
      double minX, double minY, double maxX, double maxY, String text, double repeatDistance) {
    minX -= offsetX;
    maxX -= offsetX;
    minY -= offsetY;
    maxY -= offsetY;
    double r = text != null && repeatDistance > 0 ? repeatDistance : 0;
    int cx0 = cell(minX - r);
    int cx1 = cell(maxX + r);
    int cy0 = cell(minY - r);
    int cy1 = cell(maxY + r);
    for (int cx = cx0; cx <= cx1; cx++) {
      for (int cy = cy0; cy <= cy1; cy++) {
        List<Entry> boxes = cells.get(key(cx, cy));
        if (boxes != null) {
          for (Entry e : boxes) {
            if (e.intersects(minX, minY, maxX, maxY)
                || (r > 0
                    && text.equals(e.text())
                    && e.intersects(minX - r, minY - r, maxX + r, maxY + r))) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  void insert(double minX, double minY, double maxX, double maxY) {
    insert(minX, minY, maxX, maxY, null);
  }

  /** Occupies the box for a label with the text given (null for markers). */
  void insert(double minX, double minY, double maxX, double maxY, String text) {
    minX -= offsetX;
    maxX -= offsetX;
    minY -= offsetY;
    maxY -= offsetY;
    Entry box = new Entry(minX, minY, maxX, maxY, text);
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

package io.windlass.render;

import java.util.PriorityQueue;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Polygon;

/**
 * Mapnik 3.1's {@code geometry::interior} ({@code text-placement: interior}): polylabel's quadtree
 * search, but scoring a cell by its distance to the outline times {@code 1 - distance to centroid /
 * max(bbox width, height)}, so that of two roughly equally roomy spots the one nearer the centroid
 * wins. It runs on the polygon in pixels (y down), starting from the centroid, with cells the size
 * of the exterior ring's bbox's shorter side and a precision of 1% of its longer side times the
 * scale factor. Mapnik's arithmetic order is kept so that the same cells are split and ties resolve
 * the same way.
 */
final class InteriorPosition {

  private final double[][] rings; // x0, y0, x1, y1, ... per ring, in pixels, closed
  private final double cx;
  private final double cy;
  private final double maxSize;

  private InteriorPosition(double[][] rings, double cx, double cy, double maxSize) {
    this.rings = rings;
    this.cx = cx;
    this.cy = cy;
    this.maxSize = maxSize;
  }

  /** The label position of the polygon in pixels, or null when it has no exterior ring. */
  static double[] of(Polygon polygon, PixelTransform t, double scaleFactor) {
    if (polygon.isEmpty()) {
      return null;
    }
    double[][] rings = new double[polygon.getNumInteriorRing() + 1][];
    rings[0] = pixels(polygon.getExteriorRing().getCoordinateSequence(), t);
    for (int k = 0; k < polygon.getNumInteriorRing(); k++) {
      rings[k + 1] = pixels(polygon.getInteriorRingN(k).getCoordinateSequence(), t);
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    double[] ext = rings[0];
    for (int i = 0; i < ext.length; i += 2) {
      minX = Math.min(minX, ext[i]);
      maxX = Math.max(maxX, ext[i]);
      minY = Math.min(minY, ext[i + 1]);
      maxY = Math.max(maxY, ext[i + 1]);
    }
    double w = maxX - minX;
    double h = maxY - minY;
    double precision = Math.max(w, h) / 100.0 * scaleFactor;
    double cellSize = Math.min(w, h);
    if (cellSize == 0) {
      return new double[] {minX, minY};
    }
    double[] c = centroid(rings);
    if (c == null) {
      return new double[] {(minX + maxX) / 2, (minY + maxY) / 2};
    }
    return new InteriorPosition(rings, c[0], c[1], Math.max(w, h))
        .search(minX, minY, maxX, maxY, cellSize, precision);
  }

  private double[] search(
      double minX, double minY, double maxX, double maxY, double cellSize, double precision) {
    double h = cellSize / 2;
    PriorityQueue<Cell> queue =
        new PriorityQueue<>((a, b) -> Double.compare(b.maxFitness, a.maxFitness));
    for (double x = minX; x < maxX; x += cellSize) {
      for (double y = minY; y < maxY; y += cellSize) {
        queue.add(cell(x + h, y + h, h));
      }
    }
    Cell best = cell(cx, cy, 0);
    while (!queue.isEmpty()) {
      Cell current = queue.poll();
      if (current.fitness > best.fitness) {
        best = current;
      }
      if (current.maxFitness - best.fitness <= precision) {
        continue;
      }
      double q = current.h / 2;
      queue.add(cell(current.x - q, current.y - q, q));
      queue.add(cell(current.x + q, current.y - q, q));
      queue.add(cell(current.x - q, current.y + q, q));
      queue.add(cell(current.x + q, current.y + q, q));
    }
    return new double[] {best.x, best.y};
  }

  private record Cell(double x, double y, double h, double fitness, double maxFitness) {}

  private Cell cell(double x, double y, double h) {
    double d = signedDistance(x, y);
    return new Cell(x, y, h, fitness(x, y, d), fitness(x, y, d + h * Math.sqrt(2)));
  }

  private double fitness(double x, double y, double distancePolygon) {
    if (distancePolygon <= 0) {
      return distancePolygon;
    }
    double dx = x - cx;
    double dy = y - cy;
    return distancePolygon * (1 - Math.sqrt(dx * dx + dy * dy) / maxSize);
  }

  /** Distance to the nearest ring, negative outside (even-odd over all rings). */
  private double signedDistance(double px, double py) {
    boolean inside = false;
    double minSq = Double.POSITIVE_INFINITY;
    for (double[] r : rings) {
      int n = r.length / 2;
      for (int i = 0, j = n - 1; i < n; j = i++) {
        double ax = r[2 * i];
        double ay = r[2 * i + 1];
        double bx = r[2 * j];
        double by = r[2 * j + 1];
        if ((ay > py) != (by > py) && (px < (bx - ax) * (py - ay) / (by - ay) + ax)) {
          inside = !inside;
        }
        minSq = Math.min(minSq, segmentDistanceSq(px, py, ax, ay, bx, by));
      }
    }
    return (inside ? 1 : -1) * Math.sqrt(minSq);
  }

  private static double segmentDistanceSq(
      double px, double py, double ax, double ay, double bx, double by) {
    double x = ax;
    double y = ay;
    double dx = bx - x;
    double dy = by - y;
    if (dx != 0 || dy != 0) {
      double t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
      if (t > 1) {
        x = bx;
        y = by;
      } else if (t > 0) {
        x += dx * t;
        y += dy * t;
      }
    }
    dx = px - x;
    dy = py - y;
    return dx * dx + dy * dy;
  }

  /**
   * Boost.Geometry's polygon centroid (Bashein-Detmer): signed areas summed over every ring as
   * stored, so holes subtract when they wind against the exterior. Null for a zero area.
   */
  private static double[] centroid(double[][] rings) {
    double sumA = 0;
    double sumX = 0;
    double sumY = 0;
    for (double[] r : rings) {
      int n = r.length / 2;
      for (int i = 0; i + 1 < n; i++) {
        double x1 = r[2 * i];
        double y1 = r[2 * i + 1];
        double x2 = r[2 * i + 2];
        double y2 = r[2 * i + 3];
        double a = x1 * y2 - x2 * y1;
        sumA += a;
        sumX += a * (x1 + x2);
        sumY += a * (y1 + y2);
      }
    }
    if (sumA == 0) {
      return null;
    }
    return new double[] {sumX / (3 * sumA), sumY / (3 * sumA)};
  }

  private static double[] pixels(CoordinateSequence cs, PixelTransform t) {
    double[] xy = new double[cs.size() * 2];
    for (int i = 0; i < cs.size(); i++) {
      xy[2 * i] = t.x(cs.getX(i));
      xy[2 * i + 1] = t.y(cs.getY(i));
    }
    return xy;
  }
}

package io.windlass.render;

import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Walks a geometry's rings and line strings in pixel coordinates, one reused buffer at a time: the
 * input of the {@link CellRasterizer} and {@link LineStroker}. Confined to one thread.
 */
final class PixelSequences {

  /** Receives one sequence; {@code closed} rings come without their repeated first vertex. */
  interface Sink {
    void accept(double[] xs, double[] ys, int n, boolean closed);
  }

  private final PixelTransform t;
  private double[] xs = new double[256];
  private double[] ys = new double[256];

  PixelSequences(PixelTransform t) {
    this.t = t;
  }

  /**
   * {@code next} behind Mapnik's affine converter (a {@code geometry-transform}, after the clip and
   * the view transform): each sequence's pixels moved through {@code at}; {@code next} itself when
   * null.
   */
  static Sink transformed(java.awt.geom.AffineTransform at, Sink next) {
    if (at == null) {
      return next;
    }
    PointBuffer moved = new PointBuffer(256);
    double[] p = new double[2];
    return (xs, ys, n, closed) -> {
      moved.clear();
      for (int i = 0; i < n; i++) {
        p[0] = xs[i];
        p[1] = ys[i];
        at.transform(p, 0, p, 0, 1);
        moved.add(p[0], p[1]);
      }
      next.accept(moved.x, moved.y, moved.size, closed);
    };
  }

  /** Every polygon ring of {@code g} when {@code rings}, every line string when {@code lines}. */
  void forEach(Geometry g, boolean rings, boolean lines, Sink sink) {
    if (g instanceof Polygon p) {
      if (rings && !p.isEmpty()) {
        emit(p.getExteriorRing().getCoordinateSequence(), RING_CCW, sink);
        for (int r = 0; r < p.getNumInteriorRing(); r++) {
          emit(p.getInteriorRingN(r).getCoordinateSequence(), RING_CW, sink);
        }
      }
    } else if (g instanceof LineString l) {
      if (lines) {
        emit(l.getCoordinateSequence(), LINE, sink);
      }
    } else if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        forEach(g.getGeometryN(k), rings, lines, sink);
      }
    }
  }

  /** Every polygon's exterior ring and every line string of {@code g}: where line markers go. */
  void exteriorsAndLines(Geometry g, Sink sink) {
    if (g instanceof Polygon p) {
      if (!p.isEmpty()) {
        emit(p.getExteriorRing().getCoordinateSequence(), RING_CCW, sink);
      }
    } else if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        exteriorsAndLines(g.getGeometryN(k), sink);
      }
    } else {
      forEach(g, false, true, sink);
    }
  }

  static boolean hasPolygons(Geometry g) {
    if (g instanceof Polygonal) {
      return true;
    }
    if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        if (hasPolygons(g.getGeometryN(k))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final int LINE = 0;
  private static final int RING_CCW = 1;
  private static final int RING_CW = 2;

  /**
   * Rings come out as Mapnik reads them from PostGIS, corrected to exterior rings anticlockwise and
   * holes clockwise (in map coordinates), each still starting at its first vertex: that direction
   * is where dashes start along a polygon's outline.
   */
  private void emit(CoordinateSequence cs, int kind, Sink sink) {
    int n = cs.size();
    boolean closed = kind != LINE;
    if (closed && n > 1 && cs.getX(0) == cs.getX(n - 1) && cs.getY(0) == cs.getY(n - 1)) {
      n--;
    }
    if (n < 2) {
      return;
    }
    if (xs.length < n) {
      xs = Arrays.copyOf(xs, Math.max(n, xs.length * 2));
      ys = Arrays.copyOf(ys, xs.length);
    }
    double minX = t.minX();
    double maxY = t.maxY();
    double s = t.pixelsPerMetre();
    boolean reverse = closed && n > 2 && (signedArea(cs, n) > 0) != (kind == RING_CCW);
    for (int i = 0; i < n; i++) {
      int k = reverse && i > 0 ? n - i : i;
      xs[i] = (cs.getX(k) - minX) * s;
      ys[i] = (maxY - cs.getY(k)) * s;
    }
    sink.accept(xs, ys, n, closed);
  }

  /** Twice the signed area of the ring's first n vertices: positive when anticlockwise. */
  private static double signedArea(CoordinateSequence cs, int n) {
    double x0 = cs.getX(0);
    double y0 = cs.getY(0);
    double sum = 0;
    for (int i = 1; i < n - 1; i++) {
      sum += (cs.getX(i) - x0) * (cs.getY(i + 1) - y0) - (cs.getX(i + 1) - x0) * (cs.getY(i) - y0);
    }
    return sum;
  }
}

package io.windlass.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Builds Java2D paths in pixel space straight from JTS coordinate sequences (no per-vertex
 * objects). Consecutive vertices closer than {@link #MIN_STEP_PX} to the last emitted one are
 * dropped: below the rasteriser's subpixel resolution they only cost time.
 */
final class GeometryPaths {

  static final double MIN_STEP_PX = 1e-9;

  private GeometryPaths() {}

  /**
   * Appends the closed rings of every polygon in {@code g} (holes included; fill with even-odd).
   */
  static void appendRings(Geometry g, PixelTransform t, Path2D.Double path) {
    if (g instanceof Polygon p) {
      if (!p.isEmpty()) {
        appendSequence(p.getExteriorRing().getCoordinateSequence(), t, path, true);
        for (int r = 0; r < p.getNumInteriorRing(); r++) {
          appendSequence(p.getInteriorRingN(r).getCoordinateSequence(), t, path, true);
        }
      }
    } else if (isCollection(g)) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        appendRings(g.getGeometryN(k), t, path);
      }
    }
  }

  /** Appends every (open) line string of {@code g}; polygons are ignored. */
  static void appendLines(Geometry g, PixelTransform t, Path2D.Double path) {
    if (g instanceof LineString l) {
      appendSequence(l.getCoordinateSequence(), t, path, false);
    } else if (isCollection(g)) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        appendLines(g.getGeometryN(k), t, path);
      }
    }
  }

  static boolean hasPolygons(Geometry g) {
    if (g instanceof Polygonal) {
      return true;
    }
    if (isCollection(g)) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        if (hasPolygons(g.getGeometryN(k))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCollection(Geometry g) {
    return g instanceof GeometryCollection;
  }

  private static void appendSequence(
      CoordinateSequence cs, PixelTransform t, Path2D.Double path, boolean close) {
    int n = cs.size();
    if (n < 2) {
      return;
    }
    double minX = t.minX();
    double maxY = t.maxY();
    double s = t.pixelsPerMetre();
    double lastX = (cs.getX(0) - minX) * s;
    double lastY = (maxY - cs.getY(0)) * s;
    path.moveTo(lastX, lastY);
    int last =
        close ? n - 1 : n; // a closed ring repeats its first vertex; closePath() draws that edge
    for (int i = 1; i < last; i++) {
      double x = (cs.getX(i) - minX) * s;
      double y = (maxY - cs.getY(i)) * s;
      if (Math.abs(x - lastX) >= MIN_STEP_PX || Math.abs(y - lastY) >= MIN_STEP_PX) {
        path.lineTo(x, y);
        lastX = x;
        lastY = y;
      }
    }
    if (close) {
      path.closePath();
    } else {
      double x = (cs.getX(n - 1) - minX) * s;
      double y = (maxY - cs.getY(n - 1)) * s;
      if (x != lastX || y != lastY) {
        path.lineTo(x, y);
      }
    }
  }
}

package io.windlass.render;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Where point and interior labels are anchored, in pixels, as Mapnik 3.1's text symbolizer helper
 * does: every point of a (multi)point; for polygons only the one with the largest bounding box
 * ({@code largest-bbox-only}), at its centroid ({@code point}) or at {@link InteriorPosition}
 * ({@code interior}); the middle of a line.
 */
final class LabelAnchors {

  private LabelAnchors() {}

  static List<double[]> of(Geometry g, PixelTransform t, boolean interior, double scaleFactor) {
    List<double[]> out = new ArrayList<>(1);
    Polygon largest = largestPolygon(g, null);
    if (largest != null) {
      if (interior) {
        double[] a = InteriorPosition.of(largest, t, scaleFactor);
        if (a != null) {
          out.add(a);
        }
        return out;
      }
      Point p = largest.getCentroid();
      if (!p.isEmpty()) {
        out.add(new double[] {t.x(p.getX()), t.y(p.getY())});
      }
      return out;
    }
    points(g, t, out);
    return out;
  }

  private static void points(Geometry g, PixelTransform t, List<double[]> out) {
    if (g instanceof Point p && !p.isEmpty()) {
      out.add(new double[] {t.x(p.getX()), t.y(p.getY())});
    } else if (g instanceof LineString l && l.getNumPoints() > 1) {
      MarkerPlacement.forEach(l, t, (x, y) -> out.add(new double[] {x, y}));
    } else if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        points(g.getGeometryN(k), t, out);
      }
    }
  }

  private static Polygon largestPolygon(Geometry g, Polygon best) {
    if (g instanceof Polygon p && !p.isEmpty()) {
      if (best == null || area(p) > area(best)) {
        return p;
      }
    } else if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        best = largestPolygon(g.getGeometryN(k), best);
      }
    }
    return best;
  }

  private static double area(Polygon p) {
    Envelope e = p.getEnvelopeInternal();
    return e.getWidth() * e.getHeight();
  }
}

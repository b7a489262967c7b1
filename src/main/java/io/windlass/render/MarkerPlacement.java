package io.windlass.render;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Where markers go, in pixels, following Mapnik's default {@code marker-placement: point} with
 * {@code marker-multi-policy: each}: every point; the centroid of every polygon; the point halfway
 * along every line string.
 */
final class MarkerPlacement {

  /** Receives marker positions in pixel space. */
  interface Sink {
    void at(double px, double py);
  }

  private MarkerPlacement() {}

  static void forEach(Geometry g, PixelTransform t, Sink sink) {
    if (g.isEmpty()) {
      return;
    }
    if (g instanceof Point p) {
      sink.at(t.x(p.getX()), t.y(p.getY()));
    } else if (g instanceof Polygon) {
      Point c = g.getCentroid();
      if (!c.isEmpty()) {
        sink.at(t.x(c.getX()), t.y(c.getY()));
      }
    } else if (g instanceof LineString l) {
      middle(l.getCoordinateSequence(), t, sink);
    } else if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        forEach(g.getGeometryN(k), t, sink);
      }
    }
  }

  private static void middle(CoordinateSequence cs, PixelTransform t, Sink sink) {
    int n = cs.size();
    double total = 0;
    for (int i = 1; i < n; i++) {
      total += Math.hypot(cs.getX(i) - cs.getX(i - 1), cs.getY(i) - cs.getY(i - 1));
    }
    double half = total / 2;
    double walked = 0;
    for (int i = 1; i < n; i++) {
      double seg = Math.hypot(cs.getX(i) - cs.getX(i - 1), cs.getY(i) - cs.getY(i - 1));
      if (walked + seg >= half && seg > 0) {
        double f = (half - walked) / seg;
        double x = cs.getX(i - 1) + f * (cs.getX(i) - cs.getX(i - 1));
        double y = cs.getY(i - 1) + f * (cs.getY(i) - cs.getY(i - 1));
        sink.at(t.x(x), t.y(y));
        return;
      }
      walked += seg;
    }
    sink.at(t.x(cs.getX(0)), t.y(cs.getY(0)));
  }
}

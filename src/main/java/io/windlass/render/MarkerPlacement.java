package io.windlass.render;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Where markers and point symbols go, in pixels, following Mapnik's {@code marker-placement}
 * ({@code point}: every point, the centroid of every polygon, the point halfway along every line;
 * {@code interior}: polygons at their pole of inaccessibility; {@code vertex-first} / {@code
 * vertex-last}: the first or last vertex of each part) and {@code marker-multi-policy} ({@code
 * each} part, the {@code whole} collection's centroid, or only its {@code largest} part by
 * envelope).
 */
final class MarkerPlacement {

  /** Receives marker positions in pixel space. */
  interface Sink {
    void at(double px, double py);
  }

  enum Kind {
    POINT,
    INTERIOR,
    VERTEX_FIRST,
    VERTEX_LAST;

    static Kind of(String value) {
      if (value == null) {
        return POINT;
      }
      return switch (value) {
        case "interior" -> INTERIOR;
        case "vertex-first" -> VERTEX_FIRST;
        case "vertex-last" -> VERTEX_LAST;
        default -> POINT; // line placement is not drawn yet: markers go where point puts them
      };
    }
  }

  private MarkerPlacement() {}

  static void forEach(Geometry g, PixelTransform t, Sink sink) {
    forEach(g, t, Kind.POINT, "each", 1, sink);
  }

  static void forEach(
      Geometry g, PixelTransform t, Kind kind, String multiPolicy, double scale, Sink sink) {
    if (g.isEmpty()) {
      return;
    }
    if (g instanceof GeometryCollection
        && !(kind == Kind.VERTEX_FIRST || kind == Kind.VERTEX_LAST)) {
      if ("whole".equals(multiPolicy) && kind == Kind.POINT) {
        Point c = g.getCentroid();
        if (!c.isEmpty()) {
          sink.at(t.x(c.getX()), t.y(c.getY()));
        }
        return;
      }
      if ("largest".equals(multiPolicy)) {
        Geometry largest = null;
        double area = -1;
        for (int k = 0; k < g.getNumGeometries(); k++) {
          var e = g.getGeometryN(k).getEnvelopeInternal();
          if (e.getArea() > area) {
            area = e.getArea();
            largest = g.getGeometryN(k);
          }
        }
        if (largest != null) {
          single(largest, t, kind, scale, sink);
        }
        return;
      }
    }
    if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        forEach(g.getGeometryN(k), t, kind, multiPolicy, scale, sink);
      }
      return;
    }
    single(g, t, kind, scale, sink);
  }

  private static void single(Geometry g, PixelTransform t, Kind kind, double scale, Sink sink) {
    if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        single(g.getGeometryN(k), t, kind, scale, sink);
      }
      return;
    }
    if (g instanceof Point p) {
      sink.at(t.x(p.getX()), t.y(p.getY()));
      return;
    }
    if (kind == Kind.VERTEX_FIRST || kind == Kind.VERTEX_LAST) {
      CoordinateSequence cs =
          g instanceof Polygon poly
              ? poly.getExteriorRing().getCoordinateSequence()
              : ((LineString) g).getCoordinateSequence();
      int i = kind == Kind.VERTEX_FIRST ? 0 : cs.size() - 1;
      if (cs.size() > 0) {
        sink.at(t.x(cs.getX(i)), t.y(cs.getY(i)));
      }
      return;
    }
    if (g instanceof Polygon poly) {
      if (kind == Kind.INTERIOR) {
        double[] a = InteriorPosition.of(poly, t, scale);
        if (a != null) {
          sink.at(a[0], a[1]);
        }
        return;
      }
      Point c = g.getCentroid();
      if (!c.isEmpty()) {
        sink.at(t.x(c.getX()), t.y(c.getY()));
      }
    } else if (g instanceof LineString l) {
      middle(l.getCoordinateSequence(), t, sink);
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

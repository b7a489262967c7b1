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

  /** Receives candidate positions along lines; says whether the marker was placed there. */
  interface LineSink {
    boolean at(double px, double py, double angle);
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
        default -> POINT; // "line" is placed by alongLines
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

  /**
   * Mapnik 3's {@code marker-placement: line} ({@code markers_line_placement}) along one line or
   * ring in pixels ({@code closed}: with the edge back to its start): nominal positions at
   * spacing/2, then every spacing; each tries offsets 0, −1, +1, ∓v(n) within {@code spacing ×
   * maxError} (Mapnik's tolerance iterator) until the sink places the marker, which must end before
   * the line does. After a failed first position the next are tried half a spacing on, as Mapnik's
   * loop does.
   *
   * @param spacing the spacing in pixels (times the scale factor); below 1 it is 100
   * @param markerWidth the marker's extent along the line, in pixels
   */
  static void along(
      double[] px,
      double[] py,
      int count,
      boolean closed,
      double spacing,
      double maxError,
      double markerWidth,
      LineSink sink) {
    int n = closed ? count + 1 : count;
    double[] xs = new double[n];
    double[] ys = new double[n];
    double[] at = new double[n]; // distance of vertex k from the start; zero segments dropped
    int m = 0;
    for (int i = 0; i < n; i++) {
      double x = px[i % count];
      double y = py[i % count];
      if (m > 0) {
        double len = Math.hypot(x - xs[m - 1], y - ys[m - 1]);
        if (len == 0) {
          continue;
        }
        at[m] = at[m - 1] + len;
      }
      xs[m] = x;
      ys[m] = y;
      m++;
    }
    if (m < 2) {
      return;
    }
    double length = at[m - 1];
    double s = spacing < 1 ? 100 : spacing;
    double tolerance = s * maxError;
    double move = s / 2;
    double nominal = 0;
    while (true) {
      nominal += move;
      if (!(nominal < length)) {
        return;
      }
      for (int tries = 0; tries < 255; tries++) {
        double offset = toleranceOffset(tries, tolerance);
        if (Double.isNaN(offset)) {
          break;
        }
        double d = nominal + offset;
        if (d < 0 || !(d < length) || !(d + markerWidth / 2 < length)) {
          continue;
        }
        // the segment holding d: a point on a vertex belongs to the segment after it
        int seg = 1;
        while (seg < m - 1 && d >= at[seg]) {
          seg++;
        }
        double f = (d - at[seg - 1]) / (at[seg] - at[seg - 1]);
        double x = xs[seg - 1] + (xs[seg] - xs[seg - 1]) * f;
        double y = ys[seg - 1] + (ys[seg] - ys[seg - 1]) * f;
        double angle = Math.atan2(ys[seg] - ys[seg - 1], xs[seg] - xs[seg - 1]);
        if (sink.at(x, y, angle)) {
          move = s;
          break;
        }
      }
    }
  }

  /**
   * Mapnik's {@code set_direction} ({@code marker-direction}) for a marker on a segment at {@code
   * angle}: the angle to draw it at, or NaN where left-only / right-only refuse the position.
   */
  static double direction(double angle, String direction) {
    return switch (direction) {
      case "up" -> 0;
      case "down" -> Math.PI;
      case "auto" -> Math.abs(normalize(angle)) > 0.5 * Math.PI ? angle + Math.PI : angle;
      case "auto-down" -> Math.abs(normalize(angle)) < 0.5 * Math.PI ? angle + Math.PI : angle;
      case "left" -> angle + Math.PI;
      case "left-only" -> {
        double a = angle + Math.PI;
        yield Math.abs(normalize(a)) < 0.5 * Math.PI ? a : Double.NaN;
      }
      case "right-only" -> Math.abs(normalize(angle)) < 0.5 * Math.PI ? angle : Double.NaN;
      default -> angle;
    };
  }

  /** The angle in (−π, π]. */
  private static double normalize(double a) {
    double r = Math.IEEEremainder(a, 2 * Math.PI);
    return r <= -Math.PI ? r + 2 * Math.PI : r;
  }

  /**
   * The {@code k}-th offset of Mapnik's {@code tolerance_iterator}: 0, −1, +1, then −v(n), +v(n)
   * with v(n) = 1.3ⁿ·n/(4·tolerance) + n while v(n) ≤ tolerance; NaN once past it.
   */
  static double toleranceOffset(int k, double tolerance) {
    if (k == 0) {
      return 0;
    }
    if (k <= 2) {
      return k == 1 ? -1 : 1;
    }
    int n = (k - 1) / 2;
    double v = Math.pow(1.3, n) * n / (4.0 * tolerance) + n;
    if (v > tolerance) {
      return Double.NaN;
    }
    return k % 2 == 1 ? -v : v;
  }
}

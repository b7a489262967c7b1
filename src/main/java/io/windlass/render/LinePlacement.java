package io.windlass.render;

import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code text-placement: line} (single-line labels): glyphs follow each line string (or polygon
 * exterior ring), centred at {@code path length / n} intervals ({@code n} from {@code
 * text-spacing}, one label when 0), turned upright, rejected where consecutive glyphs turn by more
 * than {@code max-char-angle-delta}; each glyph's box goes into the collision index, as in Mapnik.
 * Positions are tried at the interval centre and then shifted by up to half an interval.
 */
final class LinePlacement {

  private final TextPainter painter;
  private final TextStyle style;
  private final LabelLayout layout;

  LinePlacement(TextPainter painter, TextStyle style, LabelLayout layout) {
    this.painter = painter;
    this.style = style;
    this.layout = layout;
  }

  void place(Geometry g, PixelTransform t) {
    if (g instanceof LineString l) {
      placeOn(pixels(l.getCoordinateSequence(), t));
    } else if (g instanceof Polygon p) {
      placeOn(pixels(p.getExteriorRing().getCoordinateSequence(), t));
    } else if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        place(g.getGeometryN(k), t);
      }
    }
  }

  private static double[] pixels(CoordinateSequence cs, PixelTransform t) {
    double[] xy = new double[cs.size() * 2];
    for (int i = 0; i < cs.size(); i++) {
      xy[2 * i] = t.x(cs.getX(i));
      xy[2 * i + 1] = t.y(cs.getY(i));
    }
    return xy;
  }

  private void placeOn(double[] xy) {
    GlyphVector gv = layout.lines().get(0);
    double width = layout.widths()[0];
    PathWalk path = new PathWalk(xy);
    double length = path.length();
    if (length < width || width <= 0) {
      return;
    }
    double spacing = style.spacing() * painter.scale();
    int n = spacing > 0 ? (int) Math.max(1, Math.round(length / (spacing + width))) : 1;
    double step = length / n;
    for (int k = 0; k < n; k++) {
      double centre = step * (k + 0.5);
      for (int tries = 0; tries < 9; tries++) {
        // centre, then alternately after and before it, up to half an interval away
        double shift = ((tries + 1) / 2) * step / 8 * (tries % 2 == 1 ? 1 : -1);
        double start = centre + shift - width / 2;
        if (start >= 0 && start + width <= length && tryAt(path, gv, start, width)) {
          break;
        }
      }
    }
  }

  private boolean tryAt(PathWalk path, GlyphVector gv, double start, double width) {
    // Upright: read left to right; walk the path backwards when it points leftwards.
    double[] a = path.at(start);
    double[] b = path.at(start + width);
    boolean reverse = b[0] < a[0];
    int ng = gv.getNumGlyphs();
    double shiftDown = (layout.ascent() - layout.descent()) / 2;
    double maxDelta = Math.toRadians(style.maxCharAngleDelta());
    Path2D.Double outline = new Path2D.Double();
    List<double[]> boxes = new ArrayList<>(ng);
    double lastAngle = Double.NaN;
    for (int i = 0; i < ng; i++) {
      double gx = gv.getGlyphPosition(i).getX();
      double adv = gv.getGlyphPosition(i + 1).getX() - gx;
      double d0 = reverse ? start + width - gx : start + gx;
      double d1 = reverse ? d0 - adv : d0 + adv;
      double[] p0 = path.at(d0);
      double[] p1 = path.at(d1);
      double angle = adv > 0 ? Math.atan2(p1[1] - p0[1], p1[0] - p0[0]) : lastAngle;
      if (Double.isNaN(angle)) {
        angle = 0;
      }
      if (!Double.isNaN(lastAngle)) {
        double delta = Math.abs(Math.IEEEremainder(angle - lastAngle, 2 * Math.PI));
        if (delta > maxDelta) {
          return false;
        }
      }
      lastAngle = angle;
      AffineTransform at = AffineTransform.getTranslateInstance(p0[0], p0[1]);
      at.rotate(angle);
      at.translate(-gx, shiftDown);
      Shape glyph = at.createTransformedShape(gv.getGlyphOutline(i));
      outline.append(glyph, false);
      Rectangle2D cell =
          at.createTransformedShape(
                  new Rectangle2D.Double(
                      gx, -layout.ascent() - shiftDown + shiftDown, adv, layout.lineHeight()))
              .getBounds2D();
      boxes.add(new double[] {cell.getMinX(), cell.getMinY(), cell.getMaxX(), cell.getMaxY()});
    }
    for (double[] bx : boxes) {
      if (!painter.fits(style, bx[0], bx[1], bx[2], bx[3])) {
        return false;
      }
    }
    for (double[] bx : boxes) {
      painter.collisions().insert(bx[0], bx[1], bx[2], bx[3]);
    }
    painter.draw(style, outline);
    return true;
  }

  /** Positions along a pixel polyline by distance from its start. */
  private static final class PathWalk {
    private final double[] xy;
    private final double[] cumulative;

    PathWalk(double[] xy) {
      this.xy = xy;
      int n = xy.length / 2;
      cumulative = new double[n];
      for (int i = 1; i < n; i++) {
        cumulative[i] =
            cumulative[i - 1]
                + Math.hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
      }
    }

    double length() {
      return cumulative[cumulative.length - 1];
    }

    double[] at(double d) {
      int n = cumulative.length;
      int i = java.util.Arrays.binarySearch(cumulative, d);
      if (i < 0) {
        i = -i - 2;
      }
      i = Math.max(0, Math.min(n - 2, i));
      double seg = cumulative[i + 1] - cumulative[i];
      double f = seg > 0 ? (d - cumulative[i]) / seg : 0;
      return new double[] {
        xy[2 * i] + f * (xy[2 * i + 2] - xy[2 * i]),
        xy[2 * i + 1] + f * (xy[2 * i + 3] - xy[2 * i + 1])
      };
    }
  }
}

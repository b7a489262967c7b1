package io.windlass.render;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code text-placement: line}, as Mapnik 3.1's placement finder does it, for the first line of a
 * label (Mapnik would set further lines of a wrapped label off the path). Every line string gets
 * its labels, a polygon its rings, a multipolygon only its polygon with the largest bounding box;
 * each is clipped to the unbuffered image (AGG's {@code conv_clip_polyline}: a line leaving and
 * re-entering it becomes two paths), so labels centre on the visible part. On each path at least as
 * long as the label, labels go at the middle of {@code length / n} intervals ({@code n} from {@code
 * text-spacing}, one when 0); each is tried there, then {@code -1, +1} pixels away and on by
 * Mapnik's growing steps ({@code k + 1.3^k k / (4 tolerance)}) up to the tolerance (half an
 * interval unless {@code label-position-tolerance}). A placement walks the glyph clusters along the
 * path by straight-line distance, each turned to the chord to the end of its advance and kept
 * upright (turned over when more than half the glyphs would be upside down), and fails where
 * consecutive clusters turn by more than {@code max-char-angle-delta} or a glyph's box collides.
 * Boxes of labels with the same text also keep {@code minimum-distance} from each other.
 */
final class LinePlacement {

  private final TextPainter painter;
  private final TextStyle style;
  private final LabelLayout layout;
  private final String text;
  private final double clipX0;
  private final double clipY0;
  private final double clipX1;
  private final double clipY1;

  /** Places a shield (a point label with its image) at a position; says whether it did. */
  @FunctionalInterface
  interface PointPlacer {
    boolean at(double x, double y);
  }

  private final PointPlacer points;

  LinePlacement(TextPainter painter, TextStyle style, LabelLayout layout, String text) {
    this(painter, style, layout, text, null);
  }

  /**
   * With {@code points}, positions along the paths go to it as point placements, as Mapnik places
   * shields on lines.
   */
  LinePlacement(
      TextPainter painter, TextStyle style, LabelLayout layout, String text, PointPlacer points) {
    this.points = points;
    this.painter = painter;
    this.style = style;
    this.layout = layout;
    this.text = text;
    // Mapnik clips to the unbuffered extent (none with clip: false).
    double none = style.clip() ? 0 : Double.POSITIVE_INFINITY;
    this.clipX0 = -none;
    this.clipY0 = -none;
    this.clipX1 = painter.widthPx() + none;
    this.clipY1 = painter.heightPx() + none;
  }

  void place(Geometry g, PixelTransform t) {
    if (g instanceof MultiPolygon mp) {
      Polygon largest = null;
      double largestArea = -1;
      for (int k = 0; k < mp.getNumGeometries(); k++) {
        Polygon p = (Polygon) mp.getGeometryN(k);
        Envelope e = p.getEnvelopeInternal();
        if (!p.isEmpty() && e.getWidth() * e.getHeight() > largestArea) {
          largest = p;
          largestArea = e.getWidth() * e.getHeight();
        }
      }
      if (largest != null) {
        place(largest, t);
      }
    } else if (g instanceof LineString l) {
      List<Subpath> paths = new ArrayList<>();
      clip(l.getCoordinateSequence(), t, paths);
      findPlacements(paths);
    } else if (g instanceof Polygon p) {
      List<Subpath> paths = new ArrayList<>();
      clip(p.getExteriorRing().getCoordinateSequence(), t, paths);
      for (int k = 0; k < p.getNumInteriorRing(); k++) {
        clip(p.getInteriorRingN(k).getCoordinateSequence(), t, paths);
      }
      findPlacements(paths);
    } else if (g instanceof GeometryCollection) {
      for (int k = 0; k < g.getNumGeometries(); k++) {
        place(g.getGeometryN(k), t);
      }
    }
  }

  // ---- clipping (AGG's vpgen_clip_polyline with clip_line_segment) ----

  private void clip(CoordinateSequence cs, PixelTransform t, List<Subpath> out) {
    Subpath current = null;
    boolean moveTo = true;
    double x1 = t.x(cs.getX(0));
    double y1 = t.y(cs.getY(0));
    for (int i = 1; i < cs.size(); i++) {
      double x = t.x(cs.getX(i));
      double y = t.y(cs.getY(i));
      double[] seg = {x1, y1, x, y};
      int flags = clipSegment(seg);
      if ((flags & 4) == 0) {
        if ((flags & 1) != 0 || moveTo) {
          current = new Subpath();
          out.add(current);
          current.add(seg[0], seg[1]);
        }
        current.add(seg[2], seg[3]);
        moveTo = (flags & 2) != 0;
      }
      x1 = x;
      y1 = y;
    }
  }

  private int clipFlags(double x, double y) {
    return (x > clipX1 ? 1 : 0)
        | (y > clipY1 ? 2 : 0)
        | (x < clipX0 ? 4 : 0)
        | (y < clipY0 ? 8 : 0);
  }

  /** Clips {@code s = {x1, y1, x2, y2}} in place: bit 1 start moved, 2 end moved, 4 invisible. */
  private int clipSegment(double[] s) {
    int f1 = clipFlags(s[0], s[1]);
    int f2 = clipFlags(s[2], s[3]);
    if ((f1 | f2) == 0) {
      return 0;
    }
    if ((f1 & 5) != 0 && (f1 & 5) == (f2 & 5)) {
      return 4;
    }
    if ((f1 & 10) != 0 && (f1 & 10) == (f2 & 10)) {
      return 4;
    }
    double tx1 = s[0];
    double ty1 = s[1];
    double tx2 = s[2];
    double ty2 = s[3];
    int ret = 0;
    if (f1 != 0) {
      if (!movePoint(tx1, ty1, tx2, ty2, s, 0, f1) || (s[0] == s[2] && s[1] == s[3])) {
        return 4;
      }
      ret |= 1;
    }
    if (f2 != 0) {
      if (!movePoint(tx1, ty1, tx2, ty2, s, 2, f2) || (s[0] == s[2] && s[1] == s[3])) {
        return 4;
      }
      ret |= 2;
    }
    return ret;
  }

  private boolean movePoint(
      double x1, double y1, double x2, double y2, double[] s, int at, int flags) {
    if ((flags & 5) != 0) {
      if (x1 == x2) {
        return false;
      }
      double bound = (flags & 4) != 0 ? clipX0 : clipX1;
      s[at + 1] = (bound - x1) * (y2 - y1) / (x2 - x1) + y1;
      s[at] = bound;
    }
    int fy = (s[at + 1] > clipY1 ? 2 : 0) | (s[at + 1] < clipY0 ? 8 : 0);
    if (fy != 0) {
      if (y1 == y2) {
        return false;
      }
      double bound = (fy & 8) != 0 ? clipY0 : clipY1;
      s[at] = (bound - y1) * (x2 - x1) / (y2 - y1) + x1;
      s[at + 1] = bound;
    }
    return true;
  }

  // ---- placement (placement_finder::find_line_placements, single_line_placement) ----

  private void findPlacements(List<Subpath> paths) {
    if (points != null) {
      findPointPlacements(paths);
      return;
    }
    LabelLayout.Line line = layout.lines().get(0);
    double width = layout.width();
    for (Subpath sp : paths) {
      if (sp.length <= 0.001
          || sp.length < width
          || sp.length < style.minPathLength() * painter.scale()) {
        continue;
      }
      eachInterval(sp, spacing(sp.length, width), at -> singleLine(at, line, Upright.AUTO));
    }
  }

  /**
   * The middle of each {@code spacing} interval of a path, each tried at Mapnik's tolerance offsets
   * (half an interval unless {@code label-position-tolerance}) until {@code place} succeeds there.
   */
  private void eachInterval(
      Subpath sp, double spacing, java.util.function.Predicate<Cursor> place) {
    Cursor pp = new Cursor(sp);
    if (!pp.move(spacing / 2)) {
      return;
    }
    double tolerance =
        style.labelPositionTolerance() > 0
            ? style.labelPositionTolerance() * painter.scale()
            : spacing / 2;
    do {
      for (int tried = 0; tried < 255; tried++) {
        double offset = MarkerPlacement.toleranceOffset(tried, tolerance);
        if (Double.isNaN(offset)) {
          break;
        }
        Cursor at = pp.copy();
        if (at.move(offset) && place.test(at)) {
          break;
        }
      }
    } while (pp.move(spacing));
  }

  /**
   * Mapnik's {@code find_line_placements} with points (shields): one position in the middle of each
   * {@code length / n} interval ({@code n} from the spacing alone), each tried at the tolerance
   * offsets until a shield fits; a path of no length is one position.
   */
  private void findPointPlacements(List<Subpath> paths) {
    if (layout.lines().isEmpty()) {
      return; // Mapnik places nothing on a line without text
    }
    for (Subpath sp : paths) {
      if (sp.length <= 0.001) {
        points.at(sp.xs[0], sp.ys[0]);
        continue;
      }
      eachInterval(sp, spacing(sp.length, 0), at -> points.at(at.x, at.y));
    }
  }

  private double spacing(double length, double width) {
    int n = 1;
    if (style.spacing() > 0) {
      n = (int) Math.floor(length / (style.spacing() * painter.scale() + width));
    }
    return length / Math.max(1, n);
  }

  private enum Upright {
    AUTO,
    LEFT,
    RIGHT
  }

  private boolean singleLine(Cursor start, LabelLayout.Line line, Upright orientation) {
    Cursor pp = start.copy();
    Upright real = orientation;
    if (orientation == Upright.AUTO) {
      real = Math.abs(normalize(pp.angle(0))) > 0.5 * Math.PI ? Upright.LEFT : Upright.RIGHT;
    }
    double sign = real == Upright.LEFT ? -1 : 1;
    int ng = line.glyphs().length;
    double[][] placed = new double[ng][];
    List<double[]> boxes = new ArrayList<>(ng);
    int upsideDown = 0;
    if (!pp.move(sign * (-line.width() / 2))) {
      return false;
    }
    double maxDelta = Math.toRadians(style.maxCharAngleDelta());
    double charHeight = line.maxCharHeight();
    double lastAngle = 999;
    int cluster = -1;
    double offX = 0;
    double offY = 0;
    double angle = 0;
    double cos = 1;
    double sin = 0;
    for (int i = 0; i < ng; i++) {
      int c = line.chars()[i];
      if (c != cluster) {
        if (!pp.moveToDistance(sign * clusterWidth(line, cluster))) {
          return false;
        }
        cluster = c;
        // y is up in glyph space: the angle flips.
        angle = -normalize(pp.angle(sign * clusterWidth(line, cluster)));
        cos = Math.cos(angle);
        sin = Math.sin(angle);
        if (maxDelta > 0 && lastAngle != 999 && Math.abs(normalize(angle - lastAngle)) > maxDelta) {
          return false;
        }
        offX = 0;
        offY = 0;
        lastAngle = angle;
      }
      if (Math.abs(angle) > Math.PI / 2) {
        upsideDown++;
      }
      double px = pp.x + offX;
      double py = pp.y + offY;
      // Centre the text on the line.
      py = -py - charHeight / 2.0 * cos;
      px = px + charHeight / 2.0 * sin;
      double adv = line.advances()[i];
      offX += cos * adv;
      offY -= sin * adv;
      double[] box =
          box(clusterWidth(line, c), adv, line.yMin()[i], line.yMax()[i], px, py, cos, sin);
      if (!fits(box)) {
        return false;
      }
      boxes.add(box);
      placed[i] = new double[] {px, py, cos, sin};
    }
    if (upsideDown > text.length() / 2 && orientation == Upright.AUTO) {
      return singleLine(start, line, real == Upright.RIGHT ? Upright.LEFT : Upright.RIGHT);
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (double[] b : boxes) {
      painter.collisions().insert(b[0], b[1], b[2], b[3], text);
      minX = Math.min(minX, b[0]);
      minY = Math.min(minY, b[1]);
      maxX = Math.max(maxX, b[2]);
      maxY = Math.max(maxY, b[3]);
    }
    if (boxes.isEmpty()
        || maxX < 0
        || maxY < 0
        || minX > painter.widthPx()
        || minY > painter.heightPx()) {
      return true; // placed, but off the canvas
    }
    GlyphRenderer r = painter.glyphs();
    r.begin(0, 0);
    for (int i = 0; i < ng; i++) {
      double[] p = placed[i];
      r.add(layout.face(), layout.sizePx(), line.glyphs()[i], p[0], p[1], p[2], p[3]);
    }
    painter.draw(style);
    return true;
  }

  /** Line placements have no margin; {@code minimum-distance} applies to the same text only. */
  private boolean fits(double[] b) {
    if (!painter.fitsEdges(style, b[0], b[1], b[2], b[3])) {
      return false;
    }
    if (style.allowOverlap()) {
      return true;
    }
    // Mapnik: the margin from every box; from the same text, repeat-distance or else
    // minimum-distance
    double sf = painter.scale();
    double margin = style.margin() * sf;
    double repeat =
        (style.repeatDistance() != 0 ? style.repeatDistance() : style.minimumDistance()) * sf;
    return painter
        .collisions()
        .isFree(
            b[0] - margin,
            b[1] - margin,
            b[2] + margin,
            b[3] + margin,
            text,
            Math.max(0, repeat - margin));
  }

  private static double clusterWidth(LabelLayout.Line line, int cluster) {
    if (cluster < 0) {
      return 0;
    }
    double w = 0;
    for (int i = 0; i < line.chars().length; i++) {
      if (line.chars()[i] == cluster) {
        w += line.advances()[i];
      }
    }
    return w;
  }

  private static double normalize(double angle) {
    while (angle >= Math.PI) {
      angle -= 2 * Math.PI;
    }
    while (angle < -Math.PI) {
      angle += 2 * Math.PI;
    }
    return angle;
  }

  /** Mapnik's {@code get_bbox}: the cluster's width by the glyph's extent, turned, in pixels. */
  private static double[] box(
      double clusterWidth,
      double advance,
      double yMin,
      double yMax,
      double px,
      double py,
      double cos,
      double sin) {
    double width = advance <= 0 ? -clusterWidth : clusterWidth;
    double[] xs = {0, width, width, 0};
    double[] ys = {yMax, yMax, yMin, yMin};
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < 4; k++) {
      double x = xs[k] * cos - ys[k] * sin + px;
      double y = -(xs[k] * sin + ys[k] * cos) - py;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    return new double[] {minX, minY, maxX, maxY};
  }

  // ---- Mapnik's vertex_cache over one path ----

  /** A clipped path: its points and the length of the segment ending at each (0 for the first). */
  private static final class Subpath {
    double[] xs = new double[16];
    double[] ys = new double[16];
    double[] lens = new double[16];
    int n;
    double length;

    void add(double x, double y) {
      double len = n == 0 ? 0 : Math.hypot(xs[n - 1] - x, ys[n - 1] - y);
      if (len == 0 && n > 0) {
        return; // zero-length segments are dropped
      }
      if (n == xs.length) {
        xs = java.util.Arrays.copyOf(xs, n * 2);
        ys = java.util.Arrays.copyOf(ys, n * 2);
        lens = java.util.Arrays.copyOf(lens, n * 2);
      }
      xs[n] = x;
      ys[n] = y;
      lens[n] = len;
      n++;
      length += len;
    }
  }

  /** A position on a subpath: {@code vertex_cache}'s state, copied where Mapnik saves it. */
  private static final class Cursor {
    final Subpath sp;
    int seg;
    double inSeg;
    double x;
    double y;
    double sx;
    double sy;

    Cursor(Subpath sp) {
      this.sp = sp;
      x = sx = sp.xs[0];
      y = sy = sp.ys[0];
    }

    Cursor copy() {
      Cursor c = new Cursor(sp);
      c.seg = seg;
      c.inSeg = inSeg;
      c.x = x;
      c.y = y;
      c.sx = sx;
      c.sy = sy;
      return c;
    }

    private boolean nextSegment() {
      sx = sp.xs[Math.min(seg, sp.n - 1)];
      sy = sp.ys[Math.min(seg, sp.n - 1)];
      if (seg == sp.n) {
        return false;
      }
      seg++;
      return seg != sp.n;
    }

    private boolean previousSegment() {
      if (seg == 0) {
        return false;
      }
      seg--;
      if (seg == 0) {
        sx = sp.xs[0];
        sy = sp.ys[0];
        return true;
      }
      sx = sp.xs[seg - 1];
      sy = sp.ys[seg - 1];
      return true;
    }

    boolean move(double length) {
      if (seg == sp.n) {
        return false;
      }
      length += inSeg;
      while (length >= sp.lens[seg]) {
        length -= sp.lens[seg];
        if (!nextSegment()) {
          return false;
        }
      }
      while (length < 0) {
        if (!previousSegment()) {
          return false;
        }
        length += sp.lens[seg];
      }
      double f = length / sp.lens[seg];
      inSeg = length;
      x = sx + (sp.xs[seg] - sx) * f;
      y = sy + (sp.ys[seg] - sy) * f;
      return true;
    }

    /** Moves to the point of the path at straight-line {@code distance} from here. */
    boolean moveToDistance(double distance) {
      if (seg == sp.n) {
        return false;
      }
      double p = inSeg + distance;
      if (p < 0 || p >= sp.lens[seg]) {
        double abs = Math.abs(distance);
        double d;
        double ix;
        double iy;
        double ox;
        double oy;
        if (distance > 0) {
          do {
            if (!nextSegment()) {
              return false;
            }
            d = Math.hypot(x - sp.xs[seg], y - sp.ys[seg]);
          } while (d < abs);
          ix = sx;
          iy = sy;
          ox = sp.xs[seg];
          oy = sp.ys[seg];
        } else {
          do {
            if (!previousSegment()) {
              return false;
            }
            d = Math.hypot(x - sx, y - sy);
          } while (d < abs);
          ix = sp.xs[seg];
          iy = sp.ys[seg];
          ox = sx;
          oy = sy;
        }
        circle(abs, ix, iy, ox, oy);
        inSeg = Math.hypot(x - sx, y - sy);
      } else {
        double f = p / sp.lens[seg];
        inSeg = p;
        x = sx + (sp.xs[seg] - sx) * f;
        y = sy + (sp.ys[seg] - sy) * f;
      }
      return true;
    }

    /** Where the segment from inside to outside the circle around here leaves it. */
    private void circle(double radius, double x1, double y1, double x2, double y2) {
      double dx = x2 - x1;
      double dy = y2 - y1;
      double a = dx * dx + dy * dy;
      double b = 2 * (dx * (x1 - x) + dy * (y1 - y));
      double c = (x1 - x) * (x1 - x) + (y1 - y) * (y1 - y) - radius * radius;
      double det = b * b - 4 * a * c;
      if (a <= 1.0e-7 || det < 0) {
        return;
      }
      double t = det == 0 ? -b / (2 * a) : (-b + Math.sqrt(det)) / (2 * a);
      x = x1 + t * dx;
      y = y1 + t * dy;
    }

    /** The direction (image pixels, y down) of the chord to {@code width} along the path. */
    double angle(double width) {
      double tmp = width + inSeg;
      double a;
      if (tmp <= sp.lens[seg] && tmp >= 0) {
        a = Math.atan2(sp.ys[seg] - sy, sp.xs[seg] - sx);
      } else {
        Cursor c = copy();
        if (c.move(width)) {
          return Math.atan2(c.y - y, c.x - x);
        }
        a = Math.atan2(sp.ys[seg] - sy, sp.xs[seg] - sx);
      }
      return width >= 0 ? a : a + Math.PI;
    }
  }
}

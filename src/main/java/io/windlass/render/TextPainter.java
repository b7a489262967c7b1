package io.windlass.render;

import io.windlass.style.SymbolizerSpec;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws {@code TextSymbolizer} labels: point and interior placement here (Mapnik's {@code
 * find_point_placement}), line placement in {@link LinePlacement}. A point label's box is its
 * layout's width by height ({@link LabelLayout}), centred on the anchor moved by {@code dx/dy} and,
 * with "auto" alignments, half its size further towards the displacement. It is placed when the
 * box, grown by {@code minimum-distance}, is free in the render's shared {@link CollisionIndex}
 * (unless {@code allow-overlap}) and lies inside the image with {@code avoid-edges} and with {@code
 * minimum-padding} to spare; one label per feature. Glyphs are drawn by {@link GlyphRenderer}. All
 * sizes are multiplied by the job's scale factor. Confined to the rendering thread.
 */
final class TextPainter {

  private final PixelTransform t;
  private final double scale;
  private final double widthPx;
  private final double heightPx;
  private final CollisionIndex collisions;
  private final FontLibrary fonts;
  private final GlyphRenderer glyphs;
  private final Map<SymbolizerSpec, TextStyle> styles = new IdentityHashMap<>();

  TextPainter(
      Graphics2D g, PixelTransform t, RenderJob job, CollisionIndex collisions, FontLibrary fonts) {
    this.t = t;
    this.scale = job.scaleFactor();
    this.widthPx = job.widthPx();
    this.heightPx = job.heightPx();
    this.collisions = collisions;
    this.fonts = fonts;
    this.glyphs = new GlyphRenderer(g, job.widthPx(), job.heightPx());
  }

  /**
   * @param resolved whether {@code spec} was resolved for this feature alone (it is then not
   *     cached)
   */
  void paint(SymbolizerSpec spec, Geometry geom, Map<String, Object> attributes, boolean resolved) {
    TextStyle s = style(spec, resolved);
    String text = label(s, attributes);
    if (text.isBlank()) {
      return;
    }
    LabelLayout layout = layout(s, text);
    if (s.placement() == TextStyle.Placement.LINE) {
      new LinePlacement(this, s, layout, text).place(geom, t);
      return;
    }
    List<double[]> anchors =
        LabelAnchors.of(geom, t, s.placement() == TextStyle.Placement.INTERIOR, scale);
    // text-placements: every anchor at each position (and size) in turn, as Mapnik's helper
    for (Candidate c : candidates(s)) {
      TextStyle sc = c.size() == s.size() ? s : s.withSize(c.size());
      LabelLayout lc = sc == s ? layout : layout(sc, text);
      for (double[] a : anchors) {
        if (placePoint(sc, lc, text, a[0], a[1], c.dx() * scale, c.dy() * scale)) {
          return; // Mapnik places one label per feature
        }
      }
    }
  }

  /** A {@code text-placements} position: displacement (CSS pixels) and size. */
  record Candidate(double dx, double dy, double size) {}

  /**
   * Mapnik's {@code text_placements_simple}: the directions (N, NE, E, … displace by |dx|, |dy|
   * that way; X as given) at the style's size, then at each size listed after them; without {@code
   * text-placement-type: simple}, dx/dy alone.
   */
  static List<Candidate> candidates(TextStyle s) {
    if (s.placements() == null) {
      return List.of(new Candidate(s.dx(), s.dy(), s.size()));
    }
    List<String> directions = new ArrayList<>();
    List<Double> sizes = new ArrayList<>();
    sizes.add(s.size());
    for (String token : s.placements().split(",")) {
      String tk = token.trim();
      if (tk.isEmpty()) {
        continue;
      }
      try {
        sizes.add(Double.parseDouble(tk));
      } catch (NumberFormatException direction) {
        directions.add(tk.toUpperCase(java.util.Locale.ROOT));
      }
    }
    double x = Math.abs(s.dx());
    double y = Math.abs(s.dy());
    List<Candidate> out = new ArrayList<>();
    for (double size : sizes) {
      for (String d : directions) {
        switch (d) {
          case "N" -> out.add(new Candidate(0, -y, size));
          case "E" -> out.add(new Candidate(x, 0, size));
          case "S" -> out.add(new Candidate(0, y, size));
          case "W" -> out.add(new Candidate(-x, 0, size));
          case "NE" -> out.add(new Candidate(x, -y, size));
          case "SE" -> out.add(new Candidate(x, y, size));
          case "NW" -> out.add(new Candidate(-x, -y, size));
          case "SW" -> out.add(new Candidate(-x, y, size));
          case "X" -> out.add(new Candidate(s.dx(), s.dy(), size));
          default -> {
            // Mapnik rejects other names when it loads the style; nothing to place
          }
        }
      }
    }
    return out;
  }

  /** The compiled style of a text or shield spec (cached unless resolved for one feature). */
  TextStyle style(SymbolizerSpec spec, boolean resolved) {
    return resolved ? TextStyle.of(spec) : styles.computeIfAbsent(spec, TextStyle::of);
  }

  /** The label's text for a feature, transformed as {@code text-transform} says. */
  String label(TextStyle s, Map<String, Object> attributes) {
    return transform(s.name().evaluate(attributes), s.textTransform());
  }

  LabelLayout layout(TextStyle s, String text) {
    return LabelLayout.of(
        text,
        fonts.textFaceOrDefault(s.faceName()),
        s.size() * scale,
        s.wrapWidth() * scale,
        s.wrapBefore(),
        s.lineSpacing() * scale,
        s.characterSpacing() * scale,
        s.wrapCharacter());
  }

  PixelTransform transform() {
    return t;
  }

  /**
   * The box of a point label anchored at ({@code px, py}): {x0, y0, x1, y1} and its centre, moved
   * by the style's {@code dx/dy} and, with "auto" alignments, half its size further towards the
   * displacement.
   */
  double[] pointBox(TextStyle s, LabelLayout layout, double px, double py) {
    return pointBox(s, layout, px, py, s.dx() * scale, s.dy() * scale);
  }

  /** As {@link #pointBox(TextStyle, LabelLayout, double, double)}, displaced by (dx, dy) px. */
  double[] pointBox(TextStyle s, LabelLayout layout, double px, double py, double dx, double dy) {
    double w = layout.width();
    double h = layout.height();
    // Mapnik's alignment offset: half the label towards the side it is aligned to
    double cx = px + dx + s.horizontalSide(dx) * 0.5 * w;
    double cy = py + dy + s.verticalSide(dy) * 0.5 * h;
    double hw = w / 2;
    double hh = h / 2;
    if (s.orientation() != 0) {
      // the turned box's bounds
      double a = Math.toRadians(s.orientation());
      double c = Math.abs(Math.cos(a));
      double sn = Math.abs(Math.sin(a));
      double rw = hw * c + hh * sn;
      double rh = hw * sn + hh * c;
      hw = rw;
      hh = rh;
    }
    return new double[] {cx - hw, cy - hh, cx + hw, cy + hh, cx, cy};
  }

  /** Mapnik's {@code find_point_placement} for one layout with automatic alignments. */
  private boolean placePoint(
      TextStyle s, LabelLayout layout, String text, double px, double py, double dx, double dy) {
    double[] b = pointBox(s, layout, px, py, dx, dy);
    if (!fits(s, text, b[0], b[1], b[2], b[3])) {
      return false;
    }
    collisions.insert(b[0], b[1], b[2], b[3], text);
    if (b[0] > widthPx || b[1] > heightPx || b[2] < 0 || b[3] < 0) {
      return true; // placed, but off the canvas
    }
    drawLayout(s, layout, b[4], b[5], dx);
    return true;
  }

  /** Draws a point label's lines centred on ({@code cx, cy}), displaced sideways by the style. */
  void drawLayout(TextStyle s, LabelLayout layout, double cx, double cy) {
    drawLayout(s, layout, cx, cy, s.dx());
  }

  /**
   * Draws a point label's lines centred on ({@code cx, cy}), justified by the sign of {@code dx},
   * turned by {@code text-orientation} about the centre.
   */
  void drawLayout(TextStyle s, LabelLayout layout, double cx, double cy, double dx) {
    double w = layout.width();
    double h = layout.height();
    // Mapnik turns by the orientation counter-clockwise on screen (y up in glyph space)
    double a = Math.toRadians(s.orientation());
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    glyphs.begin(cx, cy);
    double y = h / 2;
    for (LabelLayout.Line line : layout.lines()) {
      y -= line.height();
      int just = s.justification(dx);
      double x = just < 0 ? -w / 2 : just > 0 ? w / 2 - line.width() : -line.width() / 2;
      for (int i = 0; i < line.glyphs().length; i++) {
        glyphs.add(
            layout.face(),
            layout.sizePx(),
            line.glyphs()[i],
            x * cos - y * sin,
            x * sin + y * cos,
            cos,
            sin);
        x += line.advances()[i];
      }
    }
    draw(s);
  }

  /**
   * Whether a point label box may be placed (avoid-edges, minimum-padding, collisions): Mapnik
   * keeps {@code margin} (else {@code minimum-distance}) from every box and {@code repeat-distance}
   * from boxes of the same text.
   */
  boolean fits(TextStyle s, String text, double x0, double y0, double x1, double y1) {
    double margin = (s.margin() != 0 ? s.margin() : s.minimumDistance()) * scale;
    return fits(s, text, x0, y0, x1, y1, margin, s.repeatDistance() * scale);
  }

  /** As {@link #fits(TextStyle, String, double, double, double, double)}, distances given. */
  boolean fits(
      TextStyle s,
      String text,
      double x0,
      double y0,
      double x1,
      double y1,
      double margin,
      double repeat) {
    if (!fitsEdges(s, x0, y0, x1, y1)) {
      return false;
    }
    if (s.allowOverlap()) {
      return true;
    }
    return collisions.isFree(
        x0 - margin, y0 - margin, x1 + margin, y1 + margin, text, Math.max(0, repeat - margin));
  }

  /** Whether a box satisfies {@code avoid-edges} and {@code minimum-padding}. */
  boolean fitsEdges(TextStyle s, double x0, double y0, double x1, double y1) {
    if (s.avoidEdges() && (x0 < 0 || y0 < 0 || x1 > widthPx || y1 > heightPx)) {
      return false;
    }
    double pad = s.minimumPadding() * scale;
    return !(pad > 0
        && (x0 - pad < 0 || y0 - pad < 0 || x1 + pad > widthPx || y1 + pad > heightPx));
  }

  double widthPx() {
    return widthPx;
  }

  double heightPx() {
    return heightPx;
  }

  CollisionIndex collisions() {
    return collisions;
  }

  GlyphRenderer glyphs() {
    return glyphs;
  }

  double scale() {
    return scale;
  }

  /** Halos, then fills, of the glyphs added to {@link #glyphs()} since its last begin. */
  void draw(TextStyle s) {
    glyphs.draw(s.fill(), s.opacity(), s.haloFill(), s.haloOpacity(), s.haloRadius() * scale);
  }

  private static String transform(String text, String how) {
    switch (how) {
      case "uppercase":
        return text.toUpperCase(java.util.Locale.ROOT);
      case "lowercase":
        return text.toLowerCase(java.util.Locale.ROOT);
      case "capitalize":
        StringBuilder b = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
          b.append(start ? Character.toUpperCase(c) : c);
          start = Character.isWhitespace(c);
        }
        return b.toString();
      default:
        return text;
    }
  }
}

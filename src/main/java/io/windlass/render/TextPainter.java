package io.windlass.render;

import io.windlass.style.SymbolizerSpec;
import java.awt.Graphics2D;
import java.util.IdentityHashMap;
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
    for (double[] a :
        LabelAnchors.of(geom, t, s.placement() == TextStyle.Placement.INTERIOR, scale)) {
      if (placePoint(s, layout, text, a[0], a[1])) {
        return; // Mapnik places one label per feature
      }
    }
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
        s.lineSpacing() * scale);
  }

  PixelTransform transform() {
    return t;
  }

  /**
   * The box of a point label anchored at ({@code px, py}): {x0, y0, x1, y1} and its centre, moved
   * by {@code dx/dy} and, with "auto" alignments, half its size further towards the displacement.
   */
  double[] pointBox(TextStyle s, LabelLayout layout, double px, double py) {
    double w = layout.width();
    double h = layout.height();
    double dx = s.dx() * scale;
    double dy = s.dy() * scale;
    double cx = px + dx + Math.signum(dx) * 0.5 * w;
    double cy = py + dy + Math.signum(dy) * 0.5 * h;
    return new double[] {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, cx, cy};
  }

  /** Mapnik's {@code find_point_placement} for one layout with automatic alignments. */
  private boolean placePoint(TextStyle s, LabelLayout layout, String text, double px, double py) {
    double[] b = pointBox(s, layout, px, py);
    if (!fits(s, b[0], b[1], b[2], b[3])) {
      return false;
    }
    collisions.insert(b[0], b[1], b[2], b[3], text);
    if (b[0] > widthPx || b[1] > heightPx || b[2] < 0 || b[3] < 0) {
      return true; // placed, but off the canvas
    }
    drawLayout(s, layout, b[4], b[5]);
    return true;
  }

  /** Draws a point label's lines centred on ({@code cx, cy}). */
  void drawLayout(TextStyle s, LabelLayout layout, double cx, double cy) {
    double w = layout.width();
    double h = layout.height();
    double dx = s.dx();
    glyphs.begin(cx, cy);
    double y = h / 2;
    for (LabelLayout.Line line : layout.lines()) {
      y -= line.height();
      // Justified towards the anchor when displaced sideways, else centred.
      double x = dx > 0 ? -w / 2 : dx < 0 ? w / 2 - line.width() : -line.width() / 2;
      for (int i = 0; i < line.glyphs().length; i++) {
        glyphs.add(layout.face(), layout.sizePx(), line.glyphs()[i], x, y, 1, 0);
        x += line.advances()[i];
      }
    }
    draw(s);
  }

  /** Whether a label box may be placed (collisions, avoid-edges, minimum-padding). */
  boolean fits(TextStyle s, double x0, double y0, double x1, double y1) {
    return fits(s, x0, y0, x1, y1, s.minimumDistance() * scale);
  }

  /** As {@link #fits(TextStyle, double, double, double, double)} with the margin given. */
  boolean fits(TextStyle s, double x0, double y0, double x1, double y1, double margin) {
    if (!fitsEdges(s, x0, y0, x1, y1)) {
      return false;
    }
    if (s.allowOverlap()) {
      return true;
    }
    return collisions.isFree(x0 - margin, y0 - margin, x1 + margin, y1 + margin);
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

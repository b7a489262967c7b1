package io.windlass.render;

import io.windlass.style.SymbolizerSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Path2D;
import java.util.IdentityHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws {@code TextSymbolizer} labels: point and interior placement here, line placement in {@link
 * LinePlacement}. A label is placed when its box (pixels, grown by {@code minimum-distance}) is
 * free in the render's shared {@link CollisionIndex} (unless {@code allow-overlap}), lies inside
 * the image with {@code avoid-edges} and with {@code minimum-padding} to spare; it is then drawn
 * halo first (glyph outlines stroked at twice the halo radius, round joins, as FreeType's stroker),
 * then filled. All sizes are multiplied by the job's scale factor. Confined to the rendering
 * thread.
 */
final class TextPainter {

  private final Graphics2D g;
  private final PixelTransform t;
  private final double scale;
  private final double widthPx;
  private final double heightPx;
  private final CollisionIndex collisions;
  private final FontLibrary fonts;
  private final Map<SymbolizerSpec, TextStyle> styles = new IdentityHashMap<>();

  TextPainter(
      Graphics2D g, PixelTransform t, RenderJob job, CollisionIndex collisions, FontLibrary fonts) {
    this.g = g;
    this.t = t;
    this.scale = job.scaleFactor();
    this.widthPx = job.widthPx();
    this.heightPx = job.heightPx();
    this.collisions = collisions;
    this.fonts = fonts;
  }

  void paint(SymbolizerSpec spec, Geometry geom, Map<String, Object> attributes) {
    TextStyle s = styles.computeIfAbsent(spec, TextStyle::of);
    String text = transform(s.name().evaluate(attributes), s.textTransform());
    if (text.isBlank()) {
      return;
    }
    Font font = LabelLayout.sized(fonts.faceOrDefault(s.faceName()), s.size() * scale);
    LabelLayout layout =
        LabelLayout.of(text, font, s.wrapWidth() * scale, s.wrapBefore(), s.lineSpacing() * scale);
    if (s.placement() == TextStyle.Placement.LINE) {
      new LinePlacement(this, s, layout).place(geom, t);
      return;
    }
    for (double[] a : LabelAnchors.of(geom, t, s.placement() == TextStyle.Placement.INTERIOR)) {
      if (placePoint(s, layout, a[0], a[1])) {
        return; // Mapnik places one label per feature
      }
    }
  }

  private boolean placePoint(TextStyle s, LabelLayout layout, double px, double py) {
    double w = layout.width();
    double h = layout.height();
    double dx = s.dx() * scale;
    double dy = s.dy() * scale;
    // Mapnik's "auto" alignments: the label sits on the side it is displaced to.
    double cx = px + dx + Math.signum(dx) * w / 2;
    double cy = py + dy + Math.signum(dy) * h / 2;
    double x0 = cx - w / 2;
    double y0 = cy - h / 2;
    if (!fits(s, x0, y0, x0 + w, y0 + h)) {
      return false;
    }
    collisions.insert(x0, y0, x0 + w, y0 + h);
    Path2D.Double outline = new Path2D.Double();
    for (int i = 0; i < layout.lines().size(); i++) {
      double baseline = y0 + layout.baseline(i);
      GlyphVector gv = layout.lines().get(i);
      outline.append(gv.getOutline((float) (cx - layout.widths()[i] / 2), (float) baseline), false);
    }
    draw(s, outline);
    return true;
  }

  /** Whether a label box may be placed (collisions, avoid-edges, minimum-padding). */
  boolean fits(TextStyle s, double x0, double y0, double x1, double y1) {
    if (s.avoidEdges() && (x0 < 0 || y0 < 0 || x1 > widthPx || y1 > heightPx)) {
      return false;
    }
    double pad = s.minimumPadding() * scale;
    if (pad > 0 && (x0 - pad < 0 || y0 - pad < 0 || x1 + pad > widthPx || y1 + pad > heightPx)) {
      return false;
    }
    if (s.allowOverlap()) {
      return true;
    }
    double m = s.minimumDistance() * scale;
    return collisions.isFree(x0 - m, y0 - m, x1 + m, y1 + m);
  }

  CollisionIndex collisions() {
    return collisions;
  }

  double scale() {
    return scale;
  }

  /** Halo, then fill, of the glyph outlines of one placed label. */
  void draw(TextStyle s, Shape outline) {
    double r = s.haloRadius() * scale;
    if (r > 0) {
      g.setColor(withOpacity(s.haloFill(), s.haloOpacity()));
      g.setStroke(new BasicStroke((float) (2 * r), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(outline);
    }
    g.setColor(withOpacity(s.fill(), s.opacity()));
    g.fill(outline);
  }

  private static Color withOpacity(Color c, double opacity) {
    if (opacity >= 1) {
      return c;
    }
    return new Color(
        c.getRed(), c.getGreen(), c.getBlue(), (int) (c.getAlpha() * Math.max(0, opacity)));
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

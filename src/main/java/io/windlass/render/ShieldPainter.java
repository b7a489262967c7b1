package io.windlass.render;

import io.windlass.style.SymbolizerSpec;
import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws {@code ShieldSymbolizer}s as Mapnik 3 does: a point label ({@link TextPainter}'s layout and
 * box) with an image ({@code shield-file}) centred on the text's centre plus {@code shield-dx/dy},
 * or with {@code shield-unlock-image} on the anchor plus {@code shield-dx/dy}. The text box and the
 * image box (the file's box times the scale factor) must each be free and both are claimed. Point
 * placements put one shield per feature; {@code shield-placement: line} puts one in the middle of
 * each {@code shield-spacing} interval of each line. The image ({@code shield-opacity}) is drawn
 * before its text ({@code shield-text-opacity}). Confined to the rendering thread.
 */
final class ShieldPainter {

  private final TextPainter text;
  private final Graphics2D g;
  private final int[] pixels;
  private final int width;
  private final int height;
  private final MarkerImages images;
  private final Map<String, BufferedImage> sprites;

  ShieldPainter(
      TextPainter text,
      Graphics2D g,
      int[] pixels,
      int width,
      int height,
      MarkerImages images,
      Map<String, BufferedImage> sprites) {
    this.text = text;
    this.g = g;
    this.pixels = pixels;
    this.width = width;
    this.height = height;
    this.images = images;
    this.sprites = sprites;
  }

  void paint(SymbolizerSpec spec, Geometry geom, Map<String, Object> attributes, boolean resolved) {
    Map<String, String> p = spec.properties();
    String file = p.get("file");
    MarkerImage image = file == null ? null : images.get(file);
    if (image == null || !(image.width() > 0) || !(image.height() > 0)) {
      return;
    }
    TextStyle s = text.style(spec, resolved);
    String label = text.label(s, attributes);
    LabelLayout layout = text.layout(s, label);
    Shield shield = new Shield(s, layout, label, image, file, p);
    if (s.placement() == TextStyle.Placement.LINE) {
      new LinePlacement(text, s, layout, label, shield::place).place(geom, text.transform());
      return;
    }
    for (double[] a :
        LabelAnchors.of(
            geom, text.transform(), s.placement() == TextStyle.Placement.INTERIOR, text.scale())) {
      if (shield.place(a[0], a[1])) {
        return; // one shield per feature
      }
    }
  }

  /** One feature's shield, placed wherever it fits. */
  private final class Shield {
    private final TextStyle s;
    private final LabelLayout layout;
    private final String label;
    private final MarkerImage image;
    private final String file;
    private final double dx;
    private final double dy;
    private final boolean unlocked;
    private final double opacity;

    Shield(
        TextStyle s,
        LabelLayout layout,
        String label,
        MarkerImage image,
        String file,
        Map<String, String> p) {
      this.s = s;
      this.layout = layout;
      this.label = label;
      this.image = image;
      this.file = file;
      this.dx = VectorPainter.number(p, "shield-dx", 0) * text.scale();
      this.dy = VectorPainter.number(p, "shield-dy", 0) * text.scale();
      this.unlocked = "true".equals(p.get("unlock-image"));
      this.opacity = VectorPainter.number(p, "opacity", 1);
    }

    boolean place(double px, double py) {
      double scale = text.scale();
      double[] b = text.pointBox(s, layout, px, py);
      if (!text.fits(s, label, b[0], b[1], b[2], b[3])) {
        return false;
      }
      double ix = (unlocked ? px : b[4]) + dx;
      double iy = (unlocked ? py : b[5]) + dy;
      double iw = image.width() * scale;
      double ih = image.height() * scale;
      double x0 = ix - iw / 2;
      double y0 = iy - ih / 2;
      if (!text.fits(s, label, x0, y0, x0 + iw, y0 + ih)) {
        return false;
      }
      text.collisions().insert(b[0], b[1], b[2], b[3], label);
      text.collisions().insert(x0, y0, x0 + iw, y0 + ih, label);
      double ux0 = Math.min(b[0], x0);
      double uy0 = Math.min(b[1], y0);
      double ux1 = Math.max(b[2], x0 + iw);
      double uy1 = Math.max(b[3], y0 + ih);
      if (ux0 > width || uy0 > height || ux1 < 0 || uy1 < 0) {
        return true; // placed, but off the canvas
      }
      drawImage(ix, iy);
      if (!label.isEmpty()) {
        text.drawLayout(s, layout, b[4], b[5]);
      }
      return true;
    }

    /**
     * The image centred on ({@code ix, iy}): an SVG as paths at Mapnik's snapped translation, an
     * unscaled raster blended at its rounded corner, a scaled one resampled about its centre.
     */
    private void drawImage(double ix, double iy) {
      double scale = text.scale();
      Composite before = g.getComposite();
      if (opacity < 1) {
        g.setComposite(AlphaComposite.SrcOver.derive((float) Math.max(0, opacity)));
      }
      try {
        if (!image.isRaster()) {
          image.drawAt(
              g, pixels, width, height, ix, iy, scale, scale, null, true, SvgOverrides.NONE);
          return;
        }
        double w = image.width() * scale;
        double h = image.height() * scale;
        if (scale == 1) {
          BufferedImage sprite =
              sprites.computeIfAbsent(file + "|shield", k -> image.sprite(1, 1, SvgOverrides.NONE));
          g.drawImage(
              sprite, (int) Math.floor(ix - w / 2 + .5), (int) Math.floor(iy - h / 2 + .5), null);
        } else {
          MarkerImage.Placed placed = image.placed(ix - w / 2, iy - h / 2, scale, scale);
          g.drawImage(placed.image(), placed.x(), placed.y(), null);
        }
      } finally {
        g.setComposite(before);
      }
    }
  }
}

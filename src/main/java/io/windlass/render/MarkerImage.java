package io.windlass.render;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.ElementLoader;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.awt.NullPlatformSupport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import javax.imageio.ImageIO;

/**
 * A marker file ({@code marker-file}): a PNG (or other raster ImageIO reads) or an SVG document,
 * decoded once. SVGs are parsed without DTDs, external entities, external documents or external
 * images, so a file cannot make the server fetch anything. {@link #sprite} rasterizes it at a size,
 * as Mapnik scales marker files to {@code marker-width}/{@code marker-height}.
 */
public final class MarkerImage {

  private static final LoaderContext SAFE =
      LoaderContext.builder()
          .elementLoader(ElementLoader.create(ElementLoader.ExternalDocumentPolicy.DENY))
          .resourceLoader(
              (URI uri) -> {
                throw new IOException("external images are not loaded: " + uri);
              })
          .build();

  /** Mapnik's {@code shape://arrow} ({@code marker-type: arrow}), its own path and colours. */
  static final MarkerImage ARROW = arrow();

  private static MarkerImage arrow() {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"15\">"
            + "<path fill=\"#0000FF\" stroke=\"black\" stroke-width=\".5\" d=\"m 31.698405,7.5302648"
            + " -8.910967,-6.0263712 0.594993,4.8210971 -18.9822542,0 0,2.4105482 18.9822542,0"
            + " -0.594993,4.8210971 z\"/></svg>";
    try {
      return decode(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Mapnik's point symbol without a file: a 4×4 opaque black square. */
  static final MarkerImage DEFAULT_POINT = defaultPoint();

  private static MarkerImage defaultPoint() {
    BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB_PRE);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        img.setRGB(x, y, 0xff000000);
      }
    }
    return new MarkerImage(img, null, 4, 4);
  }

  private final BufferedImage raster;
  private final SVGDocument svg;
  private final double width;
  private final double height;
  private final java.awt.geom.Rectangle2D box;

  private MarkerImage(BufferedImage raster, SVGDocument svg, double width, double height) {
    this.raster = raster;
    this.svg = svg;
    this.width = width;
    this.height = height;
    this.box = svg == null ? new java.awt.geom.Rectangle2D.Double(0, 0, width, height) : box(svg);
  }

  /**
   * Mapnik's marker box of an SVG: the bounds of its shapes' geometry (strokes not included), in
   * its own units; the viewport when it draws nothing.
   */
  private static java.awt.geom.Rectangle2D box(SVGDocument doc) {
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = probe.createGraphics();
    try {
      CellOutput.Bounds bounds = new CellOutput.Bounds(g);
      doc.renderWithPlatform(new NullPlatformSupport(), bounds, null);
      java.awt.geom.Rectangle2D r = bounds.result();
      if (r == null || !(r.getWidth() > 0) || !(r.getHeight() > 0)) {
        FloatSize size = doc.size();
        return new java.awt.geom.Rectangle2D.Double(0, 0, size.width, size.height);
      }
      return r;
    } finally {
      g.dispose();
    }
  }

  /** Decodes a marker file's bytes; {@code svg} when its URL or content says SVG. */
  public static MarkerImage decode(byte[] bytes, boolean svg) throws IOException {
    if (svg || looksLikeSvg(bytes)) {
      SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(bytes), null, SAFE);
      if (doc == null) {
        throw new IOException("not a valid SVG document");
      }
      FloatSize size = doc.size();
      return new MarkerImage(null, doc, size.width, size.height);
    }
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
    if (img == null) {
      throw new IOException("not an image Windlass can read (PNG, JPEG, GIF or SVG)");
    }
    return new MarkerImage(img, null, img.getWidth(), img.getHeight());
  }

  private static boolean looksLikeSvg(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8);
    return head.contains("<svg") || head.contains("<?xml");
  }

  /**
   * Draws the file straight into premultiplied {@code pixels} ({@code w × h}, what {@code target}
   * paints) scaled by (sx, sy), then transformed by {@code local} (a marker-transform, a turn along
   * a line; null for none) with its box's centre at ({@code px}, {@code py}); with {@code snap},
   * the transform's translation is rounded to whole pixels, as Mapnik does for marker files.
   */
  void drawAt(
      Graphics2D target,
      int[] pixels,
      int w,
      int h,
      double px,
      double py,
      double sx,
      double sy,
      AffineTransform local,
      boolean snap,
      SvgOverrides overrides) {
    if (svg == null) {
      return;
    }
    AffineTransform at = AffineTransform.getTranslateInstance(px, py);
    if (local != null) {
      at.concatenate(local);
    }
    at.scale(sx, sy);
    at.translate(-box.getCenterX(), -box.getCenterY());
    if (snap) {
      double tx = Math.floor(at.getTranslateX() + .5);
      double ty = Math.floor(at.getTranslateY() + .5);
      at.preConcatenate(
          AffineTransform.getTranslateInstance(tx - at.getTranslateX(), ty - at.getTranslateY()));
    }
    Graphics2D g = (Graphics2D) target.create();
    try {
      g.transform(at);
      svg.renderWithPlatform(
          new NullPlatformSupport(), new CellOutput(g, pixels, w, h, overrides), null);
    } finally {
      g.dispose();
    }
  }

  /** Whether this is a raster image (not an SVG document). */
  boolean isRaster() {
    return raster != null;
  }

  /** The marker box's width, what marker-width scales to (a raster's size, an SVG's shapes). */
  public double width() {
    return box.getWidth();
  }

  public double height() {
    return box.getHeight();
  }

  /** The marker box's centre, scaled by (sx, sy): what lands on the placement point. */
  double centreX(double sx) {
    return box.getCenterX() * sx;
  }

  double centreY(double sy) {
    return box.getCenterY() * sy;
  }

  /**
   * The whole file (an SVG's viewport, a raster's pixels) scaled by (sx, sy) into a premultiplied
   * image, with the SVG's paint replaced as {@code overrides} say; an override fill also tints a
   * raster.
   */
  BufferedImage sprite(double sx, double sy, SvgOverrides overrides) {
    Color fill = overrides.fill();
    int iw = Math.max(1, (int) Math.ceil(width * sx));
    int ih = Math.max(1, (int) Math.ceil(height * sy));
    BufferedImage out = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_ARGB_PRE);
    int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.transform(AffineTransform.getScaleInstance(sx, sy));
      if (svg != null) {
        svg.renderWithPlatform(
            new NullPlatformSupport(), new CellOutput(g, px, iw, ih, overrides), null);
        return out;
      }
      if (sx == 1 && sy == 1) {
        g.drawImage(raster, 0, 0, null);
      }
    } finally {
      g.dispose();
    }
    if (sx != 1 || sy != 1) {
      resample(px, iw, ih, sx, sy);
    }
    if (fill != null) {
      int r = fill.getRed();
      int gg = fill.getGreen();
      int b = fill.getBlue();
      double fa = fill.getAlpha() / 255.0;
      for (int i = 0; i < px.length; i++) {
        int a = (int) Math.round((px[i] >>> 24) * fa);
        px[i] = (a << 24) | ((r * a / 255) << 16) | ((gg * a / 255) << 8) | (b * a / 255);
      }
    }
    return out;
  }

  /**
   * The file's box (an SVG's shapes, a raster's pixels) scaled by {@code scale} into an image of
   * that size, as Mapnik renders a line pattern.
   */
  BufferedImage boxSprite(double scale) {
    if (svg == null) {
      return sprite(scale, scale, SvgOverrides.NONE);
    }
    int iw = Math.max(1, (int) (box.getWidth() * scale));
    int ih = Math.max(1, (int) (box.getHeight() * scale));
    BufferedImage out = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_ARGB_PRE);
    int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    Graphics2D g = out.createGraphics();
    try {
      g.scale(scale, scale);
      g.translate(-box.getX(), -box.getY());
      svg.renderWithPlatform(
          new NullPlatformSupport(), new CellOutput(g, px, iw, ih, SvgOverrides.NONE), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** A raster drawn at a fractional position: the image to blend at ({@code x}, {@code y}). */
  record Placed(BufferedImage image, int x, int y) {}

  /**
   * The raster scaled by (sx, sy) with its top-left corner at the exact position ({@code x0},
   * {@code y0}), as Mapnik draws a scaled raster: resampled bilinearly with edges repeated, the
   * quad's edge pixels covered by the fraction inside it.
   */
  Placed placed(double x0, double y0, double sx, double sy) {
    double w = raster.getWidth() * sx;
    double h = raster.getHeight() * sy;
    int ox = (int) Math.floor(x0);
    int oy = (int) Math.floor(y0);
    double fx = x0 - ox;
    double fy = y0 - oy;
    int iw = (int) Math.ceil(fx + w);
    int ih = (int) Math.ceil(fy + h);
    BufferedImage out = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_ARGB_PRE);
    int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    resample(px, iw, ih, sx, sy, fx, fy);
    for (int j = 0; j < ih; j++) {
      double cy = Math.min(j + 1, fy + h) - Math.max(j, fy);
      for (int i = 0; i < iw; i++) {
        double cx = Math.min(i + 1, fx + w) - Math.max(i, fx);
        double cover = Math.max(0, Math.min(1, cx)) * Math.max(0, Math.min(1, cy));
        if (cover < 1) {
          int p = px[j * iw + i];
          int o = 0;
          for (int c = 24; c >= 0; c -= 8) {
            o |= ((int) (((p >>> c) & 255) * cover + 0.5)) << c;
          }
          px[j * iw + i] = o;
        }
      }
    }
    return new Placed(out, ox, oy);
  }

  /**
   * The raster scaled bilinearly with its edge pixels repeated beyond it (AGG's {@code
   * image_accessor_clone}), so a scaled image keeps hard edges as in Mapnik.
   */
  private void resample(int[] out, int iw, int ih, double sx, double sy) {
    resample(out, iw, ih, sx, sy, 0, 0);
  }

  /** As {@link #resample(int[], int, int, double, double)}, the image starting at (fx, fy). */
  private void resample(int[] out, int iw, int ih, double sx, double sy, double fx0, double fy0) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    BufferedImage pre = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = pre.createGraphics();
    g.drawImage(raster, 0, 0, null);
    g.dispose();
    int[] src = ((DataBufferInt) pre.getRaster().getDataBuffer()).getData();
    for (int j = 0; j < ih; j++) {
      double v = (j + 0.5 - fy0) / sy - 0.5;
      int y0 = (int) Math.floor(v);
      double fy = v - y0;
      int ya = Math.max(0, Math.min(h - 1, y0));
      int yb = Math.max(0, Math.min(h - 1, y0 + 1));
      for (int i = 0; i < iw; i++) {
        double u = (i + 0.5 - fx0) / sx - 0.5;
        int x0 = (int) Math.floor(u);
        double fx = u - x0;
        int xa = Math.max(0, Math.min(w - 1, x0));
        int xb = Math.max(0, Math.min(w - 1, x0 + 1));
        int p00 = src[ya * w + xa];
        int p10 = src[ya * w + xb];
        int p01 = src[yb * w + xa];
        int p11 = src[yb * w + xb];
        int o = 0;
        for (int c = 24; c >= 0; c -= 8) {
          double top = ((p00 >>> c) & 255) * (1 - fx) + ((p10 >>> c) & 255) * fx;
          double bottom = ((p01 >>> c) & 255) * (1 - fx) + ((p11 >>> c) & 255) * fx;
          o |= ((int) Math.round(top * (1 - fy) + bottom * fy)) << c;
        }
        out[j * iw + i] = o;
      }
    }
  }
}

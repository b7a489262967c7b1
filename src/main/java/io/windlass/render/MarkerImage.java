package io.windlass.render;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.ElementLoader;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
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

  private final BufferedImage raster;
  private final SVGDocument svg;
  private final double width;
  private final double height;

  private MarkerImage(BufferedImage raster, SVGDocument svg, double width, double height) {
    this.raster = raster;
    this.svg = svg;
    this.width = width;
    this.height = height;
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

  /** Whether this is a raster image (not an SVG document). */
  boolean isRaster() {
    return raster != null;
  }

  /** Natural width in pixels (an SVG's width or view box). */
  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  /**
   * The marker drawn {@code w × h} device pixels large into a premultiplied image of that size
   * (rounded up); {@code fill}, when not null, recolours every painted pixel, keeping its coverage,
   * as an explicit {@code marker-fill} overrides an SVG's fills in Mapnik.
   */
  BufferedImage sprite(double w, double h, Color fill) {
    int iw = Math.max(1, (int) Math.ceil(w));
    int ih = Math.max(1, (int) Math.ceil(h));
    BufferedImage out = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.transform(AffineTransform.getScaleInstance(w / width, h / height));
      if (svg != null) {
        svg.render((java.awt.Component) null, g, null);
      } else {
        g.drawImage(raster, 0, 0, null);
      }
    } finally {
      g.dispose();
    }
    if (fill != null) {
      int[] px = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
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
}

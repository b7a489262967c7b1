package io.windlass.encode;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Static map images: PNG or JPEG, tagged with a resolution of 72 dpi as the product docs say. */
public final class ImageEncoding {
  /** 72 dpi in pixels per metre, the unit PNG's pHYs chunk uses. */
  private static final int PIXELS_PER_METRE_72_DPI = 2835;

  private ImageEncoding() {}

  /** A PNG of {@code image} (RGBA) with a 72 dpi pHYs chunk. */
  public static byte[] png72(BufferedImage image) {
    return withPhys(PngEncoder.encode(image), PIXELS_PER_METRE_72_DPI);
  }

  /** As {@link #png72(BufferedImage)}, a large image deflated in parallel on {@code executor}. */
  public static byte[] png72(BufferedImage image, Executor executor, int parts) {
    return withPhys(PngEncoder.encode(image, executor, parts), PIXELS_PER_METRE_72_DPI);
  }

  /**
   * A JPEG of {@code image} at {@code quality} (1–100), 72 dpi. Transparent areas come out black,
   * as Mapnik's JPEG encoding of an RGBA image does.
   */
  public static byte[] jpeg(BufferedImage image, int quality) {
    var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (var bytes = new ByteArrayOutputStream();
        var out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality / 100f);
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
      set72Dpi(metadata);
      writer.setOutput(out);
      writer.write(null, new IIOImage(rgb, null, metadata), param);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  private static void set72Dpi(IIOMetadata metadata) throws IOException {
    String format = "javax_imageio_jpeg_image_1.0";
    var root = (Element) metadata.getAsTree(format);
    NodeList jfif = root.getElementsByTagName("app0JFIF");
    if (jfif.getLength() == 0) return;
    var app0 = (Element) jfif.item(0);
    app0.setAttribute("resUnits", "1");
    app0.setAttribute("Xdensity", "72");
    app0.setAttribute("Ydensity", "72");
    metadata.setFromTree(format, root);
  }

  /** {@code png} with a pHYs chunk inserted after IHDR (which is always 25 bytes long). */
  static byte[] withPhys(byte[] png, int pixelsPerMetre) {
    int ihdrEnd = PngChunks.SIGNATURE.length + 25;
    byte[] phys = new byte[9];
    PngChunks.putInt(phys, 0, pixelsPerMetre);
    PngChunks.putInt(phys, 4, pixelsPerMetre);
    phys[8] = 1; // unit: metre
    var out = new ByteArrayOutputStream(png.length + 21);
    out.write(png, 0, ihdrEnd);
    PngChunks.write(out, "pHYs", phys, phys.length);
    out.write(png, ihdrEnd, png.length - ihdrEnd);
    return out.toByteArray();
  }
}

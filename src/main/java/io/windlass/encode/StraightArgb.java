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
    int[] row = new int[w];
    IntRows rows = IntRows.of(img.getRaster());
    boolean pre = type == BufferedImage.TYPE_INT_ARGB_PRE;
    for (int y = 0; y < h; y++) {
      rows.copyRow(y, row);
      if (pre) {
        for (int x = 0; x < w; x++) {
          row[x] = unpremultiply(row[x]);
        }
      }
      System.arraycopy(row, 0, out, y * w, w);
    }
    return out;
  }

  private static int unpremultiply(int p) {
    int a = p >>> 24;
    if (a == 255) {
      return p;
    }
    if (a == 0) {
      return 0;
    }
    // Rounded, as Java2D's own conversion (and Mapnik's demultiply) round.
    int r = (((p >> 16) & 255) * 255 + a / 2) / a;
    int g = (((p >> 8) & 255) * 255 + a / 2) / a;
    int b = ((p & 255) * 255 + a / 2) / a;
    return (a << 24) | (Math.min(r, 255) << 16) | (Math.min(g, 255) << 8) | Math.min(b, 255);
  }
}

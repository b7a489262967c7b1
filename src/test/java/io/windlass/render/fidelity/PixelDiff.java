package io.windlass.render.fidelity;

import java.awt.image.BufferedImage;

/**
 * CARTO's image comparison metric (Windshaft's test assert, node-mapnik {@code Image.compare} with
 * threshold 16 and alpha): the share of pixels where any of R, G, B or A (straight, not
 * premultiplied, 0-255) differs by more than 16, in per-mil. A port of {@code
 * ../shared/tools/refrender/imgcompare.py}.
 */
public final class PixelDiff {

  /** Channel difference above which a pixel counts as different. */
  public static final int THRESHOLD = 16;

  private PixelDiff() {}

  /** Per-mil of differing pixels; 1000 when the sizes differ (Windshaft fails those outright). */
  public static double perMil(BufferedImage a, BufferedImage b) {
    int w = a.getWidth();
    int h = a.getHeight();
    if (w != b.getWidth() || h != b.getHeight()) {
      return 1000;
    }
    int[] ra = a.getRGB(0, 0, w, h, null, 0, w);
    int[] rb = b.getRGB(0, 0, w, h, null, 0, w);
    int n = 0;
    for (int i = 0; i < ra.length; i++) {
      if (differs(ra[i], rb[i])) {
        n++;
      }
    }
    return 1000.0 * n / ((double) w * h);
  }

  /** Red where the pixels differ, the reference greyed out elsewhere (for looking at failures). */
  public static BufferedImage diffImage(BufferedImage ours, BufferedImage ref) {
    int w = Math.min(ours.getWidth(), ref.getWidth());
    int h = Math.min(ours.getHeight(), ref.getHeight());
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = ref.getRGB(x, y);
        if (differs(ours.getRGB(x, y), p)) {
          out.setRGB(x, y, 0xffff0000);
        } else {
          int grey = (((p >> 16) & 255) + ((p >> 8) & 255) + (p & 255)) / 3;
          int a = (p >>> 24) / 3;
          out.setRGB(x, y, (a << 24) | (grey << 16) | (grey << 8) | grey);
        }
      }
    }
    return out;
  }

  static boolean differs(int p, int q) {
    for (int shift = 0; shift < 32; shift += 8) {
      if (Math.abs(((p >>> shift) & 255) - ((q >>> shift) & 255)) > THRESHOLD) {
        return true;
      }
    }
    return false;
  }
}

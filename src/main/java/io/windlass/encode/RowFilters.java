package io.windlass.encode;

import java.awt.image.BufferedImage;

/**
 * Produces the PNG filtered scanline stream (one filter-type byte followed by 4 bytes per pixel,
 * RGBA, straight alpha) for an image: either every row unfiltered (None), or, when adaptive, per
 * row the filter among None, Sub, Up, Average and Paeth whose residuals have the smallest sum of
 * absolute values (libpng's heuristic).
 */
final class RowFilters {

  private static final int BPP = 4;

  /**
   * {@code UNPREMULTIPLY[(a << 8) | c]} = straight-alpha channel for premultiplied {@code c},
   * rounded.
   */
  private static final byte[] UNPREMULTIPLY = new byte[256 * 256];

  static {
    for (int a = 1; a < 256; a++) {
      for (int c = 0; c < 256; c++) {
        UNPREMULTIPLY[(a << 8) | c] = (byte) Math.min(255, (c * 255 + a / 2) / a);
      }
    }
  }

  private RowFilters() {}

  /** Rows {@code [y0, y1)} of {@code img}, each unfiltered (filter type 0), as PNG streams them. */
  static byte[] unfilteredRows(BufferedImage img, int y0, int y1) {
    int w = img.getWidth();
    int rowBytes = w * BPP;
    byte[] out = new byte[(rowBytes + 1) * (y1 - y0)];
    byte[] cur = new byte[rowBytes];
    int[] argb = new int[w];
    int type = img.getType();
    boolean pre = type == BufferedImage.TYPE_INT_ARGB_PRE;
    IntRows rows = pre || type == BufferedImage.TYPE_INT_ARGB ? IntRows.of(img.getRaster()) : null;
    for (int y = y0; y < y1; y++) {
      if (rows != null) {
        rows.copyRow(y, argb);
      } else {
        img.getRGB(0, y, w, 1, argb, 0, w);
      }
      toRgba(argb, cur, pre);
      System.arraycopy(cur, 0, out, (y - y0) * (rowBytes + 1) + 1, rowBytes);
    }
    return out;
  }

  static byte[] filterImage(BufferedImage img, boolean adaptive) {
    if (!adaptive) {
      return unfilteredRows(img, 0, img.getHeight());
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int rowBytes = w * BPP;
    byte[] out = new byte[(rowBytes + 1) * h];
    byte[] prev = new byte[rowBytes];
    byte[] cur = new byte[rowBytes];
    int[] argb = new int[w];
    int type = img.getType();
    boolean pre = type == BufferedImage.TYPE_INT_ARGB_PRE;
    boolean direct = pre || type == BufferedImage.TYPE_INT_ARGB;
    IntRows rows = direct ? IntRows.of(img.getRaster()) : null;
    for (int y = 0; y < h; y++) {
      if (rows != null) {
        rows.copyRow(y, argb);
      } else {
        img.getRGB(0, y, w, 1, argb, 0, w);
      }
      toRgba(argb, cur, pre);
      if (adaptive) {
        writeBestFilter(cur, prev, out, y * (rowBytes + 1));
      } else {
        System.arraycopy(cur, 0, out, y * (rowBytes + 1) + 1, rowBytes); // filter type 0 (None)
      }
      byte[] t = prev;
      prev = cur;
      cur = t;
    }
    return out;
  }

  private static void toRgba(int[] argb, byte[] rgba, boolean premultiplied) {
    for (int i = 0, o = 0; i < argb.length; i++, o += 4) {
      int p = argb[i];
      int a = p >>> 24;
      int r = (p >> 16) & 0xff;
      int g = (p >> 8) & 0xff;
      int b = p & 0xff;
      if (premultiplied && a != 255) {
        int base = a << 8;
        r = UNPREMULTIPLY[base | r] & 0xff;
        g = UNPREMULTIPLY[base | g] & 0xff;
        b = UNPREMULTIPLY[base | b] & 0xff;
      }
      rgba[o] = (byte) r;
      rgba[o + 1] = (byte) g;
      rgba[o + 2] = (byte) b;
      rgba[o + 3] = (byte) a;
    }
  }

  private static void writeBestFilter(byte[] cur, byte[] prev, byte[] out, int off) {
    int n = cur.length;
    if (java.util.Arrays.equals(cur, prev)) {
      // Common in map tiles (sea, background, empty space): Up leaves only zeros, already in out.
      out[off] = 2;
      return;
    }
    int none = 0;
    int sub = 0;
    int up = 0;
    int avg = 0;
    int paeth = 0;
    // First pixel (scored fully): no left neighbour, so Sub = None and Paeth = Up.
    for (int i = 0; i < BPP; i++) {
      int x = cur[i];
      int b = prev[i] & 0xff;
      none += Math.abs(x);
      up += Math.abs((byte) (x - b));
      avg += Math.abs((byte) (x - (b >>> 1)));
    }
    sub = none;
    paeth = up;
    // Scoring every other pixel picks the same filter almost always, at half the cost.
    for (int i = BPP; i < n; i += (i & (BPP - 1)) == BPP - 1 ? BPP + 1 : 1) {
      int x = cur[i] & 0xff;
      int a = cur[i - BPP] & 0xff;
      int b = prev[i] & 0xff;
      int c = prev[i - BPP] & 0xff;
      none += Math.abs((byte) x);
      sub += Math.abs((byte) (x - a));
      up += Math.abs((byte) (x - b));
      avg += Math.abs((byte) (x - ((a + b) >>> 1)));
      paeth += Math.abs((byte) (x - paethPredictor(a, b, c)));
    }
    int best = 0;
    int bestSum = none;
    if (sub < bestSum) {
      best = 1;
      bestSum = sub;
    }
    if (up < bestSum) {
      best = 2;
      bestSum = up;
    }
    if (avg < bestSum) {
      best = 3;
      bestSum = avg;
    }
    if (paeth < bestSum) {
      best = 4;
    }
    out[off] = (byte) best;
    int o = off + 1;
    switch (best) {
      case 0:
        System.arraycopy(cur, 0, out, o, n);
        break;
      case 1:
        System.arraycopy(cur, 0, out, o, BPP);
        for (int i = BPP; i < n; i++) {
          out[o + i] = (byte) (cur[i] - cur[i - BPP]);
        }
        break;
      case 2:
        for (int i = 0; i < n; i++) {
          out[o + i] = (byte) (cur[i] - prev[i]);
        }
        break;
      case 3:
        for (int i = 0; i < BPP; i++) {
          out[o + i] = (byte) (cur[i] - ((prev[i] & 0xff) >>> 1));
        }
        for (int i = BPP; i < n; i++) {
          out[o + i] = (byte) (cur[i] - (((cur[i - BPP] & 0xff) + (prev[i] & 0xff)) >>> 1));
        }
        break;
      default:
        for (int i = 0; i < BPP; i++) {
          out[o + i] = (byte) (cur[i] - prev[i]);
        }
        for (int i = BPP; i < n; i++) {
          out[o + i] =
              (byte)
                  (cur[i]
                      - paethPredictor(cur[i - BPP] & 0xff, prev[i] & 0xff, prev[i - BPP] & 0xff));
        }
    }
  }

  private static int paethPredictor(int a, int b, int c) {
    int pa = Math.abs(b - c);
    int pb = Math.abs(a - c);
    int pc = Math.abs(a + b - c - c);
    int bc = pb <= pc ? b : c;
    return pa <= pb && pa <= pc ? a : bc;
  }
}

package io.windlass.encode;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Produces the PNG filtered scanline stream (one filter-type byte followed by 4 bytes per pixel,
 * RGBA, straight alpha) for an image, choosing per row among None, Sub, Up, Average and Paeth the
 * filter whose residuals have the smallest sum of absolute values.
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

  static byte[] filterImage(BufferedImage img) {
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
    Raster raster = img.getRaster();
    for (int y = 0; y < h; y++) {
      if (direct) {
        raster.getDataElements(0, y, w, 1, argb);
      } else {
        img.getRGB(0, y, w, 1, argb, 0, w);
      }
      toRgba(argb, cur, pre);
      writeBestFilter(cur, prev, out, y * (rowBytes + 1));
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
    long none = 0;
    long sub = 0;
    long up = 0;
    long avg = 0;
    long paeth = 0;
    for (int i = 0; i < n; i++) {
      int x = cur[i] & 0xff;
      int a = i >= BPP ? cur[i - BPP] & 0xff : 0;
      int b = prev[i] & 0xff;
      int c = i >= BPP ? prev[i - BPP] & 0xff : 0;
      none += Math.abs((byte) x);
      sub += Math.abs((byte) (x - a));
      up += Math.abs((byte) (x - b));
      avg += Math.abs((byte) (x - ((a + b) >>> 1)));
      paeth += Math.abs((byte) (x - paethPredictor(a, b, c)));
    }
    int best = 0;
    long bestSum = none;
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
    for (int i = 0; i < n; i++) {
      int x = cur[i] & 0xff;
      int a = i >= BPP ? cur[i - BPP] & 0xff : 0;
      int b = prev[i] & 0xff;
      int c = i >= BPP ? prev[i - BPP] & 0xff : 0;
      int pred;
      switch (best) {
        case 0:
          pred = 0;
          break;
        case 1:
          pred = a;
          break;
        case 2:
          pred = b;
          break;
        case 3:
          pred = (a + b) >>> 1;
          break;
        default:
          pred = paethPredictor(a, b, c);
      }
      out[o + i] = (byte) (x - pred);
    }
  }

  private static int paethPredictor(int a, int b, int c) {
    int p = a + b - c;
    int pa = Math.abs(p - a);
    int pb = Math.abs(p - b);
    int pc = Math.abs(p - c);
    if (pa <= pb && pa <= pc) {
      return a;
    }
    return pb <= pc ? b : c;
  }
}

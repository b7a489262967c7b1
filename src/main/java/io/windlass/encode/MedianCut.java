package io.windlass.encode;

import java.util.Arrays;

/**
 * Reduces straight-alpha ARGB pixels to at most 256 colours by weighted median cut in RGBA space:
 * exact when the image has 256 colours or fewer (common for vector tiles), else the box with the
 * largest population-weighted channel range is split at its weighted median until there are 256
 * boxes, each represented by its population-weighted mean. Every fully transparent pixel maps to
 * one transparent entry. The stand-in for Mapnik's {@code png8:m=h} hextree.
 */
final class MedianCut {

  /** Palette (straight ARGB) and per-pixel palette indices. */
  record Result(int[] palette, byte[] indices) {}

  private MedianCut() {}

  static Result quantize(int[] argb, int maxColours) {
    ColourCounts counts = ColourCounts.of(argb);
    int n = counts.size();
    int[] colours = counts.colours();
    int[] weights = counts.weights();
    int[] boxOf = new int[n];
    int[] palette;
    if (n <= maxColours) {
      palette = Arrays.copyOf(colours, n);
      for (int i = 0; i < n; i++) {
        boxOf[i] = i;
      }
    } else {
      palette = cut(colours, weights, boxOf, maxColours);
    }
    byte[] indices = new byte[argb.length];
    int last = argb.length == 0 ? 0 : ~argb[0]; // differs from the first pixel
    byte lastIndex = 0;
    for (int i = 0; i < argb.length; i++) {
      int p = argb[i];
      if (p != last) { // runs of one colour are the norm on map tiles
        last = p;
        lastIndex = (byte) boxOf[counts.indexOf(p)];
      }
      indices[i] = lastIndex;
    }
    return new Result(palette, indices);
  }

  /** Score (widest channel range x sqrt(population); 0 = cannot split) and channel of box b. */
  private static void measure(
      int b,
      int[] colours,
      int[] weights,
      int[] order,
      int[] start,
      int[] end,
      double[] score,
      int[] channel) {
    if (end[b] - start[b] < 2) {
      score[b] = 0;
      return;
    }
    int[] lo4 = {255, 255, 255, 255};
    int[] hi4 = {0, 0, 0, 0};
    long weight = 0;
    for (int k = start[b]; k < end[b]; k++) {
      int c = colours[order[k]];
      for (int ch = 0; ch < 4; ch++) {
        int v = (c >>> (8 * ch)) & 255;
        lo4[ch] = Math.min(lo4[ch], v);
        hi4[ch] = Math.max(hi4[ch], v);
      }
      weight += weights[order[k]];
    }
    int maxRange = 0;
    int shift = 0;
    for (int ch = 0; ch < 4; ch++) {
      if (hi4[ch] - lo4[ch] > maxRange) {
        maxRange = hi4[ch] - lo4[ch];
        shift = 8 * ch;
      }
    }
    score[b] = maxRange * Math.sqrt(weight);
    channel[b] = shift;
  }

  /** Splits [0, n) into boxes; fills boxOf (colour index -> box) and returns the box means. */
  private static int[] cut(int[] colours, int[] weights, int[] boxOf, int maxBoxes) {
    int n = colours.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] start = new int[maxBoxes];
    int[] end = new int[maxBoxes];
    start[0] = 0;
    end[0] = n;
    int boxes = 1;
    long[] keys = new long[n];
    // Each box's split score and channel are computed once, when the box is made.
    double[] score = new double[maxBoxes];
    int[] channel = new int[maxBoxes];
    measure(0, colours, weights, order, start, end, score, channel);
    while (boxes < maxBoxes) {
      int best = -1;
      double bestScore = 0;
      for (int b = 0; b < boxes; b++) {
        if (score[b] > bestScore) {
          bestScore = score[b];
          best = b;
        }
      }
      if (best < 0) {
        break;
      }
      int bestShift = channel[best];
      int s = start[best];
      int e = end[best];
      for (int k = s; k < e; k++) {
        keys[k] = ((long) ((colours[order[k]] >>> bestShift) & 255) << 32) | order[k];
      }
      Arrays.sort(keys, s, e);
      long total = 0;
      for (int k = s; k < e; k++) {
        order[k] = (int) keys[k];
        total += weights[order[k]];
      }
      long acc = 0;
      int split = s + 1;
      for (int k = s; k < e - 1; k++) {
        acc += weights[order[k]];
        split = k + 1;
        if (acc * 2 >= total) {
          break;
        }
      }
      start[boxes] = split;
      end[boxes] = e;
      end[best] = split;
      measure(best, colours, weights, order, start, end, score, channel);
      measure(boxes, colours, weights, order, start, end, score, channel);
      boxes++;
    }
    int[] palette = new int[boxes];
    for (int b = 0; b < boxes; b++) {
      double sa = 0;
      double sr = 0;
      double sg = 0;
      double sb = 0;
      double sw = 0;
      for (int k = start[b]; k < end[b]; k++) {
        int c = colours[order[k]];
        double w = weights[order[k]];
        sa += w * (c >>> 24);
        sr += w * ((c >> 16) & 255);
        sg += w * ((c >> 8) & 255);
        sb += w * (c & 255);
        sw += w;
        boxOf[order[k]] = b;
      }
      palette[b] =
          ((int) Math.round(sa / sw) << 24)
              | ((int) Math.round(sr / sw) << 16)
              | ((int) Math.round(sg / sw) << 8)
              | (int) Math.round(sb / sw);
    }
    return palette;
  }
}

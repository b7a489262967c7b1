package io.windlass.encode;

import java.util.Arrays;

/**
 * Reduces straight-alpha ARGB pixels to at most 256 colours by weighted median cut in RGBA space:
 * exact when the image has 256 colours or fewer (common for vector tiles), else the box with the
 * largest population-weighted channel range is split at its weighted median value until there are
 * 256 boxes, each represented by its population-weighted mean. Every fully transparent pixel maps
 * to one transparent entry. The stand-in for Mapnik's {@code png8:m=h} hextree.
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
    counts.map(boxOf, indices);
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
    int loA = 255;
    int loR = 255;
    int loG = 255;
    int loB = 255;
    int hiA = 0;
    int hiR = 0;
    int hiG = 0;
    int hiB = 0;
    long weight = 0;
    for (int k = start[b]; k < end[b]; k++) {
      int i = order[k];
      int c = colours[i];
      int va = c >>> 24;
      int vr = (c >> 16) & 255;
      int vg = (c >> 8) & 255;
      int vb = c & 255;
      loA = Math.min(loA, va);
      hiA = Math.max(hiA, va);
      loR = Math.min(loR, vr);
      hiR = Math.max(hiR, vr);
      loG = Math.min(loG, vg);
      hiG = Math.max(hiG, vg);
      loB = Math.min(loB, vb);
      hiB = Math.max(hiB, vb);
      weight += weights[i];
    }
    // ties go to the lowest channel (blue, green, red, alpha), as shifts 0, 8, 16, 24
    int maxRange = hiB - loB;
    int shift = 0;
    if (hiG - loG > maxRange) {
      maxRange = hiG - loG;
      shift = 8;
    }
    if (hiR - loR > maxRange) {
      maxRange = hiR - loR;
      shift = 16;
    }
    if (hiA - loA > maxRange) {
      maxRange = hiA - loA;
      shift = 24;
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
    long[] hist = new long[256];
    int[] spill = new int[n];
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
      // A weighted histogram of the channel finds the median in linear time; the box splits by
      // value, so equal colours never straddle two boxes.
      Arrays.fill(hist, 0);
      long total = 0;
      for (int k = s; k < e; k++) {
        int w = weights[order[k]];
        hist[(colours[order[k]] >>> bestShift) & 255] += w;
        total += w;
      }
      int lo = 255;
      int hi = 0;
      for (int v = 0; v < 256; v++) {
        if (hist[v] != 0) {
          lo = Math.min(lo, v);
          hi = v;
        }
      }
      long acc = 0;
      int median = lo;
      for (int v = lo; v <= hi; v++) {
        acc += hist[v];
        median = v;
        if (acc * 2 >= total) {
          break;
        }
      }
      if (median == hi) {
        median = hi - 1; // the upper box must not be empty
        while (hist[median] == 0) {
          median--;
        }
      }
      int split = s;
      int upper = 0;
      for (int k = s; k < e; k++) {
        int c = order[k];
        if (((colours[c] >>> bestShift) & 255) <= median) {
          order[split++] = c;
        } else {
          spill[upper++] = c;
        }
      }
      System.arraycopy(spill, 0, order, split, upper);
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

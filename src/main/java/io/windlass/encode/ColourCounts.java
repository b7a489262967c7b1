package io.windlass.encode;

import java.util.Arrays;

/**
 * Distinct colours of an image with their pixel counts, in an open-addressing hash table (no
 * boxing: tiles hold up to a few thousand distinct colours and this runs for every PNG8 tile). The
 * table starts small and doubles, so a tile of a few colours costs a few kilobytes, not a table the
 * size of the image; runs of one colour, the norm on map tiles, are counted without a lookup. Fully
 * transparent pixels all count as colour 0.
 */
final class ColourCounts {

  private int[] keys;
  private int[] slots; // index into colours + 1, 0 = empty
  private int[] colours;
  private int[] weights;
  private int size;
  // the image as runs of one colour: run r covers pixels [runEnds[r-1], runEnds[r])
  private int[] runEnds;
  private int[] runColours;
  private int runs;

  private ColourCounts() {
    runEnds = new int[1024];
    runColours = new int[1024];
    keys = new int[1024];
    slots = new int[1024];
    colours = new int[512];
    weights = new int[512];
  }

  static ColourCounts of(int[] argb) {
    ColourCounts c = new ColourCounts();
    int i = 0;
    while (i < argb.length) {
      int p = normal(argb[i]);
      int j = i + 1;
      while (j < argb.length && normal(argb[j]) == p) {
        j++;
      }
      c.run(c.add(p, j - i), j);
      i = j;
    }
    return c;
  }

  int size() {
    return size;
  }

  int[] colours() {
    return Arrays.copyOf(colours, size);
  }

  int[] weights() {
    return Arrays.copyOf(weights, size);
  }

  /**
   * Fills {@code out} with each pixel's entry of {@code boxOf} (indexed by colour index), run by
   * run, without looking colours up again.
   */
  void map(int[] boxOf, byte[] out) {
    int from = 0;
    for (int r = 0; r < runs; r++) {
      byte b = (byte) boxOf[runColours[r]];
      int to = runEnds[r];
      for (int i = from; i < to; i++) {
        out[i] = b;
      }
      from = to;
    }
  }

  private void run(int colour, int end) {
    if (runs == runEnds.length) {
      runEnds = Arrays.copyOf(runEnds, runs * 2);
      runColours = Arrays.copyOf(runColours, runs * 2);
    }
    runEnds[runs] = end;
    runColours[runs++] = colour;
  }

  /** Counts {@code count} pixels of a colour; returns its index. */
  private int add(int key, int count) {
    int mask = keys.length - 1;
    int h = hash(key) & mask;
    while (slots[h] != 0) {
      if (keys[h] == key) {
        weights[slots[h] - 1] += count;
        return slots[h] - 1;
      }
      h = (h + 1) & mask;
    }
    if (size == colours.length) {
      colours = Arrays.copyOf(colours, size * 2);
      weights = Arrays.copyOf(weights, size * 2);
    }
    keys[h] = key;
    colours[size] = key;
    weights[size] = count;
    slots[h] = ++size;
    if (size * 2 > keys.length) {
      rehash(keys.length * 2);
    }
    return size - 1;
  }

  private void rehash(int tableSize) {
    keys = new int[tableSize];
    slots = new int[tableSize];
    int mask = tableSize - 1;
    for (int i = 0; i < size; i++) {
      int h = hash(colours[i]) & mask;
      while (slots[h] != 0) {
        h = (h + 1) & mask;
      }
      keys[h] = colours[i];
      slots[h] = i + 1;
    }
  }

  private static int normal(int argb) {
    return (argb >>> 24) == 0 ? 0 : argb;
  }

  /**
   * MurmurHash3's finaliser: anti-aliased edges give colours that differ only in alpha (the top
   * byte), which a multiplicative hash alone leaves in the same few low slots.
   */
  private static int hash(int k) {
    int h = k ^ (k >>> 16);
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}

package io.windlass.encode;

/**
 * Distinct colours of an image with their pixel counts, in an open-addressing hash table (no
 * boxing: tiles hold up to a few thousand distinct colours and this runs for every PNG8 tile).
 * Fully transparent pixels all count as colour 0.
 */
final class ColourCounts {

  private final int[] keys;
  private final int[] slots; // index into colours + 1, 0 = empty
  private final int[] colours;
  private final int[] weights;
  private int size;

  private ColourCounts(int capacity) {
    int tableSize = Integer.highestOneBit(Math.max(16, capacity * 2) - 1) << 1;
    keys = new int[tableSize];
    slots = new int[tableSize];
    colours = new int[capacity];
    weights = new int[capacity];
  }

  static ColourCounts of(int[] argb) {
    ColourCounts c = new ColourCounts(argb.length);
    for (int p : argb) {
      c.add(p);
    }
    return c;
  }

  int size() {
    return size;
  }

  int[] colours() {
    return java.util.Arrays.copyOf(colours, size);
  }

  int[] weights() {
    return java.util.Arrays.copyOf(weights, size);
  }

  /** Index (0..size-1) of a colour that was added. */
  int indexOf(int argb) {
    int key = normal(argb);
    int mask = keys.length - 1;
    int h = hash(key) & mask;
    while (slots[h] != 0 && keys[h] != key) {
      h = (h + 1) & mask;
    }
    return slots[h] - 1;
  }

  private void add(int argb) {
    int key = normal(argb);
    int mask = keys.length - 1;
    int h = hash(key) & mask;
    while (slots[h] != 0) {
      if (keys[h] == key) {
        weights[slots[h] - 1]++;
        return;
      }
      h = (h + 1) & mask;
    }
    keys[h] = key;
    colours[size] = key;
    weights[size] = 1;
    slots[h] = ++size;
  }

  private static int normal(int argb) {
    return (argb >>> 24) == 0 ? 0 : argb;
  }

  private static int hash(int k) {
    int h = k * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}

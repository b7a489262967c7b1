package io.windlass.render;

import java.util.Arrays;

/** A growable run of pixel-space points, reused between polylines: {@code x[i]}, {@code y[i]}. */
final class PointBuffer {
  double[] x;
  double[] y;
  int size;

  PointBuffer(int capacity) {
    x = new double[capacity];
    y = new double[capacity];
  }

  void add(double px, double py) {
    if (size == x.length) {
      x = Arrays.copyOf(x, size * 2);
      y = Arrays.copyOf(y, size * 2);
    }
    x[size] = px;
    y[size] = py;
    size++;
  }

  void clear() {
    size = 0;
  }
}

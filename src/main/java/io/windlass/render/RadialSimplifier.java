package io.windlass.render;

/**
 * Mapnik's {@code simplify} with its default {@code radial-distance} algorithm, in image pixels: a
 * vertex is kept when its squared distance from the last kept vertex exceeds the tolerance (Mapnik
 * compares the square with the tolerance itself, so the radius is its square root); an open line's
 * last vertex goes too when it is that close. Confined to one thread.
 */
final class RadialSimplifier {

  private final PointBuffer kept = new PointBuffer(256);

  void simplify(
      double[] xs, double[] ys, int n, boolean closed, double tolerance, PixelSequences.Sink sink) {
    if (n == 0) {
      return;
    }
    kept.clear();
    kept.add(xs[0], ys[0]);
    double px = xs[0];
    double py = ys[0];
    for (int i = 1; i < n; i++) {
      double dx = xs[i] - px;
      double dy = ys[i] - py;
      if (dx * dx + dy * dy > tolerance) {
        kept.add(xs[i], ys[i]);
        px = xs[i];
        py = ys[i];
      }
    }
    if (kept.size >= (closed ? 3 : 2)) {
      sink.accept(kept.x, kept.y, kept.size, closed);
    }
  }
}

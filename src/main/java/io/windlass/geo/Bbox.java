package io.windlass.geo;

/**
 * An axis-aligned rectangle in EPSG:3857 (spherical Web Mercator) metres; {@code minY} is the
 * southern edge.
 */
public record Bbox(double minX, double minY, double maxX, double maxY) {

  public Bbox {
    if (!(minX <= maxX) || !(minY <= maxY)) {
      throw new IllegalArgumentException(
          "invalid bbox " + minX + "," + minY + "," + maxX + "," + maxY);
    }
  }

  /** Width in metres. */
  public double width() {
    return maxX - minX;
  }

  /** Height in metres. */
  public double height() {
    return maxY - minY;
  }

  /** This box grown by {@code metres} on every side (negative shrinks it). */
  public Bbox expandBy(double metres) {
    return new Bbox(minX - metres, minY - metres, maxX + metres, maxY + metres);
  }

  /** Whether the two boxes overlap or touch. */
  public boolean intersects(Bbox o) {
    return o.minX <= maxX && o.maxX >= minX && o.minY <= maxY && o.maxY >= minY;
  }
}

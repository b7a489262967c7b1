package io.windlass.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WebMercatorTest {

  @Test
  void tileZeroCoversTheWorld() {
    Bbox b = WebMercator.tileBounds(TileCoord.of(0, 0, 0));
    assertEquals(
        new Bbox(
            -WebMercator.ORIGIN_SHIFT,
            -WebMercator.ORIGIN_SHIFT,
            WebMercator.ORIGIN_SHIFT,
            WebMercator.ORIGIN_SHIFT),
        b);
  }

  @Test
  void rowsCountFromTheNorth() {
    Bbox nw = WebMercator.tileBounds(TileCoord.of(1, 0, 0));
    assertEquals(-WebMercator.ORIGIN_SHIFT, nw.minX(), 1e-6);
    assertEquals(0, nw.minY(), 1e-6);
    assertEquals(WebMercator.ORIGIN_SHIFT, nw.maxY(), 1e-6);
    Bbox se = WebMercator.tileBounds(TileCoord.of(1, 1, 1));
    assertEquals(0, se.minX(), 1e-6);
    assertEquals(-WebMercator.ORIGIN_SHIFT, se.minY(), 1e-6);
  }

  @Test
  void resolutionAtZoomZero() {
    assertEquals(156543.03392804097, WebMercator.resolution(0, 256), 1e-6);
    assertEquals(WebMercator.resolution(0, 256) / 2, WebMercator.resolution(0, 512), 1e-9);
  }

  @Test
  void lonLatRoundTrip() {
    double[] m = WebMercator.toMercator(2.35, 48.85);
    assertEquals(261600.8, m[0], 0.1);
    assertEquals(6249447.75, m[1], 0.01);
    assertArrayEquals(new double[] {2.35, 48.85}, WebMercator.toLonLat(m[0], m[1]), 1e-9);
  }

  @Test
  void bufferedAndExpand() {
    Bbox b = new Bbox(0, 0, 10, 20);
    assertEquals(new Bbox(-5, -5, 15, 25), WebMercator.buffered(b, 5));
    assertEquals(10, b.width());
    assertEquals(20, b.height());
  }

  @Test
  void invalidTilesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> TileCoord.of(1, 2, 0));
    assertThrows(IllegalArgumentException.class, () -> TileCoord.of(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> TileCoord.of(3, 0, -1));
  }
}

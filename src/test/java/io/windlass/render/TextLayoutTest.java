package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Text measured and anchored as Mapnik 3.1 does (the figures are FreeType's and Mapnik's for DejaVu
 * Sans Book, units per em 2048).
 */
class TextLayoutTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final TextFace DEJAVU =
      FontLibrary.defaults().textFaceOrDefault("DejaVu Sans Book");

  @Test
  void metricsAreRoundedAsFreeTypeRoundsThemAtTheMeasuringSize() {
    // hhea: 1901 - (-483) = 2384 units, rounded to whole 64-unit "pixels" at upem/64 ppem.
    assertEquals(2368, DEJAVU.lineHeightUnits());
    TextFace.Glyph x = DEJAVU.glyph(DEJAVU.shape("X").getGlyphCode(0));
    TextFace.Glyph g = DEJAVU.glyph(DEJAVU.shape("g").getGlyphCode(0));
    // X: 0..1493 units, g: -426..1147, truncated down to multiples of 64
    assertEquals(0, x.yMin());
    assertEquals(1472, x.yMax());
    assertEquals(-448, g.yMin());
    assertEquals(1088, g.yMax());
  }

  @Test
  void unhintedOutlinesScaleByTheSizeIn26Dot6() {
    assertEquals(20480, DEJAVU.outlineScale(10)); // 640 / 2048 in 16.16
    // not rounded to 11 ppem, although DejaVu's head flags ask for integer ppems
    assertEquals(21504, DEJAVU.outlineScale(10.5));
  }

  @Test
  void labelHeightIsTheTallestGlyphsTruncatedExtent() {
    LabelLayout l = LabelLayout.of("Munich", DEJAVU, 20, 0, false, 0);
    // h and i reach 1556 units, truncated to 1536: 15 px at 20 px per em, not 15.2
    assertEquals(15.0, l.height(), 1e-9);
    assertEquals(1, l.lines().size());
  }

  @Test
  void wrappedLinesAddTheRoundedLineHeight() {
    LabelLayout l = LabelLayout.of("Rio de Janeiro", DEJAVU, 10, 30, false, 0);
    assertTrue(l.lines().size() > 1);
    double firstLine = l.lines().get(0).maxCharHeight();
    assertEquals(firstLine + (l.lines().size() - 1) * 2368 * 10 / 2048.0, l.height(), 1e-9);
    assertFalse(l.lines().get(0).width() > l.width());
  }

  @Test
  void interiorOfASquareIsItsCentre() {
    Polygon square = square(0, 0, 200);
    PixelTransform t = new PixelTransform(0, 200, 1);
    assertArrayEquals(new double[] {100, 100}, InteriorPosition.of(square, t, 1), 1e-6);
  }

  @Test
  void interiorAvoidsHolesAndPrefersTheCentroidSide() {
    // A 200 x 100 box with a hole on its left: the label goes right of the hole.
    Polygon box =
        GF.createPolygon(
            GF.createLinearRing(
                new Coordinate[] {
                  new Coordinate(0, 0),
                  new Coordinate(200, 0),
                  new Coordinate(200, 100),
                  new Coordinate(0, 100),
                  new Coordinate(0, 0)
                }),
            new org.locationtech.jts.geom.LinearRing[] {
              GF.createLinearRing(
                  new Coordinate[] {
                    new Coordinate(40, 20),
                    new Coordinate(40, 80),
                    new Coordinate(100, 80),
                    new Coordinate(100, 20),
                    new Coordinate(40, 20)
                  })
            });
    double[] p = InteriorPosition.of(box, new PixelTransform(0, 100, 1), 1);
    assertTrue(p[0] > 100, "right of the hole: " + p[0]);
  }

  @Test
  void sameTextKeepsItsRepeatDistance() {
    CollisionIndex c = new CollisionIndex();
    c.insert(0, 0, 10, 10, "Rhine");
    assertTrue(c.isFree(20, 0, 30, 10, "Rhine", 5));
    assertFalse(c.isFree(20, 0, 30, 10, "Rhine", 15));
    assertTrue(c.isFree(20, 0, 30, 10, "Elbe", 15));
    assertFalse(c.isFree(10, 0, 20, 10), "touching boxes collide");
  }

  private static Polygon square(double x, double y, double size) {
    return GF.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + size, y),
          new Coordinate(x + size, y + size),
          new Coordinate(x, y + size),
          new Coordinate(x, y)
        });
  }
}

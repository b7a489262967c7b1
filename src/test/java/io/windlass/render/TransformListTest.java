package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransformListTest {

  private static Point2D apply(
      String list, Map<String, Object> attrs, double scale, double x, double y) {
    return TransformList.parse(list)
        .evaluate(attrs, scale)
        .transform(new Point2D.Double(x, y), null);
  }

  @Test
  void theRightmostAppliesFirstAsInSvg() {
    // translate then rotate by 90 (clockwise on screen, y down)
    Point2D p = apply("rotate(90),translate(3,0)", Map.of(), 1, 0, 0);
    assertEquals(0, p.getX(), 1e-9);
    assertEquals(3, p.getY(), 1e-9);
  }

  @Test
  void argumentsAreExpressionsOfTheFeature() {
    Point2D p = apply("rotate([heading] * 2)", Map.of("heading", 45), 1, 1, 0);
    assertEquals(0, p.getX(), 1e-9);
    assertEquals(1, p.getY(), 1e-9);
  }

  @Test
  void translationsScaleWithTheScaleFactorScalesDoNot() {
    Point2D p = apply("translate(2,1) scale(3)", Map.of(), 2, 1, 0);
    assertEquals(7, p.getX(), 1e-9);
    assertEquals(2, p.getY(), 1e-9);
  }

  @Test
  void whatIsNoTransformListIsTheIdentity() {
    assertTrue(TransformList.parse("").isIdentity());
    assertTrue(TransformList.parse("rotate([a] +)").isIdentity());
  }
}

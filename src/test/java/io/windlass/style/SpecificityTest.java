package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inheritance, specificity and ordering, checked against carto 0.16.3's output for the same input.
 */
class SpecificityTest {

  private static Color markerFill(LayerStyle s, Map<String, Object> attrs) {
    return ((MarkerSymbolizer) s.symbolizersFor(attrs, 0).get(0)).fill();
  }

  @Test
  void nestedFilterOverridesParent() throws Exception {
    LayerStyle s = CartoCss.compile("#l{marker-fill:red;[pop>10]{marker-fill:blue}}");
    assertEquals(Color.BLUE, markerFill(s, Map.of("pop", 20)));
    assertEquals(Color.RED, markerFill(s, Map.of("pop", 5)));
  }

  @Test
  void unsetPropertiesAreInherited() throws Exception {
    LayerStyle s =
        CartoCss.compile(
            "#l{marker-width:4;marker-fill:#d6604d;[pop_max>1000000]{marker-width:7;}}");
    MarkerSymbolizer big =
        (MarkerSymbolizer) s.symbolizersFor(Map.of("pop_max", 2_000_000), 0).get(0);
    assertEquals(7, big.width());
    assertEquals(new Color(0xd6, 0x60, 0x4d), big.fill());
  }

  @Test
  void moreConditionsWinThenLaterSourceOrder() throws Exception {
    // carto: [zoom>=3][a=null] (2 conditions) beats [b="x"] (1 condition) regardless of order.
    LayerStyle s =
        CartoCss.compile(
            "#l{polygon-fill:red;[zoom>=3][a=null]{polygon-fill:blue}} #l[b=\"x\"]{polygon-fill:green}");
    java.util.HashMap<String, Object> a = new java.util.HashMap<>();
    a.put("a", null);
    a.put("b", "x");
    assertEquals(Color.BLUE, ((PolygonSymbolizer) s.symbolizersFor(a, 3).get(0)).fill());
    assertEquals(new Color(0, 128, 0), ((PolygonSymbolizer) s.symbolizersFor(a, 2).get(0)).fill());
    assertEquals(
        Color.RED, ((PolygonSymbolizer) s.symbolizersFor(Map.of("a", 1), 5).get(0)).fill());
    // Same specificity: the later definition wins.
    LayerStyle later = CartoCss.compile("#l{polygon-fill:red} #l{polygon-fill:blue}");
    assertEquals(Color.BLUE, ((PolygonSymbolizer) later.symbolizersFor(Map.of(), 0).get(0)).fill());
  }

  @Test
  void idBeatsConditions() throws Exception {
    LayerStyle s = CartoCss.compile("#l{polygon-fill:red} [a=1][b=2]{polygon-fill:blue}");
    assertEquals(
        Color.RED, ((PolygonSymbolizer) s.symbolizersFor(Map.of("a", 1, "b", 2), 0).get(0)).fill());
  }

  @Test
  void symbolizersOrderedByFirstPropertyPosition() throws Exception {
    LayerStyle s =
        CartoCss.compile("#l{line-color:red;polygon-fill:blue;[a>1]{polygon-fill:green}}");
    List<Symbolizer> syms = s.symbolizersFor(Map.of("a", 2), 0);
    assertEquals(LineSymbolizer.class, syms.get(0).getClass());
    assertEquals(new Color(0, 128, 0), ((PolygonSymbolizer) syms.get(1)).fill());
  }

  @Test
  void attachmentsDrawnInOrderOfFirstDeclaration() throws Exception {
    // carto orders styles l-b, l, l-a for this input.
    LayerStyle s =
        CartoCss.compile(
            "#l::b{line-color:red} #l{polygon-fill:blue; ::a{marker-fill:red}} #l::b{line-width:3}");
    assertEquals(List.of("b", "", "a"), s.attachments());
    List<Symbolizer> syms = s.symbolizersFor(Map.of(), 0);
    assertEquals(new LineSymbolizer(Color.RED, 3, 1), syms.get(0));
    assertEquals(PolygonSymbolizer.class, syms.get(1).getClass());
    assertEquals(MarkerSymbolizer.class, syms.get(2).getClass());
  }

  @Test
  void attachmentsDoNotInheritFromEachOther() throws Exception {
    LayerStyle s = CartoCss.compile("#l{line-width:5} #l::glow{line-color:red}");
    List<Symbolizer> syms = s.symbolizersFor(Map.of(), 0);
    assertEquals(new LineSymbolizer(Color.BLACK, 5, 1), syms.get(0));
    assertEquals(new LineSymbolizer(Color.RED, 1, 1), syms.get(1));
  }

  @Test
  void namedInstancesAreSeparateSymbolizers() throws Exception {
    LayerStyle s = CartoCss.compile("#l{a/line-color:red; line-color:blue; a/line-width:3}");
    assertEquals(
        List.of(new LineSymbolizer(Color.RED, 3, 1), new LineSymbolizer(Color.BLUE, 1, 1)),
        s.symbolizersFor(Map.of(), 0));
  }

  @Test
  void manyRulesStillEvaluateCorrectly() throws Exception {
    StringBuilder css = new StringBuilder("#l{line-width:1;");
    for (int k = 0; k < 80; k++) {
      css.append("[v=").append(k).append("]{line-width:").append(k + 2).append("}");
    }
    LayerStyle s = CartoCss.compile(css.append("}").toString());
    for (int k = 0; k < 80; k += 7) {
      assertEquals(k + 2, ((LineSymbolizer) s.symbolizersFor(Map.of("v", k), 0).get(0)).width());
    }
    assertEquals(1, ((LineSymbolizer) s.symbolizersFor(Map.of("v", -1), 0).get(0)).width());
  }
}

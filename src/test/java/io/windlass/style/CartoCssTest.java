package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CartoCssTest {

  private static List<Symbolizer> eval(String css, Map<String, Object> attrs, int zoom)
      throws StyleException {
    return CartoCss.compile(css).symbolizersFor(attrs, zoom);
  }

  private static StyleException error(String css) {
    return assertThrows(StyleException.class, () -> CartoCss.compile(css));
  }

  @Test
  void simplePolygonAndDefaults() throws Exception {
    List<Symbolizer> s = eval("#l { polygon-opacity: 0.5; }", Map.of(), 0);
    assertEquals(List.of(new PolygonSymbolizer(new Color(128, 128, 128), 0.5)), s);
    s = eval("#l { line-opacity: 0.5 }", Map.of(), 0);
    assertEquals(List.of(new LineSymbolizer(Color.BLACK, 1, 0.5)), s);
    s = eval("#l { marker-allow-overlap: true; }", Map.of(), 0);
    assertEquals(
        List.of(
            new MarkerSymbolizer(new Color(0, 0, 255), 1, 10, 10, Color.BLACK, 0.5, 1, 1, true)),
        s);
  }

  @Test
  void markerHeightDefaultsToWidth() throws Exception {
    MarkerSymbolizer m = (MarkerSymbolizer) eval("#l{marker-width:7}", Map.of(), 0).get(0);
    assertEquals(7, m.width());
    assertEquals(7, m.height());
    m = (MarkerSymbolizer) eval("#l{marker-width:7;marker-height:3px}", Map.of(), 0).get(0);
    assertEquals(3, m.height());
  }

  @Test
  void colours() throws Exception {
    String css =
        "@c: #f00; #a { polygon-fill: @c; line-color: #00ff00; marker-fill: rgba(0,0,255,0.5);"
            + " marker-line-color: steelblue; } #a { ::x { polygon-fill: rgb(1,2,3); line-color: transparent;"
            + " marker-fill: hsl(120, 50%, 50%); } }";
    List<Symbolizer> s = eval(css, Map.of(), 0);
    assertEquals(new Color(255, 0, 0), ((PolygonSymbolizer) s.get(0)).fill());
    assertEquals(new Color(0, 255, 0), ((LineSymbolizer) s.get(1)).color());
    MarkerSymbolizer m = (MarkerSymbolizer) s.get(2);
    assertEquals(new Color(0, 0, 255, 128), m.fill());
    assertEquals(new Color(0x46, 0x82, 0xb4), m.lineColor());
    assertEquals(new Color(1, 2, 3), ((PolygonSymbolizer) s.get(3)).fill());
    assertEquals(new Color(0, 0, 0, 0), ((LineSymbolizer) s.get(4)).color());
    assertEquals(new Color(0x40, 0xbf, 0x40), ((MarkerSymbolizer) s.get(5)).fill());
  }

  @Test
  void variablesCommentsAndArithmetic() throws Exception {
    String css =
        "/* header */ @w: 2; // width\n @ww: @w * 1.5;\n"
            + "#l { line-width: @ww; /* inline */ line-color: @col; }\n @col: blue;";
    LineSymbolizer l = (LineSymbolizer) eval(css, Map.of(), 0).get(0);
    assertEquals(3.0, l.width());
    assertEquals(Color.BLUE, l.color());
  }

  @Test
  void filtersOfEveryKind() throws Exception {
    String css =
        "#l { [a = 1] { polygon-opacity: 0.1 } [\"b\" != 'x'] { line-width: 2 } [c > 5.5] "
            + "{ marker-width: 3 } [d = null] { line-opacity: 0.5 } [e = true] { marker-fill: red } }";
    LayerStyle style = CartoCss.compile(css);
    assertEquals(Set.of("a", "b", "c", "d", "e"), style.fields());
    List<Symbolizer> s =
        style.symbolizersFor(Map.of("a", 2L, "b", "x", "c", 5, "d", 3, "e", false), 0);
    assertEquals(List.of(), s);
    java.util.HashMap<String, Object> attrs = new java.util.HashMap<>();
    attrs.put("a", new java.math.BigDecimal("1.0"));
    attrs.put("b", "y");
    attrs.put("c", 6.0);
    attrs.put("d", null);
    attrs.put("e", Boolean.TRUE);
    s = style.symbolizersFor(attrs, 0);
    assertEquals(3, s.size());
    assertEquals(new PolygonSymbolizer(PolygonSymbolizer.DEFAULT_FILL, 0.1), s.get(0));
    assertEquals(new LineSymbolizer(Color.BLACK, 2, 0.5), s.get(1));
    assertEquals(3, ((MarkerSymbolizer) s.get(2)).width());
    assertEquals(Color.RED, ((MarkerSymbolizer) s.get(2)).fill());
  }

  @Test
  void stringNeverEqualsNumber() throws Exception {
    LayerStyle style = CartoCss.compile("#l[a=1]{polygon-fill:red} #l[b='m']{line-color:red}");
    assertEquals(List.of(), style.symbolizersFor(Map.of("a", "1", "b", "a"), 0));
    assertEquals(2, style.symbolizersFor(Map.of("a", 1, "b", "m"), 0).size());
  }

  @Test
  void zoomFilters() throws Exception {
    LayerStyle style =
        CartoCss.compile(
            "#l { line-width: 1; [zoom >= 4] { line-width: 2; } [zoom = 6] { line-width: 3; } "
                + "[zoom > 10][zoom <= 12] { line-width: 4 } }");
    double[] expected = {1, 1, 1, 1, 2, 2, 3, 2, 2, 2, 2, 4, 4, 2};
    for (int z = 0; z < expected.length; z++) {
      assertEquals(
          expected[z],
          ((LineSymbolizer) style.symbolizersFor(Map.of(), z).get(0)).width(),
          "zoom " + z);
    }
  }

  /** carto 0.16.3 never applies {@code *} rules (see {@link Definition#appliesTo}). */
  @Test
  void selectorListsAndWildcard() throws Exception {
    LayerStyle style = CartoCss.compile("#a, #b[x=1] { polygon-fill: red } * { line-color: blue }");
    assertEquals(List.of(new PolygonSymbolizer(Color.RED, 1)), style.symbolizersFor(Map.of(), 0));
    assertEquals(List.of(), CartoCss.compile("* { line-color: blue }").styles());
  }

  @Test
  void classSelectorsApplyOnlyToLayersWithThatClass() throws Exception {
    String css = "#l.foo { polygon-fill: red } #l { line-color: blue }";
    assertEquals(1, CartoCss.compile(css).symbolizersFor(Map.of(), 0).size());
    assertEquals(2, CartoCss.compile(css, Set.of("foo")).symbolizersFor(Map.of(), 0).size());
  }

  @Test
  void mapBlock() throws Exception {
    LayerStyle style =
        CartoCss.compile("Map { background-color: #ff0000; buffer-size: 32; } #l{line-width:1}");
    assertEquals(Color.RED, style.background().orElseThrow());
    assertEquals(32, style.bufferSize().getAsInt());
    assertEquals(1, style.symbolizersFor(Map.of(), 0).size());
    LayerStyle none = CartoCss.compile("#l{line-width:1}");
    assertTrue(none.background().isEmpty());
    assertTrue(none.bufferSize().isEmpty());
  }

  @Test
  void knownButUndrawnPropertiesCompile() throws Exception {
    LayerStyle style =
        CartoCss.compile(
            "#l { text-name: [name]; text-face-name: \"DejaVu Sans Book\"; "
                + "line-dasharray: 2,3; line-color: red; comp-op: multiply; polygon-pattern-file: url(a.png); }");
    assertEquals(
        List.of(new LineSymbolizer(Color.RED, 1, 1)),
        style.symbolizersFor(Map.of(), 0).stream()
            .filter(x -> !(x instanceof GenericSymbolizer))
            .toList());
    assertEquals(Set.of("name"), style.fields());
  }

  @Test
  void emptyStylesheets() {
    for (String css : new String[] {"", "   \n\t", "/* nothing */ // here\n"}) {
      StyleException e = error(css);
      assertEquals("CartoCSS is empty", e.getMessage());
      assertEquals(-1, e.line());
    }
  }

  @Test
  void unrecognizedRule() {
    StyleException e = error("#l{polygon-fit:red}");
    assertEquals("1:3 Unrecognized rule: polygon-fit. Did you mean polygon-fill?", e.getMessage());
    assertEquals(1, e.line());
    assertEquals(3, e.column());
    e = error("#l{\n  polygon-fill: red;\n  line-widht: 2;\n}");
    assertEquals("3:2 Unrecognized rule: line-widht. Did you mean line-width?", e.getMessage());
    assertTrue(
        error("#l{zzzzzzzzzzzz:1}").getMessage().endsWith("Unrecognized rule: zzzzzzzzzzzz"));
  }

  @Test
  void invalidCode() {
    assertEquals("1:9 Invalid code: xxxxx;", error("#layer { xxxxx; }").getMessage());
    assertEquals("1:20 Invalid code: xxxxx;", error("#l{polygon-fill:red;xxxxx;}").getMessage());
  }

  @Test
  void braces() {
    StyleException e = error("#l{polygon-fill:red;");
    assertTrue(e.getMessage().contains("missing closing"), e.getMessage());
    assertEquals("1:20 missing closing `}`", e.getMessage());
    assertEquals("1:20 missing opening `{`", error("#l{polygon-fill:red}}").getMessage());
  }

  @Test
  void undefinedVariableAndBadValues() {
    assertEquals("1:16 variable @foo is undefined", error("#l{polygon-fill:@foo}").getMessage());
    assertTrue(
        error("#l{line-join:foo}").getMessage().startsWith("1:3 Invalid value for line-join"));
    assertEquals(
        "1:4 Rule line-color not allowed for Map.", error("Map{line-color:red}").getMessage());
  }
}

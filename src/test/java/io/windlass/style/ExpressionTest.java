package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTest {

  private static Object eval(String text, Object... kv) {
    Map<String, Object> a = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      a.put((String) kv[i], kv[i + 1]);
    }
    return Expression.parse(text).evaluate(a);
  }

  @Test
  void integersStayIntegralAsInMapnik() {
    assertEquals(5L, eval("[pop]/1000000+4", "pop", 1_999_999));
    assertEquals(0L, eval("[r]/20", "r", 7));
    assertEquals(0.35, (Double) eval("[r]/20.0", "r", 7), 1e-12);
    assertEquals(2L, eval("[n] % 3", "n", 8L));
  }

  @Test
  void doublesFromNumericColumns() {
    assertEquals(0.5, eval("[v]/2", "v", new BigDecimal("1")));
    assertEquals(2.5, eval("[w]*0.5+0.5", "w", 4));
  }

  @Test
  void unaryMinusAndPrecedence() {
    assertEquals(-3L, eval("- [w]", "w", 3));
    assertEquals(7L, eval("1 + 2 * 3"));
    assertEquals(9L, eval("(1 + 2) * 3"));
    assertEquals(-1.5, eval("-[w]", "w", 1.5));
  }

  @Test
  void missingAttributesAreNullAndDivisionByZeroIsNull() {
    assertEquals(null, eval("[missing]"));
    assertEquals(null, eval("[a]/[b]", "a", 1, "b", 0));
    assertEquals(0.0, Expression.asDouble(eval("[missing]")));
  }

  @Test
  void stringsConcatenateAndCompare() {
    assertEquals("ab1", eval("[a] + 'b' + 1", "a", "a"));
    assertEquals(true, eval("[a] = 'x'", "a", "x"));
    assertEquals(false, eval("[a] != 'x'", "a", "x"));
    assertEquals(true, eval("[n] >= 3 and [n] < 5", "n", 4));
    assertEquals(true, eval("not [n] > 5", "n", 4));
    assertEquals(true, eval("[a].match('ab.*')", "a", "abc"));
    assertEquals("xbc", eval("[a].replace('a','x')", "a", "abc"));
  }

  @Test
  void functions() {
    assertEquals(3.0, eval("pow([v], 0.5)", "v", 9));
    assertEquals(2.0, eval("max(1, 2)"));
    assertEquals(5L, eval("abs(-5)"));
  }

  @Test
  void textIsMapnikToString() {
    assertEquals("3", Expression.text(3.0));
    assertEquals("2.5", Expression.text(2.5));
    assertEquals("", Expression.text(null));
  }

  @Test
  void rejectsWhatIsNoExpression() {
    assertThrows(IllegalArgumentException.class, () -> Expression.parse("[a] +"));
    assertThrows(IllegalArgumentException.class, () -> Expression.parse("foo([a])"));
    assertThrows(IllegalArgumentException.class, () -> Expression.parse("[a"));
  }

  @Test
  void dynamicPropertiesResolvePerFeature() {
    SymbolizerSpec spec =
        new SymbolizerSpec(
            "MarkersSymbolizer", Map.of("width", "[pop]/1000+2", "fill", "[col]"), null);
    Symbolizer s = Symbolizers.compiled(spec);
    DynamicSymbolizer d = (DynamicSymbolizer) s;
    SymbolizerSpec r = d.resolve(Map.of("pop", 5000, "col", "#ff0000"));
    MarkerSymbolizer m = (MarkerSymbolizer) DynamicSymbolizer.symbolizer(r);
    assertEquals(7, m.width());
    assertEquals(new java.awt.Color(255, 0, 0), m.fill());
  }
}

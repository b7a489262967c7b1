package io.windlass.style;

import java.util.List;
import java.util.Map;

/**
 * A canonical text form of compiled styles, one line per style, rule, filter and symbolizer, so
 * that Windlass's compiler output can be compared rule by rule with carto's Mapnik XML (the tests
 * convert that XML to the same form). Zoom ranges are written as carto's scale denominators.
 *
 * <pre>
 * style NAME[ key="value"]...
 *   rule[ max=MaxScaleDenominator][ min=MinScaleDenominator]
 *     filter EXPRESSION
 *     TypeSymbolizer[ key="value"]...[ content="..."]
 * </pre>
 */
public final class StyleDump {

  private StyleDump() {}

  public static String dump(List<FeatureStyle> styles) {
    StringBuilder sb = new StringBuilder();
    for (FeatureStyle s : styles) {
      sb.append("style ").append(s.name());
      attributes(sb, s.properties());
      sb.append('\n');
      for (StyleRule r : s.rules()) {
        sb.append("  rule");
        if (!Double.isNaN(r.maxScaleDenominator())) {
          sb.append(" max=").append(JsNumber.format(r.maxScaleDenominator()));
        }
        if (!Double.isNaN(r.minScaleDenominator())) {
          sb.append(" min=").append(JsNumber.format(r.minScaleDenominator()));
        }
        sb.append('\n');
        if (!r.filter().isEmpty()) {
          sb.append("    filter ").append(escape(r.filter())).append('\n');
        }
        for (SymbolizerSpec sym : r.symbolizers()) {
          sb.append("    ").append(sym.type());
          attributes(sb, sym.properties());
          if (sym.content() != null) {
            sb.append(" content=\"").append(escape(sym.content())).append('"');
          }
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static void attributes(StringBuilder sb, Map<String, String> props) {
    props.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
  }

  /** Backslash-escapes backslashes, quotes and line breaks so that each item stays on one line. */
  public static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
  }
}

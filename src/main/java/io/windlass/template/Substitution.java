package io.windlass.template;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replaces the {@code <%= name %>} tokens of declared placeholders in a text by their rendered
 * values (spec §1.6.3): per token the regex {@code <%=\s*NAME\s*%>}, case-sensitive, {@code \s}
 * being JavaScript's (newlines, tabs, no-break and other Unicode spaces); tokens of undeclared
 * names stay as they are; {@code $$} and {@code $&} in a value act as in JavaScript's replace.
 *
 * <p>Windlass hardens two CARTO behaviours that let a caller break out of the quotes a template
 * puts around a SQL placeholder (both only change values containing these sequences):
 *
 * <ul>
 *   <li>CARTO replaces one placeholder after the other over the whole text, so a value containing
 *       {@code <%= other %>} is expanded by a later placeholder with that one's escaping, in the
 *       first one's quotes. Here all tokens of the original text are replaced in one pass and
 *       values are never scanned again.
 *   <li>In JavaScript, {@code $`} and {@code $'} in a value insert the template text before / after
 *       the token, which starts or ends with the surrounding quote. Here they stay literal.
 * </ul>
 */
final class Substitution {
  // Every per-name match <%=\s*NAME\s*%> is a match of this pattern with group 1 = NAME, and no
  // token can start inside another (a token holds no '<' after its start), so one scan finds them.
  private static final Pattern TOKEN =
      Pattern.compile("<%=" + JsValues.WS + "*([A-Za-z0-9_]+)" + JsValues.WS + "*%>");

  private final Map<String, String> values;

  /**
   * @param values rendered value by placeholder name (already escaped for its type)
   */
  Substitution(Map<String, String> values) {
    this.values = values;
  }

  String apply(String text) {
    if (values.isEmpty() || text.indexOf("<%=") < 0) return text;
    var m = TOKEN.matcher(text);
    var out = new StringBuilder(text.length() + 32);
    int last = 0;
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) continue;
      out.append(text, last, m.start());
      out.append(JsReplacement.expand(value, text, m.start(), m.end(), false));
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }
}

package io.windlass.template;

/**
 * The {@code $} patterns of a replacement string in JavaScript's {@code String.prototype.replace}
 * (GetSubstitution) for a pattern without capture groups: {@code $$} is {@code $}, {@code $&} the
 * matched text, {@code $`} / {@code $'} the text before / after the match; anything else after
 * {@code $} (including {@code $1} and {@code $<}) stays literal. Java's {@code Matcher} has other
 * rules ({@code \} escapes, {@code $1} is a group), so they are implemented here.
 */
final class JsReplacement {
  private JsReplacement() {}

  /**
   * The text replacing {@code subject[start, end)}.
   *
   * @param surroundings whether {@code $`} and {@code $'} insert the surrounding text as in
   *     JavaScript; when false they stay literal
   */
  static String expand(
      String replacement, String subject, int start, int end, boolean surroundings) {
    if (replacement.indexOf('$') < 0) return replacement;
    var out = new StringBuilder(replacement.length() + 16);
    int n = replacement.length();
    for (int i = 0; i < n; i++) {
      char c = replacement.charAt(i);
      char next = i + 1 < n ? replacement.charAt(i + 1) : 0;
      if (c != '$') {
        out.append(c);
      } else if (next == '$') {
        out.append('$');
        i++;
      } else if (next == '&') {
        out.append(subject, start, end);
        i++;
      } else if (next == '`' && surroundings) {
        out.append(subject, 0, start);
        i++;
      } else if (next == '\'' && surroundings) {
        out.append(subject, end, subject.length());
        i++;
      } else {
        out.append('$'); // the next character is copied by the next iteration
      }
    }
    return out.toString();
  }
}

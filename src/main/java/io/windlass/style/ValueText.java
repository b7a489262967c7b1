package io.windlass.style;

/**
 * Parses and evaluates one CartoCSS value on its own (no variables), e.g. {@code rgba(0,0,0,0.5)}.
 */
final class ValueText extends ParserBase {

  private ValueText(String text) throws StyleException {
    super(text, 0);
  }

  /** The evaluated value, or null when the whole text is not one value. */
  static Node evaluate(String text) throws StyleException {
    ValueText p = new ValueText(text);
    Node.Value v = new ValueParser(p).value();
    if (v == null || p.i < text.length()) {
      return null;
    }
    Env env = new Env();
    Node n = v.ev(env);
    return env.errors().isEmpty() ? n : null;
  }
}

package io.windlass.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * State shared by one carto compilation: the global variable frames (in stylesheet order; carto
 * takes the first definition of a name), the errors reported so far (carto reports them all at the
 * end) and the font sets created for font lists.
 */
final class Env {

  /** carto's default pixels per inch, for physical units ({@code cm}, {@code pt}, ...). */
  static final double PPI = 90.714;

  /** One reported error: stylesheet number, character offset (or -1) and message. */
  record Error(int file, int index, String message) {}

  private final Map<String, Rule> frames = new HashMap<>();
  private final List<Error> errors = new ArrayList<>();
  private final Map<String, String> fontsets = new HashMap<>();
  private final List<List<String>> fontsetFonts = new ArrayList<>();
  private final Set<String> fonts;

  /** A compilation that accepts any font name. */
  Env() {
    this(null);
  }

  /**
   * A compilation that checks font names against {@code fonts} (carto's {@code
   * validation_data.fonts}); null accepts any.
   */
  Env(Set<String> fonts) {
    this.fonts = fonts == null ? null : Set.copyOf(fonts);
  }

  /** The font faces a {@code font} value may name, or null when any is accepted. */
  Set<String> fonts() {
    return fonts;
  }

  /** Adds the variable definitions of a stylesheet's top level; earlier ones keep precedence. */
  void addFrames(List<Object> rules) {
    for (Object r : rules) {
      if (r instanceof Rule rule && rule.variable()) {
        frames.putIfAbsent(rule.fullName(), rule);
      }
    }
  }

  Rule variable(String name) {
    return frames.get(name);
  }

  void error(int file, int index, String message) {
    errors.add(new Error(file, index, message));
  }

  List<Error> errors() {
    return errors;
  }

  /** carto's {@code _getFontSet}: one named font set per distinct list of fonts. */
  String fontset(List<String> fonts) {
    String key = String.join("", fonts);
    return fontsets.computeIfAbsent(
        key,
        k -> {
          fontsetFonts.add(List.copyOf(fonts));
          return "fontset-" + (fontsetFonts.size() - 1);
        });
  }

  List<List<String>> fontsets() {
    return fontsetFonts;
  }
}

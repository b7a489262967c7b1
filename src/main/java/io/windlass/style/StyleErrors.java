package io.windlass.style;

import java.util.List;

/** Turns carto-style error positions (character offsets) into {@link StyleException}s. */
final class StyleErrors {

  private StyleErrors() {}

  /** carto's {@code makeError}: 1-based line and the 0-based column of {@code index}. */
  static StyleException at(String input, int file, int index, String message) {
    if (index < 0) {
      return new StyleException(message);
    }
    int end = Math.min(index, input.length());
    int line = 1;
    for (int k = 0; k < end; k++) {
      if (input.charAt(k) == '\n') {
        line++;
      }
    }
    int column = -1;
    for (int n = index; n >= 0 && (n >= input.length() || input.charAt(n) != '\n'); n--) {
      column++;
    }
    return new StyleException(line, column, message);
  }

  /** The first reported error, positioned in its stylesheet; null when there is none. */
  static StyleException first(List<Env.Error> errors, List<String> sources) {
    if (errors.isEmpty()) {
      return null;
    }
    Env.Error e = errors.get(0);
    String src = e.file() >= 0 && e.file() < sources.size() ? sources.get(e.file()) : "";
    return at(src, e.file(), e.index(), e.message());
  }
}

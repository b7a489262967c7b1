package io.windlass.style;

import java.util.ArrayList;
import java.util.List;

/** Turns carto-style error positions (character offsets) into {@link StyleException}s. */
final class StyleErrors {

  private StyleErrors() {}

  /** A single error thrown at once, as carto's parser throws its errors. */
  static StyleException at(String input, int index, String message) {
    return new StyleException(List.of(error(input, index, message)));
  }

  /** carto's {@code makeError}: 1-based line and the 0-based column of {@code index}. */
  private static StyleError error(String input, int index, String message) {
    if (index < 0) {
      return new StyleError(message);
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
    return new StyleError(line, column, message);
  }

  /**
   * Every reported error, in report order and positioned in its stylesheet (carto throws them all
   * together at the end of the compilation); null when there is none.
   */
  static StyleException all(List<Env.Error> errors, List<String> sources) {
    if (errors.isEmpty()) {
      return null;
    }
    List<StyleError> out = new ArrayList<>();
    for (Env.Error e : errors) {
      String src = e.file() >= 0 && e.file() < sources.size() ? sources.get(e.file()) : "";
      out.add(error(src, e.index(), e.message()));
    }
    return new StyleException(out);
  }
}

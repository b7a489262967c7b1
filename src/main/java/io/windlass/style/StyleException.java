package io.windlass.style;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A CartoCSS stylesheet that cannot be compiled, with every error carto would report, in carto's
 * order. The message is carto's: one line per error, each prefixed with {@code "<line>:<column> "}
 * when it has a position (1-based line, 0-based character offset within that line), e.g. {@code
 * "1:3 Unrecognized rule: polygon-fit. Did you mean polygon-fill?"}. {@link #line()}, {@link
 * #column()} and {@link #reason()} describe the first error.
 */
public class StyleException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<StyleError> errors;

  /** An error without a position; {@link #line()} and {@link #column()} return -1. */
  public StyleException(String reason) {
    this(List.of(new StyleError(reason)));
  }

  /** An error at a 1-based line and 0-based column. */
  public StyleException(int line, int column, String reason) {
    this(List.of(new StyleError(line, column, reason)));
  }

  /** Several errors, reported together in this order (at least one). */
  public StyleException(List<StyleError> errors) {
    super(errors.stream().map(StyleError::message).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("no error");
    }
    this.errors = List.copyOf(errors);
  }

  /** Every error, in the order carto reports them. */
  public List<StyleError> errors() {
    return errors;
  }

  /** 1-based line of the first error, or -1 when it has no position. */
  public int line() {
    return errors.get(0).line();
  }

  /**
   * 0-based column of the first error within its line (carto's convention), or -1 when it has no
   * position.
   */
  public int column() {
    return errors.get(0).column();
  }

  /** The first error's message without the position prefix. */
  public String reason() {
    return errors.get(0).reason();
  }
}

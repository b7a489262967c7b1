package io.windlass.style;

/**
 * A CartoCSS stylesheet that cannot be compiled. The message follows carto's wording and, when the
 * error has a position, is prefixed with {@code "<line>:<column> "} where the line is 1-based and
 * the column is the 0-based character offset within that line (as carto reports it), e.g. {@code
 * "1:3 Unrecognized rule: polygon-fit. Did you mean polygon-fill?"}.
 */
public class StyleException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String reason;

  /** An error without a position; {@link #line()} and {@link #column()} return -1. */
  public StyleException(String reason) {
    super(reason);
    this.line = -1;
    this.column = -1;
    this.reason = reason;
  }

  /** An error at a 1-based line and 0-based column. */
  public StyleException(int line, int column, String reason) {
    super(line + ":" + column + " " + reason);
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** Builds the exception from a character offset into {@code source}. */
  static StyleException at(String source, int offset, String reason) {
    int clamped = Math.max(0, Math.min(offset, source.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < clamped; i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new StyleException(line, clamped - lineStart, reason);
  }

  /** 1-based line of the error, or -1 when the error has no position. */
  public int line() {
    return line;
  }

  /**
   * 0-based column of the error within its line (carto's convention), or -1 when it has no
   * position.
   */
  public int column() {
    return column;
  }

  /** The message without the position prefix. */
  public String reason() {
    return reason;
  }
}

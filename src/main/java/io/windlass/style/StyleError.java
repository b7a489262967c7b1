package io.windlass.style;

/**
 * One error carto reports about a stylesheet: its 1-based line and 0-based column (carto's
 * convention), both -1 when it has no position, and carto's wording of it.
 */
public record StyleError(int line, int column, String reason) {

  /** An error without a position. */
  public StyleError(String reason) {
    this(-1, -1, reason);
  }

  /** carto's form: {@code "<line>:<column> <reason>"}, or the reason alone without a position. */
  public String message() {
    return line < 0 ? reason : line + ":" + column + " " + reason;
  }
}

package io.windlass.style;

/**
 * A JavaScript exception carto 0.16.3 throws in the middle of a compilation (not one of the errors
 * it collects): it ends the compilation at once, with the exception's message and no position.
 * {@link CartoProject#compile} turns it into a {@link StyleException}.
 */
final class CartoCrash extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CartoCrash(String message) {
    super(message, null, false, false);
  }
}

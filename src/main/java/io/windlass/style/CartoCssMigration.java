package io.windlass.style;

/**
 * CARTO's {@code cartocss_version} migrations. Not implemented yet: stylesheets are compiled as
 * written (correct for version 2.1.0 and later, except the 3.0 default changes).
 */
final class CartoCssMigration {

  private CartoCssMigration() {}

  static String migrate(String cartocss, String version) {
    return cartocss;
  }
}

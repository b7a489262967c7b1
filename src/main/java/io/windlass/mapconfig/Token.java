package io.windlass.mapconfig;

/**
 * A layergroup token as clients send it: {@code [signer@[templateHash@]]mapId[:cacheBuster]}.
 *
 * @param signer the user that signed a named-map instance, or null
 * @param templateHash the template hash of a named-map instance, or null
 * @param cacheBuster whatever follows the first {@code :}, or null; never verified, as in CARTO
 */
public record Token(String signer, String templateHash, String mapId, String cacheBuster) {

  public static Token parse(String token) {
    String left = token;
    String cacheBuster = null;
    int colon = token.indexOf(':');
    if (colon >= 0) {
      left = token.substring(0, colon);
      cacheBuster = token.substring(colon + 1);
    }
    String[] parts = left.split("@", -1);
    return switch (parts.length) {
      case 1 -> new Token(null, null, parts[0], cacheBuster);
      case 2 -> new Token(parts[0], null, parts[1], cacheBuster);
      default -> new Token(parts[0], parts[1], parts[parts.length - 1], cacheBuster);
    };
  }

  /** The cache buster as epoch milliseconds, or 0 when absent or not numeric. */
  public long cacheBusterMillis() {
    if (cacheBuster == null) return 0;
    try {
      return Long.parseLong(cacheBuster);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

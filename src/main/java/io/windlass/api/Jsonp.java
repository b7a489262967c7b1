package io.windlass.api;

/** Express 4's JSONP body, which CARTO's clients and tests expect byte for byte. */
final class Jsonp {
  static final String CONTENT_TYPE = "text/javascript; charset=utf-8";

  private Jsonp() {}

  /** Keeps only the characters Express allows in a callback name. */
  static String sanitize(String callback) {
    return callback.replaceAll("[^\\[\\]\\w$.]", "");
  }

  static String wrap(String callback, String json) {
    String cb = sanitize(callback);
    String safe = json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    return "/**/ typeof " + cb + " === 'function' && " + cb + "(" + safe + ");";
  }
}

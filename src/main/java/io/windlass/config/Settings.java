package io.windlass.config;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * Windlass's configuration: each setting is read from the system property of its name, else the
 * environment variable of the same name, else its default. The names are documented in README.md.
 *
 * @param dbUrl JDBC URL of the user-data database (the sandbox by default)
 * @param statementTimeoutMs statement timeout of every user query, in milliseconds
 * @param layergroupTtlSeconds idle time after which a layergroup expires
 * @param userDomain host suffix after which a subdomain names the user ({@code demo.localhost})
 * @param tileCacheSeconds how long an encoded tile stays cached while its tables are untracked
 * @param remoteHosts allow-list of hosts remote resources may come from ({@code host[:port],...})
 * @param staticMaxSize the largest width or height of a static image, in pixels
 * @param fontDirectory where the renderer's TrueType fonts are (their faces are what {@code
 *     text-face-name} may name)
 */
public record Settings(
    String dbUrl,
    String ownerUser,
    String ownerPassword,
    String publicUser,
    String publicPassword,
    String defaultUser,
    String apiKey,
    int statementTimeoutMs,
    long layergroupTtlSeconds,
    String userDomain,
    int tileCacheSeconds,
    int renderThreads,
    String cdnHttp,
    String cdnHttps,
    String remoteHosts,
    int remoteTimeoutMs,
    int staticMaxSize,
    String fontDirectory) {

  public static final String SANDBOX_URL = "jdbc:postgresql://127.0.0.1:55432/windlass";

  /** Settings from system properties and the environment of this process. */
  public static Settings fromSystem() {
    return from(
        name -> {
          String v = System.getProperty(name);
          return v != null ? v : System.getenv(name);
        });
  }

  /** Settings from {@code source} (a name → value lookup, null when unset). */
  public static Settings from(Function<String, String> source) {
    Function<String, String> get =
        name -> {
          String v = source.apply(name);
          return v == null || v.isBlank() ? null : v.trim();
        };
    return new Settings(
        or(get.apply("WINDLASS_DB_URL"), SANDBOX_URL),
        or(get.apply("WINDLASS_DB_OWNER_USER"), "windlass_owner"),
        or(get.apply("WINDLASS_DB_OWNER_PASSWORD"), ""),
        or(get.apply("WINDLASS_DB_PUBLIC_USER"), "windlass_public"),
        or(get.apply("WINDLASS_DB_PUBLIC_PASSWORD"), ""),
        or(get.apply("WINDLASS_DEFAULT_USER"), "demo"),
        get.apply("WINDLASS_API_KEY"),
        intOr(get.apply("WINDLASS_STATEMENT_TIMEOUT_MS"), 5000, "WINDLASS_STATEMENT_TIMEOUT_MS"),
        intOr(get.apply("WINDLASS_LAYERGROUP_TTL"), 7200, "WINDLASS_LAYERGROUP_TTL"),
        or(get.apply("WINDLASS_USER_DOMAIN"), "localhost"),
        intOr(get.apply("WINDLASS_TILE_CACHE_SECONDS"), 300, "WINDLASS_TILE_CACHE_SECONDS"),
        intOr(
            get.apply("WINDLASS_RENDER_THREADS"),
            Runtime.getRuntime().availableProcessors(),
            "WINDLASS_RENDER_THREADS"),
        get.apply("WINDLASS_CDN_HTTP"),
        get.apply("WINDLASS_CDN_HTTPS"),
        get.apply("WINDLASS_REMOTE_HOSTS"),
        intOr(get.apply("WINDLASS_REMOTE_TIMEOUT_MS"), 2000, "WINDLASS_REMOTE_TIMEOUT_MS"),
        intOr(get.apply("WINDLASS_STATIC_MAX_SIZE"), 8192, "WINDLASS_STATIC_MAX_SIZE"),
        or(get.apply("WINDLASS_FONT_DIR"), "/usr/share/fonts/truetype/dejavu"));
  }

  /** The database name in {@link #dbUrl()}: part of every layergroup id, as in CARTO. */
  public String dbName() {
    String rest = dbUrl.substring(dbUrl.indexOf(':') + 1);
    String path = URI.create(rest).getPath();
    return path == null || path.length() < 2 ? "" : path.substring(1);
  }

  /** The settings as name → value, secrets masked, for the start-up log. */
  public Map<String, String> describe() {
    return Map.of(
        "WINDLASS_DB_URL", dbUrl,
        "WINDLASS_DB_OWNER_USER", ownerUser,
        "WINDLASS_DB_PUBLIC_USER", publicUser,
        "WINDLASS_DEFAULT_USER", defaultUser,
        "WINDLASS_API_KEY", apiKey == null ? "(unset: master-key requests disabled)" : "(set)",
        "WINDLASS_STATEMENT_TIMEOUT_MS", Integer.toString(statementTimeoutMs),
        "WINDLASS_LAYERGROUP_TTL", Long.toString(layergroupTtlSeconds),
        "WINDLASS_USER_DOMAIN", userDomain);
  }

  private static String or(String v, String dflt) {
    return v == null ? dflt : v;
  }

  private static int intOr(String v, int dflt, String name) {
    if (v == null) return dflt;
    try {
      int n = Integer.parseInt(v);
      if (n <= 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a positive integer, not '" + v + "'");
    }
  }
}

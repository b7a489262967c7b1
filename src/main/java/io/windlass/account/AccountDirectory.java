package io.windlass.account;

import io.windlass.error.WindlassException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The accounts this server knows, looked up by name (from the metadata store, cached briefly so
 * that every request does not read it). Resolves the user of a request as CARTO does: the {@code
 * /user/:user/} path prefix, else the Host subdomain before the configured domain, else the default
 * account.
 */
public final class AccountDirectory {
  private static final long CACHE_NANOS = 10_000_000_000L;

  private final Function<String, Optional<Account>> lookup;
  private final String defaultUser;
  private final String userDomain;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(Optional<Account> account, long loadedAt) {}

  public AccountDirectory(
      Function<String, Optional<Account>> lookup, String defaultUser, String userDomain) {
    this.lookup = lookup;
    this.defaultUser = defaultUser;
    this.userDomain = userDomain;
  }

  public Optional<Account> find(String name) {
    long now = System.nanoTime();
    Cached c = cache.get(name);
    if (c == null || now - c.loadedAt() > CACHE_NANOS) {
      c = new Cached(lookup.apply(name), now);
      if (cache.size() > 10_000) cache.clear();
      cache.put(name, c);
    }
    return c.account();
  }

  /** Forgets what was cached about {@code name} (after it changed). */
  public void forget(String name) {
    cache.remove(name);
  }

  /**
   * The account a request addresses.
   *
   * @param pathUser the {@code :user} of a {@code /user/:user/} prefix, or null
   * @param host the Host header as received (may carry a port), or null
   */
  public Account resolve(String pathUser, String host) {
    String name = userName(pathUser, host);
    return find(name)
        .orElseThrow(() -> WindlassException.withStatus(404, "User '" + name + "' not found"));
  }

  /** The user name a request addresses (as {@link #resolve}), whether or not it exists. */
  public String userName(String pathUser, String host) {
    String named = pathUser != null && !pathUser.isEmpty() ? pathUser : userFromHost(host);
    return named == null ? defaultUser : named;
  }

  /** {@code demo} for {@code demo.localhost:8080} when the user domain is {@code localhost}. */
  String userFromHost(String host) {
    if (host == null || userDomain == null || userDomain.isEmpty()) return null;
    String h = host;
    int colon = h.lastIndexOf(':');
    if (colon > 0 && h.indexOf(']') < colon) h = h.substring(0, colon);
    String suffix = "." + userDomain;
    if (h.length() > suffix.length()
        && h.regionMatches(true, h.length() - suffix.length(), suffix, 0, suffix.length())) {
      String sub = h.substring(0, h.length() - suffix.length());
      return sub.contains(".") ? null : sub;
    }
    return null;
  }
}

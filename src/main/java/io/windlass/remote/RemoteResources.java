package io.windlass.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fetches remote resources (basemap tiles of http layers, images of plain layers) from hosts on an
 * allow-list only, with a timeout and a size cap, and keeps recent ones in a bounded in-memory
 * cache. Redirects are not followed: they could lead off the list. Thread-safe.
 */
public final class RemoteResources {
  private final Set<String> allowed;
  private final Duration timeout;
  private final int maxBytes;
  private final int cacheBytes;
  private final HttpClient client;
  private final LinkedHashMap<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
  private int cached;

  /**
   * @param allowList comma-separated {@code host} or {@code host:port} entries; an entry without a
   *     port allows every port of that host; loopback and private addresses only when listed
   */
  public RemoteResources(String allowList, Duration timeout, int maxBytes, int cacheBytes) {
    this.allowed =
        allowList == null
            ? Set.of()
            : Stream.of(allowList.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.cacheBytes = cacheBytes;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Whether {@code url} is an http(s) URL on the allow-list. */
  public boolean allowed(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (host == null || !("http".equals(scheme) || "https".equals(scheme))) return false;
    host = host.toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
    return allowed.contains(host) || allowed.contains(host + ":" + port);
  }

  /** The body of {@code url}, from the cache or fetched. */
  public byte[] fetch(String url) throws RemoteFailure {
    synchronized (cache) {
      byte[] hit = cache.get(url);
      if (hit != null) return hit;
    }
    if (!allowed(url)) {
      throw new RemoteFailure(
          RemoteFailure.Kind.NOT_ALLOWED, 0, url + " is not on WINDLASS_REMOTE_HOSTS");
    }
    byte[] body = download(url);
    remember(url, body);
    return body;
  }

  private byte[] download(String url) throws RemoteFailure {
    var request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
    try {
      HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        if (r.statusCode() != 200) {
          throw new RemoteFailure(
              RemoteFailure.Kind.STATUS, r.statusCode(), url + " [" + r.statusCode() + "]");
        }
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
          throw new RemoteFailure(
              RemoteFailure.Kind.TOO_LARGE, 0, url + " is larger than " + maxBytes + " bytes");
        }
        return bytes;
      }
    } catch (HttpTimeoutException e) {
      throw new RemoteFailure(RemoteFailure.Kind.TIMEOUT, 0, url);
    } catch (IOException e) {
      throw new RemoteFailure(RemoteFailure.Kind.NETWORK, 0, url);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteFailure(RemoteFailure.Kind.NETWORK, 0, url);
    }
  }

  private void remember(String url, byte[] body) {
    if (body.length > cacheBytes / 8) return;
    synchronized (cache) {
      if (cache.put(url, body) == null) cached += body.length;
      var it = cache.entrySet().iterator();
      while (cached > cacheBytes && it.hasNext()) {
        Map.Entry<String, byte[]> eldest = it.next();
        cached -= eldest.getValue().length;
        it.remove();
      }
    }
  }
}

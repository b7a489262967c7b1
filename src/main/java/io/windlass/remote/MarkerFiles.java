package io.windlass.remote;

import io.windlass.render.MarkerImage;
import io.windlass.render.MarkerImages;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Marker files by URL for the renderer: fetched through {@link RemoteResources} (allow-listed
 * hosts, timeout, size cap), decoded once and kept (a bounded number, least recently used out). Map
 * creation {@link #load}s every file its styles name, so a missing one is an error there; drawing
 * never fails on one, it leaves the marker out. Thread-safe.
 */
public final class MarkerFiles implements MarkerImages {
  private static final int MAX_DECODED = 512;

  private final RemoteResources remote;
  private final Map<String, MarkerImage> decoded =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MarkerImage> eldest) {
          return size() > MAX_DECODED;
        }
      };

  public MarkerFiles(RemoteResources remote) {
    this.remote = remote;
  }

  /** Why a marker file cannot be used, in the words of CARTO's error. */
  public static final class Unavailable extends Exception {
    public Unavailable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The decoded file at {@code url}, fetched if need be. */
  public MarkerImage load(String url) throws Unavailable {
    synchronized (decoded) {
      MarkerImage hit = decoded.get(url);
      if (hit != null) {
        return hit;
      }
    }
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new Unavailable("only http and https URLs are allowed");
    }
    byte[] bytes;
    try {
      bytes = remote.fetch(url);
    } catch (RemoteFailure f) {
      throw new Unavailable(
          switch (f.kind()) {
            case STATUS -> "server returned " + f.status();
            case NOT_ALLOWED -> "host not allowed";
            case TIMEOUT -> "timed out";
            case TOO_LARGE -> "too large";
            case NETWORK -> "network error";
          });
    }
    MarkerImage image;
    try {
      image = MarkerImage.decode(bytes, url.toLowerCase(Locale.ROOT).contains(".svg"));
    } catch (IOException | RuntimeException e) {
      throw new Unavailable("not a valid image: " + e.getMessage());
    }
    synchronized (decoded) {
      decoded.put(url, image);
    }
    return image;
  }

  @Override
  public MarkerImage get(String url) {
    try {
      return load(url);
    } catch (Unavailable e) {
      return null;
    }
  }
}

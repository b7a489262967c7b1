package io.windlass.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.mapconfig.JsJson;
import io.windlass.mapconfig.JsonText;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.infinispan.commons.api.BasicCache;

/**
 * Layergroups (token → MapConfig) in a clustered cache, as JSON text so that every node reads what
 * any node wrote without shared classes. Entries expire after {@code ttlSeconds} without use; every
 * read renews them (Infinispan's max-idle), as CARTO's sliding expiry does.
 */
public final class LayergroupStore {
  private final BasicCache<String, String> cache;
  private final long ttlMillis;

  /**
   * @param ttl how long a layergroup lives without use (configured in seconds; finer here so that a
   *     test need not wait that long)
   */
  public LayergroupStore(BasicCache<String, String> cache, Duration ttl) {
    this.cache = cache;
    this.ttlMillis = ttl.toMillis();
  }

  /**
   * Stores (or renews) {@code mapId}'s configuration, owned by {@code account}, with what the
   * services know about it ({@code facts}: e.g. the tables it reads; not part of the id).
   */
  public void put(String mapId, String account, ObjectNode config, JsonNode facts) {
    ObjectNode value = JsonText.MAPPER.createObjectNode();
    value.put("account", account);
    value.set("config", config);
    value.set("facts", facts);
    cache.put(
        mapId,
        JsJson.stringify(value),
        -1,
        TimeUnit.MILLISECONDS,
        ttlMillis,
        TimeUnit.MILLISECONDS);
  }

  /** The stored layergroup, or empty when unknown or expired. Reading renews it. */
  public Optional<StoredLayergroup> get(String mapId) {
    String json = cache.get(mapId);
    if (json == null) return Optional.empty();
    var node = (ObjectNode) JsonText.parse(json);
    return Optional.of(
        new StoredLayergroup(
            node.get("account").asText(), (ObjectNode) node.get("config"), node.get("facts")));
  }

  /** A stored layergroup: the account that created it, its MapConfig JSON and facts about it. */
  public record StoredLayergroup(String account, ObjectNode config, JsonNode facts) {}
}

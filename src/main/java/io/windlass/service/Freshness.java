package io.windlass.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.windlass.data.TableRef;
import io.windlass.mapconfig.JsonText;
import io.windlass.template.SurrogateKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How fresh a layergroup's data is: the tables its SQL reads and when each last changed (null when
 * untracked). From it come CARTO's cache buster and the Cache-Control, X-Cache-Channel and
 * Surrogate-Key headers of its resources.
 *
 * @param hasSql whether any layer runs SQL (maps of only plain/http layers read no database)
 */
public record Freshness(List<Table> tables, boolean hasSql) {
  static final String ONE_YEAR = "public,max-age=31536000";

  /** CARTO's fallback TTL for resources over untracked tables, in seconds. */
  static final int FALLBACK_TTL = 300;

  /** A table read, and its last change in epoch milliseconds (null: not tracked). */
  public record Table(String schema, String name, Long updatedAt) {
    String qualified() {
      return new TableRef(schema, name).qualified();
    }
  }

  public Freshness {
    tables = List.copyOf(tables);
  }

  static Freshness of(Set<TableRef> read, Map<TableRef, Long> changes, boolean hasSql) {
    var tables = new ArrayList<Table>();
    for (TableRef t : read) tables.add(new Table(t.schema(), t.name(), changes.get(t)));
    return new Freshness(tables, hasSql);
  }

  /** The newest change of any table read, epoch milliseconds; 0 when none is tracked. */
  public long cacheBuster() {
    return tables.stream().map(Table::updatedAt).filter(u -> u != null).reduce(0L, Math::max);
  }

  /** A year when every table read is tracked (changes give new tokens), else CARTO's fallback. */
  public String cacheControl() {
    boolean allTracked = tables.stream().allMatch(t -> t.updatedAt() != null);
    return hasSql && allTracked ? ONE_YEAR : fallbackCacheControl();
  }

  /**
   * {@code public,max-age=n} with n the seconds until the next multiple of the fallback TTL, so
   * that caches in front of every node expire together.
   */
  static String fallbackCacheControl() {
    long now = System.currentTimeMillis() / 1000;
    return "public,max-age=" + (FALLBACK_TTL - now % FALLBACK_TTL);
  }

  /** {@code db:schema.table,...}, or null for maps without SQL. */
  public String cacheChannel(String db) {
    if (!hasSql) return null;
    return db + ":" + tables.stream().map(Table::qualified).collect(Collectors.joining(","));
  }

  /** The table keys, sorted; empty without tables. */
  public List<String> surrogateKeys(String db) {
    return tables.stream()
        .map(t -> SurrogateKeys.table(db, t.schema(), t.name()))
        .sorted()
        .toList();
  }

  public ArrayNode toJson() {
    ArrayNode a = JsonText.MAPPER.createArrayNode();
    for (Table t : tables) {
      var o = a.addObject().put("schema", t.schema()).put("name", t.name());
      if (t.updatedAt() != null) o.put("updated_at", t.updatedAt());
    }
    return a;
  }

  public static Freshness fromJson(JsonNode tables, boolean hasSql) {
    var list = new ArrayList<Table>();
    if (tables != null) {
      for (JsonNode t : tables) {
        JsonNode u = t.get("updated_at");
        list.add(
            new Table(
                t.get("schema").asText(), t.get("name").asText(), u == null ? null : u.asLong()));
      }
    }
    return new Freshness(list, hasSql);
  }
}

package io.windlass.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code EXPLAIN (FORMAT JSON, VERBOSE)} tells about a layer's SQL without running it: the
 * estimated row count and the tables it reads (every plan node with a schema and relation name), as
 * CARTO's affected-tables lookup does.
 */
public record QueryPlan(long estimatedRows, Set<TableRef> tables) {

  public static QueryPlan of(JsonNode explain) {
    JsonNode plan = explain.path(0).path("Plan");
    var tables = new TreeSet<TableRef>();
    collect(plan, tables);
    return new QueryPlan(plan.path("Plan Rows").asLong(-1), tables);
  }

  private static void collect(JsonNode node, Set<TableRef> tables) {
    if (node.hasNonNull("Relation Name") && node.hasNonNull("Schema")) {
      tables.add(new TableRef(node.get("Schema").asText(), node.get("Relation Name").asText()));
    }
    for (JsonNode child : node.path("Plans")) collect(child, tables);
  }
}

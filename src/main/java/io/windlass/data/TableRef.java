package io.windlass.data;

/** A table a layer's SQL reads, as PostgreSQL's plan names it. */
public record TableRef(String schema, String name) implements Comparable<TableRef> {

  /** {@code schema.table}, quoted where PostgreSQL's {@code quote_ident} would quote. */
  public String qualified() {
    return quote(schema) + "." + quote(name);
  }

  @Override
  public int compareTo(TableRef o) {
    int c = schema.compareTo(o.schema);
    return c != 0 ? c : name.compareTo(o.name);
  }

  private static String quote(String ident) {
    return ident.matches("[a-z_][a-z0-9_$]*") ? ident : '"' + ident.replace("\"", "\"\"") + '"';
  }
}

package io.windlass.account;

/** A PostgreSQL login role with its password: what a request's SQL runs as. */
public record DbRole(String name, String password) {
  @Override
  public String toString() {
    return "DbRole[" + name + "]";
  }
}

package io.windlass.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.windlass.account.DbRole;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One small connection pool per database role, so that every user query runs on a connection
 * authenticated as exactly the role its request may use (never a shared connection that switches
 * roles, which user SQL could switch back).
 */
public final class RolePools implements AutoCloseable {
  private final String url;
  private final int poolSize;
  private final ConcurrentHashMap<String, HikariDataSource> pools = new ConcurrentHashMap<>();

  public RolePools(String url, int poolSize) {
    this.url = url;
    this.poolSize = poolSize;
  }

  /** A pooled connection logged in as {@code role}; the caller closes it. */
  public Connection connect(DbRole role) throws SQLException {
    return pools.computeIfAbsent(role.name(), n -> create(role)).getConnection();
  }

  private HikariDataSource create(DbRole role) {
    var cfg = new HikariConfig();
    cfg.setPoolName("windlass-" + role.name());
    cfg.setJdbcUrl(url);
    cfg.setDriverClassName("org.postgresql.Driver");
    cfg.setUsername(role.name());
    cfg.setPassword(role.password());
    cfg.setMaximumPoolSize(poolSize);
    cfg.setMinimumIdle(0);
    cfg.setConnectionTimeout(5_000);
    cfg.setInitializationFailTimeout(-1);
    cfg.setAutoCommit(false);
    cfg.addDataSourceProperty("ApplicationName", "windlass");
    cfg.addDataSourceProperty("tcpKeepAlive", "true");
    return new HikariDataSource(cfg);
  }

  @Override
  public void close() {
    pools.values().forEach(HikariDataSource::close);
    pools.clear();
  }
}

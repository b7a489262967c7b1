package io.windlass.metadata;

import io.windlass.account.Account;
import io.windlass.account.DbRole;
import io.windlass.config.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At deployment: migrates the metadata schema and records the default account from configuration
 * (its roles, and its master key as a SHA-256). A database that is down is logged, not fatal: the
 * API answers its errors until it comes back, and the next deployment migrates.
 */
@ApplicationScoped
public class MetadataStartup {
  private static final Logger LOG = Logger.getLogger(MetadataStartup.class.getName());

  @Resource(lookup = "java:jboss/datasources/WindlassDS")
  DataSource dataSource;

  @Inject Settings settings;
  @Inject AccountRepository accounts;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    try {
      Migrations.migrate(dataSource);
      accounts.save(
          Account.withKey(
              settings.defaultUser(),
              settings.apiKey(),
              new DbRole(settings.ownerUser(), settings.ownerPassword()),
              new DbRole(settings.publicUser(), settings.publicPassword())));
      LOG.info("Windlass metadata ready; default account '" + settings.defaultUser() + "'");
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Windlass metadata could not be prepared: " + e.getMessage(), e);
    }
  }
}

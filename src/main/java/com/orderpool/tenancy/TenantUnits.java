package com.orderpool.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * One persistence unit per tenant schema, made on first use from the container's unit (its classes,
 * data source, transactions and settings) with the tenant's schema fixed. EclipseLink then prepares
 * a tenant's table mappings once, instead of cloning and initialising every mapping for each
 * transaction as it does when one unit serves all schemas (a third of an API order's CPU). No unit
 * keeps a shared cache: every read goes to the database, as before, so nodes of a cluster never see
 * stale rows.
 */
@ApplicationScoped
public class TenantUnits {
  private static final Logger LOG = Logger.getLogger(TenantUnits.class.getName());

  @Inject PersistenceUnits units;

  @Resource(lookup = PersistenceUnits.DATA_SOURCE)
  DataSource dataSource;

  private final Map<String, Held> bySchema = new ConcurrentHashMap<>();

  /** The unit of a tenant's schema, made once, and kept while it is used. */
  public EntityManagerFactory of(String code) {
    Held held = bySchema.computeIfAbsent(TenantSchema.of(code), s -> new Held(create(s)));
    held.lastUsed = System.nanoTime();
    return held.emf;
  }

  /** Forgets a tenant's unit (its schema was dropped); the next use makes a new one. */
  public void forget(String code) {
    close(bySchema.remove(TenantSchema.of(code)));
  }

  /**
   * Closes the units no transaction has asked for in {@code idle} (a unit holds a tenant's prepared
   * mappings, a few MB): a tenant nobody works for costs no memory, and its next request makes the
   * unit again. Units in use are never closed: a transaction is far shorter than idle.
   *
   * @return how many units were closed
   */
  public int closeIdle(Duration idle) {
    long now = System.nanoTime();
    int closed = 0;
    for (Map.Entry<String, Held> e : bySchema.entrySet()) {
      if (now - e.getValue().lastUsed > idle.toNanos()
          && bySchema.remove(e.getKey(), e.getValue())) {
        close(e.getValue());
        closed++;
      }
    }
    return closed;
  }

  /** How many tenant units are open. */
  public int open() {
    return bySchema.size();
  }

  private static void close(Held held) {
    if (held != null && held.emf.isOpen()) {
      held.emf.close();
    }
  }

  /** A unit and when it was last asked for. */
  private static final class Held {
    final EntityManagerFactory emf;
    volatile long lastUsed = System.nanoTime();

    Held(EntityManagerFactory emf) {
      this.emf = emf;
    }
  }

  private EntityManagerFactory create(String schema) {
    EntityManagerFactory shared = units.emf();
    List<String> classes =
        shared.getMetamodel().getManagedTypes().stream()
            .map(ManagedType::getJavaType)
            .map(Class::getName)
            .sorted()
            .toList();
    // The container wove the entity classes as it loaded them; this unit must expect the same.
    boolean woven =
        shared.getMetamodel().getEntities().stream()
            .anyMatch(e -> PersistenceWeaved.class.isAssignableFrom(e.getJavaType()));
    Map<String, Object> props = new HashMap<>(shared.getProperties());
    props.put(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, schema);
    props.put(PersistenceUnitProperties.MULTITENANT_SHARED_EMF, "false");
    props.put(PersistenceUnitProperties.SESSION_NAME, PersistenceUnits.UNIT + "-" + schema);
    props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
    props.put(PersistenceUnitProperties.WEAVING, woven ? "static" : "false");
    props.put(PersistenceUnitProperties.DEPLOY_ON_STARTUP, "true");
    long start = System.nanoTime();
    EntityManagerFactory emf =
        new PersistenceProvider()
            .createContainerEntityManagerFactory(new Unit(schema, classes), props);
    LOG.fine(
        () ->
            "persistence unit of "
                + schema
                + " ready in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
    return emf;
  }

  @PreDestroy
  void close() {
    bySchema.values().forEach(TenantUnits::close);
    bySchema.clear();
  }

  /** The container's unit again, under a tenant's own name. */
  private final class Unit implements PersistenceUnitInfo {
    private final String schema;
    private final List<String> classes;

    Unit(String schema, List<String> classes) {
      this.schema = schema;
      this.classes = classes;
    }

    @Override
    public String getPersistenceUnitName() {
      return PersistenceUnits.UNIT + "-" + schema;
    }

    @Override
    public String getPersistenceProviderClassName() {
      return PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
      return PersistenceUnitTransactionType.JTA;
    }

    @Override
    public DataSource getJtaDataSource() {
      return dataSource;
    }

    @Override
    public DataSource getNonJtaDataSource() {
      return null;
    }

    @Override
    public List<String> getMappingFileNames() {
      return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
      return List.of();
    }

    /** The folder of the application's classes (WEB-INF/classes), where the unit was found. */
    @Override
    public URL getPersistenceUnitRootUrl() {
      String self = TenantUnits.class.getName().replace('.', '/') + ".class";
      String url = TenantUnits.class.getClassLoader().getResource(self).toExternalForm();
      try {
        return new URL(url.substring(0, url.length() - self.length()));
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException(url, e);
      }
    }

    @Override
    public List<String> getManagedClassNames() {
      return classes;
    }

    @Override
    public boolean excludeUnlistedClasses() {
      return false; // as the application's unit: its converters are found too
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
      return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
      return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
      return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
      return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
      return TenantUnits.class.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
      // the classes are loaded (and woven) already
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
      return TenantUnits.class.getClassLoader();
    }
  }
}

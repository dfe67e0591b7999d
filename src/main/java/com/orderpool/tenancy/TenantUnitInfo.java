package com.orderpool.tenancy;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/** The application's persistence unit again, under a tenant's own name ({@link TenantUnits}). */
final class TenantUnitInfo implements PersistenceUnitInfo {
  private final String schema;
  private final List<String> classes;
  private final DataSource dataSource;

  TenantUnitInfo(String schema, List<String> classes, DataSource dataSource) {
    this.dataSource = dataSource;
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
    String self = TenantUnitInfo.class.getName().replace('.', '/') + ".class";
    String url = TenantUnitInfo.class.getClassLoader().getResource(self).toExternalForm();
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
    return TenantUnitInfo.class.getClassLoader();
  }

  @Override
  public void addTransformer(ClassTransformer transformer) {
    // the classes are loaded (and woven) already
  }

  @Override
  public ClassLoader getNewTempClassLoader() {
    return TenantUnitInfo.class.getClassLoader();
  }
}

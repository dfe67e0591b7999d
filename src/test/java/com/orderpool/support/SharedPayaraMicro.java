package com.orderpool.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro boots once per test run instead of once per test class.
 *
 * <p>The Payara Micro adapter starts a server for every deployment and stops it on undeploy, and
 * Arquillian deploys and undeploys each test class's archive. Every in-container test class uses
 * the same archive ({@link Deployments#war()}, declared once in {@link InContainer}), so this
 * adapter keeps the first deployment running and hands its address to the following classes; the
 * server stops with the container at the end of the run. A differently named archive replaces the
 * running one.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {
  private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
  private Archive<?> running;
  private ProtocolMetaData address;

  @Override
  public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
    return payara.getConfigurationClass();
  }

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    payara.setup(configuration);
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return payara.getDefaultProtocol();
  }

  @Override
  public void start() throws LifecycleException {
    payara.start();
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (running != null && running.getName().equals(archive.getName())) {
      return address;
    }
    undeployRunning();
    address = payara.deploy(archive);
    running = archive;
    return address;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // The next test class reuses the server; it stops with the container.
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    try {
      undeployRunning();
    } catch (DeploymentException e) {
      throw new LifecycleException("Could not stop the shared Payara Micro", e);
    }
    payara.stop();
  }

  private void undeployRunning() throws DeploymentException {
    if (running != null) {
      Archive<?> archive = running;
      running = null;
      address = null;
      payara.undeploy(archive);
    }
  }

  @Override
  public void deploy(Descriptor descriptor) throws DeploymentException {
    payara.deploy(descriptor);
  }

  @Override
  public void undeploy(Descriptor descriptor) throws DeploymentException {
    payara.undeploy(descriptor);
  }
}

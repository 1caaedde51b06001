package ir.pishkhan.portal.web.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for all the container tests of a run, not one for each class. Payara Micro's managed adapter
 * starts a new JVM for every deployment and stops it at every undeployment, and a start costs some 30 s here, more
 * than the tests of a class. Here the first class's deployment starts it; every later class's deployment (the same
 * archive: {@link Deployments#portal()} holds what every class needs) is answered with the running one; undeploying
 * waits for the end of the run (the adapter's {@code stop} or, failing that, its JVM shutdown hook).
 * <p>
 * So the classes share one database, as the browser tests do: a test counts what it made, not what is there.
 */
public class OneDeployment extends PayaraMicroDeployableContainer {

    private Archive<?> deployed;
    private ProtocolMetaData running;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (running == null) {
            running = super.deploy(archive);
            deployed = archive;
        } else if (!deployed.getName().equals(archive.getName())) {
            throw new DeploymentException("the container tests share one deployment (" + deployed.getName()
                    + "); a class asked for " + archive.getName() + ": build it with Deployments.portal()");
        }
        return running;
    }

    @Override
    public synchronized void undeploy(Archive<?> archive) {
        // kept for the next class: stopped in stop()
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        if (running != null) {
            try {
                super.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("could not stop Payara Micro", e);
            } finally {
                running = null;
                deployed = null;
            }
        }
        super.stop();
    }

    /** Registered in META-INF/services: takes the place of the adapter's container. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, OneDeployment.class);
        }
    }
}

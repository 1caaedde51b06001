package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.workflow.Errand;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of all the container tests ({@link OneDeployment}: a run starts one Payara Micro for them all):
 * the WAR the build made, plus every class of this package (the test classes, the beans that act as users, the
 * kernel's test workflow's desk and logs), the kernel's test workflow ({@link Errand}, from the domain's tests), and a
 * real SMTP server a test can start inside the container (GreenMail and the logging API it needs; Jakarta Mail is
 * the container's).
 */
final class Deployments {

    private Deployments() {
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "portal.war")
                .importFrom(new File(System.getProperty("portal.war", "target/portal.war")))
                .as(WebArchive.class)
                // not OneDeployment: it is the client's, and names the adapter's class, which the server has not
                .addPackages(false, path -> !path.get().contains("/" + OneDeployment.class.getSimpleName()), Deployments.class.getPackage())
                .addClasses(Errand.class, Errand.State.class, Errand.Action.class, Errand.Entry.class, Errand.Finished.class)
                .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class), jarOf(org.slf4j.LoggerFactory.class))
                .addAsWebInfResource("container/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }
}

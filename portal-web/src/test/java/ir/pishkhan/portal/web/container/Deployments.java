package ir.pishkhan.portal.web.container;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The deployment of the container tests: the WAR the build made, plus the test-only beans that act as users. */
final class Deployments {

    private Deployments() {
    }

    /**
     * The portal with a real SMTP server the test can start inside the container (GreenMail, and the logging API it
     * needs; Jakarta Mail is the container's): the jars as the test class path has them.
     */
    static WebArchive portalWithSmtpServer() {
        return portal().addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
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
                .addClasses(AsUser.class, AsUser.AsAdmin.class, AsUser.AsSecretariat.class, AsUser.AsGuild.class,
                        AsUser.AsHera.class, AsUser.AsAria.class, AsUser.AsPostBank.class, AsUser.AsTelecom.class)
                .addAsWebInfResource("container/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }
}

package ir.pishkhan.portal.web.container;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The deployment of the container tests: the WAR the build made, plus the test-only beans that act as users. */
final class Deployments {

    private Deployments() {
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

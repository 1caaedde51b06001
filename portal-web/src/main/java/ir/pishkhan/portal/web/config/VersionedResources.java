package ir.pishkhan.portal.web.config;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's own resources (webapp/resources: styles, scripts, fonts, images) addressed with a digest of their
 * content ({@code ?v=…}), as PrimeFaces addresses its own with its version: so every faces resource may be kept by
 * browsers and proxies for a year (web.xml, {@code com.sun.faces.defaultResourceMaxAge}) and a changed file is still
 * fetched at once, under its new address. A resource of a library (PrimeFaces', its theme's) is left as it is.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(VersionedResources.class.getName());

    /** Per resource name, the digest of its content as served (a style sheet with its expressions evaluated). */
    private final Map<String, Optional<String>> digests = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            return resource;
        }
        // not computeIfAbsent: a style sheet's digest evaluates its expressions, which ask here for the fonts' addresses
        Optional<String> digest = digests.get(resource.getResourceName());
        if (digest == null) {
            digest = digest(resource);
            digests.putIfAbsent(resource.getResourceName(), digest);
        }
        return digest.<Resource>map(v -> new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + v;
            }
        }).orElse(resource);
    }

    private static Optional<String> digest(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest(), 0, 6));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            // unversioned: still served, kept as long as any resource
            LOG.log(Level.WARNING, "No digest for resource " + resource.getResourceName(), e);
            return Optional.empty();
        }
    }
}

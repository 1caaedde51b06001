package ir.pishkhan.portal.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PrimeFaces' scripts are written with {@code defer} at the end of the body ({@code primefaces.MOVE_SCRIPTS_TO_BOTTOM
 * = defer}, web.xml): a phone on a slow link fetches them after the styles and the fonts the first paint needs, and the
 * page is parsed without waiting for them. PrimeFaces then wraps its own inline scripts (its widgets) in a
 * {@code DOMContentLoaded} listener, which runs after the deferred scripts; but the inline script its CSP writer adds
 * last (the elements' event handlers, {@code PrimeFaces.csp.register}) is written as is, and would run before
 * PrimeFaces exists. Here, on a full page (not an ajax update, whose scripts run at once), every inline script that
 * does not already wait for {@code DOMContentLoaded} is made to, in its order. Installed by faces-config.xml; with any
 * other value of the setting the pages are written untouched.
 */
public class DeferredInlineScripts extends RenderKitFactory {

    static final String SETTING = "primefaces.MOVE_SCRIPTS_TO_BOTTOM";
    static final String WAITS = "document.addEventListener(\"DOMContentLoaded\", function() {";

    private final Map<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();
    private volatile Boolean deferred;

    public DeferredInlineScripts(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        if (kit == null || !deferred(context)) {
            return kit;
        }
        return kits.computeIfAbsent(kit, Kit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private boolean deferred(FacesContext context) {
        Boolean known = deferred;
        if (known == null) {
            FacesContext faces = context != null ? context : FacesContext.getCurrentInstance();
            known = faces != null && "defer".equalsIgnoreCase(faces.getExternalContext().getInitParameter(SETTING));
            deferred = known;
        }
        return known;
    }

    /** The render kit whose full pages' writers make inline scripts wait. */
    static final class Kit extends RenderKitWrapper {
        Kit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String encoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, encoding);
            FacesContext context = FacesContext.getCurrentInstance();
            boolean ajax = context != null && context.getPartialViewContext().isAjaxRequest();
            return ajax ? created : new Waiting(created);
        }
    }

    /** Holds an inline script's text to its end, then writes it inside a {@code DOMContentLoaded} listener. */
    static final class Waiting extends ResponseWriterWrapper {
        private boolean inScript;
        private boolean external;
        private StringBuilder text;

        Waiting(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new Waiting(getWrapped().cloneWithWriter(writer));
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            if ("script".equalsIgnoreCase(name)) {
                inScript = true;
                external = false;
                text = new StringBuilder();
            }
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            noteSource(name);
            super.writeAttribute(name, value, property);
        }

        @Override
        public void writeURIAttribute(String name, Object value, String property) throws IOException {
            noteSource(name);
            super.writeURIAttribute(name, value, property);
        }

        private void noteSource(String name) {
            if (inScript && "src".equalsIgnoreCase(name)) {
                external = true;
            }
        }

        private boolean holding() {
            return inScript && !external;
        }

        @Override
        public void endElement(String name) throws IOException {
            if (inScript && "script".equalsIgnoreCase(name)) {
                inScript = false;
                String script = text.toString();
                text = null;
                if (!script.isBlank()) {
                    getWrapped().write(script.stripLeading().startsWith(WAITS) ? script : WAITS + script + "});");
                }
            }
            super.endElement(name);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (holding()) {
                text.append(chars, offset, length);
            } else {
                super.write(chars, offset, length);
            }
        }

        @Override
        public void write(char[] chars) throws IOException {
            write(chars, 0, chars.length);
        }

        @Override
        public void write(String string) throws IOException {
            if (holding()) {
                text.append(string);
            } else {
                super.write(string);
            }
        }

        @Override
        public void write(int c) throws IOException {
            if (holding()) {
                text.append((char) c);
            } else {
                super.write(c);
            }
        }

        @Override
        public void writeText(Object value, String property) throws IOException {
            if (holding()) {
                text.append(value);
            } else {
                super.writeText(value, property);
            }
        }

        @Override
        public void writeText(Object value, UIComponent component, String property) throws IOException {
            if (holding()) {
                text.append(value);
            } else {
                super.writeText(value, component, property);
            }
        }

        @Override
        public void writeText(char[] chars, int offset, int length) throws IOException {
            if (holding()) {
                text.append(chars, offset, length);
            } else {
                super.writeText(chars, offset, length);
            }
        }
    }
}

package ir.pishkhan.portal.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputTextRenderer;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text inputs cut what was posted to their {@code maxlength} before anything checks it: a text too long
 * would be stored shortened with no word said. These renderers (faces-config.xml) keep the posted text whole, so that
 * the domain's rule ({@code workflow/Texts}) refuses it with its limit. The browser's own maxlength stays.
 */
public final class UncutInputs {

    private UncutInputs() {
    }

    /** The text as posted (a text area's line ends as PrimeFaces' script counts them), in place of the cut one. */
    static void keepWhole(FacesContext context, UIComponent component, boolean lines) {
        UIInput input = (UIInput) component;
        if (input.getSubmittedValue() instanceof String) {
            String posted = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
            if (posted != null) {
                input.setSubmittedValue(lines ? posted.replaceAll("\r\n?", "\n") : posted);
            }
        }
    }

    /** p:inputText. */
    public static class Text extends InputTextRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            keepWhole(context, component, false);
        }
    }

    /** p:inputTextarea. */
    public static class Textarea extends InputTextareaRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            keepWhole(context, component, true);
        }
    }
}

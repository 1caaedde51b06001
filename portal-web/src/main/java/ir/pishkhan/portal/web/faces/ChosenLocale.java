package ir.pishkhan.portal.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * A view's locale is the user's choice ({@code LocaleBean}: Persian unless English was chosen) from the moment the view
 * is created. The templates' {@code f:view locale} sets it only when the page is built for rendering; a page's view
 * action on a GET runs before that, and Faces' own choice there follows the browser's Accept-Language: a Persian page
 * opened in an English browser read the office names of its timeline, and the contracts list its banks' names, in
 * English ({@link Messages#locale()}). Installed by faces-config.xml.
 */
public class ChosenLocale extends ViewHandlerWrapper {

    public ChosenLocale(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        // only where the visitor has a session already: the public scorecard gives none (and its page says its language)
        if (context.getExternalContext().getSession(false) == null) {
            return super.calculateLocale(context);
        }
        Locale chosen = context.getApplication().evaluateExpressionGet(context, "#{localeBean.locale}", Locale.class);
        return chosen != null ? chosen : super.calculateLocale(context);
    }
}

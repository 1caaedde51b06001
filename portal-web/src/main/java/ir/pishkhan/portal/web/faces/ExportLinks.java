package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.web.report.lists.ExportQuery;
import ir.pishkhan.portal.web.report.lists.ListExport;
import jakarta.faces.context.FacesContext;

/** The address of a list's export for its page's buttons ({@code <pk:exports bean="…"/>}), with the page's filters. */
public final class ExportLinks {

    private ExportLinks() {
    }

    public static String url(String path, String format, ExportQuery query) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + ListExport.url(path, format, query);
    }
}

package ir.pishkhan.portal.web.report.lists;

import ir.pishkhan.portal.web.report.Report;

import java.util.Locale;
import java.util.Set;

/**
 * A list page's export: the same rows the page shows with the filters the user has on it, as a {@link Report} whose
 * rows are read from the database a page at a time while the file is written ({@link Paging}). The list's page writes
 * its filter into the export's address ({@link ExportQuery}); the export reads it back into the same filter and asks
 * the same service the page's lazy model asks, so that what the caller may see is decided in one place. {@code
 * ListExportServlet} serves every export; an export only says its address, its formats, and its columns and rows.
 */
public interface ListExport {

    /** The servlet path it is served under, inside its list's area so that the area's constraint guards it too. */
    String path();

    /** The file's name, before the date: {@code pishkhan-<name>-1405-09-11.xlsx}. */
    String name();

    /** The formats it is written in: xlsx, csv, pdf. */
    Set<String> formats();

    /** The report of the list's rows under these filters, as the caller may see them. */
    Report report(Locale locale, ExportQuery query);

    /** The address of the export of a list, for its page's buttons (without the context path). */
    static String url(String path, String format, ExportQuery query) {
        return path + "/list." + format + query.queryString();
    }
}

package ir.pishkhan.portal.web.view.tariffs;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.web.application.TariffService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** tariffs/history.xhtml?service=…: every tariff row of one service, newest first — nothing overwritten. */
@Named
@ViewScoped
public class TariffHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "TariffService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private TariffService service;

    private String code;
    private List<Tariff> rows;

    public void load() {
        List<Tariff> newestFirst = new ArrayList<>(service.history(code));
        Collections.reverse(newestFirst);
        rows = newestFirst;
    }

    public List<Tariff> getRows() {
        return rows;
    }

    /** The service as its latest row names it. */
    public Tariff getLatest() {
        return rows == null || rows.isEmpty() ? null : rows.get(0);
    }

    public String getService() {
        return code;
    }

    public void setService(String code) {
        this.code = code;
    }
}

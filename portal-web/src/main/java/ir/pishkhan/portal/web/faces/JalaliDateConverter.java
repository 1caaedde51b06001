package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;

/**
 * A date typed in Jalali (Persian or ASCII digits, "1391/06/27") ↔ an ISO LocalDate. Shown Jalali with Persian
 * digits in Persian, ISO in English.
 */
@jakarta.enterprise.context.Dependent
@FacesConverter(value = "jalaliDate", managed = true)
public class JalaliDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            if (value != null && !JalaliDates.isPersian(Messages.locale()) && value.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value.trim());
            }
            return JalaliDates.parse(value).orElse(null);
        } catch (RuntimeException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("date.invalid"), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return JalaliDates.format(value, Messages.locale());
    }
}

package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * An office chosen in an autocomplete ↔ its id. A CDI bean (@Dependent), so that the reference service is
 * injected: with bean-discovery-mode="annotated", @FacesConverter(managed = true) alone makes no bean, and Faces
 * then creates the converter itself, with nothing injected.
 */
@Dependent
@FacesConverter(value = "office", managed = true)
public class OfficeConverter implements Converter<Office> {

    @Inject
    private ReferenceService reference;

    @Override
    public Office getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return reference.office(Params.positiveLong(value));
        } catch (BusinessException.NotFound e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("office.unknown"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Office value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}

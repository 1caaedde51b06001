package ir.pishkhan.portal.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;

/**
 * Stores {@link Instant}s in {@code TIMESTAMP WITH TIME ZONE} columns. Jakarta Persistence 3.1 and EclipseLink 4.0
 * (Payara 6) do not know {@code Instant} as a basic type (3.2 added it) and would serialize it to bytes, which
 * neither H2 nor PostgreSQL accept for those columns. A {@link Timestamp} carries the same instant.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant();
    }
}

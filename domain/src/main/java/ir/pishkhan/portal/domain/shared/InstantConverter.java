package ir.pishkhan.portal.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant}s in {@code TIMESTAMP WITH TIME ZONE} columns. Jakarta Persistence 3.1 and EclipseLink 4.0
 * (Payara 6) do not know {@code Instant} as a basic type (3.2 added it) and would serialize it to bytes, which
 * neither H2 nor PostgreSQL accept for those columns. An {@link OffsetDateTime} at UTC carries the same instant;
 * EclipseLink binds it as {@code Timestamp.from(instant)}, which H2 turns into its session's local time first, so
 * on H2 an instant of a repeated daylight-saving hour of the JVM's zone comes back an hour early.
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

package ir.pishkhan.portal.domain.meeting;

import java.io.Serializable;

/**
 * A resolution as a menu to choose one by shows it: its id and its number in its meeting, nothing read behind it.
 *
 * @param id     the resolution's id
 * @param number its number in its meeting
 */
public record ResolutionNumber(Long id, int number) implements Serializable {
}

package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.PersianText;

/** Request parameters that name a record: anything that is not a positive number names nothing (404). */
public final class Params {

    private Params() {
    }

    public static int positiveInt(String value) {
        return (int) Math.min(Integer.MAX_VALUE, positiveLong(value));
    }

    public static long positiveLong(String value) {
        if (value == null) {
            throw new BusinessException.NotFound();
        }
        try {
            long n = Long.parseLong(PersianText.toAsciiDigits(value).trim());
            if (n < 1) {
                throw new BusinessException.NotFound();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BusinessException.NotFound();
        }
    }
}

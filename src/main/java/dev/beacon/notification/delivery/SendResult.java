package dev.beacon.notification.delivery;

/**
 * How one attempt went.
 *
 * @param retryable whether trying again may help (a timeout, HTTP 5xx) or not (no SMTP server configured, no address)
 */
record SendResult(boolean delivered, Integer httpStatus, String error, boolean retryable) {

    static SendResult ok(Integer httpStatus) {
        return new SendResult(true, httpStatus, null, false);
    }

    static SendResult failed(Integer httpStatus, String error) {
        return new SendResult(false, httpStatus, shorten(error), true);
    }

    static SendResult failedForGood(String error) {
        return new SendResult(false, null, shorten(error), false);
    }

    private static String shorten(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "…";
    }
}

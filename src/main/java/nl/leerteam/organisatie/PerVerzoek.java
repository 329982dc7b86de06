package nl.leerteam.organisatie;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.function.Supplier;

/**
 * Remembers an access read for the rest of one HTTP request. Opening a meeting asks a dozen times
 * who the person is and how they relate to the leerteam; within one request the answer does not
 * change, and the next request reads it fresh, so a role taken away still counts at once. Outside a
 * request (a live refresh on a background thread) nothing is remembered.
 */
final class PerVerzoek {

    private static final String VOORVOEGSEL = PerVerzoek.class.getName() + ".";

    private PerVerzoek() {
    }

    @SuppressWarnings("unchecked")
    static <T> T onthouden(String sleutel, Supplier<T> lezen) {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek == null) {
            return lezen.get();
        }
        Object bewaard = verzoek.getAttribute(VOORVOEGSEL + sleutel, RequestAttributes.SCOPE_REQUEST);
        if (bewaard != null) {
            return (T) bewaard;
        }
        T waarde = lezen.get();
        verzoek.setAttribute(VOORVOEGSEL + sleutel, waarde, RequestAttributes.SCOPE_REQUEST);
        return waarde;
    }

    /**
     * For a change of people, roles or memberships: the rest of the request reads them again, also
     * once the change's transaction has ended.
     */
    static void vergeten() {
        wissen();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    wissen();
                }
            });
        }
    }

    private static void wissen() {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek != null) {
            for (String naam : verzoek.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
                if (naam.startsWith(VOORVOEGSEL)) {
                    verzoek.removeAttribute(naam, RequestAttributes.SCOPE_REQUEST);
                }
            }
        }
    }
}

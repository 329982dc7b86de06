package nl.leerteam.shared;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns a start without a usable database into one clear sentence instead of a stack trace:
 * no database configured, or a database that cannot be reached or refuses the login.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private static final String ACTION = "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD to a reachable PostgreSQL database (see README.md).";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage());
            if (type.equals("DataSourceBeanCreationException") || message.contains("Failed to determine a suitable driver class")
                    || message.contains("'url' attribute is not specified")) {
                return new FailureAnalysis("Leerteam cannot start: no database is configured.", ACTION, failure);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return new FailureAnalysis("Leerteam cannot start: the database cannot be reached or refused the login ("
                        + firstLine(message) + ").", ACTION, failure);
            }
        }
        return null;
    }

    private static boolean isConnectionState(String sqlState) {
        // 08: connection exception, 28: invalid authorisation, 3D: database does not exist
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("28") || sqlState.startsWith("3D"));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

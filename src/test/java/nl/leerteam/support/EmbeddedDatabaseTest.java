package nl.leerteam.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The development database keeps its data when Leerteam stops and starts again. */
class EmbeddedDatabaseTest {

    @Test
    void data_written_before_a_restart_is_there_after_it(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedPostgres eerste = EmbeddedDatabase.startPersistent(data, port);
             Connection connection = DriverManager.getConnection(eerste.getJdbcUrl("postgres", "leerteam"), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("create table bewaard (tekst text)");
            statement.execute("insert into bewaard values ('nog hier')");
        }
        try (EmbeddedPostgres tweede = EmbeddedDatabase.startPersistent(data, port);
             Connection connection = DriverManager.getConnection(tweede.getJdbcUrl("postgres", "leerteam"), "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select tekst from bewaard")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("nog hier");
        }
    }
}

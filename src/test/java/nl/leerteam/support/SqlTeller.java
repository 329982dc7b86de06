package nl.leerteam.support;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SQL statements that run on the current thread while {@link #tellen} runs, through a
 * datasource-proxy around the application's data source. Karibu tests run the UI on the test thread,
 * so a view's statements are counted; live refreshes on other threads are not.
 */
public final class SqlTeller {

    private static final ThreadLocal<List<String>> OPNAME = new ThreadLocal<>();

    private SqlTeller() {
    }

    /** The number of statements {@code werk} ran. */
    public static int tellen(Runnable werk) {
        return opnemen(werk).size();
    }

    /** The statements {@code werk} ran, in order. */
    public static List<String> opnemen(Runnable werk) {
        List<String> sql = new ArrayList<>();
        OPNAME.set(sql);
        try {
            werk.run();
        } finally {
            OPNAME.remove();
        }
        return sql;
    }

    /** Wraps the application's data source; registered by {@link TestDatabase} for every test context. */
    static final class Omhullen implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                return ProxyDataSourceBuilder.create(dataSource).name("sql-teller")
                        .afterQuery((info, queries) -> {
                            List<String> opname = OPNAME.get();
                            if (opname != null) {
                                queries.forEach(q -> opname.add(q.getQuery()));
                            }
                        })
                        .build();
            }
            return bean;
        }
    }
}

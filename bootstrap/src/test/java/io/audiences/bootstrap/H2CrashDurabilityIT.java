package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Kill -9 on the embedded default: the H2 file in {@code ./data}, read whole after each crash
 * ({@code H2CrashRecovery}).
 */
class H2CrashDurabilityIT extends CrashDurabilityContract {

    @Override
    String databaseYaml(Path workingDirectory) {
        return TestConfigurations.H2_FILE_DATABASE;
    }

    @Override
    DataSource directAccess(Path workingDirectory) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + workingDirectory.resolve("data/audiences") + ";AUTO_SERVER=TRUE");
        dataSource.setUser("sa");
        return dataSource;
    }

    @Override
    void assertCrashNoticed(JarProcess server) {
        assertThat(server.stdout()).contains("audiences.mv.db was not closed cleanly");
    }
}

package io.audiences.bootstrap;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Kill -9 of the embedded default mid-import, then the same service restarted: it takes the import up again. */
class H2ImportCrashIT extends ImportCrashContract {

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
    boolean secondInstance() {
        return false;
    }

    @Override
    JarProcess takeOver(JarProcess killed, JarProcess other) throws Exception {
        return JarProcess.startServer(workingDirectory, List.of(), config.toString());
    }
}

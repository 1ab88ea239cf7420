package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartLineTest {

    @Test
    void theDatabaseIsShownWithoutWhatMayHoldSecrets() {
        assertThat(StartLine.withoutSecrets("jdbc:h2:file:./data/audiences;AUTO_SERVER=TRUE;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:./data/audiences");
        assertThat(StartLine.withoutSecrets("jdbc:postgresql://app:s3cret@db:5432/audiences?password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/audiences");
    }
}

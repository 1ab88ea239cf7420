package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedinConnectedSpellingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the create command knows the bare flag only
        "create-account-group --linkedin-connected config.yml         | create-account-group --linkedin-connected config.yml",
        "create-account-group --linkedin-connected                    | create-account-group --linkedin-connected",
        "create-account-group --linkedin-connected=true config.yml    | create-account-group --linkedin-connected config.yml",
        "create-account-group --linkedin-connected=false config.yml   | create-account-group config.yml",
        "create-account-group --linkedin-connected false --name N     | create-account-group --name N",
        "create-account-group --linkedin-connected true               | create-account-group --linkedin-connected",
        "create-account-group --linkedin-connected=maybe              | create-account-group --linkedin-connected=maybe",
        // the update command knows a value only
        "update-account-group --linkedin-connected true config.yml    | update-account-group --linkedin-connected=true config.yml",
        "update-account-group --linkedin-connected config.yml         | update-account-group --linkedin-connected=true config.yml",
        "update-account-group --linkedin-connected --id X             | update-account-group --linkedin-connected=true --id X",
        "update-account-group --linkedin-connected=false              | update-account-group --linkedin-connected=false",
        "update-account-group --linkedin-connected maybe config.yml   | update-account-group --linkedin-connected maybe config.yml",
        // a last word that is no configuration file is the value, for the parser to refuse (usage, exit 2)
        "update-account-group --id X --linkedin-connected maybe       | update-account-group --id X --linkedin-connected maybe",
        "update-account-group --id X --linkedin-connected h2.yaml     | update-account-group --id X --linkedin-connected=true h2.yaml",
        // other commands are left alone
        "create-api-key --linkedin-connected=true                     | create-api-key --linkedin-connected=true",
    })
    void everySpellingBecomesTheOneTheCommandKnows(String given, String parsed) {
        assertThat(LinkedinConnectedSpellings.normalise(given.split(" "))).containsExactly(parsed.split(" "));
    }
}

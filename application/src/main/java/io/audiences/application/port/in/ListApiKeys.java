package io.audiences.application.port.in;

import io.audiences.domain.apikey.ApiKey;
import java.util.List;

/** Every issued API key, revoked ones included, oldest first: for operators. A key holds only its secret's hash. */
public interface ListApiKeys {

    List<ApiKey> all();
}

package io.audiences.domain;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A well-formed request that one of the contract's rules refuses (its 422s): a plan limit, a name
 * taken, a folder of the wrong type. Unlike a malformed input or an unknown id, it is an outcome of
 * the request as sent, so a retry with the same {@code Idempotency-Key} is given it again.
 */
public abstract sealed class RuleRefusal extends DomainRefusal permits CreationRefusedException, FolderRefusedException {

    private static final long serialVersionUID = 1L;
    private static final Set<String> CODES = Stream.concat(
                    Stream.of(CreationRule.values()).map(CreationRule::code), Stream.of(FolderRule.values()).map(FolderRule::code))
            .collect(Collectors.toUnmodifiableSet());

    /** The code of every rule a refusal can name. */
    public static Set<String> codes() {
        return CODES;
    }

    protected RuleRefusal(String details) {
        super(details);
    }
}

package io.audiences.domain;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A well-formed request that one of the contract's rules refuses (its 422s): a plan limit, a name
 * taken, a folder of the wrong type. Unlike a malformed input or an unknown id, it is an outcome of
 * the request as sent, so a retry with the same {@code Idempotency-Key} is given it again.
 */
public final class RuleRefusal extends DomainRefusal {

    private static final long serialVersionUID = 1L;
    private static final Set<String> CODES = Stream.of(CreationRule.values(), FolderRule.values(), ProspectRule.values())
            .flatMap(Stream::of).map(Rule::code).collect(Collectors.toUnmodifiableSet());

    private final Rule rule;

    public RuleRefusal(Rule rule, String details) {
        super(details);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The code of every rule a refusal can name. */
    public static Set<String> codes() {
        return CODES;
    }

    /** The rule that refused: a {@link CreationRule}, {@link FolderRule} or {@link ProspectRule}. */
    public Rule rule() {
        return rule;
    }

    @Override
    public String code() {
        return rule.code();
    }
}

package io.audiences.domain.prospect;

import io.audiences.domain.TextRule;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LinkedIn member profile: {@code http(s)://} and {@code linkedin.com} or any
 * {@code *.linkedin.com} host (scheme and host in any case), then {@code /in/{slug}} with an
 * optional trailing slash, query or fragment, which are dropped. Kept as
 * {@code https://www.linkedin.com/in/{slug}}; the prospect is known by {@link #publicIdentifier}, the
 * slug percent-decoded and lower-cased.
 *
 * @param url              the profile's URL in its one stored form
 * @param publicIdentifier the slug, decoded and lower-cased
 */
public record LinkedinUrl(String url, String publicIdentifier) {

    /** The longest slug kept, as sent (LinkedIn's own are at most 100 characters). */
    public static final int MAX_SLUG_LENGTH = 300;
    static final String RULE = "must be a LinkedIn profile URL: https://www.linkedin.com/in/{slug}, the slug at most "
            + MAX_SLUG_LENGTH + " characters";

    /** Longer input is refused before it is matched (a pattern's work grows with its input). */
    static final int MAX_INPUT_LENGTH = 2048;

    /**
     * Scheme, host, {@code /in/}, the slug, then what is dropped. The slug is URL characters
     * (unreserved, or percent-encoded: checked when decoded) or any letter or digit beyond ASCII, as
     * pasted from a browser's address bar. Character classes only, no nested repetition: the match
     * costs the same small stack however long the input.
     */
    private static final Pattern PROFILE = Pattern.compile(
            "(?i)https?://([a-z0-9.-]{1,253})/in/([a-z0-9._~%\\p{L}\\p{N}-]+)/?(?:[?#].*)?", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    /**
     * The profile {@code raw} names (stripped first).
     *
     * @throws IllegalArgumentException if it names none; {@link #problem} says so without throwing
     */
    public static LinkedinUrl parse(String raw) {
        return parsed(raw).orElseThrow(() -> new IllegalArgumentException(RULE));
    }

    /** The rule {@code raw} breaks, if it is not a profile URL. */
    public static Optional<String> problem(String raw) {
        return parsed(raw).isPresent() ? Optional.empty() : Optional.of(RULE);
    }

    private static Optional<LinkedinUrl> parsed(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        if (raw.length() > MAX_INPUT_LENGTH || !TextRule.isWellFormed(raw)) {
            return Optional.empty();
        }
        Matcher profile = PROFILE.matcher(raw.strip());
        if (!profile.matches()) {
            return Optional.empty();
        }
        if (!isLinkedinHost(profile.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String slug = profile.group(2);
        if (slug.length() > MAX_SLUG_LENGTH) {
            return Optional.empty();
        }
        return percentDecoded(slug).filter(decoded -> !decoded.isBlank() && decoded.chars().noneMatch(Character::isISOControl))
                .map(decoded -> new LinkedinUrl("https://www.linkedin.com/in/" + slug, decoded.toLowerCase(Locale.ROOT)));
    }

    /** {@code linkedin.com} or a host under it, every label well-formed. */
    private static boolean isLinkedinHost(String host) {
        if (!host.equals("linkedin.com") && !host.endsWith(".linkedin.com")) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** {@code %XX} sequences as the UTF-8 they encode; empty if one is malformed. */
    private static Optional<String> percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            if (percent < 0) {
                bytes.writeBytes(text.substring(i).getBytes(StandardCharsets.UTF_8));
                break;
            }
            bytes.writeBytes(text.substring(i, percent).getBytes(StandardCharsets.UTF_8));
            if (percent + 2 >= text.length() || Character.digit(text.charAt(percent + 1), 16) < 0
                    || Character.digit(text.charAt(percent + 2), 16) < 0) {
                return Optional.empty();
            }
            bytes.write(Integer.parseInt(text.substring(percent + 1, percent + 3), 16));
            i = percent + 3;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}

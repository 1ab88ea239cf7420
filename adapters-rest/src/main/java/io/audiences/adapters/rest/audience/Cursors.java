package io.audiences.adapters.rest.audience;

import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque list cursors: the position after which the next page starts, bound to its account group
 * and signed (HMAC-SHA256), so that a tampered, truncated, forged or foreign cursor is refused.
 *
 * <p>Layout before base64url: version (1 byte), account group id (12), creation time in epoch
 * milliseconds (8), audience id (12), the first 16 bytes of the HMAC over all of that.
 */
public final class Cursors {

    private static final byte VERSION = 1;
    private static final int ID_BYTES = 12;
    private static final int SIGNED_BYTES = 1 + ID_BYTES + Long.BYTES + ID_BYTES;
    private static final int MAC_BYTES = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    private Cursors(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Signs with {@code secret}, or with a random one of this process if it is {@code null}. */
    public static Cursors signedWith(String secret) {
        if (secret != null) {
            return new Cursors(secret.getBytes(StandardCharsets.UTF_8));
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new Cursors(random);
    }

    public String encode(AccountGroupId group, AudiencePosition position) {
        ByteBuffer buffer = ByteBuffer.allocate(SIGNED_BYTES + MAC_BYTES);
        buffer.put(VERSION).put(HEX.parseHex(group.value()))
                .putLong(position.createdAt().toEpochMilli())
                .put(HEX.parseHex(position.id().value()));
        buffer.put(mac(Arrays.copyOf(buffer.array(), SIGNED_BYTES)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** @throws ApiException 400 unless {@code cursor} was issued by {@link #encode} for this account group */
    public AudiencePosition decode(AccountGroupId group, String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (bytes.length != SIGNED_BYTES + MAC_BYTES || bytes[0] != VERSION) {
            throw invalid();
        }
        byte[] signed = Arrays.copyOf(bytes, SIGNED_BYTES);
        if (!MessageDigest.isEqual(mac(signed), Arrays.copyOfRange(bytes, SIGNED_BYTES, bytes.length))) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(signed, 1, SIGNED_BYTES - 1);
        byte[] groupBytes = new byte[ID_BYTES];
        buffer.get(groupBytes);
        if (!HEX.formatHex(groupBytes).equals(group.value())) {
            throw invalid();
        }
        long millis = buffer.getLong();
        byte[] audienceBytes = new byte[ID_BYTES];
        buffer.get(audienceBytes);
        return new AudiencePosition(Instant.ofEpochMilli(millis), new AudienceId(HEX.formatHex(audienceBytes)));
    }

    private byte[] mac(byte[] signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(signed), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    private static ApiException invalid() {
        return new ApiException(ErrorCode.VALIDATION_ERROR, "cursor: is not a cursor of this list; "
                + "start again without one");
    }
}

package io.audiences.adapters.rest.route;

import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.prospect.ProspectId;
import io.audiences.domain.prospect.ProspectPosition;
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
 * Opaque list cursors: the position after which the next page starts, bound to the list (an
 * account group's audiences, an audience's prospects) and signed (HMAC-SHA256), so that a
 * tampered, truncated, forged or foreign cursor is refused.
 *
 * <p>Layout before base64url: the kind of list (1 byte: 1 for audiences, 2 for prospects), the
 * id of what owns the list (12), the item's time in epoch milliseconds (8), its id (12), the first
 * 16 bytes of the HMAC over all of that.
 */
public final class Cursors {

    private static final byte AUDIENCES = 1;
    private static final byte PROSPECTS = 2;
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
        return encode(AUDIENCES, group.value(), position.createdAt(), position.id().value());
    }

    /** @throws ApiException 400 unless {@code cursor} was issued by {@link #encode} for this account group's audiences */
    public AudiencePosition decode(AccountGroupId group, String cursor) {
        Position position = decode(AUDIENCES, group.value(), cursor);
        return new AudiencePosition(position.at(), new AudienceId(position.id()));
    }

    public String encode(AudienceId audience, ProspectPosition position) {
        return encode(PROSPECTS, audience.value(), position.addedAt(), position.id().value());
    }

    /** @throws ApiException 400 unless {@code cursor} was issued by {@link #encode} for this audience's prospects */
    public ProspectPosition decode(AudienceId audience, String cursor) {
        Position position = decode(PROSPECTS, audience.value(), cursor);
        return new ProspectPosition(position.at(), new ProspectId(position.id()));
    }

    private record Position(Instant at, String id) {
    }

    private String encode(byte kind, String owner, Instant at, String id) {
        ByteBuffer buffer = ByteBuffer.allocate(SIGNED_BYTES + MAC_BYTES);
        buffer.put(kind).put(HEX.parseHex(owner)).putLong(at.toEpochMilli()).put(HEX.parseHex(id));
        buffer.put(mac(Arrays.copyOf(buffer.array(), SIGNED_BYTES)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    private Position decode(byte kind, String owner, String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (bytes.length != SIGNED_BYTES + MAC_BYTES || bytes[0] != kind) {
            throw invalid();
        }
        byte[] signed = Arrays.copyOf(bytes, SIGNED_BYTES);
        if (!MessageDigest.isEqual(mac(signed), Arrays.copyOfRange(bytes, SIGNED_BYTES, bytes.length))) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(signed, 1, SIGNED_BYTES - 1);
        byte[] ownerBytes = new byte[ID_BYTES];
        buffer.get(ownerBytes);
        if (!HEX.formatHex(ownerBytes).equals(owner)) {
            throw invalid();
        }
        long millis = buffer.getLong();
        byte[] idBytes = new byte[ID_BYTES];
        buffer.get(idBytes);
        return new Position(Instant.ofEpochMilli(millis), HEX.formatHex(idBytes));
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

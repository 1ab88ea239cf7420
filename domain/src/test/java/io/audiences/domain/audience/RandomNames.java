package io.audiences.domain.audience;

import java.util.Locale;
import java.util.SplittableRandom;

/** Seeded generators of audience names and of variants that must compare equal to them. */
final class RandomNames {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "éèäöüßçñøåæœ" + "ΑΒΓΔαβγδσς" + "АБВГабвг" + "-_.,!&()#'";
    private static final String[] SPACES = {" ", "  ", "\t", "\u00A0", "\u2003", "\u3000", " \u2009 "};
    private static final String[] EXTRA = {"😀", "日本", "ﬁ", "①", "Ⅳ", "㎏", "İ", "ı", "ſ", "ǅ", "ΐ"};

    private RandomNames() {
    }

    static String name(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int words = 1 + random.nextInt(5);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(SPACES[random.nextInt(SPACES.length)]);
            }
            int letters = 1 + random.nextInt(8);
            for (int i = 0; i < letters; i++) {
                if (random.nextInt(10) == 0) {
                    out.append(EXTRA[random.nextInt(EXTRA.length)]);
                } else {
                    out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
        }
        return out.toString();
    }

    /** The same name with random case changes, full-width ASCII, and other whitespace. */
    static String variantOf(String name, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        if (random.nextBoolean()) {
            out.append(SPACES[random.nextInt(SPACES.length)]);
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(SPACES[random.nextInt(SPACES.length)]);
            } else if (cp < 0x80 && Character.isLetterOrDigit(cp) && random.nextInt(3) == 0) {
                out.appendCodePoint(0xFF00 + cp - 0x20); // full-width form
            } else if (random.nextBoolean() && Character.isLowerCase(cp) && cp < 0x80) {
                out.appendCodePoint(Character.toUpperCase(cp));
            } else if (random.nextBoolean() && Character.isUpperCase(cp) && cp < 0x80) {
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        if (random.nextBoolean()) {
            out.append(SPACES[random.nextInt(SPACES.length)]);
        }
        return switch (random.nextInt(3)) {
            case 0 -> out.toString().toUpperCase(Locale.ROOT);
            case 1 -> out.toString().toLowerCase(Locale.ROOT);
            default -> out.toString();
        };
    }
}

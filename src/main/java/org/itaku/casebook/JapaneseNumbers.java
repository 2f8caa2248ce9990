package org.itaku.casebook;

/** Reads numbers as notices write them: 86,936 / 3.4万 / 1万2千 / 二万三千五百 / 二〇二四. */
final class JapaneseNumbers {

    private JapaneseNumbers() {
    }

    /** The value of {@code s}, or -1 when it is not a number this reader understands (or is absurdly large). */
    static long parse(String s) {
        if (s == null) {
            return -1;
        }
        String t = s.replace(",", "").replace("，", "").replace(" ", "").strip();
        if (t.isEmpty()) {
            return -1;
        }
        if (t.equals("元")) {
            return 1;
        }
        // Positional kanji digits (二〇二四) have no 十/百/千 multipliers.
        if (t.chars().allMatch(c -> digit((char) c) >= 0) && t.chars().anyMatch(c -> c > 127)) {
            long v = 0;
            for (char c : t.toCharArray()) {
                v = v * 10 + digit(c);
                if (v > 1_000_000_000_000L) {
                    return -1;
                }
            }
            return v;
        }
        long total = 0;
        long section = 0;   // below 万
        double current = -1; // the digits read since the last multiplier
        StringBuilder arabic = new StringBuilder();
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '\0';
            if ((c >= '0' && c <= '9') || c == '.') {
                arabic.append(c);
                continue;
            }
            if (arabic.length() > 0) {
                try {
                    current = Double.parseDouble(arabic.toString());
                } catch (NumberFormatException e) {
                    return -1;
                }
                arabic.setLength(0);
            }
            if (c == '\0') {
                break;
            }
            int d = digit(c);
            if (d >= 0) {
                current = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '億' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit >= 10_000) {
                double block = section + (current < 0 ? 0 : current);
                if (block == 0) {
                    block = 1;
                }
                total += Math.round(block * unit);
                section = 0;
            } else {
                section += Math.round((current < 0 ? 1 : current) * unit);
            }
            current = -1;
        }
        double value = total + section + (current < 0 ? 0 : current);
        if (value > 1_000_000_000_000L || value != Math.floor(value)) {
            return value > 1_000_000_000_000L ? -1 : Math.round(value);
        }
        return (long) value;
    }

    static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> c >= '0' && c <= '9' ? c - '0' : -1;
        };
    }
}

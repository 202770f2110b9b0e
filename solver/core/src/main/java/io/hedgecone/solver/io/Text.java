package io.hedgecone.solver.io;

/** Token splitting, strict number parsing and exact number formatting shared by the readers and writers. */
final class Text {
    private Text() { }

    static boolean isBlank(char c) { return c <= ' '; }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (!isBlank(s.charAt(i))) return false;
        return true;
    }

    /** Splits on blanks; stores up to {@code out.length} tokens and returns how many there are in all. */
    static int split(String s, String[] out) {
        int count = 0;
        int n = s.length();
        int i = 0;
        while (true) {
            while (i < n && isBlank(s.charAt(i))) i++;
            if (i >= n) return count;
            int start = i;
            while (i < n && !isBlank(s.charAt(i))) i++;
            if (count < out.length) out[count] = s.substring(start, i);
            count++;
        }
    }

    /** Decimal syntax only: sign, digits with an optional point, optional exponent (e, E, or Fortran's d, D). */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < n && "eEdD".indexOf(s.charAt(i)) >= 0) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int exp = 0;
            while (i < n && isDigit(s.charAt(i))) { i++; exp++; }
            if (exp == 0) return false;
        }
        return i == n;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** +1 or -1 for the spellings of infinity accepted in bound fields (inf, infinity, any case, signed), else 0. */
    static int infinitySign(String s) {
        String t = s;
        int sign = 1;
        if (t.startsWith("+")) t = t.substring(1);
        else if (t.startsWith("-")) { t = t.substring(1); sign = -1; }
        return t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity") ? sign : 0;
    }

    /**
     * Parses a finite decimal number; NaN, hexadecimal, Java suffixes and overflow are errors naming {@code what}.
     * A negative zero becomes +0 so that writing and reading back never changes a model's bits.
     */
    static double number(String tok, Where src, String what) {
        return parse(tok, src, what, false);
    }

    /** Like {@link #number} but also accepts the spellings of ±infinity. */
    static double numberOrInfinity(String tok, Where src, String what) {
        return parse(tok, src, what, true);
    }

    private static double parse(String tok, Where src, String what, boolean allowInfinite) {
        if (!isDecimal(tok)) {
            if (allowInfinite) {
                int s = infinitySign(tok);
                if (s != 0) return s * Double.POSITIVE_INFINITY;
            }
            String t = tok.startsWith("+") || tok.startsWith("-") ? tok.substring(1) : tok;
            if (t.equalsIgnoreCase("nan")) throw src.error(what + " is NaN; expected a number");
            throw src.error("expected " + what + " to be a number, found " + quote(tok));
        }
        double v = Double.parseDouble(tok.indexOf('d') >= 0 || tok.indexOf('D') >= 0 ? tok.replace('d', 'e').replace('D', 'e') : tok);
        if (Double.isInfinite(v) && !allowInfinite) throw src.error(what + " " + quote(tok) + " is out of the range of a double");
        return v == 0.0 ? 0.0 : v;
    }

    /** Parses a non-negative int; anything else (signs, decimals, overflow) is an error naming {@code what}. */
    static int index(String tok, Where src, String what) {
        int n = tok.length();
        if (n == 0 || n > 10) throw src.error("expected " + what + " to be a non-negative integer, found " + quote(tok));
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = tok.charAt(i);
            if (!isDigit(c)) throw src.error("expected " + what + " to be a non-negative integer, found " + quote(tok));
            v = v * 10 + (c - '0');
        }
        if (v > Integer.MAX_VALUE) throw src.error(what + " " + tok + " is too large");
        return (int) v;
    }

    /**
     * Shortest text that reads back to exactly the same double: integers without a fraction, everything else through
     * {@link Double#toString(double)}, whose output always parses back to the same value.
     */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** A token quoted for an error message, shortened when long. */
    static String quote(String tok) {
        return "'" + (tok.length() > 40 ? tok.substring(0, 37) + "..." : tok) + "'";
    }
}

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

    /** Token boundaries: stores starts/ends of up to {@code starts.length} tokens and returns how many there are in all. */
    static int bounds(String s, int[] starts, int[] ends) {
        int count = 0;
        int n = s.length();
        int i = 0;
        while (true) {
            while (i < n && isBlank(s.charAt(i))) i++;
            if (i >= n) return count;
            int start = i;
            while (i < n && !isBlank(s.charAt(i))) i++;
            if (count < starts.length) { starts[count] = start; ends[count] = i; }
            count++;
        }
    }

    private static final double[] POW10 = new double[23];
    static {
        POW10[0] = 1;
        for (int k = 1; k < POW10.length; k++) POW10[k] = POW10[k - 1] * 10;   // exact up to 1e22
    }

    /**
     * {@link #number(String, Where, String)} on {@code s[from, to)} without allocating. Clinger's fast path: with at
     * most 15 significant digits the mantissa is an exact double, and 10^e for |e| ≤ 22 is exact too, so one
     * multiplication or division gives the correctly rounded value, the same as {@link Double#parseDouble}.
     * Anything else (more digits, larger exponents, malformed text) goes through the general parser.
     */
    static double number(String s, int from, int to, Where src, String what) {
        int i = from;
        boolean neg = false;
        if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        long mant = 0;
        int sig = 0;
        int exp10 = 0;
        boolean any = false;
        for (; i < to && isDigit(s.charAt(i)); i++) {
            any = true;
            int d = s.charAt(i) - '0';
            if (mant != 0 || d != 0) {
                if (sig == 15) return number(s.substring(from, to), src, what);
                mant = mant * 10 + d;
                sig++;
            }
        }
        if (i < to && s.charAt(i) == '.') {
            for (i++; i < to && isDigit(s.charAt(i)); i++) {
                any = true;
                int d = s.charAt(i) - '0';
                if (mant != 0 || d != 0) {
                    if (sig == 15) return number(s.substring(from, to), src, what);
                    mant = mant * 10 + d;
                    sig++;
                }
                exp10--;
            }
        }
        if (!any) return number(s.substring(from, to), src, what);
        if (i < to && "eEdD".indexOf(s.charAt(i)) >= 0) {
            i++;
            boolean eneg = false;
            if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) eneg = s.charAt(i++) == '-';
            int e = 0;
            int digits = 0;
            for (; i < to && isDigit(s.charAt(i)); i++, digits++) {
                if (e > 1000) return number(s.substring(from, to), src, what);
                e = e * 10 + (s.charAt(i) - '0');
            }
            if (digits == 0) return number(s.substring(from, to), src, what);
            exp10 += eneg ? -e : e;
        }
        if (i != to) return number(s.substring(from, to), src, what);
        if (mant == 0) return 0.0;
        double v;
        if (exp10 == 0) v = mant;
        else if (exp10 > 0 && exp10 <= 22) v = mant * POW10[exp10];
        else if (exp10 < 0 && exp10 >= -22) v = mant / POW10[-exp10];
        else return number(s.substring(from, to), src, what);
        return neg ? -v : v;
    }

    /** {@link #index(String, Where, String)} on {@code s[from, to)} without allocating. */
    static int index(String s, int from, int to, Where src, String what) {
        if (to - from < 1 || to - from > 10) return index(s.substring(from, to), src, what);
        long v = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (!isDigit(ch)) return index(s.substring(from, to), src, what);
            v = v * 10 + (ch - '0');
        }
        if (v > Integer.MAX_VALUE) return index(s.substring(from, to), src, what);
        return (int) v;
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

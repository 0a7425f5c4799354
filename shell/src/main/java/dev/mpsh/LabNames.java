package dev.mpsh;

import java.util.regex.Pattern;

/** Lab names: short enough that NAME-app-2 stays a readable namespace name. */
public final class LabNames {
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,11}");

    private LabNames() {
    }

    public static boolean valid(String name) {
        return name != null && VALID.matcher(name).matches();
    }
}

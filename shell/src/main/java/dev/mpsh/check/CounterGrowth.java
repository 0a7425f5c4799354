package dev.mpsh.check;

/**
 * How much one kernel counter of one namespace grew while check's connections ran.
 *
 * @param key    GROUP:NAME, e.g. MPTcpExt:MPCapableFallbackSYNACK
 * @param before -1 when this kernel has no such counter
 */
public record CounterGrowth(String namespace, String key, long before, long after) {

    public boolean exists() {
        return before >= 0 && after >= 0;
    }

    public long grew() {
        return exists() ? after - before : 0;
    }
}

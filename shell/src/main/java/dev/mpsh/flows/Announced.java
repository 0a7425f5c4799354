package dev.mpsh.flows;

/**
 * An address the peer announced (ADD_ADDR, event ANNOUNCED), and whether it withdrew it since
 * (RM_ADDR, event REMOVED).
 *
 * @param id the peer's address id (remid)
 * @param endpoint null when only a REMOVED was seen
 */
public record Announced(int id, Endpoint endpoint, boolean removed) {
}

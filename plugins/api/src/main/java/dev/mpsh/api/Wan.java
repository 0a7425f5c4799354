package dev.mpsh.api;

/**
 * One WAN of the client side, as {@code lab shape} shapes it and {@code drill} fails it: the
 * client's interface and endpoint address, and the far end of that link, where the router
 * drops traffic for a blackhole and shapes the downstream direction.
 *
 * @param namespace     the client namespace the interface is in
 * @param device        the client's interface, e.g. eth1; the name commands take
 * @param address       the client's address on it, its MPTCP endpoint's address
 * @param peerNamespace the namespace at the other end of the link (the router of this WAN)
 * @param peerDevice    the interface there that faces the client
 * @param label         what people call it, e.g. Wi-Fi; the device name when none is given
 */
public record Wan(String namespace, String device, String address, String peerNamespace, String peerDevice, String label) {
}

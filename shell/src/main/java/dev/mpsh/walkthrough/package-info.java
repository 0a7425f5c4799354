/**
 * The guided walkthrough: runs a scenario's lesson (steps as data, texts as Markdown in the
 * scenario plugin), re-reads the live lab after each command to see whether the current step is
 * done, keeps progress per user and lab, and offers hints. Nothing here knows the scenario.
 */
package dev.mpsh.walkthrough;

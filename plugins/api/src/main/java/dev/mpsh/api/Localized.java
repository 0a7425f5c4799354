package dev.mpsh.api;

/** A text in English and Japanese; a scenario must give both. */
public record Localized(String en, String ja) {

    /** The text in {@code lang} ("ja" or anything else for English). */
    public String in(String lang) {
        return "ja".equals(lang) ? ja : en;
    }
}

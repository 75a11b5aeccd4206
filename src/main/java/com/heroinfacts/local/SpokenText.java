package com.heroinfacts.local;

/** What a listener hears of an SSML string, for showing speech as plain text. */
final class SpokenText {

    private SpokenText() {
    }

    static String of(String ssml) {
        if (ssml == null) {
            return "";
        }
        return ssml.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ").trim();
    }
}

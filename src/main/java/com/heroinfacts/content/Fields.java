package com.heroinfacts.content;

/** Checks shared by the catalogue's records, so every message names the field at fault. */
final class Fields {

    private Fields() {
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing or blank");
        }
        return value;
    }
}

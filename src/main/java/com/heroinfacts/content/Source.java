package com.heroinfacts.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A page an answer rests on: how "where is this from" names it aloud, and what a reviewer needs to find it
 * again and judge it (who published it, its title, its address, the day it was read).
 *
 * @param spoken  the name said aloud, in the catalogue's language
 * @param address the page's http(s) address; a source whose address is unknown says so in words that begin
 *                "not recorded", rather than guessing one
 * @param read    the day the page was read, as an ISO date (2026-12-01)
 */
public record Source(String spoken, String organisation, String title, String address, String read) {

    public Source {
        Fields.requireText(spoken, "spoken");
        Fields.requireText(organisation, "organisation");
        Fields.requireText(title, "title");
        Fields.requireText(address, "address");
        Fields.requireText(read, "read");
        if (!address.matches("https?://\\S+") && !address.startsWith("not recorded")) {
            throw new IllegalArgumentException("address must be an http(s) address or begin \"not recorded\": " + address);
        }
        try {
            LocalDate.parse(read);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("read must be a date such as 2026-12-01: " + read, e);
        }
    }
}

package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.PhoneNumbers;

/** Starts a {@link Turn} in the request's locale, falling back to the default locale's words. */
final class Turns {

    private final Catalogues catalogues;
    private final PhoneNumbers numbers;
    private final Screens screens;

    Turns(Catalogues catalogues, PhoneNumbers numbers, Screens screens) {
        this.catalogues = catalogues;
        this.numbers = numbers;
        this.screens = screens;
    }

    Turn start(HandlerInput input) {
        return new Turn(input, catalogues.forLocale(Requests.locale(input)), numbers, screens);
    }
}

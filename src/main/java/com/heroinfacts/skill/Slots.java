package com.heroinfacts.skill;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the value id that entity resolution matched for a slot, tolerating every missing piece. */
final class Slots {

    private Slots() {
    }

    static Optional<String> resolvedId(Intent intent, String slotName) {
        if (intent == null || intent.getSlots() == null) {
            return Optional.empty();
        }
        Slot slot = slotName == null ? null : intent.getSlots().get(slotName);
        Resolutions resolutions = slot == null ? null : slot.getResolutions();
        List<Resolution> perAuthority = resolutions == null ? null : resolutions.getResolutionsPerAuthority();
        if (perAuthority == null) {
            return Optional.empty();
        }
        return perAuthority.stream()
                .filter(r -> r != null && r.getStatus() != null && r.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                .flatMap(r -> r.getValues() == null ? Stream.empty() : r.getValues().stream())
                // a client can send "values": [null] or a wrapper without a value: skipped, never dereferenced
                .filter(Objects::nonNull)
                .map(ValueWrapper::getValue)
                .filter(v -> v != null && v.getId() != null && !v.getId().isBlank())
                .map(Value::getId)
                .findFirst();
    }

    /** The words a slot heard, when it heard any. */
    static Optional<String> text(Intent intent, String slotName) {
        Slot slot = intent == null || intent.getSlots() == null ? null : intent.getSlots().get(slotName);
        String value = slot == null ? null : slot.getValue();
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Every slot's words, for the safety recogniser to hear whatever intent carried them. */
    static List<String> texts(Intent intent) {
        List<String> texts = new ArrayList<>();
        if (intent != null && intent.getSlots() != null) {
            intent.getSlots().keySet().forEach(name -> text(intent, name).ifPresent(texts::add));
        }
        return texts;
    }
}

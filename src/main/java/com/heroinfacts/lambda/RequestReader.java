package com.heroinfacts.lambda;

import com.amazon.ask.model.DialogState;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.ListSlotValue;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.SessionEndedError;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.SimpleSlotValue;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotValue;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.heroinfacts.lambda.JsonReading.NotModelled;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code request} part of an envelope, for the three request types the skill's voice turns consist of. */
final class RequestReader {

    private final JsonReading json;

    RequestReader(JsonReading json) {
        this.json = json;
    }

    /** What any of the three types may carry; which ones count depends on the type, which may come last. */
    private static final class Fields {
        String type;
        String requestId;
        OffsetDateTime timestamp;
        String locale;
        DialogState dialogState;
        Intent intent;
        SessionEndedReason reason;
        SessionEndedError error;
        boolean task;
    }

    Request request() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Fields f = new Fields();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            field(f, name);
        }
        if (f.type == null) {
            throw new NotModelled();
        }
        return switch (f.type) {
            case "LaunchRequest" -> {
                if (f.task) {
                    throw new NotModelled();
                }
                yield LaunchRequest.builder().withRequestId(f.requestId).withTimestamp(f.timestamp).withLocale(f.locale).build();
            }
            case "IntentRequest" -> IntentRequest.builder().withRequestId(f.requestId).withTimestamp(f.timestamp)
                    .withLocale(f.locale).withDialogState(f.dialogState).withIntent(f.intent).build();
            case "SessionEndedRequest" -> SessionEndedRequest.builder().withRequestId(f.requestId).withTimestamp(f.timestamp)
                    .withLocale(f.locale).withReason(f.reason).withError(f.error).build();
            default -> throw new NotModelled();
        };
    }

    private void field(Fields f, String name) throws IOException, NotModelled {
        switch (name) {
            case "type" -> f.type = json.text();
            case "requestId" -> f.requestId = json.text();
            case "timestamp" -> f.timestamp = timestamp(json.text());
            case "locale" -> f.locale = json.text();
            case "dialogState" -> f.dialogState = named(DialogState.values(), json.text());
            case "intent" -> f.intent = intent();
            case "reason" -> f.reason = named(SessionEndedReason.values(), json.text());
            case "error" -> f.error = error();
            case "task" -> {
                f.task = true;
                json.skip();
            }
            default -> json.skip();
        }
    }

    private Intent intent() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Intent.Builder intent = Intent.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "name" -> intent.withName(json.text());
                case "confirmationStatus" -> intent.withConfirmationStatus(json.text());
                case "slots" -> intent.withSlots(slots());
                default -> json.skip();
            }
        }
        return intent.build();
    }

    private Slot slot() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Slot.Builder slot = Slot.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "name" -> slot.withName(json.text());
                case "value" -> slot.withValue(json.text());
                case "confirmationStatus" -> slot.withConfirmationStatus(json.text());
                case "resolutions" -> slot.withResolutions(resolutions());
                case "slotValue" -> slot.withSlotValue(slotValue());
                default -> json.skip();
            }
        }
        return slot.build();
    }

    /** Alexa's newer form of a slot's value: one value ("Simple") or several ("List"). */
    private SlotValue slotValue() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        SlotValueFields f = new SlotValueFields();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "type" -> f.type = json.text();
                case "value" -> f.value = json.text();
                case "resolutions" -> f.resolutions = resolutions();
                case "values" -> f.values = slotValues();
                default -> json.skip();
            }
        }
        if ("Simple".equals(f.type)) {
            return SimpleSlotValue.builder().withValue(f.value).withResolutions(f.resolutions).build();
        }
        if ("List".equals(f.type)) {
            return ListSlotValue.builder().withValues(f.values).build();
        }
        throw new NotModelled();
    }

    private static final class SlotValueFields {
        String type;
        String value;
        Resolutions resolutions;
        List<SlotValue> values;
    }

    private Resolutions resolutions() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Resolutions.Builder resolutions = Resolutions.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            if (name.equals("resolutionsPerAuthority")) {
                resolutions.withResolutionsPerAuthority(resolutionList());
            } else {
                json.skip();
            }
        }
        return resolutions.build();
    }

    private Resolution resolution() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Resolution.Builder resolution = Resolution.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "authority" -> resolution.withAuthority(json.text());
                case "status" -> resolution.withStatus(status());
                case "values" -> resolution.withValues(valueWrappers());
                default -> json.skip();
            }
        }
        return resolution.build();
    }

    private Status status() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Status.Builder status = Status.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            if (name.equals("code")) {
                status.withCode(json.text());
            } else {
                json.skip();
            }
        }
        return status.build();
    }

    private ValueWrapper valueWrapper() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        ValueWrapper.Builder wrapper = ValueWrapper.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            if (name.equals("value")) {
                wrapper.withValue(value());
            } else {
                json.skip();
            }
        }
        return wrapper.build();
    }

    private Map<String, Slot> slots() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            slots.put(name, slot());
        }
        return slots;
    }

    private List<SlotValue> slotValues() throws IOException, NotModelled {
        if (!json.startArray()) {
            return null;
        }
        List<SlotValue> values = new ArrayList<>();
        while (json.nextElement()) {
            values.add(slotValue());
        }
        return values;
    }

    private List<Resolution> resolutionList() throws IOException, NotModelled {
        if (!json.startArray()) {
            return null;
        }
        List<Resolution> list = new ArrayList<>();
        while (json.nextElement()) {
            list.add(resolution());
        }
        return list;
    }

    private List<ValueWrapper> valueWrappers() throws IOException, NotModelled {
        if (!json.startArray()) {
            return null;
        }
        List<ValueWrapper> list = new ArrayList<>();
        while (json.nextElement()) {
            list.add(valueWrapper());
        }
        return list;
    }

    private Value value() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        Value.Builder value = Value.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "name" -> value.withName(json.text());
                case "id" -> value.withId(json.text());
                default -> json.skip();
            }
        }
        return value.build();
    }

    private SessionEndedError error() throws IOException, NotModelled {
        if (!json.startObject()) {
            return null;
        }
        SessionEndedError.Builder error = SessionEndedError.builder();
        for (String name = json.nextField(); name != null; name = json.nextField()) {
            switch (name) {
                case "type" -> error.withType(json.text());
                case "message" -> error.withMessage(json.text());
                default -> json.skip();
            }
        }
        return error.build();
    }

    /** An enum constant by its JSON name; one this SDK version does not know is left to the SDK's mapping. */
    private static <E extends Enum<E>> E named(E[] constants, String text) throws NotModelled {
        if (text == null) {
            return null;
        }
        for (E constant : constants) {
            if (text.equals(constant.toString())) {
                return constant;
            }
        }
        throw new NotModelled();
    }

    /**
     * Alexa's timestamps, {@code 2026-11-28T12:00:05Z} with optional fractions and offset, in UTC as the SDK's mapper
     * gives them. Parsed by hand: java.time's parser costs more at a cold start than the rest of this reader.
     */
    static OffsetDateTime timestamp(String text) throws NotModelled {
        if (text == null) {
            return null;
        }
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            throw new NotModelled();
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int digits = 0;
            while (++at < n && Character.isDigit(text.charAt(at)) && digits < 9) {
                nanos = nanos * 10 + (text.charAt(at) - '0');
                digits++;
            }
            if (digits == 0 || (at < n && Character.isDigit(text.charAt(at)))) {
                throw new NotModelled();
            }
            for (int d = digits; d < 9; d++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (at == n - 1 && text.charAt(at) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (at == n - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
            int sign = text.charAt(at) == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * digits(text, at + 1, at + 3), sign * digits(text, at + 4, at + 6));
        } else {
            throw new NotModelled();
        }
        try {
            return OffsetDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                    digits(text, 14, 16), digits(text, 17, 19), nanos, offset).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            throw new NotModelled();
        }
    }

    private static int digits(String text, int from, int to) throws NotModelled {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NotModelled();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

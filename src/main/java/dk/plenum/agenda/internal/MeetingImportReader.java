package dk.plenum.agenda.internal;

import dk.plenum.agenda.FieldProblem;
import dk.plenum.agenda.InvalidImportException;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandText;
import dk.plenum.timeplan.TimePlanService;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Turns an import document into a {@link MeetingImport}, or refuses it naming every bad field at once,
 * so whoever prepared the file can fix it in one go rather than one error per attempt.
 */
public final class MeetingImportReader {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_BODY = 100_000;
    static final int MAX_ENTRIES = 500;

    private final List<FieldProblem> problems = new ArrayList<>();

    private MeetingImportReader() {
    }

    public static MeetingImport read(JsonNode document) {
        MeetingImportReader reader = new MeetingImportReader();
        MeetingImport meeting = reader.meeting(document);
        if (!reader.problems.isEmpty()) {
            throw new InvalidImportException(reader.problems);
        }
        return meeting;
    }

    private MeetingImport meeting(JsonNode node) {
        if (!node.isObject()) {
            problem("", "must be a JSON object describing one meeting");
            return null;
        }
        onlyKnown(node, "", "council", "title", "kind", "startsAt", "endsAt", "location", "members", "items");
        Instant startsAt = time(node, "", "startsAt", true);
        Instant endsAt = time(node, "", "endsAt", false);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problem("endsAt", "must be after startsAt");
        }
        List<MeetingImport.Member> members = list(node, "", "members", this::member);
        unique(members, "members", "name", MeetingImport.Member::name);
        List<MeetingImport.Item> items = list(node, "", "items", this::item);
        unique(items, "items", "number", MeetingImport.Item::number);
        return new MeetingImport(text(node, "", "council", true, MAX_NAME), text(node, "", "title", true, MAX_TITLE),
                choice(node, "", "kind", MeetingKind.class, null), startsAt, endsAt,
                text(node, "", "location", false, MAX_TITLE), members, items);
    }

    private MeetingImport.Member member(JsonNode node, String path) {
        onlyKnown(node, path, "name", "role");
        return new MeetingImport.Member(text(node, path, "name", true, MAX_NAME),
                choice(node, path, "role", MemberRole.class, null));
    }

    private MeetingImport.Item item(JsonNode node, String path) {
        onlyKnown(node, path, "number", "title", "kind", "visibility", "presenter", "sections", "attachments",
                "hideTitle", "plannedMinutes");
        Visibility visibility = choice(node, path, "visibility", Visibility.class, null);
        boolean hideTitle = flag(node, path, "hideTitle");
        if (hideTitle && visibility == Visibility.OPEN) {
            problem(join(path, "hideTitle"), "only a closed item's title can be hidden");
        }
        return new MeetingImport.Item(number(node, path, "number"), text(node, path, "title", true, MAX_TITLE),
                choice(node, path, "kind", ItemKind.class, ItemKind.REGULAR), visibility,
                text(node, path, "presenter", false, MAX_NAME),
                optionalList(node, path, "sections", this::section),
                optionalList(node, path, "attachments", this::attachment), hideTitle,
                plannedMinutes(node, path));
    }

    /** An item's optional planned duration in the time plan: whole minutes, as the secretariat may plan them. */
    private Integer plannedMinutes(JsonNode parent, String path) {
        JsonNode value = present(parent, path, "plannedMinutes", false);
        if (value == null) {
            return null;
        }
        if (!value.isInt() || value.intValue() < 1 || value.intValue() > TimePlanService.MAX_MINUTES) {
            problem(join(path, "plannedMinutes"), "must be a whole number of minutes from 1 to "
                    + TimePlanService.MAX_MINUTES);
            return null;
        }
        return value.intValue();
    }

    private Section section(JsonNode node, String path) {
        onlyKnown(node, path, "heading", "body");
        String body = text(node, path, "body", false, MAX_BODY);
        return new Section(text(node, path, "heading", true, MAX_NAME), body == null ? "" : body);
    }

    private MeetingImport.AttachmentRef attachment(JsonNode node, String path) {
        onlyKnown(node, path, "name", "visibility");
        return new MeetingImport.AttachmentRef(text(node, path, "name", true, MAX_TITLE),
                choice(node, path, "visibility", Visibility.class, null));
    }

    /** Checked by {@link CommandText}, like the text of every command; a refusal becomes this field's problem. */
    private String text(JsonNode parent, String path, String field, boolean required, int maxLength) {
        JsonNode value = present(parent, path, field, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problem(join(path, field), "must be a string");
            return null;
        }
        try {
            return required ? CommandText.required(value.stringValue(), join(path, field), maxLength)
                    : CommandText.optional(value.stringValue(), join(path, field), maxLength);
        } catch (CommandRefusedException refused) {
            problem(join(path, field), refused.getMessage());
            return null;
        }
    }

    private boolean flag(JsonNode parent, String path, String field) {
        JsonNode value = present(parent, path, field, false);
        if (value != null && !value.isBoolean()) {
            problem(join(path, field), "must be true or false");
            return false;
        }
        return value != null && value.booleanValue();
    }

    private int number(JsonNode parent, String path, String field) {
        JsonNode value = present(parent, path, field, true);
        if (value == null) {
            return 0;
        }
        if (!value.isInt() || value.intValue() < 1) {
            problem(join(path, field), "must be a whole number from 1");
            return 0;
        }
        return value.intValue();
    }

    private <E extends Enum<E>> E choice(JsonNode parent, String path, String field, Class<E> type, E fallback) {
        JsonNode value = present(parent, path, field, fallback == null);
        if (value == null) {
            return fallback;
        }
        E[] allowed = type.getEnumConstants();
        if (value.isString()) {
            for (E candidate : allowed) {
                if (candidate.name().equals(value.stringValue())) {
                    return candidate;
                }
            }
        }
        problem(join(path, field), "must be one of " + Arrays.stream(allowed).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return fallback;
    }

    private Instant time(JsonNode parent, String path, String field, boolean required) {
        JsonNode value = present(parent, path, field, required);
        if (value == null) {
            return null;
        }
        try {
            if (value.isString()) {
                return OffsetDateTime.parse(value.stringValue()).toInstant();
            }
        } catch (DateTimeParseException badFormat) {
            // reported below, like a value of the wrong type
        }
        problem(join(path, field), "must be a date and time with offset, e.g. 2024-02-29T10:30:00+01:00");
        return null;
    }

    private <T> List<T> list(JsonNode parent, String path, String field, Entry<T> entry) {
        JsonNode value = present(parent, path, field, true);
        return value == null ? List.of() : entries(value, join(path, field), entry);
    }

    private <T> List<T> optionalList(JsonNode parent, String path, String field, Entry<T> entry) {
        JsonNode value = present(parent, path, field, false);
        return value == null ? List.of() : entries(value, join(path, field), entry);
    }

    private <T> List<T> entries(JsonNode array, String path, Entry<T> entry) {
        if (!array.isArray()) {
            problem(path, "must be an array");
            return List.of();
        }
        if (array.size() > MAX_ENTRIES) {
            problem(path, "must have at most " + MAX_ENTRIES + " entries");
            return List.of();
        }
        List<T> read = new ArrayList<>();
        for (int index = 0; index < array.size(); index++) {
            String entryPath = path + "[" + index + "]";
            JsonNode node = array.get(index);
            if (node.isObject()) {
                read.add(entry.read(node, entryPath));
            } else {
                problem(entryPath, "must be an object");
            }
        }
        return read;
    }

    private <T> void unique(List<T> entries, String path, String field, Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        for (int index = 0; index < entries.size(); index++) {
            Object value = key.apply(entries.get(index));
            if (value != null && !seen.add(value)) {
                problem(path + "[" + index + "]." + field, "must be unique, but " + value + " appears before");
            }
        }
    }

    /** The field's value, or null (with a problem if it was required) when it is missing or JSON null. */
    private JsonNode present(JsonNode parent, String path, String field, boolean required) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(join(path, field), "is required");
            }
            return null;
        }
        return value;
    }

    private void onlyKnown(JsonNode node, String path, String... known) {
        Set<String> allowed = Set.of(known);
        node.propertyNames().stream().filter(name -> !allowed.contains(name))
                .forEach(name -> problem(join(path, name), "is not a known field"));
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field.isEmpty() ? "$" : field, message));
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    @FunctionalInterface
    private interface Entry<T> {
        T read(JsonNode node, String path);
    }
}

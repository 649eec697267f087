package dk.plenum.meeting;

/** One headed part of an agenda item, e.g. "Indstilling", "Baggrund" or "Sagsbeskrivelse". */
public record Section(String heading, String body) {
}

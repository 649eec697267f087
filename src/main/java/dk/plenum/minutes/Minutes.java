package dk.plenum.minutes;

/** The minutes of one meeting in one format, ready to send: bytes, media type and a file name. */
public record Minutes(byte[] content, MinutesFormat format, String fileName) {
}

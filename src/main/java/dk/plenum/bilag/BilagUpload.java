package dk.plenum.bilag;

/** One uploaded file as it came: the name the sender's computer gave it, and its bytes. */
public record BilagUpload(String fileName, byte[] content) {
}

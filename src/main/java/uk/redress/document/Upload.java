package uk.redress.document;

import java.io.Serializable;

/** A file someone sent, once it has been checked ({@link Uploads}). */
public record Upload(String fileName, String contentType, byte[] content) implements Serializable {
}

/** How Bilag files are checked, kept in GridFS and drawn as page images; not for other modules. */
package dk.plenum.bilag.internal;

/** The notes' MongoDB collection and their printout. */
package dk.plenum.notes.internal;

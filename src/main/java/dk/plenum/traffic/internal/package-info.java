/** The Tomcat protocol that keeps room for requests, and the request body limits. */
package dk.plenum.traffic.internal;

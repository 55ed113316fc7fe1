/**
 * Scale-out engines: the service interface a cluster module (orbitdc-spark) implements so that a
 * front end runs a sweep or a fleet geometry scan on a cluster without depending on it. Found with
 * {@link java.util.ServiceLoader}; results must equal the local runners'. No physics here.
 */
package io.orbitdc.core.scaleout;

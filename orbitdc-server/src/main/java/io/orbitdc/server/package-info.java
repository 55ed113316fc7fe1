/**
 * {@code orbitdc serve}: the HTTP API v1 (docs/server.md, DESIGN "HTTP API v1") and the local web
 * dashboard over it. A front end: it parses requests, calls {@link io.orbitdc.core.study.Study} and
 * the core's report writers (a sweep job: the core's sweep reader, plan and runner, {@link
 * io.orbitdc.server.SweepJobs}), and stores each job's answer and files under the data directory. It
 * holds no physics and no composition; {@code ServerArchitectureTest} checks that it never reaches
 * into an engine or a study stage.
 */
package io.orbitdc.server;

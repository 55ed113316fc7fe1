/**
 * Output files shared by engines and reports: {@link io.orbitdc.core.files.AtomicOutput}, the one
 * writer that never leaves a half-written file. No model and no format lives here.
 */
package io.orbitdc.core.files;

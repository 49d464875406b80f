/**
 * The operator command line of the gateway jar: {@code proof-check} and {@code sign-data-check}
 * verify a user's {@code ton_proof} or {@code signData} document offline and print one JSON verdict
 * per document; {@code keyset generate} and {@code keyset rotate} make and rotate the Tink keyset
 * of secrets at rest. Runs without the Micronaut context. {@link
 * io.tcgateway.bootstrap.cli.ConsoleLauncher} is the only class that touches the process's standard
 * streams and exit status; everything else takes streams and a clock, so it is tested as plain
 * objects.
 */
package io.tcgateway.bootstrap.cli;

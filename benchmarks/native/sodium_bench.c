/*
 * libsodium reference numbers for the same operations the JMH benchmarks measure, so docs/benchmarks.md can
 * report the ratio Java / libsodium from one run on one machine.
 *
 *   box_open_300B   crypto_box_open_easy_afternm of a 300-byte message with a precomputed box key
 *   box_seal_300B   crypto_box_easy_afternm of a 300-byte message with a precomputed box key
 *   box_beforenm    crypto_box_beforenm (X25519 + HSalsa20: the box key of a new session)
 *   x25519          crypto_scalarmult (one X25519 agreement)
 *   ed25519_verify  crypto_sign_verify_detached over a 32-byte message (what a ton_proof check verifies)
 *
 * All in one process, one thread, each timed with clock_gettime(CLOCK_MONOTONIC): two unreported warm-up
 * half-iterations, then the given number of timed iterations.
 *
 * Build: cc -O2 -o sodium-bench sodium_bench.c $(pkg-config --cflags --libs libsodium)
 *        (Debian: apt-get install libsodium-dev; benchmarks/run-benchmarks.sh does this)
 * Usage: ./sodium-bench [seconds per iteration, default 2] [iterations, default 5]
 * Output: one JSON object per line, first {"library":"libsodium","version":...,"secondsPerIteration":...,
 *         "iterations":...}, then per operation
 *         {"benchmark":..., "opsPerSecond":[one rate per iteration], "mean":...}
 *         (read by io.tcgateway.benchmarks.report.SodiumResults)
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MESSAGE_LENGTH 300

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef int (*operation)(void *state);

struct box_state {
  unsigned char key[crypto_box_BEFORENMBYTES];
  unsigned char nonce[crypto_box_NONCEBYTES];
  unsigned char plain[MESSAGE_LENGTH];
  unsigned char boxed[MESSAGE_LENGTH + crypto_box_MACBYTES];
  unsigned char opened[MESSAGE_LENGTH];
};

struct x25519_state {
  unsigned char secret[crypto_scalarmult_SCALARBYTES];
  unsigned char peer[crypto_scalarmult_BYTES];
  unsigned char shared[crypto_scalarmult_BYTES];
};

struct beforenm_state {
  unsigned char secret[crypto_box_SECRETKEYBYTES];
  unsigned char peer[crypto_box_PUBLICKEYBYTES];
  unsigned char key[crypto_box_BEFORENMBYTES];
};

struct verify_state {
  unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
  unsigned char signature[crypto_sign_BYTES];
  unsigned char message[32];
};

static int box_open(void *p) {
  struct box_state *s = p;
  return crypto_box_open_easy_afternm(s->opened, s->boxed, sizeof s->boxed, s->nonce, s->key);
}

static int box_seal(void *p) {
  struct box_state *s = p;
  return crypto_box_easy_afternm(s->boxed, s->plain, sizeof s->plain, s->nonce, s->key);
}

static int x25519(void *p) {
  struct x25519_state *s = p;
  return crypto_scalarmult(s->shared, s->secret, s->peer);
}

static int box_beforenm(void *p) {
  struct beforenm_state *s = p;
  return crypto_box_beforenm(s->key, s->peer, s->secret);
}

static int ed25519_verify(void *p) {
  struct verify_state *s = p;
  return crypto_sign_verify_detached(s->signature, s->message, sizeof s->message, s->public_key);
}

static void measure(const char *name, operation op, void *state, double seconds, int iterations) {
  double total = 0;
  printf("{\"benchmark\":\"%s\",\"opsPerSecond\":[", name);
  for (int warmup = 0; warmup < 2; warmup++) { /* warm caches and frequency scaling, not reported */
    double end = now_seconds() + seconds / 2;
    while (now_seconds() < end)
      for (int i = 0; i < 100; i++) op(state);
  }
  for (int it = 0; it < iterations; it++) {
    long count = 0;
    double start = now_seconds(), elapsed;
    do {
      for (int i = 0; i < 100; i++) {
        if (op(state) != 0) {
          fprintf(stderr, "%s failed\n", name);
          exit(1);
        }
      }
      count += 100;
      elapsed = now_seconds() - start;
    } while (elapsed < seconds);
    double rate = count / elapsed;
    total += rate;
    printf("%s%.0f", it ? "," : "", rate);
  }
  printf("],\"mean\":%.0f}\n", total / iterations);
  fflush(stdout);
}

int main(int argc, char **argv) {
  double seconds = argc > 1 ? atof(argv[1]) : 2.0;
  int iterations = argc > 2 ? atoi(argv[2]) : 5;
  if (!(seconds > 0) || iterations < 1) {
    fprintf(stderr, "usage: %s [seconds per iteration > 0] [iterations >= 1]\n", argv[0]);
    return 2;
  }
  if (sodium_init() < 0) return 1;

  static struct box_state box;
  unsigned char pk_a[crypto_box_PUBLICKEYBYTES], sk_a[crypto_box_SECRETKEYBYTES];
  unsigned char pk_b[crypto_box_PUBLICKEYBYTES], sk_b[crypto_box_SECRETKEYBYTES];
  crypto_box_keypair(pk_a, sk_a);
  crypto_box_keypair(pk_b, sk_b);
  if (crypto_box_beforenm(box.key, pk_b, sk_a) != 0) return 1;
  randombytes_buf(box.nonce, sizeof box.nonce);
  randombytes_buf(box.plain, sizeof box.plain);
  box_seal(&box);
  if (box_open(&box) != 0 || memcmp(box.opened, box.plain, sizeof box.plain) != 0) return 1;

  static struct x25519_state agreement;
  memcpy(agreement.secret, sk_a, sizeof agreement.secret);
  memcpy(agreement.peer, pk_b, sizeof agreement.peer);

  static struct beforenm_state derivation;
  memcpy(derivation.secret, sk_a, sizeof derivation.secret);
  memcpy(derivation.peer, pk_b, sizeof derivation.peer);

  static struct verify_state verify;
  unsigned char sign_secret[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(verify.public_key, sign_secret);
  randombytes_buf(verify.message, sizeof verify.message);
  crypto_sign_detached(verify.signature, NULL, verify.message, sizeof verify.message, sign_secret);

  printf("{\"library\":\"libsodium\",\"version\":\"%s\",\"secondsPerIteration\":%g,\"iterations\":%d}\n",
         sodium_version_string(), seconds, iterations);
  measure("box_open_300B", box_open, &box, seconds, iterations);
  measure("box_seal_300B", box_seal, &box, seconds, iterations);
  measure("box_beforenm", box_beforenm, &derivation, seconds, iterations);
  measure("x25519", x25519, &agreement, seconds, iterations);
  measure("ed25519_verify", ed25519_verify, &verify, seconds, iterations);
  return 0;
}

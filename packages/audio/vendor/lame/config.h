/* Hand-written configure result for libmp3lame on wasm32-wasi (IEEE 754, little-endian, C99). */
#ifndef LAME_CONFIG_H
#define LAME_CONFIG_H

#define STDC_HEADERS 1
#define HAVE_ERRNO_H 1
#define HAVE_FCNTL_H 1
#define HAVE_LIMITS_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_STRCHR 1
#define HAVE_MEMCPY 1
#define LAME_LIBRARY_BUILD 1
/* Encoder only: no analyzer hooks, no mpglib decoder. */
#define NOANALYSIS 1
/* What LAME's configure defines for x86 hosts: float bit tricks and a table-based log2. */
#define TAKEHIRO_IEEE754_HACK 1
#define USE_FAST_LOG 1

typedef float ieee754_float32_t;
typedef double ieee754_float64_t;
typedef long double ieee854_float80_t;

#endif

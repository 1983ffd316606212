/*
 * songloom's bridge to libmp3lame (LAME 3.100) for WebAssembly: a CBR encoder fed planar float
 * blocks of at most enc_block_size() samples per channel. Bare MPEG frames, no VBR/Info tag and
 * no ID3 tag (songloom writes its own Info frame); LAME's default encoder delay (576 samples).
 */
#include <stdlib.h>
#include <lame.h>

#define EXPORT(name) __attribute__((export_name(name)))

/* Samples per channel per enc_encode call: 32 MPEG frames. */
#define BLOCK 36864
/* Worst-case MP3 bytes for BLOCK samples, as lame.h advises (1.25 n + 7200). */
#define OUT_BYTES (BLOCK + BLOCK / 4 + 7200)

typedef struct {
    lame_global_flags *gfp;
    float left[BLOCK];
    float right[BLOCK];
    unsigned char out[OUT_BYTES];
} encoder;

static void quiet(const char *format, va_list args) {
    (void)format;
    (void)args;
}

EXPORT("enc_block_size") int enc_block_size(void) { return BLOCK; }

EXPORT("enc_close") void enc_close(encoder *e) {
    if (!e) return;
    if (e->gfp) lame_close(e->gfp);
    free(e);
}

/* Returns a new encoder, or 0 unless LAME takes the parameters as they are for MPEG-1 Layer III
 * (32, 44.1 or 48 kHz, no resampling, the exact bitrate). quality: 0 (best) .. 9 (fastest). */
EXPORT("enc_init") encoder *enc_init(int sample_rate, int channels, int bitrate_kbps, int quality) {
    encoder *e = calloc(1, sizeof(encoder));
    if (!e) return 0;
    e->gfp = lame_init();
    if (!e->gfp) {
        enc_close(e);
        return 0;
    }
    lame_set_errorf(e->gfp, quiet);
    lame_set_debugf(e->gfp, quiet);
    lame_set_msgf(e->gfp, quiet);
    lame_set_in_samplerate(e->gfp, sample_rate);
    lame_set_out_samplerate(e->gfp, sample_rate);
    lame_set_num_channels(e->gfp, channels);
    lame_set_VBR(e->gfp, vbr_off);
    lame_set_brate(e->gfp, bitrate_kbps);
    lame_set_quality(e->gfp, quality);
    lame_set_bWriteVbrTag(e->gfp, 0);
    lame_set_write_id3tag_automatic(e->gfp, 0);
    if (lame_init_params(e->gfp) < 0 || lame_get_version(e->gfp) != 1 ||
        lame_get_out_samplerate(e->gfp) != sample_rate || lame_get_brate(e->gfp) != bitrate_kbps) {
        enc_close(e);
        return 0;
    }
    return e;
}

EXPORT("enc_left") float *enc_left(encoder *e) { return e->left; }
EXPORT("enc_right") float *enc_right(encoder *e) { return e->right; }
EXPORT("enc_output") unsigned char *enc_output(encoder *e) { return e->out; }

/* Encodes n samples per channel from enc_left/enc_right (floats in [-1, 1]); returns the bytes
 * written to enc_output, or a negative LAME error code. */
EXPORT("enc_encode") int enc_encode(encoder *e, int n) {
    if (n < 0 || n > BLOCK) return -1;
    return lame_encode_buffer_ieee_float(e->gfp, e->left, e->right, n, e->out, OUT_BYTES);
}

/* Pads and encodes the last frames; returns the bytes written to enc_output. */
EXPORT("enc_flush") int enc_flush(encoder *e) { return lame_encode_flush(e->gfp, e->out, OUT_BYTES); }

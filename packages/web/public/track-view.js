/**
 * One generated track: cover, title, tags, duration, a player and downloads, the lyrics.
 *
 * Record-info signs its links afresh on every poll, so the view keeps the links it has loaded
 * (the cover, the player's source) and takes a new one only when the old one failed or the track
 * moved from its live stream to its finished file: a poll never interrupts what is playing.
 */
import { formatDuration, h } from './dom.js';

/** Fresh links a failed player takes (an expired link, a file not readable yet) before giving up. */
const MAX_AUDIO_RETRIES = 3;

export class TrackView {
  constructor(track) {
    this.id = track.id;
    this.coverFailed = false;
    this.audioFailed = false;
    this.audioRetries = 0;
    this.source = null;
    this.build();
    this.update(track);
  }

  build() {
    this.cover = h('img', { alt: '', loading: 'lazy', decoding: 'async', width: 320, height: 320 });
    this.cover.addEventListener('error', () => {
      this.coverFailed = true;
      this.cover.hidden = true;
    });
    this.cover.addEventListener('load', () => {
      this.coverFailed = false;
      this.cover.hidden = false;
    });
    this.badge = h('span.badge', {}, h('span.bars', { 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), 'Rendering');
    this.title = h('h4.track-title');
    this.tags = h('ul.tags', { 'aria-label': 'Style tags' });
    this.duration = h('span.duration');
    this.audio = h('audio', { controls: true, preload: 'none' });
    this.audio.addEventListener('error', () => {
      if (this.audio.getAttribute('src')) this.audioFailed = true;
    });
    this.audio.addEventListener('ended', () => this.applyPendingSource(false));
    this.audio.addEventListener('pause', () => this.applyPendingSource(true));
    this.mp3 = h('a.download', { download: '' }, 'MP3');
    this.wav = h('a.download', { download: '' }, 'WAV');
    this.lyricsText = h('pre.lyrics');
    this.lyrics = h('details.lyrics-block', {}, h('summary', {}, 'Lyrics'), this.lyricsText);
    this.element = h(
      'li.track',
      {},
      h('div.cover', {}, this.cover, this.badge),
      h('div.track-info', {}, h('div.track-head', {}, this.title, this.duration), this.tags),
      this.audio,
      h('div.downloads', {}, h('span.downloads-label', {}, 'Download'), this.mp3, this.wav),
      this.lyrics,
    );
  }

  /** Shows the track as record-info now describes it. */
  update(track) {
    const finished = track.audioUrl !== '';
    const title = track.title || 'Untitled';
    this.element.classList.toggle('rendering', !finished);
    this.badge.hidden = finished;
    this.title.textContent = title;
    this.cover.alt = `Cover of ${title}`;
    if (track.imageUrl && (!this.cover.getAttribute('src') || this.coverFailed)) this.cover.src = track.imageUrl;
    this.duration.textContent = typeof track.duration === 'number' ? formatDuration(track.duration) : 'rendering…';
    this.updateTags(track.tags);
    this.updateAudio(finished ? track.audioUrl : track.streamAudioUrl, finished);
    this.audio.setAttribute('aria-label', `${finished ? 'Play' : 'Listen live to'} ${title}`);
    this.updateDownload(this.mp3, finished ? track.audioUrl : '', `${title}.mp3`);
    this.updateDownload(this.wav, finished ? track.sourceAudioUrl : '', `${title}.wav`);
    this.lyrics.hidden = !track.prompt;
    if (this.lyricsText.textContent !== track.prompt) this.lyricsText.textContent = track.prompt ?? '';
  }

  updateTags(tagText) {
    const tags = (tagText ?? '').split(',').map((tag) => tag.trim()).filter(Boolean).slice(0, 8);
    if (this.tags.dataset.value === tags.join('|')) return;
    this.tags.dataset.value = tags.join('|');
    this.tags.replaceChildren(...tags.map((tag) => h('li', {}, tag)));
  }

  updateAudio(url, finished) {
    if (!url) return;
    const phase = finished ? 'final' : 'stream';
    if (this.source === null || (this.audioFailed && this.audioRetries < MAX_AUDIO_RETRIES)) {
      if (this.audioFailed) this.audioRetries += 1;
      this.setSource(url, phase);
    } else if (this.source.phase !== phase) {
      this.pending = { url, phase };
      if (this.audio.paused) this.applyPendingSource(true);
    }
  }

  /** Swaps in the source that waited for the player to stop; `resume` keeps the position. */
  applyPendingSource(resume) {
    if (!this.pending) return;
    const { url, phase } = this.pending;
    const resumeAt = resume && !this.audio.ended ? this.audio.currentTime : 0;
    this.setSource(url, phase);
    if (resumeAt > 0) this.audio.addEventListener('loadedmetadata', () => (this.audio.currentTime = resumeAt), { once: true });
  }

  setSource(url, phase) {
    if (this.source?.phase !== phase) this.audioRetries = 0;
    this.pending = null;
    this.audioFailed = false;
    this.source = { url, phase };
    // Without a source first, raising `preload` would start loading the old (live stream) link.
    this.audio.removeAttribute('src');
    this.audio.preload = phase === 'final' ? 'metadata' : 'none';
    this.audio.src = url;
  }

  updateDownload(link, url, fileName) {
    if (url) {
      link.href = url;
      link.download = fileName;
      link.removeAttribute('aria-disabled');
    } else {
      link.removeAttribute('href');
      link.setAttribute('aria-disabled', 'true');
    }
  }
}

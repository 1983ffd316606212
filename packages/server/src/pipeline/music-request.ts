import { MODEL_MAX_SECONDS, isModelName } from '@songloom/contract';
import { briefForTake, interpretRequest, type Brief, type MusicRequest } from '@songloom/music';
import type { Task, TaskRequest, Track } from '../domain/task.ts';

/** The part of a task request the music engine reads. */
export function toMusicRequest(request: TaskRequest): MusicRequest {
  const music: MusicRequest = {
    customMode: request.customMode,
    instrumental: request.instrumental,
    model: request.model,
    maxSeconds: isModelName(request.model) ? MODEL_MAX_SECONDS[request.model] : 240,
  };
  if (request.prompt !== undefined) music.prompt = request.prompt;
  if (request.style !== undefined) music.style = request.style;
  if (request.title !== undefined) music.title = request.title;
  if (request.negativeTags !== undefined) music.negativeTags = request.negativeTags;
  if (request.vocalGender !== undefined) music.vocalGender = request.vocalGender;
  if (request.duration !== undefined) music.durationSeconds = request.duration;
  return music;
}

/**
 * The musical brief of a task, shared by both of its tracks. The task's seed picks what the words
 * leave open (key, tempo within the genre's range, the singer when no gender is given), so the
 * same request and seed always give the same brief.
 */
export function briefOf(task: Task): Brief {
  return interpretRequest(toMusicRequest(task.request), task.seed);
}

/**
 * The brief one track is composed from: the task's brief as its own take (track index), so the
 * two tracks of a task differ in key, tempo, instruments and form where the request leaves them
 * open, while sharing title, lyrics, genre and singer. Same task seed, same briefs.
 */
export function trackBriefOf(task: Task, track: Pick<Track, 'index' | 'seed'>): Brief {
  return briefForTake(briefOf(task), track.index, track.seed);
}

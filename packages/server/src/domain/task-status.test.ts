import { describe, expect, it } from 'vitest';
import { applyTransition } from './task-status.ts';

describe('applyTransition', () => {
  it('moves progress forward only, recording its stage', () => {
    expect(applyTransition('PENDING', 'TEXT_SUCCESS')).toEqual({ status: 'TEXT_SUCCESS', stage: 'text' });
    expect(applyTransition('TEXT_SUCCESS', 'SUCCESS')).toEqual({ status: 'SUCCESS', stage: 'complete' });
    expect(applyTransition('FIRST_SUCCESS', 'TEXT_SUCCESS')).toBeNull();
    expect(applyTransition('SUCCESS', 'FIRST_SUCCESS')).toBeNull();
  });
  it('lets a failure end an unfinished task only', () => {
    expect(applyTransition('FIRST_SUCCESS', 'GENERATE_AUDIO_FAILED')).toEqual({ status: 'GENERATE_AUDIO_FAILED', stage: 'error' });
    expect(applyTransition('SUCCESS', 'GENERATE_AUDIO_FAILED')).toBeNull();
    expect(applyTransition('CREATE_TASK_FAILED', 'GENERATE_AUDIO_FAILED')).toBeNull();
  });
  it('keeps CALLBACK_EXCEPTION sticky over progress but not over a failure', () => {
    expect(applyTransition('SUCCESS', 'CALLBACK_EXCEPTION')).toEqual({ status: 'CALLBACK_EXCEPTION', stage: null });
    expect(applyTransition('CALLBACK_EXCEPTION', 'SUCCESS')).toEqual({ status: 'CALLBACK_EXCEPTION', stage: 'complete' });
    expect(applyTransition('CALLBACK_EXCEPTION', 'GENERATE_AUDIO_FAILED')).toEqual({ status: 'GENERATE_AUDIO_FAILED', stage: 'error' });
    expect(applyTransition('GENERATE_AUDIO_FAILED', 'CALLBACK_EXCEPTION')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { validateGenerateRequest, type GenerateRequestValidation } from './generate-request.ts';
import { MODEL_LIMITS, MODEL_MAX_SECONDS, MODEL_NAMES } from './models.ts';

const nonCustom = { customMode: false, instrumental: false, model: 'V4', prompt: 'A calm piano piece for a rainy evening' };
const customInstrumental = { customMode: true, instrumental: true, model: 'V4_5', style: 'lofi hip hop, mellow', title: 'Rain' };
const customVocals = {
  customMode: true,
  instrumental: false,
  model: 'V5',
  style: 'electrifying, rock',
  title: 'Iron Man',
  prompt: '[Verse]\nNight city lights shining bright\n[Chorus]\nWe run',
};

type Failure = Extract<GenerateRequestValidation, { ok: false }>;

function expectFailure(body: unknown, code: 400 | 413, field: string): Failure {
  const result = validateGenerateRequest(body);
  if (result.ok) throw new Error(`expected a ${code} naming ${field}, got ok`);
  expect(result.code).toBe(code);
  expect(result.message).toContain(field);
  expect(result.issues.map((issue) => issue.path)).toContain(field);
  for (const issue of result.issues) expect(result.message).toContain(issue.message);
  return result;
}

describe('validateGenerateRequest: valid bodies', () => {
  it.each([
    ['non-custom', nonCustom],
    ['non-custom instrumental', { ...nonCustom, instrumental: true }],
    ['custom instrumental', customInstrumental],
    ['custom with lyrics', customVocals],
  ])('accepts a %s body', (_mode, body) => {
    const result = validateGenerateRequest(body);
    expect(result).toEqual({ ok: true, value: body });
  });

  it('accepts every optional field at its bounds', () => {
    const body = {
      ...customVocals,
      callBackUrl: 'https://example.com/hook?x=1',
      negativeTags: 'Heavy Metal, Upbeat Drums',
      vocalGender: 'f',
      styleWeight: 0.65,
      weirdnessConstraint: 0,
      audioWeight: 1,
      personaId: 'persona-1',
      duration: 480,
      seed: 4294967295,
    };
    expect(validateGenerateRequest(body)).toEqual({ ok: true, value: body });
    expect(validateGenerateRequest({ ...body, duration: 10, seed: 0, callBackUrl: 'http://example.com' }).ok).toBe(true);
  });

  it('accepts every model', () => {
    for (const model of MODEL_NAMES) expect(validateGenerateRequest({ ...customVocals, model }).ok).toBe(true);
  });

  it('ignores unknown fields, null values and an empty callBackUrl', () => {
    const result = validateGenerateRequest({ ...nonCustom, foo: 1, extra: { a: 1 }, personaId: null, callBackUrl: '' });
    expect(result).toEqual({ ok: true, value: nonCustom });
  });

  it('leaves out the fields non-custom mode ignores', () => {
    const result = validateGenerateRequest({ ...nonCustom, style: 's', title: 't', vocalGender: 'm', personaId: 'p', negativeTags: 'n' });
    expect(result).toEqual({ ok: true, value: { ...nonCustom, negativeTags: 'n' } });
  });

  it('does not require lyrics for a custom instrumental', () => {
    expect(validateGenerateRequest({ ...customInstrumental, prompt: '' }).ok).toBe(true);
  });
});

describe('validateGenerateRequest: shape and types (400)', () => {
  it('refuses a body that is not an object', () => {
    for (const body of [null, 'x', 3, [nonCustom]]) {
      const result = validateGenerateRequest(body);
      expect(result.ok === false && result.code === 400 && result.issues[0]?.path === '').toBe(true);
    }
  });

  it.each(['customMode', 'instrumental', 'model'])('requires %s', (field) => {
    const body: Record<string, unknown> = { ...nonCustom };
    delete body[field];
    expect(expectFailure(body, 400, field).message).toMatch(/required/);
  });

  it.each(['customMode', 'instrumental'])('refuses %s given as a string or a number', (field) => {
    const failure = expectFailure({ ...nonCustom, [field]: 'true' }, 400, field);
    expect(failure.message).toContain('the string "true"');
    expectFailure({ ...nonCustom, [field]: 1 }, 400, field);
  });

  it.each(['V6', 'v4', 'chirp-v4', 'V4.5', '', 4])('refuses the model %j and lists the accepted ones', (model) => {
    const failure = expectFailure({ ...nonCustom, model }, 400, 'model');
    for (const name of MODEL_NAMES) expect(failure.message).toContain(name);
  });

  it.each(['prompt', 'style', 'title', 'negativeTags', 'personaId'])('refuses a non-string %s', (field) => {
    expectFailure({ ...customVocals, [field]: 42 }, 400, field);
  });

  it.each(['M', 'male', 'x', 1])('refuses vocalGender %j', (vocalGender) => {
    expectFailure({ ...customVocals, vocalGender }, 400, 'vocalGender');
  });

  it.each(['styleWeight', 'weirdnessConstraint', 'audioWeight'])('bounds %s to 0..1 with two decimals', (field) => {
    for (const bad of [-0.01, 1.01, 2]) expect(expectFailure({ ...customVocals, [field]: bad }, 400, field).message).toMatch(/between 0 and 1/);
    expect(expectFailure({ ...customVocals, [field]: 0.655 }, 400, field).message).toMatch(/two decimals/);
    expectFailure({ ...customVocals, [field]: '0.5' }, 400, field);
    for (const good of [0, 0.01, 0.29, 0.5, 0.99, 1]) expect(validateGenerateRequest({ ...customVocals, [field]: good }).ok).toBe(true);
  });

  it('bounds duration to 10..480 seconds', () => {
    for (const duration of [9.9, 0, -5, 481]) expectFailure({ ...customVocals, duration }, 400, 'duration');
    expectFailure({ ...customVocals, duration: '120' }, 400, 'duration');
    expect(validateGenerateRequest({ ...customVocals, duration: 95.5 }).ok).toBe(true);
  });

  it('refuses a duration above the model maximum', () => {
    for (const model of MODEL_NAMES) {
      const max = MODEL_MAX_SECONDS[model];
      expect(validateGenerateRequest({ ...customVocals, model, duration: max }).ok).toBe(true);
      if (max < 480) {
        const failure = expectFailure({ ...customVocals, model, duration: max + 1 }, 400, 'duration');
        expect(failure.message).toContain(`model ${model} allows at most ${max}`);
      }
    }
  });

  it('requires seed to be an unsigned 32-bit integer', () => {
    expect(expectFailure({ ...customVocals, seed: 1.5 }, 400, 'seed').message).toMatch(/integer/);
    for (const seed of [-1, 2 ** 32, '7']) expectFailure({ ...customVocals, seed }, 400, 'seed');
  });

  it.each(['not a url', 'ftp://example.com/hook', 'javascript:alert(1)', '/relative/path', 'example.com/hook'])(
    'refuses callBackUrl %j',
    (callBackUrl) => {
      expect(expectFailure({ ...nonCustom, callBackUrl }, 400, 'callBackUrl').message).toMatch(/http:\/\/ or https:\/\//);
    },
  );

  it('refuses a non-string or overlong callBackUrl', () => {
    expectFailure({ ...nonCustom, callBackUrl: 12 }, 400, 'callBackUrl');
    expectFailure({ ...nonCustom, callBackUrl: `https://example.com/${'a'.repeat(2100)}` }, 400, 'callBackUrl');
  });

  it('reports every type problem at once', () => {
    const failure = expectFailure({ customMode: 'true', instrumental: 'false', model: 'V9' }, 400, 'customMode');
    expect(failure.issues.map((issue) => issue.path).sort()).toEqual(['customMode', 'instrumental', 'model']);
  });
});

describe('validateGenerateRequest: required content by mode (400)', () => {
  it.each([undefined, '', '   \n\t'])('non-custom mode requires a prompt (%j)', (prompt) => {
    const failure = expectFailure({ ...nonCustom, prompt }, 400, 'prompt');
    expect(failure.message).toContain('customMode is false');
  });

  it.each(['style', 'title'])('custom instrumental mode requires %s (missing or blank)', (field) => {
    const body: Record<string, unknown> = { ...customInstrumental };
    delete body[field];
    expect(expectFailure(body, 400, field).message).toContain(`${field} is required when customMode is true`);
    expectFailure({ ...customInstrumental, [field]: '  ' }, 400, field);
  });

  it.each(['style', 'title', 'prompt'])('custom mode with vocals requires %s', (field) => {
    const body: Record<string, unknown> = { ...customVocals };
    delete body[field];
    expectFailure(body, 400, field);
    expectFailure({ ...customVocals, [field]: ' ' }, 400, field);
  });

  it('names every missing field', () => {
    const failure = expectFailure({ customMode: true, instrumental: false, model: 'V4' }, 400, 'style');
    expect(failure.issues.map((issue) => issue.path).sort()).toEqual(['prompt', 'style', 'title']);
  });

  it('answers 400 when a missing field and a too long one come together', () => {
    const failure = expectFailure({ ...customVocals, model: 'V4', title: '', style: 's'.repeat(201) }, 400, 'title');
    expect(failure.issues.map((issue) => issue.path).sort()).toEqual(['style', 'title']);
  });
});

describe('validateGenerateRequest: lengths per model (413)', () => {
  const cases = MODEL_NAMES.flatMap((model) => {
    const limits = MODEL_LIMITS[model];
    return [
      { model, field: 'prompt', max: limits.customPrompt },
      { model, field: 'style', max: limits.style },
      { model, field: 'title', max: limits.title },
    ];
  });

  it.each(cases)('$model: $field up to $max characters passes, one more is a 413', ({ model, field, max }) => {
    expect(validateGenerateRequest({ ...customVocals, model, [field]: 'a'.repeat(max) }).ok).toBe(true);
    const failure = expectFailure({ ...customVocals, model, [field]: 'a'.repeat(max + 1) }, 413, field);
    expect(failure.message).toBe(`${field} is ${max + 1} characters; model ${model} allows at most ${max}`);
  });

  it('limits the non-custom prompt to 500 characters on every model', () => {
    for (const model of MODEL_NAMES) {
      expect(validateGenerateRequest({ ...nonCustom, model, prompt: 'a'.repeat(500) }).ok).toBe(true);
      expect(expectFailure({ ...nonCustom, model, prompt: 'a'.repeat(501) }, 413, 'prompt').message).toContain('at most 500');
    }
  });

  it('matches the contract table', () => {
    expect(MODEL_LIMITS.V4).toMatchObject({ customPrompt: 3000, style: 200, title: 80 });
    expect(MODEL_LIMITS.V4_5ALL).toMatchObject({ customPrompt: 5000, style: 1000, title: 80 });
    expect(MODEL_LIMITS.V5_5).toMatchObject({ customPrompt: 5000, style: 1000, title: 100 });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(validateGenerateRequest({ ...customVocals, model: 'V4', title: '🎸'.repeat(80) }).ok).toBe(true);
  });

  it('names every field over its limit', () => {
    const failure = expectFailure({ ...customVocals, model: 'V4', style: 's'.repeat(1203), title: 't'.repeat(81) }, 413, 'style');
    expect(failure.message).toContain('style is 1203 characters; model V4 allows at most 200');
    expect(failure.message).toContain('title is 81 characters; model V4 allows at most 80');
  });

  it('does not limit lyrics an instrumental ignores', () => {
    expect(validateGenerateRequest({ ...customInstrumental, model: 'V4', prompt: 'a'.repeat(3001) }).ok).toBe(true);
  });
});

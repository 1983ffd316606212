/**
 * @songloom/contract: the wire of the Suno API contract as zod schemas, types and pure validation.
 */
export * from './models.ts';
export * from './codes.ts';
export * from './formats.ts';
export { CALLBACK_URL_MAX, characterCount } from './request-fields.ts';
export * from './generate-request.ts';
export * from './track.ts';
export * from './envelope.ts';
export * from './record-info.ts';
export * from './callback-payload.ts';
export * from './responses.ts';
export * from './vocal-removal.ts';

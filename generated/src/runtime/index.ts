// Public entry of the runtime. Everything is a pure function, class or type: importing only
// `createRestClient` lets a bundler drop the Vibe client, and vice versa.

export { createRestClient } from './rest-client.js';
export { isReadMethod } from './rest-core.js';
export { createVibeRestClient, VIBE_DEFAULT_LIMIT, VIBE_MAX_LIMIT } from './vibe.js';
export { ApiError, B24Error, VibeError } from './errors.js';
export type { ApiErrorInit, B24ErrorInit, VibeErrorInit, RuntimeErrorCode, V3ValidationIssue } from './errors.js';
export { V3_PAGE_SIZE } from './v3.js';
export { encodePhpQuery, encodeVibeQuery } from './query.js';
export { isLoopbackHost } from './url-safety.js';
export { BATCH_LIMIT } from './batch.js';
export { PAGE_SIZE } from './list.js';
export type { RetryOptions } from './retry.js';
export type { Logger } from './logger.js';
export type { Validator, ValidatorIssue, ValidatorMap } from './validate.js';
export type {
  IsV3Write,
  RestV3Client,
  V3BatchCommand,
  V3BatchResults,
  V3CallMeta,
  V3CallOptions,
  V3ErrorCode,
  V3IdempotencyErrorCode,
  V3ListMethodName,
  V3MethodError,
  V3MethodErrorCode,
} from './v3-types.js';
export type {
  AuthProvider,
  AuthProviderClientOptions,
  AuthSnapshot,
  B24Time,
  BatchCommand,
  BatchItemResult,
  BatchOptions,
  BatchRef,
  BatchResults,
  BatchSelect,
  CallMeta,
  CallOptions,
  ClientOptions,
  CommonClientOptions,
  ListItem,
  ListItemFor,
  ListMethodName,
  ListOptions,
  ListSelectShape,
  MethodError,
  NarrowedResult,
  OAuthClientOptions,
  OAuthOptions,
  OAuthTokens,
  ParamsArgs,
  RestCaller,
  RestClient,
  RestClientOptions,
  RestMethodMap,
  RestMethodShape,
  SelectedItem,
  SelectName,
  SelectParams,
  WebhookClientOptions,
  WithRefs,
} from './types.js';
export type {
  OperationError,
  VibeArgs,
  VibeClient,
  VibeClientOptions,
  VibeListItem,
  VibeListOperation,
  VibeMeta,
  VibeOperationMap,
  VibeOperationShape,
  VibeRequestInit,
  VibeRequestOptions,
} from './vibe-types.js';
export { callMethod } from './call-method.js';

/**
 * Replies to the channel serialized by a compiled form of the connector's own Activity model.
 * @remarks botframework-connector hands every reply to @azure/core-client's generic serializer,
 * which, per reply, walks every property of the Activity model and of each nested account, card
 * action and attachment, looking up types by name, splitting property names on dots and building
 * error paths as strings: about 15 µs for a plain text reply and 25 µs with four suggested actions
 * (more under load). Here the same model, read from the operation's own serializer, is compiled
 * once into per-type property lists; a reply then becomes the very same JSON in one walk.
 *
 * The compiled form covers what the Activity model uses (composites, lists, dictionaries, strings,
 * numbers, booleans, date-times, untyped objects). Whatever it does not cover goes to the generic
 * serializer unchanged: a model it cannot compile, and any reply with a value the model would
 * reject (a wrong type, a missing required field), so that error reads exactly as before.
 */
import type { CompositeMapper, Mapper, OperationSpec } from '@azure/core-client';
import type { ConnectorClient } from 'botframework-connector';

/** Turns a value into its JSON-ready form; throws {@link FALL_BACK} where only the generic serializer may decide. */
type Encoder = (value: unknown) => unknown;

/** Thrown by an encoder for a value outside what was compiled; never escapes this module. */
const FALL_BACK = Symbol('fall back to the generic serializer');

/** The model classes an operation's serializer knows, by name. */
type Models = Readonly<Record<string, Mapper | undefined>>;

/** Compiles a mapper (with its required/nullable rules), or returns undefined when it uses something not covered. */
function compile(mapper: Mapper, models: Models, classes: Map<string, Encoder>): Encoder | undefined {
  if (mapper.isConstant) return undefined;
  const encode = compileType(mapper, models, classes);
  if (encode === undefined) return undefined;
  const { required, nullable } = mapper;
  return (value) => {
    if (value === undefined || value === null) {
      // The generic serializer's table: required refuses undefined, and null unless nullable;
      // nullable: false refuses null.
      if ((required && (value === undefined || !nullable)) || (nullable === false && value === null)) throw FALL_BACK;
      return value;
    }
    return encode(value);
  };
}

function compileType(mapper: Mapper, models: Models, classes: Map<string, Encoder>): Encoder | undefined {
  switch (mapper.type.name) {
    case 'any':
    case 'Object':
      return (value) => value;
    case 'String':
      return (value) => (typeof value === 'string' ? value : fallBack());
    case 'Number':
      return (value) => (typeof value === 'number' ? value : fallBack());
    case 'Boolean':
      return (value) => (typeof value === 'boolean' ? value : fallBack());
    case 'DateTime':
      return encodeDateTime;
    case 'Sequence': {
      const declared = (mapper as { type: { element?: Mapper } }).type.element;
      if (declared === undefined) return undefined;
      // As the generic serializer does: a composite element's full definition is looked up by name.
      const className = declared.type.name === 'Composite' ? (declared as CompositeMapper).type.className : undefined;
      const element = compile((className !== undefined ? models[className] : undefined) ?? declared, models, classes);
      if (element === undefined) return undefined;
      return (value) => (Array.isArray(value) ? value.map((item: unknown) => element(item)) : fallBack());
    }
    case 'Dictionary': {
      const declared = (mapper as { type: { value?: Mapper } }).type.value;
      const entry = declared === undefined ? undefined : compile(declared, models, classes);
      if (entry === undefined) return undefined;
      return (value) => {
        if (typeof value !== 'object' || value === null) return fallBack();
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(value)) out[key] = entry((value as Record<string, unknown>)[key]);
        return out;
      };
    }
    case 'Composite':
      return compileComposite(mapper as CompositeMapper, models, classes);
    default:
      return undefined;
  }
}

function fallBack(): never {
  throw FALL_BACK;
}

/** A date-time as ISO 8601, as the generic serializer writes it; a date it would refuse falls back. */
function encodeDateTime(value: unknown): string {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? fallBack() : value.toISOString();
  }
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallBack();
}

/** One property of a composite, compiled: where it is read, where it is written, how it is encoded. */
interface CompiledProperty {
  readonly key: string;
  readonly name: string;
  readonly encode: Encoder;
}

function compileComposite(mapper: CompositeMapper, models: Models, classes: Map<string, Encoder>): Encoder | undefined {
  const { className, uberParent } = mapper.type;
  const model = className !== undefined ? (models[className] as CompositeMapper | undefined) : undefined;
  if (mapper.type.polymorphicDiscriminator ?? model?.type.polymorphicDiscriminator ?? (uberParent !== undefined ? (models[uberParent] as CompositeMapper | undefined)?.type.polymorphicDiscriminator : undefined)) return undefined;
  const properties = mapper.type.modelProperties ?? model?.type.modelProperties;
  if (properties === undefined) return undefined;
  // A class met again (a recursive model, or one used in several places) shares one encoder.
  const shared = mapper.type.modelProperties === undefined && className !== undefined;
  const known = shared ? classes.get(className) : undefined;
  if (known !== undefined) return known;

  const compiled: CompiledProperty[] = [];
  const modelKeys = new Set(Object.keys(properties));
  let additional: Encoder | undefined;
  const encodeObject: Encoder = (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fallBack();
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const property of compiled) {
      const encoded = property.encode(source[property.key]);
      if (encoded !== undefined) out[property.name] = encoded;
    }
    if (additional !== undefined) {
      for (const key of Object.keys(source)) if (!modelKeys.has(key)) out[key] = additional(source[key]);
    }
    return out;
  };
  if (shared) classes.set(className, encodeObject);

  for (const [key, property] of Object.entries(properties)) {
    if (property.readOnly) continue;
    const name = property.serializedName;
    // Flattened ("a.b") or escaped names are written by rules not compiled here.
    if (name === undefined || name === '' || name.includes('.')) return undefined;
    const encode = compile(property, models, classes);
    if (encode === undefined) return undefined;
    compiled.push({ key, name, encode });
  }
  const additionalMapper = mapper.type.additionalProperties ?? model?.type.additionalProperties;
  if (additionalMapper !== undefined) {
    additional = compile(additionalMapper, models, classes);
    if (additional === undefined) return undefined;
  }
  return encodeObject;
}

/** A request body in its wire form, or `ok: false` when the generic serializer must take it. */
export type BodyEncoder = (body: unknown) => { readonly ok: true; readonly wire: unknown } | { readonly ok: false };

/**
 * The body an operation's generic serializer would produce, compiled from its mapper and models;
 * undefined when the mapper uses something not covered.
 */
export function compileBodyEncoder(mapper: Mapper, models: Models): BodyEncoder | undefined {
  const encode = compile(mapper, models, new Map());
  if (encode === undefined) return undefined;
  return (body) => {
    try {
      return { ok: true, wire: encode(body) };
    } catch (error) {
      if (error === FALL_BACK) return { ok: false };
      throw error;
    }
  };
}

/** The faster form of one operation: the argument holding the activity, its encoder, and a spec that sends it as is. */
interface FastOperation {
  readonly parameter: string;
  readonly encode: BodyEncoder;
  readonly spec: OperationSpec;
}

/** Operations by spec; null where there is no faster form. Shared: the specs are module constants of the connector. */
const fastOperations = new WeakMap<OperationSpec, FastOperation | null>();

function fastOperation(spec: OperationSpec): FastOperation | undefined {
  let fast = fastOperations.get(spec);
  if (fast === undefined) {
    fast = makeFastOperation(spec) ?? null;
    fastOperations.set(spec, fast);
  }
  return fast ?? undefined;
}

function makeFastOperation(spec: OperationSpec): FastOperation | undefined {
  const body = spec.requestBody;
  if (body?.mapper.type.name !== 'Composite' || (body.mapper as CompositeMapper).type.className !== 'Activity' || typeof body.parameterPath !== 'string' || spec.isXML) return undefined;
  const encode = compileBodyEncoder(body.mapper, spec.serializer.modelMappers as Models);
  if (encode === undefined) return undefined;
  // The body arrives already in its wire form: the generic serializer passes an untyped object through.
  const passThrough: OperationSpec = { ...spec, requestBody: { ...body, mapper: { serializedName: body.mapper.serializedName, required: true, type: { name: 'Object' } } } };
  return { parameter: body.parameterPath, encode, spec: passThrough };
}

/** Clients already sending through the compiled serializer. */
const wrapped = new WeakSet<ConnectorClient>();

/** Whether a connector client sends activities through the compiled serializer. */
export function hasCompiledActivityBodies(client: unknown): boolean {
  return typeof client === 'object' && client !== null && wrapped.has(client as ConnectorClient);
}

/**
 * Makes a connector client send activities (replies, new messages, updates) through the compiled
 * serializer; every other operation, and any activity it does not cover, goes the usual way.
 */
export function withCompiledActivityBodies(client: ConnectorClient): ConnectorClient {
  if (wrapped.has(client)) return client;
  wrapped.add(client);
  const send = client.sendOperationRequest.bind(client);
  client.sendOperationRequest = (args: Parameters<typeof send>[0], spec: OperationSpec, callback?: Parameters<typeof send>[2]) => {
    const fast = fastOperation(spec);
    if (fast !== undefined) {
      const encoded = fast.encode(args[fast.parameter]);
      if (encoded.ok) return send({ ...args, [fast.parameter]: encoded.wire }, fast.spec, callback);
    }
    return send(args, spec, callback);
  };
  return client;
}

/**
 * The chat widget's static files as the server sends them: each under its content-hashed public
 * name, with brotli and gzip copies. They come from the build (scripts/copy-webchat.mjs →
 * dist/web/manifest.json); when running from source without a build they are hashed and
 * compressed once in memory from the same inputs. Never a CDN.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The widget's static files by logical name (the build script lists the same three). */
export const WEB_FILES = ['webchat.js', 'chat-client.js', 'chat-page.css'] as const;
/** A logical file name. */
export type WebFile = (typeof WEB_FILES)[number];

/** A response body with its precompressed copies. */
export interface CompressedBody {
  readonly raw: Buffer;
  readonly gzip: Buffer;
  readonly brotli: Buffer;
}

/** One static file: its public (hashed) name, its type and its bodies. */
export interface StaticFile extends CompressedBody {
  readonly publicName: string;
  readonly type: string;
}

const TYPES: Readonly<Record<string, string>> = {
  js: 'application/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Compresses a small body once (brotli at its best setting, gzip at 9); for pages and /embed.js. */
export function compress(raw: Buffer): CompressedBody {
  return {
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    brotli: brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }),
  };
}

function typeOf(name: string): string {
  return TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** The widget's static files, found once on first use. */
export class WebAssets {
  private files: ReadonlyMap<WebFile, StaticFile> | undefined;

  /** `root` is the project root (package.json, dist/, node_modules/). */
  constructor(private readonly root: string) {}

  /** The public name of a file, e.g. `webchat.0123456789abcdef.js`. */
  publicName(file: WebFile): string {
    return this.load().get(file)?.publicName ?? '';
  }

  /** The file served under `publicName`, or undefined. */
  byPublicName(publicName: string): StaticFile | undefined {
    for (const f of this.load().values()) if (f.publicName === publicName) return f;
    return undefined;
  }

  private load(): ReadonlyMap<WebFile, StaticFile> {
    this.files ??= this.fromBuild() ?? this.fromSources();
    return this.files;
  }

  /** The files the build wrote, or undefined when there is no complete build. */
  private fromBuild(): Map<WebFile, StaticFile> | undefined {
    const dir = join(this.root, 'dist', 'web');
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) return undefined;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      version?: number;
      files?: Partial<Record<WebFile, { file?: string }>>;
    };
    const out = new Map<WebFile, StaticFile>();
    for (const name of WEB_FILES) {
      const file = manifest.files?.[name]?.file;
      if (manifest.version !== 2 || file === undefined || !/^[a-z-]+\.[0-9a-f]{16}\.(js|css)$/.test(file))
        return undefined;
      const paths = [file, `${file}.gz`, `${file}.br`].map((f) => join(dir, f));
      if (!paths.every((p) => existsSync(p))) return undefined;
      const [raw, gzip, brotli] = paths.map((p) => readFileSync(p)) as [Buffer, Buffer, Buffer];
      out.set(name, { publicName: file, type: typeOf(file), raw, gzip, brotli });
    }
    return out;
  }

  /** The same files made in memory from their sources (running from source without `npm run build`). */
  private fromSources(): Map<WebFile, StaticFile> {
    const sources: Record<WebFile, string> = {
      'webchat.js': join(this.root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'),
      'chat-client.js': join(this.root, 'src', 'widget', 'web', 'assets', 'chat-client.js'),
      'chat-page.css': join(this.root, 'src', 'widget', 'web', 'assets', 'chat-page.css'),
    };
    const out = new Map<WebFile, StaticFile>();
    for (const name of WEB_FILES) {
      const raw = readFileSync(sources[name]);
      const dot = name.lastIndexOf('.');
      const publicName = `${name.slice(0, dot)}.${createHash('sha256').update(raw).digest('hex').slice(0, 16)}${name.slice(dot)}`;
      // Fast settings: this path serves developers, the build makes the smallest copies.
      const brotli = brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
      });
      out.set(name, { publicName, type: typeOf(name), raw, gzip: gzipSync(raw), brotli });
    }
    return out;
  }
}

import type { IncomingMessage } from 'node:http';

/** Why a body was not read: above the cap, a Content-Length that is no length, or the sender stopped early. */
export type BodyRefusal = 'too-large' | 'bad-length' | 'incomplete';

export class BodyReadError extends Error {
  constructor(
    readonly refusal: BodyRefusal,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'BodyReadError';
  }
}

const tooLarge = (maxBytes: number) => new BodyReadError('too-large', `请求体超过 ${maxBytes} 字节上限`);

/**
 * The length the request's Content-Length header declares, undefined without one; refused before
 * anything is read when it is no decimal length or exceeds `maxBytes`.
 */
export const declaredContentLength = (request: IncomingMessage, maxBytes: number): number | undefined => {
  const header = request.headers['content-length'];
  if (header === undefined) return undefined;
  const declared = Number(header);
  if (!/^[0-9]{1,16}$/.test(header) || !Number.isSafeInteger(declared)) throw new BodyReadError('bad-length', 'Content-Length 请求头无效');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  return declared;
};

const incomplete = (cause?: unknown) => new BodyReadError('incomplete', '请求体未传完，连接已中断', { cause });

/** The body's chunks; a connection lost midway ends them with `incomplete`. */
async function* chunksOf(request: IncomingMessage): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of request) yield chunk as Buffer;
  } catch (error) {
    throw incomplete(error);
  }
}

/** A declared body goes into one buffer of its size: no list of chunks to concatenate, so reading never holds twice the body. */
const readDeclared = async (request: IncomingMessage, length: number): Promise<Buffer> => {
  const body = Buffer.alloc(length);
  let size = 0;
  for await (const bytes of chunksOf(request)) {
    // Node's parser stops at the declared length; this guards the copy, not a case a sender can cause.
    if (size + bytes.length > length) {
      request.destroy();
      throw new BodyReadError('bad-length', '请求体比 Content-Length 声明的长');
    }
    bytes.copy(body, size);
    size += bytes.length;
  }
  if (size !== length) throw incomplete();
  return body;
};

/** A body of undeclared length (chunked) is counted as it arrives and cut off at the first byte past the cap. */
const readStreamed = async (request: IncomingMessage, maxBytes: number): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const bytes of chunksOf(request)) {
    size += bytes.length;
    if (size > maxBytes) {
      request.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
};

/**
 * Reads a request body of at most `maxBytes`. A declared Content-Length above the cap is refused
 * before a byte is read, the request left open so the caller can still answer (413, with
 * `Connection: close`); a body that grows past the cap while streaming is refused and the request
 * destroyed, so the sender cannot make the process hold more. A connection lost midway rejects.
 */
export const readBoundedBody = async (request: IncomingMessage, { maxBytes }: { maxBytes: number }): Promise<Buffer> => {
  const declared = declaredContentLength(request, maxBytes);
  return declared === undefined ? readStreamed(request, maxBytes) : readDeclared(request, declared);
};

// HTTP through SSH for services bound to 127.0.0.1: an undici dispatcher whose connector opens a
// `forwardOut` channel of the host's SSH connection to 127.0.0.1:<port> (TLS on top for https)
// instead of a TCP socket. Everything above the socket (timeouts, redirects, classification) is the
// direct prober's; a channel that cannot be opened fails like a socket would, with its reason.
import { isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import type { ClientChannel } from 'ssh2';
import { Agent } from 'undici';
import type { ProbeFailure } from '../types.js';
import { CODE_OF, type ForwardResult } from './forward.js';

/** A connect error carrying the probe failure it stands for (read back by the HTTP prober). */
export interface ChannelError extends Error {
  code?: string;
  probeFailure: ProbeFailure;
}

export function channelError(f: ProbeFailure): ChannelError {
  const error = new Error(f.error) as ChannelError;
  error.probeFailure = f;
  const code = CODE_OF[f.reason];
  if (code) error.code = code;
  return error;
}

/** The failure a thrown request error stands for when it came from a channel connector. */
export function probeFailureOf(error: unknown): ProbeFailure | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const f = (e as Partial<ChannelError>).probeFailure;
    if (f) return f;
  }
  return undefined;
}

/**
 * A dispatcher sending every request to 127.0.0.1:<URL port> on a remote host through `open`
 * (`pool.forward` bound to that host). `tls` are extra TLS options (tests: a private CA).
 */
/**
 * An ssh2 channel as a socket an HTTP client can drop: ssh2's `destroy()` only sends EOF and
 * CHANNEL_CLOSE, and the channel emits 'close' once its readable side has ended, which needs the
 * bytes left in its buffer read, which a client done with the response never does. Draining them
 * (now and whenever more arrive) lets 'close' come; undici waits for it.
 */
function asSocket(channel: ClientChannel): ClientChannel {
  const destroy = channel.destroy.bind(channel);
  let dropped = false;
  const drain = (): void => {
    while (channel.read() !== null) {
      // discard: the response is complete
    }
  };
  channel.destroy = (): ClientChannel => {
    destroy();
    if (!dropped) {
      dropped = true;
      channel.on('readable', drain);
      drain();
    }
    return channel;
  };
  return channel;
}

export function sshHttpDispatcher(open: (port: number) => Promise<ForwardResult>, tls: ConnectionOptions = {}): Agent {
  return new Agent({
    connect: (opts, callback) => {
      const https = opts.protocol === 'https:';
      const port = Number(opts.port) || (https ? 443 : 80);
      open(port).then(
        (r) => {
          if (!r.ok) return callback(channelError(r.failure), null);
          const channel = asSocket(r.stream);
          if (!https) return callback(null, channel as unknown as Socket);
          const name = opts.servername || opts.hostname;
          const socket = tlsConnect({ ...tls, socket: channel, ...(isIP(name) ? {} : { servername: name }) });
          const onError = (error: Error): void => callback(error, null);
          socket.once('error', onError);
          socket.once('secureConnect', () => {
            socket.off('error', onError);
            callback(null, socket);
          });
        },
        (error: Error) => callback(error, null),
      );
    },
  });
}

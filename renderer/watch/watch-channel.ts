import { useCallback, useEffect, useMemo, useRef } from 'react';
import { z } from 'zod';

/**
 * The Watch window and its presenter-notes window talk over one
 * BroadcastChannel (same origin only): the Watch window announces its
 * position; the notes window asks for it when it opens and can send Next or
 * Back. Every message is parsed: anything else on the channel is ignored.
 */

export const WATCH_CHANNEL = 'nextgen-trainer-watch';

const scenarioId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(64);

export const watchMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('position'), scenarioId, position: z.number().int().min(0).max(10_000) }),
  z.strictObject({ type: z.literal('command'), scenarioId, command: z.enum(['next', 'back', 'first', 'last']) }),
  z.strictObject({ type: z.literal('hello'), scenarioId }),
]);

export type WatchMessage = z.infer<typeof watchMessageSchema>;
export type WatchCommand = Extract<WatchMessage, { type: 'command' }>['command'];

export interface WatchChannel {
  post(message: WatchMessage): void;
}

/**
 * Opens the channel for as long as the component is mounted; `onMessage`
 * gets only this scenario's valid messages. Without BroadcastChannel (an old
 * engine, a test) posting does nothing.
 */
export function useWatchChannel(forScenario: string, onMessage: (message: WatchMessage) => void): WatchChannel {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const handlerRef = useRef(onMessage);
  useEffect(() => {
    handlerRef.current = onMessage;
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(WATCH_CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = watchMessageSchema.safeParse(event.data);
      if (parsed.success && parsed.data.scenarioId === forScenario) handlerRef.current(parsed.data);
    };
    return () => {
      channelRef.current = null;
      channel.close();
    };
  }, [forScenario]);

  const post = useCallback((message: WatchMessage) => channelRef.current?.postMessage(message), []);
  return useMemo(() => ({ post }), [post]);
}

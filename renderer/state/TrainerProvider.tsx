import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TrainerState, TrainerStore } from './store';

const StoreContext = createContext<TrainerStore | null>(null);

/** Hands the app's store to every screen (tests give each render its own store). */
export function TrainerProvider({ store, children }: { store: TrainerStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useTrainerStore(): TrainerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTrainer must be used inside <TrainerProvider>.');
  return store;
}

/** Reads a part of the store; the component re-renders when that part changes. */
export function useTrainer<T>(selector: (state: TrainerState) => T): T {
  return useStore(useTrainerStore(), selector);
}

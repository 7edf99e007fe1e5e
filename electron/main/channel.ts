/** The one IPC channel between the preload bridge and the main process. */
export const TRAINER_CALL_CHANNEL = 'trainer:call';

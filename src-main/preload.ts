import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from './contract/bridge';
import { createBridge } from './ipc/bridge';

/** The contract's channel names, written in at build time (electron.vite.config.ts): the schemas stay in main. */
declare const CONTRACT_CHANNELS: readonly string[];

contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  createBridge((channel, input) => ipcRenderer.invoke(channel, input), CONTRACT_CHANNELS),
);

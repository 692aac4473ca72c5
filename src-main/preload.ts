import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from './contract/bridge';
import { createBridge } from './ipc/bridge';

contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);

import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export type HubInterface = { name: string; address: string };

/**
 * The machine's IPv4 addresses the hub may listen on: the room's network first, loopback last (it
 * reaches no other device, but tests and a secretary trying the hub alone use it).
 */
export const hubInterfaces = (interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): HubInterface[] => {
  const all = Object.entries(interfaces).flatMap(([name, infos]) =>
    (infos ?? []).filter((info) => info.family === 'IPv4').map((info) => ({ name, address: info.address, internal: info.internal })),
  );
  return [...all.filter((entry) => !entry.internal), ...all.filter((entry) => entry.internal)].map(({ name, address }) => ({ name, address }));
};

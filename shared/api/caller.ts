/**
 * Who may call a host operation. `workstation`: the secretary's app at the workstation, which can
 * run the whole meeting (an expert acts there only after their PIN unlocks them in the host).
 * `expert`: one expert's own device in the meeting room, bound to one meeting and one expert.
 */
export const callScopes = ['workstation', 'expert'] as const;
export type CallScope = (typeof callScopes)[number];

/** The caller a transport has authenticated; handlers decide with it, never with what the arguments claim. */
export type Caller =
  | { scope: 'workstation'; clientId: string }
  | { scope: 'expert'; clientId: string; meetingId: string; expertId: string };

/** Every call a contract entry does not open to experts belongs to the workstation alone. */
export const workstationOnly: readonly CallScope[] = ['workstation'];

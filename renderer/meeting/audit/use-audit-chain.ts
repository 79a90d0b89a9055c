import { useEffect, useState } from 'react';
import type { HostValue } from '../../../shared/api/contract.js';
import { callHost, subscribeHostChanges } from '../../host/host-client.js';

export type AuditChainCheck = HostValue<'audit.verify'>;

/**
 * The host's walk of the whole audit chain: once when a screen opens, and again after a change of
 * no single meeting (a restore, a reconnect). Not on every save: the walk reads every entry.
 */
export const useAuditChain = (): AuditChainCheck | undefined => {
  const [check, setCheck] = useState<AuditChainCheck | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const verify = () => {
      callHost('audit.verify', {}).then(
        (next) => active && setCheck(next),
        (error: unknown) => console.error(error),
      );
    };
    verify();
    const unsubscribe = subscribeHostChanges((change) => {
      if (change.meetingId === null && change.kind !== 'hub') verify();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);
  return check;
};

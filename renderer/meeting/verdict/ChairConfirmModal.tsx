import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { ExpertGate } from '../identity/ExpertGate.js';

/** A chair-only step (定稿, 正式修订): the chair's PIN first, then the step's own form. */
export function ChairConfirmModal({ open, title, meetingId, chairId, onClose, children }: { open: boolean; title: string; meetingId: string; chairId: string; onClose: () => void; children: ReactNode }) {
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <ExpertGate meetingId={meetingId} expertId={chairId}>
        {children}
      </ExpertGate>
    </Modal>
  );
}

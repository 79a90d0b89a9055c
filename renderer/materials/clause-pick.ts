import { create } from 'zustand';

/** A clause an expert chose in the reader, for the comment form to cite. */
export type PickedClause = { number: string; heading: string; materialId: string; page: number };

type ClausePickState = {
  clause: PickedClause | null;
  pick(clause: PickedClause): void;
  clear(): void;
};

export const useClausePick = create<ClausePickState>((set) => ({
  clause: null,
  pick: (clause) => set({ clause }),
  clear: () => set({ clause: null }),
}));

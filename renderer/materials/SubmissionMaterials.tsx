import { Empty, Result, Segmented } from 'antd';
import type { Material } from '../../shared/model/submission.js';
import { useT } from '../state/app-store.js';
import { MaterialsReader } from './MaterialsReader.js';
import { materialsOf } from './prefetch-material.js';

type SubmissionMaterialsProps = {
  /** The meeting's materials, as the screen read them; this shows those of `submissionId`. */
  materials: readonly Material[];
  submissionId: string;
  /** The material on screen; the submission's first in package order (its 送审稿) when absent. */
  materialId?: string;
  onSelect(materialId: string): void;
};

/** A submission's materials, one at a time in the reader, with a switcher between them. */
export function SubmissionMaterials({ materials: ofMeeting, submissionId, materialId, onSelect }: SubmissionMaterialsProps) {
  const t = useT();
  const materials = materialsOf(ofMeeting, submissionId);
  if (materials.length === 0) return <Empty description={t('reader.route.noMaterials')} />;
  const shown = materialId === undefined ? materials[0] : materials.find((material) => material.id === materialId);
  if (!shown) return <Result status="404" title={t('reader.route.notFound', { submissionId, materialId: materialId ?? '' })} />;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, height: '100%', minHeight: 0 }}>
      <Segmented
        aria-label={t('reader.route.material')}
        style={{ alignSelf: 'flex-start' }}
        value={shown.id}
        options={materials.map((material) => ({ value: material.id, label: material.title }))}
        onChange={(value) => onSelect(String(value))}
      />
      <div style={{ flex: 1, minHeight: 0 }}>
        <MaterialsReader material={shown} />
      </div>
    </div>
  );
}

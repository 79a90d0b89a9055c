import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { codeLabelKeys, materialsEmptyKeys, subjectHeadingKeys } from '../../shared/i18n/review-kind-keys.js';
import type { ReviewType } from '../../shared/model/review-type.js';
import { materialKindSchema, standardKindSchema, type MaterialKind, type StandardKind } from '../../shared/model/submission.js';
import type { MaterialDraft, SubmissionDraft } from '../../shared/setup/meeting-draft.js';
import { formatBytes } from '../import/format-bytes.js';
import { useT } from '../state/app-store.js';
import { addMaterialFile } from './setup-actions.js';

const coDrafterSeparators = ['、', '，', ',', '；', ';'];

type Props = {
  index: number;
  /** The meeting's review kind, which names the submission and the material it requires. */
  reviewType: ReviewType;
  submission: SubmissionDraft;
  removable: boolean;
  /** Takes an update rather than a value: a material arrives after the file dialog, when the form may have moved on. */
  onChange(update: (submission: SubmissionDraft) => SubmissionDraft): void;
  onRemove(): void;
  hasError(target: string): boolean;
};

/** One submission: the standard's facts and its materials, each file copied into the store when attached. */
export function SubmissionEditor({ index, reviewType, submission, removable, onChange, onRemove, hasError }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const target = (field: string) => `submissions.${index}.${field}`;
  const status = (field: string) => (hasError(target(field)) ? 'error' : undefined);
  const set = (patch: Partial<SubmissionDraft>) => onChange((current) => ({ ...current, ...patch }));
  const setMaterials = (update: (materials: MaterialDraft[]) => MaterialDraft[]) => onChange((current) => ({ ...current, materials: update(current.materials) }));
  const setMaterial = (row: number, patch: Partial<MaterialDraft>) =>
    setMaterials((materials) => materials.map((material, i) => (i === row ? { ...material, ...patch } : material)));

  const addMaterial = async () => {
    setAdding(true);
    try {
      const material = await addMaterialFile(t('setup.materials.chooseTitle'), reviewType, submission.materials);
      if (material) {
        setMaterials((materials) => [...materials, material]);
        void message.success(t('setup.materials.added', { name: material.fileName }));
      }
    } catch (error) {
      void message.error(t('setup.materials.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setAdding(false);
    }
  };

  return (
    <Card
      size="small"
      type="inner"
      title={t(subjectHeadingKeys[reviewType], { index: index + 1 })}
      extra={
        removable && (
          <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={onRemove}>
            {t('setup.submission.remove')}
          </Button>
        )
      }
    >
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item label={t('setup.submission.standardName')} required validateStatus={status('standardName')}>
              <Input
                aria-label={`${t('setup.submission.standardName')} ${index + 1}`}
                value={submission.standardName}
                placeholder={t('setup.submission.standardName.placeholder')}
                onChange={(event) => set({ standardName: event.target.value })}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t(codeLabelKeys[reviewType])}>
              <Input
                aria-label={`${t(codeLabelKeys[reviewType])} ${index + 1}`}
                value={submission.proposedCode}
                placeholder={t('setup.submission.proposedCode.placeholder')}
                onChange={(event) => set({ proposedCode: event.target.value })}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label={t('setup.submission.standardKind')}>
              <Select<StandardKind>
                aria-label={`${t('setup.submission.standardKind')} ${index + 1}`}
                value={submission.standardKind}
                onChange={(standardKind) => set({ standardKind })}
                options={standardKindSchema.options.map((kind) => ({ value: kind, label: t(`import.standardKind.${kind}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('setup.submission.leadDrafter')} required validateStatus={status('leadDrafter')}>
              <Input
                aria-label={`${t('setup.submission.leadDrafter')} ${index + 1}`}
                value={submission.leadDrafter}
                onChange={(event) => set({ leadDrafter: event.target.value })}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={t('setup.submission.coDrafters')}>
              <Select<string[]>
                mode="tags"
                aria-label={`${t('setup.submission.coDrafters')} ${index + 1}`}
                value={submission.coDrafters}
                tokenSeparators={coDrafterSeparators}
                placeholder={t('setup.submission.coDrafters.placeholder')}
                open={false}
                suffixIcon={null}
                onChange={(coDrafters) => set({ coDrafters })}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Table<MaterialDraft>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={submission.materials}
        locale={{ emptyText: <Typography.Text type={hasError(target('materials')) ? 'danger' : 'secondary'}>{t(materialsEmptyKeys[reviewType])}</Typography.Text> }}
        columns={[
          {
            title: t('import.materials.kind'),
            width: 180,
            render: (_: unknown, material, row) => (
              <Select<MaterialKind>
                aria-label={`${t('import.materials.kind')} ${material.fileName}`}
                value={material.kind}
                style={{ width: '100%' }}
                onChange={(kind) => setMaterial(row, { kind })}
                options={materialKindSchema.options.map((kind) => ({ value: kind, label: t(`import.materialKind.${kind}`) }))}
              />
            ),
          },
          {
            title: t('import.materials.title'),
            render: (_: unknown, material, row) => (
              <Input
                aria-label={`${t('import.materials.title')} ${material.fileName}`}
                value={material.title}
                status={hasError(target(`materials.${row}.title`)) ? 'error' : undefined}
                onChange={(event) => setMaterial(row, { title: event.target.value })}
              />
            ),
          },
          { title: t('import.materials.file'), dataIndex: 'fileName', render: (name: string) => <Typography.Text type="secondary">{name}</Typography.Text> },
          { title: t('import.materials.size'), dataIndex: 'bytes', width: 100, align: 'right', render: (bytes: number) => formatBytes(bytes) },
          {
            title: t('setup.panel.actions'),
            width: 72,
            render: (_: unknown, material, row) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={`${t('setup.materials.remove')} ${material.fileName}`}
                onClick={() => setMaterials((materials) => materials.filter((_m, i) => i !== row))}
              />
            ),
          },
        ]}
      />
      <Button style={{ marginTop: 8 }} icon={<PaperClipOutlined aria-hidden />} loading={adding} onClick={() => void addMaterial()}>
        {t('setup.materials.add')}
      </Button>
    </Card>
  );
}

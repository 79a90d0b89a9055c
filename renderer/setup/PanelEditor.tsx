import { DeleteOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { expertRoleSchema, type ExpertRole } from '../../shared/model/expert.js';
import type { PanelRowDraft } from '../../shared/setup/meeting-draft.js';
import { useT } from '../state/app-store.js';
import { emptyPanelRow, isBlankPanelRow, newKey } from './meeting-draft.js';
import { PanelPasteModal } from './PanelPasteModal.js';

type TextField = 'name' | 'organization' | 'title';

/** The panel as an editable table; pasted rows replace the untouched blank rows and follow the typed ones. */
export function PanelEditor({ rows, onChange, hasError }: { rows: PanelRowDraft[]; onChange(rows: PanelRowDraft[]): void; hasError(target: string): boolean }) {
  const t = useT();
  const [pasting, setPasting] = useState(false);
  const update = (index: number, patch: Partial<PanelRowDraft>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const textCell = (field: TextField, label: string) => (_: unknown, row: PanelRowDraft, index: number) => (
    <Input
      aria-label={`${label} ${index + 1}`}
      value={row[field]}
      status={hasError(`panel.${index}.${field}`) ? 'error' : undefined}
      onChange={(event) => update(index, { [field]: event.target.value })}
    />
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('setup.panel.help')}</Typography.Text>
      <Table<PanelRowDraft>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('setup.panel.index'), width: 64, render: (_: unknown, _row, index) => index + 1 },
          { title: t('import.panel.name'), width: 140, render: textCell('name', t('import.panel.name')) },
          { title: t('import.panel.organization'), render: textCell('organization', t('import.panel.organization')) },
          { title: t('import.panel.title'), width: 180, render: textCell('title', t('import.panel.title')) },
          {
            title: t('import.panel.role'),
            width: 120,
            render: (_: unknown, row, index) => (
              <Select<ExpertRole>
                aria-label={`${t('import.panel.role')} ${index + 1}`}
                value={row.role}
                style={{ width: '100%' }}
                onChange={(role) => update(index, { role })}
                options={expertRoleSchema.options.map((role) => ({ value: role, label: t(`import.role.${role}`) }))}
              />
            ),
          },
          {
            title: t('setup.panel.actions'),
            width: 72,
            render: (_: unknown, _row, index) => (
              <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('setup.panel.remove')} ${index + 1}`} onClick={() => onChange(rows.filter((_r, i) => i !== index))} />
            ),
          },
        ]}
      />
      <Space>
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => onChange([...rows, emptyPanelRow()])}>
          {t('setup.panel.add')}
        </Button>
        <Button icon={<SnippetsOutlined aria-hidden />} onClick={() => setPasting(true)}>
          {t('setup.panel.paste')}
        </Button>
      </Space>
      <PanelPasteModal
        open={pasting}
        onClose={() => setPasting(false)}
        onApply={(pasted) =>
          onChange([
            ...rows.filter((row) => !isBlankPanelRow(row)),
            ...pasted.map(({ name, organization, title, role }) => ({ key: newKey(), name, organization, title, role })),
          ])
        }
      />
    </Space>
  );
}

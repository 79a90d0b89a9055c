import { Alert, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../state/app-store.js';
import { parsePastedPanel, type PastedPanelRow, type PasteProblem } from './panel-paste.js';

function ProblemLine({ problem }: { problem: PasteProblem }) {
  const t = useT();
  return (
    <li>
      {problem.kind === 'missing-name'
        ? t('setup.paste.missingName', { line: problem.line })
        : t('setup.paste.unknownRole', { line: problem.line, value: problem.value })}
    </li>
  );
}

/** 「从表格粘贴」: shows what was recognised in the pasted rows before they join the panel. */
export function PanelPasteModal({ open, onClose, onApply }: { open: boolean; onClose(): void; onApply(rows: PastedPanelRow[]): void }) {
  const t = useT();
  const [text, setText] = useState('');
  const parsed = useMemo(() => parsePastedPanel(text), [text]);
  const close = () => {
    setText('');
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('setup.paste.title')}
      width={760}
      okText={t('setup.paste.apply')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: parsed.rows.length === 0 }}
      onCancel={close}
      onOk={() => {
        onApply(parsed.rows);
        close();
      }}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('setup.paste.help')}</Typography.Text>
        <Input.TextArea
          aria-label={t('setup.paste.title')}
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('setup.paste.placeholder')}
          style={{ fontFamily: 'monospace' }}
        />
        {text.trim() !== '' && (
          <>
            <Space>
              <Typography.Text strong>{parsed.rows.length > 0 ? t('setup.paste.found', { count: parsed.rows.length }) : t('setup.paste.nothing')}</Typography.Text>
              {parsed.headerSkipped && <Tag>{t('setup.paste.headerSkipped')}</Tag>}
            </Space>
            {parsed.problems.length > 0 && (
              <Alert
                type="warning"
                showIcon
                message={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {parsed.problems.map((problem) => (
                      <ProblemLine key={`${problem.line}-${problem.kind}`} problem={problem} />
                    ))}
                  </ul>
                }
              />
            )}
            {parsed.rows.length > 0 && (
              <Table<PastedPanelRow>
                size="small"
                rowKey="line"
                pagination={false}
                scroll={{ y: 200 }}
                dataSource={parsed.rows}
                columns={[
                  { title: t('import.panel.name'), dataIndex: 'name', width: 110 },
                  { title: t('import.panel.organization'), dataIndex: 'organization' },
                  { title: t('import.panel.title'), dataIndex: 'title', width: 150 },
                  { title: t('import.panel.role'), dataIndex: 'role', width: 90, render: (role: PastedPanelRow['role']) => t(`import.role.${role}`) },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}

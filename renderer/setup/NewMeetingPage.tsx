import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { addSubjectKeys, subjectsTitleKeys } from '../../shared/i18n/review-kind-keys.js';
import { reviewTypeSchema, type ReviewType } from '../../shared/model/review-type.js';
import type { MeetingDraft } from '../../shared/setup/meeting-draft.js';
import { validateMeetingDraft, type SetupIssue } from '../../shared/setup/validate-draft.js';
import { useT } from '../state/app-store.js';
import { navigate } from '../state/route.js';
import { emptyMeetingDraft, emptySubmission, isBlankPanelRow } from './meeting-draft.js';
import { PanelEditor } from './PanelEditor.js';
import { saveMeetingDraft } from './setup-actions.js';
import { SubmissionEditor } from './SubmissionEditor.js';

function IssueList({ issues, type, title }: { issues: SetupIssue[]; type: 'error' | 'warning'; title: string }) {
  const t = useT();
  return (
    <Alert
      type={type}
      showIcon
      message={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {issues.map((issue) => (
            <li key={`${issue.key}-${issue.target}`}>{t(issue.key, issue.params)}</li>
          ))}
        </ul>
      }
    />
  );
}

/** `#/meetings/new`: 「新建审评会」 by hand, for a meeting without a review package. */
export function NewMeetingPage() {
  const t = useT();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<MeetingDraft>(emptyMeetingDraft);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const issues = useMemo(() => validateMeetingDraft(draft), [draft]);
  const errors = attempted ? issues.filter((issue) => issue.level === 'error') : [];
  const warnings = issues.filter((issue) => issue.level === 'warning');
  const hasError = (target: string) => errors.some((issue) => issue.target === target);
  const set = (patch: Partial<MeetingDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const save = async () => {
    const cleaned = { ...draft, panel: draft.panel.filter((row) => !isBlankPanelRow(row)) };
    setDraft(cleaned);
    setAttempted(true);
    if (validateMeetingDraft(cleaned).some((issue) => issue.level === 'error')) {
      window.scrollTo({ top: 0 });
      return;
    }
    setSaving(true);
    try {
      const meetingId = await saveMeetingDraft(cleaned);
      void message.success(t('setup.saved', { title: cleaned.title.trim() }));
      navigate('meetings', meetingId);
    } catch (error) {
      void message.error(t('setup.failed', { message: error instanceof Error ? error.message : String(error) }));
      setSaving(false);
    }
  };

  const actions = (
    <Space>
      <Button onClick={() => navigate('meetings')}>{t('common.cancel')}</Button>
      <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={saving} onClick={() => void save()}>
        {t('setup.save')}
      </Button>
    </Space>
  );

  return (
    <Card title={t('setup.title')} extra={actions}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {errors.length > 0 ? <IssueList issues={errors} type="error" title={t('setup.errors')} /> : null}
        {warnings.length > 0 ? <IssueList issues={warnings} type="warning" title={t('setup.warnings')} /> : null}

        <section>
          <Typography.Title level={5}>{t('setup.meeting')}</Typography.Title>
          <Form layout="vertical" component="div">
            <Row gutter={16}>
              <Col span={16}>
                <Form.Item label={t('setup.meeting.title')} required validateStatus={hasError('meeting.title') ? 'error' : undefined}>
                  <Input aria-label={t('setup.meeting.title')} value={draft.title} placeholder={t('setup.meeting.title.placeholder')} onChange={(event) => set({ title: event.target.value })} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item label={t('setup.meeting.reviewType')} required>
                  <Select<ReviewType>
                    aria-label={t('setup.meeting.reviewType')}
                    value={draft.reviewType}
                    onChange={(reviewType) => set({ reviewType })}
                    options={reviewTypeSchema.options.map((type) => ({ value: type, label: t(`reviewType.${type}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item label={t('setup.meeting.startsAt')} required validateStatus={hasError('meeting.startsAt') ? 'error' : undefined}>
                  <Input
                    aria-label={t('setup.meeting.startsAt')}
                    value={draft.startsAt}
                    placeholder={t('setup.meeting.startsAt.placeholder')}
                    onChange={(event) => set({ startsAt: event.target.value })}
                  />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item label={t('setup.meeting.venue')}>
                  <Input aria-label={t('setup.meeting.venue')} value={draft.venue} placeholder={t('setup.meeting.venue.placeholder')} onChange={(event) => set({ venue: event.target.value })} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item label={t('setup.meeting.organizer')}>
                  <Input
                    aria-label={t('setup.meeting.organizer')}
                    value={draft.organizer}
                    placeholder={t('setup.meeting.organizer.placeholder')}
                    onChange={(event) => set({ organizer: event.target.value })}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </section>

        <section>
          <Typography.Title level={5}>{t('setup.panel', { count: draft.panel.filter((row) => !isBlankPanelRow(row)).length })}</Typography.Title>
          <PanelEditor rows={draft.panel} onChange={(panel) => set({ panel })} hasError={hasError} />
        </section>

        <section>
          <Typography.Title level={5}>{t(subjectsTitleKeys[draft.reviewType])}</Typography.Title>
          <Space direction="vertical" style={{ width: '100%' }}>
            {draft.submissions.map((submission, index) => (
              <SubmissionEditor
                key={submission.key}
                index={index}
                reviewType={draft.reviewType}
                submission={submission}
                removable={draft.submissions.length > 1}
                hasError={hasError}
                onChange={(update) => setDraft((current) => ({ ...current, submissions: current.submissions.map((s) => (s.key === submission.key ? update(s) : s)) }))}
                onRemove={() => setDraft((current) => ({ ...current, submissions: current.submissions.filter((s) => s.key !== submission.key) }))}
              />
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => set({ submissions: [...draft.submissions, emptySubmission()] })}>
              {t(addSubjectKeys[draft.reviewType])}
            </Button>
          </Space>
        </section>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>{actions}</div>
      </Space>
    </Card>
  );
}

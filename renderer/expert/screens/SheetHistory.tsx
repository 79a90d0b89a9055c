import { Button, Drawer, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { rubricFor } from '../../../shared/engine/review-config.js';
import { sheetTotal } from '../../../shared/engine/sheet-total.js';
import type { Meeting } from '../../../shared/model/meeting.js';
import type { Submission } from '../../../shared/model/submission.js';
import { callHost } from '../../host/host-client.js';
import { useHostQuery } from '../../host/use-host-query.js';
import { formatTime } from '../../meeting/review/format-time.js';
import { useT } from '../../state/app-store.js';
import { readKept } from '../sync/expert-reads.js';

/** The expert's own submitted versions of one sheet, each with its revision reason, from `sheet.history`. */
export function SheetHistory({ meeting, submission }: { meeting: Meeting; submission: Submission }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const history = useHostQuery(
    () => (open ? readKept(`history:${meeting.id}/${submission.id}`, () => callHost('sheet.history', { meetingId: meeting.id, submissionId: submission.id })) : Promise.resolve(null)),
    [open, submission.id],
    meeting.id,
    { submissionId: submission.id },
  );
  const rubric = rubricFor(meeting);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        {t('expert.draft.history')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('expert.draft.history')} destroyOnHidden>
        {history === undefined || history === null || history.versions.length === 0 ? (
          <Empty description={t('expert.history.empty')} />
        ) : (
          <List
            dataSource={history.versions}
            renderItem={(version) => (
              <List.Item key={version.versionNo}>
                <div>
                  <Typography.Text strong>
                    {t('expert.history.version', { n: version.versionNo, time: formatTime(version.submittedAt, meeting), total: sheetTotal(rubric, version.scores).points })}
                  </Typography.Text>
                  {version.reason !== '' && <Typography.Paragraph style={{ margin: 0 }}>{t('expert.history.reason', { reason: version.reason })}</Typography.Paragraph>}
                </div>
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}

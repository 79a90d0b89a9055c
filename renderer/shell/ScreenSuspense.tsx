import { Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useT } from '../state/app-store.js';

/** A screen's chunk normally arrives within a frame or two; the spinner shows only when it does not. */
const spinnerDelayMs = 300;

/** Where a lazily loaded screen waits for its chunk, inside the app frame so the menu stays. */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<Spin delay={spinnerDelayMs} tip={t('common.loading')} />}>{children}</Suspense>;
}

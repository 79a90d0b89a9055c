import { networkInterfaces } from 'node:os';
import { expect, type Locator, type Page } from '@playwright/test';

/** The loopback interface as the 会场联网 drawer names it. */
export const loopbackLabel = (): string => {
  const name = Object.entries(networkInterfaces()).find(([, addresses]) => addresses?.some((a) => a.family === 'IPv4' && a.address === '127.0.0.1'))?.[0];
  if (name === undefined) throw new Error('本机没有 127.0.0.1');
  return `${name}（地址 127.0.0.1）`;
};

/** The secretary starts the hub from the open 「会场联网」 drawer on loopback, over plain HTTP; the join address and meeting code as the drawer shows them. */
export const startLoopbackHub = async (page: Page, drawer: Locator): Promise<{ url: string; meetingCode: string }> => {
  await drawer.getByRole('combobox', { name: '网络接口', exact: true }).click();
  await page.getByTitle(loopbackLabel(), { exact: true }).click();
  await drawer.getByRole('switch', { name: '使用 HTTPS（加密）', exact: true }).click();
  await drawer.getByRole('button', { name: '开启会场联网', exact: true }).click();
  const qr = drawer.getByRole('img', { name: /^加入地址二维码：http:\/\/127\.0\.0\.1:\d+\/$/u });
  await expect(qr).toBeVisible();
  const url = (await qr.getAttribute('alt'))!.replace('加入地址二维码：', '');
  const meetingCode = (await drawer.getByLabel('会议码', { exact: true }).textContent())!.trim();
  return { url, meetingCode };
};

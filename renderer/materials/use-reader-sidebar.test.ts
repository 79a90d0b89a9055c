import { describe, expect, it } from 'vitest';
import { sidebarPlacement, sidebarWidth } from './use-reader-sidebar.js';

const needed = 683;

describe('sidebarPlacement', () => {
  it('docks the sidebar by default where the page beside it stays readable', () => {
    expect(sidebarPlacement(null, needed + sidebarWidth, needed)).toBe('docked');
    expect(sidebarPlacement(false, needed + sidebarWidth, needed)).toBe('closed');
  });

  it('starts closed where the page would shrink, and floats over the page when opened there', () => {
    expect(sidebarPlacement(null, needed + sidebarWidth - 1, needed)).toBe('closed');
    expect(sidebarPlacement(true, needed + sidebarWidth - 1, needed)).toBe('floating');
  });

  it('keeps the sidebar closed before the reader has been measured', () => {
    expect(sidebarPlacement(null, 0, needed)).toBe('closed');
  });
});

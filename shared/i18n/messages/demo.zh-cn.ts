/** The fictional demo meeting offered on the empty meeting list. */
export const demoZhCN = {
  'demo.load': '载入示例审评会',
  'demo.hint': '载入一次虚构的“浙江制造”标准技术审评会（3 项送审标准、7 位专家），用于熟悉审评流程',
  'demo.failed': '无法载入示例审评会：{message}',
} as const;

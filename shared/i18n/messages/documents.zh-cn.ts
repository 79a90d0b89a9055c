/** Generating and saving the meeting's documents (minutes, score sheets, signature sheet, comment table). */
export const documentsZhCN = {
  'documents.generate': '生成文档',
  'documents.exportAll': '导出全部',
  'documents.notYet': '表决开始后才能生成文档（独立评分期间评分保密）',
  'documents.noneYet': '还没有进入表决的审评项目',
  'documents.chooseFolder': '选择保存审评文档的文件夹',
  'documents.progress.title': '正在生成审评文档',
  'documents.progress.fonts': '正在加载字体…',
  'documents.progress.file': '第 {done} / {total} 个文件：{name}',
  'documents.progress.saving': '正在保存 {total} 个文件…',
  'documents.done.title': '审评文档已保存',
  'documents.done.revealed': '已在文件管理器中打开所在文件夹。',
  'documents.done.folder': '保存位置：{folder}',
  'documents.done.count': '共 {count} 个文件（PDF 和 Word 各一份）',
  'documents.failed': '生成文档失败：{message}',
} as const;

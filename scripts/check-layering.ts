import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { extname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

// Do not relax these rules. The folder a file sits in says where it runs (DESIGN.md section 3):
// shared/ runs in the renderer, in Electron main and in the bureau, so it may depend on none of
// them; node/ runs in Electron main and in the bureau, so it may depend on neither; the renderer
// reaches the host only through the API contract; nothing ships test code, and only tests import it.
// A failing check means the import is in the wrong place, not that the rule is too strict.

type Layer = 'shared' | 'node' | 'renderer' | 'electron' | 'bureau' | 'test' | 'scripts' | 'other';

/** What a layer may reach; `true` means allowed. */
interface LayerRules {
  /**
   * What a file of this layer may reach with a relative import besides its own folder: our top
   * folders, and `other` for the rest of the repository (resources/, package.json). test/ is
   * never listed for product code: only tests may import it.
   */
  mayImport: readonly Layer[];
  nodeBuiltins: boolean;
  electronPackage: boolean;
  hostPackages: boolean;
  hostGlobals: boolean;
  /** Dynamic imports and requires must name a literal module, or the other rules can be dodged. */
  literalSpecifiers: boolean;
}

const codeFolders: readonly Layer[] = ['shared', 'node', 'renderer', 'electron', 'bureau', 'test', 'scripts'];

/** Build scripts, configs and test code run in Node on a developer's machine and ship nothing; only test code may reach into test/. */
const toolingRules: LayerRules = {
  mayImport: ['shared', 'node', 'renderer', 'electron', 'bureau', 'scripts', 'other'],
  nodeBuiltins: true,
  electronPackage: true,
  hostPackages: true,
  hostGlobals: true,
  literalSpecifiers: false,
};

const layerRules: Record<Layer, LayerRules> = {
  shared: {
    mayImport: [],
    nodeBuiltins: false,
    electronPackage: false,
    hostPackages: false,
    hostGlobals: false,
    literalSpecifiers: true,
  },
  node: {
    mayImport: ['shared'],
    nodeBuiltins: true,
    electronPackage: false,
    hostPackages: true,
    hostGlobals: true,
    literalSpecifiers: true,
  },
  renderer: {
    mayImport: ['shared', 'other'],
    nodeBuiltins: false,
    electronPackage: false,
    hostPackages: true,
    hostGlobals: true,
    literalSpecifiers: true,
  },
  electron: {
    mayImport: ['shared', 'node', 'other'],
    nodeBuiltins: true,
    electronPackage: true,
    hostPackages: true,
    hostGlobals: true,
    literalSpecifiers: true,
  },
  bureau: {
    mayImport: ['shared', 'node', 'other'],
    nodeBuiltins: true,
    electronPackage: false,
    hostPackages: true,
    hostGlobals: true,
    literalSpecifiers: true,
  },
  test: toolingRules,
  scripts: toolingRules,
  other: toolingRules,
};

/** Packages that need a DOM or a Node host; shared/ code must run in both. */
const hostPackages = ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'antd', '@ant-design', 'zustand', 'electron-store', 'conf'];

/** Globals that exist only in a browser or only in Node. */
const hostGlobals = new Set([
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
]);

const sourceExtensions = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const skippedDirectories = new Set(['node_modules', 'dist', 'release', 'coverage', 'test-results', 'playwright-report']);
const testFilePattern = /\.test\.[cm]?[jt]sx?$/;

export type RuleId =
  | 'cross-layer-import'
  | 'test-import'
  | 'node-builtin'
  | 'electron-package'
  | 'host-package'
  | 'host-global'
  | 'computed-import';

export interface Violation {
  /** Path relative to the checked root, with forward slashes. */
  file: string;
  line: number;
  rule: RuleId;
  message: string;
}

export interface LayeringReport {
  filesChecked: number;
  violations: Violation[];
}

interface ModuleReference {
  specifier: string | undefined;
  node: ts.Node;
}

function layerOf(relativePath: string): Layer {
  const top = relativePath.split('/')[0] as Layer;
  return codeFolders.includes(top) ? top : 'other';
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function isHostPackage(specifier: string): boolean {
  const name = packageName(specifier);
  return hostPackages.some((host) => name === host || name.startsWith(`${host}/`));
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
}

function stringArgument(node: ts.Node | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

function moduleReferences(sourceFile: ts.SourceFile): ModuleReference[] {
  const found: ModuleReference[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      found.push({ specifier: stringArgument(node.moduleSpecifier), node });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      found.push({ specifier: stringArgument(node.moduleReference.expression), node });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      found.push({ specifier: stringArgument(node.argument.literal), node });
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) found.push({ specifier: stringArgument(node.arguments[0]), node });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Names the file declares itself; a local `process` or `document` is not the host global. */
function declaredNames(sourceFile: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isClassDeclaration(node) ||
        ts.isClassExpression(node) ||
        ts.isImportClause(node) ||
        ts.isImportSpecifier(node) ||
        ts.isNamespaceImport(node) ||
        ts.isImportEqualsDeclaration(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isTypeParameterDeclaration(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return names;
}

/** True where an identifier names a member, a key or a declaration rather than reading a variable. */
function isNameNotReference(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === identifier;
  if (ts.isQualifiedName(parent)) return parent.right === identifier;
  if (ts.isBindingElement(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) {
    return parent.propertyName === identifier || parent.name === identifier;
  }
  if (
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isGetAccessorDeclaration(parent) ||
    ts.isSetAccessorDeclaration(parent) ||
    ts.isEnumMember(parent) ||
    ts.isModuleDeclaration(parent) ||
    ts.isJsxAttribute(parent) ||
    ts.isMetaProperty(parent)
  ) {
    return parent.name === identifier;
  }
  return ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent);
}

function hostGlobalUses(sourceFile: ts.SourceFile): ts.Identifier[] {
  const declared = declaredNames(sourceFile);
  const uses: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && hostGlobals.has(node.text) && !declared.has(node.text) && !isNameNotReference(node)) {
      uses.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return uses;
}

function referenceViolation(
  reference: ModuleReference,
  file: string,
  rules: LayerRules,
  isTest: boolean,
): { rule: RuleId; message: string } | undefined {
  const layer = layerOf(file);
  const { specifier } = reference;
  if (specifier === undefined) {
    return rules.literalSpecifiers && !isTest
      ? { rule: 'computed-import', message: `${layer}/ may only load modules named by a string literal, so the layering can be checked` }
      : undefined;
  }
  if (isRelative(specifier)) {
    const target = posix.join(posix.dirname(file), specifier);
    if (target === '..' || target.startsWith('../')) {
      return { rule: 'cross-layer-import', message: `'${specifier}' leaves the repository` };
    }
    const targetLayer = layerOf(target);
    if (targetLayer === layer) return undefined;
    if (targetLayer === 'test') {
      return isTest ? undefined : { rule: 'test-import', message: `'${specifier}' reaches into test/; only tests may import test code` };
    }
    if (!rules.mayImport.includes(targetLayer)) {
      const reach = targetLayer === 'other' ? 'outside every code folder' : `into ${targetLayer}/`;
      const allowed = [layer, ...rules.mayImport.filter((folder) => folder !== 'other')].map((folder) => `${folder}/`).join(', ');
      return { rule: 'cross-layer-import', message: `'${specifier}' reaches ${reach}; ${layer}/ may import only ${allowed}` };
    }
    return undefined;
  }
  if (isBuiltin(specifier)) {
    return rules.nodeBuiltins || isTest
      ? undefined
      : { rule: 'node-builtin', message: `'${specifier}' is a Node built-in; ${layer}/ code must also run in a browser` };
  }
  if (packageName(specifier) === 'electron') {
    return rules.electronPackage
      ? undefined
      : { rule: 'electron-package', message: `'${specifier}' is Electron; of the product's code only electron/ may import it` };
  }
  if (isHostPackage(specifier) && !rules.hostPackages) {
    return { rule: 'host-package', message: `'${specifier}' needs a DOM or Node host; ${layer}/ must run everywhere` };
  }
  return undefined;
}

/** Checks one file's text; `file` is its path relative to the repository root, with forward slashes. */
export function checkSource(file: string, text: string): Violation[] {
  const rules = layerRules[layerOf(file)];
  const isTest = testFilePattern.test(file);
  const scriptKind = /\.[jt]sx$/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind);
  const lineAt = (pos: number): number => sourceFile.getLineAndCharacterOfPosition(pos).line + 1;
  const violations: Violation[] = [];
  for (const reference of moduleReferences(sourceFile)) {
    const found = referenceViolation(reference, file, rules, isTest);
    if (found) violations.push({ file, line: lineAt(reference.node.getStart(sourceFile)), ...found });
  }
  // A triple-slash reference would bring back the Node or DOM types the folder's tsconfig leaves out.
  for (const directive of sourceFile.typeReferenceDirectives) {
    if (directive.fileName === 'node' && !rules.nodeBuiltins && !isTest) {
      violations.push({ file, line: lineAt(directive.pos), rule: 'node-builtin', message: `'/// <reference types="node" />' brings Node into code that must also run in a browser` });
    }
  }
  // Tests run in Node (with happy-dom where needed), so host globals are theirs to use.
  if (!rules.hostGlobals && !isTest) {
    for (const directive of sourceFile.libReferenceDirectives) {
      if (directive.fileName.toLowerCase().startsWith('dom')) {
        violations.push({ file, line: lineAt(directive.pos), rule: 'host-global', message: `'/// <reference lib="${directive.fileName}" />' brings the DOM into code that must also run in Node` });
      }
    }
    for (const use of hostGlobalUses(sourceFile)) {
      violations.push({
        file,
        line: lineAt(use.getStart(sourceFile)),
        rule: 'host-global',
        message: `'${use.text}' exists only in a browser or only in Node; ${layerOf(file)}/ must run in both`,
      });
    }
  }
  return violations;
}

function sourceFiles(root: string, directory = root): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) files.push(...sourceFiles(root, path));
    } else if (entry.isFile() && sourceExtensions.has(extname(entry.name))) {
      files.push(relative(root, path).split(sep).join('/'));
    }
  }
  return files;
}

/** Checks every source file under `root` (a repository laid out as DESIGN.md section 3). */
export function checkLayering(root: string): LayeringReport {
  const files = sourceFiles(root).sort();
  const violations = files.flatMap((file) => checkSource(file, readFileSync(join(root, file), 'utf8')));
  return { filesChecked: files.length, violations };
}

export function formatViolation(violation: Violation): string {
  return `${violation.file}:${violation.line}  ${violation.rule} — ${violation.message}`;
}

function main(): void {
  const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
  const { filesChecked, violations } = checkLayering(root);
  for (const violation of violations) console.error(formatViolation(violation));
  if (violations.length > 0) {
    console.error(`layering: ${filesChecked} files checked, ${violations.length} violation(s) of DESIGN.md section 3`);
    process.exitCode = 1;
  } else {
    console.log(`layering: ${filesChecked} files checked, no violations`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

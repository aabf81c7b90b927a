// Fails when any public type of the installed package is `any` as a host's compiler sees it under
// `module: nodenext`. Walks every export of every entry point, and through the package's own
// properties, parameters, return types, type arguments and index signatures: an import the
// declarations cannot resolve turns into `any` silently (even with skipLibCheck), and is caught here.
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const entryFile = `${root}public-api.ts`;
const options = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  jsx: ts.JsxEmit.ReactJSX,
  types: ['node'],
};
const program = ts.createProgram([entryFile], options);
const checker = program.getTypeChecker();
const source = program.getSourceFile(entryFile);
const problems = [];

for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  problems.push(`diagnostic: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
}

const isOwn = (node) => node.getSourceFile().fileName.includes('/node_modules/paid-analytics-react/');
const isStandard = (node) => /\/typescript\/lib\/lib\.[^/]*\.d\.ts$/.test(node.getSourceFile().fileName);
const isPrivate = (declaration) =>
  (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Private) !== 0 || declaration.name?.kind === ts.SyntaxKind.PrivateIdentifier;
/** Aliases that are `any` on purpose, by their documented design. */
const INTENDED_ANY = new Set([
  'AnyNamedQuery', // "a named query of any params and row type": the registry's element type
]);
const seen = new Set();
let checked = 0;

function visit(type, path, depth) {
  checked += 1;
  if (type.flags & ts.TypeFlags.Any) {
    problems.push(`${path} is ${type.intrinsicName === 'error' ? 'any (unresolved import)' : 'any'}`);
    return;
  }
  if (depth > 6 || seen.has(type) || INTENDED_ANY.has(type.aliasSymbol?.name)) return;
  seen.add(type);
  if (type.isUnionOrIntersection()) {
    type.types.forEach((member, index) => visit(member, `${path}|${index}`, depth + 1));
    return;
  }
  if (!(type.flags & ts.TypeFlags.Object)) return;
  // Type arguments of the package's own generics and of standard containers (Array, Promise, Map…);
  // another library's generics (React's ReactElement<any>) are that library's business.
  const target = type.objectFlags & ts.ObjectFlags.Reference ? type.target : undefined;
  if (target !== undefined && (target.symbol?.declarations ?? []).some((node) => isOwn(node) || isStandard(node))) {
    const parameters = target.typeParameters ?? [];
    checker.getTypeArguments(type).forEach((argument, index) => {
      // `Iterable<T, TReturn = any, TNext = any>`: a standard default of `any` is the standard's.
      const defaulted = parameters[index]?.symbol?.declarations?.some((node) => node.default !== undefined && isStandard(node));
      if (!defaulted) visit(argument, `${path}<${index}>`, depth + 1);
    });
  }

  const own = (type.aliasSymbol ?? type.symbol)?.declarations?.some(isOwn) ?? false;
  for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
    if (!isOwn(signature.getDeclaration())) continue;
    for (const parameter of signature.getParameters()) {
      visit(checker.getTypeOfSymbol(parameter), `${path}(${parameter.name})`, depth + 1);
    }
    visit(checker.getReturnTypeOfSignature(signature), `${path}()`, depth + 1);
  }
  if (!own) return;
  for (const property of checker.getPropertiesOfType(type)) {
    if (!property.declarations?.some(isOwn) || property.declarations.some(isPrivate)) continue;
    visit(checker.getTypeOfSymbol(property), `${path}.${property.name}`, depth + 1);
  }
  for (const info of checker.getIndexInfosOfType(type)) visit(info.type, `${path}[]`, depth + 1);
}

const exportsByEntry = {};
for (const namespace of checker.getExportsOfModule(checker.getSymbolAtLocation(source))) {
  const entry = checker.getAliasedSymbol(namespace);
  const names = [];
  for (const exported of checker.getExportsOfModule(entry)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const path = `${namespace.name}.${exported.name}`;
    names.push(exported.name);
    if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) {
      visit(checker.getDeclaredTypeOfSymbol(symbol), path, 0);
    }
    if (symbol.flags & ts.SymbolFlags.Value) visit(checker.getTypeOfSymbol(symbol), path, 0);
  }
  exportsByEntry[namespace.name] = names.length;
}

if (Object.keys(exportsByEntry).length !== 5 || Object.values(exportsByEntry).some((count) => count === 0)) {
  problems.push(`expected exports from all five entries, got ${JSON.stringify(exportsByEntry)}`);
}
if (problems.length > 0) {
  console.error(`check-public-types: ${problems.length} problem(s)\n${problems.slice(0, 50).join('\n')}`);
  process.exit(1);
}
console.log(JSON.stringify({ ok: true, exports: exportsByEntry, typesChecked: checked }));

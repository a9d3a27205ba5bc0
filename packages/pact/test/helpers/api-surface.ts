import ts from 'typescript';

/** One side of the comparison: a type checker and the exports of a package's entry declarations. */
interface Side {
  checker: ts.TypeChecker;
  exports: Map<string, ts.Symbol>;
}

function load(entry: string): Side {
  const program = ts.createProgram([entry], { strict: true, skipLibCheck: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const exports = new Map(checker.getExportsOfModule(module).map((s) => [s.name, resolveAlias(checker, s)] as const));
  return { checker, exports };
}

function resolveAlias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function isPublic(symbol: ts.Symbol): boolean {
  const decl = symbol.declarations?.[0];
  if (!decl) return true;
  const flags = ts.getCombinedModifierFlags(decl);
  return (
    !(flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) &&
    !symbol.name.startsWith('#') &&
    !symbol.name.startsWith('__@')
  );
}

function members(checker: ts.TypeChecker, type: ts.Type): Map<string, ts.Symbol> {
  return new Map(
    checker
      .getPropertiesOfType(type)
      .filter(isPublic)
      .map((s) => [s.name, s] as const),
  );
}

function namedObject(checker: ts.TypeChecker, type: ts.Type | undefined): ts.Type | undefined {
  if (!type) return undefined;
  if (type.isUnion()) type = type.types.find((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  if (type?.symbol?.name === 'Promise') type = checker.getTypeArguments(type as ts.TypeReference)[0];
  const name = type?.symbol?.name ?? type?.aliasSymbol?.name;
  const objectLike =
    type &&
    type.flags & ts.TypeFlags.Object &&
    name &&
    !['Promise', 'Array', 'Object', '__type', 'Function', 'Buffer'].includes(name);
  return objectLike ? type : undefined;
}

// The object types a method leads to, to walk builder chains: its return type (through Promise) and
// the argument types of the builder callbacks it takes (`withRequest(method, path, (builder) => ...)`).
function reached(checker: ts.TypeChecker, member: ts.Symbol, at: ts.Node): Array<ts.Type | undefined> {
  const signature = checker.getTypeOfSymbolAtLocation(member, at).getCallSignatures()[0];
  if (!signature) return [];
  const callbacks = signature.getParameters().map((parameter) => {
    const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(parameter, at));
    const callback = type.getCallSignatures()[0]?.getParameters()[0];
    return callback && namedObject(checker, checker.getTypeOfSymbolAtLocation(callback, at));
  });
  return [namedObject(checker, checker.getReturnTypeOfSignature(signature)), ...callbacks];
}

/**
 * Compare the public API of two packages' declarations: every export; every exported class's instance and
 * static members through its inheritance chain; every exported interface's members; and every builder type
 * reached from those through method return types (compared with the type our method returns).
 * Returns the names pact-js has and we lack, as `Type.member` (or `export Name`), and the types compared.
 * @example compareSurface(require.resolve('@pact-foundation/pact'), require.resolve('@treaty/pact')).missing
 */
export function compareSurface(theirEntry: string, ourEntry: string): { missing: string[]; compared: string[] } {
  const theirs = load(theirEntry);
  const ours = load(ourEntry);
  const missing = new Set<string>();
  const queue: Array<[string, ts.Type, ts.Type]> = [];
  const seen = new Set<string>();
  for (const [name, symbol] of theirs.exports) {
    const mine = ours.exports.get(name);
    if (!mine) {
      missing.add(`export ${name}`);
      continue;
    }
    if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
      queue.push([name, theirs.checker.getDeclaredTypeOfSymbol(symbol), ours.checker.getDeclaredTypeOfSymbol(mine)]);
    }
    if (symbol.flags & ts.SymbolFlags.Class && mine.valueDeclaration) {
      const statics = theirs.checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration!);
      queue.push([`${name} (static)`, statics, ours.checker.getTypeOfSymbolAtLocation(mine, mine.valueDeclaration)]);
    }
  }
  while (queue.length > 0) {
    const [label, theirType, ourType] = queue.shift()!;
    if (seen.has(label)) continue;
    seen.add(label);
    const mine = members(ours.checker, ourType);
    for (const [memberName, member] of members(theirs.checker, theirType)) {
      if (memberName === 'prototype') continue;
      const counterpart = mine.get(memberName);
      if (!counterpart) {
        missing.add(`${label}.${memberName}`);
        continue;
      }
      const next = reached(theirs.checker, member, member.declarations?.[0] ?? member.valueDeclaration!);
      const ourNext = counterpart.declarations?.[0]
        ? reached(ours.checker, counterpart, counterpart.declarations[0])
        : [];
      next.forEach((type, i) => {
        const name = type && (type.aliasSymbol?.name ?? type.symbol?.name);
        if (type && ourNext[i] && name) queue.push([name, type, ourNext[i]!]);
      });
    }
  }
  return { missing: [...missing].sort(), compared: [...seen].sort() };
}

import { isAbsolute, relative, sep } from 'node:path';
import * as protobuf from 'protobufjs';

interface FileDescriptor {
  name?: string;
  package?: string;
  dependency?: string[];
  messageType?: Array<{ field?: Array<{ typeName?: string }>; nestedType?: unknown[] }>;
  service?: Array<{ method?: Array<{ inputType?: string; outputType?: string }> }>;
}

/** A loaded file's name as protoc would write it: relative to the include directory it was found in. */
function nameFor(filename: string, includes: string[]): string {
  for (const dir of includes) {
    const rel = relative(dir, filename);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return filename.split(sep).pop() ?? filename;
}

function firstFilename(namespace: protobuf.NamespaceBase | null): string | undefined {
  for (const nested of namespace?.nestedArray ?? []) {
    if (nested instanceof protobuf.Type || nested instanceof protobuf.Enum || nested instanceof protobuf.Service) {
      if (nested.filename) return nested.filename;
    }
  }
  return undefined;
}

function referencedTypes(file: FileDescriptor): string[] {
  const out: string[] = [];
  const walk = (messages: FileDescriptor['messageType']) => {
    for (const message of messages ?? []) {
      for (const field of message.field ?? []) if (field.typeName) out.push(field.typeName);
      walk(message.nestedType as FileDescriptor['messageType']);
    }
  };
  walk(file.messageType);
  for (const service of file.service ?? [])
    for (const m of service.method ?? []) out.push(m.inputType ?? '', m.outputType ?? '');
  return out.filter(Boolean);
}

/**
 * Give descriptors of several `.proto` files their include-relative names (not protobufjs's `package.proto`, never a
 * local absolute path) and their `dependency` lists, so readers that check imports (as the plugin's do) accept them.
 */
export function nameFilesAndDependencies(
  set: { file: FileDescriptor[] },
  root: protobuf.Root,
  includes: string[],
): void {
  const owner = new Map<string, string>(); // package -> file name
  for (const file of set.file) {
    const scope = file.package ? (root.lookup(file.package) as protobuf.NamespaceBase | null) : root;
    const filename = firstFilename(scope);
    if (filename) file.name = nameFor(filename, includes);
    owner.set(file.package ?? '', file.name ?? '');
  }
  const packages = [...owner.keys()].sort((a, b) => b.length - a.length);
  for (const file of set.file) {
    const deps = new Set<string>();
    for (const type of referencedTypes(file)) {
      const pkg = packages.find((p) => (p ? type.startsWith(`.${p}.`) : true));
      const name = pkg === undefined ? undefined : owner.get(pkg);
      if (name && name !== file.name) deps.add(name);
    }
    if (deps.size > 0) file.dependency = [...deps];
  }
}

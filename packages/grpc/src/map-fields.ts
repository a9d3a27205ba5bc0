import * as protobuf from 'protobufjs';

interface MessageDescriptor {
  name: string;
  nestedType?: MessageDescriptor[];
  options?: { mapEntry?: boolean } | null;
}

function entryNames(messages: MessageDescriptor[] | undefined, prefix: string, out: Set<string>): void {
  for (const message of messages ?? []) {
    const full = `${prefix}.${message.name}`;
    if (message.options?.mapEntry) out.add(full);
    entryNames(message.nestedType, full, out);
  }
}

function allTypes(namespace: protobuf.NamespaceBase, out: protobuf.Type[] = []): protobuf.Type[] {
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type) out.push(nested);
    if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) allTypes(nested, out);
  }
  return out;
}

/**
 * Turn the repeated `XxxEntry` fields of descriptors back into map fields. protobufjs reads a map field of a
 * `FileDescriptorSet` as a list of key/value messages, which would decode `map<string, string>` as
 * `[{ key, value }]` instead of the object the plugin's JSON paths (`$.labels.key`) address.
 */
export function restoreMapFields(
  set: { file: Array<{ package?: string; messageType?: MessageDescriptor[] }> },
  root: protobuf.Root,
): void {
  const entries = new Set<string>();
  for (const file of set.file) entryNames(file.messageType, file.package ? `.${file.package}` : '', entries);
  if (entries.size === 0) return;
  for (const type of allTypes(root)) {
    for (const field of [...type.fieldsArray]) {
      if (!field.repeated) continue;
      const entry = type.lookup(field.type, [protobuf.Type]) as protobuf.Type | null;
      if (!entry || !entries.has(entry.fullName)) continue;
      type.remove(field);
      type.add(new protobuf.MapField(field.name, field.id, entry.fields.key.type, entry.fields.value.type));
    }
  }
}

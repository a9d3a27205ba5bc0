import * as protobuf from 'protobufjs';

interface FieldDescriptor {
  typeName?: string;
}
interface MessageDescriptor {
  name: string;
  field?: FieldDescriptor[];
  nestedType?: MessageDescriptor[];
}
interface MethodDescriptor {
  inputType?: string;
  outputType?: string;
}
interface FileDescriptor {
  package?: string;
  messageType?: MessageDescriptor[];
  service?: Array<{ method?: MethodDescriptor[] }>;
}

function qualify(scope: protobuf.NamespaceBase, name: string | undefined): string | undefined {
  if (!name || name.startsWith('.')) return name;
  const found = scope.lookup(name, [protobuf.Type, protobuf.Enum]);
  return found ? found.fullName : name;
}

function qualifyMessage(
  message: MessageDescriptor,
  scope: protobuf.NamespaceBase,
  fullName: string,
  root: protobuf.Root,
): void {
  const own = (root.lookup(fullName, [protobuf.Type]) as protobuf.Type | null) ?? scope;
  for (const field of message.field ?? []) if (field.typeName) field.typeName = qualify(own, field.typeName);
  for (const nested of message.nestedType ?? []) qualifyMessage(nested, own, `${fullName}.${nested.name}`, root);
}

/**
 * Write every type reference of descriptors fully qualified (`.area_calculator.Square`), as protoc does and as the
 * plugin's readers expect; protobufjs writes names relative to their scope (`Square`).
 */
export function qualifyTypeNames(set: { file: FileDescriptor[] }, root: protobuf.Root): void {
  for (const file of set.file) {
    const prefix = file.package ? `.${file.package}` : '';
    const scope = (file.package ? root.lookup(file.package) : root) as protobuf.NamespaceBase | null;
    for (const message of file.messageType ?? [])
      qualifyMessage(message, scope ?? root, `${prefix}.${message.name}`, root);
    for (const service of file.service ?? []) {
      for (const method of service.method ?? []) {
        if (method.inputType) method.inputType = qualify(scope ?? root, method.inputType);
        if (method.outputType) method.outputType = qualify(scope ?? root, method.outputType);
      }
    }
  }
}

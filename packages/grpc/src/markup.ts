import * as protobuf from 'protobufjs';

function fieldLine(field: protobuf.Field): string {
  const resolved = field.resolve().resolvedType;
  const kind =
    resolved instanceof protobuf.Type
      ? `message ${resolved.fullName}`
      : resolved instanceof protobuf.Enum
        ? `enum ${resolved.fullName}`
        : field.type;
  const label =
    field instanceof protobuf.MapField ? `map<${field.keyType}, ${kind}>` : field.repeated ? `repeated ${kind}` : kind;
  return `    ${label} ${field.name} = ${field.id};`;
}

function messageMarkup(type: protobuf.Type, value: Record<string, unknown>): string {
  const lines = type.fieldsArray.filter((f) => value[f.name] !== undefined).map(fieldLine);
  return ['```protobuf', `message ${type.name} {`, ...lines, '}', '```', ''].join('\n');
}

/**
 * The CommonMark the protobuf plugin writes as `interactionMarkup`: each message with the fields it sets.
 * @example interactionMarkup([[shapeType, request], [areaType, response]])
 */
export function interactionMarkup(parts: Array<[protobuf.Type, Record<string, unknown>]>): {
  markup: string;
  markupType: 'COMMON_MARK';
} {
  return { markup: parts.map(([type, value]) => messageMarkup(type, value)).join('\n'), markupType: 'COMMON_MARK' };
}

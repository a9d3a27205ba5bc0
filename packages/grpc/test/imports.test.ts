import { join } from 'node:path';
import * as descriptor from 'protobufjs/ext/descriptor';
import { grpcInteraction, loadDescriptors, loadProtoFile } from '@treaty/grpc';

const protos = join(__dirname, 'protos', 'imports');
const primary = join(protos, 'primary', 'primary.proto');
const includes = [join(protos, 'shared')];

describe('a .proto that imports another from an include directory', () => {
  it('loads, with include-relative file names and dependencies as protoc writes them', () => {
    const loaded = loadProtoFile(primary, { includes });
    const set = descriptor.FileDescriptorSet.toObject(descriptor.FileDescriptorSet.decode(loaded.descriptorBytes)) as {
      file: Array<{ name: string; dependency?: string[] }>;
    };
    expect(set.file.map((f) => [f.name, f.dependency ?? []])).toEqual(
      expect.arrayContaining([
        ['primary.proto', ['geometry.proto']],
        ['geometry.proto', []],
      ]),
    );
    expect(JSON.stringify(set)).not.toContain(protos);
  });

  it('builds interactions on the imported types and reads them back from the pact', () => {
    const { interaction, plugin } = grpcInteraction({
      description: 'a rectangle',
      proto: primary,
      includes,
      service: 'Primary/GetRectangle',
      request: { x: 'matching(number, 180)', y: 'matching(number, 200)' },
      response: { rectangle: { lo: { latitude: 'matching(number, 180)' }, hi: { latitude: 'matching(number, 200)' } } },
    });
    expect(interaction.response[0].matchingRules?.body).toHaveProperty(['$.rectangle.hi.latitude']);
    const [config] = Object.values(plugin.configuration);
    const back = loadDescriptors(config.protoDescriptors, 'a rectangle');
    expect(back.root.lookupType('treaty.geometry.Rectangle').fields.lo.type).toBe('.treaty.geometry.Point');
  });

  it('says which file is missing when an import is not found', () => {
    expect(() => loadProtoFile(primary)).toThrow(/^Failed to read proto file .*primary\.proto: .*geometry\.proto/);
  });
});

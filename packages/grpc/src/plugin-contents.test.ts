import { grpcInteractionFromPluginContents, protobufMessageFromPluginContents } from './plugin-contents';

const failure = (code: string, message: string) =>
  expect.objectContaining({ code, message: expect.stringContaining(message) });

describe('plugin contents', () => {
  it('names the interaction when the contents are not JSON', () => {
    expect(() => grpcInteractionFromPluginContents('area', [], '{not json')).toThrow(
      failure('TREATY_GRPC_INVALID_PLUGIN_CONTENTS', 'interaction "area": it is not JSON'),
    );
  });

  it("asks a gRPC interaction for 'pact:proto-service'", () => {
    const contents = JSON.stringify({ 'pact:proto': 'area.proto' });
    expect(() => grpcInteractionFromPluginContents('area', [], contents)).toThrow(
      failure('TREATY_GRPC_INVALID_PLUGIN_CONTENTS', "a gRPC interaction needs 'pact:proto-service'"),
    );
  });

  it("asks a protobuf message for 'pact:message-type'", () => {
    const contents = JSON.stringify({ 'pact:proto': 'area.proto', 'pact:proto-service': 'Calculator/calculate' });
    expect(() => protobufMessageFromPluginContents('shape event', contents)).toThrow(
      failure('TREATY_GRPC_INVALID_PLUGIN_CONTENTS', "a protobuf message needs 'pact:message-type'"),
    );
  });
});

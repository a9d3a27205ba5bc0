import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProtoFile, protoToTypeScript } from '@treaty/grpc';
import { INVENTORY_PROTO } from '@treaty-examples/grpc-consumer';

describe('src/inventory-types.ts', () => {
  it('is what protoToTypeScript makes of the inventory .proto (regenerate it when the .proto changes)', () => {
    const committed = readFileSync(join(__dirname, '..', 'src', 'inventory-types.ts'), 'utf8');
    expect(committed).toBe(protoToTypeScript(loadProtoFile(INVENTORY_PROTO)));
  });
});

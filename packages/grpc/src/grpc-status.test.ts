import { expectedStatus, statusName } from './grpc-status';

describe('gRPC status', () => {
  it('reads the status a response expects by name or number', () => {
    expect(expectedStatus({ 'grpc-status': 'NOT_FOUND', 'grpc-message': 'gone' })).toEqual({
      code: 5,
      message: 'gone',
    });
    expect(expectedStatus({ 'grpc-status': '14' })).toEqual({ code: 14 });
    expect(expectedStatus({ 'grpc-status': 3 })).toEqual({ code: 3 });
    expect(expectedStatus({ 'grpc-status': 'OK' })).toBeUndefined();
    expect(expectedStatus({ contentType: 'application/protobuf' })).toBeUndefined();
  });

  it('names codes', () => {
    expect(statusName(12)).toBe('UNIMPLEMENTED');
    expect(statusName(99)).toBe('99');
  });
});

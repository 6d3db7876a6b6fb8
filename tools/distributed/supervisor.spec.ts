import { servicePorts } from './supervisor';

describe('the supervisor’s service ports', () => {
  it('follow the gateway’s port by default', () => {
    expect(servicePorts(undefined, 8080)).toEqual({ governance: 8081, policy: 8082, risk: 8083, icv: 8084 });
  });

  it('start at a base port given in MKIB_SERVICE_PORTS', () => {
    expect(servicePorts('9000', 8080)).toEqual({ governance: 9000, policy: 9001, risk: 9002, icv: 9003 });
  });

  it('take one port per service by name', () => {
    expect(servicePorts('risk=7003, icv=7004,governance=7001,policy=7002', 8080)).toEqual({
      governance: 7001,
      policy: 7002,
      risk: 7003,
      icv: 7004,
    });
  });

  it('refuse a list that leaves a service out', () => {
    expect(() => servicePorts('risk=7003,icv=7004', 8080)).toThrow(/missing governance, policy/);
  });
});

import { describe, expect, it } from 'vitest';
import { decideDemoSeed } from './demo-seed-decision';

const engines = ['sqlite', 'postgres'] as const;

describe('decideDemoSeed', () => {
  it.each(engines)('never seeds a production database on %s unless asked explicitly', (engine) => {
    expect(decideDemoSeed({ engine, nodeEnv: 'production', setting: 'auto', hasStaff: false })).toEqual({
      seed: false,
      reason: 'production',
    });
    expect(decideDemoSeed({ engine, nodeEnv: 'production', setting: 'always', hasStaff: false })).toEqual({
      seed: true,
    });
  });

  it.each(engines)('seeds an empty development or test database on %s by default', (engine) => {
    for (const nodeEnv of ['development', 'test'] as const) {
      expect(decideDemoSeed({ engine, nodeEnv, setting: 'auto', hasStaff: false })).toEqual({ seed: true });
    }
  });

  it('never seeds a database that has staff, whatever was asked', () => {
    for (const engine of engines) {
      for (const nodeEnv of ['development', 'production', 'test'] as const) {
        for (const setting of ['auto', 'always'] as const) {
          expect(decideDemoSeed({ engine, nodeEnv, setting, hasStaff: true })).toEqual({
            seed: false,
            reason: 'has-staff',
          });
        }
      }
    }
  });

  it('never seeds when SEED_DEMO=never', () => {
    for (const engine of engines) {
      for (const hasStaff of [false, true]) {
        expect(decideDemoSeed({ engine, nodeEnv: 'development', setting: 'never', hasStaff })).toEqual({
          seed: false,
          reason: 'never',
        });
      }
    }
  });
});

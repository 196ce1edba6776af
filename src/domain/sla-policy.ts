/**
 * The SLA policy: per ticket level, the minutes allowed to acknowledge, to give an initial plan
 * (Major and Critical only) and to resolve; how often an open ticket's customer hears from us; and
 * when a pending target turns At Risk. The shape is the Settings sheet's SLA section, so the
 * settings layer can validate with this schema and hand its result straight to the rules.
 */
import * as z from 'zod/mini';
import { TICKET_LEVELS } from './values';

const minutes = () => z.int().check(z.positive());

const levelTargetsSchema = z.object({
  ack: minutes(),
  /** null: the level needs no initial plan. */
  plan: z.nullable(minutes()),
  resolve: minutes(),
});

export const slaPolicySchema = z.object({
  targets: z.record(z.enum(TICKET_LEVELS), levelTargetsSchema),
  updateMinutes: minutes(),
  /** A pending target is At Risk when less than this share of its minutes is left. */
  atRiskShare: z.number().check(z.gt(0), z.lt(1)),
});

export type LevelTargets = z.output<typeof levelTargetsSchema>;
export type SlaPolicy = z.output<typeof slaPolicySchema>;

/** DESIGN.md's table: update every 4 h, At Risk under 25% left. */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  targets: {
    Regular: { ack: 30, plan: null, resolve: 240 },
    Complex: { ack: 30, plan: null, resolve: 1440 },
    Major: { ack: 30, plan: 120, resolve: 1440 },
    Critical: { ack: 15, plan: 120, resolve: 1440 },
  },
  updateMinutes: 240,
  atRiskShare: 0.25,
};

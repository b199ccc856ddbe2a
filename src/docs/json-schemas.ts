/**
 * JSON Schemas of the CLI contract (docs/schema/), generated from the zod schemas the code itself uses:
 * the input from src/engine/input.ts, the outcome from src/engine/outcome-schema.ts.
 */
import * as z from 'zod';
import { householdInputSchema } from '../engine/input.js';
import { outcomeSchema } from '../engine/outcome-schema.js';

/** Drops `additionalProperties: false`, which zod writes for every object of an output schema. */
function open(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(open);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key, value]) => !(key === 'additionalProperties' && value === false)).map(([key, value]) => [key, open(value)]));
}

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output', title: string, description: string): string {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io });
  // The outcome may be extended compatibly (new optional fields): consumers must not reject that.
  const json = io === 'output' ? open(generated) : generated;
  const { $schema, ...rest } = json as Record<string, unknown>;
  return `${JSON.stringify({ $schema, title, description, ...rest }, null, 2)}\n`;
}

/** File name below docs/schema/ → content. */
export function contractSchemas(): Record<string, string> {
  return {
    'household-input.schema.json': jsonSchema(
      householdInputSchema,
      'input',
      'Regelingencheck household input',
      'Input of `npm run evaluate` and of evaluate() in the engine: one household on one date in one gemeente. Money is a decimal string in euros with at most two decimals. Limits that the JSON Schema cannot express (a real date, amounts under a maximum) are checked by the engine, which exits 2 naming the field.',
    ),
    'outcome.schema.json': jsonSchema(
      outcomeSchema,
      'output',
      'Regelingencheck outcome',
      'Output of `npm run evaluate` and of evaluate() in the engine: the schemes that may apply with status and reason codes, the applicable norm and, when the input has `work`, the werken-loont curve. Money is a decimal string in euros.',
    ),
  };
}

/**
 * Bounds that separate a real household from a typing error. They are plausibility limits on input,
 * not policy figures, so they live here and not in rules/.
 */
export const INPUT_LIMITS = {
  maxAge: 120,
  maxMonthly: '100000',
  maxAssets: '100000000',
  maxMonths: 1200,
  maxPersons: 20,
  maxHourlyWage: '1000',
  maxRent: '10000',
} as const;

/** Where the resident's income comes from; werken loont and the schemes both read it. */
export type IncomeSource = 'none' | 'bijstand' | 'work' | 'benefit' | 'pension' | 'study';

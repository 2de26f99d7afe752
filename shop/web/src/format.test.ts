import { describe, expect, it } from 'vitest';
import { formatPrix, pluriel } from './format';

// Intl puts narrow no-break spaces in French amounts: compare with plain spaces.
const espaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatPrix', () => {
  it('writes euros the French way', () => {
    expect(espaces(formatPrix(1099))).toBe('1 099,00 €');
    expect(espaces(formatPrix(89.9))).toBe('89,90 €');
    expect(espaces(formatPrix(0.5))).toBe('0,50 €');
  });

  it('uses another currency when told', () => {
    expect(espaces(formatPrix(10, 'USD'))).toBe('10,00 $US');
  });
});

describe('pluriel', () => {
  it('adds an s from two on', () => {
    expect(pluriel(0, 'produit')).toBe('0 produit');
    expect(pluriel(1, 'produit')).toBe('1 produit');
    expect(pluriel(3, 'produit')).toBe('3 produits');
  });
});

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** A price in euros, French style: "1 099,00 €". */
export function formatPrix(prix: number, devise = 'EUR'): string {
  if (devise === 'EUR') {
    return euros.format(prix);
  }
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: devise }).format(prix);
}

/** A date and time, French style. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "1 produit", "3 produits". */
export function pluriel(n: number, singulier: string, plurielForme = singulier + 's'): string {
  return `${n} ${n > 1 ? plurielForme : singulier}`;
}

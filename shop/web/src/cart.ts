/**
 * Cart arithmetic in integer cents: prices arrive as JSON numbers with two decimals, and
 * adding them as floats would drift (0.1 + 0.2).
 */
export interface LigneMontant {
  prixUnitaire: number;
  quantite: number;
}

export function enCentimes(prix: number): number {
  return Math.round(prix * 100);
}

export function sousTotal(ligne: LigneMontant): number {
  return (enCentimes(ligne.prixUnitaire) * ligne.quantite) / 100;
}

export function total(lignes: LigneMontant[]): number {
  return lignes.reduce((somme, l) => somme + enCentimes(l.prixUnitaire) * l.quantite, 0) / 100;
}

export function nombreArticles(lignes: { quantite: number }[]): number {
  return lignes.reduce((n, l) => n + l.quantite, 0);
}

/** The quantities a product's selector offers: 1 to min(stock, 99). */
export function quantitesPossibles(stock: number, max = 99): number[] {
  const n = Math.max(0, Math.min(stock, max));
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** A price typed in French or English style ("89,90", "89.9") or null when it is not one. */
export function lirePrix(saisie: string): number | null {
  const texte = saisie.replace(/\s/g, '').replace('€', '').replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(texte)) {
    return null;
  }
  const valeur = Number(texte);
  return valeur > 0 ? valeur : null;
}

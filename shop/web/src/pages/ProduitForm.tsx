import { useState, type FormEvent } from 'react';
import type { Categorie, Produit, ProduitSaisi } from '../api';
import { lirePrix } from '../cart';

interface Props {
  produit: Produit;
  categories: Categorie[];
  onSubmit: (saisie: ProduitSaisi) => void;
  onCancel: () => void;
}

export function ProduitForm({ produit, categories, onSubmit, onCancel }: Props) {
  const [nom, setNom] = useState(produit.nom);
  const [description, setDescription] = useState(produit.description);
  const [prix, setPrix] = useState(produit.id > 0 ? produit.prix.toFixed(2).replace('.', ',') : '');
  const [stock, setStock] = useState(String(produit.stock));
  const [categorie, setCategorie] = useState(produit.categorie);
  const [erreur, setErreur] = useState('');

  function envoyer(event: FormEvent) {
    event.preventDefault();
    const montant = lirePrix(prix);
    if (montant === null) {
      setErreur('Prix invalide : un montant positif avec deux décimales au plus, par ex. 89,90.');
      return;
    }
    onSubmit({ nom: nom.trim(), description, prix: montant, stock: Number(stock), categorie });
  }

  return (
    <form className="formulaire" onSubmit={envoyer} aria-label={produit.id > 0 ? `Modifier ${produit.nom}` : 'Nouveau produit'}>
      <label>
        Nom
        <input name="nom" required maxLength={120} value={nom} onChange={(e) => setNom(e.target.value)} />
      </label>
      <label>
        Description
        <textarea name="description" maxLength={2000} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label>
        Prix (€)
        <input name="prix" inputMode="decimal" required value={prix} onChange={(e) => setPrix(e.target.value)} />
      </label>
      <label>
        Stock
        <input name="stock" type="number" min={0} max={1000000} step={1} required value={stock} onChange={(e) => setStock(e.target.value)} />
      </label>
      <label>
        Catégorie
        <select name="categorie" value={categorie} onChange={(e) => setCategorie(e.target.value)}>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>{c.nom}</option>
          ))}
        </select>
      </label>
      {erreur && <p role="alert" className="erreur">{erreur}</p>}
      <div className="actions">
        <button type="submit" className="principal">Enregistrer</button>
        <button type="button" onClick={onCancel}>Annuler</button>
      </div>
    </form>
  );
}

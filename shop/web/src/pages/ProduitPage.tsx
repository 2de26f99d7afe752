import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { messageErreur, type Produit } from '../api';
import { useAuth } from '../auth';
import { quantitesPossibles } from '../cart';
import { formatPrix } from '../format';

export function ProduitPage() {
  const { id } = useParams();
  const { api, utilisateur } = useAuth();
  const [produit, setProduit] = useState<Produit | null>(null);
  const [quantite, setQuantite] = useState(1);
  const [message, setMessage] = useState('');
  const [erreur, setErreur] = useState('');

  useEffect(() => {
    api.produit(Number(id)).then(setProduit, (e) => setErreur(messageErreur(e)));
  }, [api, id]);

  async function ajouter() {
    if (!produit) return;
    setMessage('');
    setErreur('');
    try {
      await api.mettreAuPanier(produit.id, quantite);
      setMessage(`Ajouté au panier : ${quantite} × ${produit.nom}`);
    } catch (e) {
      setErreur(messageErreur(e));
    }
  }

  if (erreur && !produit) return <p role="alert" className="erreur">{erreur}</p>;
  if (!produit) return <p>Chargement…</p>;
  return (
    <article aria-labelledby="titre-produit" className="fiche">
      <p>
        <Link to="/">← Retour au catalogue</Link>
      </p>
      <h1 id="titre-produit">{produit.nom}</h1>
      <p>{produit.description}</p>
      <p className="prix">{formatPrix(produit.prix, produit.devise)}</p>
      <p className="stock" data-testid="stock">
        {produit.stock > 0 ? `${produit.stock} en stock` : 'Épuisé'}
      </p>
      {utilisateur ? (
        produit.stock > 0 && (
          <div className="achat">
            <label>
              Quantité
              <select value={quantite} onChange={(e) => setQuantite(Number(e.target.value))}>
                {quantitesPossibles(produit.stock).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={ajouter}>
              Ajouter au panier
            </button>
          </div>
        )
      ) : (
        <p>
          <Link to="/connexion">Connectez-vous</Link> pour commander.
        </p>
      )}
      {message && <p role="status">{message}</p>}
      {erreur && <p role="alert" className="erreur">{erreur}</p>}
    </article>
  );
}

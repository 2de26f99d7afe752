import { useEffect, useState } from 'react';
import { messageErreur, type Commande, type StatutCommande } from '../api';
import { useAuth } from '../auth';
import { formatDate, formatPrix } from '../format';

const LIBELLES: Record<StatutCommande, string> = {
  en_attente: 'En attente',
  payee: 'Payée',
  expediee: 'Expédiée',
  annulee: 'Annulée',
};

/** The changes the API allows from each status (the admin's buttons). */
const SUIVANTS: Record<StatutCommande, { statut: StatutCommande; action: string }[]> = {
  en_attente: [{ statut: 'payee', action: 'Marquer payée' }, { statut: 'annulee', action: 'Annuler' }],
  payee: [{ statut: 'expediee', action: 'Marquer expédiée' }, { statut: 'annulee', action: 'Annuler' }],
  expediee: [],
  annulee: [],
};

export function CommandesPage() {
  const { api, utilisateur } = useAuth();
  const admin = utilisateur?.role === 'admin';
  const [commandes, setCommandes] = useState<Commande[] | null>(null);
  const [message, setMessage] = useState('');
  const [erreur, setErreur] = useState('');

  useEffect(() => {
    api.commandes().then(setCommandes, (e) => setErreur(messageErreur(e)));
  }, [api]);

  async function changer(commande: Commande, statut: StatutCommande) {
    if (statut === 'annulee' && !window.confirm(`Annuler la commande n° ${commande.id} ? Les articles retournent en stock.`)) {
      return;
    }
    setMessage('');
    setErreur('');
    try {
      const modifiee = statut === 'annulee' && !admin ? await api.annulerCommande(commande.id) : await api.changerStatut(commande.id, statut);
      setCommandes((liste) => liste?.map((c) => (c.id === modifiee.id ? modifiee : c)) ?? null);
      setMessage(`Commande n° ${modifiee.id} : ${LIBELLES[modifiee.statut].toLowerCase()}.`);
    } catch (e) {
      setErreur(messageErreur(e));
    }
  }

  return (
    <section aria-labelledby="titre-commandes">
      <h1 id="titre-commandes">{admin ? 'Toutes les commandes' : 'Mes commandes'}</h1>
      {message && <p role="status" className="succes">{message}</p>}
      {erreur && <p role="alert" className="erreur">{erreur}</p>}
      {commandes && commandes.length === 0 && <p>Aucune commande pour le moment.</p>}
      {commandes?.map((c) => (
        <article key={c.id} className="commande" aria-label={`Commande n° ${c.id}`}>
          <h2>
            Commande n° {c.id} — {formatDate(c.creeLe)}
            {admin && ` — ${c.utilisateur}`}
          </h2>
          <p>
            Statut : <strong>{LIBELLES[c.statut]}</strong>
          </p>
          <ul>
            {c.lignes.map((l, i) => (
              <li key={i}>
                {l.quantite} × {l.nom} à {formatPrix(l.prixUnitaire)} = {formatPrix(l.sousTotal)}
              </li>
            ))}
          </ul>
          <p className="total">Total : {formatPrix(c.total, c.devise)}</p>
          <div className="actions">
            {SUIVANTS[c.statut]
              .filter((s) => admin || s.statut === 'annulee')
              .map((s) => (
                <button key={s.statut} type="button" onClick={() => changer(c, s.statut)}>
                  {s.statut === 'annulee' && !admin ? 'Annuler la commande' : s.action}
                  <span className="invisible"> n° {c.id}</span>
                </button>
              ))}
          </div>
        </article>
      ))}
    </section>
  );
}

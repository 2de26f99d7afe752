import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { messageErreur } from '../api';
import { useAuth } from '../auth';

export function ConnexionPage() {
  const { api, ouvrir } = useAuth();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'connexion' | 'inscription'>('connexion');
  const [nom, setNom] = useState('');
  const [motDePasse, setMotDePasse] = useState('');
  const [erreur, setErreur] = useState('');

  async function envoyer(event: FormEvent) {
    event.preventDefault();
    setErreur('');
    try {
      const jeton = mode === 'connexion' ? await api.connexion(nom, motDePasse) : await api.inscription(nom, motDePasse);
      ouvrir(jeton);
      navigate(jeton.utilisateur.role === 'admin' ? '/admin/produits' : '/');
    } catch (e) {
      setErreur(messageErreur(e));
    }
  }

  const inscription = mode === 'inscription';
  return (
    <section aria-labelledby="titre-connexion" className="formulaire">
      <h1 id="titre-connexion">{inscription ? 'Créer un compte' : 'Se connecter'}</h1>
      <form onSubmit={envoyer}>
        <label>
          Nom d'utilisateur
          <input name="nomUtilisateur" autoComplete="username" required minLength={inscription ? 3 : 1} maxLength={40}
            value={nom} onChange={(e) => setNom(e.target.value)} />
        </label>
        <label>
          Mot de passe
          <input name="motDePasse" type="password" autoComplete={inscription ? 'new-password' : 'current-password'}
            required minLength={inscription ? 8 : 1} maxLength={128} value={motDePasse}
            onChange={(e) => setMotDePasse(e.target.value)} />
        </label>
        {inscription && <p className="aide">3 à 40 lettres, chiffres, « . », « _ » ou « - » ; mot de passe de 8 caractères au moins.</p>}
        {erreur && <p role="alert" className="erreur">{erreur}</p>}
        <button type="submit" className="principal">{inscription ? 'Créer mon compte' : 'Se connecter'}</button>
      </form>
      <button type="button" className="lien" onClick={() => setMode(inscription ? 'connexion' : 'inscription')}>
        {inscription ? "J'ai déjà un compte" : 'Pas encore de compte ? Inscrivez-vous'}
      </button>
    </section>
  );
}

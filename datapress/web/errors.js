// Every error the page can meet, said in French. The API's `error` codes are stable; its
// `message` is French for DataPress's own checks (invalid_request), and the platform's other
// messages are English, so those codes get a French text of their own here.

export const TIMEOUT_MS = 10000;

export class ApiError extends Error {
  constructor(status, body) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

const MESSAGES = {
  invalid_request: 'Requête refusée : les paramètres sont invalides.',
  validation_failed: 'Requête refusée : certains champs sont invalides.',
  malformed_json: 'Requête refusée : le contenu envoyé est mal formé.',
  not_found: "Ressource introuvable sur l'API.",
  method_not_allowed: "Méthode non autorisée par l'API.",
  unsupported_media_type: "Format de contenu non pris en charge par l'API.",
  not_acceptable: "L'API ne peut pas répondre dans le format demandé.",
  payload_too_large: 'Requête refusée : le contenu envoyé est trop volumineux.',
  too_many_requests: 'Trop de requêtes : réessayez dans quelques instants.',
  internal_error: "Erreur interne de l'API.",
  service_unavailable: "L'API est momentanément indisponible (arrêt ou redémarrage en cours).",
  // nginx's answer in a container, the launcher's in-process proxy's locally.
  api_unavailable: "L'API est injoignable ou n'a pas répondu à temps.",
  bad_gateway: "L'API est injoignable ou n'a pas répondu à temps.",
};

/** The French sentence for an error thrown by getJson (or by fetch itself). */
export function describeError(err) {
  if (err?.timedOut) return `Délai dépassé : l'API n'a pas répondu en ${TIMEOUT_MS / 1000} s.`;
  if (!(err instanceof ApiError)) return "Erreur réseau : impossible de joindre l'API.";
  const code = typeof err.body?.error === 'string' ? err.body.error : null;
  if (code === 'invalid_request' && typeof err.body.message === 'string' && err.body.message) {
    return `Requête refusée : ${err.body.message}.`;
  }
  if (code && MESSAGES[code]) return `${MESSAGES[code]} (HTTP ${err.status})`;
  if (err.status >= 200 && err.status < 300) return "Réponse inattendue de l'API : ce n'est pas du JSON.";
  if (err.status >= 500) return `L'API est injoignable ou en erreur (HTTP ${err.status}).`;
  return `Erreur inattendue de l'API (HTTP ${err.status}).`;
}

// Resolves with parsed JSON on 2xx; anything else becomes an ApiError or a network/timeout error.
export async function getJson(url, controller = new AbortController()) {
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, TIMEOUT_MS);
  try {
    const res = await fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal });
    const text = await res.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch { /* e.g. an HTML error page from a proxy */ }
    if (!res.ok || body === null) throw new ApiError(res.status, body);
    return body;
  } catch (err) {
    if (timedOut) err.timedOut = true;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

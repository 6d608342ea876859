/**
 * The German sentence a volunteer reads when the server refuses a claim or a give-back. The reasons are
 * the domain's; every one has its sentence (the switches end in an exhaustiveness check).
 */
import type { ClaimRefusal, GiveBackRefusal } from '@schichtbrett/domain';

export function claimRefusalMessage(reason: ClaimRefusal): string {
  switch (reason) {
    case 'full':
      return 'Diese Schicht wurde gerade vergeben.';
    case 'not-qualified':
      return 'Für diese Schicht fehlt dir ein gültiger Nachweis (z. B. Führungszeugnis oder Hygienebelehrung).';
    case 'overlap':
      return 'Du hast zu dieser Zeit schon eine andere Schicht.';
    case 'absent':
      return 'An diesem Tag bist du als abwesend eingetragen.';
    case 'cut-off':
      return 'Diese Schicht hat schon begonnen und kann nicht mehr übernommen werden.';
    case 'not-published':
      return 'Diese Woche ist noch nicht veröffentlicht.';
    case 'finalized':
      return 'Diese Woche ist abgeschlossen; Schichten können nicht mehr übernommen werden.';
    case 'cancelled':
      return 'Diese Schicht fällt aus.';
    case 'already-assigned':
      return 'Du bist für diese Schicht schon eingetragen.';
    default: {
      const unknown: never = reason;
      throw new Error(`unknown claim refusal ${String(unknown)}`);
    }
  }
}

export function giveBackRefusalMessage(reason: GiveBackRefusal): string {
  switch (reason) {
    case 'not-assigned':
      return 'Du bist für diese Schicht nicht eingetragen.';
    case 'cut-off':
      return 'Die Frist zum Zurückgeben ist vorbei. Bitte suche eine Vertretung.';
    case 'finalized':
      return 'Diese Woche ist abgeschlossen; Schichten können nicht mehr zurückgegeben werden.';
    default: {
      const unknown: never = reason;
      throw new Error(`unknown give-back refusal ${String(unknown)}`);
    }
  }
}

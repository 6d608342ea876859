/**
 * The German sentence a volunteer reads when the server refuses a claim or a give-back. The reasons are
 * the domain's; every one has its sentence (the switches end in an exhaustiveness check).
 */
import type { ClaimRefusal, GiveBackRefusal, StandInAskRefusal, TakeOverRefusal } from '@schichtbrett/domain';

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
    case 'cancelled':
      return 'Diese Schicht fällt aus. Du musst sie nicht zurückgeben.';
    default: {
      const unknown: never = reason;
      throw new Error(`unknown give-back refusal ${String(unknown)}`);
    }
  }
}

export function standInAskRefusalMessage(reason: StandInAskRefusal): string {
  switch (reason) {
    case 'before-cut-off':
      return 'Diese Schicht kannst du noch zurückgeben; eine Vertretung brauchst du dafür nicht.';
    case 'started':
      return 'Diese Schicht hat schon begonnen. Bitte melde dich direkt bei der Koordination.';
    case 'not-assigned':
      return 'Du bist für diese Schicht nicht eingetragen.';
    case 'already-seeking':
      return 'Für diese Schicht suchst du schon eine Vertretung.';
    case 'cancelled':
      return 'Diese Schicht fällt aus.';
    case 'not-published':
      return 'Diese Woche ist noch nicht veröffentlicht.';
    case 'finalized':
      return 'Diese Woche ist abgeschlossen.';
    default: {
      const unknown: never = reason;
      throw new Error(`unknown stand-in refusal ${String(unknown)}`);
    }
  }
}

export function takeOverRefusalMessage(reason: TakeOverRefusal): string {
  switch (reason) {
    case 'no-request':
      return 'Für diese Schicht wird keine Vertretung mehr gesucht. Vielleicht war jemand schneller.';
    case 'already-assigned':
      return 'Du bist für diese Schicht schon eingetragen.';
    default:
      return claimRefusalMessage(reason);
  }
}

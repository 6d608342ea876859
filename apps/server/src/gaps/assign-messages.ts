/**
 * The German sentence a planner reads when assigning someone to a gap is refused: the claim's reasons,
 * said about the person instead of to them.
 */
import type { ClaimRefusal } from '@schichtbrett/domain';

export function assignRefusalMessage(reason: Exclude<ClaimRefusal, 'already-assigned'>): string {
  switch (reason) {
    case 'full':
      return 'Diese Schicht ist inzwischen voll besetzt.';
    case 'not-qualified':
      return 'Dieser Person fehlt ein gültiger Nachweis, den der Bereich verlangt.';
    case 'overlap':
      return 'Diese Person hat zu dieser Zeit schon eine andere Schicht.';
    case 'absent':
      return 'Diese Person ist an diesem Tag als abwesend eingetragen.';
    case 'cut-off':
      return 'Diese Schicht hat schon begonnen.';
    case 'not-published':
      return 'Diese Woche ist noch nicht veröffentlicht.';
    case 'finalized':
      return 'Diese Woche ist abgeschlossen.';
    case 'cancelled':
      return 'Diese Schicht fällt aus.';
    default: {
      const unknown: never = reason;
      throw new Error(`unknown assign refusal ${String(unknown)}`);
    }
  }
}

/** State of the print page: the invitation it created, and revoking it. */
import { createInvitation, revokeInvitation, type CreatedInvitation } from './invitations-api';

export type PrintStatus = 'creating' | 'ready' | 'failed' | 'revoked';

export class InvitationPrint {
  status = $state<PrintStatus>('creating');
  invitation = $state<CreatedInvitation | null>(null);
  revokeFailed = $state(false);
  /** Why creating failed, in the server's words (e.g. the person signs in with an account of her own). */
  problem = $state<string | null>(null);
  /** The person needs no invitation (409): trying again would not help. */
  notNeeded = $state(false);

  constructor(
    private readonly fetchFn: typeof fetch,
    private readonly target: { center: string; personId: string },
  ) {}

  /** A new link; the server revokes this person's older ones. */
  async create(): Promise<void> {
    this.status = 'creating';
    this.revokeFailed = false;
    this.problem = null;
    this.notNeeded = false;
    const result = await createInvitation(this.fetchFn, this.target).catch(() => ({
      ok: false as const,
      status: 0,
      message: null,
    }));
    if (result.ok) {
      this.invitation = result.invitation;
      this.status = 'ready';
    } else {
      this.status = 'failed';
      this.problem = result.message;
      this.notNeeded = result.status === 409;
    }
  }

  async revoke(): Promise<void> {
    if (!this.invitation) return;
    const ok = await revokeInvitation(this.fetchFn, { center: this.target.center, id: this.invitation.id });
    this.revokeFailed = !ok;
    if (ok) {
      this.invitation = null;
      this.status = 'revoked';
    }
  }
}

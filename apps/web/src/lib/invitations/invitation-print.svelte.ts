/** State of the print page: the invitation it created, and revoking it. */
import { createInvitation, revokeInvitation, type CreatedInvitation } from './invitations-api';

export type PrintStatus = 'creating' | 'ready' | 'failed' | 'revoked';

export class InvitationPrint {
  status = $state<PrintStatus>('creating');
  invitation = $state<CreatedInvitation | null>(null);
  revokeFailed = $state(false);

  constructor(
    private readonly fetchFn: typeof fetch,
    private readonly target: { center: string; personId: string },
  ) {}

  /** A new link; the server revokes this person's older ones. */
  async create(): Promise<void> {
    this.status = 'creating';
    this.revokeFailed = false;
    const result = await createInvitation(this.fetchFn, this.target).catch(() => ({ ok: false as const, status: 0 }));
    if (result.ok) {
      this.invitation = result.invitation;
      this.status = 'ready';
    } else {
      this.status = 'failed';
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

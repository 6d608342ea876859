/**
 * State of the print page: the link already printed (viewing never makes a new one, issue 13), making a
 * new one on purpose, and revoking it.
 */
import {
  createInvitation,
  fetchCurrentInvitation,
  revokeInvitation,
  type CreatedInvitation,
  type CreateResult,
  type CurrentResult,
} from './invitations-api';

/** `none`: no open link to show; `ready`: one is shown. */
export type PrintStatus = 'loading' | 'none' | 'creating' | 'ready' | 'failed' | 'revoked';

export class InvitationPrint {
  status = $state<PrintStatus>('loading');
  invitation = $state<CreatedInvitation | null>(null);
  revokeFailed = $state(false);
  /** Why loading or creating failed, in the server's words (e.g. the person signs in with an own account). */
  problem = $state<string | null>(null);
  /** The person needs no invitation (409): trying again would not help. */
  notNeeded = $state(false);
  /** The shown link was just made anew: the old printout no longer works. */
  renewed = $state(false);

  constructor(
    private readonly fetchFn: typeof fetch,
    private readonly target: { center: string; personId: string },
  ) {}

  /** Shows the link already printed, if there is one. */
  async load(): Promise<void> {
    this.status = 'loading';
    const result = await this.settle(fetchCurrentInvitation(this.fetchFn, this.target));
    if (result.ok) {
      this.invitation = result.invitation;
      this.status = result.invitation ? 'ready' : 'none';
    }
  }

  /** A new link; the server revokes this person's older ones. */
  async create(): Promise<void> {
    const hadOne = this.invitation !== null;
    this.status = 'creating';
    this.revokeFailed = false;
    const result = await this.settle(createInvitation(this.fetchFn, this.target));
    if (result.ok) {
      this.invitation = result.invitation;
      this.renewed = hadOne;
      this.status = 'ready';
    }
  }

  async revoke(): Promise<void> {
    if (!this.invitation) return;
    const ok = await revokeInvitation(this.fetchFn, { center: this.target.center, id: this.invitation.id });
    this.revokeFailed = !ok;
    if (ok) {
      this.invitation = null;
      this.renewed = false;
      this.status = 'revoked';
    }
  }

  /** A refusal or a lost connection becomes `failed` with the server's words; success is the caller's. */
  private async settle<T extends CreateResult | CurrentResult>(pending: Promise<T>): Promise<T> {
    this.problem = null;
    this.notNeeded = false;
    const result = await pending.catch(() => ({ ok: false as const, status: 0, message: null }) as T);
    if (!result.ok) {
      this.status = 'failed';
      this.problem = result.message;
      this.notNeeded = result.status === 409;
    }
    return result;
  }
}

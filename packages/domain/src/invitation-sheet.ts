/**
 * What an invitation's print page shows: the link, its QR code and whom it is for. The answer of creating
 * a link and of asking for the current one (issue 13: viewing shows the printed link, it never makes one).
 */
import * as v from 'valibot';

export const invitationSheetSchema = v.object({
  invitation: v.object({ id: v.string(), url: v.string(), expiresAt: v.string() }),
  person: v.object({ id: v.string(), firstName: v.string(), lastName: v.string() }),
  /** Drawn by the server from the link alone. */
  qrSvg: v.pipe(v.string(), v.startsWith('<svg')),
});

/** GET …/invitations/current: the open link that can be shown again, or null when there is none. */
export const currentInvitationSchema = v.object({ current: v.nullable(invitationSheetSchema) });

export type InvitationSheet = v.InferOutput<typeof invitationSheetSchema>;
export type CurrentInvitation = v.InferOutput<typeof currentInvitationSchema>;

export function decodeInvitationSheet(value: unknown): InvitationSheet | null {
  const parsed = v.safeParse(invitationSheetSchema, value);
  return parsed.success ? parsed.output : null;
}

export function decodeCurrentInvitation(value: unknown): CurrentInvitation | null {
  const parsed = v.safeParse(currentInvitationSchema, value);
  return parsed.success ? parsed.output : null;
}

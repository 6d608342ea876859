/** What a printed invitation carries: the link to ORIGIN with the token, and the same link as a QR code. */
import QRCode from 'qrcode';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Long enough to reach a volunteer who comes in once a week or every other; short enough not to lie around. */
export const INVITATION_LIFETIME_MS = 14 * DAY_MS;

export function invitationUrl(origin: string, token: string): string {
  return `${origin}/einladung/${token}`;
}

/** An SVG drawn from the link alone, so the page may show it as markup. */
export function invitationQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

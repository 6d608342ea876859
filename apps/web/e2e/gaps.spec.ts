/**
 * "Lücken auf einen Blick" (issue 6): a team lead opens the gaps of a week, puts a suggested person on a
 * gap with one click, and the coordinator's board and that volunteer's "Meine Schichten" show it live.
 * The page is axe-clean on a laptop and on a phone.
 */
import { expect, test, type Page } from './support/test';
import {
  addShift,
  coordinatorOnPublishedWeek,
  expectNoAxeViolations,
  shiftCard,
  signIn,
  uniqueToken,
} from './support/board';

/** A week no other spec uses, so its only gap is the one added here. */
const WEEK_OFFSET = 37;

interface Suggestion {
  personId: string;
  name: string;
}

/** The first suggestion of the week's first gap who has a demo account, with how to sign in as them. */
async function firstSuggestionWithAccount(lead: Page, coordinator: Page, center: string, week: string) {
  const gaps = (await (await lead.request.get(`/api/centers/${center}/weeks/${week}/gaps`)).json()) as {
    gaps: { suggestions: Suggestion[] }[];
  };
  const people = (await (await coordinator.request.get(`/api/centers/${center}/people`)).json()) as {
    people: { id: string; email: string | null; hasAccount: boolean; displayName: string }[];
  };
  for (const suggestion of gaps.gaps[0]?.suggestions ?? []) {
    const person = people.people.find((p) => p.id === suggestion.personId);
    if (person?.hasAccount && person.email?.endsWith('@demo.test'))
      return { name: suggestion.name, email: person.email, displayName: person.displayName };
  }
  throw new Error('no suggested person with a demo account');
}

/** Resolves once the page has subscribed to the center's events, so no event can slip by. */
function subscribed(page: Page, center: string) {
  return page.waitForResponse((response) => response.url().endsWith(`/api/centers/${center}/events`));
}

test('a team lead assigns a suggested person; board and "Meine Schichten" follow live', async ({ browser }) => {
  const { context: coordination, board, center, week } = await coordinatorOnPublishedWeek(browser, WEEK_OFFSET);
  const note = uniqueToken('gap');
  await addShift(board, 'demo-cafe', note);

  const leadContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const lead = await leadContext.newPage();
  await signIn(lead, 'teamLead');
  const leadLive = subscribed(lead, center.slug);
  await lead.goto(`/c/${center.slug}/w/${week}/luecken`);
  await expect(lead.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^Lücken\\s*KW ${Number(week.slice(6))} · `),
  );
  await leadLive;
  const gap = lead.getByRole('article').filter({ hasText: 'Café/Offener Treff' });
  await expect(gap).toHaveCount(1);
  await expect(lead.getByRole('table', { name: 'Besetzt von benötigt, je Tag und Bereich' })).toContainText('0/');
  await expectNoAxeViolations(lead, 'Lücken at 1280x800');

  // The first suggestion who can sign in: we follow their "Meine Schichten" on a phone.
  const chosen = await firstSuggestionWithAccount(lead, board, center.slug, week);

  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const phone = await phoneContext.newPage();
  await signIn(phone, chosen.email as `${string}@demo.test`);
  const phoneLive = subscribed(phone, center.slug);
  await phone.goto(`/c/${center.slug}/meine`);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Meine Schichten');
  await phoneLive;

  await gap.getByText('Vorschläge').click();
  await expect(gap.getByText(/in den letzten 4 Wochen/).first()).toBeVisible();
  await gap.getByRole('button', { name: new RegExp(`^${chosen.name} für .* eintragen$`) }).click();
  await expect(lead.getByRole('status').filter({ hasText: `${chosen.name} ist eingetragen.` })).toBeVisible();

  await expect(shiftCard(board, note), 'the board shows the person without a reload').toContainText(
    chosen.displayName,
    { timeout: 10_000 },
  );
  await expect(phone.getByText('Café/Offener Treff').first(), '"Meine Schichten" shows the shift live').toBeVisible({
    timeout: 10_000,
  });

  await lead.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(lead, 'Lücken at 390x844');

  await Promise.all([coordination.close(), leadContext.close(), phoneContext.close()]);
});

test('a team lead asks a suggested person, who accepts in "Meine Schichten"', async ({ browser }) => {
  const { context: coordination, board, center, week } = await coordinatorOnPublishedWeek(browser, WEEK_OFFSET + 1);
  const note = uniqueToken('ask');
  await addShift(board, 'demo-cafe', note);

  const leadContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const lead = await leadContext.newPage();
  await signIn(lead, 'teamLead');
  await lead.goto(`/c/${center.slug}/w/${week}/luecken`);
  const chosen = await firstSuggestionWithAccount(lead, board, center.slug, week);
  // The person has "Meine Schichten" open already: the request appears there without a reload.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const phone = await phoneContext.newPage();
  await signIn(phone, chosen.email as `${string}@demo.test`);
  await phone.goto(`/c/${center.slug}/meine`);
  await expect(phone.getByText(/Die Liste aktualisiert sich von selbst/)).toBeVisible();
  const gap = lead.getByRole('article').filter({ hasText: 'Café/Offener Treff' });
  await gap.getByText('Vorschläge').click();
  await gap.getByRole('button', { name: new RegExp(`^${chosen.name} für .* anfragen$`) }).click();
  await expect(lead.getByRole('status').filter({ hasText: `Anfrage an ${chosen.name} gesendet.` })).toBeVisible();

  const requests = phone.getByRole('region', { name: 'Anfragen' });
  await expect(requests).toContainText('Café/Offener Treff');
  await expect(requests).toContainText('Angefragt von Markus Lehmann');
  await expectNoAxeViolations(phone, '"Meine Schichten" with a request');
  await requests.getByRole('button', { name: /annehmen$/ }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Angenommen:' })).toBeVisible();
  await expect(
    phone
      .getByRole('list', { name: /Schichten/ })
      .getByText('Café/Offener Treff')
      .first(),
  ).toBeVisible();
  await expect(shiftCard(board, note), 'the board shows the person without a reload').toContainText(
    chosen.displayName,
    { timeout: 10_000 },
  );

  await Promise.all([coordination.close(), leadContext.close(), phoneContext.close()]);
});

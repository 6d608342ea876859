/** One polite live region per page: short confirmations of what the local user just did. */
export class Announcer {
  message = $state('');
  #counter = 0;

  say(text: string): void {
    // Screen readers only read a change; an identical second message needs a fresh text node.
    this.#counter += 1;
    this.message = this.#counter % 2 === 0 ? text : `${text}\u00a0`;
  }
}

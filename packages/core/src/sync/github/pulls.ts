import type { OpenPull } from "../endpoints/port.js";

/** Pull requests of one repository: what pull-request delivery asks of the forge. */
export interface PullRequests {
  /** "owner/name", for messages. */
  readonly repository: string;
  /** The open pull request from `head` (a branch of this repository) into `base`. */
  findOpen(head: string, base: string): Promise<OpenPull | undefined>;
  create(pull: { head: string; base: string; title: string; body: string }): Promise<OpenPull>;
  update(number: number, pull: { title: string; body: string }): Promise<OpenPull>;
  close(number: number): Promise<void>;
}

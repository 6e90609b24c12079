export function renderTables(action: unknown): string;
export function withTables(readme: string, action: unknown): string;
export function generateActionDocs(root: string, options?: { check?: boolean }): Promise<string[]>;

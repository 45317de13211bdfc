import type * as vscode from 'vscode';
import { Container, type ArticleAnnotatorApi } from './container';

let container: Container | undefined;

export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
	container = new Container(context);
	context.subscriptions.push(container);
	return container.api();
}

/** Writes pending decisions before the extension host goes away (VS Code waits for the promise). */
export async function deactivate(): Promise<void> {
	await container?.flushAll();
	container = undefined;
}

export declare const NODE_TARGET: { platform: 'node'; target: string; supported: Record<string, boolean> };

// What every esbuild bundle of this project targets: Node 20, as the extension host and the
// command line run it. esbuild's tables count Unicode property escapes (\p{Lu}) as unsupported
// there and rewrite each such regular-expression literal into `new RegExp(source, flags)`, which
// then parses its flags and looks its source up on every evaluation; the detector's rules test
// such literals inside loops, so they are declared supported (Node has had them since 10).
export const NODE_TARGET = {
	platform: 'node',
	target: 'node20',
	supported: { 'regexp-unicode-property-escapes': true },
};

/** Writes model containers (see ../model.ts for the format). */
import { gzipSync } from 'node:zlib';
import { encodeKeys, MODEL_FORMAT_VERSION, type ModelHeader, type SectionInfo } from '../model';

export class ContainerWriter {
	private parts: Uint8Array[] = [];
	private offset = 0;
	readonly sections: SectionInfo[] = [];

	add(name: string, kind: SectionInfo['kind'], bytes: Uint8Array, count: number): void {
		// 4-byte alignment padding keeps typed-array views simple
		const pad = (4 - (this.offset % 4)) % 4;
		if (pad) {
			this.parts.push(new Uint8Array(pad));
			this.offset += pad;
		}
		this.sections.push({ name, kind, offset: this.offset, length: bytes.length, count });
		this.parts.push(bytes);
		this.offset += bytes.length;
	}

	/** A hashed table: sorted unique keys and their values. */
	addTable(name: string, keys: Uint32Array, values: Uint8Array | Uint16Array): void {
		const order = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b]);
		const k = new Uint32Array(order.length);
		const v = values instanceof Uint16Array ? new Uint16Array(order.length) : new Uint8Array(order.length);
		let m = 0;
		for (const i of order) {
			if (m > 0 && k[m - 1] === keys[i]) {
				v[m - 1] = Math.max(v[m - 1], values[i]);
				continue;
			}
			k[m] = keys[i];
			v[m] = values[i];
			m++;
		}
		this.add(name + '.keys', 'keys', encodeKeys(k.subarray(0, m)), m);
		const vv = v.subarray(0, m);
		this.add(name + '.values', values instanceof Uint16Array ? 'u16' : 'u8', new Uint8Array(vv.buffer, vv.byteOffset, vv.byteLength), m);
	}

	finish(header: Omit<ModelHeader, 'sections' | 'format'>): Buffer {
		const full: ModelHeader = { ...header, format: MODEL_FORMAT_VERSION, sections: this.sections } as ModelHeader;
		const json = Buffer.from(JSON.stringify(full), 'utf8');
		const head = Buffer.alloc(8);
		head.write('AANM', 0, 'latin1');
		head.writeUInt32LE(json.length, 4);
		const raw = Buffer.concat([head, json, ...this.parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))]);
		// mtime 0 / fixed level: byte-identical output for identical content
		return gzipSync(raw, { level: 9 });
	}
}

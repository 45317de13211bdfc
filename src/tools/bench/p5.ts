import { loadSources, buildArticle, MB, seedOf, BASE_SEED } from './inputs';
import { loadDetector } from '../../core/detect';
import { DocumentDetection } from '../../core/documentDetection';
import { DocumentAnnotations } from '../../core/document';
import { makeDecisions, decorationRanges } from './incremental';
import { packEntities, unpackEntities } from '../../extension/detectionProtocol';
import { timeOnce } from './measure';
async function main() {
  const src = loadSources('/work/main');
  const { francAll } = await import('franc');
  const det = loadDetector('/work/main/media/models');
  const a = buildArticle(src, (process.argv[2]??'fr') as any, Number(process.argv[3]??2)*MB).text;
  const d = new DocumentDetection(det, francAll as any, {}); d.open(a); d.detectPending();
  const ents = d.entities();
  const model = new DocumentAnnotations(makeDecisions(ents, 1000, 1));
  const parts: Record<string, number[]> = {};
  const t = (k: string, f: () => any) => { const r = timeOnce(f); (parts[k] ??= []).push(r.sample.cpuMs); return r.result; };
  for (let i = 0; i < 30; i++) {
    const e = t('entities', () => d.entities());
    const packed = t('pack', () => packEntities(e));
    const cl = t('clone', () => structuredClone(packed, { transfer: [packed.numbers.buffer as ArrayBuffer] }));
    const un = t('unpack', () => unpackEntities(cl));
    t('setDetected', () => model.setDetected(un));
    t('suggestions', () => model.suggestions());
    t('visibleEntities', () => model.visibleEntities());
    t('ranges', () => decorationRanges(model));
  }
  for (const [k, v] of Object.entries(parts)) { v.sort((x,y)=>x-y); console.log(k.padEnd(16), v[v.length>>1].toFixed(2), 'ms cpu'); }
  console.log('entities', ents.length);
}
main();

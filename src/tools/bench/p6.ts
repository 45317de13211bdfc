import { loadSources, buildArticle, MB, seedOf, BASE_SEED } from './inputs';
import { loadDetector } from '../../core/detect';
import { DocumentDetection } from '../../core/documentDetection';
import { makeDecisions } from './incremental';
import { annotationSpans } from './sidecar';
import { unbindAnnotations, bindSidecar } from '../../core/sidecar/bind';
import { serializeSidecar, readSidecarBytes } from '../../core/sidecar/codec';
import { planSidecarSave, wouldLoseAnnotations } from '../../core/sidecar/merge';
import { timeOnce } from './measure';
async function main() {
  const src = loadSources('/work/main');
  const { francAll } = await import('franc');
  const det = loadDetector('/work/main/media/models', { languages: ['fr'] });
  const text = buildArticle(src, 'fr', 1.2*MB).text;
  const d = new DocumentDetection(det, francAll as any, { languages: ['fr'] }); d.open(text); d.detectPending();
  const ann = makeDecisions(annotationSpans(text, d.entities(), 10000), 10000, 3);
  const onDisk = unbindAnnotations({ annotations: ann, orphans: [], articleText: text, documentName: 'x.txt' });
  const yamlText = serializeSidecar(onDisk);
  const bytes = new TextEncoder().encode(yamlText);
  const parsed: any = readSidecarBytes(bytes);
  const parts: Record<string, number[]> = {};
  const t = (k: string, f: () => any) => { const r = timeOnce(f); (parts[k] ??= []).push(r.sample.cpuMs); return r.result; };
  for (let i = 0; i < 8; i++) {
    t('plan', () => planSidecarSave({ articleText: text, documentName: 'x.txt', annotations: ann, orphans: [], base: parsed.sidecar, baseText: yamlText, diskText: yamlText, labels: ['PER','ORG','LOC','DATE','MISC'] }));
    const ours = t('unbind+base', () => unbindAnnotations({ annotations: ann, orphans: [], articleText: text, documentName: 'x.txt', base: parsed.sidecar }));
    t('loss', () => wouldLoseAnnotations(parsed.sidecar, ours));
    t('serialize', () => serializeSidecar(ours));
    t('encode', () => new TextEncoder().encode(yamlText));
    t('parse', () => readSidecarBytes(bytes));
    t('bind', () => bindSidecar(parsed.sidecar, text, { labels: ['PER'] }));
  }
  for (const [k, v] of Object.entries(parts)) { v.sort((x,y)=>x-y); console.log(k.padEnd(16), v[v.length>>1].toFixed(2), 'ms cpu'); }
}
main();

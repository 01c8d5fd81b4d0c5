import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { renderStory } from '../../../src/entry-server.ts';
import { realDataset, withJson, datasetFrom } from '../fixtures/dataTexts.ts';
it('explore', () => {
  const r = renderStory(realDataset());
  writeFileSync('/tmp/explore/body.html', r.body);
  writeFileSync('/tmp/explore/head.html', r.head);
  const d = datasetFrom(withJson('copy', (c) => { c.dek = '<img src=x onerror=alert(document.cookie)>'; c.sections[0].heading = '</script><script>alert(document.cookie)</script>'; c.meta.title = '</title><b>x</b>'; }));
  const r2 = renderStory(d);
  writeFileSync('/tmp/explore/body2.html', r2.body);
  writeFileSync('/tmp/explore/head2.html', r2.head);
  try { const r3 = renderStory(datasetFrom(withJson('copy', (c) => { c.sections[1].id = 'election'; }))); writeFileSync('/tmp/explore/body3.html', r3.body); console.log('dup ok'); } catch (e) { console.log('dup threw', String(e)); }
});

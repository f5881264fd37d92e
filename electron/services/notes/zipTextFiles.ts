/**
 * Packs text files into one zip in memory (yazl), for the per-document notes export. Names are
 * stored as UTF-8 (yazl sets the language-encoding flag), so Indonesian and other Unicode titles
 * survive in every modern unzip tool.
 */
import { ZipFile } from 'yazl';

export function zipTextFiles(files: { name: string; content: string }[], modified: Date): Promise<Buffer> {
  const zip = new ZipFile();
  for (const file of files) zip.addBuffer(Buffer.from(file.content, 'utf8'), file.name, { mtime: modified });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

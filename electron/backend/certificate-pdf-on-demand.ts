import type { CertificateContent } from './certificate-pdf';

/**
 * Draws a certificate, loading the PDF code (certificate-pdf.ts and pdf-lib)
 * the first time one is asked for: starting the trainer does not load it.
 */
export async function certificatePdf(content: CertificateContent): Promise<Uint8Array> {
  const { certificatePdf: draw } = await import('./certificate-pdf');
  return draw(content);
}

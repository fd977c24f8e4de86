// Renders a briefing into a file format (Excel, PDF).
import type { Briefing } from '../domain/briefing.js';

export interface BriefingRenderer {
  readonly extension: 'xlsx' | 'pdf';
  readonly contentType: string;
  render(briefing: Briefing): Promise<Uint8Array>;
}

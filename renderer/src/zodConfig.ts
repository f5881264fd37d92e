/**
 * Imported first: zod probes for `new Function` to speed up parsing, and although it catches the
 * refusal, the app's strict CSP still reports it as a violation at every start. The app parses
 * little in the renderer, so the slower path costs nothing a user could notice.
 */
import { z } from 'zod';

z.config({ jitless: true });

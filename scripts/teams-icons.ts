/** Draws teams/color.png (192×192) and teams/outline.png (32×32); run after changing scripts/teams/icons.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/platform/paths.js';
import { colorIcon, outlineIcon } from './teams/icons.js';

const dir = join(PROJECT_ROOT, 'teams');
writeFileSync(join(dir, 'color.png'), colorIcon());
writeFileSync(join(dir, 'outline.png'), outlineIcon());
console.log(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);

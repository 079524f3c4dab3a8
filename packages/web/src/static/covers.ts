/**
 * Cover images for the demo campaigns, drawn as small SVGs so the repository ships no photos
 * and a page costs a few hundred bytes of image.
 */
const frame = (body: string, background: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630" role="img"><rect width="1200" height="630" fill="${background}"/>${body}</svg>`;

const drawings: Record<string, string> = {
  'assembly.svg': frame(
    `<rect x="300" y="260" width="600" height="300" fill="#e8e2d0"/><polygon points="280,260 600,130 920,260" fill="#d8cfb6"/>${[
      0, 1, 2, 3, 4, 5,
    ]
      .map((i) => `<rect x="${340 + i * 100}" y="290" width="40" height="250" fill="#c2b79a"/>`)
      .join('')}${[0, 1, 2, 3, 4, 5, 6, 7]
      .map(
        (i) =>
          `<line x1="${160 + i * 125}" y1="600" x2="${160 + i * 125}" y2="420" stroke="#5a6470" stroke-width="6"/><rect x="${163 + i * 125}" y="420" width="60" height="38" fill="${['#c0392b', '#2e86c1', '#27ae60', '#f1c40f'][i % 4]}"/>`,
      )
      .join('')}`,
    '#9cc3d5',
  ),
  'mountains.svg': frame(
    '<polygon points="0,630 250,260 480,630" fill="#6c7a89"/><polygon points="300,630 620,180 940,630" fill="#4b5a6a"/><polygon points="560,180 620,180 590,150" fill="#fff"/><polygon points="720,630 1000,300 1200,520 1200,630" fill="#7f8c8d"/><polygon points="0,630 0,520 400,430 800,560 1200,470 1200,630" fill="#2f4f4f"/>',
    '#dfe9f0',
  ),
  'crescent.svg': frame(
    '<rect y="420" width="1200" height="70" fill="#e67e22"/><rect y="490" width="1200" height="70" fill="#d35400"/><rect y="560" width="1200" height="70" fill="#a04000"/><circle cx="600" cy="230" r="120" fill="#f9e79f"/><circle cx="650" cy="200" r="110" fill="#1b2631"/>',
    '#1b2631',
  ),
  'village.svg': frame(
    `${[0, 1, 2, 3]
      .map(
        (i) =>
          `<rect x="${150 + i * 250}" y="400" width="180" height="160" fill="#5d4e3c"/><polygon points="${130 + i * 250},400 ${240 + i * 250},320 ${350 + i * 250},400" fill="#3e3428"/>`,
      )
      .join(
        '',
      )}<rect x="670" y="450" width="50" height="50" fill="#f5b041"/><circle cx="980" cy="140" r="50" fill="#fdfefe"/><rect y="560" width="1200" height="70" fill="#2c2c2c"/>`,
    '#1a2540',
  ),
  'path.svg': frame(
    '<circle cx="600" cy="330" r="150" fill="#f8c471"/><rect y="330" width="1200" height="300" fill="#52796f"/><polygon points="560,330 640,330 900,630 300,630" fill="#cad2c5"/>',
    '#fdebd0',
  ),
};

/** By file name. A Map, so a name like `constructor` or `__proto__` finds nothing. */
export const covers: ReadonlyMap<string, string> = new Map(Object.entries(drawings));

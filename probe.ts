import { analyseDocument } from './shared/domain/analyse-document.js';

const docs = [
  'Publié le 3 février 2024\nLe commerce extérieur du Maroc a enregistré un déficit de 285,7 milliards de dirhams en 2023, en baisse de 7,4 % sur un an. Les exportations ont atteint 430,1 MMDH, tandis que les importations se sont chiffrées à 715,8 MMDH.',
  "Les exportations de la Côte d'Ivoire vers les Pays-Bas, premier client du pays, ont atteint 1 020 milliards de FCFA en 2022.",
  "La Belgique a importé pour 2,4 milliards d'euros de produits chinois au premier trimestre 2023, soit une hausse de 11 % par rapport au premier trimestre 2022.",
  "Selon Eurostat, les importations de l'UE en provenance de Russie ont chuté de 58 % en 2023, à 49 milliards d'euros.",
  'Het Vlaamse exportvolume naar de Verenigde Staten bedroeg vorig jaar 27,6 miljard euro, goed voor 7,2 procent van de totale Vlaamse uitvoer. Brussel, 14 maart 2024.',
  'De uitvoer van Marokkaanse tomaten naar Nederland steeg in 2022 met 14 procent tot 180 miljoen euro.',
  'België is de vierde grootste investeerder in Marokko, met een stock van 3,1 miljard euro eind 2022.',
  'Exports of Moroccan cars to France reached EUR 3.2 billion in 2022, making France the largest buyer of Moroccan vehicles.',
  "Japan's trade surplus with Morocco narrowed to ¥42 billion in 2021 from ¥55 billion in 2020.",
  'The Netherlands imported goods worth EUR 2.1bn from Morocco last year, according to CBS data published on 20 March 2024.',
  'Morocco aims to attract $10 billion in foreign direct investment a year by 2026, up from about $2.2 billion in 2022.',
  "China's exports to Africa hit a record $282 billion in 2022, while imports from the continent were $117 billion.",
];
for (const text of docs) {
  console.log('>>', text.replace(/\n/g, ' | ').slice(0, 150));
  for (const f of analyseDocument(text, { documentId: 'x' }).figures)
    console.log(
      '   ',
      f.metric,
      f.measure,
      f.from,
      '→',
      f.to,
      f.value,
      f.unit,
      f.period,
      f.kind,
      f.bound,
      f.sector ?? '',
      JSON.stringify(f.quote),
    );
}

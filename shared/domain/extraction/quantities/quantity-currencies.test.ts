// Amounts as the world's press writes them: ISO codes, local signs and words, the scales of wire and Indian
// press, and the currencies only the text's country tells (CFA franc zone, rupee).
import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { findQuantities } from './quantities.js';

const amounts = (text: string, language: Language) =>
  findQuantities(text, language).map((q) => [q.value, q.unit, text.slice(q.start, q.end)]);

describe('currencies beyond the reference rate table', () => {
  it('reads any ISO 4217 code before or after a number, in capitals', () => {
    expect(
      amounts(
        'Egypt sold EGP 95 billion abroad; Peru PEN 40bn; Kazakhstan 3.2 trillion KZT in exports.',
        'en',
      ),
    ).toEqual([
      [9.5e10, 'EGP', 'EGP 95 billion'],
      [4e10, 'PEN', 'PEN 40bn'],
      [3.2e12, 'KZT', '3.2 trillion KZT'],
    ]);
  });

  it('does not read a code-like word in lower case, or a capitalised word that is also a code, as a currency', () => {
    expect(amounts('In 2022 all shipments grew; the TOP 10 buyers took most of it.', 'en')).toEqual([]);
  });

  it('reads local signs before a number', () => {
    expect(
      amounts(
        'Lagos earned ₦5.2 trillion, Accra GH¢ 4.5 billion, Seoul ₩70 trillion and Taipei NT$3.1 trillion.',
        'en',
      ),
    ).toEqual([
      [5.2e12, 'NGN', '₦5.2 trillion'],
      [4.5e9, 'GHS', 'GH¢ 4.5 billion'],
      [7e13, 'KRW', '₩70 trillion'],
      [3.1e12, 'TWD', 'NT$3.1 trillion'],
    ]);
  });

  it('reads a dollar named by its country after it before the bare dollar', () => {
    expect(
      amounts(
        'Ventes de 3,4 milliards de dollars canadiens et de 2 milliards de dollars néo-zélandais.',
        'fr',
      ),
    ).toEqual([
      [3.4e9, 'CAD', '3,4 milliards de dollars canadiens'],
      [2e9, 'NZD', '2 milliards de dollars néo-zélandais'],
    ]);
  });

  it('reads the rand as "R" before a number, after the real\'s "R$"', () => {
    expect(amounts('Wine worth R12.5 billion and coffee worth R$ 3 billion were shipped.', 'en')).toEqual([
      [1.25e10, 'ZAR', 'R12.5 billion'],
      [3e9, 'BRL', 'R$ 3 billion'],
    ]);
  });

  it('reads currency words in each language, and "won" or "dong" only after a scale', () => {
    expect(
      amounts(
        'Shipments of 1.2 trillion baht, 400 billion zlotys, 8 trillion roubles and 70 trillion won.',
        'en',
      ),
    ).toEqual([
      [1.2e12, 'THB', '1.2 trillion baht'],
      [4e11, 'PLN', '400 billion zlotys'],
      [8e12, 'RUB', '8 trillion roubles'],
      [7e13, 'KRW', '70 trillion won'],
    ]);
    expect(
      amounts(
        'Les ventes ont atteint 9 000 milliards de wons et 180 milliards de couronnes suédoises.',
        'fr',
      ),
    ).toEqual([
      [9e12, 'KRW', '9 000 milliards de wons'],
      [1.8e11, 'SEK', '180 milliards de couronnes suédoises'],
    ]);
    expect(
      amounts('De verkoop bedroeg 60 miljard Zweedse kronen en 2 miljard Mexicaanse peso’s.', 'nl'),
    ).toEqual([
      [6e10, 'SEK', '60 miljard Zweedse kronen'],
      [2e9, 'MXN', '2 miljard Mexicaanse peso’s'],
    ]);
    expect(amounts('The team of 5 won the tender.', 'en')).toEqual([]);
  });
});

describe('signs of the Maghreb press', () => {
  it('reads "MD" and "MDT" as millions of Tunisian dinars, and "DA" as the Algerian dinar', () => {
    expect(amounts('Les ventes ont atteint 9 250 MD, puis 120 MDT, et 1 200 milliards de DA.', 'fr')).toEqual(
      [
        [9.25e9, 'TND', '9 250 MD'],
        [1.2e8, 'TND', '120 MDT'],
        [1.2e12, 'DZD', '1 200 milliards de DA'],
      ],
    );
  });
});

describe('scales of the wire and the Indian press', () => {
  it('reads "bln", "mln" and "trn"', () => {
    expect(amounts('Sales of $21.5 bln, $300 mln and $1.2 trn.', 'en')).toEqual([
      [2.15e10, 'USD', '$21.5 bln'],
      [3e8, 'USD', '$300 mln'],
      [1.2e12, 'USD', '$1.2 trn'],
    ]);
  });

  it('reads crore, lakh and lakh crore, the quote holding the whole scale', () => {
    expect(amounts('Rs 5,000 crore, ₹1.02 lakh crore and Rs 40 lakh.', 'en')).toEqual([
      [5e10, 'INR', 'Rs 5,000 crore'],
      [1.02e12, 'INR', '₹1.02 lakh crore'],
      [4e6, 'INR', 'Rs 40 lakh'],
    ]);
  });

  it('reads the Indian grouping by lakhs and the taka sign', () => {
    expect(amounts('Dhaka shipped goods worth Tk 3,48,250 crore, and ৳12.5 billion of jute.', 'en')).toEqual([
      [3.4825e12, 'BDT', 'Tk 3,48,250 crore'],
      [1.25e10, 'BDT', '৳12.5 billion'],
    ]);
  });

  it('reads the signs of the local press: ringgit, rupiah, riyals, Egyptian pound, lira, sol, birr, baht, peso', () => {
    expect(
      amounts(
        'Palm oil earned RM 98 billion, coal Rp 410 trillion, dates SR 2.1 billion, gas QR 90 billion, cotton E£ 7 billion, steel ₺55 billion and TL 8 billion, copper S/ 12 billion, coffee Br 65 billion, rice Bt 180 billion and cars Mex$ 20 billion.',
        'en',
      ).map(([, unit]) => unit),
    ).toEqual(['MYR', 'IDR', 'SAR', 'QAR', 'EGP', 'TRY', 'TRY', 'PEN', 'ETB', 'THB', 'MXN']);
  });

  it('reads a bare "N" fused to a number as the naira, only in a text that names Nigeria', () => {
    expect(amounts('Nigerian cocoa sales reached N1.4 trillion, against N 3 in the table.', 'en')).toEqual([
      [1.4e12, 'NGN', 'N1.4 trillion'],
    ]);
    expect(amounts('Route N2 carried N5 billion of freight across Ghana.', 'en')).toEqual([]);
  });

  it('reads a scale joined to an amount by a hyphen, after a currency sign', () => {
    expect(amounts('Shipments totalled $5.6-billion, and a C$1.2-million grant followed.', 'en')).toEqual([
      [5.6e9, 'USD', '$5.6-billion'],
      [1.2e6, 'CAD', 'C$1.2-million'],
    ]);
  });

  it('reads "pc" after a number as percent', () => {
    expect(amounts('Sales were up 5pc, and 12 pc abroad.', 'en')).toEqual([
      [5, 'percent', '5pc'],
      [12, 'percent', '12 pc'],
    ]);
  });
});

describe("currencies the text's country tells", () => {
  it('reads the CFA franc of the zone whose country the text names first', () => {
    expect(amounts('Le Gabon a vendu pour 300 milliards de FCFA au Sénégal.', 'fr')).toEqual([
      [3e11, 'XAF', '300 milliards de FCFA'],
    ]);
    expect(amounts('Le Mali a acheté pour 200 milliards de francs CFA au Cameroun.', 'fr')).toEqual([
      [2e11, 'XOF', '200 milliards de francs CFA'],
    ]);
    expect(amounts('Un marché de 50 milliards de FCFA.', 'fr')).toEqual([
      [5e10, 'XOF', '50 milliards de FCFA'],
    ]);
  });

  it('reads "Sh" and "shillings" as the shilling of the East African country the text names first', () => {
    expect(
      amounts('Kenya sold tea worth Sh72 billion, or 3 billion shillings of it to Egypt.', 'en'),
    ).toEqual([
      [7.2e10, 'KES', 'Sh72 billion'],
      [3e9, 'KES', '3 billion shillings'],
    ]);
    expect(amounts('Uganda earned Shs1.2 trillion from coffee sold to Kenya.', 'en')).toEqual([
      [1.2e12, 'UGX', 'Shs1.2 trillion'],
    ]);
  });

  it('reads "Rs" as the rupee of Pakistan, Sri Lanka or Nepal when the text names it before India', () => {
    expect(amounts('Pakistan sold goods worth Rs 450 billion to India.', 'en')).toEqual([
      [4.5e11, 'PKR', 'Rs 450 billion'],
    ]);
    expect(amounts('India sold goods worth Rs 450 billion to Sri Lanka.', 'en')).toEqual([
      [4.5e11, 'INR', 'Rs 450 billion'],
    ]);
  });

  it('reads a bare "$" as the dollar of the one dollar economy a text speaks for in the first person', () => {
    const units = (text: string) =>
      findQuantities(text, 'en')
        .filter((q) => q.type === 'money')
        .map((q) => q.unit);
    expect(
      units(
        'Korea is our second export market, taking $31 billion of goods, ahead of India ($12 billion). Firms from Germany hold $40 billion of assets in Canada.',
      ),
    ).toEqual(['CAD', 'CAD', 'CAD']);
    // (a first person trading with the dollar economy it names keeps the US dollar)
    expect(units('Our exports to Canada reached $300 billion, and those to Mexico $250 billion.')).toEqual([
      'USD',
      'USD',
    ]);
  });
});

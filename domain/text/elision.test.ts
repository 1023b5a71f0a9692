import { ofWord } from "./elision";

describe("French elision", () => {
  it("elides « de » before a vowel (« Heures d'avril », « d'août ») and not before a consonant", () => {
    expect(`Heures ${ofWord("avril 2026")}`).toBe("Heures d'avril 2026");
    expect(`Heures ${ofWord("août 2026")}`).toBe("Heures d'août 2026");
    expect(`Heures ${ofWord("octobre 2026")}`).toBe("Heures d'octobre 2026");
    expect(`Heures ${ofWord("mars 2026")}`).toBe("Heures de mars 2026");
  });
});

/**
 * The « préférence locale » guard (domain reference § 6.6): any residence wording (habitant,
 * résidant, domicilié, vivant, originaire, issu, demonyms, « en priorité ») tied to a place
 * (commune, ville, agglomération, métropole, bassin d'emploi, département, territoire, a place name)
 * is refused; priority publics defined by their situation stay allowed.
 */
import { findLocalPreference } from "./local-preference";
import { nationalDrafting } from "./test-pack";

const { rules } = nationalDrafting();
const refused = (text: string) => findLocalPreference(rules, { publicsNote: text }).length > 0;

const REFUSED = [
  "habitants de la commune",
  "Personnes résidant sur le territoire de l'agglomération",
  "demandeurs d'emploi domiciliés dans le département",
  "Résidents à Valrivière",
  "priorité à la main-d'œuvre locale",
  "recrutement local uniquement",
  "jeunes du territoire",
  "Préférence communale pour l'embauche",
  "entreprises implantées sur le territoire",
  // The misses:
  "candidats habitant la commune",
  "Valriviérois en priorité",
  "chômeurs de la métropole",
  "personnes vivant dans l'agglomération",
  "demandeurs d'emploi du bassin d'emploi de Valrivière",
  // More wordings of the same thing:
  "habitants de Valrivière",
  "personnes originaires de la région",
  "jeunes issus de la ville",
  "candidats domiciliés à moins de 30 km du chantier",
  "priorité aux Valriviérois",
  "personnes habitant à proximité du chantier",
  "salariés résidant dans la communauté de communes",
  "jeunes nés à Valrivière",
  "habitants des communes voisines",
  "population locale",
  "recrutement réservé aux habitants du quartier Saint-Jean",
  "personnes vivant en Île-de-France",
  "demandeurs d'emploi de la ville",
  "public local",
  "jeunes locaux",
  "gens du coin",
  "habitants de notre territoire",
  "Valriviéroises et Valriviérois en priorité",
  "résidents de l'intercommunalité",
  "personnes demeurant sur la commune",
  "les habitants du département d'abord",
  "emplois réservés aux Lyonnais",
  "chômeurs du bassin de vie",
  "personnes installées dans la ville depuis deux ans",
  "voisins en priorité",
  "candidats de la communauté d'agglomération",
];

const ALLOWED = [
  "résidents des quartiers prioritaires de la politique de la ville (QPV)",
  "habitants des QPV",
  "personnes résidant en QPV",
  "résidents QPV en priorité",
  "habitants des quartiers prioritaires en priorité",
  "résidents d'un quartier prioritaire",
  "personnes résidant en zone de revitalisation rurale (ZRR)",
  "jeunes issus de l'ASE",
  "jeunes suivis par la Mission locale",
  "bénéficiaires du RSA",
  "demandeurs d'emploi de longue durée en priorité",
  "personnes orientées par le PLIE de la métropole",
  "demandeurs d'emploi du secteur du bâtiment",
  "femmes éloignées de l'emploi",
  "personnes maîtrisant mal le français en priorité",
  "jeunes de moins de 26 ans",
  "seniors de plus de 50 ans",
  "personnes vivant en hébergement d'urgence",
  "faire connaître le marché aux structures d'insertion du territoire",
  "personnes en situation de handicap",
  "parents isolés en priorité",
  "jeunes sans qualification d'ici 2027",
];

describe("the « préférence locale » guard", () => {
  it("has at least 30 refused phrasings and 20 allowed ones under test", () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(30);
    expect(ALLOWED.length).toBeGreaterThanOrEqual(20);
  });

  it.each(REFUSED)("refuses « %s »", (text) => expect(refused(text)).toBe(true));

  it.each(ALLOWED)("allows « %s »", (text) => expect(refused(text)).toBe(false));
});

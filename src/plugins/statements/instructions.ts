/**
 * The « Mode d'emploi » of a form, in French: what to fill, how, and what happens to it.
 */
import { frenchDay, periodLabel, readPeriod, type SealedForm } from "../../../domain/statements";

/**
 * The lines of the instructions sheet (the first is its title).
 *
 * @example
 * instructionLines(model)[0] // => "Relevé des heures d'insertion : mode d'emploi"
 */
export function instructionLines(model: SealedForm): string[] {
  const period = readPeriod(model.identity.period);
  return [
    "Relevé des heures d'insertion : mode d'emploi",
    `Ce relevé concerne ${model.company.name} pour ${periodLabel(period)} (du ${frenchDay(period.from)} au ${frenchDay(period.to)}). Il vous est envoyé par ${model.guichetName}, à qui vous rendez compte des heures d'insertion de vos marchés.`,
    "1. Dans l'onglet « Relevé », remplissez une ligne par personne en parcours d'insertion et par marché, dans les cellules jaunes du tableau du bas.",
    "2. « Personne » : choisissez la personne dans la liste. Pour une personne qui n'y est pas encore, laissez « Personne » vide et remplissez « Nouvelle personne : nom et prénom » et sa date de naissance : le guichet vérifiera son éligibilité avant de compter ses heures.",
    "3. « Marché » : choisissez le marché dans la liste. « Mutualisé » n'apparaît que si l'un de vos marchés le permet : les heures sont alors réparties par le guichet entre vos marchés mutualisables.",
    "4. « Mode » et « Type de contrat » : choisissez dans la liste (embauche directe, mise à disposition, CDD, intérim…).",
    "5. « Premier jour travaillé » et « Dernier jour travaillé » : les dates de la période pendant lesquelles la personne a travaillé sur ce marché (jj/mm/aaaa).",
    "6. « Heures » : le nombre d'heures réalisées sur ces jours, décimales avec une virgule (35,5).",
    "7. Remplissez l'attestation (nom et prénom, fonction, date), enregistrez le fichier au format .xlsx sans changer son nom ni ses colonnes, et renvoyez-le au guichet.",
    "Le relevé est protégé (sans mot de passe) pour que sa structure reste lisible par le guichet : n'ajoutez, ne supprimez et ne déplacez ni colonne ni ligne. S'il vous manque des lignes, demandez un second relevé au guichet.",
    "Une correction ? Renvoyez le relevé corrigé en entier : il remplace le précédent pour ce mois.",
    "Ce fichier ne contient que vos marchés et les personnes que vous avez déclarées ; il ne contient aucune information sur leur situation.",
  ];
}

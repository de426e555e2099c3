// The word lists of the French/English detector: function words (the strongest clue, even in a
// three-word heading) and the content words of show notes that only one language spells so.
// Words both languages write the same way (a, on, son, plus, notes, podcast…) are left out.

const FRENCH_FUNCTION = `
le la les un une des du de au aux ce cet cette ces mon ma mes ton ta tes sa ses notre nos votre
vos leur leurs je tu il elle nous vous ils elles lui leur eux moi toi soi y se qui que quoi dont où
et ou mais donc ni car si ne pas plus jamais rien aucun aucune sans avec chez dans sur sous
entre vers pour par selon depuis pendant avant après contre comme aussi très trop peu beaucoup
tout toute tous toutes autre autres même mêmes quel quelle quels quelles lequel laquelle
est sont être était étaient été sera seront serait avoir avons avez ont avait ai eu aura
fait faire font peut peuvent doit doivent faut va vont suis es sommes êtes
ça cela ceci celui celle ceux celles voici voilà ici là alors ainsi encore déjà
toujours souvent parfois enfin puis quand comment pourquoi combien lorsque puisque tandis
afin chaque plusieurs quelque quelques certains certaines à en non oui bien mieux
`;

const ENGLISH_FUNCTION = `
the of and or but if then than that this these those there here where when why how what which
who whom whose is are was were be been being am has have had having do does did done doing
will would shall should can could may might must to from in into onto with without within by for
at about above below over under after before between through during against among around
i you he she it we they him her us them my your his its our their mine yours ours theirs
not no nor so too very just only also all any both each every few more most other some such
own same up down out off again further once because while until upon
`;

const FRENCH_CONTENT = `
bonjour bonsoir salut bienvenue épisode épisodes émission balado balados invité invitée invités entrevue entretien animé animée
animation réalisation réalisé réalisée production musique liens lien ressources abonnez abonner
abonnement écoutez écouter suivez retrouvez partagez merci remerciements crédits générique
sommaire résumé pour aller loin découvrir savoir qu'est-ce chapitres chapitre
fondateur fondatrice directeur directrice professeur professeure autrice chercheur chercheuse ancien
ancienne délégué déléguée aujourd'hui semaine saison nouvelle nouveau nouvelles nouveaux premier première dernier dernière
`;

const ENGLISH_CONTENT = `
hello welcome show episode episodes guest guests hosted host interview listen subscribe follow share thanks
thank credits music links link resources further reading learn more about today week season
new first last recognizing recognising capacity what's whats who's key takeaways highlights
summary transcript chapters chapter produced funded episode's featuring founder founded executive
director professor author researcher former
`;

const words = (list: string) => new Set(list.trim().split(/\s+/));

export const FRENCH_WORDS = words(FRENCH_FUNCTION);
export const ENGLISH_WORDS = words(ENGLISH_FUNCTION);
export const FRENCH_CONTENT_WORDS = words(FRENCH_CONTENT);
export const ENGLISH_CONTENT_WORDS = words(ENGLISH_CONTENT);

using Ressourcerie.Analytics.Interviews;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// The material of the synthetic interviews: a hierarchical codebook as a team would build it for
/// this study (practices, obstacles, levers, needs, storage, eco-responsible practices, end of life,
/// purchasing, organisation), the salience of each code (how often it comes up), the order of the
/// interview guide, the pairs of codes two coders confuse, and passages written as people speak,
/// each with its codes. All of it is fictional.
/// </summary>
internal static class InterviewCorpus
{
    private const string RoleRegisseur = "Organisation > Rôle du régisseur";
    private const string RelationDsi = "Organisation > Relation avec la DSI";
    private const string Circulation = "Organisation > Circulation de l'information";
    private const string PretInstitutions = "Pratiques de prêt > Prêt entre institutions";
    private const string EmpruntPonctuel = "Pratiques de prêt > Emprunt ponctuel";
    private const string Location = "Pratiques de prêt > Location";
    private const string Mutualisation = "Pratiques de prêt > Mutualisation locale";
    private const string BesoinVideo = "Besoins > Vidéo";
    private const string BesoinInformatique = "Besoins > Informatique";
    private const string BesoinAudio = "Besoins > Audio";
    private const string BesoinInteractif = "Besoins > Dispositifs interactifs";
    private const string PicsSaisonniers = "Besoins > Pics saisonniers";
    private const string Dormant = "Stockage > Matériel dormant";
    private const string ManquePlace = "Stockage > Manque de place";
    private const string InventaireIncomplet = "Stockage > Inventaire incomplet";
    private const string Assurance = "Freins > Assurance";
    private const string Transport = "Freins > Transport";
    private const string Compatibilite = "Freins > Compatibilité";
    private const string Temps = "Freins > Temps";
    private const string Responsabilite = "Freins > Responsabilité";
    private const string Procedures = "Freins > Procédures administratives";
    private const string Confiance = "Freins > Confiance";
    private const string Plateforme = "Leviers > Plateforme de partage";
    private const string Catalogue = "Leviers > Catalogue commun";
    private const string Convention = "Leviers > Convention type";
    private const string Reseau = "Leviers > Réseau régional";
    private const string Accompagnement = "Leviers > Accompagnement technique";
    private const string Incitation = "Leviers > Incitation du ministère";
    private const string Reemploi = "Pratiques éco-responsables > Réemploi";
    private const string Reparation = "Pratiques éco-responsables > Réparation";
    private const string Reconditionne = "Pratiques éco-responsables > Achat reconditionné";
    private const string Sobriete = "Pratiques éco-responsables > Sobriété";
    private const string Don = "Fin de vie > Don";
    private const string Deee = "Fin de vie > Recyclage DEEE";
    private const string Reforme = "Fin de vie > Réforme comptable";
    private const string MarchesPublics = "Achats > Marchés publics";
    private const string Budget = "Achats > Budget";

    /// <summary>The parent codes in the order of the interview guide.</summary>
    public static IReadOnlyList<string> GuideOrder { get; } =
    [
        "Organisation", "Pratiques de prêt", "Besoins", "Stockage", "Freins", "Leviers",
        "Pratiques éco-responsables", "Fin de vie", "Achats",
    ];

    /// <summary>Every leaf code with its salience: the relative chance that a passage of an interview is about it.</summary>
    public static IReadOnlyList<(string Code, double Salience)> Codes { get; } =
    [
        (RoleRegisseur, 2.0), (RelationDsi, 1.5), (Circulation, 1.2),
        (PretInstitutions, 3.0), (EmpruntPonctuel, 2.0), (Location, 2.0), (Mutualisation, 1.5),
        (BesoinVideo, 2.5), (BesoinInformatique, 1.8), (BesoinAudio, 1.6), (BesoinInteractif, 1.3), (PicsSaisonniers, 1.4),
        (Dormant, 3.0), (ManquePlace, 1.5), (InventaireIncomplet, 2.0),
        (Assurance, 2.5), (Transport, 2.5), (Compatibilite, 2.0), (Temps, 2.2), (Responsabilite, 1.8), (Procedures, 1.8), (Confiance, 1.2),
        (Plateforme, 2.5), (Catalogue, 1.5), (Convention, 1.5), (Reseau, 1.5), (Accompagnement, 1.2), (Incitation, 1.0),
        (Reemploi, 2.0), (Reparation, 1.5), (Reconditionne, 1.2), (Sobriete, 1.0),
        (Don, 1.2), (Deee, 1.4), (Reforme, 1.0),
        (MarchesPublics, 1.5), (Budget, 1.8),
    ];

    /// <summary>The codebook: every leaf code and its parents.</summary>
    public static Codebook Codebook() => new(Codes.Select(c => new Code(c.Code)));

    /// <summary>Codes a second coder puts where the first put the other one: close meanings, the usual source of disagreement.</summary>
    public static IReadOnlyList<(string, string)> ConfusedPairs { get; } =
    [
        (Temps, Procedures), (Responsabilite, Assurance), (Dormant, InventaireIncomplet), (Plateforme, Catalogue),
        (EmpruntPonctuel, Location), (PretInstitutions, Mutualisation), (Reemploi, Don), (Budget, MarchesPublics),
        (BesoinInteractif, BesoinInformatique), (Reseau, Mutualisation),
    ];

    public static string? ConfusedWith(string code)
    {
        foreach (var (a, b) in ConfusedPairs)
        {
            if (a == code) return b;
            if (b == code) return a;
        }
        return null;
    }

    private static CodingPassage P(string profiles, string text, params string[] codes) =>
        new(text, codes, profiles.Select(ProfileOf).ToArray());

    private static RespondentProfile ProfileOf(char letter) => letter switch
    {
        'T' => RespondentProfile.Technique,
        'D' => RespondentProfile.Dsi,
        'N' => RespondentProfile.Numerique,
        'C' => RespondentProfile.Collections,
        'R' => RespondentProfile.Rso,
        'E' => RespondentProfile.Expert,
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Profil inconnu."),
    };

    /// <summary>
    /// The passages. Profiles: T technique (régie), D DSI, N numérique, C collections, R RSO, E expert.
    /// A few passages carry personal data or start with "=", "+", "-" or "@", as real transcripts do,
    /// so that redaction and formula-safe writing are exercised.
    /// </summary>
    public static IReadOnlyList<CodingPassage> Passages { get; } =
    [
        // Organisation
        P("T", "C'est la régie qui tient le tableau du matériel, enfin quand on a le temps de le mettre à jour. Pour les {objets}, c'est moi qui sais où ils sont, pas le logiciel.", RoleRegisseur, InventaireIncomplet),
        P("TC", "Le régisseur, chez nous, fait tout : le montage, le transport, les constats d'état, et en plus on lui demande de gérer le parc audiovisuel.", RoleRegisseur, Temps),
        P("T", "Quand un artiste arrive avec sa fiche technique, c'est moi qui la traduis en liste de matériel et qui regarde d'abord ce qu'on a déjà en réserve.", RoleRegisseur, Dormant),
        P("T", "Tout le monde ici dit « demande à {moi} » dès qu'il manque un câble ou un {objet} : je suis un peu la mémoire du parc.", RoleRegisseur),
        P("TC", "Mon collègue {collegue} s'occupe des prêts d'œuvres, et moi du matériel ; on ne se parle pas assez, alors qu'on pourrait grouper les transports.", RoleRegisseur, Transport),
        P("D", "La DSI gère les postes bureautiques, mais tout ce qui est dans les salles d'exposition, on ne le voit pas passer : ce n'est pas dans notre inventaire.", RelationDsi, InventaireIncomplet),
        P("TN", "Avec la DSI, on a un vrai problème de périmètre : un mini-PC caché dans une vitrine, c'est de l'informatique ou de la muséographie ?", RelationDsi),
        P("D", "On masterise tous les postes de la même façon ; un ordinateur qui revient d'un prêt, on le réinstalle entièrement, c'est une demi-journée à chaque fois.", RelationDsi, Temps),
        P("D", "Si on prête un portable, il sort du domaine : il faut désactiver les comptes, retirer le chiffrement… La sécurité, c'est notre premier frein.", RelationDsi, Responsabilite),
        P("", "On ne sait pas ce qu'ont les autres établissements. Parfois le lieu d'à côté a exactement ce qu'il nous faut dans une caisse, et on l'apprend après avoir acheté.", Circulation, Catalogue),
        P("NC", "Les demandes arrivent par mail, par téléphone, au détour d'un vernissage… Il n'y a aucun endroit où tout est centralisé.", Circulation, Plateforme),
        P("NCR", "Le plus simple, c'est de m'écrire à {courriel} avec les dates et la liste ; je transmets ensuite à la régie.", Circulation, PretInstitutions),
        P("TN", "@régie sur la messagerie interne, c'est là qu'on se signale le matériel disponible, mais personne à l'extérieur n'y a accès.", Circulation),
        P("TC", "+33 {standard}, c'est la ligne de la régie : toutes les demandes de prêt passent par là, même celles des autres musées.", Circulation, PretInstitutions),

        // Pratiques de prêt
        P("T", "On a déjà prêté des {objets} au centre d'art voisin pour un festival ; ça s'est bien passé, mais tout reposait sur une relation personnelle.", PretInstitutions, Confiance),
        P("C", "Pour les œuvres, le prêt est très encadré : convention, constat d'état, assurance clou à clou. Pour le matériel, il n'existe rien de tel.", PretInstitutions, Convention),
        P("", "L'an dernier, on a prêté {n} {objets} à un Frac pour une exposition hors les murs : ils sont revenus en parfait état, avec un petit mot.", PretInstitutions),
        P("TC", "On prête plus qu'on n'emprunte, en fait. Les petites structures nous appellent parce qu'elles savent qu'on a du stock.", PretInstitutions, Dormant),
        P("TE", "Quand un collègue d'un autre lieu a besoin de quelque chose, il m'appelle directement sur mon portable, au {portable}, et on s'arrange entre nous.", PretInstitutions, Circulation),
        P("", "Il y a une forme de réciprocité : on leur a prêté des {objets}, ils nous ont dépannés d'un {objet} au dernier moment.", PretInstitutions, Mutualisation),
        P("T", "Pour le vernissage, on a emprunté deux {objets} à l'école d'art ; on les a rendus le lundi, et personne n'a rien signé.", EmpruntPonctuel, Responsabilite),
        P("N", "Pour un événement d'un week-end, emprunter a vraiment du sens ; pour une exposition de quatre mois, c'est plus compliqué de bloquer le matériel de quelqu'un d'autre.", EmpruntPonctuel, PicsSaisonniers),
        P("", "On emprunte surtout en urgence, quand un {objet} tombe en panne la veille d'une ouverture.", EmpruntPonctuel),
        P("", "Emprunter, on le fait déjà, mais toujours à des gens qu'on connaît : jamais on n'appellerait un établissement d'une autre région.", EmpruntPonctuel, Confiance),
        P("T", "Pour les grosses expositions, on loue chez un prestataire : c'est cher, mais tout est compris, la livraison, l'installation, le dépannage.", Location, Temps),
        P("", "On a loué {n} {objets} pendant trois mois pour « {expo} » : au final, on a payé presque le prix d'achat.", Location, Budget),
        P("R", "La location, d'un point de vue environnemental, ce n'est pas idiot : le matériel tourne. Mais le loueur renouvelle son parc très vite.", Location, Reemploi),
        P("", "On passe par la location parce que c'est la seule façon d'avoir du matériel récent sans l'immobiliser toute l'année.", Location, Dormant),
        P("", "À {ville}, les lieux culturels se connaissent ; on a parlé plusieurs fois de mettre en commun un stock de {objets}, mais personne ne veut le porter.", Mutualisation, Reseau),
        P("C", "Avec la bibliothèque et le conservatoire, on partage déjà un camion ; le matériel audiovisuel serait la suite logique.", Mutualisation, Transport),
        P("", "La mutualisation marche quand il y a une personne qui s'en occupe. Sinon, chacun garde son matériel « au cas où ».", Mutualisation, Temps),
        P("E", "Les expériences de mutualisation qui durent sont portées par une collectivité ou un réseau, rarement par un établissement seul.", Mutualisation, Reseau),

        // Besoins
        P("T", "Une exposition sur deux a maintenant au moins une installation vidéo ; il nous faut des vidéoprojecteurs et des lecteurs en permanence.", BesoinVideo),
        P("T", "Les artistes demandent du laser, du 4K, des lecteurs synchronisés ; nos vidéoprojecteurs à lampe de 2014 ne suffisent plus.", BesoinVideo, Compatibilite),
        P("TN", "Pour « {expo} », il a fallu {n} vidéoprojecteurs et autant de lecteurs BrightSign pendant trois mois, alors qu'on en possède quatre.", BesoinVideo, PicsSaisonniers),
        P("N", "Les écrans, on en a beaucoup, mais pas les bons : les artistes veulent du 55 pouces en portrait, et nos supports ne le permettent pas.", BesoinVideo, Compatibilite),
        P("", "Le besoin en vidéo est très concentré : au printemps et à l'automne, tout le monde cherche des projecteurs en même temps.", BesoinVideo, PicsSaisonniers),
        P("T", "Pour la rétrospective, il nous fallait douze écrans identiques.\nOn en avait huit, de trois modèles différents.", BesoinVideo, Compatibilite),
        P("D", "On renouvelle les postes tous les cinq ans par principe, même quand ils fonctionnent : ça fait une trentaine de machines par an.", BesoinInformatique, Sobriete),
        P("N", "Pour la médiation, on a besoin d'une quinzaine de tablettes quelques semaines par an, pas plus.", BesoinInformatique, PicsSaisonniers),
        P("DN", "Les étudiants ont besoin de Mac puissants pour le montage ; on en manque toujours en période de diplômes.", BesoinInformatique, PicsSaisonniers),
        P("D", "Les vieux portables repartent dans un placard ; ils pourraient très bien servir pour une borne ou un atelier.", BesoinInformatique, Dormant),
        P("T", "Le son est souvent le parent pauvre : on récupère des enceintes à droite, à gauche, et ça s'entend.", BesoinAudio),
        P("", "Pour les pièces sonores, il nous faut des casques en nombre, et ils s'usent vite : les oreillettes, les câbles…", BesoinAudio, Reparation),
        P("C", "On a des audioguides depuis 2012 ; ils sont presque tous en réserve depuis l'arrivée de l'application.", BesoinAudio, Dormant),
        P("T", "Une enceinte Genelec, ça dure vingt ans ; c'est typiquement le matériel qu'on pourrait prêter sans crainte.", BesoinAudio, PretInstitutions),
        P("N", "On développe des dispositifs interactifs pour chaque exposition, et à la fin, les bornes finissent démontées en réserve.", BesoinInteractif, Dormant),
        P("N", "Les casques de réalité virtuelle, on en a acheté {n} pour une exposition ; depuis, ils servent deux fois par an.", BesoinInteractif, Dormant),
        P("N", "Ce qui coûte, ce n'est pas le capteur, c'est le développement ; si on pouvait réutiliser les bornes d'un autre musée, on gagnerait beaucoup.", BesoinInteractif, Reemploi),
        P("", "Le public attend de l'interactif, les élus aussi. Mais il faut pouvoir le maintenir après l'inauguration.", BesoinInteractif, Accompagnement),
        P("", "Tout le monde ouvre en même temps, en mars et en octobre : c'est là qu'on manque de tout.", PicsSaisonniers, EmpruntPonctuel),
        P("T", "L'été, le matériel dort ; les mois de montage, on court après les câbles.", PicsSaisonniers, Dormant),
        P("", "Pendant la Nuit des musées, on a besoin du double de matériel pour une seule soirée.", PicsSaisonniers, EmpruntPonctuel),
        P("", "Notre calendrier est connu un an à l'avance : on pourrait annoncer nos creux et nos pics aux autres établissements.", PicsSaisonniers, Plateforme),

        // Stockage
        P("T", "En réserve, on doit avoir une dizaine de {objets} qui ne sortent qu'une fois par an, si ce n'est moins.", Dormant),
        P("C", "Quand une exposition se termine, le matériel est remis en caisse et on l'oublie jusqu'au prochain projet, parfois deux ans plus tard.", Dormant),
        P("R", "On a fait l'exercice de compter ce qui dormait : à peu près un tiers du parc audiovisuel n'avait pas servi dans l'année.", Dormant, InventaireIncomplet),
        P("TR", "= en gros, la moitié de nos {objets} dort en réserve onze mois sur douze.", Dormant),
        P("", "Personne n'ose jeter, alors on garde, et le matériel vieillit sur les étagères sans jamais être rebranché.", Dormant, Reforme),
        P("C", "Nos réserves sont saturées ; le matériel technique est coincé entre les caisses d'œuvres.", ManquePlace),
        P("T", "On stocke les écrans dans un local qui n'est pas chauffé ; je ne suis même pas sûr qu'ils redémarrent.", ManquePlace, Dormant),
        P("", "Si quelqu'un venait chercher notre matériel en trop, on libérerait de la place : ce serait un service rendu.", ManquePlace, Plateforme),
        P("D", "L'inventaire comptable ne dit pas si un équipement marche, ni où il est : il dit seulement qu'il a été acheté.", InventaireIncomplet, Reforme),
        P("T", "Notre inventaire, c'est un tableur que j'ai commencé en {annee} ; il manque sûrement la moitié des câbles et des supports.", InventaireIncomplet),
        P("", "Avant de prêter quoi que ce soit, il faudrait déjà savoir ce qu'on a. Ce serait la première étape.", InventaireIncomplet, Catalogue),
        P("", "On a trouvé {n} {objets} neufs dans leur carton en faisant le ménage de la réserve.", InventaireIncomplet, Dormant),

        // Freins
        P("C", "La première question de notre direction sera : qui assure ? Et si le matériel est abîmé pendant le transport, qui paie ?", Assurance, Transport),
        P("C", "Notre assureur couvre les œuvres en clou à clou, mais pas le matériel prêté : il faudrait un avenant à chaque fois.", Assurance, Procedures),
        P("", "Pour un vidéoprojecteur à six mille euros, on ne peut pas se contenter d'un accord oral.", Assurance, Convention),
        P("E", "L'assurance est souvent un faux problème : la valeur résiduelle d'un matériel de cinq ans est faible, mais personne ne la calcule.", Assurance, Reforme),
        P("C", "Notre assureur a dit oui, mais avec une franchise énorme.\nAu final, on a renoncé au prêt.", Assurance, PretInstitutions),
        P("T", "- Le transport, c'est le vrai problème : il faut une caisse, un véhicule, quelqu'un pour accompagner, et personne n'a le budget.", Transport, Budget),
        P("T", "Depuis {ville}, il faut compter une journée aller-retour pour aller chercher trois écrans chez un partenaire.", Transport, Temps),
        P("", "Un vidéoprojecteur laser, ça se transporte dans un flight-case, pas dans le coffre d'une voiture.", Transport, Responsabilite),
        P("R", "Si le camion fait quatre cents kilomètres pour un prêt de trois écrans, le bilan carbone n'est peut-être pas meilleur qu'un achat.", Transport, Sobriete),
        P("", "On pourrait profiter des tournées des transporteurs d'œuvres : ils repartent souvent à vide.", Transport, Mutualisation),
        P("T", "Un lecteur qui n'a pas le bon firmware, un câble qui manque, une fixation différente : on perd une journée au montage.", Compatibilite, Temps),
        P("", "Nos contenus sont faits pour nos lecteurs ; chez un autre, il faut tout réencoder.", Compatibilite),
        P("D", "Les versions de système, les licences, les comptes : un ordinateur prêté, ce n'est pas juste une machine.", Compatibilite, RelationDsi),
        P("T", "Il faudrait des standards communs : même gamme de lecteurs, mêmes fixations, mêmes câbles. C'est ce qu'on fait dans les festivals.", Compatibilite, Accompagnement),
        P("T", "Préparer un prêt, vérifier, emballer, faire le constat au retour : c'est une demi-journée, et on est deux à la régie.", Temps),
        P("", "On n'a pas le temps de chercher qui a quoi ; acheter en ligne, c'est dix minutes.", Temps),
        P("C", "Toute l'équipe est sous l'eau pendant les montages : ajouter une tâche de prêt, même simple, ce sera refusé.", Temps),
        P("", "Le temps passé à organiser un prêt n'apparaît nulle part : ni dans les budgets, ni dans les bilans.", Temps, Budget),
        P("", "Si ça casse chez eux, c'est à qui de réparer ? Tant que ce n'est pas écrit, personne ne veut prendre le risque.", Responsabilite, Convention),
        P("D", "Un disque dur qui part avec des données de l'établissement, c'est moi qui en réponds.", Responsabilite, RelationDsi),
        P("", "Je ne peux pas engager l'établissement sur un prêt ; il faut une décision de la direction, et ça prend des semaines.", Responsabilite, Procedures),
        P("T", "On a prêté un écran une fois, il est revenu rayé ; depuis, la direction est frileuse.", Responsabilite, Confiance),
        P("", "Pour prêter, il faut une convention signée par les deux directions ; pour un câble HDMI, c'est disproportionné.", Procedures, Convention),
        P("", "Un bien inscrit à l'inventaire ne peut pas sortir sans une décision ; c'est la règle comptable.", Procedures, Reforme),
        P("D", "Le service juridique nous a répondu qu'il fallait une délibération pour un prêt gratuit entre deux collectivités.", Procedures),
        P("E", "Les établissements publics ont le droit de se prêter du matériel ; ce sont les habitudes, plus que les textes, qui bloquent.", Procedures, Incitation),
        P("", "On prête à ceux qu'on connaît. À un établissement inconnu, il faudrait des garanties.", Confiance, Plateforme),
        P("", "La peur, c'est que le matériel ne revienne jamais, ou pas à temps pour notre propre exposition.", Confiance, PicsSaisonniers),
        P("E", "La confiance se construit par des premiers prêts réussis ; il faut commencer petit.", Confiance, Reseau),

        // Leviers
        P("", "Une plateforme où l'on verrait le matériel disponible, avec des dates, ça changerait tout.", Plateforme),
        P("N", "Il faudrait que ce soit aussi simple qu'une réservation de salle : je vois, je réserve, je viens chercher.", Plateforme, Temps),
        P("R", "Si la plateforme calculait le carbone évité, ça nous aiderait à convaincre la direction et à nourrir notre bilan.", Plateforme, Sobriete),
        P("D", "Je préférerais un outil qui se branche sur notre GLPI plutôt qu'une saisie de plus.", Plateforme, InventaireIncomplet),
        P("", "Le risque, c'est une plateforme de plus que personne ne met à jour ; il faut que quelqu'un l'anime.", Plateforme, Accompagnement),
        P("", "Un simple catalogue partagé, même un tableur, serait déjà un progrès : savoir qui a des {objets} et combien.", Catalogue),
        P("C", "Il faudrait que chaque fiche indique l'état, les accessoires et les conditions de prêt.", Catalogue, Convention),
        P("T", "Avec un catalogue commun, on pourrait aussi s'aligner sur les mêmes références d'achat.", Catalogue, Compatibilite),
        P("", "Une convention type du ministère, qu'on n'aurait qu'à compléter, lèverait la moitié des blocages.", Convention, Incitation),
        P("C", "On s'inspirerait des conventions de prêt d'œuvres : constat d'état, valeur, durée, transport.", Convention, Assurance),
        P("", "Avec un modèle validé juridiquement, je pourrais signer sans repasser par le service juridique.", Convention, Procedures),
        P("", "Le réseau des Frac, ou l'association des musées de la région, serait le bon niveau pour organiser ça.", Reseau),
        P("", "À l'échelle d'une région, les distances restent raisonnables ; au-delà, le transport mange tout.", Reseau, Transport),
        P("E", "Les ressourceries culturelles montrent que ça marche quand il y a un lieu physique et une équipe.", Reseau, Reemploi),
        P("T", "Il faudrait un technicien itinérant qui accompagne le matériel, au moins pour les premiers prêts.", Accompagnement, Transport),
        P("", "Si quelqu'un vérifiait et remettait en état le matériel entre deux prêts, on serait beaucoup plus rassurés.", Accompagnement, Reparation),
        P("N", "Une formation commune sur les lecteurs et les formats vidéo éviterait bien des mauvaises surprises.", Accompagnement, Compatibilite),
        P("R", "Si le ministère demandait de vérifier la disponibilité en prêt avant tout achat, ça deviendrait un réflexe.", Incitation, MarchesPublics),
        P("", "Un bonus dans les subventions pour les projets qui empruntent au lieu d'acheter, ce serait un signal fort.", Incitation, Budget),
        P("ER", "Le ministère a un rôle d'exemplarité à jouer ; la sobriété numérique en donne l'occasion.", Incitation, Sobriete),

        // Pratiques éco-responsables
        P("R", "Le réemploi des scénographies commence à être une habitude ; pour le matériel audiovisuel, on n'y est pas encore.", Reemploi),
        P("", "On réutilise les mêmes lecteurs d'une exposition à l'autre, c'est déjà ça.", Reemploi),
        P("R", "Dans notre bilan carbone, le numérique pèse surtout à la fabrication : prolonger la durée de vie, c'est le premier levier.", Reemploi, Sobriete),
        P("C", "Les cimaises, les socles, on les réemploie depuis longtemps ; le matériel technique devrait suivre.", Reemploi),
        P("T", "On répare nous-mêmes ce qu'on peut : changer une lampe, un ventilateur. Au-delà, le fabricant propose de remplacer.", Reparation),
        P("", "Un vidéoprojecteur à lampe coûte cher à entretenir ; la réparation n'est même plus proposée au bout de six ans.", Reparation, Reforme),
        P("", "On a des {objets} en panne depuis deux ans ; faute de devis, personne ne tranche.", Reparation, Dormant),
        P("D", "On a commencé à acheter des portables reconditionnés via l'UGAP ; la qualité est correcte.", Reconditionne, MarchesPublics),
        P("R", "Le reconditionné, c'est bien pour la bureautique ; pour les projecteurs laser, l'offre n'existe presque pas.", Reconditionne, BesoinVideo),
        P("", "Le marché ne prévoit pas de lot reconditionné ; il faudrait le prévoir dès la rédaction.", Reconditionne, MarchesPublics),
        P("R", "On se demande maintenant si chaque écran est nécessaire ; parfois un tirage papier suffit.", Sobriete),
        P("N", "Éteindre les dispositifs le soir, programmer les lecteurs : ça paraît bête, mais ce n'était pas fait.", Sobriete),
        P("R", "La sobriété, ça passe aussi par acheter moins : un appareil emprunté, c'est un appareil qu'on ne fabrique pas.", Sobriete, PretInstitutions),

        // Fin de vie
        P("D", "On a donné nos anciens ordinateurs à une association d'insertion qui les reconditionne.", Don, Reconditionne),
        P("", "Le don, c'est compliqué pour un établissement public : il faut une délibération pour sortir un bien de l'inventaire.", Don, Procedures),
        P("C", "On aimerait donner nos vieux écrans à des écoles, mais on ne sait pas à qui s'adresser.", Don, Circulation),
        P("D", "Tout part en filière DEEE, même ce qui fonctionne encore : c'est la procédure la plus simple.", Deee, Procedures),
        P("R", "On a un contrat avec un éco-organisme ; une fois par an, une benne de matériel part au recyclage.", Deee),
        P("", "Ce qui me gêne, c'est de recycler des écrans qui marchent parce qu'on n'a plus la place de les garder.", Deee, ManquePlace),
        P("D", "Un bien amorti sur cinq ans a une valeur nulle dans les comptes, mais il marche très bien.", Reforme),
        P("", "La réforme d'un matériel demande une décision de la direction ; du coup, on garde tout en réserve, c'est plus simple.", Reforme, Dormant),
        P("", "Personne ne sait exactement à partir de quand un équipement peut être sorti de l'inventaire.", Reforme, InventaireIncomplet),

        // Achats
        P("D", "On achète par l'UGAP ou par notre marché, avec des références imposées ; emprunter ne rentre dans aucune case.", MarchesPublics),
        P("", "Le marché nous oblige à acheter du neuf avec garantie ; le reconditionné n'a jamais été proposé.", MarchesPublics, Reconditionne),
        P("", "Les achats se font en fin d'année, quand il reste des crédits : on achète ce dont on aura peut-être besoin.", MarchesPublics, Budget),
        P("", "Le budget d'investissement est plus facile à obtenir que le fonctionnement : acheter est plus simple que louer ou transporter.", Budget, Location),
        P("", "Pour une petite structure comme la nôtre, un vidéoprojecteur laser, c'est un tiers du budget d'une exposition.", Budget, BesoinVideo),
        P("", "Si on économisait sur le matériel, ce serait autant pour la production des œuvres ; c'est l'argument qui parle aux artistes.", Budget, PretInstitutions),
        P("N", "Les subventions financent l'achat de dispositifs pour un projet, jamais leur maintenance après.", Budget, BesoinInteractif),
    ];

    /// <summary>Lead-ins people say before a sentence; applied only when the sentence's first word can be lower-cased.</summary>
    public static IReadOnlyList<string> LeadIns { get; } =
    [
        "Honnêtement, ", "Franchement, ", "Pour être concret, ", "Chez nous, ", "Alors, ", "Clairement, ",
        "De notre côté, ", "Vous savez, ", "En fait, ", "Bon, ", "Sincèrement, ", "Je vais être direct : ",
    ];

    /// <summary>Sentence-initial words that stay correct in lower case after a lead-in (no proper noun, no acronym).</summary>
    public static IReadOnlySet<string> LowerableFirstWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Le", "La", "Les", "L'", "On", "Il", "Ils", "Un", "Une", "Des", "Quand", "Si", "Pour", "En", "Au", "Tout",
        "Toute", "Ce", "Cette", "Avec", "Avant", "Notre", "Nos", "Personne", "Je", "J'", "Mon", "Pendant",
        "Emprunter", "Préparer", "Éteindre", "Depuis", "Nous", "Dans", "À",
    };
}

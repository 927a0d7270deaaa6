// Préparation commune des notebooks, chargée par chacun avec `#load "setup.csx"` (après les lignes
// `#r` de sa première cellule, qui donnent les dépendances et la bibliothèque compilée).
// Enregistre l'affichage des tableaux (DataFrame, en français, sans identifiant changeant d'une
// exécution à l'autre), des graphiques ScottPlot (en images) et du rapport de qualité des données.
// Les `using` d'un fichier chargé ne valent que pour lui : chaque notebook écrit les siens.

Ressourcerie.Analytics.Notebooks.NotebookFormatters.Register();

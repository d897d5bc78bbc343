<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>EssTerritoires</name>
    <message>
      <location filename="../ess_territoires/cli.py" line="194" />
      <source>Study: a GeoPackage (.gpkg) or postgresql://user@host:port/dbname?schema=NAME.</source>
      <translation>Étude : un GeoPackage (.gpkg) ou postgresql://utilisateur@hôte:port/base?schema=NOM.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="195" />
      <source>Author of the workshop rows written (default: the one set in the panel, else your user name).</source>
      <translation>Auteur des lignes d'atelier écrites (par défaut : celui défini dans le panneau, sinon votre nom d'utilisateur).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="198" />
      <source>ESS Territoires: inventory, measure and map the social and solidarity economy of a territory.</source>
      <translation>ESS Territoires : inventorier, mesurer et cartographier l'économie sociale et solidaire d'un territoire.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="202" />
      <source>List the preset territories.</source>
      <translation>Lister les territoires prédéfinis.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="205" />
      <source>Create a study GeoPackage for a territory.</source>
      <translation>Créer le GeoPackage d'étude d'un territoire.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="207" />
      <source>Territory id: preset, epci:SIREN,…, communes:CODE,…, dep:CODE,…; join with +.</source>
      <translation>Identifiant du territoire : prédéfini, epci:SIREN,…, communes:CODE,…, dep:CODE,… ; à combiner avec +.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="209" />
      <source>Study to write: a .gpkg file or postgresql://user@host:port/dbname?schema=NAME.</source>
      <translation>Étude à écrire : un fichier .gpkg ou postgresql://utilisateur@hôte:port/base?schema=NOM.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="212" />
      <source>Compute the indicators per commune, EPCI and Pays.</source>
      <translation>Calculer les indicateurs par commune, EPCI et Pays.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="214" />
      <source>CSV keyed by commune code to join to the communes.</source>
      <translation>CSV à joindre aux communes par code commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="215" />
      <source>Commune code column of that CSV (found by name when absent).</source>
      <translation>Colonne du code commune dans ce CSV (détectée d'après son nom si l'option est omise).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="216" />
      <source>Write the comparison table of the territories as CSV.</source>
      <translation>Écrire le tableau comparatif des territoires en CSV.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="217" />
      <source>Write the comparison table of the territories as XLSX.</source>
      <translation>Écrire le tableau comparatif des territoires en XLSX.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="220" />
      <source>Style a layer of the study (saved as its default style).</source>
      <translation>Styliser une couche de l'étude (style enregistré comme style par défaut).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="222" />
      <source>Layer, e.g. indicateurs_communes.</source>
      <translation>Couche, par ex. indicateurs_communes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="223" />
      <source>Field, e.g. etab_ess_pour_10000_hab.</source>
      <translation>Champ, par ex. etab_ess_pour_10000_hab.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="226" />
      <source>Classification of a ratio (a stock is drawn as proportional circles).</source>
      <translation>Classification d'un ratio (un stock est représenté par des cercles proportionnels).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="227" />
      <source>Number of classes (2 to 9).</source>
      <translation>Nombre de classes (2 à 9).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="228" />
      <source>Manual class limits, e.g. 0,5,10,20.</source>
      <translation>Bornes de classes manuelles, par ex. 0,5,10,20.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="229" />
      <source>Draw a stock as a choropleth anyway.</source>
      <translation>Représenter quand même un stock en choroplèthe.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="232" />
      <source>Create the workshop layers of a study, draft the recommendations, export them.</source>
      <translation>Créer les couches d'atelier d'une étude, ébaucher les préconisations, les exporter.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="236" />
      <source>Draft the recommendations from the contributions (edited rows are kept).</source>
      <translation>Ébaucher les préconisations à partir des contributions (les lignes modifiées sont conservées).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="237" />
      <source>Export contributions, recommendations and indicators as XLSX.</source>
      <translation>Exporter les contributions, les préconisations et les indicateurs en XLSX.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="238" />
      <source>Export them as CSV files into this folder.</source>
      <translation>Les exporter en fichiers CSV dans ce dossier.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="242" />
      <source>Take a study offline: write a study folder (GeoPackage and project) for a meeting without network.</source>
      <translation>Mettre une étude hors ligne : écrire un dossier d'étude (GeoPackage et projet) pour une réunion sans réseau.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="245" />
      <source>Folder of the offline copy (new or empty).</source>
      <translation>Dossier de la copie hors ligne (nouveau ou vide).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="249" />
      <source>Bring an offline copy back: merge its contributions, interviews and recommendations into the study.</source>
      <translation>Réintégrer une copie hors ligne : fusionner ses contributions, enquêtes et recommandations dans l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="251" />
      <source>Folder of the offline copy.</source>
      <translation>Dossier de la copie hors ligne.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="252" />
      <source>The study the copy was taken from: a .gpkg file or postgresql://user@host:port/dbname?schema=NAME.</source>
      <translation>L'étude d'où la copie a été tirée : un fichier .gpkg ou postgresql://utilisateur@hôte:port/base?schema=NOM.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="257" />
      <source>Export a print atlas to PDF.</source>
      <translation>Exporter un atlas imprimable en PDF.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="258" />
      <source>Study GeoPackage (default: the three preset Pays).</source>
      <translation>GeoPackage d'étude (par défaut : les trois Pays prédéfinis).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="260" />
      <source>One page per Pays, EPCI or commune.</source>
      <translation>Une page par Pays, EPCI ou commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="261" />
      <source>Only the features of this Pays of the study.</source>
      <translation>Uniquement les entités de ce Pays de l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="263" />
      <source>Theme of the map (default: the territories only).</source>
      <translation>Thème de la carte (par défaut : les territoires seuls).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="265" />
      <source>Page format: A4 portrait or A3 landscape.</source>
      <translation>Format de page : A4 portrait ou A3 paysage.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="266" />
      <source>Also write one PDF per page.</source>
      <translation>Écrire aussi un PDF par page.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="267" />
      <source>Folder where to write one PNG per page (slides).</source>
      <translation>Dossier où écrire un PNG par page (diaporama).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="269" />
      <source>Show the workshop contributions and end with the recommendations page.</source>
      <translation>Afficher les contributions des ateliers et terminer par la page des préconisations.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="271" />
      <source>Draw the families as a bar chart instead of the table.</source>
      <translation>Dessiner les familles en diagramme en barres au lieu du tableau.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="272" />
      <source>PDF file to write.</source>
      <translation>Fichier PDF à écrire.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="275" />
      <source>Write the portrait of a Pays or an EPCI of a study (PDF), saved as a layout in the study's project.</source>
      <translation>Écrire le portrait d'un Pays ou d'un EPCI d'une étude (PDF), enregistré comme mise en page dans le projet de l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="278" />
      <source>A code_pays or a code_epci of the study.</source>
      <translation>Un code_pays ou un code_epci de l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="279" />
      <source>Page format (portrait).</source>
      <translation>Format de page (portrait).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="280" />
      <source>Logo for the cover (PNG, JPEG or SVG).</source>
      <translation>Logo de la couverture (PNG, JPEG ou SVG).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="281" />
      <source>Observatory named on the cover.</source>
      <translation>Observatoire nommé en couverture.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="285" />
      <source>Import the ESS establishments from SIRENE stock files.</source>
      <translation>Importer les établissements ESS depuis les fichiers stock SIRENE.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="286" />
      <source>StockEtablissement (csv, zip, parquet).</source>
      <translation>StockEtablissement (csv, zip, parquet).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="287" />
      <source>StockUniteLegale (csv, zip, parquet).</source>
      <translation>StockUniteLegale (csv, zip, parquet).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="288" />
      <source>Geolocalisation file (optional).</source>
      <translation>Fichier de géolocalisation (facultatif).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="289" />
      <source>Keep closed establishments.</source>
      <translation>Conserver les établissements fermés.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="290" />
      <source>An edited copy of the ESS perimeter table (CSV).</source>
      <translation>Copie modifiée de la table du périmètre ESS (CSV).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="292" />
      <source>StockEtablissementHistorique (csv, zip, parquet), for exact closure dates.</source>
      <translation>StockEtablissementHistorique (csv, zip, parquet), pour des dates de fermeture exactes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="294" />
      <source>Date of the stock (default: the latest processing date of its rows).</source>
      <translation>Date du stock (par défaut : la dernière date de traitement de ses lignes).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="296" />
      <source>The files are an earlier stock, kept beside the current one (change between two dates).</source>
      <translation>Les fichiers sont un stock antérieur, gardé à côté du stock actuel (évolution entre deux dates).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="297" />
      <source>INSEE's list of NAF 2025 sub-classes (CSV, XLSX or ODS): its labels replace the shipped ones and are kept in the study.</source>
      <translation>Liste INSEE des sous-classes de la NAF 2025 (CSV, XLSX ou ODS) : ses libellés remplacent ceux fournis et sont conservés dans l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="300" />
      <source>Territory id, to create the study when GPKG does not exist.</source>
      <translation>Identifiant du territoire, pour créer l'étude si GPKG n'existe pas.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="304" />
      <source>Import the ESS establishments from API Recherche d'entreprises.</source>
      <translation>Importer les établissements ESS depuis l'API Recherche d'entreprises.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="307" />
      <source>Address of the API (default: the plugin setting).</source>
      <translation>Adresse de l'API (par défaut : le réglage de l'extension).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="308" />
      <source>Address of geo.api.gouv.fr, for communes outside the reference data (default: the plugin setting).</source>
      <translation>Adresse de geo.api.gouv.fr, pour les communes absentes des données de référence (par défaut : le réglage de l'extension).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="310" />
      <source>Use the study's cache only, no network call.</source>
      <translation>Utiliser uniquement le cache de l'étude, sans appel réseau.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="311" />
      <source>Also fetch the published turnover and the SIAE status of the study's ESS legal units (table finances_unites).</source>
      <translation>Récupérer aussi le chiffre d'affaires publié et le statut SIAE des unités légales ESS de l'étude (table finances_unites).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="316" />
      <source>Match a partner list (CSV or XLSX) to the study.</source>
      <translation>Rapprocher une liste de partenaires (CSV ou XLSX) de l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="317" />
      <source>Partner list with a SIRET or SIREN column.</source>
      <translation>Liste de partenaires avec une colonne SIRET ou SIREN.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="320" />
      <source>Do not look unknown SIRETs up online.</source>
      <translation>Ne pas rechercher en ligne les SIRET inconnus.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="323" />
      <source>Write synthetic SIRENE stock files (demonstration, tests).</source>
      <translation>Écrire des fichiers stock SIRENE synthétiques (démonstration, tests).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="325" />
      <source>Départements to cover, e.g. 02,60,80.</source>
      <translation>Départements à couvrir, par ex. 02,60,80.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="326" />
      <source>N establishments over all of France.</source>
      <translation>N établissements répartis sur toute la France.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="327" />
      <source>Random seed (same seed, same files).</source>
      <translation>Graine aléatoire (même graine, mêmes fichiers).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="329" />
      <source>Also write the same establishments as an earlier stock of that date (folder anterieur).</source>
      <translation>Écrire aussi les mêmes établissements comme un stock antérieur à cette date (dossier anterieur).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="331" />
      <source>Layout of the stock: 2025 (NAF rév. 2 only), 2026 (NAF rév. 2 and NAF25 columns, the default), 2027 (NAF 2025 in the main columns, no NAF25 columns).</source>
      <translation>Format du stock : 2025 (NAF rév. 2 seule), 2026 (NAF rév. 2 et colonnes NAF25, par défaut), 2027 (NAF 2025 dans les colonnes principales, sans colonnes NAF25).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="333" />
      <source>Folder to write.</source>
      <translation>Dossier de sortie.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="336" />
      <source>Run the whole chain on demonstration data.</source>
      <translation>Exécuter toute la chaîne sur des données de démonstration.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="360" />
      <source>Error: {message}</source>
      <translation>Erreur : {message}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="20" />
      <source>Pays</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="20" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="20" />
      <source>Commune</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="26" />
      <source>Territories only</source>
      <translation>Territoires seuls</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="27" />
      <source>ESS establishments by family</source>
      <translation>Établissements ESS par famille</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="28" />
      <source>Estimated ESS jobs</source>
      <translation>Emplois ESS estimés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="29" />
      <source>ESS establishments per 10,000 inhabitants</source>
      <translation>Établissements ESS pour 10 000 habitants</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="30" />
      <source>Share of the ESS in employment</source>
      <translation>Part de l'ESS dans l'emploi</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="31" />
      <source>ESS creations per 10,000 inhabitants (5 years)</source>
      <translation>Créations ESS pour 10 000 habitants (5 ans)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="37" />
      <source>A4 portrait</source>
      <translation>A4 portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="37" />
      <source>A3 landscape</source>
      <translation>A3 paysage</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="43" />
      <source>Automatic (circles for a stock, Jenks for a ratio)</source>
      <translation>Automatique (cercles pour un stock, Jenks pour un ratio)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="44" />
      <source>Jenks</source>
      <translation>Jenks</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="45" />
      <source>Quantiles</source>
      <translation>Quantiles</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="46" />
      <source>Equal intervals</source>
      <translation>Intervalles égaux</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="47" />
      <source>Standard deviation</source>
      <translation>Écart type</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="48" />
      <source>Manual limits</source>
      <translation>Bornes manuelles</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/dynamics.py" line="46" />
      <source>The {what} '{value}' is not a date: write it as YYYY-MM-DD (e.g. 2026-11-01).</source>
      <translation>{what} « {value} » n'est pas une date : écrivez-la AAAA-MM-JJ (par exemple 2026-11-01).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="211" />
      <source>family</source>
      <translation>famille</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="212" />
      <source>sector</source>
      <translation>secteur</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="213" />
      <source>size class</source>
      <translation>classe de taille</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="369" />
      <source>Reference area (whole study)</source>
      <translation>Zone de référence (toute l'étude)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="190" />
      <source>The table ess_communes holds an unknown {what}: {values}. It must be one of {allowed}; run the SIRENE import again to rebuild it.</source>
      <translation>La table ess_communes contient des valeurs de {what} inconnues : {values}. Valeurs admises : {allowed} ; relancez l'import SIRENE pour reconstruire la table.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="486" />
      <source>The file to join {path} is neither UTF-8 nor Windows-1252 text: save it as CSV UTF-8.</source>
      <translation>Le fichier à joindre {path} n'est encodé ni en UTF-8 ni en Windows-1252 : enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="493" />
      <source>The file to join {path} has no commune code column (looked for: {names}; columns found: {columns}). Name the column of INSEE commune codes code_commune.</source>
      <translation>Le fichier à joindre {path} n'a pas de colonne de code commune (noms cherchés : {names} ; colonnes trouvées : {columns}). Nommez code_commune la colonne des codes commune INSEE.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="503" />
      <source>The file to join {path} has {n} rows without a commune code in column {column}: fill or remove them.</source>
      <translation>Le fichier à joindre {path} a {n} lignes sans code commune dans la colonne {column} : complétez-les ou supprimez-les.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="507" />
      <source>The file to join {path} has several rows for the commune(s) {codes}: keep one row per commune.</source>
      <translation>Le fichier à joindre {path} a plusieurs lignes pour la ou les communes {codes} : gardez une ligne par commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="483" />
      <source>The file to join {path} cannot be read ({error}). Give a CSV file with a header row.</source>
      <translation>Le fichier à joindre {path} ne peut pas être lu ({error}). Fournissez un fichier CSV avec une ligne d'en-tête.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/labels.py" line="61" />
      <source>no NAF code</source>
      <translation>sans code NAF</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/labels.py" line="70" />
      <source>NAF code {code}, label unknown</source>
      <translation>code NAF {code}, libellé inconnu</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/labels.py" line="89" />
      <source>The NAF 2025 label list {path} does not exist. Check the path, or leave the setting empty to use the labels shipped with the plugin.</source>
      <translation>La liste de libellés NAF 2025 {path} n'existe pas. Vérifiez le chemin, ou laissez le réglage vide pour utiliser les libellés fournis avec l'extension.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/labels.py" line="98" />
      <source>{name} holds no NAF 2025 sub-class code (like 94.91Y) with a label. Give INSEE's list of NAF 2025 sub-classes: one column of codes, one column of labels.</source>
      <translation>{name} ne contient aucun code de sous-classe NAF 2025 (comme 94.91Y) avec son libellé. Donnez la liste INSEE des sous-classes de la NAF 2025 : une colonne de codes, une colonne de libellés.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="193" />
      <source>No SIRET or SIREN on this line.</source>
      <translation>Aucun SIRET ni SIREN sur cette ligne.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="85" />
      <source>{name}: unknown text encoding. Save it as CSV UTF-8.</source>
      <translation>{name} : encodage du texte inconnu. Enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="43" />
      <source>The partner list {path} does not exist. Check the path.</source>
      <translation>La liste de partenaires {path} n'existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="60" />
      <source>{name} is empty. Choose the file that holds the list.</source>
      <translation>{name} est vide. Choisissez le fichier qui contient la liste.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="195" />
      <source>{value}: the number was written in scientific notation by a spreadsheet and lost digits. Format the column as text and export the list again.</source>
      <translation>{value} : le nombre a été écrit en notation scientifique par un tableur et a perdu des chiffres. Formatez la colonne en texte et exportez à nouveau la liste.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="199" />
      <source>{value} is not a SIRET (14 digits) or a SIREN (9 digits).</source>
      <translation>{value} n'est ni un SIRET (14 chiffres) ni un SIREN (9 chiffres).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="207" />
      <source>{value} has {n} digits: a SIRET has 14, a SIREN 9.</source>
      <translation>{value} a {n} chiffres : un SIRET en a 14, un SIREN 9.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="210" />
      <source>{value}: wrong check digit, this {kind} does not exist. Check it for a typing error.</source>
      <translation>{value} : clé de contrôle erronée, ce {kind} n'existe pas. Vérifiez qu'il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="219" />
      <source>{name} has no SIRET or SIREN column (columns: {columns}). Name the column that holds the numbers SIRET or SIREN.</source>
      <translation>{name} n'a pas de colonne SIRET ou SIREN (colonnes : {columns}). Nommez SIRET ou SIREN la colonne qui contient les numéros.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="288" />
      <source>Same identifier as line {line}: only the first line is kept.</source>
      <translation>Même identifiant que la ligne {line} : seule la première ligne est conservée.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="51" />
      <source>{name}: unsupported file type. Save the list as CSV or XLSX.</source>
      <translation>{name} : type de fichier non pris en charge. Enregistrez la liste en CSV ou XLSX.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="120" />
      <source>{name} cannot be read as a spreadsheet. Open it and save it again as XLSX, or as CSV.</source>
      <translation>{name} ne peut pas être lu comme un classeur. Ouvrez-le et enregistrez-le à nouveau en XLSX, ou en CSV.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="136" />
      <source>{name} has no sheet with data.</source>
      <translation>{name} n'a aucune feuille contenant des données.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="204" />
      <source>{value} has {n} digits: a leading zero was probably lost in a spreadsheet. Format the column as text and export the list again.</source>
      <translation>{value} a {n} chiffres : un zéro initial a probablement été perdu dans un tableur. Formatez la colonne en texte et exportez à nouveau la liste.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="231" />
      <source>This line has {n} fields but the header has {m}: check the separators and quotes.</source>
      <translation>Cette ligne a {n} champs mais l'en-tête en a {m} : vérifiez les séparateurs et les guillemets.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="126" />
      <source>{name} has no sheet named {sheet}.</source>
      <translation>{name} n'a pas de feuille nommée {sheet}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="333" />
      <source>Line {line}: {reason}</source>
      <translation>Ligne {line} : {reason}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="171" />
      <source>perimeter file {name}, line {line}</source>
      <translation>fichier de périmètre {name}, ligne {line}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="212" />
      <source>In the {where}: {code} is not a NAF code. Write a division (like 84), a class (like 94.11) or a sub-class (like 94.11Z or 94.11Y).</source>
      <translation>Dans le {where} : {code} n'est pas un code NAF. Écrivez une division (comme 84), une classe (comme 94.11) ou une sous-classe (comme 94.11Z ou 94.11Y).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="155" />
      <source>The perimeter file {name} is empty. Start from a copy of the default perimeter (resources/perimetre_ess.csv).</source>
      <translation>Le fichier de périmètre {name} est vide. Partez d'une copie du périmètre par défaut (resources/perimetre_ess.csv).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="162" />
      <source>The perimeter file {name} lacks the column {col}. Its first row must be: {cols}.</source>
      <translation>Il manque la colonne {col} au fichier de périmètre {name}. Sa première ligne doit être : {cols}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="192" />
      <source>The perimeter file {name} has no version row. Add a row 'version,&lt;your version name&gt;' so that every output says which perimeter it used.</source>
      <translation>Le fichier de périmètre {name} n'a pas de ligne de version. Ajoutez une ligne 'version,&lt;nom de votre version&gt;' pour que chaque résultat indique le périmètre utilisé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="196" />
      <source>The perimeter file {name} names no legal category and no SIRENE indicator: nothing would be ESS. Add categorie_juridique rows.</source>
      <translation>Le fichier de périmètre {name} ne cite aucune catégorie juridique ni aucun indicateur SIRENE : rien ne serait ESS. Ajoutez des lignes categorie_juridique.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="220" />
      <source>In the {where}: the nomenclature {name} is unknown. Write {names}, separated by spaces, or leave the cell empty for all.</source>
      <translation>Dans le {where} : la nomenclature {name} est inconnue. Écrivez {names}, séparées par des espaces, ou laissez la cellule vide pour toutes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="228" />
      <source>In the {where}: {code} is not a legal category code (4 digits, like 9220). Correct it.</source>
      <translation>Dans le {where} : {code} n'est pas un code de catégorie juridique (4 chiffres, comme 9220). Corrigez-le.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="236" />
      <source>In the {where}: the family {famille} is unknown. Use one of: {familles}.</source>
      <translation>Dans le {where} : la famille {famille} est inconnue. Utilisez l'une de celles-ci : {familles}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="146" />
      <source>The perimeter file {name} cannot be read ({error}). Check the path, or leave the option empty to use the default perimeter.</source>
      <translation>Le fichier de périmètre {name} ne peut pas être lu ({error}). Vérifiez le chemin, ou laissez l'option vide pour utiliser le périmètre par défaut.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="177" />
      <source>In the {where}: the range {a}-{b} ends before it starts. Swap the two codes.</source>
      <translation>Dans le {where} : la plage {a}-{b} se termine avant de commencer. Intervertissez les deux codes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="182" />
      <source>In the {where}: the column valeur is empty. Write the value of economieSocialeSolidaireUniteLegale to match, e.g. O.</source>
      <translation>Dans le {where} : la colonne valeur est vide. Indiquez la valeur de economieSocialeSolidaireUniteLegale à retenir, par ex. O.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="189" />
      <source>In the {where}: the rule {rule} is unknown. Use one of: {rules}.</source>
      <translation>Dans le {where} : la règle {rule} est inconnue. Utilisez l'une de celles-ci : {rules}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="47" />
      <source>Cancelled by the user: nothing was written.</source>
      <translation>Annulé par l'utilisateur : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="63" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="71" />
      <source>{percent} % (about {time} left)</source>
      <translation>{percent} % (encore {time} environ)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="59" />
      <source>{s} s</source>
      <translation>{s} s</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="61" />
      <source>{m} min {s:02d} s</source>
      <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="70" />
      <source>{percent} % (estimating the time left…)</source>
      <translation>{percent} % (estimation du temps restant…)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/reference.py" line="19" />
      <source>The reference data {path} is missing. Build it with 'make data' or reinstall the plugin.</source>
      <translation>Les données de référence {path} sont absentes. Construisez-les avec 'make data' ou réinstallez l'extension.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="353" />
      <source>The territory has no commune. Choose a territory (preset, EPCIs, communes or départements) before importing.</source>
      <translation>Le territoire ne compte aucune commune. Choisissez un territoire (prédéfini, EPCI, communes ou départements) avant l'import.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="431" />
      <source>Commune code without its leading zero: restored.</source>
      <translation>Code commune sans son zéro initial : rétabli.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="434" />
      <source>Duplicated SIRET: the first row was kept.</source>
      <translation>SIRET en double : la première ligne a été conservée.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="441" />
      <source>Unknown size band: counted as a missing band (no jobs).</source>
      <translation>Tranche d'effectifs inconnue : comptée comme tranche manquante (aucun emploi).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="484" />
      <source>Legal unit not found in the StockUniteLegale file: establishment left out of the ESS count (still counted in employment).</source>
      <translation>Unité légale absente du fichier StockUniteLegale : établissement exclu du décompte ESS (toujours compté dans l'emploi).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="556" />
      <source>Coordinates outside France: the establishment is placed in its commune.</source>
      <translation>Coordonnées hors de France : l'établissement est placé dans sa commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="241" />
      <source>{n} ESS establishments found ({p} non-diffusible, counted in the totals only) among {t} establishments of the communes read.</source>
      <translation>{n} établissements ESS trouvés ({p} non diffusibles, comptés uniquement dans les totaux) parmi {t} établissements des communes lues.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="245" />
      <source>Activity codes: {naf2025} establishments in NAF 2025, {nafrev2} in NAF rév. 2 (the NAF 2025 code where a row has one), {other} in another nomenclature or without a code.</source>
      <translation>Codes d'activité : {naf2025} établissements en NAF 2025, {nafrev2} en NAF rév. 2 (le code NAF 2025 quand la ligne en a un), {other} dans une autre nomenclature ou sans code.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="357" />
      <source>These commune codes are not 5-character INSEE codes: {codes}. Write them as text with their leading zero (02691, not 2691).</source>
      <translation>Ces codes commune ne sont pas des codes INSEE à 5 caractères : {codes}. Écrivez-les en texte avec leur zéro initial (02691, et non 2691).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="374" />
      <source>The file {name} holds a header but no rows. Download it again from data.gouv.fr.</source>
      <translation>Le fichier {name} contient un en-tête mais aucune ligne. Téléchargez-le à nouveau depuis data.gouv.fr.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_parts.py" line="52" />
      <source>Reading the stock for part {number} of {parts} of the territory ({n} communes)…</source>
      <translation>Lecture du stock pour la partie {number} sur {parts} du territoire ({n} communes)…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="104" />
      <source>The pyarrow engine was asked for but pyarrow cannot be imported. Install pyarrow or use the pandas engine.</source>
      <translation>Le moteur pyarrow a été demandé mais pyarrow ne peut pas être importé. Installez pyarrow ou utilisez le moteur pandas.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="389" />
      <source>The file {name} mixes text encodings (it is not valid {encoding}). Save it again as UTF-8 CSV; nothing was imported.</source>
      <translation>Le fichier {name} mélange plusieurs encodages (ce n'est pas du {encoding} valide). Enregistrez-le à nouveau en CSV UTF-8 ; rien n'a été importé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="102" />
      <source>The engine {engine} is unknown. Use pyarrow or pandas.</source>
      <translation>Le moteur {engine} est inconnu. Utilisez pyarrow ou pandas.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="115" />
      <source>The {label} file {path} does not exist. Check the path.</source>
      <translation>Le fichier {label} {path} n'existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="119" />
      <source>The {label} file {name} is empty (0 bytes). Download it again from data.gouv.fr.</source>
      <translation>Le fichier {label} {name} est vide (0 octet). Téléchargez-le à nouveau depuis data.gouv.fr.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="167" />
      <source>The zip file {name} should hold exactly one CSV file ({label}); it holds {n}. Give the zip published by INSEE or the CSV itself.</source>
      <translation>Le fichier zip {name} devrait contenir exactement un fichier CSV ({label}) ; il en contient {n}. Fournissez le zip publié par l'INSEE ou le CSV lui-même.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="194" />
      <source>The {label} file {name} is empty. Download it again from data.gouv.fr.</source>
      <translation>Le fichier {label} {name} est vide. Téléchargez-le à nouveau depuis data.gouv.fr.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="227" />
      <source>The file {name} lacks the column {col}, required in a {label} file. Give the {label} file as published by INSEE (comma- or semicolon-separated, header row kept).</source>
      <translation>Le fichier {name} n'a pas la colonne {col}, obligatoire dans un fichier {label}. Fournissez le fichier {label} tel que publié par l'INSEE (séparateur virgule ou point-virgule, ligne d'en-tête conservée).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="148" />
      <source>{name} is a Parquet file, which needs pyarrow, not installed here. Use the CSV or zip file published by INSEE instead.</source>
      <translation>{name} est un fichier Parquet, qui nécessite pyarrow, non installé ici. Utilisez plutôt le fichier CSV ou zip publié par l'INSEE.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="153" />
      <source>The Parquet file {name} cannot be read ({error}). It is damaged or truncated: download it again.</source>
      <translation>Le fichier Parquet {name} ne peut pas être lu ({error}). Il est endommagé ou tronqué : téléchargez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="164" />
      <source>The zip file {name} is damaged or truncated ({error}). Download it again from data.gouv.fr.</source>
      <translation>Le fichier zip {name} est endommagé ou tronqué ({error}). Téléchargez-le à nouveau depuis data.gouv.fr.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="188" />
      <source>The file {name} is damaged or truncated ({error}). Download it again.</source>
      <translation>Le fichier {name} est endommagé ou tronqué ({error}). Téléchargez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="206" />
      <source>The file {name} is neither UTF-8 nor Windows-1252 text. Save it as UTF-8 CSV.</source>
      <translation>Le fichier {name} n'est encodé ni en UTF-8 ni en Windows-1252. Enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="365" />
      <source>The file {name} is damaged or truncated ({error}). Download it again; nothing was imported.</source>
      <translation>Le fichier {name} est endommagé ou tronqué ({error}). Téléchargez-le à nouveau ; rien n'a été importé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="222" />
      <source>The file {name} given as {label} is a {other} file: the two files look swapped. Give each file in its own place.</source>
      <translation>Le fichier {name} fourni comme {label} est un fichier {other} : les deux fichiers semblent inversés. Placez chaque fichier à sa place.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="372" />
      <source>The file {name} cannot be read as a {label} file ({error}). It may be damaged, truncated or not a SIRENE stock file; nothing was imported.</source>
      <translation>Le fichier {name} ne peut pas être lu comme un fichier {label} ({error}). Il est peut-être endommagé ou tronqué, ou ce n'est pas un fichier stock SIRENE ; rien n'a été importé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="238" />
      <source>Nothing to generate: ask for at least one establishment.</source>
      <translation>Rien à générer : demandez au moins un établissement.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="229" />
      <source>Unknown stock format {format}: use 2025 (before December 2025), 2026 (NAF rév. 2 and NAF 2025 columns) or 2027 (NAF 2025 only).</source>
      <translation>Format de stock inconnu {format} : utilisez 2025 (avant décembre 2025), 2026 (colonnes NAF rév. 2 et NAF 2025) ou 2027 (NAF 2025 seule).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="297" />
      <source>The communes table lacks the column {col}. Give the reference table of communes (code_commune, nom, code_departement, code_epci, population).</source>
      <translation>Il manque la colonne {col} à la table des communes. Fournissez la table de référence des communes (code_commune, nom, code_departement, code_epci, population).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="247" />
      <source>The earlier stock's date must fall between {first} and {last}.</source>
      <translation>La date du stock antérieur doit être comprise entre le {first} et le {last}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="307" />
      <source>No commune in the départements {deps}. Check the codes (e.g. 02,60,80).</source>
      <translation>Aucune commune dans les départements {deps}. Vérifiez les codes (par ex. 02,60,80).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="106" />
      <source>No territory given: pass a preset id such as grand-amienois.</source>
      <translation>Aucun territoire indiqué : passez un identifiant prédéfini tel que grand-amienois.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="110" />
      <source>The parts of territory '{id}' overlap (communes {codes}): give each commune to one part only.</source>
      <translation>Les parties du territoire '{id}' se chevauchent (communes {codes}) : attribuez chaque commune à une seule partie.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="85" />
      <source>Custom territory ({n} EPCI)</source>
      <translation>Territoire personnalisé ({n} EPCI)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="101" />
      <source>Territory '{id}': unknown codes {codes} in the reference data.</source>
      <translation>Territoire '{id}' : codes {codes} inconnus dans les données de référence.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="90" />
      <source>Custom territory ({n} communes)</source>
      <translation>Territoire personnalisé ({n} communes)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="95" />
      <source>Département {codes}</source>
      <translation>Département {codes}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="98" />
      <source>Unknown territory '{id}'. Use a preset ({known}), epci:SIREN,…, communes:CODE,… or dep:CODE,…</source>
      <translation>Territoire '{id}' inconnu. Utilisez un territoire prédéfini ({known}), epci:SIREN,…, communes:CODE,… ou dep:CODE,…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/demo.py" line="70" />
      <source>ESS observatory — demonstration</source>
      <translation>Observatoire de l'ESS — démonstration</translation>
    </message>
    <message>
      <location filename="../ess_territoires/demo.py" line="72" />
      <source>Demo written to {out}</source>
      <translation>Démonstration écrite dans {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="154" />
      <source>SIRENE aggregates kept (ess_communes, emploi_communes): the API adds points and confirms establishments only.</source>
      <translation>Agrégats SIRENE conservés (ess_communes, emploi_communes) : l'API ne fait qu'ajouter des points et confirmer des établissements.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="157" />
      <source>ess_communes computed from the API; emploi_communes not produced: the API cannot count the employers of a commune, import SIRENE for the share of employment.</source>
      <translation>ess_communes calculée à partir de l'API ; emploi_communes non produite : l'API ne peut pas compter les employeurs d'une commune, importez SIRENE pour obtenir la part de l'emploi.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="165" />
      <source>ESS establishments (diffusible only)</source>
      <translation>Établissements ESS (diffusibles uniquement)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="161" />
      <source>ESS establishments and estimated jobs per commune, family, sector, employer and size class (non-diffusible included)</source>
      <translation>Établissements ESS et emplois estimés par commune, famille, secteur, statut employeur et classe de taille (non diffusibles compris)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="169" />
      <source>Published accounts (turnover, net result per year) and SIAE status of the study's ESS legal units, from API Recherche d'entreprises</source>
      <translation>Comptes publiés (chiffre d'affaires, résultat net par année) et statut SIAE des unités légales ESS de l'étude, d'après l'API Recherche d'entreprises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="179" />
      <source>{n} ESS establishments from the API ({p} non-diffusible, counted in the totals only), {added} added to the study; {requests} requests, {hits} answers from the cache.</source>
      <translation>{n} établissements ESS issus de l'API ({p} non diffusibles, comptés uniquement dans les totaux), dont {added} ajoutés à l'étude ; {requests} requêtes, {hits} réponses tirées du cache.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="132" />
      <source>{message} Nothing was written.</source>
      <translation>{message} Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="182" />
      <source>Population: [% format_number("population", 0) %] inhabitants</source>
      <translation>Population : [% format_number("population", 0) %] habitants</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="46" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="52" />
      <source>Estimated ESS salaried jobs (SIRENE size bands)</source>
      <translation>Emplois salariés ESS estimés (tranches SIRENE)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="54" />
      <source>Share of the ESS in salaried employment (%)</source>
      <translation>Part de l'ESS dans l'emploi salarié (%)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="298" />
      <source>Location — Pays outlines</source>
      <translation>Localisation — contours des Pays</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="318" />
      <source>EPCI and communes</source>
      <translation>EPCI et communes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="328" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="346" />
      <source>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]</source>
      <translation>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="79" />
      <source>Jobs: salaried jobs estimated from the SIRENE size bands (middle of each band), not an exact count; share of employment = ESS estimate / estimate over all employer establishments of the same stock. Non-diffusible establishments count in the figures and are never shown.</source>
      <translation>Emplois : emplois salariés estimés à partir des tranches d'effectifs SIRENE (milieu de chaque tranche), et non un décompte exact ; part de l'emploi = estimation ESS / estimation sur l'ensemble des établissements employeurs du même stock. Les établissements non diffusibles sont comptés dans les chiffres mais jamais affichés.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="166" />
      <source>ESS establishments</source>
      <translation>Établissements ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="167" />
      <source>Estimated ESS salaried jobs</source>
      <translation>Emplois salariés ESS estimés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="168" />
      <source>Share of salaried employment</source>
      <translation>Part de l'emploi salarié</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="169" />
      <source>Per 10,000 inhabitants</source>
      <translation>Pour 10 000 habitants</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="176" />
      <source>Key figures</source>
      <translation>Chiffres clés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="187" />
      <source>Associations</source>
      <translation>Associations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="187" />
      <source>Cooperatives</source>
      <translation>Coopératives</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="188" />
      <source>Mutuals</source>
      <translation>Mutuelles</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="188" />
      <source>Foundations</source>
      <translation>Fondations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="189" />
      <source>ESS commercial companies</source>
      <translation>Entreprises commerciales de l'ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="189" />
      <source>All ESS</source>
      <translation>Ensemble de l'ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="206" />
      <source>The layout has no table: restore the template.</source>
      <translation>La mise en page n'a pas de tableau : restaurez le modèle.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="286" />
      <source>ESS atlas — {coverage}</source>
      <translation>Atlas de l'ESS — {coverage}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="344" />
      <source>Demonstration data (fictitious)</source>
      <translation>Données de démonstration (fictives)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="439" />
      <source>The atlas covers no feature: check the territory and the coverage.</source>
      <translation>L'atlas ne couvre aucune entité : vérifiez le territoire et la couverture.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="70" />
      <source>Sources: IGN and INSEE communes and population ({reference}, built {built}).</source>
      <translation>Sources : communes et population IGN et INSEE ({reference}, construit le {built}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="83" />
      <source>Map: ESS Territoires, {today}.</source>
      <translation>Carte : ESS Territoires, {today}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="122" />
      <source>Outside the page's territory</source>
      <translation>Hors du territoire de la page</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="124" />
      <source>The page's territory</source>
      <translation>Territoire de la page</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="160" />
      <source>ref. area {ref}</source>
      <translation>zone de réf. {ref}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="214" />
      <source>Family</source>
      <translation>Famille</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="214" />
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="215" />
      <source>Share</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="268" />
      <source>Atlas pages — {coverage}</source>
      <translation>Pages de l'atlas — {coverage}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="271" />
      <source>Neighbours — {coverage}</source>
      <translation>Voisins — {coverage}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="279" />
      <source>Location — {coverage}</source>
      <translation>Localisation — {coverage}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="74" />
      <source>INSEE SIRENE stock files of {stock}, imported {date}. ESS perimeter: {version} (legal categories and SIRENE ESS flag, public-administration and political, religious and professional organisations excluded).</source>
      <translation>Fichiers stock SIRENE de l'INSEE du {stock}, importés le {date}. Périmètre ESS : {version} (catégories juridiques et indicateur ESS de SIRENE, hors administration publique et organisations politiques, religieuses et professionnelles).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="90" />
      <source>The layout template {path} is missing: reinstall the plugin.</source>
      <translation>Le modèle de mise en page {path} est absent : réinstallez l'extension.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="96" />
      <source>The layout template {path} cannot be read.</source>
      <translation>Le modèle de mise en page {path} ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="103" />
      <source>The layout has no item '{id}': restore the template.</source>
      <translation>La mise en page n'a pas d'élément '{id}' : restaurez le modèle.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="482" />
      <source>The atlas could not be exported to {path}: {error}</source>
      <translation>L'atlas n'a pas pu être exporté vers {path} : {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="162" />
      <source>Pays {pays}</source>
      <translation>Pays {pays}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="163" />
      <source>Default</source>
      <translation>Par défaut</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="55" />
      <source>import the establishments</source>
      <translation>importer les établissements</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="55" />
      <source>compute the indicators</source>
      <translation>calculer les indicateurs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="56" />
      <source>The theme '{theme}' needs the layer '{layer}': {step} first.</source>
      <translation>Le thème '{theme}' nécessite la couche '{layer}' : commencez par {step}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="192" />
      <source>The theme '{theme}' has no value to map in the layer '{layer}': import a stock with its history first.</source>
      <translation>Le thème « {theme} » n'a aucune valeur à cartographier dans la couche « {layer} » : importez d'abord un stock avec son historique.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/conflicts.py" line="74" />
      <source>Workshop rows edited both in an offline copy and in the study</source>
      <translation>Lignes d'atelier modifiées à la fois dans une copie hors ligne et dans l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/conflicts.py" line="93" />
      <source>Choose the study's version or the copy's ({study} or {copy}), not '{choice}'.</source>
      <translation>Choisissez la version de l'étude ou celle de la copie ({study} ou {copy}), pas « {choice} ».</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/conflicts.py" line="98" />
      <source>The study {study} has no conflict {id}.</source>
      <translation>L'étude {study} n'a pas de conflit {id}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/conflicts.py" line="102" />
      <source>This conflict was already resolved ({choice}, by {who} on {date}).</source>
      <translation>Ce conflit est déjà résolu ({choice}, par {who} le {date}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="77" />
      <source>Lever</source>
      <translation>Levier</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="77" />
      <source>Obstacle</source>
      <translation>Frein</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="77" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="77" />
      <source>Need</source>
      <translation>Besoin</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="82" />
      <source>Employment and skills</source>
      <translation>Emploi et compétences</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="83" />
      <source>Funding</source>
      <translation>Financement</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="84" />
      <source>Cooperation between actors</source>
      <translation>Coopération entre acteurs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="85" />
      <source>Land and premises</source>
      <translation>Foncier et locaux</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="86" />
      <source>Mobility</source>
      <translation>Mobilité</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="87" />
      <source>Services to the population</source>
      <translation>Services à la population</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="88" />
      <source>Ecological transition</source>
      <translation>Transition écologique</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="89" />
      <source>Food and agriculture</source>
      <translation>Alimentation et agriculture</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="90" />
      <source>Visibility of the ESS</source>
      <translation>Visibilité de l'ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="91" />
      <source>Governance and public policy</source>
      <translation>Gouvernance et politiques publiques</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="92" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="97" />
      <source>1 — high</source>
      <translation>1 — haute</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="97" />
      <source>2 — medium</source>
      <translation>2 — moyenne</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="97" />
      <source>3 — low</source>
      <translation>3 — basse</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="102" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="102" />
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="102" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="103" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="103" />
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="103" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="104" />
      <source>Commune code</source>
      <translation>Code commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="104" />
      <source>Establishment (SIRET)</source>
      <translation>Établissement (SIRET)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="105" />
      <source>Interviewer</source>
      <translation>Enquêteur</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="105" />
      <source>Person interviewed</source>
      <translation>Personne interrogée</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="105" />
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="106" />
      <source>Employees</source>
      <translation>Salariés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="106" />
      <source>Volunteers</source>
      <translation>Bénévoles</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="106" />
      <source>Activities</source>
      <translation>Activités</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="107" />
      <source>Needs</source>
      <translation>Besoins</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="107" />
      <source>Obstacles</source>
      <translation>Freins</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="107" />
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="108" />
      <source>Cooperations</source>
      <translation>Coopérations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="108" />
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="108" />
      <source>What was said</source>
      <translation>Propos recueillis</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="109" />
      <source>Contributions</source>
      <translation>Contributions</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="109" />
      <source>Proposed action</source>
      <translation>Action proposée</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="110" />
      <source>Actors</source>
      <translation>Acteurs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="110" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="110" />
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="111" />
      <source>Author</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="111" />
      <source>Modified on (UTC)</source>
      <translation>Modifié le (UTC)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="338" />
      <source>Workshop contributions</source>
      <translation>Contributions des ateliers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="338" />
      <source>Workshop contributions (areas)</source>
      <translation>Contributions des ateliers (zones)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="339" />
      <source>Interviews</source>
      <translation>Entretiens</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="339" />
      <source>Recommendations</source>
      <translation>Préconisations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="376" />
      <source>Interviews of the establishment</source>
      <translation>Entretiens avec l'établissement</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="176" />
      <source>Workshop contributions (points)</source>
      <translation>Contributions des ateliers (points)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="178" />
      <source>Interviews with ESS establishments</source>
      <translation>Entretiens avec les établissements ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="179" />
      <source>Recommendations per Pays</source>
      <translation>Préconisations par Pays</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="453" />
      <source>Remove this obstacle ({theme}): who can act, with which means, by when?</source>
      <translation>Lever ce frein ({theme}) : qui peut agir, avec quels moyens, dans quel délai ?</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="553" />
      <source>The study has no recommendations yet: draft them first (contributions).</source>
      <translation>L'étude n'a pas encore de préconisations : ébauchez-les d'abord (contributions).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="579" />
      <source>No recommendation has been drafted yet for this territory. They are drafted from the workshops' contributions (step Workshops), then edited by the study team.</source>
      <translation>Aucune recommandation n'a encore été rédigée pour ce territoire. Elles sont proposées à partir des contributions des ateliers (étape Ateliers), puis reprises par l'équipe d'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="353" />
      <source>Workshops</source>
      <translation>Ateliers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="452" />
      <source>Build on this lever ({theme}): name a lead partner and a first step.</source>
      <translation>S'appuyer sur ce levier ({theme}) : désigner un partenaire chef de file et une première étape.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="604" />
      <source>Drafted from the workshops' contributions on {date}, then edited by the study team.</source>
      <translation>Ébauchées à partir des contributions des ateliers le {date}, puis modifiées par l'équipe d'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="189" />
      <source>{path} is not a study GeoPackage (no layer 'communes'): create the study first.</source>
      <translation>{path} n'est pas un GeoPackage d'étude (pas de couche 'communes') : créez d'abord l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="301" />
      <source>The priority is 1, 2 or 3.</source>
      <translation>La priorité vaut 1, 2 ou 3.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="381" />
      <source>The relation between the interviews and the establishments is not valid: check that the layers '{a}' and '{b}' have a field siret.</source>
      <translation>La relation entre les entretiens et les établissements n'est pas valide : vérifiez que les couches '{a}' et '{b}' ont un champ siret.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="556" />
      <source>Unknown page format {format}: A4 or A3.</source>
      <translation>Format de page {format} inconnu : A4 ou A3.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="74" />
      <source>Finances of {n} ESS legal units: {published} publish a turnover, {siae} are insertion structures (SIAE); {cached} taken from answers already cached, {requests} requests.</source>
      <translation>Finances de {n} unités légales ESS : {published} publient un chiffre d'affaires, {siae} sont des structures d'insertion (SIAE) ; {cached} tirées de réponses déjà en cache, {requests} requêtes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="38" />
      <source>Finances and SIAE status of {n} ESS legal units…</source>
      <translation>Finances et statut SIAE de {n} unités légales ESS…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="66" />
      <source>Legal unit {siren}: no cached answer in offline mode, its turnover and SIAE status are unknown.</source>
      <translation>Unité légale {siren} : aucune réponse en cache en mode hors ligne, son chiffre d'affaires et son statut SIAE sont inconnus.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="70" />
      <source>Legal unit {siren}: API Recherche d'entreprises does not know it; its turnover and SIAE status are unknown.</source>
      <translation>Unité légale {siren} : l'API Recherche d'entreprises ne la connaît pas ; son chiffre d'affaires et son statut SIAE sont inconnus.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="79" />
      <source>{n} legal units have establishments in the study but their head office outside it: their turnover ({ca} €) is counted in no commune.</source>
      <translation>{n} unités légales ont des établissements dans l'étude mais leur siège en dehors : leur chiffre d'affaires ({ca} €) n'est compté dans aucune commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="83" />
      <source>{n} legal units headquartered in the study also have establishments outside it: their whole turnover counts in the commune of their head office.</source>
      <translation>{n} unités légales dont le siège est dans l'étude ont aussi des établissements en dehors : tout leur chiffre d'affaires compte dans la commune de leur siège.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="86" />
      <source>Offline mode: no cached answer for {n} of the {total} ESS legal units ({sirens}): their turnover and SIAE status are unknown, they count as units without published accounts (see the rejets table). Run import-api --finances once with network access to complete them.</source>
      <translation>Mode hors ligne : aucune réponse en cache pour {n} des {total} unités légales ESS ({sirens}) : leur chiffre d'affaires et leur statut SIAE sont inconnus, elles comptent comme des unités sans comptes publiés (voir la table rejets). Lancez une fois import-api --finances avec un accès au réseau pour les compléter.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="92" />
      <source>API Recherche d'entreprises does not know {n} of the ESS legal units ({sirens}).</source>
      <translation>L'API Recherche d'entreprises ne connaît pas {n} des unités légales ESS ({sirens}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/geo_reference.py" line="75" />
      <source>Give at least one département (e.g. 59) or EPCI (its 9-digit SIREN).</source>
      <translation>Indiquez au moins un département (par ex. 59) ou un EPCI (son SIREN à 9 chiffres).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/geo_reference.py" line="94" />
      <source>Communes added from geo.api.gouv.fr (reference for the study)</source>
      <translation>Communes ajoutées depuis geo.api.gouv.fr (référence pour l'étude)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/geo_reference.py" line="54" />
      <source>geo.api.gouv.fr gave no contour for the commune {code}. Try again later.</source>
      <translation>geo.api.gouv.fr n'a fourni aucun contour pour la commune {code}. Réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="335" />
      <source>ESS Territoires</source>
      <translation>ESS Territoires</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="254" />
      <source>Another run is reading the study {path}: waiting for it to finish…</source>
      <translation>Un autre traitement lit l’étude {path} : attente de sa fin…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="151" />
      <source>{path} is in use by another program or run ({error}): nothing was written. Run this step again when it has finished.</source>
      <translation>{path} est utilisé par un autre programme ou traitement ({error}) : rien n’a été écrit. Relancez cette étape quand il sera terminé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="264" />
      <source>Another run has been reading the study {path} for more than {seconds} s: nothing was written. Run this step again when it has finished.</source>
      <translation>Un autre traitement lit l’étude {path} depuis plus de {seconds} s : rien n’a été écrit. Relancez cette étape quand il sera terminé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="284" />
      <source>{path} cannot be read as a GeoPackage ({error}). Choose a study GeoPackage made by ESS Territoires.</source>
      <translation>{path} ne peut pas être lu comme un GeoPackage ({error}). Choisissez un GeoPackage d'étude créé par ESS Territoires.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="438" />
      <source>{path} has no layer '{layer}'.</source>
      <translation>{path} n'a pas de couche « {layer} ».</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="513" />
      <source>The style of '{layer}' could not be saved in the GeoPackage ({error}): check that the file is writable.</source>
      <translation>Le style de '{layer}' n'a pas pu être enregistré dans le GeoPackage ({error}) : vérifiez que le fichier est accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="184" />
      <source>Another run is writing the study {path}: waiting for it to finish…</source>
      <translation>Un autre traitement écrit l’étude {path} : attente de sa fin…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="189" />
      <source>Another run has been writing the study {path} for more than {seconds} s. Run this step again when it has finished.</source>
      <translation>Un autre traitement écrit l’étude {path} depuis plus de {seconds} s. Relancez cette étape quand il sera terminé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="194" />
      <source>Another run has been writing the study {path} for more than {seconds} s: nothing was written. Run this step again when it has finished.</source>
      <translation>Un autre traitement écrit l’étude {path} depuis plus de {seconds} s : rien n’a été écrit. Relancez cette étape quand il sera terminé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/layers.py" line="25" />
      <source>The layer '{name}' cannot be read from {path}: is this a study GeoPackage? Create the study first.</source>
      <translation>La couche '{name}' ne peut pas être lue depuis {path} : s'agit-il bien d'un GeoPackage d'étude ? Créez d'abord l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/naf_labels.py" line="44" />
      <source>NAF 2025 labels given by the user (INSEE's list)</source>
      <translation>Libellés NAF 2025 donnés par l'utilisateur (liste INSEE)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="389" />
      <source>{folder} (copied on {date})</source>
      <translation>{folder} (copié le {date})</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="120" />
      <source>{study} is not a study (no layer 'communes'): nothing to take offline.</source>
      <translation>{study} n'est pas une étude (pas de couche « communes ») : rien à mettre hors ligne.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="124" />
      <source>The folder {folder} is not empty: choose a new or empty folder for the offline copy.</source>
      <translation>Le dossier {folder} n'est pas vide : choisissez un dossier nouveau ou vide pour la copie hors ligne.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="353" />
      <source>{folder} holds no {name}: choose the folder written by "Take offline" (hors-ligne). Nothing was brought back.</source>
      <translation>{folder} ne contient pas de {name} : choisissez le dossier écrit par « Mettre hors ligne » (hors-ligne). Rien n'a été réintégré.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="359" />
      <source>{folder} is not an offline copy (it was not written by "Take offline" / hors-ligne): nothing was brought back.</source>
      <translation>{folder} n'est pas une copie hors ligne (elle n'a pas été écrite par « Mettre hors ligne » / hors-ligne) : rien n'a été réintégré.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="367" />
      <source>{study} is not a study (no layer 'communes'): nothing was brought back.</source>
      <translation>{study} n'est pas une étude (pas de couche « communes ») : rien n'a été réintégré.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="370" />
      <source>{study} is the offline copy itself: bring it back into the study it was taken from ({source}).</source>
      <translation>{study} est la copie hors ligne elle-même : réintégrez-la dans l'étude d'où elle a été tirée ({source}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="373" />
      <source>This folder is an offline copy of another study ({source}, copied on {date}), not of {study}: nothing was brought back. Bring it back into the study it was taken from.</source>
      <translation>Ce dossier est une copie hors ligne d'une autre étude ({source}, copiée le {date}), pas de {study} : rien n'a été réintégré. Réintégrez-la dans l'étude d'où elle a été tirée.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="403" />
      <source>The workshop tables of {study} keep changing while they are merged: nothing was brought back. Try again in a moment.</source>
      <translation>Les tables d'atelier de {study} changent sans cesse pendant la fusion : rien n'a été réintégré. Réessayez dans un moment.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="208" />
      <source>{title} (offline copy)</source>
      <translation>{title} (copie hors ligne)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="230" />
      <source>Layer '{name}' reads a file outside the copy's folder: {path}</source>
      <translation>La couche « {name} » lit un fichier hors du dossier de la copie : {path}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="535" />
      <source>The study took the copy's rows, but the copy could not record it ({error}). Bringing it back again is safe: rows already brought back are recognised.</source>
      <translation>L'étude a repris les lignes de la copie, mais la copie n'a pas pu l'enregistrer ({error}). La réintégrer de nouveau est sans risque : les lignes déjà réintégrées sont reconnues.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="86" />
      <source>Not in the study, and offline mode forbids looking it up: run again with network access.</source>
      <translation>Absent de l'étude, et le mode hors ligne interdit de le rechercher : relancez avec un accès réseau.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="88" />
      <source>Not found in SIRENE by API Recherche d'entreprises: check the number.</source>
      <translation>Introuvable dans SIRENE via l'API Recherche d'entreprises : vérifiez le numéro.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="97" />
      <source>Establishment {siret} is in the commune {code}, outside the study's territory: not added.</source>
      <translation>L'établissement {siret} est situé dans la commune {code}, hors du territoire de l'étude : non ajouté.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="99" />
      <source>Establishment {siret} is closed: not added.</source>
      <translation>L'établissement {siret} est fermé : non ajouté.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="100" />
      <source>Non-diffusible establishment outside the territory or closed: not added.</source>
      <translation>Établissement non diffusible hors du territoire ou fermé : non ajouté.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="131" />
      <source>Rows of the partner lists matched to the study</source>
      <translation>Lignes des listes de partenaires rapprochées de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="65" />
      <source>{path} is not a study GeoPackage. Create the study first (etude, import-sirene or import-api), then match the partner list to it.</source>
      <translation>{path} n'est pas un GeoPackage d'étude. Créez d'abord l'étude (etude, import-sirene ou import-api), puis rapprochez-en la liste de partenaires.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="153" />
      <source>{file}: {lines} lines, {study} already in the study, {added} added, {hidden} non-diffusible (not shown), {rejets} set aside (see the rejets table).</source>
      <translation>{file} : {lines} lignes, {study} déjà dans l'étude, {added} ajoutées, {hidden} non diffusibles (non affichées), {rejets} écartées (voir la table rejets).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="82" />
      <source>1. Key figures</source>
      <translation>1. Chiffres clés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="82" />
      <source>2. Inventory: families, sectors, sizes</source>
      <translation>2. Inventaire : familles, secteurs, tailles</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="83" />
      <source>3. Employment</source>
      <translation>3. Emploi</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="83" />
      <source>4. Territorial coverage</source>
      <translation>4. Couverture territoriale</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="84" />
      <source>5. Dynamics and economic weight</source>
      <translation>5. Dynamique et poids économique</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="84" />
      <source>6. The EPCIs compared</source>
      <translation>6. Les EPCI comparés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="85" />
      <source>7. Maps</source>
      <translation>7. Cartes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="85" />
      <source>8. Workshops</source>
      <translation>8. Ateliers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="85" />
      <source>9. Method and sources</source>
      <translation>9. Méthode et sources</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="95" />
      <source>Social work</source>
      <translation>Action sociale</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="95" />
      <source>Health</source>
      <translation>Santé</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="95" />
      <source>Education</source>
      <translation>Enseignement</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="96" />
      <source>Sport and leisure</source>
      <translation>Sport et loisirs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="96" />
      <source>Arts and entertainment</source>
      <translation>Arts et spectacles</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="97" />
      <source>Finance and insurance</source>
      <translation>Finance et assurance</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="97" />
      <source>Trade</source>
      <translation>Commerce</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="98" />
      <source>Agriculture and food</source>
      <translation>Agriculture et agroalimentaire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="99" />
      <source>Industry and construction</source>
      <translation>Industrie et construction</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="99" />
      <source>Other services</source>
      <translation>Autres services</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="103" />
      <source>1 to 9 employees</source>
      <translation>1 à 9 salariés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="103" />
      <source>10 to 49 employees</source>
      <translation>10 à 49 salariés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="103" />
      <source>50 to 249 employees</source>
      <translation>50 à 249 salariés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="104" />
      <source>250 employees or more</source>
      <translation>250 salariés ou plus</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="108" />
      <source>ESS portrait — {territory}</source>
      <translation>Portrait de l'ESS — {territory}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="168" />
      <source>0 km: ESS in the commune</source>
      <translation>0 km : ESS dans la commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="488" />
      <source>Portrait of the social and solidarity economy</source>
      <translation>Portrait de l'économie sociale et solidaire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="656" />
      <source>Distance to the nearest ESS establishment (km)</source>
      <translation>Distance à l'établissement ESS le plus proche (km)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="151" />
      <source>Outside the territory</source>
      <translation>Hors du territoire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="508" />
      <source>estimated salaried jobs (SIRENE size bands)</source>
      <translation>emplois salariés estimés (tranches SIRENE)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="509" />
      <source>of salaried employment</source>
      <translation>de l'emploi salarié</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="564" />
      <source>Reference area</source>
      <translation>Zone de référence</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="581" />
      <source>Population (inhabitants)</source>
      <translation>Population (habitants)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="583" />
      <source>of which employers</source>
      <translation>dont employeurs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="584" />
      <source>Estimated salaried jobs (low – high)</source>
      <translation>Emplois salariés estimés (bas – haut)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="588" />
      <source>Establishments per 10,000 inhabitants</source>
      <translation>Établissements pour 10 000 habitants</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="589" />
      <source>Establishments per km²</source>
      <translation>Établissements par km²</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="590" />
      <source>Communes with ESS</source>
      <translation>Communes avec ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="625" />
      <source>ESS establishments by sector</source>
      <translation>Établissements ESS par secteur</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="645" />
      <source>Estimated ESS salaried jobs by sector (SIRENE size bands)</source>
      <translation>Emplois salariés ESS estimés par secteur (tranches SIRENE)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="646" />
      <source>Bar: central estimate; line: from the low to the high bound of the size bands.</source>
      <translation>Barre : estimation centrale ; trait : de la borne basse à la borne haute des tranches d'effectifs.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="658" />
      <source>Distance from each commune to the nearest ESS establishment</source>
      <translation>Distance de chaque commune à l'établissement ESS le plus proche</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="661" />
      <source>Communes without ESS</source>
      <translation>Communes sans ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="704" />
      <source>Establishments</source>
      <translation>Établissements</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="704" />
      <source>Estimated jobs</source>
      <translation>Emplois estimés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="704" />
      <source>Share of employment</source>
      <translation>Part de l'emploi</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="705" />
      <source>Per 10,000 inh.</source>
      <translation>Pour 10 000 hab.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="731" />
      <source>ESS establishments per 10,000 inhabitants, per commune</source>
      <translation>Établissements ESS pour 10 000 habitants, par commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="734" />
      <source>Estimated ESS salaried jobs per commune (proportional circles)</source>
      <translation>Emplois salariés ESS estimés par commune (cercles proportionnels)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="171" />
      <source>more than {km} km</source>
      <translation>plus de {km} km</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="173" />
      <source>{low} to {high} km</source>
      <translation>{low} à {high} km</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="209" />
      <source>The territory '{code}' has no commune in the study's layer 'communes'.</source>
      <translation>Le territoire « {code} » n'a aucune commune dans la couche « communes » de l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="504" />
      <source>Portrait — outside {territory}</source>
      <translation>Portrait — hors {territory}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="524" />
      <source>printed on {date}</source>
      <translation>édité le {date}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="564" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="595" />
      <source>Published turnover of the ESS</source>
      <translation>Chiffre d'affaires publié de l'ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="616" />
      <source>Employer establishments by size</source>
      <translation>Établissements employeurs par taille</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="685" />
      <source>ESS creations and closures per year</source>
      <translation>Créations et fermetures d'établissements ESS par année</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="827" />
      <source>The logo {path} does not exist: give an image file (PNG, JPEG or SVG).</source>
      <translation>Le logo {path} n'existe pas : donnez un fichier image (PNG, JPEG ou SVG).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="844" />
      <source>The portrait could not be exported to {path} (error {code}): check that the folder is writable.</source>
      <translation>Le portrait n'a pas pu être exporté vers {path} (erreur {code}) : vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="500" />
      <source>EPCI {of_pays}</source>
      <translation>EPCI {of_pays}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="523" />
      <source>SIRENE stock of {date}</source>
      <translation>Stock SIRENE du {date}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="683" />
      <source>ESS creations</source>
      <translation>Créations ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="684" />
      <source>ESS closures</source>
      <translation>Fermetures ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="746" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="793" />
      <source>Page {page} / {pages}</source>
      <translation>Page {page} / {pages}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="796" />
      <source>ESS Territoires — {date}</source>
      <translation>ESS Territoires — {date}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait_data.py" line="73" />
      <source>The study {path} does not exist: create it first (etude).</source>
      <translation>L'étude {path} n'existe pas : créez-la d'abord (etude).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait_data.py" line="80" />
      <source>The study {path} has no indicators yet ({layers}): import the establishments and compute the indicators (indicateurs) before the portrait.</source>
      <translation>L'étude {path} n'a pas encore d'indicateurs ({layers}) : importez les établissements et calculez les indicateurs (indicateurs) avant le portrait.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait_data.py" line="100" />
      <source>The study has no territory '{code}'. Give a code_pays ({pays}) or a code_epci ({epcis}).</source>
      <translation>L'étude n'a pas de territoire « {code} ». Donnez un code_pays ({pays}) ou un code_epci ({epcis}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="131" />
      <source>The PostgreSQL connection names no database: edit it in QGIS's Data Source Manager.</source>
      <translation>La connexion PostgreSQL ne nomme aucune base : modifiez-la dans le Gestionnaire des sources de données de QGIS.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="451" />
      <source>Another run is writing the study {location}: waiting for it to finish…</source>
      <translation>Un autre traitement écrit l’étude {location} : attente de sa fin…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="452" />
      <source>Another run has been writing the study {location} for more than {seconds} s: nothing was written. Run this step again when it has finished.</source>
      <translation>Un autre traitement écrit l’étude {location} depuis plus de {seconds} s : rien n’a été écrit. Relancez cette étape quand il sera terminé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="480" />
      <source>Another run is reading the study {location}: waiting for it to finish…</source>
      <translation>Un autre traitement lit l’étude {location} : attente de sa fin…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="481" />
      <source>Another run has been reading the study {location} for more than {seconds} s: nothing was written. Run this step again when it has finished.</source>
      <translation>Un autre traitement lit l’étude {location} depuis plus de {seconds} s : rien n’a été écrit. Relancez cette étape quand il sera terminé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="64" />
      <source>PostgreSQL studies need psycopg2 (Debian package python3-psycopg2).</source>
      <translation>Les études PostgreSQL demandent psycopg2 (paquet Debian python3-psycopg2).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="80" />
      <source>A PostgreSQL study location must not hold a password: remove it from {location} and give it to libpq instead (~/.pgpass, a service file or PGPASSWORD).</source>
      <translation>L’emplacement d’une étude PostgreSQL ne doit contenir aucun mot de passe : retirez-le de {location} et donnez-le à libpq (~/.pgpass, un fichier de service ou PGPASSWORD).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="84" />
      <source>A PostgreSQL study location reads postgresql://user@host:port/dbname?schema=NAME (got {location}).</source>
      <translation>L’emplacement d’une étude PostgreSQL s’écrit postgresql://utilisateur@hôte:port/base?schema=NOM (reçu : {location}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="87" />
      <source>The schema name '{schema}' cannot hold a study: use lower-case letters, digits and underscores, starting with a letter.</source>
      <translation>Le schéma « {schema} » ne peut pas contenir une étude : utilisez des minuscules, des chiffres et des tirets bas, en commençant par une lettre.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="648" />
      <source>The style of '{layer}' could not be saved in the database ({error}): check your rights on the table public.layer_styles.</source>
      <translation>Le style de « {layer} » n’a pas pu être enregistré dans la base ({error}) : vérifiez vos droits sur la table public.layer_styles.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="224" />
      <source>Cannot connect to the PostgreSQL study {location}: {error}. Check that the server runs and that the database exists; give the password through ~/.pgpass, a service file or PGPASSWORD, never in the location.</source>
      <translation>Connexion impossible à l’étude PostgreSQL {location} : {error}. Vérifiez que le serveur fonctionne et que la base existe ; donnez le mot de passe par ~/.pgpass, un fichier de service ou PGPASSWORD, jamais dans l’emplacement.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="312" />
      <source>The study {location} could not be read ({error}). Check your rights on its schema and on public.layer_styles with the database's administrator.</source>
      <translation>L'étude {location} n'a pas pu être lue ({error}). Vérifiez vos droits sur son schéma et sur public.layer_styles avec l'administrateur de la base.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="433" />
      <source>The study {location} could not be written ({error}); it is left as it was.</source>
      <translation>L’étude {location} n’a pas pu être écrite ({error}) ; elle reste telle qu’elle était.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="507" />
      <source>The database {dbname} has no PostGIS extension and it could not be added ({error}): ask its administrator to run CREATE EXTENSION postgis.</source>
      <translation>La base {dbname} n’a pas l’extension PostGIS et elle n’a pas pu être ajoutée ({error}) : demandez à son administrateur d’exécuter CREATE EXTENSION postgis.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="370" />
      <source>{path}: the layer '{layer}' has no field {fields}.</source>
      <translation>{path} : la couche « {layer} » n’a pas de champ {fields}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="33" />
      <source>Atlas (layers of the layouts)</source>
      <translation>Atlas (couches des mises en page)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="37" />
      <source>Study</source>
      <translation>Étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="21" />
      <source>ESS jobs per commune</source>
      <translation>Emplois ESS par commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="24" />
      <source>ESS indicators per commune</source>
      <translation>Indicateurs ESS par commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="84" />
      <source>The study has no layer '{name}' in its project: add the study's layers again.</source>
      <translation>Le projet de l'étude n'a pas de couche « {name} » : ajoutez à nouveau les couches de l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="169" />
      <source>{atlas} — location</source>
      <translation>{atlas} — situation</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="235" />
      <source>The project {path} could not be written: {error}</source>
      <translation>Le projet {path} n'a pas pu être écrit : {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="245" />
      <source>The study's project {path} cannot be read: {error}</source>
      <translation>Le projet de l'étude {path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="71" />
      <source>stock date</source>
      <translation>La date du stock</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="151" />
      <source>ESS creations and closures, and all creations, per commune and year (the ten full years before the stock's date)</source>
      <translation>Créations et fermetures ESS, et toutes les créations, par commune et par année (les dix années complètes avant la date du stock)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="153" />
      <source>As dynamique_communes, for every commune of the reference area (comparisons)</source>
      <translation>Comme dynamique_communes, pour chaque commune de la zone de référence (comparaisons)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="156" />
      <source>ESS establishments (active and closed) per commune, creation date and closure date, with their estimated jobs</source>
      <translation>Établissements ESS (actifs et fermés) par commune, date de création et date de fermeture, avec leurs emplois estimés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="158" />
      <source>As ess_dates_communes, for every commune of the reference area (comparisons)</source>
      <translation>Comme ess_dates_communes, pour chaque commune de la zone de référence (comparaisons)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="52" />
      <source>This stock is dated {date} and the study's {other_kind} stock {other}: an earlier stock (--stock-anterieur) must predate the current one. Check the files, or give the right date with --date-stock.</source>
      <translation>Ce stock est daté du {date} et le stock {other_kind} de l'étude du {other} : un stock antérieur (--stock-anterieur) doit précéder le stock actuel. Vérifiez les fichiers, ou donnez la bonne date avec --date-stock.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="125" />
      <source>All employer establishments per commune and their estimated jobs (SIRENE size bands)</source>
      <translation>Ensemble des établissements employeurs par commune et leurs emplois estimés (tranches SIRENE)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="127" />
      <source>As ess_communes, for every commune of the reference area (comparisons)</source>
      <translation>Comme ess_communes, pour chaque commune de la zone de référence (comparaisons)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="129" />
      <source>As emploi_communes, for every commune of the reference area (comparisons)</source>
      <translation>Comme emploi_communes, pour chaque commune de la zone de référence (comparaisons)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="169" />
      <source>As ess_communes, from the earlier stock (date_stock_anterieur)</source>
      <translation>Comme ess_communes, d'après le stock antérieur (date_stock_anterieur)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="171" />
      <source>As ess_communes_anterieur, for every commune of the reference area</source>
      <translation>Comme ess_communes_anterieur, pour chaque commune de la zone de référence</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="56" />
      <source>current</source>
      <translation>actuel</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="56" />
      <source>earlier</source>
      <translation>antérieur</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="192" />
      <source>Study settings</source>
      <translation>Paramètres de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="205" />
      <source>Runs that produced the tables of this study</source>
      <translation>Exécutions ayant produit les tables de cette étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="225" />
      <source>Rows set aside or repaired, and why</source>
      <translation>Lignes écartées ou corrigées, et pourquoi</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="83" />
      <source>The study file must end in .gpkg (got {name}).</source>
      <translation>Le fichier d'étude doit se terminer par .gpkg (reçu : {name}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="166" />
      <source>{path} is not a study GeoPackage (no communes layer). Give a new file name or a study created by ESS Territoires.</source>
      <translation>{path} n'est pas un GeoPackage d'étude (pas de couche communes). Indiquez un nouveau nom de fichier ou une étude créée par ESS Territoires.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="169" />
      <source>{path} does not exist: give a territory (e.g. --territoire pays-de-thierache) to create the study.</source>
      <translation>{path} n'existe pas : indiquez un territoire (par ex. --territoire pays-de-thierache) pour créer l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="161" />
      <source>The study {path} was created for the territory '{existing}', not '{asked}'. Give another file name to start a new study.</source>
      <translation>L'étude {path} a été créée pour le territoire '{existing}', et non '{asked}'. Indiquez un autre nom de fichier pour commencer une nouvelle étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="240" />
      <source>Offline mode, and {path} holds no cached API answers: nothing was written. Run this step once with network access (offline mode off), then work offline.</source>
      <translation>Mode hors ligne, et {path} ne contient aucune réponse de l'API en cache : rien n'a été écrit. Exécutez cette étape une fois avec un accès réseau (mode hors ligne désactivé), puis travaillez hors ligne.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="71" />
      <source>ESS observatory — {territory}</source>
      <translation>Observatoire de l'ESS — {territory}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="51" />
      <source>The folder {folder} already holds a study: open it, or choose an empty folder.</source>
      <translation>Le dossier {folder} contient déjà une étude : ouvrez-la, ou choisissez un dossier vide.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="79" />
      <source>The folder {folder} holds no {name}: create the study first.</source>
      <translation>Le dossier {folder} ne contient pas de fichier {name} : créez d'abord l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="90" />
      <source>The folder {folder} holds no {name}: choose a study folder (made with "New study" or the demo).</source>
      <translation>Le dossier {folder} ne contient pas de fichier {name} : choisissez un dossier d'étude (créé avec « Nouvelle étude » ou la démo).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="94" />
      <source>The project {path} cannot be read: {error}</source>
      <translation>Le projet {path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="121" />
      <source>Layer '{name}' is not a local file ({provider}: {source})</source>
      <translation>La couche '{name}' n'est pas un fichier local ({provider} : {source})</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="124" />
      <source>Layer '{name}' reads a missing file: {path}</source>
      <translation>La couche '{name}' lit un fichier absent : {path}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="130" />
      <source>Layout '{layout}' shows a picture from {url}</source>
      <translation>La mise en page '{layout}' affiche une image provenant de {url}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="126" />
      <source>Layer '{name}' is not valid</source>
      <translation>La couche '{name}' n'est pas valide</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="73" />
      <source>commune</source>
      <translation>commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="149" />
      <source>This study has no finances_unites table: the published turnover and SIAE fields are left at 0. Run the API import with the finances option (import-api --finances) to fill them.</source>
      <translation>Cette étude n'a pas de table finances_unites : les champs du chiffre d'affaires publié et des SIAE restent à 0. Lancez l'import de l'API avec l'option finances (import-api --finances) pour les remplir.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="53" />
      <source>This study has no SIRENE import: the total employment of the communes is unknown, so the share of the ESS in employment is left at 0. Import the SIRENE stock files to compute it.</source>
      <translation>Cette étude n'a pas d'import SIRENE : l'emploi total des communes est inconnu, la part de l'ESS dans l'emploi est donc laissée à 0. Importez les fichiers stock SIRENE pour la calculer.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="81" />
      <source>ESS indicators per {level}</source>
      <translation>Indicateurs ESS par {level}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="84" />
      <source>ESS indicators per {level}, at a point of each territory</source>
      <translation>Indicateurs ESS par {level}, en un point de chaque territoire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="41" />
      <source>The study {path} has no table {tables}: create the study and import SIRENE (import-sirene) before computing the indicators.</source>
      <translation>L'étude {path} n'a pas de table {tables} : créez l'étude et importez SIRENE (import-sirene) avant de calculer les indicateurs.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="129" />
      <source>Communes of the study</source>
      <translation>Communes de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="130" />
      <source>EPCI of the study</source>
      <translation>EPCI de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="131" />
      <source>Pays of the study</source>
      <translation>Pays de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="135" />
      <source>Communes as points for the location map</source>
      <translation>Communes en points pour la carte de situation</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="137" />
      <source>EPCI outlines simplified for the location map</source>
      <translation>Contours des EPCI simplifiés pour la carte de situation</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="139" />
      <source>Pays outlines simplified for the location map</source>
      <translation>Contours des Pays simplifiés pour la carte de situation</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="152" />
      <source>Reference area (départements {codes})</source>
      <translation>Zone de référence (départements {codes})</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="127" />
      <source>Communes of the reference area (the départements of the reference data) for comparisons</source>
      <translation>Communes de la zone de référence (les départements des données de référence) pour les comparaisons</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="90" />
      <source>{n} communes of this territory have no contour in the reference data (départements {deps}). Add their contours from geo.api.gouv.fr (algorithm communes_geo_api) or with 'make data DEPARTEMENTS=…', then try again.</source>
      <translation>{n} communes de ce territoire n'ont pas de contour dans les données de référence (départements {deps}). Ajoutez leurs contours depuis geo.api.gouv.fr (algorithme communes_geo_api) ou avec 'make data DEPARTEMENTS=…', puis réessayez.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="164" />
      <source>The manual method needs class limits, for example 0,5,10,20.</source>
      <translation>La méthode manuelle nécessite des bornes de classes, par exemple 0,5,10,20.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="226" />
      <source>Give at least two class limits for the manual method, for example 0,5,10.</source>
      <translation>Indiquez au moins deux bornes de classes pour la méthode manuelle, par exemple 0,5,10.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="368" />
      <source>Communes of {n} inhabitants or more</source>
      <translation>Communes de {n} habitants ou plus</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="414" />
      <source>{layer} at a point on the surface of each polygon (proportional symbols)</source>
      <translation>{layer} en un point à la surface de chaque polygone (symboles proportionnels)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="79" />
      <source>Unknown palette '{name}': use one of {names}.</source>
      <translation>Palette '{name}' inconnue : utilisez l'une de celles-ci : {names}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="126" />
      <source>Unknown classification method '{method}': use auto, {methods}.</source>
      <translation>Méthode de classification '{method}' inconnue : utilisez auto, {methods}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="130" />
      <source>The field '{field}' is an identifier, not a value: choose an indicator.</source>
      <translation>Le champ '{field}' est un identifiant, pas une valeur : choisissez un indicateur.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="137" />
      <source>The field '{field}' is a stock (a count or a number of jobs): it is drawn as proportional circles, not as a choropleth, which would make large territories look dense. Leave the method on auto, choose a ratio (for example etab_ess_pour_10000_hab), or tick 'Draw a stock as a choropleth anyway' (--forcer).</source>
      <translation>Le champ '{field}' est un stock (un décompte ou un nombre d'emplois) : il est représenté par des cercles proportionnels, et non en choroplèthe, qui ferait paraître denses les grands territoires. Laissez la méthode sur auto, choisissez un ratio (par exemple etab_ess_pour_10000_hab), ou cochez « Représenter quand même un stock en choroplèthe » (--forcer).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="175" />
      <source>The layer '{layer}' has no field '{field}'. Fields: {fields}.</source>
      <translation>La couche '{layer}' n'a pas de champ '{field}'. Champs : {fields}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="178" />
      <source>The field '{field}' is not numeric: it cannot be mapped.</source>
      <translation>Le champ '{field}' n'est pas numérique : il ne peut pas être cartographié.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="206" />
      <source>The number of classes must be between {low} and {high} (got {n}).</source>
      <translation>Le nombre de classes doit être compris entre {low} et {high} (reçu : {n}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="217" />
      <source>The field '{field}' of the layer '{layer}' has no value to classify.</source>
      <translation>Le champ '{field}' de la couche '{layer}' n'a aucune valeur à classer.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="233" />
      <source>No class could be made from the field '{field}': check its values.</source>
      <translation>Aucune classe n'a pu être construite à partir du champ '{field}' : vérifiez ses valeurs.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="283" />
      <source>Proportional circles are drawn on a point layer; '{layer}' is not one.</source>
      <translation>Les cercles proportionnels se dessinent sur une couche de points ; '{layer}' n'en est pas une.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="327" />
      <source>The layer '{layer}' has no field 'famille': it is not a layer of establishments.</source>
      <translation>La couche '{layer}' n'a pas de champ 'famille' : ce n'est pas une couche d'établissements.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="429" />
      <source>The GeoPackage {path} has no layer '{layer}'. Layers: {layers}.</source>
      <translation>Le GeoPackage {path} n'a pas de couche '{layer}'. Couches : {layers}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="160" />
      <source>The class limit '{value}' is not a number: give limits like 0,5,10,20.</source>
      <translation>La borne de classe '{value}' n'est pas un nombre : indiquez des bornes comme 0,5,10,20.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/xlsx.py" line="18" />
      <source>The table file must end in .xlsx (got {name}).</source>
      <translation>Le fichier du tableau doit se terminer par .xlsx (reçu : {name}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="50" />
      <source>Study in a PostgreSQL database</source>
      <translation>Étude dans une base PostgreSQL</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="59" />
      <source>QGIS connection</source>
      <translation>Connexion QGIS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="60" />
      <source>Schema of the study</source>
      <translation>Schéma de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="61" />
      <source>One schema per study: an existing study, or a new name (lower-case letters, digits, _) to create one for the territory chosen in the panel. Passwords stay in QGIS's authentication manager.</source>
      <translation>Un schéma par étude : une étude existante, ou un nouveau nom (minuscules, chiffres, _) pour en créer une pour le territoire choisi dans le panneau. Les mots de passe restent dans le gestionnaire d'authentification de QGIS.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="31" />
      <source>There is no PostgreSQL connection named '{name}' in QGIS: add it in the Data Source Manager (with an authentication configuration).</source>
      <translation>QGIS n'a pas de connexion PostgreSQL nommée « {name} » : ajoutez-la dans le Gestionnaire des sources de données (avec une configuration d'authentification).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="67" />
      <source>No PostgreSQL connection in QGIS yet: add one in the Data Source Manager.</source>
      <translation>QGIS n'a encore aucune connexion PostgreSQL : ajoutez-en une dans le Gestionnaire des sources de données.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="233" />
      <source>New study…</source>
      <translation>Nouvelle étude…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="234" />
      <source>Open study…</source>
      <translation>Ouvrir une étude…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="235" />
      <source>Study in a database…</source>
      <translation>Étude dans une base…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="254" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="366" />
      <source>The current project has unsaved changes. Close it for the study?</source>
      <translation>Le projet en cours contient des modifications non enregistrées. Le fermer pour ouvrir l'étude ?</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="377" />
      <source>Folder of the new study</source>
      <translation>Dossier de la nouvelle étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="324" />
      <source>No study open: create one (New study…) or open a study folder.</source>
      <translation>Aucune étude ouverte : créez-en une (Nouvelle étude…) ou ouvrez un dossier d'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="375" />
      <source>Tick at least one EPCI for a custom territory.</source>
      <translation>Cochez au moins un EPCI pour un territoire personnalisé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="401" />
      <source>Study folder</source>
      <translation>Dossier d'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="504" />
      <source>A step is already running: wait for it or cancel it.</source>
      <translation>Une étape est déjà en cours : attendez qu'elle se termine ou annulez-la.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="513" />
      <source>Done.</source>
      <translation>Terminé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="629" />
      <source>Cancelled: nothing was written.</source>
      <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="395" />
      <source>Creating the study</source>
      <translation>Création de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="412" />
      <source>This study needs files or the network: {problems}</source>
      <translation>Cette étude dépend de fichiers externes ou du réseau : {problems}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="543" />
      <source>Unknown algorithm {id}</source>
      <translation>Algorithme inconnu {id}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="327" />
      <source>Study: {name}</source>
      <translation>Étude : {name}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="618" />
      <source>{step} failed.</source>
      <translation>{step} : échec.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="71" />
      <source>8. Offline copy</source>
      <translation>8. Copie hors ligne</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="34" />
      <source>Recorded with the contributions, interviews and recommendations you write (empty: your QGIS user name).</source>
      <translation>Enregistré avec les contributions, enquêtes et recommandations que vous écrivez (vide : votre nom d'utilisateur QGIS).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="42" />
      <source>Take offline…</source>
      <translation>Mettre hors ligne…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="43" />
      <source>Write a study folder for a meeting without network: the study's data, its styles and a project.</source>
      <translation>Écrire un dossier d'étude pour une réunion sans réseau : les données de l'étude, ses styles et un projet.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="45" />
      <source>Bring back a copy…</source>
      <translation>Réintégrer une copie…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="46" />
      <source>Merge the contributions, interviews and recommendations of an offline copy into the study it was taken from.</source>
      <translation>Fusionner les contributions, enquêtes et recommandations d'une copie hors ligne dans l'étude d'où elle a été tirée.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="61" />
      <source>Keep the study's version</source>
      <translation>Garder la version de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="63" />
      <source>Keep the copy's version</source>
      <translation>Garder la version de la copie</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="146" />
      <source>study: deleted</source>
      <translation>étude : supprimée</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="146" />
      <source>copy: deleted</source>
      <translation>copie : supprimée</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="181" />
      <source>Folder of the offline copy (new or empty)</source>
      <translation>Dossier de la copie hors ligne (nouveau ou vide)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="37" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="50" />
      <source>Conflicts: rows edited both in a copy and in the study</source>
      <translation>Conflits : lignes modifiées à la fois dans une copie et dans l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="165" />
      <source>geometry</source>
      <translation>géométrie</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="170" />
      <source>Deleted in the study since the copy, edited in the copy.</source>
      <translation>Supprimée dans l'étude depuis la copie, modifiée dans la copie.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="172" />
      <source>Deleted in the copy, edited in the study since the copy.</source>
      <translation>Supprimée dans la copie, modifiée dans l'étude depuis la copie.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="201" />
      <source>Folder of the offline copy</source>
      <translation>Dossier de la copie hors ligne</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="228" />
      <source>Choose a conflict in the list first.</source>
      <translation>Choisissez d'abord un conflit dans la liste.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="238" />
      <source>Conflict resolved.</source>
      <translation>Conflit résolu.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="148" />
      <source>study: {who}, {when}</source>
      <translation>étude : {who}, {when}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="151" />
      <source>copy: {who}, {when}</source>
      <translation>copie : {who}, {when}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="192" />
      <source>Taking the study offline</source>
      <translation>Mise hors ligne de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="219" />
      <source>Bringing the copy back</source>
      <translation>Réintégration de la copie</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="240" />
      <source>Resolving the conflict</source>
      <translation>Résolution du conflit</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="107" />
      <source>This study is an offline copy of {source}, taken on {date}. "Bring back" merges it into that study.</source>
      <translation>Cette étude est une copie hors ligne de {source}, tirée le {date}. « Réintégrer » la fusionne dans cette étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="166" />
      <source>{field}: study «{study}», copy «{copy}»</source>
      <translation>{field} : étude « {study} », copie « {copy} »</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="189" />
      <source>Offline copy written to {folder}: take this folder to the meeting and open its observatoire.qgz; bring it back afterwards.</source>
      <translation>Copie hors ligne écrite dans {folder} : emportez ce dossier à la réunion et ouvrez son observatoire.qgz ; réintégrez-la ensuite.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="211" />
      <source>Brought back: {inserted} rows added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</source>
      <translation>Réintégrée : {inserted} lignes ajoutées, {updated} mises à jour, {deleted} supprimées, {conflicts} conflits.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="216" />
      <source>{n} conflicts to resolve: open the study {study} to choose.</source>
      <translation>{n} conflits à résoudre : ouvrez l'étude {study} pour choisir.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="35" />
      <source>7. Portrait</source>
      <translation>7. Portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="25" />
      <source>e.g. the regional ESS observatory</source>
      <translation>par exemple l'observatoire régional de l'ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="26" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="27" />
      <source>Pays or EPCI</source>
      <translation>Pays ou EPCI</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="28" />
      <source>Page format</source>
      <translation>Format de page</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="31" />
      <source>Write the portrait (PDF)</source>
      <translation>Écrire le portrait (PDF)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="21" />
      <source>A3 portrait</source>
      <translation>A3 portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="29" />
      <source>Observatory (cover)</source>
      <translation>Observatoire (couverture)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="30" />
      <source>Logo (optional)</source>
      <translation>Logo (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="71" />
      <source>Compute the indicators first: the portrait needs the study's Pays and EPCI.</source>
      <translation>Calculez d'abord les indicateurs : le portrait a besoin des Pays et des EPCI de l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="84" />
      <source>Writing the portrait</source>
      <translation>Écriture du portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="81" />
      <source>Portrait: {pages} pages written to {out}</source>
      <translation>Portrait : {pages} pages écrites dans {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/settings.py" line="108" />
      <source>QGIS's authentication database is not available: credentials cannot be stored. Check Settings &gt; Options &gt; Authentication.</source>
      <translation>La base d'authentification de QGIS n'est pas disponible : les identifiants ne peuvent pas être enregistrés. Vérifiez Préférences &gt; Options &gt; Authentification.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/settings.py" line="129" />
      <source>The credentials could not be stored in QGIS's authentication database (is its master password set?).</source>
      <translation>Les identifiants n'ont pas pu être enregistrés dans la base d'authentification de QGIS (son mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/settings.py" line="146" />
      <source>The credentials {id} are not in QGIS's authentication database.</source>
      <translation>Les identifiants {id} ne sont pas dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="156" />
      <source>1. Territory</source>
      <translation>1. Territoire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="210" />
      <source>SIRENE files (*.csv *.zip *.parquet)</source>
      <translation>Fichiers SIRENE (*.csv *.zip *.parquet)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="267" />
      <source>2. Sources</source>
      <translation>2. Sources</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="370" />
      <source>3. Indicators</source>
      <translation>3. Indicateurs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="415" />
      <source>4. Maps</source>
      <translation>4. Cartes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="498" />
      <source>5. Atlas</source>
      <translation>5. Atlas</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="570" />
      <source>6. Workshops</source>
      <translation>6. Ateliers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="135" />
      <source>The three preset Pays</source>
      <translation>Les trois Pays prédéfinis</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="136" />
      <source>Custom set of EPCI…</source>
      <translation>Ensemble personnalisé d'EPCI…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="149" />
      <source>Show the territory</source>
      <translation>Afficher le territoire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="208" />
      <source>SIRENE stock files</source>
      <translation>Fichiers stock SIRENE</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="214" />
      <source>StockEtablissement</source>
      <translation>StockEtablissement</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="215" />
      <source>StockUniteLegale</source>
      <translation>StockUniteLegale</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="218" />
      <source>Optional: StockEtablissementHistorique, for the exact closure dates of the closed establishments (dynamics).</source>
      <translation>Facultatif : StockEtablissementHistorique, pour les dates de fermeture exactes des établissements fermés (dynamique).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="222" />
      <source>An earlier stock</source>
      <translation>Un stock antérieur</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="223" />
      <source>Check it to import these files as an earlier stock: the study then measures the change between the two dates; nothing else changes.</source>
      <translation>Cochez pour importer ces fichiers comme un stock antérieur : l'étude mesure alors l'évolution entre les deux dates ; rien d'autre ne change.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="226" />
      <source>INSEE's NAF 2025 list (*.csv *.xlsx *.ods)</source>
      <translation>Liste NAF 2025 de l'INSEE (*.csv *.xlsx *.ods)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="228" />
      <source>Optional: INSEE's list of NAF 2025 sub-classes. Its labels replace the ones shipped with the plugin in every import, and are kept in the study.</source>
      <translation>Facultatif : la liste INSEE des sous-classes de la NAF 2025. Ses libellés remplacent ceux fournis avec l'extension à chaque import, et sont conservés dans l'étude.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="231" />
      <source>Import SIRENE</source>
      <translation>Importer SIRENE</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="236" />
      <source>API Recherche d'entreprises</source>
      <translation>API Recherche d'entreprises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="240" />
      <source>Offline</source>
      <translation>Hors ligne</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="241" />
      <source>Offline: use the study's cache only, no network call</source>
      <translation>Hors ligne : utiliser uniquement le cache de l'étude, sans appel réseau</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="242" />
      <source>Also fetch the finances</source>
      <translation>Récupérer aussi les finances</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="243" />
      <source>Also fetch the finances: published turnover and SIAE status of the study's ESS legal units</source>
      <translation>Récupérer aussi les finances : chiffre d'affaires publié et statut SIAE des unités légales ESS de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="245" />
      <source>API address</source>
      <translation>Adresse de l'API</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="248" />
      <source>Import from the API</source>
      <translation>Importer depuis l'API</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="252" />
      <source>Partner lists</source>
      <translation>Listes de partenaires</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="254" />
      <source>Lists (*.csv *.xlsx)</source>
      <translation>Listes (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="256" />
      <source>Import the list</source>
      <translation>Importer la liste</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="261" />
      <source>Demonstration data</source>
      <translation>Données de démonstration</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="262" />
      <source>Demonstration data (fictitious SIRENE stock)</source>
      <translation>Données de démonstration (stock SIRENE fictif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="363" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="365" />
      <source>Compute the indicators</source>
      <translation>Calculer les indicateurs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="403" />
      <source>e.g. 0,5,10,20</source>
      <translation>par ex. 0,5,10,20</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="404" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="405" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="406" />
      <source>Classification</source>
      <translation>Classification</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="407" />
      <source>Classes</source>
      <translation>Classes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="409" />
      <source>Draw the map</source>
      <translation>Dessiner la carte</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="485" />
      <source>Also one PDF per page</source>
      <translation>Aussi un PDF par page</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="487" />
      <source>One page per</source>
      <translation>Une page par</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="488" />
      <source>Only the Pays</source>
      <translation>Uniquement le Pays</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="493" />
      <source>Export the atlas (PDF)</source>
      <translation>Exporter l'atlas (PDF)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="524" />
      <source>All the Pays of the study</source>
      <translation>Tous les Pays de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="559" />
      <source>Add the workshop layers</source>
      <translation>Ajouter les couches d'atelier</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="561" />
      <source>Draft recommendations</source>
      <translation>Ébaucher les préconisations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="562" />
      <source>XLSX (*.xlsx)</source>
      <translation>XLSX (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="563" />
      <source>Export with the indicators (XLSX)</source>
      <translation>Exporter avec les indicateurs (XLSX)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="130" />
      <source>Territory</source>
      <translation>Territoire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="151" />
      <source>"New study…" creates a folder for this territory.</source>
      <translation>« Nouvelle étude… » crée un dossier pour ce territoire.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="216" />
      <source>Geolocalisation (optional)</source>
      <translation>Géolocalisation (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="220" />
      <source>History (optional)</source>
      <translation>Historique (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="230" />
      <source>NAF 2025 labels (optional)</source>
      <translation>Libellés NAF 2025 (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="255" />
      <source>List (CSV or XLSX)</source>
      <translation>Liste (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="301" />
      <source>Choose the StockEtablissement and StockUniteLegale files.</source>
      <translation>Choisissez les fichiers StockEtablissement et StockUniteLegale.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="327" />
      <source>Choose a partner list (CSV or XLSX).</source>
      <translation>Choisissez une liste de partenaires (CSV ou XLSX).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="364" />
      <source>CSV to join by commune code (optional)</source>
      <translation>CSV à joindre par code commune (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="454" />
      <source>Compute the indicators first: the layer has no field to map.</source>
      <translation>Calculez d'abord les indicateurs : la couche n'a aucun champ à cartographier.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="492" />
      <source>PNG folder (optional)</source>
      <translation>Dossier PNG (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="557" />
      <source>Draw contributions on the map (points or areas) and fill in the interviews with their forms.</source>
      <translation>Dessinez les contributions sur la carte (points ou zones) et renseignez les entretiens avec leurs formulaires.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="312" />
      <source>Importing SIRENE</source>
      <translation>Import de SIRENE</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="319" />
      <source>Importing from API Recherche d'entreprises</source>
      <translation>Import depuis l'API Recherche d'entreprises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="331" />
      <source>Importing the partner list</source>
      <translation>Import de la liste de partenaires</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="356" />
      <source>Generating demonstration data</source>
      <translation>Génération des données de démonstration</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="384" />
      <source>Computing the indicators</source>
      <translation>Calcul des indicateurs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="467" />
      <source>Drawing the map</source>
      <translation>Dessin de la carte</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="549" />
      <source>Exporting the atlas</source>
      <translation>Export de l'atlas</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="578" />
      <source>Adding the workshop layers</source>
      <translation>Ajout des couches d'atelier</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="584" />
      <source>Drafting recommendations</source>
      <translation>Ébauche des préconisations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="591" />
      <source>Exporting the workshops</source>
      <translation>Export des ateliers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="546" />
      <source>{pages} pages written to {out}</source>
      <translation>{pages} pages écrites dans {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="592" />
      <source>Written to {out}</source>
      <translation>Écrit dans {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/plugin.py" line="17" />
      <source>&amp;ESS Territoires</source>
      <translation>&amp;ESS Territoires</translation>
    </message>
    <message>
      <location filename="../ess_territoires/plugin.py" line="44" />
      <source>Show the ESS Territoires panel</source>
      <translation>Afficher le panneau ESS Territoires</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="37" />
      <source>Print atlas</source>
      <translation>Atlas imprimable</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="44" />
      <source>Exports an atlas of the study to PDF: one page per Pays, per EPCI or per commune, sorted by name, with the theme's map, key figures, families, legend, sources and method. Without a study GeoPackage, the atlas covers the three preset Pays. The layout stays in the project, editable in the layout designer.</source>
      <translation>Exporte un atlas de l'étude en PDF : une page par Pays, par EPCI ou par commune, triées par nom, avec la carte du thème, les chiffres clés, les familles, la légende, les sources et la méthode. Sans GeoPackage d'étude, l'atlas couvre les trois Pays prédéfinis. La mise en page reste dans le projet, modifiable dans le concepteur de mise en page.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="54" />
      <source>Only the Pays (territory id)</source>
      <translation>Uniquement le Pays (identifiant de territoire)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="60" />
      <source>One PDF per page</source>
      <translation>Un PDF par page</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="62" />
      <source>Folder for one PNG per page (optional)</source>
      <translation>Dossier pour un PNG par page (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="64" />
      <source>Show the workshop contributions and end with the recommendations</source>
      <translation>Afficher les contributions des ateliers et terminer par les préconisations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="67" />
      <source>Families as a bar chart instead of the table</source>
      <translation>Familles en diagramme en barres au lieu du tableau</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="69" />
      <source>Atlas PDF</source>
      <translation>PDF de l'atlas</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="70" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="22" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="22" />
      <source>Indicators</source>
      <translation>Indicateurs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="23" />
      <source>Maps and atlases</source>
      <translation>Cartes et atlas</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="53" />
      <source>Study (GeoPackage or postgresql:// URI)</source>
      <translation>Étude (GeoPackage ou URI postgresql://)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="72" />
      <source>QGIS project of the study stored in the database</source>
      <translation>Projet QGIS de l'étude enregistré dans la base</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="54" />
      <source>GeoPackage (*.gpkg);;All files (*)</source>
      <translation>GeoPackage (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="139" />
      <source>QGIS project of the study stored in the database: {location}</source>
      <translation>Projet QGIS de l'étude enregistré dans la base : {location}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="136" />
      <source>The study was written, but its QGIS project could not be stored in the database: {error}</source>
      <translation>L'étude a été écrite, mais son projet QGIS n'a pas pu être enregistré dans la base : {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="24" />
      <source>Add communes from geo.api.gouv.fr</source>
      <translation>Ajouter des communes depuis geo.api.gouv.fr</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="27" />
      <source>Fetches the communes (contour, population, surface, EPCI) of départements or EPCIs from geo.api.gouv.fr and stores them in the study GeoPackage (layer communes_reference_ajoutees, Lambert-93), so that a study can cover communes that the plugin's reference data lacks. Answers are cached in the study; offline mode uses the cache only.</source>
      <translation>Récupère les communes (contour, population, superficie, EPCI) de départements ou d'EPCI depuis geo.api.gouv.fr et les enregistre dans le GeoPackage d'étude (couche communes_reference_ajoutees, Lambert-93), afin qu'une étude puisse couvrir des communes absentes des données de référence de l'extension. Les réponses sont mises en cache dans l'étude ; le mode hors ligne utilise uniquement le cache.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="34" />
      <source>Départements (codes separated by commas, e.g. 59,62)</source>
      <translation>Départements (codes séparés par des virgules, par ex. 59,62)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="36" />
      <source>EPCI (SIREN separated by commas)</source>
      <translation>EPCI (SIREN séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="38" />
      <source>geo.api.gouv.fr address (empty: the plugin setting)</source>
      <translation>Adresse de geo.api.gouv.fr (vide : le réglage de l'extension)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="40" />
      <source>Offline: use the cache only, no network call</source>
      <translation>Hors ligne : utiliser uniquement le cache, sans appel réseau</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="42" />
      <source>Communes stored</source>
      <translation>Communes enregistrées</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="54" />
      <source>{n} communes stored in {out}.</source>
      <translation>{n} communes enregistrées dans {out}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="34" />
      <source>Workshop contributions and recommendations</source>
      <translation>Contributions des ateliers et préconisations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="37" />
      <source>Adds to a study the layers for the workshops: contributions drawn on the map as points or areas (lever, obstacle, project or need, theme, description, participant, workshop, date), interviews with the ESS establishments and recommendations per Pays, each with a ready form. Existing layers are kept as they are. Optionally drafts one recommendation per Pays, theme and lever or obstacle raised (rows already there are kept), and exports the contributions and recommendations with the indicators as XLSX and CSV.</source>
      <translation>Ajoute à une étude les couches des ateliers : contributions dessinées sur la carte sous forme de points ou de zones (levier, frein, projet ou besoin, thème, description, participant, atelier, date), entretiens avec les établissements ESS et préconisations par Pays, chacune avec un formulaire prêt à l'emploi. Les couches existantes sont conservées telles quelles. Peut aussi ébaucher une préconisation par Pays, thème et levier ou frein relevé (les lignes déjà présentes sont conservées), et exporter les contributions et les préconisations avec les indicateurs en XLSX et CSV.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="48" />
      <source>Draft recommendations from the levers and obstacles</source>
      <translation>Ébaucher les préconisations à partir des leviers et des freins</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="53" />
      <source>Export with the indicators (folder of CSV files)</source>
      <translation>Exporter avec les indicateurs (dossier de fichiers CSV)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="55" />
      <source>Study GeoPackage</source>
      <translation>GeoPackage d'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="56" />
      <source>Recommendations drafted</source>
      <translation>Préconisations ébauchées</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="72" />
      <source>Layers created: {names}</source>
      <translation>Couches créées : {names}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="77" />
      <source>{n} recommendations drafted</source>
      <translation>{n} préconisations ébauchées</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="83" />
      <source>Exported: {tables}</source>
      <translation>Tables exportées : {tables}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="16" />
      <source>Create a study</source>
      <translation>Créer une étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="19" />
      <source>Creates a study GeoPackage holding the communes, EPCI and Pays of a territory. Territory: a preset (grand-amienois, grand-beauvaisis, pays-de-thierache), epci:SIREN,…, communes:CODE,… or dep:CODE,…; join several with +.</source>
      <translation>Crée un GeoPackage d'étude contenant les communes, les EPCI et les Pays d'un territoire. Territoire : un territoire prédéfini (grand-amienois, grand-beauvaisis, pays-de-thierache), epci:SIREN,…, communes:CODE,… ou dep:CODE,… ; combinez-en plusieurs avec +.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="27" />
      <source>Territory id</source>
      <translation>Identifiant du territoire</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="38" />
      <source>{communes} communes, {epci} EPCI, {pays} Pays written to {out}</source>
      <translation>{communes} communes, {epci} EPCI, {pays} Pays écrits dans {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="31" />
      <source>Take a study offline</source>
      <translation>Mettre une étude hors ligne</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="34" />
      <source>Writes a study folder (GeoPackage and QGIS project, no network needed) from a study in PostGIS or in a GeoPackage, for a meeting. The copy's project is the study's own, with its layouts, map themes and added layers, its study layers reading the copy's GeoPackage; a layer reading another database is left out, and the log says what else needs the network. The copy records where it came from and when, and the state of its workshop rows: contributions, interviews and recommendations captured or edited in it are merged back later by "Bring back an offline copy". The folder must be new or empty.</source>
      <translation>Écrit un dossier d'étude (GeoPackage et projet QGIS, sans besoin de réseau) à partir d'une étude dans PostGIS ou dans un GeoPackage, pour une réunion. Le projet de la copie est celui de l'étude, avec ses mises en page, ses thèmes de carte et les couches ajoutées, ses couches d'étude lisant le GeoPackage de la copie ; une couche qui lit une autre base est écartée, et le journal dit ce qui demande encore le réseau. La copie enregistre d'où elle vient et quand, et l'état de ses lignes d'atelier : les contributions, enquêtes et recommandations saisies ou modifiées dans la copie sont fusionnées ensuite par « Réintégrer une copie hors ligne ». Le dossier doit être nouveau ou vide.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="18" />
      <source>Author (default: the one set in the panel, else your QGIS user name)</source>
      <translation>Auteur (par défaut : celui défini dans le panneau, sinon votre nom d'utilisateur QGIS)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="47" />
      <source>GeoPackage of the copy</source>
      <translation>GeoPackage de la copie</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="48" />
      <source>Project of the copy</source>
      <translation>Projet de la copie</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="49" />
      <source>Workshop rows copied</source>
      <translation>Lignes d'atelier copiées</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="50" />
      <source>What the copy's project needs beyond its folder (the network, other files)</source>
      <translation>Ce dont le projet de la copie a besoin hors de son dossier (le réseau, d'autres fichiers)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="52" />
      <source>Layers of the study's project left out of the copy (they read a database)</source>
      <translation>Couches du projet de l'étude écartées de la copie (elles lisent une base)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="81" />
      <source>Offline copy of {study} written to {folder} (workshop rows: {rows}; layouts: {layouts}; map themes: {themes})</source>
      <translation>Copie hors ligne de {study} écrite dans {folder} (lignes d'atelier : {rows} ; mises en page : {layouts} ; thèmes de carte : {themes})</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="86" />
      <source>The copy needs more than its folder: {need}</source>
      <translation>La copie demande plus que son dossier : {need}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="88" />
      <source>Left out of the copy (they read a database): {layers}</source>
      <translation>Écartées de la copie (elles lisent une base) : {layers}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="25" />
      <source>Import from API Recherche d'entreprises</source>
      <translation>Importer depuis l'API Recherche d'entreprises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="28" />
      <source>Asks API Recherche d'entreprises (free, no key) for the ESS establishments of the study's communes, applies the ESS perimeter again and adds them to the study GeoPackage as points; an establishment already imported from SIRENE keeps its SIRENE row and is marked as confirmed. Every answer is cached in the study: an interrupted run resumes where it stopped, and offline mode works from the cache without any network call. The per-commune ESS counts are recomputed only when the study has no SIRENE import; the API cannot give the employment of all employers, so the share of employment needs SIRENE. Non-diffusible establishments count in the totals only. With "Finances", it also writes the table finances_unites: the published turnover and net result per year and the SIAE status of the study's ESS legal units, taken from the answers already cached when possible, else asked by SIREN.</source>
      <translation>Interroge l'API Recherche d'entreprises (gratuite, sans clé) sur les établissements ESS des communes de l'étude, applique à nouveau le périmètre ESS et les ajoute au GeoPackage d'étude sous forme de points ; un établissement déjà importé depuis SIRENE conserve sa ligne SIRENE et est marqué comme confirmé. Chaque réponse est mise en cache dans l'étude : une exécution interrompue reprend là où elle s'est arrêtée, et le mode hors ligne fonctionne à partir du cache sans aucun appel réseau. Les décomptes ESS par commune ne sont recalculés que si l'étude n'a pas d'import SIRENE ; l'API ne peut pas fournir l'emploi de l'ensemble des employeurs, la part de l'emploi nécessite donc SIRENE. Les établissements non diffusibles sont comptés uniquement dans les totaux. Avec « Finances », écrit aussi la table finances_unites : le chiffre d'affaires publié et le résultat net par année et le statut SIAE des unités légales ESS de l'étude, tirés des réponses déjà en cache quand c'est possible, sinon demandés par SIREN.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="41" />
      <source>Territory (to create the study when the file does not exist)</source>
      <translation>Territoire (pour créer l'étude si le fichier n'existe pas)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="43" />
      <source>API address (empty: the plugin setting)</source>
      <translation>Adresse de l'API (vide : le réglage de l'extension)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="45" />
      <source>geo.api.gouv.fr address, for communes outside the reference data (empty: the plugin setting)</source>
      <translation>Adresse de geo.api.gouv.fr, pour les communes absentes des données de référence (vide : le réglage de l'extension)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="50" />
      <source>Finances: also fetch the published turnover and the SIAE status of the study's ESS legal units (table finances_unites)</source>
      <translation>Finances : récupérer aussi le chiffre d'affaires publié et le statut SIAE des unités légales ESS de l'étude (table finances_unites)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="54" />
      <source>Requests sent</source>
      <translation>Requêtes envoyées</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="24" />
      <source>Import a partner list</source>
      <translation>Importer une liste de partenaires</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="27" />
      <source>Reads a partner list (CSV with any usual separator, UTF-8 or latin-1, or XLSX) holding a SIRET or SIREN column plus any other columns. Each row is matched to the study's establishments; a number not in the study is looked up in API Recherche d'entreprises (a SIREN brings its head office) unless offline, and added with the reason liste_partenaire. The rows and their columns go to the table partenaires, the establishments are flagged partenaire, and the rows that cannot be used go to rejets with the reason.</source>
      <translation>Lit une liste de partenaires (CSV avec n'importe quel séparateur usuel, en UTF-8 ou latin-1, ou XLSX) contenant une colonne SIRET ou SIREN et d'autres colonnes libres. Chaque ligne est rapprochée des établissements de l'étude ; un numéro absent de l'étude est recherché dans l'API Recherche d'entreprises (un SIREN renvoie son siège), sauf hors ligne, et ajouté avec le motif liste_partenaire. Les lignes et leurs colonnes vont dans la table partenaires, les établissements sont marqués partenaire, et les lignes inutilisables vont dans rejets avec leur motif.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="35" />
      <source>Partner list (CSV or XLSX)</source>
      <translation>Liste de partenaires (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="39" />
      <source>Offline: no look-up online (cached answers only)</source>
      <translation>Hors ligne : aucune recherche en ligne (réponses en cache uniquement)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="41" />
      <source>Rows already in the study</source>
      <translation>Lignes déjà dans l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="42" />
      <source>Establishments added</source>
      <translation>Établissements ajoutés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="43" />
      <source>Rows set aside</source>
      <translation>Lignes écartées</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="31" />
      <source>Import SIRENE stock files</source>
      <translation>Importer les fichiers stock SIRENE</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="34" />
      <source>Reads INSEE's StockEtablissement and StockUniteLegale files (CSV, the published zip or Parquet) for the communes of the study, keeps the ESS establishments according to the perimeter, estimates their jobs from the size bands and writes the points, the aggregates per commune and the rejected rows into the study GeoPackage. Non-diffusible establishments count in the aggregates only. Closed establishments are always read for the dynamics (creations and closures per year, ages); StockEtablissementHistorique gives their exact closure dates. An earlier stock, imported as such, is kept beside the current one for the change between the two dates.</source>
      <translation>Lit les fichiers StockEtablissement et StockUniteLegale de l'INSEE (CSV, zip publié ou Parquet) pour les communes de l'étude, retient les établissements de l'ESS selon le périmètre, estime leurs emplois à partir des tranches d'effectifs et écrit les points, les agrégats par commune et les lignes écartées dans le GeoPackage de l'étude. Les établissements non diffusibles ne comptent que dans les agrégats. Les établissements fermés sont toujours lus pour la dynamique (créations et fermetures par année, âges) ; StockEtablissementHistorique donne leurs dates de fermeture exactes. Un stock antérieur, importé comme tel, est gardé à côté du stock actuel pour l'évolution entre les deux dates.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="45" />
      <source>StockEtablissement file (csv, zip or parquet)</source>
      <translation>Fichier StockEtablissement (csv, zip ou parquet)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="47" />
      <source>StockUniteLegale file (csv, zip or parquet)</source>
      <translation>Fichier StockUniteLegale (csv, zip ou parquet)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="49" />
      <source>Geolocalisation file (optional)</source>
      <translation>Fichier de géolocalisation (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="51" />
      <source>Keep closed establishments</source>
      <translation>Conserver les établissements fermés</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="53" />
      <source>Edited ESS perimeter (CSV, optional)</source>
      <translation>Périmètre ESS modifié (CSV, facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="55" />
      <source>INSEE's list of NAF 2025 sub-classes (CSV, XLSX or ODS, optional; default: the plugin setting, then the study's labels)</source>
      <translation>Liste INSEE des sous-classes de la NAF 2025 (CSV, XLSX ou ODS, facultatif ; par défaut : le réglage de l'extension, puis les libellés de l'étude)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="61" />
      <source>StockEtablissementHistorique file, for exact closure dates (optional)</source>
      <translation>Fichier StockEtablissementHistorique, pour des dates de fermeture exactes (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="64" />
      <source>Date of the stock, YYYY-MM-DD (default: the latest processing date of its rows)</source>
      <translation>Date du stock, AAAA-MM-JJ (par défaut : la dernière date de traitement de ses lignes)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="67" />
      <source>These files are an earlier stock, kept beside the current one</source>
      <translation>Ces fichiers sont un stock antérieur, gardé à côté du stock actuel</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="92" />
      <source>{ess} ESS establishments, {rejets} rows set aside; perimeter {version}; engine {engine}; {seconds} s.</source>
      <translation>{ess} établissements ESS, {rejets} lignes écartées ; périmètre {version} ; moteur {engine} ; {seconds} s.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="97" />
      <source>Stock dated {date}; {closed} closed establishments read for the dynamics ({exact} closure dates from the history file).</source>
      <translation>Stock daté du {date} ; {closed} établissements fermés lus pour la dynamique ({exact} dates de fermeture tirées du fichier historique).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="33" />
      <source>Computes the ESS indicators of a study per commune, EPCI and Pays (establishments per family, size and sector, estimated jobs from the SIRENE size bands, share of employment, per 10,000 inhabitants and per km², communes without ESS, distance to the nearest ESS establishment), the key figures with the value of their Pays and of the reference area (the départements of the reference data), and, when the API import fetched the finances, the published turnover of the ESS legal units at their head office and the SIAE establishments. Optionally joins a CSV keyed by commune code and writes a comparison table of the territories as CSV and XLSX.</source>
      <translation>Calcule les indicateurs ESS d'une étude par commune, EPCI et Pays (établissements par famille, taille et secteur, emplois estimés à partir des tranches d'effectifs SIRENE, part de l'emploi, pour 10 000 habitants et par km², communes sans ESS, distance à l'établissement ESS le plus proche), les chiffres clés avec la valeur de leur Pays et celle de la zone de référence (les départements des données de référence) et, quand l'import de l'API a récupéré les finances, le chiffre d'affaires publié des unités légales ESS au siège et les établissements SIAE. Peut aussi joindre un CSV par code commune et écrire un tableau comparatif des territoires en CSV et XLSX.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="45" />
      <source>CSV to join, keyed by commune code</source>
      <translation>CSV à joindre, par code commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="47" />
      <source>Commune code column of the CSV (found by name when empty)</source>
      <translation>Colonne du code commune dans le CSV (détectée d'après son nom si vide)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="49" />
      <source>Comparison table (CSV)</source>
      <translation>Tableau comparatif (CSV)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="52" />
      <source>Comparison table (XLSX)</source>
      <translation>Tableau comparatif (XLSX)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="68" />
      <source>{communes} communes, {epci} EPCI and {pays} Pays written to {path}</source>
      <translation>{communes} communes, {epci} EPCI et {pays} Pays écrits dans {path}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="38" />
      <source>Portrait of a territory (PDF)</source>
      <translation>Portrait d'un territoire (PDF)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="45" />
      <source>Writes the portrait of a Pays or an EPCI of the study: cover, key figures against the Pays and the reference area, inventory (families, sectors, sizes), employment, territorial coverage, dynamics and economic weight, the EPCIs ranked, two maps, the workshops and the method. Each section opens with a paragraph written from the study's figures, in the language of QGIS. The portrait stays in the project as a layout, editable in the layout designer.</source>
      <translation>Écrit le portrait d'un Pays ou d'un EPCI de l'étude : couverture, chiffres clés comparés au Pays et à la zone de référence, inventaire (familles, secteurs, tailles), emploi, couverture territoriale, dynamique et poids économique, classement des EPCI, deux cartes, les ateliers et la méthode. Chaque section s'ouvre sur un paragraphe rédigé à partir des chiffres de l'étude, dans la langue de QGIS. Le portrait reste dans le projet comme mise en page, modifiable dans le concepteur de mise en page.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="54" />
      <source>Territory: a code_pays or a code_epci of the study</source>
      <translation>Territoire : un code_pays ou un code_epci de l'étude</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="58" />
      <source>Logo for the cover (optional)</source>
      <translation>Logo de la couverture (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="61" />
      <source>Observatory named on the cover (optional)</source>
      <translation>Observatoire nommé en couverture (facultatif)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="63" />
      <source>Portrait PDF</source>
      <translation>PDF du portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="65" />
      <source>Layout</source>
      <translation>Mise en page</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="83" />
      <source>Portrait of {territory}: {pages} pages written to {out}</source>
      <translation>Portrait « {territory} » : {pages} pages écrites dans {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="22" />
      <source>Bring back an offline copy</source>
      <translation>Réintégrer une copie hors ligne</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="25" />
      <source>Merges the contributions, interviews and recommendations captured or edited in an offline copy (made by "Take a study offline") into the study it was taken from: new rows are added, rows edited only in the copy replace the study's, rows edited only in the study are kept, rows deleted in the copy are deleted unless the study edited them since. A row edited on both sides is a conflict: both versions are kept in the table conflits, for you to choose in the panel. All or nothing; bringing the same copy back again changes nothing.</source>
      <translation>Fusionne les contributions, enquêtes et recommandations saisies ou modifiées dans une copie hors ligne (faite par « Mettre une étude hors ligne ») dans l'étude d'où elle a été tirée : les nouvelles lignes sont ajoutées, les lignes modifiées seulement dans la copie remplacent celles de l'étude, les lignes modifiées seulement dans l'étude sont gardées, les lignes supprimées dans la copie sont supprimées sauf si l'étude les a modifiées depuis. Une ligne modifiée des deux côtés est un conflit : les deux versions sont gardées dans la table conflits, pour que vous choisissiez dans le panneau. Tout ou rien ; réintégrer de nouveau la même copie ne change rien.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="38" />
      <source>Rows added</source>
      <translation>Lignes ajoutées</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="38" />
      <source>Rows updated</source>
      <translation>Lignes mises à jour</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="39" />
      <source>Rows deleted</source>
      <translation>Lignes supprimées</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="39" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="51" />
      <source>Brought back into {study}: {inserted} rows added, {updated} updated, {deleted} deleted, {conflicts} conflicts, {unchanged} unchanged.</source>
      <translation>Réintégrée dans {study} : {inserted} lignes ajoutées, {updated} mises à jour, {deleted} supprimées, {conflicts} conflits, {unchanged} inchangées.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="56" />
      <source>{n} rows were edited both in the copy and in the study: choose a version of each in the panel (Offline copy, conflicts).</source>
      <translation>{n} lignes ont été modifiées à la fois dans la copie et dans l'étude : choisissez une version de chacune dans le panneau (Copie hors ligne, conflits).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="43" />
      <source>Style a thematic map</source>
      <translation>Styliser une carte thématique</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="46" />
      <source>Draws a field of a study layer and saves the style as the layer's default style in the GeoPackage. Ratios are choropleths (Jenks, quantiles, equal intervals, standard deviation or manual limits such as 0,5,10,20) with a colour-blind-safe palette; stocks (counts, jobs) are proportional circles on the layer's point companion. Drawing a stock as a choropleth needs the option 'Draw a stock as a choropleth anyway'.</source>
      <translation>Représente un champ d'une couche de l'étude et enregistre le style comme style par défaut de la couche dans le GeoPackage. Les ratios sont représentés en choroplèthes (Jenks, quantiles, intervalles égaux, écart type ou bornes manuelles comme 0,5,10,20) avec une palette adaptée aux daltoniens ; les stocks (décomptes, emplois) en cercles proportionnels sur la couche de points associée. Représenter un stock en choroplèthe nécessite l'option « Représenter quand même un stock en choroplèthe ».</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="62" />
      <source>Number of classes</source>
      <translation>Nombre de classes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="65" />
      <source>Manual class limits (comma-separated)</source>
      <translation>Bornes de classes manuelles (séparées par des virgules)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="67" />
      <source>Draw a stock as a choropleth anyway</source>
      <translation>Représenter quand même un stock en choroplèthe</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="68" />
      <source>Layer styled</source>
      <translation>Couche stylisée</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="84" />
      <source>Default style of '{layer}' saved in {path}</source>
      <translation>Style par défaut de '{layer}' enregistré dans {path}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/cache.py" line="129" />
      <source>The cache file {path} cannot be used ({error}). Choose another file or delete this one.</source>
      <translation>Le fichier de cache {path} est inutilisable ({error}). Choisissez un autre fichier ou supprimez celui-ci.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="43" />
      <source>The département {code} does not exist. Use an INSEE code such as 80, 2A or 971.</source>
      <translation>Le département {code} n'existe pas. Utilisez un code INSEE comme 80, 2A ou 971.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="51" />
      <source>The EPCI {code} does not exist. Use the 9-digit SIREN of the EPCI.</source>
      <translation>L'EPCI {code} n'existe pas. Utilisez le SIREN à 9 chiffres de l'EPCI.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="132" />
      <source>The answer of {url} does not look like geo.api.gouv.fr. Check the address setting (--geo-url).</source>
      <translation>La réponse de {url} ne ressemble pas à celle de geo.api.gouv.fr. Vérifiez le réglage de l'adresse (--geo-url).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="277" />
      <source>{url} does not exist (404: {message}). Check the code that was asked.</source>
      <translation>{url} n'existe pas (404 : {message}). Vérifiez le code demandé.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="173" />
      <source>Offline mode: the answer to {url} is not in the cache. Run this step once with network access (offline mode off) to fill the cache, then work offline.</source>
      <translation>Mode hors ligne : la réponse à {url} n'est pas dans le cache. Exécutez cette étape une fois avec un accès réseau (mode hors ligne désactivé) pour remplir le cache, puis travaillez hors ligne.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="258" />
      <source>{url} refused the request ({status}: {message}). Check the parameters (codes of communes, EPCIs, SIRET).</source>
      <translation>{url} a refusé la requête ({status} : {message}). Vérifiez les paramètres (codes des communes, des EPCI, SIRET).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="285" />
      <source>The answer of {url} is not valid JSON ({error}). The service or a proxy may be failing: try again later.</source>
      <translation>La réponse de {url} n'est pas du JSON valide ({error}). Le service ou un proxy est peut-être défaillant : réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="231" />
      <source>The request to {url} failed: {error}. Check the address and the proxy settings.</source>
      <translation>La requête vers {url} a échoué : {error}. Vérifiez l'adresse et les paramètres du proxy.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="239" />
      <source>{url} keeps answering 429 Too Many Requests. Wait a few minutes and run again: what was already fetched is cached.</source>
      <translation>{url} répond toujours 429 Too Many Requests. Attendez quelques minutes et relancez : ce qui a déjà été récupéré est en cache.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="250" />
      <source>{url} answered with the server error {status} {n} times. The service may be down: try again later.</source>
      <translation>{url} a répondu par l'erreur serveur {status} à {n} reprises. Le service est peut-être indisponible : réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="223" />
      <source>Cannot reach {url} after {n} attempts ({error}). Check the network connection and the proxy settings of QGIS, or work offline from the cache.</source>
      <translation>Impossible de joindre {url} après {n} tentatives ({error}). Vérifiez la connexion réseau et les paramètres de proxy de QGIS, ou travaillez hors ligne à partir du cache.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="216" />
      <source>Some queries return more results than API Recherche d'entreprises lets us page through, even split: {queries}. The result is incomplete: use the SIRENE stock files for this territory.</source>
      <translation>Certaines requêtes renvoient plus de résultats que l'API Recherche d'entreprises ne permet d'en parcourir, même découpées : {queries}. Le résultat est incomplet : utilisez les fichiers stock SIRENE pour ce territoire.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="501" />
      <source>The answer of {url} does not look like API Recherche d'entreprises (no results or total_results). Check the API address setting (--api-url).</source>
      <translation>La réponse de {url} ne ressemble pas à celle de l'API Recherche d'entreprises (pas de results ni de total_results). Vérifiez le réglage de l'adresse de l'API (--api-url).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="395" />
      <source>{query} ({total} results)</source>
      <translation>{query} ({total} résultats)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="372" />
      <source>EPCI {code}: {total} results, queried commune by commune.</source>
      <translation>EPCI {code} : {total} résultats, interrogé commune par commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="383" />
      <source>{query}: {total} results, split by {param}.</source>
      <translation>{query} : {total} résultats, découpé par {param}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="392" />
      <source>{query} ({total} results, {parts} found when split by {param})</source>
      <translation>{query} ({total} résultats, {parts} trouvés en découpant par {param})</translation>
    </message>
  </context>
</TS>

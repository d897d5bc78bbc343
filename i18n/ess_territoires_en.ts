<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>EssTerritoires</name>
    <message>
      <location filename="../ess_territoires/cli.py" line="194" />
      <source>Study: a GeoPackage (.gpkg) or postgresql://user@host:port/dbname?schema=NAME.</source>
      <translation>Study: a GeoPackage (.gpkg) or postgresql://user@host:port/dbname?schema=NAME.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="195" />
      <source>Author of the workshop rows written (default: the one set in the panel, else your user name).</source>
      <translation>Author of the workshop rows written (default: the one set in the panel, else your user name).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="198" />
      <source>ESS Territoires: inventory, measure and map the social and solidarity economy of a territory.</source>
      <translation>ESS Territoires: inventory, measure and map the social and solidarity economy of a territory.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="202" />
      <source>List the preset territories.</source>
      <translation>List the preset territories.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="205" />
      <source>Create a study GeoPackage for a territory.</source>
      <translation>Create a study GeoPackage for a territory.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="207" />
      <source>Territory id: preset, epci:SIREN,…, communes:CODE,…, dep:CODE,…; join with +.</source>
      <translation>Territory id: preset, epci:SIREN,…, communes:CODE,…, dep:CODE,…; join with +.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="209" />
      <source>Study to write: a .gpkg file or postgresql://user@host:port/dbname?schema=NAME.</source>
      <translation>Study to write: a .gpkg file or postgresql://user@host:port/dbname?schema=NAME.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="212" />
      <source>Compute the indicators per commune, EPCI and Pays.</source>
      <translation>Compute the indicators per commune, EPCI and Pays.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="214" />
      <source>CSV keyed by commune code to join to the communes.</source>
      <translation>CSV keyed by commune code to join to the communes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="215" />
      <source>Commune code column of that CSV (found by name when absent).</source>
      <translation>Commune code column of that CSV (found by name when absent).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="216" />
      <source>Write the comparison table of the territories as CSV.</source>
      <translation>Write the comparison table of the territories as CSV.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="217" />
      <source>Write the comparison table of the territories as XLSX.</source>
      <translation>Write the comparison table of the territories as XLSX.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="220" />
      <source>Style a layer of the study (saved as its default style).</source>
      <translation>Style a layer of the study (saved as its default style).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="222" />
      <source>Layer, e.g. indicateurs_communes.</source>
      <translation>Layer, e.g. indicateurs_communes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="223" />
      <source>Field, e.g. etab_ess_pour_10000_hab.</source>
      <translation>Field, e.g. etab_ess_pour_10000_hab.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="226" />
      <source>Classification of a ratio (a stock is drawn as proportional circles).</source>
      <translation>Classification of a ratio (a stock is drawn as proportional circles).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="227" />
      <source>Number of classes (2 to 9).</source>
      <translation>Number of classes (2 to 9).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="228" />
      <source>Manual class limits, e.g. 0,5,10,20.</source>
      <translation>Manual class limits, e.g. 0,5,10,20.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="229" />
      <source>Draw a stock as a choropleth anyway.</source>
      <translation>Draw a stock as a choropleth anyway.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="232" />
      <source>Create the workshop layers of a study, draft the recommendations, export them.</source>
      <translation>Create the workshop layers of a study, draft the recommendations, export them.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="236" />
      <source>Draft the recommendations from the contributions (edited rows are kept).</source>
      <translation>Draft the recommendations from the contributions (edited rows are kept).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="237" />
      <source>Export contributions, recommendations and indicators as XLSX.</source>
      <translation>Export contributions, recommendations and indicators as XLSX.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="238" />
      <source>Export them as CSV files into this folder.</source>
      <translation>Export them as CSV files into this folder.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="242" />
      <source>Take a study offline: write a study folder (GeoPackage and project) for a meeting without network.</source>
      <translation>Take a study offline: write a study folder (GeoPackage and project) for a meeting without network.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="245" />
      <source>Folder of the offline copy (new or empty).</source>
      <translation>Folder of the offline copy (new or empty).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="249" />
      <source>Bring an offline copy back: merge its contributions, interviews and recommendations into the study.</source>
      <translation>Bring an offline copy back: merge its contributions, interviews and recommendations into the study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="251" />
      <source>Folder of the offline copy.</source>
      <translation>Folder of the offline copy.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="252" />
      <source>The study the copy was taken from: a .gpkg file or postgresql://user@host:port/dbname?schema=NAME.</source>
      <translation>The study the copy was taken from: a .gpkg file or postgresql://user@host:port/dbname?schema=NAME.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="257" />
      <source>Export a print atlas to PDF.</source>
      <translation>Export a print atlas to PDF.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="258" />
      <source>Study GeoPackage (default: the three preset Pays).</source>
      <translation>Study GeoPackage (default: the three preset Pays).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="260" />
      <source>One page per Pays, EPCI or commune.</source>
      <translation>One page per Pays, EPCI or commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="261" />
      <source>Only the features of this Pays of the study.</source>
      <translation>Only the features of this Pays of the study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="263" />
      <source>Theme of the map (default: the territories only).</source>
      <translation>Theme of the map (default: the territories only).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="265" />
      <source>Page format: A4 portrait or A3 landscape.</source>
      <translation>Page format: A4 portrait or A3 landscape.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="266" />
      <source>Also write one PDF per page.</source>
      <translation>Also write one PDF per page.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="267" />
      <source>Folder where to write one PNG per page (slides).</source>
      <translation>Folder where to write one PNG per page (slides).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="269" />
      <source>Show the workshop contributions and end with the recommendations page.</source>
      <translation>Show the workshop contributions and end with the recommendations page.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="271" />
      <source>Draw the families as a bar chart instead of the table.</source>
      <translation>Draw the families as a bar chart instead of the table.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="272" />
      <source>PDF file to write.</source>
      <translation>PDF file to write.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="275" />
      <source>Write the portrait of a Pays or an EPCI of a study (PDF), saved as a layout in the study's project.</source>
      <translation>Write the portrait of a Pays or an EPCI of a study (PDF), saved as a layout in the study's project.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="278" />
      <source>A code_pays or a code_epci of the study.</source>
      <translation>A code_pays or a code_epci of the study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="279" />
      <source>Page format (portrait).</source>
      <translation>Page format (portrait).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="280" />
      <source>Logo for the cover (PNG, JPEG or SVG).</source>
      <translation>Logo for the cover (PNG, JPEG or SVG).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="281" />
      <source>Observatory named on the cover.</source>
      <translation>Observatory named on the cover.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="285" />
      <source>Import the ESS establishments from SIRENE stock files.</source>
      <translation>Import the ESS establishments from SIRENE stock files.</translation>
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
      <translation>Geolocalisation file (optional).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="289" />
      <source>Keep closed establishments.</source>
      <translation>Keep closed establishments.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="290" />
      <source>An edited copy of the ESS perimeter table (CSV).</source>
      <translation>An edited copy of the ESS perimeter table (CSV).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="292" />
      <source>StockEtablissementHistorique (csv, zip, parquet), for exact closure dates.</source>
      <translation>StockEtablissementHistorique (csv, zip, parquet), for exact closure dates.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="294" />
      <source>Date of the stock (default: the latest processing date of its rows).</source>
      <translation>Date of the stock (default: the latest processing date of its rows).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="296" />
      <source>The files are an earlier stock, kept beside the current one (change between two dates).</source>
      <translation>The files are an earlier stock, kept beside the current one (change between two dates).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="297" />
      <source>INSEE's list of NAF 2025 sub-classes (CSV, XLSX or ODS): its labels replace the shipped ones and are kept in the study.</source>
      <translation>INSEE's list of NAF 2025 sub-classes (CSV, XLSX or ODS): its labels replace the shipped ones and are kept in the study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="300" />
      <source>Territory id, to create the study when GPKG does not exist.</source>
      <translation>Territory id, to create the study when GPKG does not exist.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="304" />
      <source>Import the ESS establishments from API Recherche d'entreprises.</source>
      <translation>Import the ESS establishments from API Recherche d'entreprises.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="307" />
      <source>Address of the API (default: the plugin setting).</source>
      <translation>Address of the API (default: the plugin setting).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="308" />
      <source>Address of geo.api.gouv.fr, for communes outside the reference data (default: the plugin setting).</source>
      <translation>Address of geo.api.gouv.fr, for communes outside the reference data (default: the plugin setting).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="310" />
      <source>Use the study's cache only, no network call.</source>
      <translation>Use the study's cache only, no network call.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="311" />
      <source>Also fetch the published turnover and the SIAE status of the study's ESS legal units (table finances_unites).</source>
      <translation>Also fetch the published turnover and the SIAE status of the study's ESS legal units (table finances_unites).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="316" />
      <source>Match a partner list (CSV or XLSX) to the study.</source>
      <translation>Match a partner list (CSV or XLSX) to the study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="317" />
      <source>Partner list with a SIRET or SIREN column.</source>
      <translation>Partner list with a SIRET or SIREN column.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="320" />
      <source>Do not look unknown SIRETs up online.</source>
      <translation>Do not look unknown SIRETs up online.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="323" />
      <source>Write synthetic SIRENE stock files (demonstration, tests).</source>
      <translation>Write synthetic SIRENE stock files (demonstration, tests).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="325" />
      <source>Départements to cover, e.g. 02,60,80.</source>
      <translation>Départements to cover, e.g. 02,60,80.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="326" />
      <source>N establishments over all of France.</source>
      <translation>N establishments over all of France.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="327" />
      <source>Random seed (same seed, same files).</source>
      <translation>Random seed (same seed, same files).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="329" />
      <source>Also write the same establishments as an earlier stock of that date (folder anterieur).</source>
      <translation>Also write the same establishments as an earlier stock of that date (folder anterieur).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="331" />
      <source>Layout of the stock: 2025 (NAF rév. 2 only), 2026 (NAF rév. 2 and NAF25 columns, the default), 2027 (NAF 2025 in the main columns, no NAF25 columns).</source>
      <translation>Layout of the stock: 2025 (NAF rév. 2 only), 2026 (NAF rév. 2 and NAF25 columns, the default), 2027 (NAF 2025 in the main columns, no NAF25 columns).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="333" />
      <source>Folder to write.</source>
      <translation>Folder to write.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="336" />
      <source>Run the whole chain on demonstration data.</source>
      <translation>Run the whole chain on demonstration data.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="360" />
      <source>Error: {message}</source>
      <translation>Error: {message}</translation>
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
      <translation>Territories only</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="27" />
      <source>ESS establishments by family</source>
      <translation>ESS establishments by family</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="28" />
      <source>Estimated ESS jobs</source>
      <translation>Estimated ESS jobs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="29" />
      <source>ESS establishments per 10,000 inhabitants</source>
      <translation>ESS establishments per 10,000 inhabitants</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="30" />
      <source>Share of the ESS in employment</source>
      <translation>Share of the ESS in employment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="31" />
      <source>ESS creations per 10,000 inhabitants (5 years)</source>
      <translation>ESS creations per 10,000 inhabitants (5 years)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="37" />
      <source>A4 portrait</source>
      <translation>A4 portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="37" />
      <source>A3 landscape</source>
      <translation>A3 landscape</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="43" />
      <source>Automatic (circles for a stock, Jenks for a ratio)</source>
      <translation>Automatic (circles for a stock, Jenks for a ratio)</translation>
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
      <translation>Equal intervals</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="47" />
      <source>Standard deviation</source>
      <translation>Standard deviation</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/choices.py" line="48" />
      <source>Manual limits</source>
      <translation>Manual limits</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/dynamics.py" line="46" />
      <source>The {what} '{value}' is not a date: write it as YYYY-MM-DD (e.g. 2026-11-01).</source>
      <translation>The {what} '{value}' is not a date: write it as YYYY-MM-DD (e.g. 2026-11-01).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="211" />
      <source>family</source>
      <translation>family</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="212" />
      <source>sector</source>
      <translation>sector</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="213" />
      <source>size class</source>
      <translation>size class</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="369" />
      <source>Reference area (whole study)</source>
      <translation>Reference area (whole study)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="190" />
      <source>The table ess_communes holds an unknown {what}: {values}. It must be one of {allowed}; run the SIRENE import again to rebuild it.</source>
      <translation>The table ess_communes holds an unknown {what}: {values}. It must be one of {allowed}; run the SIRENE import again to rebuild it.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="486" />
      <source>The file to join {path} is neither UTF-8 nor Windows-1252 text: save it as CSV UTF-8.</source>
      <translation>The file to join {path} is neither UTF-8 nor Windows-1252 text: save it as CSV UTF-8.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="493" />
      <source>The file to join {path} has no commune code column (looked for: {names}; columns found: {columns}). Name the column of INSEE commune codes code_commune.</source>
      <translation>The file to join {path} has no commune code column (looked for: {names}; columns found: {columns}). Name the column of INSEE commune codes code_commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="503" />
      <source>The file to join {path} has {n} rows without a commune code in column {column}: fill or remove them.</source>
      <translation>The file to join {path} has {n} rows without a commune code in column {column}: fill or remove them.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="507" />
      <source>The file to join {path} has several rows for the commune(s) {codes}: keep one row per commune.</source>
      <translation>The file to join {path} has several rows for the commune(s) {codes}: keep one row per commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/indicators.py" line="483" />
      <source>The file to join {path} cannot be read ({error}). Give a CSV file with a header row.</source>
      <translation>The file to join {path} cannot be read ({error}). Give a CSV file with a header row.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/labels.py" line="61" />
      <source>no NAF code</source>
      <translation>no NAF code</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/labels.py" line="70" />
      <source>NAF code {code}, label unknown</source>
      <translation>NAF code {code}, label unknown</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/labels.py" line="89" />
      <source>The NAF 2025 label list {path} does not exist. Check the path, or leave the setting empty to use the labels shipped with the plugin.</source>
      <translation>The NAF 2025 label list {path} does not exist. Check the path, or leave the setting empty to use the labels shipped with the plugin.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/labels.py" line="98" />
      <source>{name} holds no NAF 2025 sub-class code (like 94.91Y) with a label. Give INSEE's list of NAF 2025 sub-classes: one column of codes, one column of labels.</source>
      <translation>{name} holds no NAF 2025 sub-class code (like 94.91Y) with a label. Give INSEE's list of NAF 2025 sub-classes: one column of codes, one column of labels.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="193" />
      <source>No SIRET or SIREN on this line.</source>
      <translation>No SIRET or SIREN on this line.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="85" />
      <source>{name}: unknown text encoding. Save it as CSV UTF-8.</source>
      <translation>{name}: unknown text encoding. Save it as CSV UTF-8.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="43" />
      <source>The partner list {path} does not exist. Check the path.</source>
      <translation>The partner list {path} does not exist. Check the path.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="60" />
      <source>{name} is empty. Choose the file that holds the list.</source>
      <translation>{name} is empty. Choose the file that holds the list.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="195" />
      <source>{value}: the number was written in scientific notation by a spreadsheet and lost digits. Format the column as text and export the list again.</source>
      <translation>{value}: the number was written in scientific notation by a spreadsheet and lost digits. Format the column as text and export the list again.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="199" />
      <source>{value} is not a SIRET (14 digits) or a SIREN (9 digits).</source>
      <translation>{value} is not a SIRET (14 digits) or a SIREN (9 digits).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="207" />
      <source>{value} has {n} digits: a SIRET has 14, a SIREN 9.</source>
      <translation>{value} has {n} digits: a SIRET has 14, a SIREN 9.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="210" />
      <source>{value}: wrong check digit, this {kind} does not exist. Check it for a typing error.</source>
      <translation>{value}: wrong check digit, this {kind} does not exist. Check it for a typing error.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="219" />
      <source>{name} has no SIRET or SIREN column (columns: {columns}). Name the column that holds the numbers SIRET or SIREN.</source>
      <translation>{name} has no SIRET or SIREN column (columns: {columns}). Name the column that holds the numbers SIRET or SIREN.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="288" />
      <source>Same identifier as line {line}: only the first line is kept.</source>
      <translation>Same identifier as line {line}: only the first line is kept.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="51" />
      <source>{name}: unsupported file type. Save the list as CSV or XLSX.</source>
      <translation>{name}: unsupported file type. Save the list as CSV or XLSX.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="120" />
      <source>{name} cannot be read as a spreadsheet. Open it and save it again as XLSX, or as CSV.</source>
      <translation>{name} cannot be read as a spreadsheet. Open it and save it again as XLSX, or as CSV.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="136" />
      <source>{name} has no sheet with data.</source>
      <translation>{name} has no sheet with data.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="204" />
      <source>{value} has {n} digits: a leading zero was probably lost in a spreadsheet. Format the column as text and export the list again.</source>
      <translation>{value} has {n} digits: a leading zero was probably lost in a spreadsheet. Format the column as text and export the list again.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="231" />
      <source>This line has {n} fields but the header has {m}: check the separators and quotes.</source>
      <translation>This line has {n} fields but the header has {m}: check the separators and quotes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="126" />
      <source>{name} has no sheet named {sheet}.</source>
      <translation>{name} has no sheet named {sheet}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/partners.py" line="333" />
      <source>Line {line}: {reason}</source>
      <translation>Line {line}: {reason}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="171" />
      <source>perimeter file {name}, line {line}</source>
      <translation>perimeter file {name}, line {line}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="212" />
      <source>In the {where}: {code} is not a NAF code. Write a division (like 84), a class (like 94.11) or a sub-class (like 94.11Z or 94.11Y).</source>
      <translation>In the {where}: {code} is not a NAF code. Write a division (like 84), a class (like 94.11) or a sub-class (like 94.11Z or 94.11Y).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="155" />
      <source>The perimeter file {name} is empty. Start from a copy of the default perimeter (resources/perimetre_ess.csv).</source>
      <translation>The perimeter file {name} is empty. Start from a copy of the default perimeter (resources/perimetre_ess.csv).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="162" />
      <source>The perimeter file {name} lacks the column {col}. Its first row must be: {cols}.</source>
      <translation>The perimeter file {name} lacks the column {col}. Its first row must be: {cols}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="192" />
      <source>The perimeter file {name} has no version row. Add a row 'version,&lt;your version name&gt;' so that every output says which perimeter it used.</source>
      <translation>The perimeter file {name} has no version row. Add a row 'version,&lt;your version name&gt;' so that every output says which perimeter it used.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="196" />
      <source>The perimeter file {name} names no legal category and no SIRENE indicator: nothing would be ESS. Add categorie_juridique rows.</source>
      <translation>The perimeter file {name} names no legal category and no SIRENE indicator: nothing would be ESS. Add categorie_juridique rows.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="220" />
      <source>In the {where}: the nomenclature {name} is unknown. Write {names}, separated by spaces, or leave the cell empty for all.</source>
      <translation>In the {where}: the nomenclature {name} is unknown. Write {names}, separated by spaces, or leave the cell empty for all.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="228" />
      <source>In the {where}: {code} is not a legal category code (4 digits, like 9220). Correct it.</source>
      <translation>In the {where}: {code} is not a legal category code (4 digits, like 9220). Correct it.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="236" />
      <source>In the {where}: the family {famille} is unknown. Use one of: {familles}.</source>
      <translation>In the {where}: the family {famille} is unknown. Use one of: {familles}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="146" />
      <source>The perimeter file {name} cannot be read ({error}). Check the path, or leave the option empty to use the default perimeter.</source>
      <translation>The perimeter file {name} cannot be read ({error}). Check the path, or leave the option empty to use the default perimeter.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="177" />
      <source>In the {where}: the range {a}-{b} ends before it starts. Swap the two codes.</source>
      <translation>In the {where}: the range {a}-{b} ends before it starts. Swap the two codes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="182" />
      <source>In the {where}: the column valeur is empty. Write the value of economieSocialeSolidaireUniteLegale to match, e.g. O.</source>
      <translation>In the {where}: the column valeur is empty. Write the value of economieSocialeSolidaireUniteLegale to match, e.g. O.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="189" />
      <source>In the {where}: the rule {rule} is unknown. Use one of: {rules}.</source>
      <translation>In the {where}: the rule {rule} is unknown. Use one of: {rules}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="47" />
      <source>Cancelled by the user: nothing was written.</source>
      <translation>Cancelled by the user: nothing was written.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="63" />
      <source>{h} h {m:02d} min</source>
      <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="71" />
      <source>{percent} % (about {time} left)</source>
      <translation>{percent} % (about {time} left)</translation>
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
      <translation>{percent} % (estimating the time left…)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/reference.py" line="19" />
      <source>The reference data {path} is missing. Build it with 'make data' or reinstall the plugin.</source>
      <translation>The reference data {path} is missing. Build it with 'make data' or reinstall the plugin.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="353" />
      <source>The territory has no commune. Choose a territory (preset, EPCIs, communes or départements) before importing.</source>
      <translation>The territory has no commune. Choose a territory (preset, EPCIs, communes or départements) before importing.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="431" />
      <source>Commune code without its leading zero: restored.</source>
      <translation>Commune code without its leading zero: restored.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="434" />
      <source>Duplicated SIRET: the first row was kept.</source>
      <translation>Duplicated SIRET: the first row was kept.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="441" />
      <source>Unknown size band: counted as a missing band (no jobs).</source>
      <translation>Unknown size band: counted as a missing band (no jobs).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="484" />
      <source>Legal unit not found in the StockUniteLegale file: establishment left out of the ESS count (still counted in employment).</source>
      <translation>Legal unit not found in the StockUniteLegale file: establishment left out of the ESS count (still counted in employment).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="556" />
      <source>Coordinates outside France: the establishment is placed in its commune.</source>
      <translation>Coordinates outside France: the establishment is placed in its commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="241" />
      <source>{n} ESS establishments found ({p} non-diffusible, counted in the totals only) among {t} establishments of the communes read.</source>
      <translation>{n} ESS establishments found ({p} non-diffusible, counted in the totals only) among {t} establishments of the communes read.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="245" />
      <source>Activity codes: {naf2025} establishments in NAF 2025, {nafrev2} in NAF rév. 2 (the NAF 2025 code where a row has one), {other} in another nomenclature or without a code.</source>
      <translation>Activity codes: {naf2025} establishments in NAF 2025, {nafrev2} in NAF rév. 2 (the NAF 2025 code where a row has one), {other} in another nomenclature or without a code.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="357" />
      <source>These commune codes are not 5-character INSEE codes: {codes}. Write them as text with their leading zero (02691, not 2691).</source>
      <translation>These commune codes are not 5-character INSEE codes: {codes}. Write them as text with their leading zero (02691, not 2691).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="374" />
      <source>The file {name} holds a header but no rows. Download it again from data.gouv.fr.</source>
      <translation>The file {name} holds a header but no rows. Download it again from data.gouv.fr.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_parts.py" line="52" />
      <source>Reading the stock for part {number} of {parts} of the territory ({n} communes)…</source>
      <translation>Reading the stock for part {number} of {parts} of the territory ({n} communes)…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="104" />
      <source>The pyarrow engine was asked for but pyarrow cannot be imported. Install pyarrow or use the pandas engine.</source>
      <translation>The pyarrow engine was asked for but pyarrow cannot be imported. Install pyarrow or use the pandas engine.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="389" />
      <source>The file {name} mixes text encodings (it is not valid {encoding}). Save it again as UTF-8 CSV; nothing was imported.</source>
      <translation>The file {name} mixes text encodings (it is not valid {encoding}). Save it again as UTF-8 CSV; nothing was imported.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="102" />
      <source>The engine {engine} is unknown. Use pyarrow or pandas.</source>
      <translation>The engine {engine} is unknown. Use pyarrow or pandas.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="115" />
      <source>The {label} file {path} does not exist. Check the path.</source>
      <translation>The {label} file {path} does not exist. Check the path.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="119" />
      <source>The {label} file {name} is empty (0 bytes). Download it again from data.gouv.fr.</source>
      <translation>The {label} file {name} is empty (0 bytes). Download it again from data.gouv.fr.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="167" />
      <source>The zip file {name} should hold exactly one CSV file ({label}); it holds {n}. Give the zip published by INSEE or the CSV itself.</source>
      <translation>The zip file {name} should hold exactly one CSV file ({label}); it holds {n}. Give the zip published by INSEE or the CSV itself.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="194" />
      <source>The {label} file {name} is empty. Download it again from data.gouv.fr.</source>
      <translation>The {label} file {name} is empty. Download it again from data.gouv.fr.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="227" />
      <source>The file {name} lacks the column {col}, required in a {label} file. Give the {label} file as published by INSEE (comma- or semicolon-separated, header row kept).</source>
      <translation>The file {name} lacks the column {col}, required in a {label} file. Give the {label} file as published by INSEE (comma- or semicolon-separated, header row kept).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="148" />
      <source>{name} is a Parquet file, which needs pyarrow, not installed here. Use the CSV or zip file published by INSEE instead.</source>
      <translation>{name} is a Parquet file, which needs pyarrow, not installed here. Use the CSV or zip file published by INSEE instead.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="153" />
      <source>The Parquet file {name} cannot be read ({error}). It is damaged or truncated: download it again.</source>
      <translation>The Parquet file {name} cannot be read ({error}). It is damaged or truncated: download it again.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="164" />
      <source>The zip file {name} is damaged or truncated ({error}). Download it again from data.gouv.fr.</source>
      <translation>The zip file {name} is damaged or truncated ({error}). Download it again from data.gouv.fr.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="188" />
      <source>The file {name} is damaged or truncated ({error}). Download it again.</source>
      <translation>The file {name} is damaged or truncated ({error}). Download it again.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="206" />
      <source>The file {name} is neither UTF-8 nor Windows-1252 text. Save it as UTF-8 CSV.</source>
      <translation>The file {name} is neither UTF-8 nor Windows-1252 text. Save it as UTF-8 CSV.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="365" />
      <source>The file {name} is damaged or truncated ({error}). Download it again; nothing was imported.</source>
      <translation>The file {name} is damaged or truncated ({error}). Download it again; nothing was imported.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="222" />
      <source>The file {name} given as {label} is a {other} file: the two files look swapped. Give each file in its own place.</source>
      <translation>The file {name} given as {label} is a {other} file: the two files look swapped. Give each file in its own place.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="372" />
      <source>The file {name} cannot be read as a {label} file ({error}). It may be damaged, truncated or not a SIRENE stock file; nothing was imported.</source>
      <translation>The file {name} cannot be read as a {label} file ({error}). It may be damaged, truncated or not a SIRENE stock file; nothing was imported.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="238" />
      <source>Nothing to generate: ask for at least one establishment.</source>
      <translation>Nothing to generate: ask for at least one establishment.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="229" />
      <source>Unknown stock format {format}: use 2025 (before December 2025), 2026 (NAF rév. 2 and NAF 2025 columns) or 2027 (NAF 2025 only).</source>
      <translation>Unknown stock format {format}: use 2025 (before December 2025), 2026 (NAF rév. 2 and NAF 2025 columns) or 2027 (NAF 2025 only).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="297" />
      <source>The communes table lacks the column {col}. Give the reference table of communes (code_commune, nom, code_departement, code_epci, population).</source>
      <translation>The communes table lacks the column {col}. Give the reference table of communes (code_commune, nom, code_departement, code_epci, population).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="247" />
      <source>The earlier stock's date must fall between {first} and {last}.</source>
      <translation>The earlier stock's date must fall between {first} and {last}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="307" />
      <source>No commune in the départements {deps}. Check the codes (e.g. 02,60,80).</source>
      <translation>No commune in the départements {deps}. Check the codes (e.g. 02,60,80).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="106" />
      <source>No territory given: pass a preset id such as grand-amienois.</source>
      <translation>No territory given: pass a preset id such as grand-amienois.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="110" />
      <source>The parts of territory '{id}' overlap (communes {codes}): give each commune to one part only.</source>
      <translation>The parts of territory '{id}' overlap (communes {codes}): give each commune to one part only.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="85" />
      <source>Custom territory ({n} EPCI)</source>
      <translation>Custom territory ({n} EPCI)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="101" />
      <source>Territory '{id}': unknown codes {codes} in the reference data.</source>
      <translation>Territory '{id}': unknown codes {codes} in the reference data.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="90" />
      <source>Custom territory ({n} communes)</source>
      <translation>Custom territory ({n} communes)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="95" />
      <source>Département {codes}</source>
      <translation>Département {codes}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="98" />
      <source>Unknown territory '{id}'. Use a preset ({known}), epci:SIREN,…, communes:CODE,… or dep:CODE,…</source>
      <translation>Unknown territory '{id}'. Use a preset ({known}), epci:SIREN,…, communes:CODE,… or dep:CODE,…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/demo.py" line="70" />
      <source>ESS observatory — demonstration</source>
      <translation>ESS observatory — demonstration</translation>
    </message>
    <message>
      <location filename="../ess_territoires/demo.py" line="72" />
      <source>Demo written to {out}</source>
      <translation>Demo written to {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="154" />
      <source>SIRENE aggregates kept (ess_communes, emploi_communes): the API adds points and confirms establishments only.</source>
      <translation>SIRENE aggregates kept (ess_communes, emploi_communes): the API adds points and confirms establishments only.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="157" />
      <source>ess_communes computed from the API; emploi_communes not produced: the API cannot count the employers of a commune, import SIRENE for the share of employment.</source>
      <translation>ess_communes computed from the API; emploi_communes not produced: the API cannot count the employers of a commune, import SIRENE for the share of employment.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="165" />
      <source>ESS establishments (diffusible only)</source>
      <translation>ESS establishments (diffusible only)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="161" />
      <source>ESS establishments and estimated jobs per commune, family, sector, employer and size class (non-diffusible included)</source>
      <translation>ESS establishments and estimated jobs per commune, family, sector, employer and size class (non-diffusible included)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="169" />
      <source>Published accounts (turnover, net result per year) and SIAE status of the study's ESS legal units, from API Recherche d'entreprises</source>
      <translation>Published accounts (turnover, net result per year) and SIAE status of the study's ESS legal units, from API Recherche d'entreprises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="179" />
      <source>{n} ESS establishments from the API ({p} non-diffusible, counted in the totals only), {added} added to the study; {requests} requests, {hits} answers from the cache.</source>
      <translation>{n} ESS establishments from the API ({p} non-diffusible, counted in the totals only), {added} added to the study; {requests} requests, {hits} answers from the cache.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/api_import.py" line="132" />
      <source>{message} Nothing was written.</source>
      <translation>{message} Nothing was written.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="182" />
      <source>Population: [% format_number("population", 0) %] inhabitants</source>
      <translation>Population: [% format_number("population", 0) %] inhabitants</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="46" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="52" />
      <source>Estimated ESS salaried jobs (SIRENE size bands)</source>
      <translation>Estimated ESS salaried jobs (SIRENE size bands)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="54" />
      <source>Share of the ESS in salaried employment (%)</source>
      <translation>Share of the ESS in salaried employment (%)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="298" />
      <source>Location — Pays outlines</source>
      <translation>Location — Pays outlines</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="318" />
      <source>EPCI and communes</source>
      <translation>EPCI and communes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="328" />
      <source>Legend</source>
      <translation>Legend</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="346" />
      <source>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]</source>
      <translation>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="79" />
      <source>Jobs: salaried jobs estimated from the SIRENE size bands (middle of each band), not an exact count; share of employment = ESS estimate / estimate over all employer establishments of the same stock. Non-diffusible establishments count in the figures and are never shown.</source>
      <translation>Jobs: salaried jobs estimated from the SIRENE size bands (middle of each band), not an exact count; share of employment = ESS estimate / estimate over all employer establishments of the same stock. Non-diffusible establishments count in the figures and are never shown.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="166" />
      <source>ESS establishments</source>
      <translation>ESS establishments</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="167" />
      <source>Estimated ESS salaried jobs</source>
      <translation>Estimated ESS salaried jobs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="168" />
      <source>Share of salaried employment</source>
      <translation>Share of salaried employment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="169" />
      <source>Per 10,000 inhabitants</source>
      <translation>Per 10,000 inhabitants</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="176" />
      <source>Key figures</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="187" />
      <source>Associations</source>
      <translation>Associations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="187" />
      <source>Cooperatives</source>
      <translation>Cooperatives</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="188" />
      <source>Mutuals</source>
      <translation>Mutuals</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="188" />
      <source>Foundations</source>
      <translation>Foundations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="189" />
      <source>ESS commercial companies</source>
      <translation>ESS commercial companies</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="189" />
      <source>All ESS</source>
      <translation>All ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="206" />
      <source>The layout has no table: restore the template.</source>
      <translation>The layout has no table: restore the template.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="286" />
      <source>ESS atlas — {coverage}</source>
      <translation>ESS atlas — {coverage}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="344" />
      <source>Demonstration data (fictitious)</source>
      <translation>Demonstration data (fictitious)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="439" />
      <source>The atlas covers no feature: check the territory and the coverage.</source>
      <translation>The atlas covers no feature: check the territory and the coverage.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="70" />
      <source>Sources: IGN and INSEE communes and population ({reference}, built {built}).</source>
      <translation>Sources: IGN and INSEE communes and population ({reference}, built {built}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="83" />
      <source>Map: ESS Territoires, {today}.</source>
      <translation>Map: ESS Territoires, {today}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="122" />
      <source>Outside the page's territory</source>
      <translation>Outside the page's territory</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="124" />
      <source>The page's territory</source>
      <translation>The page's territory</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="160" />
      <source>ref. area {ref}</source>
      <translation>ref. area {ref}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="214" />
      <source>Family</source>
      <translation>Family</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="214" />
      <source>Count</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="215" />
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="268" />
      <source>Atlas pages — {coverage}</source>
      <translation>Atlas pages — {coverage}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="271" />
      <source>Neighbours — {coverage}</source>
      <translation>Neighbours — {coverage}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="279" />
      <source>Location — {coverage}</source>
      <translation>Location — {coverage}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="74" />
      <source>INSEE SIRENE stock files of {stock}, imported {date}. ESS perimeter: {version} (legal categories and SIRENE ESS flag, public-administration and political, religious and professional organisations excluded).</source>
      <translation>INSEE SIRENE stock files of {stock}, imported {date}. ESS perimeter: {version} (legal categories and SIRENE ESS flag, public-administration and political, religious and professional organisations excluded).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="90" />
      <source>The layout template {path} is missing: reinstall the plugin.</source>
      <translation>The layout template {path} is missing: reinstall the plugin.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="96" />
      <source>The layout template {path} cannot be read.</source>
      <translation>The layout template {path} cannot be read.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="103" />
      <source>The layout has no item '{id}': restore the template.</source>
      <translation>The layout has no item '{id}': restore the template.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="482" />
      <source>The atlas could not be exported to {path}: {error}</source>
      <translation>The atlas could not be exported to {path}: {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="162" />
      <source>Pays {pays}</source>
      <translation>Pays {pays}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="163" />
      <source>Default</source>
      <translation>Default</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="55" />
      <source>import the establishments</source>
      <translation>import the establishments</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="55" />
      <source>compute the indicators</source>
      <translation>compute the indicators</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="56" />
      <source>The theme '{theme}' needs the layer '{layer}': {step} first.</source>
      <translation>The theme '{theme}' needs the layer '{layer}': {step} first.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas_themes.py" line="192" />
      <source>The theme '{theme}' has no value to map in the layer '{layer}': import a stock with its history first.</source>
      <translation>The theme '{theme}' has no value to map in the layer '{layer}': import a stock with its history first.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/conflicts.py" line="74" />
      <source>Workshop rows edited both in an offline copy and in the study</source>
      <translation>Workshop rows edited both in an offline copy and in the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/conflicts.py" line="93" />
      <source>Choose the study's version or the copy's ({study} or {copy}), not '{choice}'.</source>
      <translation>Choose the study's version or the copy's ({study} or {copy}), not '{choice}'.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/conflicts.py" line="98" />
      <source>The study {study} has no conflict {id}.</source>
      <translation>The study {study} has no conflict {id}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/conflicts.py" line="102" />
      <source>This conflict was already resolved ({choice}, by {who} on {date}).</source>
      <translation>This conflict was already resolved ({choice}, by {who} on {date}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="77" />
      <source>Lever</source>
      <translation>Lever</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="77" />
      <source>Obstacle</source>
      <translation>Obstacle</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="77" />
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="77" />
      <source>Need</source>
      <translation>Need</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="82" />
      <source>Employment and skills</source>
      <translation>Employment and skills</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="83" />
      <source>Funding</source>
      <translation>Funding</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="84" />
      <source>Cooperation between actors</source>
      <translation>Cooperation between actors</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="85" />
      <source>Land and premises</source>
      <translation>Land and premises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="86" />
      <source>Mobility</source>
      <translation>Mobility</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="87" />
      <source>Services to the population</source>
      <translation>Services to the population</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="88" />
      <source>Ecological transition</source>
      <translation>Ecological transition</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="89" />
      <source>Food and agriculture</source>
      <translation>Food and agriculture</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="90" />
      <source>Visibility of the ESS</source>
      <translation>Visibility of the ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="91" />
      <source>Governance and public policy</source>
      <translation>Governance and public policy</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="92" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="97" />
      <source>1 — high</source>
      <translation>1 — high</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="97" />
      <source>2 — medium</source>
      <translation>2 — medium</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="97" />
      <source>3 — low</source>
      <translation>3 — low</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="102" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="102" />
      <source>Theme</source>
      <translation>Theme</translation>
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
      <translation>Workshop</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="103" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="104" />
      <source>Commune code</source>
      <translation>Commune code</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="104" />
      <source>Establishment (SIRET)</source>
      <translation>Establishment (SIRET)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="105" />
      <source>Interviewer</source>
      <translation>Interviewer</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="105" />
      <source>Person interviewed</source>
      <translation>Person interviewed</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="105" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="106" />
      <source>Employees</source>
      <translation>Employees</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="106" />
      <source>Volunteers</source>
      <translation>Volunteers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="106" />
      <source>Activities</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="107" />
      <source>Needs</source>
      <translation>Needs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="107" />
      <source>Obstacles</source>
      <translation>Obstacles</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="107" />
      <source>Projects</source>
      <translation>Projects</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="108" />
      <source>Cooperations</source>
      <translation>Cooperations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="108" />
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="108" />
      <source>What was said</source>
      <translation>What was said</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="109" />
      <source>Contributions</source>
      <translation>Contributions</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="109" />
      <source>Proposed action</source>
      <translation>Proposed action</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="110" />
      <source>Actors</source>
      <translation>Actors</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="110" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="110" />
      <source>Identifier</source>
      <translation>Identifier</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="111" />
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="111" />
      <source>Modified on (UTC)</source>
      <translation>Modified on (UTC)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="338" />
      <source>Workshop contributions</source>
      <translation>Workshop contributions</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="338" />
      <source>Workshop contributions (areas)</source>
      <translation>Workshop contributions (areas)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="339" />
      <source>Interviews</source>
      <translation>Interviews</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="339" />
      <source>Recommendations</source>
      <translation>Recommendations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="376" />
      <source>Interviews of the establishment</source>
      <translation>Interviews of the establishment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="176" />
      <source>Workshop contributions (points)</source>
      <translation>Workshop contributions (points)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="178" />
      <source>Interviews with ESS establishments</source>
      <translation>Interviews with ESS establishments</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="179" />
      <source>Recommendations per Pays</source>
      <translation>Recommendations per Pays</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="453" />
      <source>Remove this obstacle ({theme}): who can act, with which means, by when?</source>
      <translation>Remove this obstacle ({theme}): who can act, with which means, by when?</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="553" />
      <source>The study has no recommendations yet: draft them first (contributions).</source>
      <translation>The study has no recommendations yet: draft them first (contributions).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="579" />
      <source>No recommendation has been drafted yet for this territory. They are drafted from the workshops' contributions (step Workshops), then edited by the study team.</source>
      <translation>No recommendation has been drafted yet for this territory. They are drafted from the workshops' contributions (step Workshops), then edited by the study team.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="353" />
      <source>Workshops</source>
      <translation>Workshops</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="452" />
      <source>Build on this lever ({theme}): name a lead partner and a first step.</source>
      <translation>Build on this lever ({theme}): name a lead partner and a first step.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="604" />
      <source>Drafted from the workshops' contributions on {date}, then edited by the study team.</source>
      <translation>Drafted from the workshops' contributions on {date}, then edited by the study team.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="189" />
      <source>{path} is not a study GeoPackage (no layer 'communes'): create the study first.</source>
      <translation>{path} is not a study GeoPackage (no layer 'communes'): create the study first.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="301" />
      <source>The priority is 1, 2 or 3.</source>
      <translation>The priority is 1, 2 or 3.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="381" />
      <source>The relation between the interviews and the establishments is not valid: check that the layers '{a}' and '{b}' have a field siret.</source>
      <translation>The relation between the interviews and the establishments is not valid: check that the layers '{a}' and '{b}' have a field siret.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/contributions.py" line="556" />
      <source>Unknown page format {format}: A4 or A3.</source>
      <translation>Unknown page format {format}: A4 or A3.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="74" />
      <source>Finances of {n} ESS legal units: {published} publish a turnover, {siae} are insertion structures (SIAE); {cached} taken from answers already cached, {requests} requests.</source>
      <translation>Finances of {n} ESS legal units: {published} publish a turnover, {siae} are insertion structures (SIAE); {cached} taken from answers already cached, {requests} requests.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="38" />
      <source>Finances and SIAE status of {n} ESS legal units…</source>
      <translation>Finances and SIAE status of {n} ESS legal units…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="66" />
      <source>Legal unit {siren}: no cached answer in offline mode, its turnover and SIAE status are unknown.</source>
      <translation>Legal unit {siren}: no cached answer in offline mode, its turnover and SIAE status are unknown.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="70" />
      <source>Legal unit {siren}: API Recherche d'entreprises does not know it; its turnover and SIAE status are unknown.</source>
      <translation>Legal unit {siren}: API Recherche d'entreprises does not know it; its turnover and SIAE status are unknown.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="79" />
      <source>{n} legal units have establishments in the study but their head office outside it: their turnover ({ca} €) is counted in no commune.</source>
      <translation>{n} legal units have establishments in the study but their head office outside it: their turnover ({ca} €) is counted in no commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="83" />
      <source>{n} legal units headquartered in the study also have establishments outside it: their whole turnover counts in the commune of their head office.</source>
      <translation>{n} legal units headquartered in the study also have establishments outside it: their whole turnover counts in the commune of their head office.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="86" />
      <source>Offline mode: no cached answer for {n} of the {total} ESS legal units ({sirens}): their turnover and SIAE status are unknown, they count as units without published accounts (see the rejets table). Run import-api --finances once with network access to complete them.</source>
      <translation>Offline mode: no cached answer for {n} of the {total} ESS legal units ({sirens}): their turnover and SIAE status are unknown, they count as units without published accounts (see the rejets table). Run import-api --finances once with network access to complete them.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/finances_import.py" line="92" />
      <source>API Recherche d'entreprises does not know {n} of the ESS legal units ({sirens}).</source>
      <translation>API Recherche d'entreprises does not know {n} of the ESS legal units ({sirens}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/geo_reference.py" line="75" />
      <source>Give at least one département (e.g. 59) or EPCI (its 9-digit SIREN).</source>
      <translation>Give at least one département (e.g. 59) or EPCI (its 9-digit SIREN).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/geo_reference.py" line="94" />
      <source>Communes added from geo.api.gouv.fr (reference for the study)</source>
      <translation>Communes added from geo.api.gouv.fr (reference for the study)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/geo_reference.py" line="54" />
      <source>geo.api.gouv.fr gave no contour for the commune {code}. Try again later.</source>
      <translation>geo.api.gouv.fr gave no contour for the commune {code}. Try again later.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="335" />
      <source>ESS Territoires</source>
      <translation>ESS Territoires</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="254" />
      <source>Another run is reading the study {path}: waiting for it to finish…</source>
      <translation>Another run is reading the study {path}: waiting for it to finish…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="151" />
      <source>{path} is in use by another program or run ({error}): nothing was written. Run this step again when it has finished.</source>
      <translation>{path} is in use by another program or run ({error}): nothing was written. Run this step again when it has finished.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="264" />
      <source>Another run has been reading the study {path} for more than {seconds} s: nothing was written. Run this step again when it has finished.</source>
      <translation>Another run has been reading the study {path} for more than {seconds} s: nothing was written. Run this step again when it has finished.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="284" />
      <source>{path} cannot be read as a GeoPackage ({error}). Choose a study GeoPackage made by ESS Territoires.</source>
      <translation>{path} cannot be read as a GeoPackage ({error}). Choose a study GeoPackage made by ESS Territoires.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="438" />
      <source>{path} has no layer '{layer}'.</source>
      <translation>{path} has no layer '{layer}'.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="513" />
      <source>The style of '{layer}' could not be saved in the GeoPackage ({error}): check that the file is writable.</source>
      <translation>The style of '{layer}' could not be saved in the GeoPackage ({error}): check that the file is writable.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="184" />
      <source>Another run is writing the study {path}: waiting for it to finish…</source>
      <translation>Another run is writing the study {path}: waiting for it to finish…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="189" />
      <source>Another run has been writing the study {path} for more than {seconds} s. Run this step again when it has finished.</source>
      <translation>Another run has been writing the study {path} for more than {seconds} s. Run this step again when it has finished.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/gpkg.py" line="194" />
      <source>Another run has been writing the study {path} for more than {seconds} s: nothing was written. Run this step again when it has finished.</source>
      <translation>Another run has been writing the study {path} for more than {seconds} s: nothing was written. Run this step again when it has finished.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/layers.py" line="25" />
      <source>The layer '{name}' cannot be read from {path}: is this a study GeoPackage? Create the study first.</source>
      <translation>The layer '{name}' cannot be read from {path}: is this a study GeoPackage? Create the study first.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/naf_labels.py" line="44" />
      <source>NAF 2025 labels given by the user (INSEE's list)</source>
      <translation>NAF 2025 labels given by the user (INSEE's list)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="389" />
      <source>{folder} (copied on {date})</source>
      <translation>{folder} (copied on {date})</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="120" />
      <source>{study} is not a study (no layer 'communes'): nothing to take offline.</source>
      <translation>{study} is not a study (no layer 'communes'): nothing to take offline.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="124" />
      <source>The folder {folder} is not empty: choose a new or empty folder for the offline copy.</source>
      <translation>The folder {folder} is not empty: choose a new or empty folder for the offline copy.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="353" />
      <source>{folder} holds no {name}: choose the folder written by "Take offline" (hors-ligne). Nothing was brought back.</source>
      <translation>{folder} holds no {name}: choose the folder written by "Take offline" (hors-ligne). Nothing was brought back.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="359" />
      <source>{folder} is not an offline copy (it was not written by "Take offline" / hors-ligne): nothing was brought back.</source>
      <translation>{folder} is not an offline copy (it was not written by "Take offline" / hors-ligne): nothing was brought back.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="367" />
      <source>{study} is not a study (no layer 'communes'): nothing was brought back.</source>
      <translation>{study} is not a study (no layer 'communes'): nothing was brought back.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="370" />
      <source>{study} is the offline copy itself: bring it back into the study it was taken from ({source}).</source>
      <translation>{study} is the offline copy itself: bring it back into the study it was taken from ({source}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="373" />
      <source>This folder is an offline copy of another study ({source}, copied on {date}), not of {study}: nothing was brought back. Bring it back into the study it was taken from.</source>
      <translation>This folder is an offline copy of another study ({source}, copied on {date}), not of {study}: nothing was brought back. Bring it back into the study it was taken from.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="403" />
      <source>The workshop tables of {study} keep changing while they are merged: nothing was brought back. Try again in a moment.</source>
      <translation>The workshop tables of {study} keep changing while they are merged: nothing was brought back. Try again in a moment.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="208" />
      <source>{title} (offline copy)</source>
      <translation>{title} (offline copy)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="230" />
      <source>Layer '{name}' reads a file outside the copy's folder: {path}</source>
      <translation>Layer '{name}' reads a file outside the copy's folder: {path}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/offline.py" line="535" />
      <source>The study took the copy's rows, but the copy could not record it ({error}). Bringing it back again is safe: rows already brought back are recognised.</source>
      <translation>The study took the copy's rows, but the copy could not record it ({error}). Bringing it back again is safe: rows already brought back are recognised.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="86" />
      <source>Not in the study, and offline mode forbids looking it up: run again with network access.</source>
      <translation>Not in the study, and offline mode forbids looking it up: run again with network access.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="88" />
      <source>Not found in SIRENE by API Recherche d'entreprises: check the number.</source>
      <translation>Not found in SIRENE by API Recherche d'entreprises: check the number.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="97" />
      <source>Establishment {siret} is in the commune {code}, outside the study's territory: not added.</source>
      <translation>Establishment {siret} is in the commune {code}, outside the study's territory: not added.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="99" />
      <source>Establishment {siret} is closed: not added.</source>
      <translation>Establishment {siret} is closed: not added.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="100" />
      <source>Non-diffusible establishment outside the territory or closed: not added.</source>
      <translation>Non-diffusible establishment outside the territory or closed: not added.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="131" />
      <source>Rows of the partner lists matched to the study</source>
      <translation>Rows of the partner lists matched to the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="65" />
      <source>{path} is not a study GeoPackage. Create the study first (etude, import-sirene or import-api), then match the partner list to it.</source>
      <translation>{path} is not a study GeoPackage. Create the study first (etude, import-sirene or import-api), then match the partner list to it.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/partners_import.py" line="153" />
      <source>{file}: {lines} lines, {study} already in the study, {added} added, {hidden} non-diffusible (not shown), {rejets} set aside (see the rejets table).</source>
      <translation>{file}: {lines} lines, {study} already in the study, {added} added, {hidden} non-diffusible (not shown), {rejets} set aside (see the rejets table).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="82" />
      <source>1. Key figures</source>
      <translation>1. Key figures</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="82" />
      <source>2. Inventory: families, sectors, sizes</source>
      <translation>2. Inventory: families, sectors, sizes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="83" />
      <source>3. Employment</source>
      <translation>3. Employment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="83" />
      <source>4. Territorial coverage</source>
      <translation>4. Territorial coverage</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="84" />
      <source>5. Dynamics and economic weight</source>
      <translation>5. Dynamics and economic weight</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="84" />
      <source>6. The EPCIs compared</source>
      <translation>6. The EPCIs compared</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="85" />
      <source>7. Maps</source>
      <translation>7. Maps</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="85" />
      <source>8. Workshops</source>
      <translation>8. Workshops</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="85" />
      <source>9. Method and sources</source>
      <translation>9. Method and sources</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="95" />
      <source>Social work</source>
      <translation>Social work</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="95" />
      <source>Health</source>
      <translation>Health</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="95" />
      <source>Education</source>
      <translation>Education</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="96" />
      <source>Sport and leisure</source>
      <translation>Sport and leisure</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="96" />
      <source>Arts and entertainment</source>
      <translation>Arts and entertainment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="97" />
      <source>Finance and insurance</source>
      <translation>Finance and insurance</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="97" />
      <source>Trade</source>
      <translation>Trade</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="98" />
      <source>Agriculture and food</source>
      <translation>Agriculture and food</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="99" />
      <source>Industry and construction</source>
      <translation>Industry and construction</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="99" />
      <source>Other services</source>
      <translation>Other services</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="103" />
      <source>1 to 9 employees</source>
      <translation>1 to 9 employees</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="103" />
      <source>10 to 49 employees</source>
      <translation>10 to 49 employees</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="103" />
      <source>50 to 249 employees</source>
      <translation>50 to 249 employees</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="104" />
      <source>250 employees or more</source>
      <translation>250 employees or more</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="108" />
      <source>ESS portrait — {territory}</source>
      <translation>ESS portrait — {territory}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="168" />
      <source>0 km: ESS in the commune</source>
      <translation>0 km: ESS in the commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="488" />
      <source>Portrait of the social and solidarity economy</source>
      <translation>Portrait of the social and solidarity economy</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="656" />
      <source>Distance to the nearest ESS establishment (km)</source>
      <translation>Distance to the nearest ESS establishment (km)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="151" />
      <source>Outside the territory</source>
      <translation>Outside the territory</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="508" />
      <source>estimated salaried jobs (SIRENE size bands)</source>
      <translation>estimated salaried jobs (SIRENE size bands)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="509" />
      <source>of salaried employment</source>
      <translation>of salaried employment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="564" />
      <source>Reference area</source>
      <translation>Reference area</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="581" />
      <source>Population (inhabitants)</source>
      <translation>Population (inhabitants)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="583" />
      <source>of which employers</source>
      <translation>of which employers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="584" />
      <source>Estimated salaried jobs (low – high)</source>
      <translation>Estimated salaried jobs (low – high)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="588" />
      <source>Establishments per 10,000 inhabitants</source>
      <translation>Establishments per 10,000 inhabitants</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="589" />
      <source>Establishments per km²</source>
      <translation>Establishments per km²</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="590" />
      <source>Communes with ESS</source>
      <translation>Communes with ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="625" />
      <source>ESS establishments by sector</source>
      <translation>ESS establishments by sector</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="645" />
      <source>Estimated ESS salaried jobs by sector (SIRENE size bands)</source>
      <translation>Estimated ESS salaried jobs by sector (SIRENE size bands)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="646" />
      <source>Bar: central estimate; line: from the low to the high bound of the size bands.</source>
      <translation>Bar: central estimate; line: from the low to the high bound of the size bands.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="658" />
      <source>Distance from each commune to the nearest ESS establishment</source>
      <translation>Distance from each commune to the nearest ESS establishment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="661" />
      <source>Communes without ESS</source>
      <translation>Communes without ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="704" />
      <source>Establishments</source>
      <translation>Establishments</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="704" />
      <source>Estimated jobs</source>
      <translation>Estimated jobs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="704" />
      <source>Share of employment</source>
      <translation>Share of employment</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="705" />
      <source>Per 10,000 inh.</source>
      <translation>Per 10,000 inh.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="731" />
      <source>ESS establishments per 10,000 inhabitants, per commune</source>
      <translation>ESS establishments per 10,000 inhabitants, per commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="734" />
      <source>Estimated ESS salaried jobs per commune (proportional circles)</source>
      <translation>Estimated ESS salaried jobs per commune (proportional circles)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="171" />
      <source>more than {km} km</source>
      <translation>more than {km} km</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="173" />
      <source>{low} to {high} km</source>
      <translation>{low} to {high} km</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="209" />
      <source>The territory '{code}' has no commune in the study's layer 'communes'.</source>
      <translation>The territory '{code}' has no commune in the study's layer 'communes'.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="504" />
      <source>Portrait — outside {territory}</source>
      <translation>Portrait — outside {territory}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="524" />
      <source>printed on {date}</source>
      <translation>printed on {date}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="564" />
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="595" />
      <source>Published turnover of the ESS</source>
      <translation>Published turnover of the ESS</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="616" />
      <source>Employer establishments by size</source>
      <translation>Employer establishments by size</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="685" />
      <source>ESS creations and closures per year</source>
      <translation>ESS creations and closures per year</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="827" />
      <source>The logo {path} does not exist: give an image file (PNG, JPEG or SVG).</source>
      <translation>The logo {path} does not exist: give an image file (PNG, JPEG or SVG).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="844" />
      <source>The portrait could not be exported to {path} (error {code}): check that the folder is writable.</source>
      <translation>The portrait could not be exported to {path} (error {code}): check that the folder is writable.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="500" />
      <source>EPCI {of_pays}</source>
      <translation>EPCI {of_pays}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="523" />
      <source>SIRENE stock of {date}</source>
      <translation>SIRENE stock of {date}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="683" />
      <source>ESS creations</source>
      <translation>ESS creations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait.py" line="684" />
      <source>ESS closures</source>
      <translation>ESS closures</translation>
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
      <translation>The study {path} does not exist: create it first (etude).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait_data.py" line="80" />
      <source>The study {path} has no indicators yet ({layers}): import the establishments and compute the indicators (indicateurs) before the portrait.</source>
      <translation>The study {path} has no indicators yet ({layers}): import the establishments and compute the indicators (indicateurs) before the portrait.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/portrait_data.py" line="100" />
      <source>The study has no territory '{code}'. Give a code_pays ({pays}) or a code_epci ({epcis}).</source>
      <translation>The study has no territory '{code}'. Give a code_pays ({pays}) or a code_epci ({epcis}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="131" />
      <source>The PostgreSQL connection names no database: edit it in QGIS's Data Source Manager.</source>
      <translation>The PostgreSQL connection names no database: edit it in QGIS's Data Source Manager.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="451" />
      <source>Another run is writing the study {location}: waiting for it to finish…</source>
      <translation>Another run is writing the study {location}: waiting for it to finish…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="452" />
      <source>Another run has been writing the study {location} for more than {seconds} s: nothing was written. Run this step again when it has finished.</source>
      <translation>Another run has been writing the study {location} for more than {seconds} s: nothing was written. Run this step again when it has finished.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="480" />
      <source>Another run is reading the study {location}: waiting for it to finish…</source>
      <translation>Another run is reading the study {location}: waiting for it to finish…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="481" />
      <source>Another run has been reading the study {location} for more than {seconds} s: nothing was written. Run this step again when it has finished.</source>
      <translation>Another run has been reading the study {location} for more than {seconds} s: nothing was written. Run this step again when it has finished.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="64" />
      <source>PostgreSQL studies need psycopg2 (Debian package python3-psycopg2).</source>
      <translation>PostgreSQL studies need psycopg2 (Debian package python3-psycopg2).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="80" />
      <source>A PostgreSQL study location must not hold a password: remove it from {location} and give it to libpq instead (~/.pgpass, a service file or PGPASSWORD).</source>
      <translation>A PostgreSQL study location must not hold a password: remove it from {location} and give it to libpq instead (~/.pgpass, a service file or PGPASSWORD).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="84" />
      <source>A PostgreSQL study location reads postgresql://user@host:port/dbname?schema=NAME (got {location}).</source>
      <translation>A PostgreSQL study location reads postgresql://user@host:port/dbname?schema=NAME (got {location}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="87" />
      <source>The schema name '{schema}' cannot hold a study: use lower-case letters, digits and underscores, starting with a letter.</source>
      <translation>The schema name '{schema}' cannot hold a study: use lower-case letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="648" />
      <source>The style of '{layer}' could not be saved in the database ({error}): check your rights on the table public.layer_styles.</source>
      <translation>The style of '{layer}' could not be saved in the database ({error}): check your rights on the table public.layer_styles.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="224" />
      <source>Cannot connect to the PostgreSQL study {location}: {error}. Check that the server runs and that the database exists; give the password through ~/.pgpass, a service file or PGPASSWORD, never in the location.</source>
      <translation>Cannot connect to the PostgreSQL study {location}: {error}. Check that the server runs and that the database exists; give the password through ~/.pgpass, a service file or PGPASSWORD, never in the location.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="312" />
      <source>The study {location} could not be read ({error}). Check your rights on its schema and on public.layer_styles with the database's administrator.</source>
      <translation>The study {location} could not be read ({error}). Check your rights on its schema and on public.layer_styles with the database's administrator.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="433" />
      <source>The study {location} could not be written ({error}); it is left as it was.</source>
      <translation>The study {location} could not be written ({error}); it is left as it was.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="507" />
      <source>The database {dbname} has no PostGIS extension and it could not be added ({error}): ask its administrator to run CREATE EXTENSION postgis.</source>
      <translation>The database {dbname} has no PostGIS extension and it could not be added ({error}): ask its administrator to run CREATE EXTENSION postgis.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/postgis.py" line="370" />
      <source>{path}: the layer '{layer}' has no field {fields}.</source>
      <translation>{path}: the layer '{layer}' has no field {fields}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="33" />
      <source>Atlas (layers of the layouts)</source>
      <translation>Atlas (layers of the layouts)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="37" />
      <source>Study</source>
      <translation>Study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="21" />
      <source>ESS jobs per commune</source>
      <translation>ESS jobs per commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="24" />
      <source>ESS indicators per commune</source>
      <translation>ESS indicators per commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="84" />
      <source>The study has no layer '{name}' in its project: add the study's layers again.</source>
      <translation>The study has no layer '{name}' in its project: add the study's layers again.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="169" />
      <source>{atlas} — location</source>
      <translation>{atlas} — location</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="235" />
      <source>The project {path} could not be written: {error}</source>
      <translation>The project {path} could not be written: {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="245" />
      <source>The study's project {path} cannot be read: {error}</source>
      <translation>The study's project {path} cannot be read: {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="71" />
      <source>stock date</source>
      <translation>stock date</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="151" />
      <source>ESS creations and closures, and all creations, per commune and year (the ten full years before the stock's date)</source>
      <translation>ESS creations and closures, and all creations, per commune and year (the ten full years before the stock's date)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="153" />
      <source>As dynamique_communes, for every commune of the reference area (comparisons)</source>
      <translation>As dynamique_communes, for every commune of the reference area (comparisons)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="156" />
      <source>ESS establishments (active and closed) per commune, creation date and closure date, with their estimated jobs</source>
      <translation>ESS establishments (active and closed) per commune, creation date and closure date, with their estimated jobs</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="158" />
      <source>As ess_dates_communes, for every commune of the reference area (comparisons)</source>
      <translation>As ess_dates_communes, for every commune of the reference area (comparisons)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="52" />
      <source>This stock is dated {date} and the study's {other_kind} stock {other}: an earlier stock (--stock-anterieur) must predate the current one. Check the files, or give the right date with --date-stock.</source>
      <translation>This stock is dated {date} and the study's {other_kind} stock {other}: an earlier stock (--stock-anterieur) must predate the current one. Check the files, or give the right date with --date-stock.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="125" />
      <source>All employer establishments per commune and their estimated jobs (SIRENE size bands)</source>
      <translation>All employer establishments per commune and their estimated jobs (SIRENE size bands)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="127" />
      <source>As ess_communes, for every commune of the reference area (comparisons)</source>
      <translation>As ess_communes, for every commune of the reference area (comparisons)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="129" />
      <source>As emploi_communes, for every commune of the reference area (comparisons)</source>
      <translation>As emploi_communes, for every commune of the reference area (comparisons)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="169" />
      <source>As ess_communes, from the earlier stock (date_stock_anterieur)</source>
      <translation>As ess_communes, from the earlier stock (date_stock_anterieur)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="171" />
      <source>As ess_communes_anterieur, for every commune of the reference area</source>
      <translation>As ess_communes_anterieur, for every commune of the reference area</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="56" />
      <source>current</source>
      <translation>current</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/sirene_import.py" line="56" />
      <source>earlier</source>
      <translation>earlier</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="192" />
      <source>Study settings</source>
      <translation>Study settings</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="205" />
      <source>Runs that produced the tables of this study</source>
      <translation>Runs that produced the tables of this study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="225" />
      <source>Rows set aside or repaired, and why</source>
      <translation>Rows set aside or repaired, and why</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="83" />
      <source>The study file must end in .gpkg (got {name}).</source>
      <translation>The study file must end in .gpkg (got {name}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="166" />
      <source>{path} is not a study GeoPackage (no communes layer). Give a new file name or a study created by ESS Territoires.</source>
      <translation>{path} is not a study GeoPackage (no communes layer). Give a new file name or a study created by ESS Territoires.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="169" />
      <source>{path} does not exist: give a territory (e.g. --territoire pays-de-thierache) to create the study.</source>
      <translation>{path} does not exist: give a territory (e.g. --territoire pays-de-thierache) to create the study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="161" />
      <source>The study {path} was created for the territory '{existing}', not '{asked}'. Give another file name to start a new study.</source>
      <translation>The study {path} was created for the territory '{existing}', not '{asked}'. Give another file name to start a new study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="240" />
      <source>Offline mode, and {path} holds no cached API answers: nothing was written. Run this step once with network access (offline mode off), then work offline.</source>
      <translation>Offline mode, and {path} holds no cached API answers: nothing was written. Run this step once with network access (offline mode off), then work offline.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="71" />
      <source>ESS observatory — {territory}</source>
      <translation>ESS observatory — {territory}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="51" />
      <source>The folder {folder} already holds a study: open it, or choose an empty folder.</source>
      <translation>The folder {folder} already holds a study: open it, or choose an empty folder.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="79" />
      <source>The folder {folder} holds no {name}: create the study first.</source>
      <translation>The folder {folder} holds no {name}: create the study first.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="90" />
      <source>The folder {folder} holds no {name}: choose a study folder (made with "New study" or the demo).</source>
      <translation>The folder {folder} holds no {name}: choose a study folder (made with "New study" or the demo).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="94" />
      <source>The project {path} cannot be read: {error}</source>
      <translation>The project {path} cannot be read: {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="121" />
      <source>Layer '{name}' is not a local file ({provider}: {source})</source>
      <translation>Layer '{name}' is not a local file ({provider}: {source})</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="124" />
      <source>Layer '{name}' reads a missing file: {path}</source>
      <translation>Layer '{name}' reads a missing file: {path}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="130" />
      <source>Layout '{layout}' shows a picture from {url}</source>
      <translation>Layout '{layout}' shows a picture from {url}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_folder.py" line="126" />
      <source>Layer '{name}' is not valid</source>
      <translation>Layer '{name}' is not valid</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="73" />
      <source>commune</source>
      <translation>commune</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="149" />
      <source>This study has no finances_unites table: the published turnover and SIAE fields are left at 0. Run the API import with the finances option (import-api --finances) to fill them.</source>
      <translation>This study has no finances_unites table: the published turnover and SIAE fields are left at 0. Run the API import with the finances option (import-api --finances) to fill them.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="53" />
      <source>This study has no SIRENE import: the total employment of the communes is unknown, so the share of the ESS in employment is left at 0. Import the SIRENE stock files to compute it.</source>
      <translation>This study has no SIRENE import: the total employment of the communes is unknown, so the share of the ESS in employment is left at 0. Import the SIRENE stock files to compute it.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="81" />
      <source>ESS indicators per {level}</source>
      <translation>ESS indicators per {level}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="84" />
      <source>ESS indicators per {level}, at a point of each territory</source>
      <translation>ESS indicators per {level}, at a point of each territory</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/study_indicators.py" line="41" />
      <source>The study {path} has no table {tables}: create the study and import SIRENE (import-sirene) before computing the indicators.</source>
      <translation>The study {path} has no table {tables}: create the study and import SIRENE (import-sirene) before computing the indicators.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="129" />
      <source>Communes of the study</source>
      <translation>Communes of the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="130" />
      <source>EPCI of the study</source>
      <translation>EPCI of the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="131" />
      <source>Pays of the study</source>
      <translation>Pays of the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="135" />
      <source>Communes as points for the location map</source>
      <translation>Communes as points for the location map</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="137" />
      <source>EPCI outlines simplified for the location map</source>
      <translation>EPCI outlines simplified for the location map</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="139" />
      <source>Pays outlines simplified for the location map</source>
      <translation>Pays outlines simplified for the location map</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="152" />
      <source>Reference area (départements {codes})</source>
      <translation>Reference area (départements {codes})</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="127" />
      <source>Communes of the reference area (the départements of the reference data) for comparisons</source>
      <translation>Communes of the reference area (the départements of the reference data) for comparisons</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/territory.py" line="90" />
      <source>{n} communes of this territory have no contour in the reference data (départements {deps}). Add their contours from geo.api.gouv.fr (algorithm communes_geo_api) or with 'make data DEPARTEMENTS=…', then try again.</source>
      <translation>{n} communes of this territory have no contour in the reference data (départements {deps}). Add their contours from geo.api.gouv.fr (algorithm communes_geo_api) or with 'make data DEPARTEMENTS=…', then try again.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="164" />
      <source>The manual method needs class limits, for example 0,5,10,20.</source>
      <translation>The manual method needs class limits, for example 0,5,10,20.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="226" />
      <source>Give at least two class limits for the manual method, for example 0,5,10.</source>
      <translation>Give at least two class limits for the manual method, for example 0,5,10.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="368" />
      <source>Communes of {n} inhabitants or more</source>
      <translation>Communes of {n} inhabitants or more</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="414" />
      <source>{layer} at a point on the surface of each polygon (proportional symbols)</source>
      <translation>{layer} at a point on the surface of each polygon (proportional symbols)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="79" />
      <source>Unknown palette '{name}': use one of {names}.</source>
      <translation>Unknown palette '{name}': use one of {names}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="126" />
      <source>Unknown classification method '{method}': use auto, {methods}.</source>
      <translation>Unknown classification method '{method}': use auto, {methods}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="130" />
      <source>The field '{field}' is an identifier, not a value: choose an indicator.</source>
      <translation>The field '{field}' is an identifier, not a value: choose an indicator.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="137" />
      <source>The field '{field}' is a stock (a count or a number of jobs): it is drawn as proportional circles, not as a choropleth, which would make large territories look dense. Leave the method on auto, choose a ratio (for example etab_ess_pour_10000_hab), or tick 'Draw a stock as a choropleth anyway' (--forcer).</source>
      <translation>The field '{field}' is a stock (a count or a number of jobs): it is drawn as proportional circles, not as a choropleth, which would make large territories look dense. Leave the method on auto, choose a ratio (for example etab_ess_pour_10000_hab), or tick 'Draw a stock as a choropleth anyway' (--forcer).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="175" />
      <source>The layer '{layer}' has no field '{field}'. Fields: {fields}.</source>
      <translation>The layer '{layer}' has no field '{field}'. Fields: {fields}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="178" />
      <source>The field '{field}' is not numeric: it cannot be mapped.</source>
      <translation>The field '{field}' is not numeric: it cannot be mapped.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="206" />
      <source>The number of classes must be between {low} and {high} (got {n}).</source>
      <translation>The number of classes must be between {low} and {high} (got {n}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="217" />
      <source>The field '{field}' of the layer '{layer}' has no value to classify.</source>
      <translation>The field '{field}' of the layer '{layer}' has no value to classify.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="233" />
      <source>No class could be made from the field '{field}': check its values.</source>
      <translation>No class could be made from the field '{field}': check its values.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="283" />
      <source>Proportional circles are drawn on a point layer; '{layer}' is not one.</source>
      <translation>Proportional circles are drawn on a point layer; '{layer}' is not one.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="327" />
      <source>The layer '{layer}' has no field 'famille': it is not a layer of establishments.</source>
      <translation>The layer '{layer}' has no field 'famille': it is not a layer of establishments.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="429" />
      <source>The GeoPackage {path} has no layer '{layer}'. Layers: {layers}.</source>
      <translation>The GeoPackage {path} has no layer '{layer}'. Layers: {layers}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/thematic.py" line="160" />
      <source>The class limit '{value}' is not a number: give limits like 0,5,10,20.</source>
      <translation>The class limit '{value}' is not a number: give limits like 0,5,10,20.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gis/xlsx.py" line="18" />
      <source>The table file must end in .xlsx (got {name}).</source>
      <translation>The table file must end in .xlsx (got {name}).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="50" />
      <source>Study in a PostgreSQL database</source>
      <translation>Study in a PostgreSQL database</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="59" />
      <source>QGIS connection</source>
      <translation>QGIS connection</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="60" />
      <source>Schema of the study</source>
      <translation>Schema of the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="61" />
      <source>One schema per study: an existing study, or a new name (lower-case letters, digits, _) to create one for the territory chosen in the panel. Passwords stay in QGIS's authentication manager.</source>
      <translation>One schema per study: an existing study, or a new name (lower-case letters, digits, _) to create one for the territory chosen in the panel. Passwords stay in QGIS's authentication manager.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="31" />
      <source>There is no PostgreSQL connection named '{name}' in QGIS: add it in the Data Source Manager (with an authentication configuration).</source>
      <translation>There is no PostgreSQL connection named '{name}' in QGIS: add it in the Data Source Manager (with an authentication configuration).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/database_study.py" line="67" />
      <source>No PostgreSQL connection in QGIS yet: add one in the Data Source Manager.</source>
      <translation>No PostgreSQL connection in QGIS yet: add one in the Data Source Manager.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="233" />
      <source>New study…</source>
      <translation>New study…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="234" />
      <source>Open study…</source>
      <translation>Open study…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="235" />
      <source>Study in a database…</source>
      <translation>Study in a database…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="254" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="366" />
      <source>The current project has unsaved changes. Close it for the study?</source>
      <translation>The current project has unsaved changes. Close it for the study?</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="377" />
      <source>Folder of the new study</source>
      <translation>Folder of the new study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="324" />
      <source>No study open: create one (New study…) or open a study folder.</source>
      <translation>No study open: create one (New study…) or open a study folder.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="375" />
      <source>Tick at least one EPCI for a custom territory.</source>
      <translation>Tick at least one EPCI for a custom territory.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="401" />
      <source>Study folder</source>
      <translation>Study folder</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="504" />
      <source>A step is already running: wait for it or cancel it.</source>
      <translation>A step is already running: wait for it or cancel it.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="513" />
      <source>Done.</source>
      <translation>Done.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="629" />
      <source>Cancelled: nothing was written.</source>
      <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="395" />
      <source>Creating the study</source>
      <translation>Creating the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="412" />
      <source>This study needs files or the network: {problems}</source>
      <translation>This study needs files or the network: {problems}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="543" />
      <source>Unknown algorithm {id}</source>
      <translation>Unknown algorithm {id}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="327" />
      <source>Study: {name}</source>
      <translation>Study: {name}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="618" />
      <source>{step} failed.</source>
      <translation>{step} failed.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="71" />
      <source>8. Offline copy</source>
      <translation>8. Offline copy</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="34" />
      <source>Recorded with the contributions, interviews and recommendations you write (empty: your QGIS user name).</source>
      <translation>Recorded with the contributions, interviews and recommendations you write (empty: your QGIS user name).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="42" />
      <source>Take offline…</source>
      <translation>Take offline…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="43" />
      <source>Write a study folder for a meeting without network: the study's data, its styles and a project.</source>
      <translation>Write a study folder for a meeting without network: the study's data, its styles and a project.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="45" />
      <source>Bring back a copy…</source>
      <translation>Bring back a copy…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="46" />
      <source>Merge the contributions, interviews and recommendations of an offline copy into the study it was taken from.</source>
      <translation>Merge the contributions, interviews and recommendations of an offline copy into the study it was taken from.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="61" />
      <source>Keep the study's version</source>
      <translation>Keep the study's version</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="63" />
      <source>Keep the copy's version</source>
      <translation>Keep the copy's version</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="146" />
      <source>study: deleted</source>
      <translation>study: deleted</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="146" />
      <source>copy: deleted</source>
      <translation>copy: deleted</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="181" />
      <source>Folder of the offline copy (new or empty)</source>
      <translation>Folder of the offline copy (new or empty)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="37" />
      <source>Your name</source>
      <translation>Your name</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="50" />
      <source>Conflicts: rows edited both in a copy and in the study</source>
      <translation>Conflicts: rows edited both in a copy and in the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="165" />
      <source>geometry</source>
      <translation>geometry</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="170" />
      <source>Deleted in the study since the copy, edited in the copy.</source>
      <translation>Deleted in the study since the copy, edited in the copy.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="172" />
      <source>Deleted in the copy, edited in the study since the copy.</source>
      <translation>Deleted in the copy, edited in the study since the copy.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="201" />
      <source>Folder of the offline copy</source>
      <translation>Folder of the offline copy</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="228" />
      <source>Choose a conflict in the list first.</source>
      <translation>Choose a conflict in the list first.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="238" />
      <source>Conflict resolved.</source>
      <translation>Conflict resolved.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="148" />
      <source>study: {who}, {when}</source>
      <translation>study: {who}, {when}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="151" />
      <source>copy: {who}, {when}</source>
      <translation>copy: {who}, {when}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="192" />
      <source>Taking the study offline</source>
      <translation>Taking the study offline</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="219" />
      <source>Bringing the copy back</source>
      <translation>Bringing the copy back</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="240" />
      <source>Resolving the conflict</source>
      <translation>Resolving the conflict</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="107" />
      <source>This study is an offline copy of {source}, taken on {date}. "Bring back" merges it into that study.</source>
      <translation>This study is an offline copy of {source}, taken on {date}. "Bring back" merges it into that study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="166" />
      <source>{field}: study «{study}», copy «{copy}»</source>
      <translation>{field}: study «{study}», copy «{copy}»</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="189" />
      <source>Offline copy written to {folder}: take this folder to the meeting and open its observatoire.qgz; bring it back afterwards.</source>
      <translation>Offline copy written to {folder}: take this folder to the meeting and open its observatoire.qgz; bring it back afterwards.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="211" />
      <source>Brought back: {inserted} rows added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</source>
      <translation>Brought back: {inserted} rows added, {updated} updated, {deleted} deleted, {conflicts} conflicts.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/offline_panel.py" line="216" />
      <source>{n} conflicts to resolve: open the study {study} to choose.</source>
      <translation>{n} conflicts to resolve: open the study {study} to choose.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="35" />
      <source>7. Portrait</source>
      <translation>7. Portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="25" />
      <source>e.g. the regional ESS observatory</source>
      <translation>e.g. the regional ESS observatory</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="26" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="27" />
      <source>Pays or EPCI</source>
      <translation>Pays or EPCI</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="28" />
      <source>Page format</source>
      <translation>Page format</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="31" />
      <source>Write the portrait (PDF)</source>
      <translation>Write the portrait (PDF)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="21" />
      <source>A3 portrait</source>
      <translation>A3 portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="29" />
      <source>Observatory (cover)</source>
      <translation>Observatory (cover)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="30" />
      <source>Logo (optional)</source>
      <translation>Logo (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="71" />
      <source>Compute the indicators first: the portrait needs the study's Pays and EPCI.</source>
      <translation>Compute the indicators first: the portrait needs the study's Pays and EPCI.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="84" />
      <source>Writing the portrait</source>
      <translation>Writing the portrait</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/portrait_panel.py" line="81" />
      <source>Portrait: {pages} pages written to {out}</source>
      <translation>Portrait: {pages} pages written to {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/settings.py" line="108" />
      <source>QGIS's authentication database is not available: credentials cannot be stored. Check Settings &gt; Options &gt; Authentication.</source>
      <translation>QGIS's authentication database is not available: credentials cannot be stored. Check Settings &gt; Options &gt; Authentication.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/settings.py" line="129" />
      <source>The credentials could not be stored in QGIS's authentication database (is its master password set?).</source>
      <translation>The credentials could not be stored in QGIS's authentication database (is its master password set?).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/settings.py" line="146" />
      <source>The credentials {id} are not in QGIS's authentication database.</source>
      <translation>The credentials {id} are not in QGIS's authentication database.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="156" />
      <source>1. Territory</source>
      <translation>1. Territory</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="210" />
      <source>SIRENE files (*.csv *.zip *.parquet)</source>
      <translation>SIRENE files (*.csv *.zip *.parquet)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="267" />
      <source>2. Sources</source>
      <translation>2. Sources</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="370" />
      <source>3. Indicators</source>
      <translation>3. Indicators</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="415" />
      <source>4. Maps</source>
      <translation>4. Maps</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="498" />
      <source>5. Atlas</source>
      <translation>5. Atlas</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="570" />
      <source>6. Workshops</source>
      <translation>6. Workshops</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="135" />
      <source>The three preset Pays</source>
      <translation>The three preset Pays</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="136" />
      <source>Custom set of EPCI…</source>
      <translation>Custom set of EPCI…</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="149" />
      <source>Show the territory</source>
      <translation>Show the territory</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="208" />
      <source>SIRENE stock files</source>
      <translation>SIRENE stock files</translation>
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
      <translation>Optional: StockEtablissementHistorique, for the exact closure dates of the closed establishments (dynamics).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="222" />
      <source>An earlier stock</source>
      <translation>An earlier stock</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="223" />
      <source>Check it to import these files as an earlier stock: the study then measures the change between the two dates; nothing else changes.</source>
      <translation>Check it to import these files as an earlier stock: the study then measures the change between the two dates; nothing else changes.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="226" />
      <source>INSEE's NAF 2025 list (*.csv *.xlsx *.ods)</source>
      <translation>INSEE's NAF 2025 list (*.csv *.xlsx *.ods)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="228" />
      <source>Optional: INSEE's list of NAF 2025 sub-classes. Its labels replace the ones shipped with the plugin in every import, and are kept in the study.</source>
      <translation>Optional: INSEE's list of NAF 2025 sub-classes. Its labels replace the ones shipped with the plugin in every import, and are kept in the study.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="231" />
      <source>Import SIRENE</source>
      <translation>Import SIRENE</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="236" />
      <source>API Recherche d'entreprises</source>
      <translation>API Recherche d'entreprises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="240" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="241" />
      <source>Offline: use the study's cache only, no network call</source>
      <translation>Offline: use the study's cache only, no network call</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="242" />
      <source>Also fetch the finances</source>
      <translation>Also fetch the finances</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="243" />
      <source>Also fetch the finances: published turnover and SIAE status of the study's ESS legal units</source>
      <translation>Also fetch the finances: published turnover and SIAE status of the study's ESS legal units</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="245" />
      <source>API address</source>
      <translation>API address</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="248" />
      <source>Import from the API</source>
      <translation>Import from the API</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="252" />
      <source>Partner lists</source>
      <translation>Partner lists</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="254" />
      <source>Lists (*.csv *.xlsx)</source>
      <translation>Lists (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="256" />
      <source>Import the list</source>
      <translation>Import the list</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="261" />
      <source>Demonstration data</source>
      <translation>Demonstration data</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="262" />
      <source>Demonstration data (fictitious SIRENE stock)</source>
      <translation>Demonstration data (fictitious SIRENE stock)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="363" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="365" />
      <source>Compute the indicators</source>
      <translation>Compute the indicators</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="403" />
      <source>e.g. 0,5,10,20</source>
      <translation>e.g. 0,5,10,20</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="404" />
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="405" />
      <source>Field</source>
      <translation>Field</translation>
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
      <translation>Draw the map</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="485" />
      <source>Also one PDF per page</source>
      <translation>Also one PDF per page</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="487" />
      <source>One page per</source>
      <translation>One page per</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="488" />
      <source>Only the Pays</source>
      <translation>Only the Pays</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="493" />
      <source>Export the atlas (PDF)</source>
      <translation>Export the atlas (PDF)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="524" />
      <source>All the Pays of the study</source>
      <translation>All the Pays of the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="559" />
      <source>Add the workshop layers</source>
      <translation>Add the workshop layers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="561" />
      <source>Draft recommendations</source>
      <translation>Draft recommendations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="562" />
      <source>XLSX (*.xlsx)</source>
      <translation>XLSX (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="563" />
      <source>Export with the indicators (XLSX)</source>
      <translation>Export with the indicators (XLSX)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="130" />
      <source>Territory</source>
      <translation>Territory</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="151" />
      <source>"New study…" creates a folder for this territory.</source>
      <translation>"New study…" creates a folder for this territory.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="216" />
      <source>Geolocalisation (optional)</source>
      <translation>Geolocalisation (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="220" />
      <source>History (optional)</source>
      <translation>History (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="230" />
      <source>NAF 2025 labels (optional)</source>
      <translation>NAF 2025 labels (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="255" />
      <source>List (CSV or XLSX)</source>
      <translation>List (CSV or XLSX)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="301" />
      <source>Choose the StockEtablissement and StockUniteLegale files.</source>
      <translation>Choose the StockEtablissement and StockUniteLegale files.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="327" />
      <source>Choose a partner list (CSV or XLSX).</source>
      <translation>Choose a partner list (CSV or XLSX).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="364" />
      <source>CSV to join by commune code (optional)</source>
      <translation>CSV to join by commune code (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="454" />
      <source>Compute the indicators first: the layer has no field to map.</source>
      <translation>Compute the indicators first: the layer has no field to map.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="492" />
      <source>PNG folder (optional)</source>
      <translation>PNG folder (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="557" />
      <source>Draw contributions on the map (points or areas) and fill in the interviews with their forms.</source>
      <translation>Draw contributions on the map (points or areas) and fill in the interviews with their forms.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="312" />
      <source>Importing SIRENE</source>
      <translation>Importing SIRENE</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="319" />
      <source>Importing from API Recherche d'entreprises</source>
      <translation>Importing from API Recherche d'entreprises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="331" />
      <source>Importing the partner list</source>
      <translation>Importing the partner list</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="356" />
      <source>Generating demonstration data</source>
      <translation>Generating demonstration data</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="384" />
      <source>Computing the indicators</source>
      <translation>Computing the indicators</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="467" />
      <source>Drawing the map</source>
      <translation>Drawing the map</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="549" />
      <source>Exporting the atlas</source>
      <translation>Exporting the atlas</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="578" />
      <source>Adding the workshop layers</source>
      <translation>Adding the workshop layers</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="584" />
      <source>Drafting recommendations</source>
      <translation>Drafting recommendations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="591" />
      <source>Exporting the workshops</source>
      <translation>Exporting the workshops</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="546" />
      <source>{pages} pages written to {out}</source>
      <translation>{pages} pages written to {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/gui/steps.py" line="592" />
      <source>Written to {out}</source>
      <translation>Written to {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/plugin.py" line="17" />
      <source>&amp;ESS Territoires</source>
      <translation>&amp;ESS Territoires</translation>
    </message>
    <message>
      <location filename="../ess_territoires/plugin.py" line="44" />
      <source>Show the ESS Territoires panel</source>
      <translation>Show the ESS Territoires panel</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="37" />
      <source>Print atlas</source>
      <translation>Print atlas</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="44" />
      <source>Exports an atlas of the study to PDF: one page per Pays, per EPCI or per commune, sorted by name, with the theme's map, key figures, families, legend, sources and method. Without a study GeoPackage, the atlas covers the three preset Pays. The layout stays in the project, editable in the layout designer.</source>
      <translation>Exports an atlas of the study to PDF: one page per Pays, per EPCI or per commune, sorted by name, with the theme's map, key figures, families, legend, sources and method. Without a study GeoPackage, the atlas covers the three preset Pays. The layout stays in the project, editable in the layout designer.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="54" />
      <source>Only the Pays (territory id)</source>
      <translation>Only the Pays (territory id)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="60" />
      <source>One PDF per page</source>
      <translation>One PDF per page</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="62" />
      <source>Folder for one PNG per page (optional)</source>
      <translation>Folder for one PNG per page (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="64" />
      <source>Show the workshop contributions and end with the recommendations</source>
      <translation>Show the workshop contributions and end with the recommendations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="67" />
      <source>Families as a bar chart instead of the table</source>
      <translation>Families as a bar chart instead of the table</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="69" />
      <source>Atlas PDF</source>
      <translation>Atlas PDF</translation>
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
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="23" />
      <source>Maps and atlases</source>
      <translation>Maps and atlases</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="53" />
      <source>Study (GeoPackage or postgresql:// URI)</source>
      <translation>Study (GeoPackage or postgresql:// URI)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="72" />
      <source>QGIS project of the study stored in the database</source>
      <translation>QGIS project of the study stored in the database</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="54" />
      <source>GeoPackage (*.gpkg);;All files (*)</source>
      <translation>GeoPackage (*.gpkg);;All files (*)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="139" />
      <source>QGIS project of the study stored in the database: {location}</source>
      <translation>QGIS project of the study stored in the database: {location}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="136" />
      <source>The study was written, but its QGIS project could not be stored in the database: {error}</source>
      <translation>The study was written, but its QGIS project could not be stored in the database: {error}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="24" />
      <source>Add communes from geo.api.gouv.fr</source>
      <translation>Add communes from geo.api.gouv.fr</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="27" />
      <source>Fetches the communes (contour, population, surface, EPCI) of départements or EPCIs from geo.api.gouv.fr and stores them in the study GeoPackage (layer communes_reference_ajoutees, Lambert-93), so that a study can cover communes that the plugin's reference data lacks. Answers are cached in the study; offline mode uses the cache only.</source>
      <translation>Fetches the communes (contour, population, surface, EPCI) of départements or EPCIs from geo.api.gouv.fr and stores them in the study GeoPackage (layer communes_reference_ajoutees, Lambert-93), so that a study can cover communes that the plugin's reference data lacks. Answers are cached in the study; offline mode uses the cache only.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="34" />
      <source>Départements (codes separated by commas, e.g. 59,62)</source>
      <translation>Départements (codes separated by commas, e.g. 59,62)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="36" />
      <source>EPCI (SIREN separated by commas)</source>
      <translation>EPCI (SIREN separated by commas)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="38" />
      <source>geo.api.gouv.fr address (empty: the plugin setting)</source>
      <translation>geo.api.gouv.fr address (empty: the plugin setting)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="40" />
      <source>Offline: use the cache only, no network call</source>
      <translation>Offline: use the cache only, no network call</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="42" />
      <source>Communes stored</source>
      <translation>Communes stored</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/communes_geo_api.py" line="54" />
      <source>{n} communes stored in {out}.</source>
      <translation>{n} communes stored in {out}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="34" />
      <source>Workshop contributions and recommendations</source>
      <translation>Workshop contributions and recommendations</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="37" />
      <source>Adds to a study the layers for the workshops: contributions drawn on the map as points or areas (lever, obstacle, project or need, theme, description, participant, workshop, date), interviews with the ESS establishments and recommendations per Pays, each with a ready form. Existing layers are kept as they are. Optionally drafts one recommendation per Pays, theme and lever or obstacle raised (rows already there are kept), and exports the contributions and recommendations with the indicators as XLSX and CSV.</source>
      <translation>Adds to a study the layers for the workshops: contributions drawn on the map as points or areas (lever, obstacle, project or need, theme, description, participant, workshop, date), interviews with the ESS establishments and recommendations per Pays, each with a ready form. Existing layers are kept as they are. Optionally drafts one recommendation per Pays, theme and lever or obstacle raised (rows already there are kept), and exports the contributions and recommendations with the indicators as XLSX and CSV.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="48" />
      <source>Draft recommendations from the levers and obstacles</source>
      <translation>Draft recommendations from the levers and obstacles</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="53" />
      <source>Export with the indicators (folder of CSV files)</source>
      <translation>Export with the indicators (folder of CSV files)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="55" />
      <source>Study GeoPackage</source>
      <translation>Study GeoPackage</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="56" />
      <source>Recommendations drafted</source>
      <translation>Recommendations drafted</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="72" />
      <source>Layers created: {names}</source>
      <translation>Layers created: {names}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="77" />
      <source>{n} recommendations drafted</source>
      <translation>{n} recommendations drafted</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/contributions.py" line="83" />
      <source>Exported: {tables}</source>
      <translation>Exported: {tables}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="16" />
      <source>Create a study</source>
      <translation>Create a study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="19" />
      <source>Creates a study GeoPackage holding the communes, EPCI and Pays of a territory. Territory: a preset (grand-amienois, grand-beauvaisis, pays-de-thierache), epci:SIREN,…, communes:CODE,… or dep:CODE,…; join several with +.</source>
      <translation>Creates a study GeoPackage holding the communes, EPCI and Pays of a territory. Territory: a preset (grand-amienois, grand-beauvaisis, pays-de-thierache), epci:SIREN,…, communes:CODE,… or dep:CODE,…; join several with +.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="27" />
      <source>Territory id</source>
      <translation>Territory id</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="38" />
      <source>{communes} communes, {epci} EPCI, {pays} Pays written to {out}</source>
      <translation>{communes} communes, {epci} EPCI, {pays} Pays written to {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="31" />
      <source>Take a study offline</source>
      <translation>Take a study offline</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="34" />
      <source>Writes a study folder (GeoPackage and QGIS project, no network needed) from a study in PostGIS or in a GeoPackage, for a meeting. The copy's project is the study's own, with its layouts, map themes and added layers, its study layers reading the copy's GeoPackage; a layer reading another database is left out, and the log says what else needs the network. The copy records where it came from and when, and the state of its workshop rows: contributions, interviews and recommendations captured or edited in it are merged back later by "Bring back an offline copy". The folder must be new or empty.</source>
      <translation>Writes a study folder (GeoPackage and QGIS project, no network needed) from a study in PostGIS or in a GeoPackage, for a meeting. The copy's project is the study's own, with its layouts, map themes and added layers, its study layers reading the copy's GeoPackage; a layer reading another database is left out, and the log says what else needs the network. The copy records where it came from and when, and the state of its workshop rows: contributions, interviews and recommendations captured or edited in it are merged back later by "Bring back an offline copy". The folder must be new or empty.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="18" />
      <source>Author (default: the one set in the panel, else your QGIS user name)</source>
      <translation>Author (default: the one set in the panel, else your QGIS user name)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="47" />
      <source>GeoPackage of the copy</source>
      <translation>GeoPackage of the copy</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="48" />
      <source>Project of the copy</source>
      <translation>Project of the copy</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="49" />
      <source>Workshop rows copied</source>
      <translation>Workshop rows copied</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="50" />
      <source>What the copy's project needs beyond its folder (the network, other files)</source>
      <translation>What the copy's project needs beyond its folder (the network, other files)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="52" />
      <source>Layers of the study's project left out of the copy (they read a database)</source>
      <translation>Layers of the study's project left out of the copy (they read a database)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="81" />
      <source>Offline copy of {study} written to {folder} (workshop rows: {rows}; layouts: {layouts}; map themes: {themes})</source>
      <translation>Offline copy of {study} written to {folder} (workshop rows: {rows}; layouts: {layouts}; map themes: {themes})</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="86" />
      <source>The copy needs more than its folder: {need}</source>
      <translation>The copy needs more than its folder: {need}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/hors_ligne.py" line="88" />
      <source>Left out of the copy (they read a database): {layers}</source>
      <translation>Left out of the copy (they read a database): {layers}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="25" />
      <source>Import from API Recherche d'entreprises</source>
      <translation>Import from API Recherche d'entreprises</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="28" />
      <source>Asks API Recherche d'entreprises (free, no key) for the ESS establishments of the study's communes, applies the ESS perimeter again and adds them to the study GeoPackage as points; an establishment already imported from SIRENE keeps its SIRENE row and is marked as confirmed. Every answer is cached in the study: an interrupted run resumes where it stopped, and offline mode works from the cache without any network call. The per-commune ESS counts are recomputed only when the study has no SIRENE import; the API cannot give the employment of all employers, so the share of employment needs SIRENE. Non-diffusible establishments count in the totals only. With "Finances", it also writes the table finances_unites: the published turnover and net result per year and the SIAE status of the study's ESS legal units, taken from the answers already cached when possible, else asked by SIREN.</source>
      <translation>Asks API Recherche d'entreprises (free, no key) for the ESS establishments of the study's communes, applies the ESS perimeter again and adds them to the study GeoPackage as points; an establishment already imported from SIRENE keeps its SIRENE row and is marked as confirmed. Every answer is cached in the study: an interrupted run resumes where it stopped, and offline mode works from the cache without any network call. The per-commune ESS counts are recomputed only when the study has no SIRENE import; the API cannot give the employment of all employers, so the share of employment needs SIRENE. Non-diffusible establishments count in the totals only. With "Finances", it also writes the table finances_unites: the published turnover and net result per year and the SIAE status of the study's ESS legal units, taken from the answers already cached when possible, else asked by SIREN.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="41" />
      <source>Territory (to create the study when the file does not exist)</source>
      <translation>Territory (to create the study when the file does not exist)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="43" />
      <source>API address (empty: the plugin setting)</source>
      <translation>API address (empty: the plugin setting)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="45" />
      <source>geo.api.gouv.fr address, for communes outside the reference data (empty: the plugin setting)</source>
      <translation>geo.api.gouv.fr address, for communes outside the reference data (empty: the plugin setting)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="50" />
      <source>Finances: also fetch the published turnover and the SIAE status of the study's ESS legal units (table finances_unites)</source>
      <translation>Finances: also fetch the published turnover and the SIAE status of the study's ESS legal units (table finances_unites)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_api.py" line="54" />
      <source>Requests sent</source>
      <translation>Requests sent</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="24" />
      <source>Import a partner list</source>
      <translation>Import a partner list</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="27" />
      <source>Reads a partner list (CSV with any usual separator, UTF-8 or latin-1, or XLSX) holding a SIRET or SIREN column plus any other columns. Each row is matched to the study's establishments; a number not in the study is looked up in API Recherche d'entreprises (a SIREN brings its head office) unless offline, and added with the reason liste_partenaire. The rows and their columns go to the table partenaires, the establishments are flagged partenaire, and the rows that cannot be used go to rejets with the reason.</source>
      <translation>Reads a partner list (CSV with any usual separator, UTF-8 or latin-1, or XLSX) holding a SIRET or SIREN column plus any other columns. Each row is matched to the study's establishments; a number not in the study is looked up in API Recherche d'entreprises (a SIREN brings its head office) unless offline, and added with the reason liste_partenaire. The rows and their columns go to the table partenaires, the establishments are flagged partenaire, and the rows that cannot be used go to rejets with the reason.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="35" />
      <source>Partner list (CSV or XLSX)</source>
      <translation>Partner list (CSV or XLSX)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="39" />
      <source>Offline: no look-up online (cached answers only)</source>
      <translation>Offline: no look-up online (cached answers only)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="41" />
      <source>Rows already in the study</source>
      <translation>Rows already in the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="42" />
      <source>Establishments added</source>
      <translation>Establishments added</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_partenaires.py" line="43" />
      <source>Rows set aside</source>
      <translation>Rows set aside</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="31" />
      <source>Import SIRENE stock files</source>
      <translation>Import SIRENE stock files</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="34" />
      <source>Reads INSEE's StockEtablissement and StockUniteLegale files (CSV, the published zip or Parquet) for the communes of the study, keeps the ESS establishments according to the perimeter, estimates their jobs from the size bands and writes the points, the aggregates per commune and the rejected rows into the study GeoPackage. Non-diffusible establishments count in the aggregates only. Closed establishments are always read for the dynamics (creations and closures per year, ages); StockEtablissementHistorique gives their exact closure dates. An earlier stock, imported as such, is kept beside the current one for the change between the two dates.</source>
      <translation>Reads INSEE's StockEtablissement and StockUniteLegale files (CSV, the published zip or Parquet) for the communes of the study, keeps the ESS establishments according to the perimeter, estimates their jobs from the size bands and writes the points, the aggregates per commune and the rejected rows into the study GeoPackage. Non-diffusible establishments count in the aggregates only. Closed establishments are always read for the dynamics (creations and closures per year, ages); StockEtablissementHistorique gives their exact closure dates. An earlier stock, imported as such, is kept beside the current one for the change between the two dates.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="45" />
      <source>StockEtablissement file (csv, zip or parquet)</source>
      <translation>StockEtablissement file (csv, zip or parquet)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="47" />
      <source>StockUniteLegale file (csv, zip or parquet)</source>
      <translation>StockUniteLegale file (csv, zip or parquet)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="49" />
      <source>Geolocalisation file (optional)</source>
      <translation>Geolocalisation file (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="51" />
      <source>Keep closed establishments</source>
      <translation>Keep closed establishments</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="53" />
      <source>Edited ESS perimeter (CSV, optional)</source>
      <translation>Edited ESS perimeter (CSV, optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="55" />
      <source>INSEE's list of NAF 2025 sub-classes (CSV, XLSX or ODS, optional; default: the plugin setting, then the study's labels)</source>
      <translation>INSEE's list of NAF 2025 sub-classes (CSV, XLSX or ODS, optional; default: the plugin setting, then the study's labels)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="61" />
      <source>StockEtablissementHistorique file, for exact closure dates (optional)</source>
      <translation>StockEtablissementHistorique file, for exact closure dates (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="64" />
      <source>Date of the stock, YYYY-MM-DD (default: the latest processing date of its rows)</source>
      <translation>Date of the stock, YYYY-MM-DD (default: the latest processing date of its rows)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="67" />
      <source>These files are an earlier stock, kept beside the current one</source>
      <translation>These files are an earlier stock, kept beside the current one</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="92" />
      <source>{ess} ESS establishments, {rejets} rows set aside; perimeter {version}; engine {engine}; {seconds} s.</source>
      <translation>{ess} ESS establishments, {rejets} rows set aside; perimeter {version}; engine {engine}; {seconds} s.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/import_sirene.py" line="97" />
      <source>Stock dated {date}; {closed} closed establishments read for the dynamics ({exact} closure dates from the history file).</source>
      <translation>Stock dated {date}; {closed} closed establishments read for the dynamics ({exact} closure dates from the history file).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="33" />
      <source>Computes the ESS indicators of a study per commune, EPCI and Pays (establishments per family, size and sector, estimated jobs from the SIRENE size bands, share of employment, per 10,000 inhabitants and per km², communes without ESS, distance to the nearest ESS establishment), the key figures with the value of their Pays and of the reference area (the départements of the reference data), and, when the API import fetched the finances, the published turnover of the ESS legal units at their head office and the SIAE establishments. Optionally joins a CSV keyed by commune code and writes a comparison table of the territories as CSV and XLSX.</source>
      <translation>Computes the ESS indicators of a study per commune, EPCI and Pays (establishments per family, size and sector, estimated jobs from the SIRENE size bands, share of employment, per 10,000 inhabitants and per km², communes without ESS, distance to the nearest ESS establishment), the key figures with the value of their Pays and of the reference area (the départements of the reference data), and, when the API import fetched the finances, the published turnover of the ESS legal units at their head office and the SIAE establishments. Optionally joins a CSV keyed by commune code and writes a comparison table of the territories as CSV and XLSX.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="45" />
      <source>CSV to join, keyed by commune code</source>
      <translation>CSV to join, keyed by commune code</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="47" />
      <source>Commune code column of the CSV (found by name when empty)</source>
      <translation>Commune code column of the CSV (found by name when empty)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="49" />
      <source>Comparison table (CSV)</source>
      <translation>Comparison table (CSV)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="52" />
      <source>Comparison table (XLSX)</source>
      <translation>Comparison table (XLSX)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/indicateurs.py" line="68" />
      <source>{communes} communes, {epci} EPCI and {pays} Pays written to {path}</source>
      <translation>{communes} communes, {epci} EPCI and {pays} Pays written to {path}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="38" />
      <source>Portrait of a territory (PDF)</source>
      <translation>Portrait of a territory (PDF)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="45" />
      <source>Writes the portrait of a Pays or an EPCI of the study: cover, key figures against the Pays and the reference area, inventory (families, sectors, sizes), employment, territorial coverage, dynamics and economic weight, the EPCIs ranked, two maps, the workshops and the method. Each section opens with a paragraph written from the study's figures, in the language of QGIS. The portrait stays in the project as a layout, editable in the layout designer.</source>
      <translation>Writes the portrait of a Pays or an EPCI of the study: cover, key figures against the Pays and the reference area, inventory (families, sectors, sizes), employment, territorial coverage, dynamics and economic weight, the EPCIs ranked, two maps, the workshops and the method. Each section opens with a paragraph written from the study's figures, in the language of QGIS. The portrait stays in the project as a layout, editable in the layout designer.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="54" />
      <source>Territory: a code_pays or a code_epci of the study</source>
      <translation>Territory: a code_pays or a code_epci of the study</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="58" />
      <source>Logo for the cover (optional)</source>
      <translation>Logo for the cover (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="61" />
      <source>Observatory named on the cover (optional)</source>
      <translation>Observatory named on the cover (optional)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="63" />
      <source>Portrait PDF</source>
      <translation>Portrait PDF</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="65" />
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/portrait.py" line="83" />
      <source>Portrait of {territory}: {pages} pages written to {out}</source>
      <translation>Portrait of {territory}: {pages} pages written to {out}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="22" />
      <source>Bring back an offline copy</source>
      <translation>Bring back an offline copy</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="25" />
      <source>Merges the contributions, interviews and recommendations captured or edited in an offline copy (made by "Take a study offline") into the study it was taken from: new rows are added, rows edited only in the copy replace the study's, rows edited only in the study are kept, rows deleted in the copy are deleted unless the study edited them since. A row edited on both sides is a conflict: both versions are kept in the table conflits, for you to choose in the panel. All or nothing; bringing the same copy back again changes nothing.</source>
      <translation>Merges the contributions, interviews and recommendations captured or edited in an offline copy (made by "Take a study offline") into the study it was taken from: new rows are added, rows edited only in the copy replace the study's, rows edited only in the study are kept, rows deleted in the copy are deleted unless the study edited them since. A row edited on both sides is a conflict: both versions are kept in the table conflits, for you to choose in the panel. All or nothing; bringing the same copy back again changes nothing.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="38" />
      <source>Rows added</source>
      <translation>Rows added</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="38" />
      <source>Rows updated</source>
      <translation>Rows updated</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="39" />
      <source>Rows deleted</source>
      <translation>Rows deleted</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="39" />
      <source>Conflicts</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="51" />
      <source>Brought back into {study}: {inserted} rows added, {updated} updated, {deleted} deleted, {conflicts} conflicts, {unchanged} unchanged.</source>
      <translation>Brought back into {study}: {inserted} rows added, {updated} updated, {deleted} deleted, {conflicts} conflicts, {unchanged} unchanged.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/retour.py" line="56" />
      <source>{n} rows were edited both in the copy and in the study: choose a version of each in the panel (Offline copy, conflicts).</source>
      <translation>{n} rows were edited both in the copy and in the study: choose a version of each in the panel (Offline copy, conflicts).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="43" />
      <source>Style a thematic map</source>
      <translation>Style a thematic map</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="46" />
      <source>Draws a field of a study layer and saves the style as the layer's default style in the GeoPackage. Ratios are choropleths (Jenks, quantiles, equal intervals, standard deviation or manual limits such as 0,5,10,20) with a colour-blind-safe palette; stocks (counts, jobs) are proportional circles on the layer's point companion. Drawing a stock as a choropleth needs the option 'Draw a stock as a choropleth anyway'.</source>
      <translation>Draws a field of a study layer and saves the style as the layer's default style in the GeoPackage. Ratios are choropleths (Jenks, quantiles, equal intervals, standard deviation or manual limits such as 0,5,10,20) with a colour-blind-safe palette; stocks (counts, jobs) are proportional circles on the layer's point companion. Drawing a stock as a choropleth needs the option 'Draw a stock as a choropleth anyway'.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="62" />
      <source>Number of classes</source>
      <translation>Number of classes</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="65" />
      <source>Manual class limits (comma-separated)</source>
      <translation>Manual class limits (comma-separated)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="67" />
      <source>Draw a stock as a choropleth anyway</source>
      <translation>Draw a stock as a choropleth anyway</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="68" />
      <source>Layer styled</source>
      <translation>Layer styled</translation>
    </message>
    <message>
      <location filename="../ess_territoires/processing/style.py" line="84" />
      <source>Default style of '{layer}' saved in {path}</source>
      <translation>Default style of '{layer}' saved in {path}</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/cache.py" line="129" />
      <source>The cache file {path} cannot be used ({error}). Choose another file or delete this one.</source>
      <translation>The cache file {path} cannot be used ({error}). Choose another file or delete this one.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="43" />
      <source>The département {code} does not exist. Use an INSEE code such as 80, 2A or 971.</source>
      <translation>The département {code} does not exist. Use an INSEE code such as 80, 2A or 971.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="51" />
      <source>The EPCI {code} does not exist. Use the 9-digit SIREN of the EPCI.</source>
      <translation>The EPCI {code} does not exist. Use the 9-digit SIREN of the EPCI.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="132" />
      <source>The answer of {url} does not look like geo.api.gouv.fr. Check the address setting (--geo-url).</source>
      <translation>The answer of {url} does not look like geo.api.gouv.fr. Check the address setting (--geo-url).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="277" />
      <source>{url} does not exist (404: {message}). Check the code that was asked.</source>
      <translation>{url} does not exist (404: {message}). Check the code that was asked.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="173" />
      <source>Offline mode: the answer to {url} is not in the cache. Run this step once with network access (offline mode off) to fill the cache, then work offline.</source>
      <translation>Offline mode: the answer to {url} is not in the cache. Run this step once with network access (offline mode off) to fill the cache, then work offline.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="258" />
      <source>{url} refused the request ({status}: {message}). Check the parameters (codes of communes, EPCIs, SIRET).</source>
      <translation>{url} refused the request ({status}: {message}). Check the parameters (codes of communes, EPCIs, SIRET).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="285" />
      <source>The answer of {url} is not valid JSON ({error}). The service or a proxy may be failing: try again later.</source>
      <translation>The answer of {url} is not valid JSON ({error}). The service or a proxy may be failing: try again later.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="231" />
      <source>The request to {url} failed: {error}. Check the address and the proxy settings.</source>
      <translation>The request to {url} failed: {error}. Check the address and the proxy settings.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="239" />
      <source>{url} keeps answering 429 Too Many Requests. Wait a few minutes and run again: what was already fetched is cached.</source>
      <translation>{url} keeps answering 429 Too Many Requests. Wait a few minutes and run again: what was already fetched is cached.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="250" />
      <source>{url} answered with the server error {status} {n} times. The service may be down: try again later.</source>
      <translation>{url} answered with the server error {status} {n} times. The service may be down: try again later.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="223" />
      <source>Cannot reach {url} after {n} attempts ({error}). Check the network connection and the proxy settings of QGIS, or work offline from the cache.</source>
      <translation>Cannot reach {url} after {n} attempts ({error}). Check the network connection and the proxy settings of QGIS, or work offline from the cache.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="216" />
      <source>Some queries return more results than API Recherche d'entreprises lets us page through, even split: {queries}. The result is incomplete: use the SIRENE stock files for this territory.</source>
      <translation>Some queries return more results than API Recherche d'entreprises lets us page through, even split: {queries}. The result is incomplete: use the SIRENE stock files for this territory.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="501" />
      <source>The answer of {url} does not look like API Recherche d'entreprises (no results or total_results). Check the API address setting (--api-url).</source>
      <translation>The answer of {url} does not look like API Recherche d'entreprises (no results or total_results). Check the API address setting (--api-url).</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="395" />
      <source>{query} ({total} results)</source>
      <translation>{query} ({total} results)</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="372" />
      <source>EPCI {code}: {total} results, queried commune by commune.</source>
      <translation>EPCI {code}: {total} results, queried commune by commune.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="383" />
      <source>{query}: {total} results, split by {param}.</source>
      <translation>{query}: {total} results, split by {param}.</translation>
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="392" />
      <source>{query} ({total} results, {parts} found when split by {param})</source>
      <translation>{query} ({total} results, {parts} found when split by {param})</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>EssTerritoires</name>
    <message>
      <location filename="../ess_territoires/cli.py" line="90" />
      <source>ESS Territoires: inventory, measure and map the social and solidarity economy of a territory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="94" />
      <source>List the preset territories.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="97" />
      <source>Create a study GeoPackage for a territory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="99" />
      <source>Territory id: preset, epci:SIREN,…, communes:CODE,…, dep:CODE,…; join with +.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="100" />
      <source>Study GeoPackage to write (.gpkg).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="103" />
      <source>Export a print atlas to PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="104" />
      <source>Study GeoPackage (default: the three preset Pays).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="106" />
      <source>One page per Pays, EPCI or commune.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="107" />
      <source>Only the features of this Pays of the study.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="108" />
      <source>Page format.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="109" />
      <source>PDF file to write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="112" />
      <source>Run the whole chain on demonstration data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="113" />
      <source>Folder to write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/cli.py" line="124" />
      <source>Error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="121" />
      <source>perimeter file {name}, line {line}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="105" />
      <source>The perimeter file {name} is empty. Start from a copy of the default perimeter (resources/perimetre_ess.csv).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="112" />
      <source>The perimeter file {name} lacks the column {col}. Its first row must be: {cols}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="148" />
      <source>The perimeter file {name} has no version row. Add a row 'version,&lt;your version name&gt;' so that every output says which perimeter it used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="152" />
      <source>The perimeter file {name} names no legal category and no SIRENE indicator: nothing would be ESS. Add categorie_juridique rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="160" />
      <source>In the {where}: {code} is not a legal category code (4 digits, like 9220). Correct it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="168" />
      <source>In the {where}: the family {famille} is unknown. Use one of: {familles}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="96" />
      <source>The perimeter file {name} cannot be read ({error}). Check the path, or leave the option empty to use the default perimeter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="127" />
      <source>In the {where}: the range {a}-{b} ends before it starts. Swap the two codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="132" />
      <source>In the {where}: the column valeur is empty. Write the value of economieSocialeSolidaireUniteLegale to match, e.g. O.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="145" />
      <source>In the {where}: the rule {rule} is unknown. Use one of: {rules}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/perimeter.py" line="142" />
      <source>In the {where}: {code} is not a NAF code (like 94.11Z) nor a division (like 84). Correct it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/progress.py" line="35" />
      <source>Cancelled by the user: nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/reference.py" line="16" />
      <source>The reference data {path} is missing. Build it with 'make data' or reinstall the plugin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="154" />
      <source>The territory has no commune. Choose a territory (preset, EPCIs, communes or départements) before importing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="212" />
      <source>Commune code without its leading zero: restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="220" />
      <source>Duplicated SIRET: the first row was kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="226" />
      <source>Unknown size band: counted as a missing band (no jobs).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="240" />
      <source>Legal unit not found in the StockUniteLegale file: establishment left out of the ESS count (still counted in employment).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="290" />
      <source>Coordinates outside France: the establishment is placed in its commune.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="142" />
      <source>{n} ESS establishments found ({p} non-diffusible, counted in the totals only) among {t} establishments of the territory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="158" />
      <source>These commune codes are not 5-character INSEE codes: {codes}. Write them as text with their leading zero (02691, not 2691).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene.py" line="175" />
      <source>The file {name} holds a header but no rows. Download it again from data.gouv.fr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="82" />
      <source>The pyarrow engine was asked for but pyarrow cannot be imported. Install pyarrow or use the pandas engine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="280" />
      <source>The file {name} mixes text encodings (it is not valid {encoding}). Save it again as UTF-8 CSV; nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="80" />
      <source>The engine {engine} is unknown. Use pyarrow or pandas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="93" />
      <source>The {label} file {path} does not exist. Check the path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="97" />
      <source>The {label} file {name} is empty (0 bytes). Download it again from data.gouv.fr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="139" />
      <source>The zip file {name} should hold exactly one CSV file ({label}); it holds {n}. Give the zip published by INSEE or the CSV itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="166" />
      <source>The {label} file {name} is empty. Download it again from data.gouv.fr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="200" />
      <source>The file {name} lacks the column {col}, required in a {label} file. Give the {label} file as published by INSEE (comma- or semicolon-separated, header row kept).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="120" />
      <source>{name} is a Parquet file, which needs pyarrow, not installed here. Use the CSV or zip file published by INSEE instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="125" />
      <source>The Parquet file {name} cannot be read ({error}). It is damaged or truncated: download it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="136" />
      <source>The zip file {name} is damaged or truncated ({error}). Download it again from data.gouv.fr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="160" />
      <source>The file {name} is damaged or truncated ({error}). Download it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="179" />
      <source>The file {name} is neither UTF-8 nor Windows-1252 text. Save it as UTF-8 CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="265" />
      <source>The file {name} is damaged or truncated ({error}). Download it again; nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="195" />
      <source>The file {name} given as {label} is a {other} file: the two files look swapped. Give each file in its own place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/sirene_read.py" line="272" />
      <source>The file {name} cannot be read as a {label} file ({error}). It may be damaged, truncated or not a SIRENE stock file; nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="155" />
      <source>Nothing to generate: ask for at least one establishment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="185" />
      <source>The communes table lacks the column {col}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/synthetic.py" line="193" />
      <source>No commune in the départements {deps}. Check the codes (e.g. 02,60,80).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="97" />
      <source>No territory given: pass a preset id such as grand-amienois.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="101" />
      <source>The parts of territory '{id}' overlap (communes {codes}): give each commune to one part only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="76" />
      <source>Custom territory ({n} EPCI)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="92" />
      <source>Territory '{id}': unknown codes {codes} in the reference data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="81" />
      <source>Custom territory ({n} communes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="86" />
      <source>Département {codes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/core/territories.py" line="89" />
      <source>Unknown territory '{id}'. Use a preset ({known}), epci:SIREN,…, communes:CODE,… or dep:CODE,…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/demo.py" line="21" />
      <source>ESS observatory — demonstration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/demo.py" line="22" />
      <source>Demo written to {out}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="26" />
      <source>Pays</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="26" />
      <source>EPCI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="26" />
      <source>Communes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="109" />
      <source>Legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="121" />
      <source>Page [% @atlas_featurenumber %] / [% @atlas_totalfeatures %]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="35" />
      <source>Sources: IGN and INSEE communes and population ({reference}, built {built}). Map: ESS Territoires, {today}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="153" />
      <source>The atlas covers no feature: check the territory and the coverage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/atlas.py" line="167" />
      <source>The atlas could not be exported to {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/layers.py" line="20" />
      <source>The layer '{name}' cannot be read from {path}: is this a study GeoPackage? Create the study first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/project.py" line="21" />
      <source>The project {path} could not be written: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="81" />
      <source>Communes of the study</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="82" />
      <source>EPCI of the study</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="83" />
      <source>Pays of the study</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="114" />
      <source>Runs that produced the tables of this study</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="126" />
      <source>Study settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="44" />
      <source>{n} communes of this territory have no contour in the reference data (départements {deps}). Add these départements with 'make data DEPARTEMENTS=…' or from geo.api.gouv.fr, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gis/study.py" line="122" />
      <source>The study file must end in .gpkg (got {name}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="38" />
      <source>ESS Territoires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="47" />
      <source>Custom set of EPCI…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="58" />
      <source>Show the territory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="42" />
      <source>Territory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/gui/dock.py" line="86" />
      <source>Tick at least one EPCI for a custom territory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/plugin.py" line="17" />
      <source>&amp;ESS Territoires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/plugin.py" line="42" />
      <source>Show the ESS Territoires panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="28" />
      <source>Print atlas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="31" />
      <source>Maps and atlases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="41" />
      <source>Exports an atlas of the study to PDF: one page per Pays, per EPCI or per commune, sorted by name. Without a study GeoPackage, the atlas covers the three preset Pays.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="46" />
      <source>Study GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="48" />
      <source>One page per</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="50" />
      <source>Only the Pays (territory id)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="52" />
      <source>Page format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="54" />
      <source>Atlas PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="55" />
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="76" />
      <source>EPCI and communes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="78" />
      <source>{pages} pages written to {out}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/atlas.py" line="73" />
      <source>ESS atlas — {coverage}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/base.py" line="18" />
      <source>Study</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="18" />
      <source>Create a study</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="21" />
      <source>Creates a study GeoPackage holding the communes, EPCI and Pays of a territory. Territory: a preset (grand-amienois, grand-beauvaisis, pays-de-thierache), epci:SIREN,…, communes:CODE,… or dep:CODE,…; join several with +.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="30" />
      <source>Territory id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/processing/etude.py" line="36" />
      <source>{communes} communes, {epci} EPCI, {pays} Pays written to {out}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/cache.py" line="129" />
      <source>The cache file {path} cannot be used ({error}). Choose another file or delete this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="41" />
      <source>The département {code} does not exist. Use an INSEE code such as 80, 2A or 971.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="49" />
      <source>The EPCI {code} does not exist. Use the 9-digit SIREN of the EPCI.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/geo_api.py" line="130" />
      <source>The answer of {url} does not look like geo.api.gouv.fr. Check the address setting (--geo-url).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="252" />
      <source>{url} does not exist (404: {message}). Check the code that was asked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="157" />
      <source>Offline mode: the answer to {url} is not in the cache. Run this step once with network access (offline mode off) to fill the cache, then work offline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="233" />
      <source>{url} refused the request ({status}: {message}). Check the parameters (codes of communes, EPCIs, SIRET).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="260" />
      <source>The answer of {url} is not valid JSON ({error}). The service or a proxy may be failing: try again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="206" />
      <source>The request to {url} failed: {error}. Check the address and the proxy settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="214" />
      <source>{url} keeps answering 429 Too Many Requests. Wait a few minutes and run again: what was already fetched is cached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="225" />
      <source>{url} answered with the server error {status} {n} times. The service may be down: try again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/http.py" line="198" />
      <source>Cannot reach {url} after {n} attempts ({error}). Check the network connection and the proxy settings of QGIS, or work offline from the cache.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="152" />
      <source>Some queries return more results than API Recherche d'entreprises lets us page through, even split: {queries}. The result is incomplete: use the SIRENE stock files for this territory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="370" />
      <source>The answer of {url} does not look like API Recherche d'entreprises (no results or total_results). Check the API address setting (--api-url).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="232" />
      <source>{query} ({total} results)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="209" />
      <source>EPCI {code}: {total} results, queried commune by commune.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="220" />
      <source>{query}: {total} results, split by {param}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ess_territoires/sources/recherche_entreprises.py" line="229" />
      <source>{query} ({total} results, {parts} found when split by {param})</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>

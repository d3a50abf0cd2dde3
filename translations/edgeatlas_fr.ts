<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ea::AboutDialog</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="33"/>
        <source>licence: %1</source>
        <translation>licence : %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="35"/>
        <source>as of %1</source>
        <translation>à jour au %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="46"/>
        <source>&lt;h2&gt;EdgeAtlas %1&lt;/h2&gt;&lt;p&gt;Latency–cost planning of AI inference deployments.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EdgeAtlas %1&lt;/h2&gt;&lt;p&gt;Planification latence–coût des déploiements d&apos;inférence IA.&lt;/p&gt;&lt;p&gt;Distribué sous la licence GNU General Public License, version 3 ou ultérieure. Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="50"/>
        <source>&lt;h3&gt;Data credits&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Crédits des données&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="51"/>
        <source>GeoNames (cities and populations)</source>
        <translation>GeoNames (villes et populations)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="53"/>
        <source>Natural Earth (map data)</source>
        <translation>Natural Earth (données cartographiques)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="53"/>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="56"/>
        <source>Inter-region latency measurements by WonderProxy, Google Cloud and AWS were used only to calibrate the latency model; only the fitted parameters ship with EdgeAtlas.</source>
        <translation>Les mesures de latence inter-régions de WonderProxy, Google Cloud et AWS ont servi uniquement à calibrer le modèle de latence ; seuls les paramètres ajustés sont fournis avec EdgeAtlas.</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="61"/>
        <source>Published serving results (NVIDIA TensorRT-LLM performance overview, NVIDIA NIM benchmarks, a vLLM sweep) were used only to fit the compute model; only the fitted parameters ship.</source>
        <translation>Des résultats de service publiés (vue d&apos;ensemble des performances de NVIDIA TensorRT-LLM, bancs d&apos;essai NVIDIA NIM, un balayage vLLM) n&apos;ont servi qu&apos;à ajuster le modèle de calcul ; seuls les paramètres ajustés sont livrés.</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="64"/>
        <source>M-Lab NDT per-country medians (the users&apos; last mile)</source>
        <translation>Médianes par pays de M-Lab NDT (le dernier kilomètre des utilisateurs)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="72"/>
        <source>&lt;h3&gt;Model accuracy&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Précision des modèles&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="76"/>
        <source>Network RTT: %1 median and %2 P90 absolute error on measured pairs it was not fitted on (%3 pairs, fitted %4).</source>
        <translation>RTT réseau : erreur absolue médiane de %1 et P90 de %2 sur des paires mesurées qui n&apos;ont pas servi à l&apos;ajustement (%3 paires, ajusté le %4).</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="83"/>
        <source>Network RTT on paths under %1 (where edge sites serve their users): %2 median and %3 P90 absolute error with whole cities held out of the fit.</source>
        <translation>RTT réseau sur les trajets de moins de %1 (là où les sites edge servent leurs utilisateurs) : erreur absolue médiane de %2 et P90 de %3, des villes entières étant tenues à l’écart de l’ajustement.</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="88"/>
        <source>Compute: saturation throughput within %1 and time per output token at concurrency 1 within %2 (median, each model family predicted by a fit without it; %3 published results, fitted %4).</source>
        <translation>Calcul : débit à saturation à %1 près et temps par jeton de sortie à la concurrence 1 à %2 près (médiane, chaque famille de modèles prédite par un ajustement qui l&apos;exclut ; %3 résultats publiés, ajusté le %4).</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="96"/>
        <source>Last mile: the fixed-broadband access of a country with an M-Lab server of its own is its measured median less the modeled network part; elsewhere a zone&apos;s median; mobile and enterprise access are estimates (see the README).</source>
        <translation>Dernier kilomètre : l&apos;accès fixe d&apos;un pays doté de son propre serveur M-Lab est sa médiane mesurée moins la part réseau modélisée ; ailleurs, la médiane de sa zone ; les accès mobile et entreprise sont des estimations (voir le README).</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="102"/>
        <source>&lt;h3&gt;Sources of the scenario “%1”&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Sources du scénario “%1”&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="112"/>
        <source>About EdgeAtlas</source>
        <translation>À propos d&apos;EdgeAtlas</translation>
    </message>
</context>
<context>
    <name>ea::AccessProfile</name>
    <message>
        <location filename="../engine/model/scenario.cpp" line="42"/>
        <source>Fixed broadband</source>
        <comment>access profile</comment>
        <translation>Haut débit fixe</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="44"/>
        <source>Mobile network</source>
        <comment>access profile</comment>
        <translation>Réseau mobile</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="46"/>
        <source>Enterprise LAN / private 5G</source>
        <comment>access profile</comment>
        <translation>LAN d’entreprise / 5G privée</translation>
    </message>
</context>
<context>
    <name>ea::AlarmGroups</name>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="125"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — compute-bound: the server&apos;s time alone is over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n nœud du niveau %1 manque l&apos;objectif %3 de %2 (pire %4) — limité par le calcul : le temps du serveur seul dépasse le budget ; voir Planification → Budget</numerusform>
            <numerusform>%n nœuds du niveau %1 manquent l&apos;objectif %3 de %2 (pire %4) — limité par le calcul : le temps du serveur seul dépasse le budget ; voir Planification → Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="131"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — network-bound: the round trip alone is over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n nœud du niveau %1 manque l&apos;objectif %3 de %2 (pire %4) — limité par le réseau : l&apos;aller-retour seul dépasse le budget ; voir Planification → Budget</numerusform>
            <numerusform>%n nœuds du niveau %1 manquent l&apos;objectif %3 de %2 (pire %4) — limité par le réseau : l&apos;aller-retour seul dépasse le budget ; voir Planification → Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="137"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — the round trip and the server&apos;s time together are over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n nœud du niveau %1 manque l&apos;objectif %3 de %2 (pire %4) — l&apos;aller-retour et le temps du serveur ensemble dépassent le budget ; voir Planification → Budget</numerusform>
            <numerusform>%n nœuds du niveau %1 manquent l&apos;objectif %3 de %2 (pire %4) — l&apos;aller-retour et le temps du serveur ensemble dépassent le budget ; voir Planification → Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="145"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4)</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n nœud du niveau %1 manque l&apos;objectif %3 de %2 (pire %4)</numerusform>
            <numerusform>%n nœuds du niveau %1 manquent l&apos;objectif %3 de %2 (pire %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="151"/>
        <source>%n node(s) in the %1 tier answer slower than the model predicts (median RTT up to %2); Calibrate Model fits it to what was measured</source>
        <translation>
            <numerusform>%n nœud du niveau %1 répond plus lentement que ne le prévoit le modèle (RTT médian jusqu&apos;à %2) ; Calibrer le modèle l&apos;ajuste aux mesures</numerusform>
            <numerusform>%n nœuds du niveau %1 répondent plus lentement que ne le prévoit le modèle (RTT médian jusqu&apos;à %2) ; Calibrer le modèle l&apos;ajuste aux mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="155"/>
        <source>%n node(s) in the %1 tier answer faster than the model predicts (median RTT down to %2); Calibrate Model fits it to what was measured</source>
        <translation>
            <numerusform>%n nœud du niveau %1 répond plus vite que ne le prévoit le modèle (RTT médian jusqu&apos;à %2) ; Calibrer le modèle l&apos;ajuste aux mesures</numerusform>
            <numerusform>%n nœuds du niveau %1 répondent plus vite que ne le prévoit le modèle (RTT médian jusqu&apos;à %2) ; Calibrer le modèle l&apos;ajuste aux mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="161"/>
        <source>%n target(s) failing: %1</source>
        <extracomment>%n probed endpoints, %1 how their probes fail (a probe state such as &quot;Connection refused&quot;)</extracomment>
        <translation>
            <numerusform>%n cible en échec : %1</numerusform>
            <numerusform>%n cibles en échec : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::AlarmModel</name>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="67"/>
        <source>SLO breach</source>
        <translation>Violation du SLO</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="69"/>
        <source>Outside prediction band</source>
        <translation>Hors de la bande de prédiction</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="71"/>
        <source>Fault</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="75"/>
        <source>Recovered</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="130"/>
        <source>Time</source>
        <extracomment>Column header: when the alarm was raised</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="133"/>
        <source>Target</source>
        <extracomment>Column header: the probed endpoint the alarm is about</extracomment>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="136"/>
        <source>Kind</source>
        <extracomment>Column header: the kind of alarm (SLO breach, fault, …)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="138"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ea::AlarmRules</name>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="38"/>
        <source>%1: %2</source>
        <extracomment>Alarm message: a probe state, then its error text (or the URL)</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="41"/>
        <source>Answers again (was: %1)</source>
        <translation>Répond à nouveau (était : %1)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="62"/>
        <source>Measured RTT p50 %1 is outside the model&apos;s band %2 – %3 (model %4)</source>
        <translation>Le RTT p50 mesuré %1 est hors de la bande du modèle %2 – %3 (modèle %4)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="69"/>
        <source>Measured RTT p50 %1 is back within the model&apos;s band</source>
        <translation>Le RTT p50 mesuré %1 est revenu dans la bande du modèle</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="80"/>
        <source>TTFT measured %1 misses %2 (%3)</source>
        <translation>Le TTFT mesuré %1 ne respecte pas %2 (%3)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="81"/>
        <source>End-to-end estimate measured %1 misses %2 (%3)</source>
        <translation>L&apos;estimation de bout en bout mesurée %1 ne respecte pas %2 (%3)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="86"/>
        <source>Meets %1 again (%2)</source>
        <translation>Respecte à nouveau %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ea::AlarmSummaryModel</name>
    <message numerus="yes">
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="75"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="96"/>
        <source>Kind</source>
        <extracomment>Column header: the kind of alarm (SLO breach, fault, …)</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="99"/>
        <source>Since</source>
        <extracomment>Column header: when the earliest alarm of the group was raised</extracomment>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="101"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>ea::Autosaver</name>
    <message>
        <location filename="../app/autosave.cpp" line="166"/>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Impossible de créer le dossier de récupération %1.</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="172"/>
        <source>Cannot lock the recovery file %1.</source>
        <translation>Impossible de verrouiller le fichier de récupération %1.</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="180"/>
        <location filename="../app/autosave.cpp" line="187"/>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de récupération %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="289"/>
        <source>Writing the recovery file</source>
        <translation>Écriture du fichier de récupération</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="318"/>
        <source>Removing the recovery file</source>
        <translation>Suppression du fichier de récupération</translation>
    </message>
</context>
<context>
    <name>ea::BadDayDocks</name>
    <message>
        <location filename="../app/baddaydocks.cpp" line="20"/>
        <source>What-If Conditions</source>
        <translation>Conditions de simulation</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="21"/>
        <source>Resilience (N+1)</source>
        <translation>Résilience (N+1)</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="41"/>
        <source>&amp;What-If Conditions</source>
        <translation>Conditions de &amp;simulation</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="43"/>
        <source>Sites down, demand surges, price changes and latency penalties, and the plan before → after them</source>
        <translation>Sites en panne, pics de demande, changements de prix et pénalités de latence, et le plan avant → après</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="45"/>
        <source>Show the what-if conditions (Ctrl+Shift+W)</source>
        <translation>Afficher les conditions de simulation (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="47"/>
        <source>Check &amp;Resilience…</source>
        <translation>Vérifier la &amp;résilience…</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="50"/>
        <source>Evaluate the plan under every single site failure and list, worst first, the failures that break an SLO</source>
        <translation>Évaluer le plan sous chaque panne d’un seul site et lister, la pire d’abord, les pannes qui rompent un SLO</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="52"/>
        <source>Check the plan against every single failure (Ctrl+Shift+N)</source>
        <translation>Vérifier le plan face à chaque panne unique (Ctrl+Maj+N)</translation>
    </message>
</context>
<context>
    <name>ea::BasemapLayer</name>
    <message>
        <location filename="../widgets/map/basemaplayer.h" line="23"/>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
</context>
<context>
    <name>ea::BenchmarkImportDialog</name>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="25"/>
        <source>Import Serving Benchmark</source>
        <translation>Importer un banc d’essai de service</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="27"/>
        <source>Result files of one deployment (one model on one GPU type), at one or more load levels: vLLM &lt;tt&gt;bench serve --save-result&lt;/tt&gt; JSON, GenAI-Perf or AIPerf &lt;tt&gt;profile_export&lt;/tt&gt; JSON, or the report &lt;tt&gt;trtllm-bench throughput&lt;/tt&gt; prints. They become the measured compute profile the planner uses instead of its model.</source>
        <translation>Fichiers de résultats d&apos;un déploiement (un modèle sur un type de GPU), à un ou plusieurs niveaux de charge : JSON de vLLM &lt;tt&gt;bench serve --save-result&lt;/tt&gt;, JSON &lt;tt&gt;profile_export&lt;/tt&gt; de GenAI-Perf ou d&apos;AIPerf, ou le rapport qu&apos;affiche &lt;tt&gt;trtllm-bench throughput&lt;/tt&gt;. Ils deviennent le profil de calcul mesuré que le planificateur utilise à la place de son modèle.</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="37"/>
        <source>The result files to import; several files are several load levels</source>
        <translation>Les fichiers de résultats à importer ; plusieurs fichiers sont plusieurs niveaux de charge</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="38"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="39"/>
        <source>Choose result files</source>
        <translation>Choisir des fichiers de résultats</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="40"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="41"/>
        <source>Remove the selected files from the list</source>
        <translation>Retirer de la liste les fichiers sélectionnés</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="53"/>
        <source>The GPU type the benchmark ran on</source>
        <translation>Le type de GPU sur lequel le banc d’essai a tourné</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="57"/>
        <source>The model the benchmark served (its shape in the scenario&apos;s catalogue)</source>
        <translation>Le modèle servi pendant le banc d&apos;essai (sa forme dans le catalogue du scénario)</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="59"/>
        <source>As the file states (else BF16)</source>
        <translation>Comme l’indique le fichier (sinon BF16)</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="63"/>
        <source>The weights&apos; precision; a trtllm-bench report states it</source>
        <translation>La précision des poids ; un rapport trtllm-bench l&apos;indique</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="65"/>
        <source>&amp;GPU type:</source>
        <translation>Type de &amp;GPU :</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="66"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="67"/>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision :</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="72"/>
        <source>The profile and how the planner reproduces each measured run with it</source>
        <translation>Le profil, et comment le planificateur reproduit avec lui chaque mesure</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="75"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="81"/>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="125"/>
        <source>Add Benchmark Results</source>
        <translation>Ajouter des résultats de banc d’essai</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="126"/>
        <source>Benchmark results (*.json *.jsonl *.txt *.log);;All files (*)</source>
        <translation>Résultats de banc d’essai (*.json *.jsonl *.txt *.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="148"/>
        <source>Add one or more result files.</source>
        <translation>Ajoutez un ou plusieurs fichiers de résultats.</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="166"/>
        <source>Cannot import; the scenario would stay unchanged:</source>
        <translation>Import impossible ; le scénario resterait inchangé :</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/benchmarkimportdialog.cpp" line="170"/>
        <source>Profile of %1 on %2 at %3 (%n GPU(s) per replica):</source>
        <translation>
            <numerusform>Profil de %1 sur %2 en %3 (%n GPU par réplique) :</numerusform>
            <numerusform>Profil de %1 sur %2 en %3 (%n GPU par réplique) :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="174"/>
        <source>  prefill %1 tokens/s, decode step %2 + %3 per extra sequence, scheduling %4</source>
        <translation>  préremplissage %1 jetons/s, pas de décodage %2 + %3 par séquence supplémentaire, ordonnancement %4</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="179"/>
        <source>  source: %1</source>
        <translation>  source : %1</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="180"/>
        <source>Measured → planner with this profile:</source>
        <translation>Mesuré → planificateur avec ce profil :</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="184"/>
        <source>TTFT %1 → %2</source>
        <translation>TTFT %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="186"/>
        <source>TPOT %1 → %2</source>
        <translation>TPOT %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="187"/>
        <source>%1 → %2 tokens/s</source>
        <translation>%1 → %2 jetons/s</translation>
    </message>
</context>
<context>
    <name>ea::BudgetChart</name>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="28"/>
        <location filename="../widgets/charts/budgetchart.cpp" line="125"/>
        <source>Latency budget by tier</source>
        <translation>Budget de latence par niveau</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="47"/>
        <source>Latency budget decomposition chart</source>
        <translation>Graphique de décomposition du budget de latence</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="82"/>
        <source>Time per request at %1 (%2)</source>
        <translation>Temps par requête à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="83"/>
        <source>Latency at %1</source>
        <translation>Latence à %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="96"/>
        <source>%1 (cannot serve)</source>
        <translation>%1 (ne peut pas servir)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="98"/>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="101"/>
        <source>%1&lt;br&gt;parts %2 · %3 %4</source>
        <translation>%1&lt;br&gt;parties %2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="110"/>
        <source>%1: propagation %2, route inflation %3, access %4, queueing %5, prefill %6, decode %7</source>
        <translation>%1 : propagation %2, allongement de route %3, accès %4, file d&apos;attente %5, pré-remplissage %6, décodage %7</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="126"/>
        <source>Select a workload to see where its latency budget goes.</source>
        <translation>Sélectionnez une charge de travail pour voir où va son budget de latence.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="127"/>
        <source>No evaluated plan.</source>
        <translation>Aucun plan évalué.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="129"/>
        <source>Latency budget: %1</source>
        <translation>Budget de latence : %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="130"/>
        <source>SLO: %1. Bars: the mean of each part over the demand at %2; diamond: %2 over all demand.</source>
        <translation>SLO : %1. Barres : moyenne de chaque partie sur la demande à %2 ; losange : %2 sur toute la demande.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="134"/>
        <source>Other tiers still being evaluated.</source>
        <translation>Autres niveaux en cours d&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="160"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="162"/>
        <source>Cannot be served in this tier.</source>
        <translation>Ne peut pas être servie dans ce niveau.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="168"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="173"/>
        <source>Sum of the means: %1</source>
        <translation>Somme des moyennes : %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="174"/>
        <source>Latency at p%1: %2 against a budget of %3</source>
        <translation>Latence à p%1 : %2 pour un budget de %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="178"/>
        <source>Cost: %1 per month</source>
        <translation>Coût : %1 par mois</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="188"/>
        <source>At the SLO percentile</source>
        <translation>Au centile du SLO</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="189"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ea::Calibration</name>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="187"/>
        <source>no measurements to calibrate with: probe some nodes first</source>
        <translation>aucune mesure pour calibrer : sondez d&apos;abord quelques nœuds</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="207"/>
        <source>a sample</source>
        <translation>un échantillon</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="210"/>
        <source>%1: the measured round trip must be a positive number of ms</source>
        <translation>%1 : l&apos;aller-retour mesuré doit être un nombre positif de ms</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="215"/>
        <source>%1: no node %2 in the scenario</source>
        <translation>%1 : aucun nœud %2 dans le scénario</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="224"/>
        <source>no demand region &quot;%1&quot;: its access latency is fitted for its zone</source>
        <translation>aucune région de demande &quot;%1&quot; : sa latence d&apos;accès est ajustée pour sa zone</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="263"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/latency/calibration.cpp" line="269"/>
        <source>measurements of %n node(s) only: at least two nodes at different distances are needed to tell access latency from path inflation</source>
        <translation>
            <numerusform>mesures de %n nœud seulement : il faut au moins deux nœuds à des distances différentes pour distinguer la latence d&apos;accès de l&apos;allongement de route</numerusform>
            <numerusform>mesures de %n nœuds seulement : il faut au moins deux nœuds à des distances différentes pour distinguer la latence d&apos;accès de l&apos;allongement de route</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="311"/>
        <source>the nodes measured from %1 lie at nearly the same distance: access latency and inflation cannot be told apart and stay near their current values</source>
        <translation>les nœuds mesurés depuis %1 se trouvent presque à la même distance : la latence d&apos;accès et l&apos;allongement de route ne peuvent pas être distingués et restent proches de leurs valeurs actuelles</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/latency/calibration.cpp" line="366"/>
        <source>calibrated on %n measured round trip(s) (%1 nodes) on %2: median abs relative error %3% before, %4% after</source>
        <translation>
            <numerusform>calibré sur %n aller-retour mesuré (%1 nœuds) le %2 : erreur relative absolue médiane de %3 % avant, %4 % après</numerusform>
            <numerusform>calibré sur %n allers-retours mesurés (%1 nœuds) le %2 : erreur relative absolue médiane de %3 % avant, %4 % après</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::CalibrationFlow</name>
    <message numerus="yes">
        <location filename="../app/monitor/calibrationflow.cpp" line="27"/>
        <source>median %1, P90 %2 (median %3 off; %n sample(s))</source>
        <translation>
            <numerusform>médiane %1, P90 %2 (écart médian %3 ; %n échantillon)</numerusform>
            <numerusform>médiane %1, P90 %2 (écart médian %3 ; %n échantillons)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="69"/>
        <location filename="../app/monitor/calibrationflow.cpp" line="91"/>
        <location filename="../app/monitor/calibrationflow.cpp" line="100"/>
        <source>Calibrate Latency Model</source>
        <translation>Calibrer le modèle de latence</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="70"/>
        <source>The model cannot be calibrated from the current measurements: %1</source>
        <translation>Le modèle ne peut pas être calibré à partir des mesures actuelles : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/calibrationflow.cpp" line="76"/>
        <source>Route inflation %1–%2: %3 → %4 (%n sample(s))</source>
        <translation>
            <numerusform>Allongement de route %1–%2 : %3 → %4 (%n échantillon)</numerusform>
            <numerusform>Allongement de route %1–%2 : %3 → %4 (%n échantillons)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="80"/>
        <source>Access latency at the vantage point: %1 → %2</source>
        <translation>Latence d&apos;accès au point d&apos;observation : %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="85"/>
        <source>Error of the model against what was measured:
before: %1
after: %2
held out (5-fold by node): %3</source>
        <translation>Erreur du modèle par rapport aux mesures :
avant : %1
après : %2
hors échantillon (5 blocs par nœud) : %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="89"/>
        <source>Error of the model against what was measured:
before: %1
after: %2</source>
        <translation>Erreur du modèle par rapport aux mesures :
avant : %1
après : %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="94"/>
        <source>Apply the fitted values to the scenario? (Undo restores the previous model.)</source>
        <translation>Appliquer les valeurs ajustées au scénario ? (Annuler restaure le modèle précédent.)</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="101"/>
        <source>The scenario changed while the model was being fitted; calibrate it again.</source>
        <translation>Le scénario a changé pendant l&apos;ajustement du modèle ; recommencez la calibration.</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="107"/>
        <source>Calibrate latency model</source>
        <translation>Calibrer le modèle de latence</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="130"/>
        <source>Calibrating the latency model from the fleet</source>
        <translation>Calibration du modèle de latence à partir de la flotte</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="146"/>
        <source>Calibrating the latency model</source>
        <translation>Calibration du modèle de latence</translation>
    </message>
</context>
<context>
    <name>ea::ChartStyle</name>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="18"/>
        <source>Propagation</source>
        <translation>Propagation</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="20"/>
        <source>Route inflation</source>
        <translation>Allongement de route</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="22"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="24"/>
        <source>Queueing</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="26"/>
        <source>Prefill</source>
        <translation>Pré-remplissage</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="28"/>
        <source>Decode</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="37"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="39"/>
        <source>API tokens</source>
        <translation>Jetons API</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="41"/>
        <source>Egress</source>
        <translation>Trafic sortant</translation>
    </message>
</context>
<context>
    <name>ea::CostLatencyChart</name>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="30"/>
        <source>Cost against latency</source>
        <translation>Coût et latence</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="35"/>
        <source>Latency at the SLO percentile ÷ budget (log)</source>
        <translation>Latence au centile du SLO ÷ budget (log)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="48"/>
        <source>Pareto front (selected)</source>
        <translation>Front de Pareto (sélection)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="53"/>
        <source>%1 (if moved)</source>
        <translation>%1 (après déplacement)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="82"/>
        <source>Cost against latency chart</source>
        <translation>Graphique coût et latence</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="148"/>
        <location filename="../widgets/charts/costlatencychart.cpp" line="332"/>
        <source>Pareto front</source>
        <translation>Front de Pareto</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="205"/>
        <source>Cost per month (%1, log)</source>
        <translation>Coût par mois (%1, log)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="249"/>
        <source>No evaluated plan.</source>
        <translation>Aucun plan évalué.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="252"/>
        <source>Solid: each workload in its tier; faint: moved alone to another tier; lines: Pareto fronts (bold: selected). Left of the dashed line meets the budget.</source>
        <translation>Plein : chaque charge de travail dans son niveau ; pâle : déplacée seule vers un autre niveau ; lignes : fronts de Pareto (gras : sélection). À gauche de la ligne pointillée, le budget est respecté.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="254"/>
        <source>Solid: each workload in its tier (other tiers still being evaluated). Left of the dashed line meets the budget.</source>
        <translation>Plein : chaque charge de travail dans son niveau (autres niveaux en cours d&apos;évaluation). À gauche de la ligne pointillée, le budget est respecté.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="258"/>
        <source>Not plotted (not served or no budget): %1.</source>
        <translation>Non tracées (non servies ou sans budget) : %1.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="264"/>
        <source>%1: %2, %3 × budget, %4 per month</source>
        <translation>%1 : %2, %3 × budget, %4 par mois</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="314"/>
        <source>%1 if moved to %2</source>
        <translation>%1 si déplacée vers %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="314"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="315"/>
        <source>%1: %2 (%3 × budget)</source>
        <translation>%1 : %2 (%3 × budget)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="318"/>
        <source>Cost: %1 per month (plan: %2)</source>
        <translation>Coût : %1 par mois (plan : %2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="319"/>
        <source>SLO attainment: %1</source>
        <translation>Taux de respect du SLO : %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="320"/>
        <source>Click to select the workload.</source>
        <translation>Cliquez pour sélectionner la charge de travail.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="331"/>
        <source>faint: in another tier</source>
        <translation>pâle : dans un autre niveau</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="333"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ea::CoverageLayer</name>
    <message>
        <location filename="../widgets/map/coveragelayer.h" line="28"/>
        <source>Latency coverage</source>
        <translation>Couverture de latence</translation>
    </message>
</context>
<context>
    <name>ea::CsvTable</name>
    <message>
        <location filename="../engine/model/csvtable.cpp" line="27"/>
        <source>column &quot;%1&quot; appears twice (columns %2 and %3)</source>
        <translation>la colonne « %1 » apparaît deux fois (colonnes %2 et %3)</translation>
    </message>
    <message>
        <location filename="../engine/model/csvtable.cpp" line="39"/>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <location filename="../engine/model/csvtable.cpp" line="83"/>
        <source>unterminated quoted field</source>
        <translation>champ entre guillemets non terminé</translation>
    </message>
    <message>
        <location filename="../engine/model/csvtable.cpp" line="91"/>
        <source>missing header row</source>
        <translation>ligne d&apos;en-tête manquante</translation>
    </message>
</context>
<context>
    <name>ea::DamageLayer</name>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="45"/>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="47"/>
        <source>Cost only</source>
        <translation>Coût seulement</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="49"/>
        <source>Attainment drop &lt; %1 pp</source>
        <translation>Baisse d’atteinte &lt; %1 pts</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="51"/>
        <source>Attainment drop ≥ %1 pp</source>
        <translation>Baisse d’atteinte ≥ %1 pts</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="53"/>
        <source>Breaks an SLO</source>
        <translation>Rompt un SLO</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="91"/>
        <source>&lt;b&gt;If this site fails&lt;/b&gt; (N+1): &lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;b&gt;Si ce site tombe en panne&lt;/b&gt; (N+1) : &lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="94"/>
        <source>Its loss changes nothing: the others absorb its demand at the same cost</source>
        <translation>Sa perte ne change rien : les autres absorbent sa demande au même coût</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="97"/>
        <source>Failure: %1</source>
        <translation>Panne : %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="101"/>
        <source>Attainment drop: %1 pp (%2)</source>
        <translation>Baisse du taux de respect : %1 pts (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/damagelayer.cpp" line="105"/>
        <source>Breaks the SLO of %n workload(s)</source>
        <translation>
            <numerusform>Rompt le SLO de %n charge de travail</numerusform>
            <numerusform>Rompt le SLO de %n charges de travail</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="106"/>
        <source>Regions affected: %1</source>
        <translation>Régions touchées : %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="108"/>
        <source>Unserved: %1</source>
        <translation>Non servi : %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="109"/>
        <source>Extra cost of the spill: %1 per month</source>
        <translation>Surcoût du report : %1 par mois</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="135"/>
        <source>Worst single loss (N+1): %1, &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; %3</source>
        <translation>Pire perte d&apos;un site (N+1) : %1, &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; %3</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="228"/>
        <source>Loss of one site</source>
        <translation>Perte d’un site</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="232"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.h" line="55"/>
        <source>Failure damage (N+1)</source>
        <translation>Dégâts des pannes (N+1)</translation>
    </message>
</context>
<context>
    <name>ea::DayChart</name>
    <message>
        <location filename="../widgets/charts/daychart.cpp" line="83"/>
        <source>peak hour %1 UTC</source>
        <translation>heure de pointe %1 UTC</translation>
    </message>
    <message>
        <location filename="../widgets/charts/daychart.cpp" line="118"/>
        <source>Load of the sites (% of what their GPUs carry)</source>
        <translation>Charge des sites (% de ce que portent leurs GPU)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/daychart.cpp" line="119"/>
        <source>SLO attainment (% of that hour&apos;s requests within budget)</source>
        <translation>Respect du SLO (% des requêtes de l&apos;heure dans le budget)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/daychart.cpp" line="168"/>
        <source>Demand peaks at %1 UTC (%2), when the sites carry %3 of what their GPUs carry and %4 of requests meet their SLO; the worst hour for the SLO is %5 UTC (%6).</source>
        <translation>La demande culmine à %1 UTC (%2) : les sites portent alors %3 de ce que portent leurs GPU et %4 des requêtes respectent leur SLO ; la pire heure pour le SLO est %5 UTC (%6).</translation>
    </message>
</context>
<context>
    <name>ea::DaySlider</name>
    <message>
        <location filename="../app/timelinebar.cpp" line="43"/>
        <source>Hour of the day (UTC). Left and Right arrows step one hour; the bars are the demand of each hour, the red one the peak hour the plan is sized for</source>
        <translation>Heure de la journée (UTC). Les flèches gauche et droite avancent d&apos;une heure ; les barres sont la demande de chaque heure, la rouge l&apos;heure de pointe pour laquelle le plan est dimensionné</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="143"/>
        <source>%1: demand %2</source>
        <translation>%1 : demande %2</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="145"/>
        <source>Peak hour: the plan&apos;s GPUs are sized for each site&apos;s own peak</source>
        <translation>Heure de pointe : les GPU du plan sont dimensionnés pour la pointe propre à chaque site</translation>
    </message>
</context>
<context>
    <name>ea::DemandLayer</name>
    <message>
        <location filename="../widgets/map/demandlayer.h" line="28"/>
        <source>Demand regions</source>
        <translation>Régions de demande</translation>
    </message>
</context>
<context>
    <name>ea::Demo</name>
    <message>
        <location filename="../app/monitor/demo.cpp" line="45"/>
        <source>the main window has no Monitor page</source>
        <translation>la fenêtre principale n&apos;a pas de page Supervision</translation>
    </message>
    <message>
        <location filename="../app/monitor/demo.cpp" line="57"/>
        <source>Simulation: %1</source>
        <translation>Simulation : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/demo.cpp" line="66"/>
        <source>SIMULATION — %n simulated probe agent(s) on this computer, answering with the model&apos;s delays; not real measurements</source>
        <translation>
            <numerusform>SIMULATION — %n agent de sondage simulé sur cet ordinateur, qui répond avec les délais du modèle ; pas de vraies mesures</numerusform>
            <numerusform>SIMULATION — %n agents de sondage simulés sur cet ordinateur, qui répondent avec les délais du modèle ; pas de vraies mesures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/demo.cpp" line="90"/>
        <source>the simulated deployment did not start</source>
        <translation>le déploiement simulé n&apos;a pas démarré</translation>
    </message>
</context>
<context>
    <name>ea::Document</name>
    <message>
        <location filename="../app/document.cpp" line="102"/>
        <source>The scenario has no file name yet.</source>
        <translation>Le scénario n&apos;a pas encore de nom de fichier.</translation>
    </message>
    <message>
        <location filename="../app/document.cpp" line="131"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../app/document.cpp" line="236"/>
        <source>Evaluating the plan</source>
        <translation>Évaluation du plan</translation>
    </message>
    <message>
        <location filename="../app/document.cpp" line="292"/>
        <source>Comparing every workload in its other tiers</source>
        <translation>Comparaison de chaque charge de travail dans ses autres niveaux</translation>
    </message>
</context>
<context>
    <name>ea::Evaluator</name>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="233"/>
        <source>the tier has no nodes</source>
        <translation>le niveau n&apos;a pas de nœuds</translation>
    </message>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="233"/>
        <source>unknown model or tier</source>
        <translation>modèle ou niveau inconnu</translation>
    </message>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="241"/>
        <source>the tier is billed per token but the price book has no API price for %1</source>
        <translation>le niveau est facturé au jeton, mais le barème de prix n&apos;a aucun prix API pour %1</translation>
    </message>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="734"/>
        <source>%1 does not fit the GPUs of this tier (more than 8 GPUs per replica)</source>
        <translation>%1 ne tient pas sur les GPU de ce niveau (plus de 8 GPU par réplique)</translation>
    </message>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="735"/>
        <source>%1 of demand finds no node with free capacity</source>
        <translation>%1 de la demande ne trouve aucun nœud avec de la capacité libre</translation>
    </message>
</context>
<context>
    <name>ea::ExchangeActions</name>
    <message>
        <location filename="../app/exchangeactions.cpp" line="34"/>
        <source>Export GeoJSON</source>
        <translation>Exporter en GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="34"/>
        <location filename="../app/exchangeactions.cpp" line="73"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="37"/>
        <source>Cannot Export GeoJSON</source>
        <translation>Impossible d&apos;exporter en GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="37"/>
        <location filename="../app/exchangeactions.cpp" line="56"/>
        <source>%1 was not written.</source>
        <translation>%1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="39"/>
        <source>&amp;Nodes as GeoJSON…</source>
        <translation>&amp;Nœuds en GeoJSON…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="41"/>
        <source>Inference nodes as GeoJSON points (RFC 7946), for QGIS and GDAL</source>
        <translation>Nœuds d&apos;inférence en points GeoJSON (RFC 7946), pour QGIS et GDAL</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="42"/>
        <source>Demand &amp;Regions as GeoJSON…</source>
        <translation>&amp;Régions de demande en GeoJSON…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="44"/>
        <source>Demand regions as GeoJSON points (RFC 7946)</source>
        <translation>Régions de demande en points GeoJSON (RFC 7946)</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="47"/>
        <source>Export LiteLLM Configuration</source>
        <translation>Exporter la configuration LiteLLM</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="48"/>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="49"/>
        <source>Export Routing Policy</source>
        <translation>Exporter la politique de routage</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="50"/>
        <location filename="../app/exchangeactions.cpp" line="98"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="56"/>
        <source>Cannot Export the Routing Policy</source>
        <translation>Impossible d&apos;exporter la politique de routage</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="59"/>
        <source>Routing Policy Exported</source>
        <translation>Politique de routage exportée</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="60"/>
        <source>%1 was written; some parts were left out:</source>
        <translation>%1 a été écrit ; certaines parties ont été omises :</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="62"/>
        <source>Routing &amp;Policy (JSON)…</source>
        <translation>&amp;Politique de routage (JSON)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="64"/>
        <source>Per workload: tier, SLO, cost, and the candidate nodes of every region, best first</source>
        <translation>Par charge de travail : niveau, SLO, coût et nœuds candidats de chaque région, le meilleur en premier</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="65"/>
        <source>&amp;LiteLLM Router Configuration…</source>
        <translation>Configuration du routeur &amp;LiteLLM…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="67"/>
        <source>A LiteLLM proxy config.yaml with latency-based routing and fallbacks in plan order</source>
        <translation>Un fichier config.yaml de proxy LiteLLM avec routage selon la latence et replis dans l&apos;ordre du plan</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="73"/>
        <location filename="../app/exchangeactions.cpp" line="77"/>
        <source>Import GeoJSON</source>
        <translation>Importer du GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="78"/>
        <source>Merge the file&apos;s nodes into the scenario (same id: updated), or replace all nodes?</source>
        <translation>Fusionner les nœuds du fichier dans le scénario (même id : mis à jour) ou remplacer tous les nœuds ?</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="79"/>
        <source>Merge the file&apos;s regions into the scenario (same id: updated), or replace all regions?</source>
        <translation>Fusionner les régions du fichier dans le scénario (même id : mises à jour) ou remplacer toutes les régions ?</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="86"/>
        <source>Cannot Import GeoJSON</source>
        <translation>Impossible d&apos;importer le GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="87"/>
        <location filename="../app/exchangeactions.cpp" line="105"/>
        <source>%1 was not imported; the scenario is unchanged.</source>
        <translation>%1 n&apos;a pas été importé ; le scénario est inchangé.</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="89"/>
        <source>&amp;Nodes from GeoJSON…</source>
        <translation>&amp;Nœuds depuis GeoJSON…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="90"/>
        <source>Add or replace inference nodes from GeoJSON points</source>
        <translation>Ajouter ou remplacer des nœuds d&apos;inférence à partir de points GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="91"/>
        <source>Yes merges, No replaces</source>
        <translation>Oui fusionne, Non remplace</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="92"/>
        <source>Demand &amp;Regions from GeoJSON…</source>
        <translation>&amp;Régions de demande depuis GeoJSON…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="93"/>
        <source>Add or replace demand regions from GeoJSON points</source>
        <translation>Ajouter ou remplacer des régions de demande à partir de points GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="96"/>
        <source>API &amp;Prices (LiteLLM JSON)…</source>
        <translation>&amp;Prix des API (JSON LiteLLM)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="98"/>
        <source>Import API Prices</source>
        <translation>Importer les prix des API</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="104"/>
        <source>Cannot Import Prices</source>
        <translation>Impossible d&apos;importer les prix</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="107"/>
        <source>Prices Imported</source>
        <translation>Prix importés</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="107"/>
        <source>Prices imported from %1:</source>
        <translation>Prix importés depuis %1 :</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="111"/>
        <source>API prices per million tokens from a LiteLLM model_prices_and_context_window.json</source>
        <translation>Prix des API par million de jetons, depuis un fichier model_prices_and_context_window.json de LiteLLM</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="113"/>
        <source>Serving &amp;Benchmark…</source>
        <translation>&amp;Banc d’essai de service…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="124"/>
        <source>Cannot Import Benchmark</source>
        <translation>Impossible d’importer le banc d’essai</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="124"/>
        <source>The scenario is unchanged.</source>
        <translation>Le scénario est inchangé.</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="127"/>
        <source>A measured compute profile from vLLM, GenAI-Perf/AIPerf or trtllm-bench result files</source>
        <translation>Un profil de calcul mesuré à partir de fichiers de résultats de vLLM, GenAI-Perf/AIPerf ou trtllm-bench</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="135"/>
        <source>Import serving benchmark %1</source>
        <translation>Importer le banc d’essai de service %1</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="170"/>
        <source>the plan is still being evaluated; try again in a moment</source>
        <translation>le plan est toujours en cours d&apos;évaluation ; réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="175"/>
        <source>Building the routing policy…</source>
        <translation>Construction de la politique de routage…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="187"/>
        <source>no node of the plan has an endpoint URL: a router needs them (set the nodes&apos; &quot;endpoint&quot; in the scenario)</source>
        <translation>aucun nœud du plan n&apos;a d&apos;URL de point de terminaison : un routeur en a besoin (définissez le &quot;endpoint&quot; des nœuds dans le scénario)</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="214"/>
        <source>Import nodes from %1</source>
        <translation>Importer des nœuds depuis %1</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="214"/>
        <source>Import regions from %1</source>
        <translation>Importer des régions depuis %1</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="236"/>
        <source>%1: no entry in the file; its price is kept</source>
        <translation>%1 : aucune entrée dans le fichier ; son prix est conservé</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="239"/>
        <source>none of the scenario&apos;s models has an entry in the file</source>
        <translation>aucun des modèles du scénario n&apos;a d&apos;entrée dans le fichier</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="243"/>
        <source>Import prices from %1</source>
        <translation>Importer les prix depuis %1</translation>
    </message>
</context>
<context>
    <name>ea::ExportFile</name>
    <message>
        <location filename="../engine/export/exportfile.cpp" line="39"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
</context>
<context>
    <name>ea::FleetConnectDialog</name>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="24"/>
        <source>Connect to Prometheus</source>
        <translation>Se connecter à Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="26"/>
        <source>Read every probe agent&apos;s routes (edgeatlas probe --serve --vantage NAME) from the Prometheus server that scrapes them.</source>
        <translation>Lire les routes de chaque agent de sondage (edgeatlas probe --serve --vantage NOM) depuis le serveur Prometheus qui les collecte.</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="36"/>
        <source>The Prometheus server&apos;s base URL, http:// or https:// (certificates are verified)</source>
        <translation>L&apos;URL de base du serveur Prometheus, http:// ou https:// (les certificats sont vérifiés)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="37"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="39"/>
        <source>e.g. PROMETHEUS_TOKEN (optional)</source>
        <translation>p. ex. PROMETHEUS_TOKEN (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="40"/>
        <source>The name of an environment variable that holds a bearer token; the token itself is never stored</source>
        <translation>Le nom d&apos;une variable d&apos;environnement qui contient un jeton porteur ; le jeton lui-même n&apos;est jamais enregistré</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="42"/>
        <source>Bearer token &amp;variable:</source>
        <translation>&amp;Variable du jeton porteur :</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="44"/>
        <source>TLS certificates are always verified.</source>
        <translation>Les certificats TLS sont toujours vérifiés.</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="54"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>ea::FleetDemo</name>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="150"/>
        <source>%1 stopped (exit code %2): %3</source>
        <translation>%1 s&apos;est arrêté (code de sortie %2) : %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="177"/>
        <source>the prometheus program is not installed (Debian package prometheus)</source>
        <translation>le programme prometheus n&apos;est pas installé (paquet Debian prometheus)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="179"/>
        <source>the scenario has no demand regions or no nodes to simulate</source>
        <translation>le scénario n&apos;a pas de régions de demande ou pas de nœuds à simuler</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="185"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetdemo.cpp" line="190"/>
        <source>Starting %n simulated deployment(s)…</source>
        <translation>
            <numerusform>Démarrage de %n déploiement simulé…</numerusform>
            <numerusform>Démarrage de %n déploiements simulés…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="208"/>
        <source>the simulated fleet did not come up within %1 s</source>
        <translation>la flotte simulée n&apos;a pas démarré en %1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetdemo.cpp" line="247"/>
        <source>Starting %n probe agent(s)…</source>
        <translation>
            <numerusform>Démarrage de %n agent de sondage…</numerusform>
            <numerusform>Démarrage de %n agents de sondage…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="267"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="280"/>
        <source>Starting Prometheus…</source>
        <translation>Démarrage de Prometheus…</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="297"/>
        <source>Prometheus did not start: %1</source>
        <translation>Prometheus n&apos;a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>ea::FleetLayer</name>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="253"/>
        <source>%1 (stale)</source>
        <translation>%1 (muet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/fleetlayer.cpp" line="327"/>
        <source>&lt;b&gt;Vantage %1&lt;/b&gt;%2&lt;br&gt;%n route(s), %3 alarmed</source>
        <translation>
            <numerusform>&lt;b&gt;Point de vue %1&lt;/b&gt;%2&lt;br&gt;%n route, %3 en alarme</numerusform>
            <numerusform>&lt;b&gt;Point de vue %1&lt;/b&gt;%2&lt;br&gt;%n routes, %3 en alarme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="332"/>
        <source>&lt;br&gt;P%1: median route %2, worst %3</source>
        <translation>&lt;br&gt;P%1 : route médiane %2, pire %3</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="335"/>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; the agent stopped reporting</source>
        <translation>&lt;br&gt;&lt;b&gt;Muet :&lt;/b&gt; l&apos;agent ne rapporte plus</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="336"/>
        <source>&lt;br&gt;&lt;i&gt;Click to show only its routes&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Cliquer pour n&apos;afficher que ses routes&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="341"/>
        <source>&lt;br&gt;Measured P50 %1, P%2 %3</source>
        <translation>&lt;br&gt;P50 mesuré %1, P%2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="342"/>
        <location filename="../widgets/map/fleetlayer.cpp" line="343"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="345"/>
        <source>&lt;br&gt;Model %1, residual %2</source>
        <translation>&lt;br&gt;Modèle %1, résidu %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="351"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="352"/>
        <source>&lt;br&gt;State: %1</source>
        <translation>&lt;br&gt;État : %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.h" line="32"/>
        <source>Fleet routes</source>
        <translation>Routes de la flotte</translation>
    </message>
</context>
<context>
    <name>ea::FleetPanel</name>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="66"/>
        <source>Fleet status</source>
        <translation>État de la flotte</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="72"/>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="75"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="75"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="75"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="75"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="79"/>
        <source>The window the percentiles and probe counts are taken over</source>
        <translation>La fenêtre sur laquelle sont calculés les centiles et les nombres de sondes</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="83"/>
        <source>&amp;Percentile:</source>
        <translation>&amp;Centile :</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="86"/>
        <location filename="../app/monitor/fleetpanel.cpp" line="324"/>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="88"/>
        <source>The percentile of the measured request RTT that colours the routes</source>
        <translation>Le centile du RTT de requête mesuré qui colore les routes</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="92"/>
        <source>&amp;Nodes by:</source>
        <translation>&amp;Nœuds selon :</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="94"/>
        <source>Worst route</source>
        <translation>Pire route</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="95"/>
        <source>Median route</source>
        <translation>Route médiane</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="96"/>
        <source>Colour each node by the worst or the median of its routes</source>
        <translation>Colorer chaque nœud selon la pire ou la médiane de ses routes</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="100"/>
        <source>&amp;Stale after:</source>
        <translation>Pé&amp;rimé après :</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="104"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="105"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="107"/>
        <source>Stale after</source>
        <translation>Périmé après</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="108"/>
        <source>How old a vantage&apos;s newest sample may be before its routes are shown as stale (the agent stopped reporting); a few scrape intervals. Never: off</source>
        <translation>L&apos;âge maximal de l&apos;échantillon le plus récent d&apos;un point de vue avant que ses routes soient montrées comme périmées (l&apos;agent ne répond plus) ; quelques intervalles de collecte. Jamais : désactivé</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="119"/>
        <source>Show &amp;All Routes</source>
        <translation>Afficher &amp;toutes les routes</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="120"/>
        <source>Clear the vantage or node picked on the map</source>
        <translation>Effacer le point de vue ou le nœud choisi sur la carte</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="122"/>
        <source>&amp;Calibrate From Fleet…</source>
        <translation>&amp;Calibrer à partir de la flotte…</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="123"/>
        <source>Fit the latency model to every route&apos;s measured median (undoable)</source>
        <translation>Ajuster le modèle de latence à la médiane mesurée de chaque route (annulable)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="125"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="126"/>
        <source>Stop reading the fleet from Prometheus</source>
        <translation>Cesser de lire la flotte depuis Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="130"/>
        <source>Fleet routes</source>
        <translation>Routes de la flotte</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="131"/>
        <source>Every agent&apos;s route to every node it probes: measured median and percentile, the model from that vantage, the residual and the alarms. Click a vantage or node on the map to see only its routes.</source>
        <translation>La route de chaque agent vers chaque nœud qu&apos;il sonde : médiane et centile mesurés, le modèle depuis ce point de vue, le résidu et les alarmes. Cliquez sur un point de vue ou un nœud de la carte pour ne voir que ses routes.</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="146"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="153"/>
        <source>Request RTT (ms)</source>
        <translation>RTT de la requête (ms)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="164"/>
        <source>Fleet latency over time</source>
        <translation>Latence de la flotte dans le temps</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="165"/>
        <source>The measured request RTT of the pick over the window: the median and the chosen percentile of its routes pooled (the whole fleet when nothing is picked)</source>
        <translation>Le RTT de requête mesuré de la sélection sur la fenêtre : la médiane et le centile choisi de ses routes réunies (toute la flotte si rien n&apos;est sélectionné)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="175"/>
        <source>Fleet alarms</source>
        <translation>Alarmes de la flotte</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="176"/>
        <source>Faults, SLO breaches and medians outside the model&apos;s band per route, newest first</source>
        <translation>Pannes, dépassements de SLO et médianes hors de la bande du modèle par route, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="289"/>
        <source>Reading the pick&apos;s latency over time from Prometheus</source>
        <translation>Lecture de la latence de la sélection dans le temps depuis Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="332"/>
        <source>the route %1 → %2</source>
        <translation>la route %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="334"/>
        <source>the routes from %1</source>
        <translation>les routes depuis %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="336"/>
        <source>the routes to %1</source>
        <translation>les routes vers %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="338"/>
        <source>every route</source>
        <translation>toutes les routes</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="339"/>
        <source>Measured request RTT of %1</source>
        <translation>RTT de requête mesuré de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="343"/>
        <source>%n point(s) every %1 s over the last %2 s</source>
        <translation>
            <numerusform>%n point toutes les %1 s sur les %2 dernières s</numerusform>
            <numerusform>%n points toutes les %1 s sur les %2 dernières s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="349"/>
        <source>No series: %1</source>
        <translation>Aucune série : %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="354"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="355"/>
        <source>Could not read the series: %1</source>
        <translation>Impossible de lire la série : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="379"/>
        <source>Showing the route %1 → %2 (%n row(s))</source>
        <translation>
            <numerusform>Route %1 → %2 affichée (%n ligne)</numerusform>
            <numerusform>Route %1 → %2 affichée (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="382"/>
        <source>Showing the routes from %1 (%n row(s))</source>
        <translation>
            <numerusform>Routes depuis %1 affichées (%n ligne)</numerusform>
            <numerusform>Routes depuis %1 affichées (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="384"/>
        <source>Showing the routes to %1 (%n row(s))</source>
        <translation>
            <numerusform>Routes vers %1 affichées (%n ligne)</numerusform>
            <numerusform>Routes vers %1 affichées (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="386"/>
        <source>All routes — click a vantage or node on the map to see only its routes</source>
        <translation>Toutes les routes — cliquez sur un point de vue ou un nœud de la carte pour ne voir que ses routes</translation>
    </message>
</context>
<context>
    <name>ea::FleetReader</name>
    <message>
        <location filename="../engine/monitor/fleetreader.cpp" line="288"/>
        <location filename="../engine/monitor/fleetreader.cpp" line="355"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetreader.cpp" line="334"/>
        <source>no probe agent&apos;s series matching %1 in the last %2 s at %3 (are the agents scraped, and started with --scenario?)</source>
        <translation>aucune série d&apos;agent de sonde correspondant à %1 dans les %2 dernières s sur %3 (les agents sont-ils collectés, et lancés avec --scenario ?)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetreader.cpp" line="382"/>
        <source>every recent probe failed (mostly %1)</source>
        <translation>toutes les sondes récentes ont échoué (surtout %1)</translation>
    </message>
</context>
<context>
    <name>ea::FleetSeries</name>
    <message>
        <location filename="../engine/monitor/fleetseries.cpp" line="68"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetseries.cpp" line="86"/>
        <source>no measured request RTT in the window for this pick</source>
        <translation>aucun RTT de requête mesuré dans la fenêtre pour cette sélection</translation>
    </message>
</context>
<context>
    <name>ea::FleetSession</name>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="43"/>
        <source>Prometheus URL: expected http://HOST:PORT or https://HOST:PORT (got &quot;%1&quot;)</source>
        <translation>URL Prometheus : http://HÔTE:PORT ou https://HÔTE:PORT attendu (reçu « %1 »)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="58"/>
        <source>Bearer token: the environment variable %1 is not set</source>
        <translation>Jeton porteur : la variable d&apos;environnement %1 n&apos;est pas définie</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="143"/>
        <source>Reading the fleet from Prometheus</source>
        <translation>Lecture de la flotte depuis Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="231"/>
        <source>Not connected to Prometheus</source>
        <translation>Non connecté à Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="233"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetsession.cpp" line="237"/>
        <source>%1: %n route(s) from %2 vantage(s), P%3 over %4 s</source>
        <translation>
            <numerusform>%1 : %n route depuis %2 point(s) de vue, P%3 sur %4 s</numerusform>
            <numerusform>%1 : %n routes depuis %2 point(s) de vue, P%3 sur %4 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetsession.cpp" line="241"/>
        <source> — %n vantage(s) stopped reporting</source>
        <translation>
            <numerusform> — %n point de vue ne rapporte plus</numerusform>
            <numerusform> — %n points de vue ne rapportent plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="245"/>
        <source>No routes: %1</source>
        <translation>Aucune route : %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="248"/>
        <source>Prometheus failed: %1 (showing the reading of %2)</source>
        <translation>Échec de Prometheus : %1 (lecture de %2 affichée)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="251"/>
        <source>Prometheus failed: %1</source>
        <translation>Échec de Prometheus : %1</translation>
    </message>
</context>
<context>
    <name>ea::FleetSnapshot</name>
    <message>
        <location filename="../engine/monitor/fleetsnapshot.cpp" line="108"/>
        <source>no such node in the scenario</source>
        <translation>aucun nœud de ce nom dans le scénario</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetsnapshot.cpp" line="110"/>
        <source>the agent did not say where it stands</source>
        <translation>l&apos;agent n&apos;a pas dit où il se trouve</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetsnapshot.cpp" line="112"/>
        <source>no measured median in the window</source>
        <translation>aucune médiane mesurée dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>ea::FleetTableModel</name>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="117"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="119"/>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="121"/>
        <source>Outside the model&apos;s band</source>
        <translation>Hors de la bande du modèle</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="123"/>
        <source>SLO breach</source>
        <translation>Dépassement du SLO</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="125"/>
        <source>Too few probes</source>
        <translation>Trop peu de sondes</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="127"/>
        <source>Not a node of the scenario</source>
        <translation>Pas un nœud du scénario</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="129"/>
        <source>Stale (agent stopped reporting)</source>
        <translation>Muet (l&apos;agent ne rapporte plus)</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="181"/>
        <source>%1 at %2, %3</source>
        <translation>%1 à %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="185"/>
        <source>%1 in demand region %2</source>
        <translation>%1 dans la région de demande %2</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="190"/>
        <source>Measured median request RTT over the window</source>
        <translation>RTT de requête médian mesuré sur la fenêtre</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="192"/>
        <source>Measured request RTT at the chosen percentile over the window</source>
        <translation>RTT de requête mesuré au centile choisi sur la fenêtre</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="195"/>
        <source>The model&apos;s network RTT from this vantage</source>
        <translation>Le RTT réseau du modèle depuis ce point de vue</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="202"/>
        <source>Measured median minus the model</source>
        <translation>Médiane mesurée moins le modèle</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="212"/>
        <source>%1 successful, %2 failed in the window</source>
        <translation>%1 réussies, %2 échouées dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="235"/>
        <source>Vantage</source>
        <translation>Point de vue</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="237"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="239"/>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="241"/>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="243"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="245"/>
        <source>Residual</source>
        <translation>Résidu</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="247"/>
        <source>Probes</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="249"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ea::GeoJson</name>
    <message>
        <location filename="../engine/export/geojson.cpp" line="79"/>
        <source>missing; a Point geometry is needed</source>
        <translation>manquant ; une géométrie Point est requise</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="81"/>
        <source>expected a geometry object, got %1</source>
        <translation>attendu : un objet géométrie, reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="86"/>
        <source>only Point geometries can be imported (got %1)</source>
        <translation>seules les géométries Point peuvent être importées (reçu : %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/export/geojson.cpp" line="93"/>
        <source>expected [longitude, latitude] (numbers), got an array of %n value(s)</source>
        <translation>
            <numerusform>attendu : [longitude, latitude] (nombres), reçu : un tableau de %n valeur</numerusform>
            <numerusform>attendu : [longitude, latitude] (nombres), reçu : un tableau de %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="96"/>
        <source>expected [longitude, latitude] (numbers), got %1</source>
        <translation>attendu : [longitude, latitude] (nombres), reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="106"/>
        <source>longitude must be between -180 and 180 (got %1); GeoJSON positions are [longitude, latitude]: are they swapped?</source>
        <translation>la longitude doit être comprise entre -180 et 180 (reçu : %1) ; les positions GeoJSON sont [longitude, latitude] : seraient-elles inversées ?</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="109"/>
        <source>longitude must be between -180 and 180 (got %1)</source>
        <translation>la longitude doit être comprise entre -180 et 180 (reçu : %1)</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="112"/>
        <source>latitude must be between -90 and 90 (got %1); GeoJSON positions are [longitude, latitude]: are they swapped?</source>
        <translation>la latitude doit être comprise entre -90 et 90 (reçu : %1) ; les positions GeoJSON sont [longitude, latitude] : seraient-elles inversées ?</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="115"/>
        <source>latitude must be between -90 and 90 (got %1)</source>
        <translation>la latitude doit être comprise entre -90 et 90 (reçu : %1)</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="209"/>
        <source>not JSON: %1 at %2</source>
        <translation>JSON invalide : %1 à la %2</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="215"/>
        <source>expected a GeoJSON FeatureCollection object, got an array</source>
        <translation>attendu : un objet GeoJSON FeatureCollection, reçu : un tableau</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="221"/>
        <location filename="../engine/export/geojson.cpp" line="249"/>
        <source>expected &quot;%1&quot; (got %2)</source>
        <translation>attendu : &quot;%1&quot; (reçu : %2)</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="228"/>
        <source>expected an array, got %1</source>
        <translation>attendu : un tableau, reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="253"/>
        <source>expected a Feature object, got %1</source>
        <translation>attendu : un objet Feature, reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="261"/>
        <source>expected an object or null, got %1</source>
        <translation>attendu : un objet ou null, reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="274"/>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>attendu : &quot;%1&quot; ou &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="287"/>
        <source>coordinates come from the geometry; remove this property</source>
        <translation>les coordonnées proviennent de la géométrie ; supprimez cette propriété</translation>
    </message>
</context>
<context>
    <name>ea::JobRunner</name>
    <message>
        <location filename="../app/jobrunner.cpp" line="187"/>
        <location filename="../app/jobrunner.cpp" line="189"/>
        <source>the background task failed</source>
        <translation>la tâche d&apos;arrière-plan a échoué</translation>
    </message>
</context>
<context>
    <name>ea::JobStatus</name>
    <message>
        <location filename="../app/jobstatus.cpp" line="63"/>
        <source>Cancel: %1</source>
        <extracomment>Tool-tip of a status bar button; %1 says what runs, e.g. &quot;Computing the coverage field&quot;</extracomment>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location filename="../app/jobstatus.cpp" line="64"/>
        <source>%1 cannot be cancelled</source>
        <translation>%1 : impossible d&apos;annuler</translation>
    </message>
    <message>
        <location filename="../app/jobstatus.cpp" line="65"/>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location filename="../app/jobstatus.cpp" line="87"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/jobstatus.cpp" line="90"/>
        <source>%1 (cancelling…)</source>
        <extracomment>Status bar: a background task asked to stop; %1 says what it was doing</extracomment>
        <translation>%1 (annulation…)</translation>
    </message>
</context>
<context>
    <name>ea::JsonReader</name>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="30"/>
        <source>a boolean</source>
        <extracomment>A JSON value&apos;s type, inserted into &quot;expected %1, got %2&quot;</extracomment>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="32"/>
        <location filename="../engine/model/jsonreader.cpp" line="120"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="34"/>
        <location filename="../engine/model/jsonreader.cpp" line="67"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="36"/>
        <location filename="../engine/model/jsonreader.cpp" line="152"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="38"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="40"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="42"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="49"/>
        <source>expected an object, got %1</source>
        <translation>attendu : un objet, reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="58"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="71"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="78"/>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="83"/>
        <source>must be at most %1 (got %2)</source>
        <translation>doit valoir au plus %1 (reçu : %2)</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="88"/>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>doit être compris entre %1 et %2 (reçu : %3)</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="90"/>
        <source>must be &gt; %1 (got %2)</source>
        <translation>doit être &gt; %1 (reçu : %2)</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="92"/>
        <source>must be &gt;= %1 (got %2)</source>
        <translation>doit être &gt;= %1 (reçu : %2)</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="104"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="109"/>
        <source>expected %1, got %2</source>
        <translation>attendu : %1, reçu : %2</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="130"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="134"/>
        <source>expected an integer, got %1</source>
        <translation>attendu : un entier, reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="144"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
</context>
<context>
    <name>ea::LanguageRestart</name>
    <message>
        <location filename="../app/language.cpp" line="90"/>
        <source>Interface Language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../app/language.cpp" line="91"/>
        <source>The new interface language applies when EdgeAtlas starts again.</source>
        <translation>La nouvelle langue de l&apos;interface s&apos;appliquera au prochain démarrage d&apos;EdgeAtlas.</translation>
    </message>
    <message>
        <location filename="../app/language.cpp" line="93"/>
        <source>Restart now? Unsaved changes are offered for saving first.</source>
        <translation>Redémarrer maintenant ? Les modifications non enregistrées vous seront d&apos;abord proposées à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../app/language.cpp" line="94"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../app/language.cpp" line="95"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ea::LatencyChart</name>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="29"/>
        <source>Latency percentiles against the budget</source>
        <translation>Centiles de latence par rapport au budget</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="34"/>
        <source>Latency ÷ budget (log)</source>
        <translation>Latence ÷ budget (log)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="46"/>
        <location filename="../widgets/charts/latencychart.cpp" line="213"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="46"/>
        <location filename="../widgets/charts/latencychart.cpp" line="214"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="46"/>
        <location filename="../widgets/charts/latencychart.cpp" line="215"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="59"/>
        <location filename="../widgets/charts/latencychart.cpp" line="216"/>
        <source>Misses its SLO</source>
        <translation>Ne respecte pas son SLO</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="63"/>
        <source>Latency percentiles chart</source>
        <translation>Graphique des centiles de latence</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="134"/>
        <source>%1: p50 %2, p95 %3, p99 %4, budget %5</source>
        <translation>%1 : p50 %2, p95 %3, p99 %4, budget %5</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="154"/>
        <source>No evaluated plan.</source>
        <translation>Aucun plan évalué.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="157"/>
        <source>Every workload meets its SLO (%1 % of requests within budget).</source>
        <translation>Chaque charge de travail respecte son SLO (%1 % des requêtes dans le budget).</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/latencychart.cpp" line="159"/>
        <source>%n of %1 workload(s) miss their SLO (under %2 % of requests within budget, or not served): %3.</source>
        <translation>
            <numerusform>%n charge de travail sur %1 ne respecte pas son SLO (moins de %2 % des requêtes dans le budget, ou non servie) : %3.</numerusform>
            <numerusform>%n charges de travail sur %1 ne respectent pas leur SLO (moins de %2 % des requêtes dans le budget, ou non servies) : %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="200"/>
        <source>%1 in %2, SLO %3</source>
        <translation>%1 dans %2, SLO %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="201"/>
        <source>p50 %1 (%2 × budget)</source>
        <translation>p50 %1 (%2 × budget)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="202"/>
        <source>p95 %1 (%2 × budget)</source>
        <translation>p95 %1 (%2 × budget)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="203"/>
        <source>p99 %1 (%2 × budget)</source>
        <translation>p99 %1 (%2 × budget)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="204"/>
        <source>Meets its SLO: %1 of requests within budget</source>
        <translation>Respecte son SLO : %1 des requêtes dans le budget</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="205"/>
        <source>Misses its SLO: %1 of requests within budget</source>
        <translation>Ne respecte pas son SLO : %1 des requêtes dans le budget</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="217"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ea::LiteLlm</name>
    <message>
        <location filename="../engine/export/litellm.cpp" line="143"/>
        <source>%1 in tier %2: no node serves it; group &quot;%3&quot; left out</source>
        <translation>%1 dans le niveau %2 : aucun nœud ne la sert ; groupe &quot;%3&quot; omis</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/export/litellm.cpp" line="147"/>
        <source>%1 in tier %2: none of its %n serving nodes has an endpoint; group &quot;%3&quot; left out</source>
        <translation>
            <numerusform>%1 dans le niveau %2 : son nœud de service n&apos;a pas de point de terminaison ; groupe &quot;%3&quot; omis</numerusform>
            <numerusform>%1 dans le niveau %2 : aucun de ses %n nœuds de service n&apos;a de point de terminaison ; groupe &quot;%3&quot; omis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::LiveProbesLayer</name>
    <message>
        <location filename="../widgets/map/liveprobeslayer.h" line="30"/>
        <source>Live probes</source>
        <translation>Sondes en direct</translation>
    </message>
</context>
<context>
    <name>ea::LoopbackServer</name>
    <message>
        <location filename="../engine/probe/loopbackserver.cpp" line="521"/>
        <source>already listening</source>
        <translation>déjà en écoute</translation>
    </message>
    <message>
        <location filename="../engine/probe/loopbackserver.cpp" line="542"/>
        <source>%1: not an IP address</source>
        <translation>%1 : ce n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <location filename="../engine/probe/loopbackserver.cpp" line="549"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <location filename="../engine/probe/loopbackserver.cpp" line="560"/>
        <source>cannot set up the event loop: %1</source>
        <translation>impossible de configurer la boucle d&apos;événements : %1</translation>
    </message>
</context>
<context>
    <name>ea::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="75"/>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83"/>
        <source>Plan</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="84"/>
        <source>Plan: the map, the planner board and the charts</source>
        <translation>Planification : la carte, le tableau de planification et les graphiques</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>Monitor</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>Monitor: live probes of the deployment against the model, with alarms</source>
        <translation>Supervision : sondes en direct du déploiement comparées au modèle, avec alarmes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="99"/>
        <source>&amp;Calibrate Model…</source>
        <translation>&amp;Calibrer le modèle…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>Fit the network model to what was measured from this vantage point; shows the error before and after, undoable</source>
        <translation>Ajuster le modèle de réseau à ce qui a été mesuré depuis ce point d&apos;observation ; affiche l&apos;erreur avant et après, annulable</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="103"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>Trials: benchmark configurations A and B on this computer&apos;s CPU or GPU</source>
        <translation>Essais : mesurer les performances des configurations A et B sur le CPU ou le GPU de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique : %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>Open a scenario file</source>
        <translation>Ouvrir un fichier de scénario</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source>Open &amp;Default Scenario</source>
        <translation>Ouvrir le scénario par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="207"/>
        <source>Open the built-in default world</source>
        <translation>Ouvrir le monde par défaut intégré</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>Save the scenario with the current placement</source>
        <translation>Enregistrer le scénario avec le placement actuel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>Save the scenario under a new name</source>
        <translation>Enregistrer le scénario sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="224"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>&amp;Map…</source>
        <translation>&amp;Carte…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="226"/>
        <source>Write the map as shown to a PNG, SVG or PDF file</source>
        <translation>Écrire la carte telle qu&apos;affichée dans un fichier PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="229"/>
        <source>Export &amp;Report…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231"/>
        <source>The planning report as PDF, HTML, CSV or JSON, with a preview</source>
        <translation>Le rapport de planification en PDF, HTML, CSV ou JSON, avec un aperçu</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="237"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="238"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="247"/>
        <source>Change &amp;Tier…</source>
        <translation>Changer de &amp;niveau…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>Move the selected workload to another tier</source>
        <translation>Déplacer la charge de travail sélectionnée vers un autre niveau</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="262"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="271"/>
        <source>Units, currency label, language, palette, probe and autosave settings</source>
        <translation>Paramètres des unités, du libellé de devise, de la langue, de la palette, des sondes et de l&apos;enregistrement automatique</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="273"/>
        <source>&amp;Plan</source>
        <translation>&amp;Planification</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="274"/>
        <source>&amp;Suggest Placement…</source>
        <translation>&amp;Suggérer un placement…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="277"/>
        <source>Find the cheapest placement that meets every SLO, and apply it</source>
        <translation>Trouver le placement le moins cher qui respecte chaque SLO, et l&apos;appliquer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="278"/>
        <source>Suggest the cheapest placement that meets every SLO (Ctrl+Shift+O)</source>
        <translation>Suggérer le placement le moins cher qui respecte chaque SLO (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="281"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="286"/>
        <source>What the default world is, what to try first and what is synthetic</source>
        <translation>Ce qu&apos;est le monde par défaut, quoi essayer d&apos;abord et ce qui est synthétique</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="288"/>
        <source>&amp;About EdgeAtlas</source>
        <translation>À &amp;propos d&apos;EdgeAtlas</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="289"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="291"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="326"/>
        <source>The plan is still being evaluated; try again in a moment.</source>
        <translation>Le plan est toujours en cours d&apos;évaluation ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Suggested placement applied; Ctrl+Z undoes it.</source>
        <translation>Placement suggéré appliqué ; Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>The built-in default scenario opens instead.</source>
        <translation>Le scénario par défaut intégré est ouvert à la place.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="350"/>
        <location filename="../app/mainwindow.cpp" line="393"/>
        <source>Cannot Open the Default Scenario</source>
        <translation>Impossible d&apos;ouvrir le scénario par défaut</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="351"/>
        <location filename="../app/mainwindow.cpp" line="394"/>
        <source>The built-in default scenario could not be loaded.</source>
        <translation>Le scénario par défaut intégré n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="357"/>
        <source>The current scenario is unchanged.</source>
        <translation>Le scénario actuel est inchangé.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="364"/>
        <source>Cannot Open Scenario</source>
        <translation>Impossible d&apos;ouvrir le scénario</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="365"/>
        <source>%1 could not be opened. %2</source>
        <translation>%1 n&apos;a pas pu être ouvert. %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="370"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="381"/>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="382"/>
        <location filename="../app/mainwindow.cpp" line="421"/>
        <source>EdgeAtlas scenarios (*.json);;All files (*)</source>
        <translation>Scénarios EdgeAtlas (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <location filename="../app/mainwindow.cpp" line="427"/>
        <source>Cannot Save Scenario</source>
        <translation>Impossible d&apos;enregistrer le scénario</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="404"/>
        <source>%1 could not be saved; the file on disk is unchanged.

%2</source>
        <translation>%1 n&apos;a pas pu être enregistré ; le fichier sur le disque est inchangé.

%2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <location filename="../app/mainwindow.cpp" line="432"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="420"/>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="428"/>
        <source>%1 could not be saved.

%2</source>
        <translation>%1 n&apos;a pas pu être enregistré.

%2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="441"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="441"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="467"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="470"/>
        <source>Evaluated in %1 ms</source>
        <translation>Évalué en %1 ms</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="475"/>
        <source>Evaluation failed</source>
        <translation>Échec de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="476"/>
        <source>Evaluation Failed</source>
        <translation>Échec de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="477"/>
        <source>The plan could not be evaluated:

%1</source>
        <translation>Le plan n&apos;a pas pu être évalué :

%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="482"/>
        <source>%1[*] — EdgeAtlas</source>
        <translation>%1[*] — EdgeAtlas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="492"/>
        <source>… and %n more (see Show Details)</source>
        <translation>
            <numerusform>… et %n autre (voir Afficher les détails)</numerusform>
            <numerusform>… et %n autres (voir Afficher les détails)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::MapBinder</name>
    <message>
        <location filename="../app/mapbinder.cpp" line="82"/>
        <source>Computing the %1 coverage field</source>
        <extracomment>Status bar: %1 is a tier (&quot;Edge&quot;)</extracomment>
        <translation>Calcul du champ de couverture (niveau %1)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="104"/>
        <source>&amp;Projection</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="107"/>
        <source>&amp;Equal Earth (equal area)</source>
        <translation>&amp;Equal Earth (équivalente)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="108"/>
        <source>Web &amp;Mercator</source>
        <translation>Web &amp;Mercator</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="109"/>
        <source>E&amp;quirectangular</source>
        <translation>É&amp;quirectangulaire</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="117"/>
        <source>Map &amp;Palette</source>
        <translation>Pa&amp;lette de la carte</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="120"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="120"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="128"/>
        <source>Latency &amp;Coverage</source>
        <translation>&amp;Couverture de latence</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="129"/>
        <source>Colour every place by the best modeled RTT to a node of the tier</source>
        <translation>Colorer chaque lieu selon le meilleur RTT modélisé vers un nœud du niveau</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="133"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="138"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="139"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="140"/>
        <source>&amp;Whole World</source>
        <translation>&amp;Monde entier</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="141"/>
        <source>Fit &amp;Selection</source>
        <translation>Ajuster à la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="151"/>
        <location filename="../app/mapbinder.cpp" line="160"/>
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="152"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="161"/>
        <source>The map could not be exported:
%1</source>
        <translation>Impossible d&apos;exporter la carte :
%1</translation>
    </message>
</context>
<context>
    <name>ea::MapExport</name>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="59"/>
        <source>%1: unknown map format &quot;%2&quot; (use .png, .svg or .pdf)</source>
        <translation>%1 : format de carte inconnu &quot;%2&quot; (utilisez .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="61"/>
        <source>%1: cannot draw a map of %2 × %3 pixels</source>
        <translation>%1 : impossible de dessiner une carte de %2 × %3 pixels</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="76"/>
        <source>%1: could not encode the PNG image</source>
        <translation>%1 : impossible d&apos;encoder l&apos;image PNG</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="82"/>
        <location filename="../widgets/map/mapexport.cpp" line="92"/>
        <source>EdgeAtlas map</source>
        <translation>Carte EdgeAtlas</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="83"/>
        <source>Inference nodes, demand and routes. Basemap: Natural Earth.</source>
        <translation>Nœuds d&apos;inférence, demande et routes. Fond de carte : Natural Earth.</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="86"/>
        <source>%1: could not start the SVG document</source>
        <translation>%1 : impossible de créer le document SVG</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="99"/>
        <source>%1: could not start the PDF document</source>
        <translation>%1 : impossible de créer le document PDF</translation>
    </message>
</context>
<context>
    <name>ea::MapLayerPanel</name>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="24"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="30"/>
        <source>Map layers</source>
        <translation>Couches de la carte</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="31"/>
        <source>Layers of the map, top first; uncheck one to hide it</source>
        <translation>Couches de la carte, de haut en bas ; décochez-en une pour la masquer</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="41"/>
        <source>Equal Earth keeps areas true; Web Mercator keeps shapes; equirectangular is plain lon/lat</source>
        <translation>Equal Earth conserve les surfaces ; Web Mercator conserve les formes ; l&apos;équirectangulaire est en simple lon/lat</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="42"/>
        <source>&amp;Projection:</source>
        <translation>&amp;Projection :</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="46"/>
        <source>P&amp;alette:</source>
        <translation>P&amp;alette :</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="51"/>
        <source>The latency coverage layer shows, for every place on land, the best modeled round trip to a node of this tier</source>
        <translation>La couche de couverture de latence montre, pour chaque point des terres émergées, le meilleur aller-retour modélisé vers un nœud de ce niveau</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="53"/>
        <source>&amp;Coverage to:</source>
        <translation>C&amp;ouverture vers :</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="57"/>
        <source>Computing coverage… %p%</source>
        <translation>Calcul de la couverture… %p%</translation>
    </message>
</context>
<context>
    <name>ea::MapPalette</name>
    <message>
        <location filename="../widgets/map/mappalette.cpp" line="100"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../widgets/map/mappalette.cpp" line="101"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
</context>
<context>
    <name>ea::MapToolTip</name>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="68"/>
        <source>within budget</source>
        <translation>dans le budget</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="70"/>
        <source>over budget by up to 25 %</source>
        <translation>jusqu&apos;à 25 % au-dessus du budget</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="72"/>
        <source>far over budget</source>
        <translation>bien au-dessus du budget</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="91"/>
        <source>%1 (synthetic site)</source>
        <translation>%1 (site synthétique)</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="93"/>
        <source>GPUs: %1 × %2</source>
        <translation>GPU : %1 × %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="99"/>
        <source>Modeled RTT from %1: %2</source>
        <translation>RTT modélisé depuis %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="104"/>
        <source>Measured RTT: %1 (residual %2)</source>
        <translation>RTT mesuré : %1 (résidu %2)</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="106"/>
        <source>Measured RTT: %1</source>
        <translation>RTT mesuré : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/maptooltip.cpp" line="115"/>
        <source>%1: serves %Ln region(s) at %2 peak, %3 GPUs, %4 per month</source>
        <translation>
            <numerusform>%1 : dessert %Ln région avec un pic de %2, %3 GPU, %4 par mois</numerusform>
            <numerusform>%1 : dessert %Ln régions avec un pic de %2, %3 GPU, %4 par mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/maptooltip.cpp" line="144"/>
        <source>%Ln %1</source>
        <comment>number of nodes of a tier kind, e.g. &quot;3 Edge&quot;</comment>
        <translation>
            <numerusform>%Ln %1</numerusform>
            <numerusform>%Ln %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/maptooltip.cpp" line="148"/>
        <source>&lt;b&gt;%Ln nodes&lt;/b&gt;: %1</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln nœud&lt;/b&gt; : %1</numerusform>
            <numerusform>&lt;b&gt;%Ln nœuds&lt;/b&gt; : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="149"/>
        <source>GPUs: %1</source>
        <translation>GPU : %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="151"/>
        <source>Best modeled RTT from %1: %2</source>
        <translation>Meilleur RTT modélisé depuis %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="155"/>
        <source>Zoom in to tell them apart; click to select them all.</source>
        <translation>Zoomez pour les distinguer ; cliquez pour tous les sélectionner.</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="168"/>
        <source>Weight: %1 (%2 of demand)</source>
        <translation>Poids : %1 (%2 de la demande)</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="171"/>
        <source>Last-mile access: %1</source>
        <translation>Accès du dernier kilomètre : %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="176"/>
        <source>%1: not served</source>
        <translation>%1 : non desservie</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="179"/>
        <source>%1: served by %2 (%3)</source>
        <translation>%1 : desservie par %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="180"/>
        <location filename="../widgets/map/maptooltip.cpp" line="207"/>
        <source>Network %1, %2 at p%3 against %4: %5</source>
        <translation>Réseau %1, %2 à p%3 pour %4 : %5</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="206"/>
        <source>%1 in the %2 tier</source>
        <translation>%1 dans le niveau %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="210"/>
        <source>Distance %1, %2 of the traffic</source>
        <translation>Distance %1, %2 du trafic</translation>
    </message>
</context>
<context>
    <name>ea::MapWidget</name>
    <message>
        <location filename="../widgets/map/mapwidget.cpp" line="29"/>
        <source>World map</source>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapwidget.cpp" line="31"/>
        <source>Inference nodes, demand regions, routes and latency coverage on a world map. Plus and minus zoom, arrow keys pan, 0 shows the whole world, F fits the selection.</source>
        <translation>Nœuds d&apos;inférence, régions de demande, routes et couverture de latence sur une carte du monde. Plus et moins pour zoomer, flèches pour se déplacer, 0 affiche le monde entier, F cadre la sélection.</translation>
    </message>
</context>
<context>
    <name>ea::ModelUncertainty</name>
    <message>
        <location filename="../widgets/charts/modeluncertaintytext.cpp" line="23"/>
        <source>Model error: ±%1 typically, ±%2 for one in ten (network and compute, measured on held-out data; the last mile and queueing not included)</source>
        <extracomment>%1 and %2 are latencies (&quot;4 ms&quot;): the models&apos; typical (median) error and the error one prediction in ten exceeds, measured on data the models were not fitted on</extracomment>
        <translation>Erreur du modèle : ±%1 en général, ±%2 pour une prédiction sur dix (réseau et calcul, mesurée sur des données tenues à l’écart de l’ajustement ; dernier kilomètre et file d’attente non compris)</translation>
    </message>
</context>
<context>
    <name>ea::MonitorPage</name>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="84"/>
        <source>&lt;b&gt;Simulated deployment on this computer — not real measurements.&lt;/b&gt; The endpoints answer with the delays the latency model predicts.</source>
        <translation>&lt;b&gt;Déploiement simulé sur cet ordinateur — pas de mesures réelles.&lt;/b&gt; Les points de terminaison répondent avec les délais prédits par le modèle de latence.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="88"/>
        <source>Stop Simulation</source>
        <translation>Arrêter la simulation</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="89"/>
        <source>Stops probing and shuts the simulated deployment down</source>
        <translation>Arrêter le sondage et fermer le déploiement simulé</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="113"/>
        <source>Probe targets</source>
        <translation>Cibles des sondes</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="114"/>
        <source>The probed endpoints, one per row: the newest probe&apos;s state and timings, the model&apos;s RTT, the residual and the statistics over the window. Select a row to see its time series.</source>
        <translation>Les points de terminaison sondés, un par ligne : état et temps de la dernière sonde, RTT du modèle, résidu et statistiques sur la fenêtre. Sélectionnez une ligne pour voir sa série temporelle.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="139"/>
        <source>Alarms now</source>
        <translation>Alarmes en cours</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="140"/>
        <source>What holds now, grouped: targets that miss the same SLO for the same reason, fail the same way or leave the model&apos;s band the same way share a row. Hover a row for its targets.</source>
        <translation>Ce qui est en cours, regroupé : les cibles qui manquent le même SLO pour la même raison, échouent de la même façon ou sortent de la même façon de la bande du modèle partagent une ligne. Survolez une ligne pour voir ses cibles.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="151"/>
        <location filename="../app/monitor/monitorpage.cpp" line="162"/>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="152"/>
        <source>Alarm log</source>
        <translation>Journal des alarmes</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="153"/>
        <source>Faults, SLO breaches and medians outside the model&apos;s band as they start and end, newest first</source>
        <translation>Défauts, violations de SLO et médianes hors de la bande du modèle, à leur début et à leur fin, les plus récents en premier</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="159"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="162"/>
        <source>Now (%1)</source>
        <translation>En cours (%1)</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="235"/>
        <source>Monitor</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="237"/>
        <location filename="../app/monitor/monitorpage.cpp" line="477"/>
        <source>&amp;Start Probing</source>
        <translation>&amp;Démarrer le sondage</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="243"/>
        <source>Probe the scenario&apos;s node endpoints (or the simulated deployment&apos;s)</source>
        <translation>Sonder les points de terminaison des nœuds du scénario (ou ceux du déploiement simulé)</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="244"/>
        <location filename="../app/monitor/monitorpage.cpp" line="489"/>
        <source>Simulate &amp;Deployment</source>
        <translation>&amp;Simuler un déploiement</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="250"/>
        <source>Serve the nearest nodes of the scenario from this computer with the modeled delays, and probe them</source>
        <translation>Servir les nœuds les plus proches du scénario depuis cet ordinateur avec les délais modélisés, et les sonder</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="252"/>
        <source>&amp;Prometheus History…</source>
        <translation>&amp;Historique Prometheus…</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="258"/>
        <location filename="../app/monitor/monitorpage.cpp" line="302"/>
        <source>Connect to P&amp;rometheus…</source>
        <translation>Se connecter à P&amp;rometheus…</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="265"/>
        <source>Fleet mode: show every probe agent&apos;s routes, read live from the Prometheus server that scrapes them</source>
        <translation>Mode flotte : afficher les routes de chaque agent de sondage, lues en direct sur le serveur Prometheus qui les collecte</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="267"/>
        <source>Read the probe agents&apos; latency history back from a Prometheus server</source>
        <translation>Relire l&apos;historique de latence des agents de sonde depuis un serveur Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="270"/>
        <source>Monitor status</source>
        <translation>État de la supervision</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="302"/>
        <source>Disconnect from P&amp;rometheus</source>
        <translation>Se déconnecter de P&amp;rometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="341"/>
        <source>The simulated deployment could not start: %1</source>
        <translation>Le déploiement simulé n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="373"/>
        <source>No node of this scenario has an endpoint to probe. Simulate a deployment to see the monitor at work.</source>
        <translation>Aucun nœud de ce scénario n&apos;a de point de terminaison à sonder. Simulez un déploiement pour voir la supervision à l&apos;œuvre.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="477"/>
        <source>&amp;Stop Probing</source>
        <translation>&amp;Arrêter le sondage</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="489"/>
        <source>Stop &amp;Simulation</source>
        <translation>Arrêter la &amp;simulation</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/monitorpage.cpp" line="496"/>
        <source>Probing %n target(s) every %1 s — %2 results, %3 failed, %4 in flight</source>
        <translation>
            <numerusform>Sondage de %n cible toutes les %1 s — %2 résultats, %3 en échec, %4 en cours</numerusform>
            <numerusform>Sondage de %n cibles toutes les %1 s — %2 résultats, %3 en échec, %4 en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/monitorpage.cpp" line="503"/>
        <source>Stopped — %n target(s)</source>
        <translation>
            <numerusform>Arrêté — %n cible</numerusform>
            <numerusform>Arrêté — %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="504"/>
        <source>No targets: start probing the scenario&apos;s endpoints or simulate a deployment</source>
        <translation>Aucune cible : démarrez le sondage des points de terminaison du scénario ou simulez un déploiement</translation>
    </message>
</context>
<context>
    <name>ea::MonitorSession</name>
    <message>
        <location filename="../app/monitor/monitorsession.cpp" line="141"/>
        <source>There is nothing to probe: no target has an endpoint.</source>
        <translation>Il n&apos;y a rien à sonder : aucune cible n&apos;a de point de terminaison.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorsession.cpp" line="186"/>
        <source>No scenario is open.</source>
        <translation>Aucun scénario n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>ea::NodesLayer</name>
    <message>
        <location filename="../widgets/map/nodeslayer.h" line="33"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
</context>
<context>
    <name>ea::Optimizer</name>
    <message numerus="yes">
        <location filename="../engine/plan/optimizer.cpp" line="311"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="186"/>
        <source>The current placement has %n workload(s), the scenario %1</source>
        <translation>
            <numerusform>Le placement actuel compte %n charge de travail, le scénario %1</numerusform>
            <numerusform>Le placement actuel compte %n charges de travail, le scénario %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizer.cpp" line="399"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="324"/>
        <source>%1 %2 of requests within budget</source>
        <translation>%1 %2 des requêtes dans le budget</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizer.cpp" line="401"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="326"/>
        <source>%1 %2 of requests within budget (%3)</source>
        <translation>%1 %2 des requêtes dans le budget (%3)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizer.cpp" line="404"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="329"/>
        <source>Every workload meets its SLO in some tier on its own, but not all together: the tiers&apos; GPU capacity cannot hold them. Once the workloads before it take their share, %1 misses its SLO in every tier it may use (%2)</source>
        <translation>Chaque charge de travail respecte son SLO dans un niveau lorsqu&apos;elle est seule, mais pas toutes ensemble : la capacité GPU des niveaux ne peut pas toutes les accueillir. Une fois que les charges de travail qui la précèdent ont pris leur part, %1 ne respecte son SLO dans aucun des niveaux qu&apos;elle peut utiliser (%2)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizer.cpp" line="425"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="285"/>
        <source>Even with those workloads left where they are, the others cannot all meet their SLOs together</source>
        <translation>Même en laissant ces charges de travail à leur place, les autres ne peuvent pas toutes respecter leurs SLO ensemble</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/plan/optimizer.cpp" line="443"/>
        <source>The search stopped after %n workload evaluation(s); the placement shown is the best found, not proven the cheapest</source>
        <translation>
            <numerusform>La recherche s&apos;est arrêtée après %n évaluation de charge de travail ; le placement affiché est le meilleur trouvé, sans preuve qu&apos;il soit le moins cher</numerusform>
            <numerusform>La recherche s&apos;est arrêtée après %n évaluations de charges de travail ; le placement affiché est le meilleur trouvé, sans preuve qu&apos;il soit le moins cher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="36"/>
        <source>%1; %2</source>
        <extracomment>Joins two clauses of an explanation of why a workload misses its SLO</extracomment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="68"/>
        <source>%1: no tier it may use (each tier is forbidden for it, not defined or without nodes)</source>
        <translation>%1 : aucun niveau utilisable (chaque niveau lui est interdit, non défini ou sans nœuds)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="72"/>
        <source>%1: cannot be served in any tier it may use (%2: %3)</source>
        <translation>%1 : ne peut être servie dans aucun niveau utilisable (%2 : %3)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="77"/>
        <source>%1: best tier %2 reaches %3 %4 against a %5 budget (%6 of requests within it, %7 needed)</source>
        <translation>%1 : le meilleur niveau, %2, atteint %3 %4 pour un budget de %5 (%6 des requêtes dans le budget, %7 requis)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="83"/>
        <source>%1: best tier %2 keeps %3 at %4 within the %5 budget, yet only %6 of requests are within it (%7 needed)</source>
        <translation>%1 : le meilleur niveau, %2, maintient %3 à %4 dans le budget de %5, mais seulement %6 des requêtes sont dans le budget (%7 requis)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="93"/>
        <source>prefill and decode alone take at least %1 in every tier (here prefill %2, decode %3): the model is too slow on these GPUs whatever the tier</source>
        <translation>le pré-remplissage et le décodage prennent à eux seuls au moins %1 dans chaque niveau (ici pré-remplissage %2, décodage %3) : le modèle est trop lent sur ces GPU, quel que soit le niveau</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="98"/>
        <source>the network alone takes at least %1 in every tier (here propagation %2, inflation %3, access %4): the nearest nodes are too far from the users</source>
        <translation>le réseau prend à lui seul au moins %1 dans chaque niveau (ici propagation %2, allongement %3, accès %4) : les nœuds les plus proches sont trop loin des utilisateurs</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="105"/>
        <source>propagation</source>
        <translation>propagation</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="106"/>
        <source>route inflation</source>
        <translation>allongement de route</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="107"/>
        <source>access</source>
        <translation>accès</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="108"/>
        <source>queueing</source>
        <translation>file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="109"/>
        <source>prefill</source>
        <translation>pré-remplissage</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="110"/>
        <source>decode</source>
        <translation>décodage</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="117"/>
        <source>%1 %2</source>
        <extracomment>A part of the latency and its duration, e.g. &quot;propagation 12.0 ms&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="118"/>
        <source>network %1 + queueing %2 + compute %3 per request on average; largest parts: %4</source>
        <translation>réseau %1 + file d&apos;attente %2 + calcul %3 par requête en moyenne ; parts les plus importantes : %4</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="136"/>
        <source>the %1 of demand that misses it has a median network round trip of %2: the nearest %3 nodes are too far from those users</source>
        <translation>les %1 de la demande qui le dépassent ont un aller-retour réseau médian de %2 : les nœuds %3 les plus proches sont trop loin de ces utilisateurs</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="141"/>
        <source>the %1 of demand that misses it has a median network round trip of %2, which jitter, connection set-up (in the p%3 tail), queueing and compute push over the budget</source>
        <translation>les %1 de la demande qui le dépassent ont un aller-retour réseau médian de %2, que la gigue, l&apos;établissement des connexions (dans la queue p%3), la file d&apos;attente et le calcul font passer au-delà du budget</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="148"/>
        <source>the %1 of demand that misses it has a median network round trip of %2, which jitter, queueing and compute push over the budget</source>
        <translation>les %1 de la demande qui le dépassent ont un aller-retour réseau médian de %2, que la gigue, la file d&apos;attente et le calcul font passer au-delà du budget</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="215"/>
        <source>in %1, losing %2 leaves %3 of its requests within budget</source>
        <translation>en %1, la perte de %2 ne laisse que %3 de ses requêtes dans le budget</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="217"/>
        <source>in %1 it misses its SLO even with every site up</source>
        <translation>en %1, il manque son SLO même avec tous les sites en service</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="220"/>
        <source>%1 keeps its SLO under every single site failure in no tier it may use, even with the tier to itself: %2</source>
        <translation>%1 ne garde son SLO face à chaque panne d’un seul site dans aucun niveau qui lui est permis, même seul dans le niveau : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/plan/optimizerexplain.cpp" line="228"/>
        <source>losing %1 broke %2 (%n placement(s) tried)</source>
        <translation>
            <numerusform>la perte de %1 a fait manquer %2 (%n placement essayé)</numerusform>
            <numerusform>la perte de %1 a fait manquer %2 (%n placements essayés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="231"/>
        <source>Every workload keeps its SLO under every single site failure in some tier on its own, but no placement keeps all of them: the spare GPU capacity cannot absorb every failure for all of them together. Failures that broke the placements tried most often: %1</source>
        <translation>Chaque charge garde son SLO face à chaque panne d’un seul site dans un niveau quand elle y est seule, mais aucun placement ne les garde toutes : la capacité GPU de réserve ne peut absorber chaque panne pour toutes à la fois. Pannes qui ont le plus souvent fait échouer les placements essayés : %1</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementoptimizer.cpp" line="413"/>
        <source>The time limit stopped the optimizer; the placement shown is the best found, within %1 of the cheapest possible</source>
        <translation>La limite de temps a arrêté l’optimiseur ; le placement affiché est le meilleur trouvé, à %1 au plus du moins cher possible</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementoptimizer.cpp" line="416"/>
        <source>The time limit stopped the optimizer before it found a placement meeting every SLO</source>
        <translation>La limite de temps a arrêté l’optimiseur avant qu’il trouve un placement respectant tous les SLO</translation>
    </message>
</context>
<context>
    <name>ea::OverlayLayer</name>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="46"/>
        <source>Natural Earth · GeoNames (CC BY 4.0) · EdgeAtlas</source>
        <translation>Natural Earth · GeoNames (CC BY 4.0) · EdgeAtlas</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="162"/>
        <source>%1 mi</source>
        <translation>%1 mi</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="164"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="197"/>
        <source>Inference nodes</source>
        <translation>Nœuds d&apos;inférence</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="204"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="211"/>
        <source>Demand region, area by weight</source>
        <translation>Région de demande, surface selon le poids</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="220"/>
        <source>Best RTT to %1 nodes (ms)</source>
        <translation>Meilleur RTT vers les nœuds %1 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="223"/>
        <source>Modeled RTT from %1 (ms)</source>
        <translation>RTT modélisé depuis %1 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="225"/>
        <source>Measured RTT (ms)</source>
        <translation>RTT mesuré (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="253"/>
        <source>Routes of %1</source>
        <translation>Routes de %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="261"/>
        <source>Within %1</source>
        <translation>Respecte %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="262"/>
        <source>Up to %1 (1.25× budget)</source>
        <translation>Jusqu&apos;à %1 (1,25× le budget)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="264"/>
        <source>Beyond that</source>
        <translation>Au-delà</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.h" line="29"/>
        <source>Legend, scale and credits</source>
        <translation>Légende, échelle et crédits</translation>
    </message>
</context>
<context>
    <name>ea::PlacementFile</name>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="31"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="37"/>
        <source>expected an object</source>
        <translation>attendu : un objet</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="49"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="55"/>
        <source>expected an object, got %1</source>
        <translation>attendu : un objet, reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="83"/>
        <source>unknown workload</source>
        <translation>charge de travail inconnue</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="62"/>
        <source>expected one of %1</source>
        <translation>attendu : une valeur parmi %1</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="44"/>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>« %1 » ou « %2 » attendu</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="70"/>
        <source>the scenario has no tier &quot;%1&quot;</source>
        <translation>le scénario n&apos;a pas de niveau &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="74"/>
        <source>tier &quot;%1&quot; is forbidden for this workload</source>
        <translation>le niveau &quot;%1&quot; est interdit pour cette charge de travail</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="95"/>
        <source>a tier per zone needs schema &quot;%1&quot;</source>
        <translation>un niveau par zone demande le schéma « %1 »</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="117"/>
        <source>unknown zone (%1)</source>
        <translation>zone inconnue (%1)</translation>
    </message>
</context>
<context>
    <name>ea::PlacementSuggestion</name>
    <message>
        <location filename="../app/placementsuggestion.cpp" line="35"/>
        <source>Searching for the cheapest placement</source>
        <translation>Recherche du placement le moins cher</translation>
    </message>
    <message>
        <location filename="../app/placementsuggestion.cpp" line="51"/>
        <source>Best found %1 per month; none costs less than %2 (gap %3)</source>
        <translation>Meilleur trouvé : %1 par mois ; aucun ne coûte moins de %2 (écart %3)</translation>
    </message>
    <message>
        <location filename="../app/placementsuggestion.cpp" line="54"/>
        <source>Best found %1 per month</source>
        <translation>Meilleur trouvé : %1 par mois</translation>
    </message>
    <message>
        <location filename="../app/placementsuggestion.cpp" line="81"/>
        <source>Apply suggested placement</source>
        <translation>Appliquer le placement suggéré</translation>
    </message>
</context>
<context>
    <name>ea::PlanPage</name>
    <message>
        <location filename="../app/planpage.cpp" line="48"/>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../app/planpage.cpp" line="49"/>
        <source>&amp;Table</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../app/planpage.cpp" line="50"/>
        <source>Workloads as cards in their tiers: drag a card to move a workload</source>
        <translation>Les charges de travail sous forme de fiches dans leurs niveaux : faites glisser une fiche pour déplacer une charge de travail</translation>
    </message>
    <message>
        <location filename="../app/planpage.cpp" line="51"/>
        <source>Every workload&apos;s numbers in a sortable table</source>
        <translation>Les valeurs de chaque charge de travail dans une liste triable</translation>
    </message>
    <message>
        <location filename="../app/planpage.cpp" line="167"/>
        <source>Workloads of the scenario. Double-click a tier or press F2 on it to move the workload.</source>
        <translation>Charges de travail du scénario. Double-cliquez sur un niveau ou appuyez sur F2 dessus pour déplacer la charge de travail.</translation>
    </message>
</context>
<context>
    <name>ea::PlannerBoard</name>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="26"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="26"/>
        <source>end-to-end</source>
        <translation>de bout en bout</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="32"/>
        <source>Planner board</source>
        <translation>Tableau de planification</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="33"/>
        <source>Workloads as cards in one column per tier; drag a card or press Ctrl+Left/Right to move a workload to another tier</source>
        <translation>Charges de travail sous forme de fiches, une colonne par niveau ; faites glisser une fiche ou appuyez sur Ctrl+Left/Right pour déplacer une charge de travail vers un autre niveau</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="247"/>
        <source>1 workload</source>
        <translation>1 charge de travail</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="247"/>
        <source>%n workloads</source>
        <translation>
            <numerusform>%n charge de travail</numerusform>
            <numerusform>%n charges de travail</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="253"/>
        <source>%1/mo</source>
        <translation>%1/mois</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="256"/>
        <source>1 GPU</source>
        <translation>1 GPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="256"/>
        <source>%Ln GPUs</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="257"/>
        <source>%1: GPUs %2, API %3, egress %4 per month; %5 GPUs at %6 sites</source>
        <translation>%1 : GPU %2, API %3, trafic sortant %4 par mois ; %5 GPU sur %6 sites</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="264"/>
        <source>Under the active what-if conditions: %1 per month (%2 GPUs at %3 sites)</source>
        <translation>Avec les conditions de simulation actives : %1 par mois (%2 GPU sur %3 sites)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="267"/>
        <source>evaluating…</source>
        <translation>évaluation…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="283"/>
        <source>%1 %2 ≤ %3</source>
        <translation>%1 %2 ≤ %3</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="313"/>
        <source>p50 %1 · p95 %2 · p99 %3</source>
        <translation>p50 %1 · p95 %2 · p99 %3</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="315"/>
        <source>%1 per month (GPU %2, API %3, egress %4)</source>
        <translation>%1 par mois (GPU %2, API %3, trafic sortant %4)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="318"/>
        <source>%1 of requests within the SLO</source>
        <translation>%1 des requêtes respectent le SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="323"/>
        <source>&lt;b&gt;Under the active what-if conditions:&lt;/b&gt; %1 → %2 per month, %3 → %4 within the SLO</source>
        <translation>&lt;b&gt;Avec les conditions de simulation actives :&lt;/b&gt; %1 → %2 par mois, %3 → %4 dans le SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="327"/>
        <source>Unserved: %1</source>
        <translation>Non servi : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="335"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="336"/>
        <source>Regions that lose the SLO: %1</source>
        <translation>Régions qui perdent le SLO : %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="340"/>
        <source>&lt;i&gt;Re-evaluating…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Réévaluation…&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="343"/>
        <source>Pinned: the optimizer keeps it in its tier</source>
        <translation>Épinglée : l&apos;optimiseur la garde dans son niveau</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="344"/>
        <source>&lt;i&gt;Drag to another tier, or Ctrl+Left/Right&lt;/i&gt;</source>
        <translation>&lt;i&gt;Faites glisser vers un autre niveau, ou Ctrl+Left/Right&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="397"/>
        <source>%1: %2 met · busiest %3</source>
        <translation>%1 : %2 respecté · pic de charge %3</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="399"/>
        <source>%1: %2 met</source>
        <translation>%1 : %2 respecté</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="463"/>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
</context>
<context>
    <name>ea::PlannerChart</name>
    <message>
        <location filename="../widgets/charts/plannerchart.cpp" line="263"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ea::PlannerCharts</name>
    <message>
        <location filename="../widgets/charts/chartinputs.cpp" line="31"/>
        <source>million USD</source>
        <translation>millions USD</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartinputs.cpp" line="33"/>
        <source>thousand USD</source>
        <translation>milliers USD</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartinputs.cpp" line="34"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartinputs.cpp" line="40"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartinputs.cpp" line="42"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartinputs.cpp" line="43"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="30"/>
        <source>Cost/latency</source>
        <translation>Coût/latence</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="31"/>
        <source>Cost against latency of every workload, with its other tiers and its Pareto front</source>
        <translation>Coût et latence de chaque charge de travail, avec ses autres niveaux et son front de Pareto</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="33"/>
        <source>Cost by tier</source>
        <translation>Coût par niveau</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="34"/>
        <source>Cost per month of each tier: GPUs, API tokens, egress</source>
        <translation>Coût par mois de chaque niveau : GPU, jetons d&apos;API, trafic sortant</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="35"/>
        <source>Percentiles</source>
        <translation>Centiles</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="36"/>
        <source>p50, p95 and p99 of every workload against its budget</source>
        <translation>p50, p95 et p99 de chaque charge de travail par rapport à son budget</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="37"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="38"/>
        <source>The selected workload&apos;s worst regions</source>
        <translation>Les pires régions de la charge de travail sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="39"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="40"/>
        <source>Where the selected workload&apos;s latency goes, in each tier</source>
        <translation>Répartition de la latence de la charge de travail sélectionnée, dans chaque niveau</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="43"/>
        <source>The workload the Regions and Budget charts show</source>
        <translation>La charge de travail affichée par les graphiques Régions et Budget</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="44"/>
        <source>Workload shown in the charts</source>
        <translation>Charge de travail affichée dans les graphiques</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="46"/>
        <source>&amp;Workload:</source>
        <translation>&amp;Charge de travail :</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="58"/>
        <source>Planner charts</source>
        <translation>Graphiques de planification</translation>
    </message>
</context>
<context>
    <name>ea::Prices</name>
    <message>
        <location filename="../engine/export/prices.cpp" line="60"/>
        <source>not JSON: %1 at %2</source>
        <translation>JSON invalide : %1 à la %2</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="66"/>
        <source>expected an object of model entries, got an array</source>
        <translation>attendu : un objet d&apos;entrées de modèles, reçu : un tableau</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="85"/>
        <source>expected an object, got %1</source>
        <translation>attendu : un objet, reçu : %1</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="97"/>
        <source>&quot;%1&quot; is not a chat or completion model</source>
        <translation>&quot;%1&quot; n&apos;est pas un modèle de type chat ou completion</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="115"/>
        <source>%1: %2 / %3 USD per million tokens in/out (&quot;%4&quot;, %5)</source>
        <translation>%1 : %2 / %3 USD par million de jetons en entrée/sortie (&quot;%4&quot;, %5)</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="123"/>
        <source>no entry for any of the scenario&apos;s models (%1); name them with %2</source>
        <translation>aucune entrée pour les modèles du scénario (%1) ; nommez-les avec %2</translation>
    </message>
</context>
<context>
    <name>ea::ProbeHistory</name>
    <message>
        <location filename="../engine/probe/history.cpp" line="144"/>
        <source>%1: cannot open the history: %2</source>
        <translation>%1 : impossible d&apos;ouvrir l&apos;historique : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="177"/>
        <source>the probe history needs a QCoreApplication</source>
        <translation>l&apos;historique des sondes nécessite un QCoreApplication</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="179"/>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>le pilote SQLite de Qt n&apos;est pas installé (paquet Debian libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="188"/>
        <source>%1: not a readable SQLite file: %2</source>
        <translation>%1 : fichier SQLite illisible : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="193"/>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1 : impossible de lire la version du schéma : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="196"/>
        <source>%1: the history was written by a newer EdgeAtlas (schema version %2; this version reads up to %3)</source>
        <translation>%1 : l&apos;historique a été écrit par une version plus récente d&apos;EdgeAtlas (version du schéma %2 ; cette version lit jusqu&apos;à la %3)</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="202"/>
        <source>%1: damaged probe history (schema version %2, results table %3)</source>
        <translation>%1 : historique des sondes endommagé (version du schéma %2, table results %3)</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="205"/>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="205"/>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="208"/>
        <source>%1: the history file is damaged: %2</source>
        <translation>%1 : le fichier d&apos;historique est endommagé : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="211"/>
        <source>%1: not an EdgeAtlas probe history (it has other tables: %2)</source>
        <translation>%1 : ce n&apos;est pas un historique de sondes EdgeAtlas (il contient d&apos;autres tables : %2)</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="215"/>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="224"/>
        <location filename="../engine/probe/history.cpp" line="227"/>
        <source>%1: cannot create the history: %2</source>
        <translation>%1 : impossible de créer l&apos;historique : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="230"/>
        <source>%1: cannot switch to WAL journaling: %2</source>
        <translation>%1 : impossible de passer à la journalisation WAL : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="244"/>
        <source>the probe history is not open</source>
        <translation>l&apos;historique des sondes n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="252"/>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1 : impossible de démarrer une transaction : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="262"/>
        <location filename="../engine/probe/history.cpp" line="290"/>
        <location filename="../engine/probe/history.cpp" line="297"/>
        <source>%1: cannot store results: %2</source>
        <translation>%1 : impossible d&apos;enregistrer les résultats : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="325"/>
        <location filename="../engine/probe/history.cpp" line="345"/>
        <location filename="../engine/probe/history.cpp" line="376"/>
        <location filename="../engine/probe/history.cpp" line="437"/>
        <source>%1: query failed: %2</source>
        <translation>%1 : échec de la requête : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="422"/>
        <source>%1: cannot purge: %2</source>
        <translation>%1 : purge impossible : %2</translation>
    </message>
</context>
<context>
    <name>ea::ProbeSettingsPanel</name>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="21"/>
        <source>Probe settings</source>
        <translation>Paramètres des sondes</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="27"/>
        <location filename="../app/monitor/probesettingspanel.cpp" line="33"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="28"/>
        <source>Each target is probed once per interval, start to start</source>
        <translation>Chaque cible est sondée une fois par intervalle, de début à début</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="29"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="34"/>
        <source>Connection and first byte must arrive within this time</source>
        <translation>La connexion et le premier octet doivent arriver dans ce délai</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="35"/>
        <source>&amp;Timeout:</source>
        <translation>Délai d&apos;&amp;expiration :</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="38"/>
        <source>Probes in flight at once</source>
        <translation>Sondes en cours simultanément</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="39"/>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Simultanéité :</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="41"/>
        <source>Reuse (keep-alive)</source>
        <translation>Réutilisées (keep-alive)</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="42"/>
        <source>Fresh for every probe</source>
        <translation>Nouvelles à chaque sonde</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="43"/>
        <source>Fresh connections also measure DNS, TCP and TLS set-up every time</source>
        <translation>Les nouvelles connexions mesurent aussi l&apos;établissement DNS, TCP et TLS à chaque fois</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="44"/>
        <source>C&amp;onnections:</source>
        <translation>C&amp;onnexions :</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="45"/>
        <source>&amp;Verify TLS certificates</source>
        <translation>&amp;Vérifier les certificats TLS</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="46"/>
        <source>Check each server&apos;s certificate and host name; turn off only for test servers with self-signed certificates</source>
        <translation>Vérifier le certificat et le nom d&apos;hôte de chaque serveur ; ne désactiver que pour des serveurs de test à certificats auto-signés</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="51"/>
        <source>Where the probes run from: the model predicts each target&apos;s RTT from here</source>
        <translation>Lieu d&apos;où partent les sondes : le modèle prédit le RTT de chaque cible depuis ce point</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="52"/>
        <source>&amp;Vantage point:</source>
        <translation>Point d&apos;o&amp;bservation :</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="58"/>
        <source>lat </source>
        <extracomment>Prefix of the latitude field of a custom vantage point</extracomment>
        <translation>lat </translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="59"/>
        <source>Latitude of the vantage point</source>
        <translation>Latitude du point d&apos;observation</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="64"/>
        <source>lon </source>
        <extracomment>Prefix of the longitude field of a custom vantage point</extracomment>
        <translation>lon </translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="65"/>
        <source>Longitude of the vantage point</source>
        <translation>Longitude du point d&apos;observation</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="71"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="71"/>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="71"/>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="72"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="72"/>
        <source>2 hours</source>
        <translation>2 heures</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="75"/>
        <source>The span of the percentiles, the alarms and the chart</source>
        <translation>Période couverte par les centiles, les alarmes et le graphique</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="76"/>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="149"/>
        <source>Custom location (latitude, longitude)</source>
        <translation>Emplacement personnalisé (latitude, longitude)</translation>
    </message>
</context>
<context>
    <name>ea::ProbeState</name>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="59"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="61"/>
        <source>DNS failure</source>
        <translation>Échec DNS</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="63"/>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="65"/>
        <source>Connect failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="67"/>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="69"/>
        <source>TLS failure</source>
        <translation>Échec TLS</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="71"/>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="73"/>
        <source>Malformed stream</source>
        <translation>Flux mal formé</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="75"/>
        <source>Stalled</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="77"/>
        <source>Closed early</source>
        <translation>Fermé prématurément</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="79"/>
        <source>Configuration error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="83"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ea::ProbeStateMark</name>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="80"/>
        <source>D</source>
        <comment>badge mark of the probe state: DNS failure</comment>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="82"/>
        <source>R</source>
        <comment>badge mark of the probe state: Connection refused</comment>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="84"/>
        <source>C</source>
        <comment>badge mark of the probe state: Connect failed</comment>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="86"/>
        <source>T</source>
        <comment>badge mark of the probe state: Timeout</comment>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="88"/>
        <source>L</source>
        <comment>badge mark of the probe state: TLS failure</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="90"/>
        <source>H</source>
        <comment>badge mark of the probe state: HTTP error</comment>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="92"/>
        <source>M</source>
        <comment>badge mark of the probe state: Malformed stream</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="94"/>
        <source>S</source>
        <comment>badge mark of the probe state: Stalled</comment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probestatestyle.cpp" line="96"/>
        <source>E</source>
        <comment>badge mark of the probe state: Closed early</comment>
        <translation>E</translation>
    </message>
</context>
<context>
    <name>ea::ProbeTableModel</name>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="69"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="71"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="140"/>
        <source>No result yet</source>
        <translation>Aucun résultat pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="147"/>
        <source>%1 bytes, %n token(s), reused connection</source>
        <translation>
            <numerusform>%1 octets, %n jeton, connexion réutilisée</numerusform>
            <numerusform>%1 octets, %n jetons, connexion réutilisée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="149"/>
        <source>%1 bytes, %n token(s), new connection</source>
        <translation>
            <numerusform>%1 octets, %n jeton, nouvelle connexion</numerusform>
            <numerusform>%1 octets, %n jetons, nouvelle connexion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="152"/>
        <source>The model&apos;s network RTT from the vantage point; prediction band %1 – %2</source>
        <translation>RTT réseau du modèle depuis le point d&apos;observation ; bande de prédiction %1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="154"/>
        <source>Not a scenario node: no model prediction</source>
        <translation>Pas un nœud du scénario : aucune prédiction du modèle</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="156"/>
        <source>Measured request RTT (median over the window) minus the model&apos;s</source>
        <translation>RTT mesuré des requêtes (médiane sur la fenêtre) moins celui du modèle</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="159"/>
        <source>Request RTT over the window (first byte minus DNS, connect and TLS set-up); %n sample(s), %1 failed</source>
        <translation>
            <numerusform>RTT des requêtes sur la fenêtre (premier octet moins l&apos;établissement DNS, de connexion et TLS) ; %n échantillon, %1 en échec</numerusform>
            <numerusform>RTT des requêtes sur la fenêtre (premier octet moins l&apos;établissement DNS, de connexion et TLS) ; %n échantillons, %1 en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="165"/>
        <source>No interactive workload in this node&apos;s tier</source>
        <translation>Aucune charge de travail interactive dans le niveau de ce nœud</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="167"/>
        <source>The SLO&apos;s percentile of the measured TTFT over the window, against %1 of %2</source>
        <translation>Le centile du SLO appliqué au TTFT mesuré sur la fenêtre, comparé à %1 de %2</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="168"/>
        <source>The SLO&apos;s percentile of the measured end-to-end estimate over the window, against %1 of %2</source>
        <translation>Le centile du SLO appliqué à l&apos;estimation de bout en bout mesurée sur la fenêtre, comparé à %1 de %2</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="173"/>
        <source>The tightest SLO of the plan&apos;s workloads in this tier: %1</source>
        <translation>Le SLO le plus strict des charges de travail du plan dans ce niveau : %1</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="223"/>
        <source>Target</source>
        <extracomment>Column header: the probed endpoint (its id)</extracomment>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="226"/>
        <source>Node</source>
        <extracomment>Column header: the scenario node the target is</extracomment>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="229"/>
        <source>State</source>
        <extracomment>Column header: the outcome of the newest probe</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="231"/>
        <source>Time to the first byte of the newest probe</source>
        <translation>Délai du premier octet de la sonde la plus récente</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="231"/>
        <source>First byte</source>
        <translation>Premier octet</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="233"/>
        <source>Time to the first token of the newest probe</source>
        <translation>Délai du premier jeton de la sonde la plus récente</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="233"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="235"/>
        <source>Median inter-token latency of the newest probe</source>
        <translation>Latence inter-jetons médiane de la sonde la plus récente</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="235"/>
        <source>ITL p50</source>
        <translation>ITL p50</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="237"/>
        <source>Modeled RTT</source>
        <translation>RTT modélisé</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="240"/>
        <source>Residual</source>
        <extracomment>Column header: measured RTT minus modeled RTT</extracomment>
        <translation>Résidu</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="243"/>
        <source>RTT p50</source>
        <extracomment>Column header: median request round-trip time over the window</extracomment>
        <translation>RTT p50</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="246"/>
        <source>RTT p95</source>
        <extracomment>Column header: 95th percentile of the request round-trip time</extracomment>
        <translation>RTT p95</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="249"/>
        <source>SLO value</source>
        <extracomment>Column header: the measured value the SLO is checked against</extracomment>
        <translation>Valeur SLO</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="252"/>
        <source>SLO</source>
        <extracomment>Column header: the service level objective (e.g. TTFT p95 &lt; 200 ms)</extracomment>
        <translation>SLO</translation>
    </message>
</context>
<context>
    <name>ea::Prober</name>
    <message>
        <location filename="../engine/probe/prober.cpp" line="129"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl n&apos;a pas pu être initialisée</translation>
    </message>
</context>
<context>
    <name>ea::ProfileDialog</name>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="19"/>
        <source>Use as Compute Profile</source>
        <translation>Utiliser comme profil de calcul</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="22"/>
        <source>The planner will use these measured figures instead of the roofline wherever a workload of this model and precision runs on the chosen GPU type. Measured on: &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Le planificateur utilisera ces valeurs mesurées au lieu du plafond (roofline) partout où une charge de travail de ce modèle et de cette précision s&apos;exécute sur le type de GPU choisi. Mesuré sur : &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="30"/>
        <source>Choose the GPU type this device stands for…</source>
        <translation>Choisir le type de GPU que représente ce périphérique…</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="35"/>
        <source>Preselected when the measured device&apos;s name matches a GPU type of the scenario</source>
        <translation>Présélectionné lorsque le nom du périphérique mesuré correspond à un type de GPU du scénario</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="56"/>
        <source>&amp;GPU type:</source>
        <translation>Type de &amp;GPU :</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="57"/>
        <source>&amp;Measured:</source>
        <translation>&amp;Mesuré :</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="58"/>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="59"/>
        <source>How:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="60"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="63"/>
        <source>Use as Profile</source>
        <translation>Utiliser comme profil</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="104"/>
        <source>roofline</source>
        <extracomment>The planner keeps its roofline estimate for a figure that was not measured</extracomment>
        <translation>plafond (roofline)</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="105"/>
        <source>decode step at batch 1: %1
per extra sequence: %2
prefill: %3</source>
        <translation>étape de décodage avec un lot de 1 : %1
par séquence supplémentaire : %2
pré-remplissage : %3</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="107"/>
        <location filename="../app/trials/profiledialog.cpp" line="110"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="113"/>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
</context>
<context>
    <name>ea::PromTextParser</name>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="323"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="338"/>
        <source>expected a metric name</source>
        <translation>attendu : un nom de métrique</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="353"/>
        <source>expected a label name</source>
        <translation>attendu : un nom d&apos;étiquette</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="359"/>
        <source>expected &apos;=&apos; after label %1</source>
        <translation>attendu : &apos;=&apos; après l&apos;étiquette %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="363"/>
        <source>expected a quoted value for label %1</source>
        <translation>attendu : une valeur entre guillemets pour l&apos;étiquette %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="385"/>
        <source>unknown escape \%1 in label %2</source>
        <translation>échappement inconnu \%1 dans l&apos;étiquette %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="390"/>
        <source>unterminated value of label %1</source>
        <translation>valeur non terminée de l&apos;étiquette %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="392"/>
        <source>label %1 given twice</source>
        <translation>étiquette %1 donnée deux fois</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="398"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after label %1</source>
        <translation>attendu : &apos;,&apos; ou &apos;}&apos; après l&apos;étiquette %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="404"/>
        <source>expected a value (and an optional timestamp)</source>
        <translation>attendu : une valeur (et un horodatage facultatif)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="407"/>
        <source>not a number: %1</source>
        <translation>ce n&apos;est pas un nombre : %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="412"/>
        <source>not a timestamp: %1</source>
        <translation>ce n&apos;est pas un horodatage : %1</translation>
    </message>
</context>
<context>
    <name>ea::PrometheusClient</name>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="85"/>
        <source>Prometheus answered %1 (HTTP %2): %3</source>
        <translation>Prometheus a répondu %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="90"/>
        <source>HTTP %1 from the Prometheus server: %2</source>
        <translation>HTTP %1 du serveur Prometheus : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="94"/>
        <source>malformed answer from the Prometheus server (not JSON: %1)</source>
        <translation>réponse mal formée du serveur Prometheus (pas du JSON : %1)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="96"/>
        <source>malformed answer from the Prometheus server (status &quot;%1&quot;)</source>
        <translation>réponse mal formée du serveur Prometheus (statut &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="104"/>
        <source>malformed answer from the Prometheus server (scalar result)</source>
        <translation>réponse mal formée du serveur Prometheus (résultat scalaire)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="109"/>
        <source>malformed answer from the Prometheus server (result type &quot;%1&quot;)</source>
        <translation>réponse mal formée du serveur Prometheus (type de résultat &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="123"/>
        <location filename="../engine/probe/prometheusclient.cpp" line="129"/>
        <source>malformed answer from the Prometheus server (a sample of a series)</source>
        <translation>réponse mal formée du serveur Prometheus (un échantillon d&apos;une série)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="148"/>
        <location filename="../engine/probe/prometheusclient.cpp" line="151"/>
        <source>libcurl could not be initialised</source>
        <translation>libcurl n&apos;a pas pu être initialisée</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="179"/>
        <source>%1: the answer is larger than %2 MiB</source>
        <translation>%1 : la réponse dépasse %2 MiB</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="181"/>
        <source>cannot reach the Prometheus server at %1: %2</source>
        <translation>impossible de joindre le serveur Prometheus à %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="203"/>
        <source>query_range needs start &lt;= end and a step &gt; 0</source>
        <translation>query_range exige start &lt;= end et un step &gt; 0</translation>
    </message>
</context>
<context>
    <name>ea::PrometheusDialog</name>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="98"/>
        <source>Latency History from Prometheus</source>
        <translation>Historique de latence depuis Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="103"/>
        <source>Base URL of the Prometheus server that scrapes the probe agents</source>
        <translation>URL de base du serveur Prometheus qui collecte les métriques des agents de sonde</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="105"/>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="106"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="107"/>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="108"/>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="111"/>
        <source>First byte</source>
        <translation>Premier octet</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="112"/>
        <source>Time to first token</source>
        <translation>Délai du premier jeton</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="113"/>
        <source>Whole transfer</source>
        <translation>Transfert complet</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="115"/>
        <source>p50 (median)</source>
        <translation>p50 (médiane)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="116"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="117"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="120"/>
        <source>all targets</source>
        <translation>toutes les cibles</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="121"/>
        <source>Only this target id (exact match); empty for every target</source>
        <translation>Uniquement cet identifiant de cible (correspondance exacte) ; vide pour toutes les cibles</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="125"/>
        <source>The PromQL the dialog runs, to reuse in Prometheus or Grafana</source>
        <translation>La requête PromQL exécutée par la boîte de dialogue, à réutiliser dans Prometheus ou Grafana</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="126"/>
        <source>PromQL query</source>
        <translation>Requête PromQL</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="129"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="130"/>
        <source>&amp;Range:</source>
        <translation>&amp;Plage :</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="131"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="132"/>
        <source>&amp;Quantile:</source>
        <translation>&amp;Quantile :</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="133"/>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="134"/>
        <source>PromQL:</source>
        <translation>PromQL :</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="136"/>
        <source>&amp;Load</source>
        <translation>C&amp;harger</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="137"/>
        <source>Query the server for the chosen range</source>
        <translation>Interroger le serveur sur la plage choisie</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="143"/>
        <source>Querying the server</source>
        <translation>Interrogation du serveur</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="148"/>
        <source>Query status</source>
        <translation>État de la requête</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="155"/>
        <location filename="../app/monitor/prometheusdialog.cpp" line="171"/>
        <source>Latency per target</source>
        <translation>Latence par cible</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="158"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="160"/>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="172"/>
        <source>One line per target: the chosen quantile of the chosen latency over time, as the probe agents&apos; histograms in Prometheus give it</source>
        <translation>Une courbe par cible : le quantile choisi de la latence choisie au fil du temps, tel que le donnent les histogrammes des agents de sonde dans Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="177"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="177"/>
        <source>Latest (ms)</source>
        <translation>Dernière (ms)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="177"/>
        <source>Median (ms)</source>
        <translation>Médiane (ms)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="177"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="182"/>
        <source>Latency per target, latest and median</source>
        <translation>Latence par cible, dernière valeur et médiane</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="184"/>
        <source>Per target: the latest value, the median over the range and the number of points</source>
        <translation>Par cible : la dernière valeur, la médiane sur la plage et le nombre de points</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="249"/>
        <source>Enter the server&apos;s URL, e.g. %1</source>
        <translation>Saisissez l&apos;URL du serveur, par ex. %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="261"/>
        <source>Querying %1</source>
        <extracomment>Status bar: %1 is the Prometheus server&apos;s URL</extracomment>
        <translation>Interrogation de %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="275"/>
        <source>Querying %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="285"/>
        <source>the query was cancelled</source>
        <translation>la requête a été annulée</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="290"/>
        <source>the query failed</source>
        <translation>la requête a échoué</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="302"/>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="314"/>
        <source>(no target label)</source>
        <translation>(sans étiquette target)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="356"/>
        <source>No series: no agent&apos;s histogram matched in this range.</source>
        <translation>Aucune série : aucun histogramme d&apos;agent ne correspond sur cette plage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/prometheusdialog.cpp" line="359"/>
        <source>%n target(s), %1 with data.</source>
        <translation>
            <numerusform>%n cible, %1 avec des données.</numerusform>
            <numerusform>%n cibles, %1 avec des données.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::RecentFiles</name>
    <message>
        <location filename="../app/recentfiles.cpp" line="67"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="76"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="86"/>
        <source>File Not Found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="87"/>
        <source>%1 no longer exists. It was removed from the list of recent files.</source>
        <translation>%1 n&apos;existe plus. Il a été retiré de la liste des fichiers récents.</translation>
    </message>
</context>
<context>
    <name>ea::RecoveryDialog</name>
    <message>
        <location filename="../app/recoverydialog.cpp" line="26"/>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="27"/>
        <source>EdgeAtlas did not close normally. These unsaved changes were kept:</source>
        <translation>EdgeAtlas ne s&apos;est pas fermé normalement. Ces modifications non enregistrées ont été conservées :</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="34"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="34"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="34"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="35"/>
        <source>Recovery files of EdgeAtlas sessions that ended without saving</source>
        <translation>Fichiers de récupération des sessions EdgeAtlas terminées sans enregistrement</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="41"/>
        <source>%1 (never saved)</source>
        <translation>%1 (jamais enregistré)</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="41"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="46"/>
        <source>Damaged: %1</source>
        <translation>Endommagé : %1</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="58"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="60"/>
        <source>Open the selected changes; the scenario stays unsaved until you save it</source>
        <translation>Ouvrir les modifications sélectionnées ; le scénario reste non enregistré jusqu&apos;à ce que vous l&apos;enregistriez</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="62"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="64"/>
        <source>Delete the selected recovery file for good</source>
        <translation>Supprimer définitivement le fichier de récupération sélectionné</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="65"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="67"/>
        <source>Keep the recovery files and ask again at the next start (Esc)</source>
        <translation>Conserver les fichiers de récupération et redemander au prochain démarrage (Échap)</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="127"/>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="128"/>
        <source>The recovery file cannot be restored.</source>
        <translation>Le fichier de récupération ne peut pas être restauré.</translation>
    </message>
</context>
<context>
    <name>ea::RecoveryStore</name>
    <message>
        <location filename="../app/autosave.cpp" line="96"/>
        <source>damaged, invalid JSON: %1</source>
        <translation>endommagé, JSON invalide : %1</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="100"/>
        <source>not an EdgeAtlas recovery file</source>
        <translation>ce n&apos;est pas un fichier de récupération EdgeAtlas</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="110"/>
        <source>the saved scenario is invalid: %1</source>
        <translation>le scénario enregistré n&apos;est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>ea::RegionAttainmentChart</name>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="31"/>
        <source>Worst regions of the selected workload</source>
        <translation>Pires régions de la charge de travail sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="34"/>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="175"/>
        <source>Within budget</source>
        <translation>Dans le budget</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="35"/>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="176"/>
        <source>Over budget</source>
        <translation>Hors budget</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="46"/>
        <source>Worst regions chart</source>
        <translation>Graphique des pires régions</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="87"/>
        <source>Latency at %1 (%2)</source>
        <translation>Latence à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="96"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="98"/>
        <source>%1 (not served)</source>
        <translation>%1 (non desservie)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="120"/>
        <source>Worst regions</source>
        <translation>Pires régions</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="121"/>
        <source>Select a workload to see its worst regions.</source>
        <translation>Sélectionnez une charge de travail pour voir ses pires régions.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="122"/>
        <source>No evaluated plan.</source>
        <translation>Aucun plan évalué.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="126"/>
        <source>Worst regions: %1</source>
        <translation>Pires régions : %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="127"/>
        <source>%1 of requests within %2 at %3 (%4 in %5). %6 of %7 regions over budget.</source>
        <translation>%1 des requêtes dans les %2 à %3 (%4 dans %5). %6 régions sur %7 hors budget.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="131"/>
        <source>%Ln not served.</source>
        <translation>
            <numerusform>%Ln non desservie.</numerusform>
            <numerusform>%Ln non desservies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="132"/>
        <source>The %n worst shown.</source>
        <translation>
            <numerusform>%n pire région affichée.</numerusform>
            <numerusform>Les %n pires régions affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="136"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="158"/>
        <source>%1, %2 (rank %3 from worst)</source>
        <translation>%1, %2 (rang %3 en partant du pire)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="160"/>
        <source>Not served: no node of this tier can take its demand.</source>
        <translation>Non desservie : aucun nœud de ce niveau ne peut absorber sa demande.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="162"/>
        <source>Latency at p%1: %2 against a budget of %3</source>
        <translation>Latence à p%1 : %2 pour un budget de %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="165"/>
        <source>Network RTT (median): %1</source>
        <translation>RTT réseau (médiane) : %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="167"/>
        <source>Served by %1 (%2)</source>
        <translation>Desservie par %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="177"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ea::ReportData</name>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="81"/>
        <source>The plan serves %Ln workload(s) with %1 of demand on average for %2 per month: %3 on GPU hours, %4 on per-token APIs and %5 on egress. %6 of all requests finish within their workload&apos;s latency budget.</source>
        <translation>
            <numerusform>Le plan sert %Ln charge de travail avec %1 de demande en moyenne pour %2 par mois : %3 en heures GPU, %4 en API facturées au jeton et %5 en trafic sortant. %6 de toutes les requêtes se terminent dans le budget de latence de leur charge de travail.</numerusform>
            <numerusform>Le plan sert %Ln charges de travail avec %1 de demande en moyenne pour %2 par mois : %3 en heures GPU, %4 en API facturées au jeton et %5 en trafic sortant. %6 de toutes les requêtes se terminent dans le budget de latence de leur charge de travail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="90"/>
        <source>Every workload meets its SLO (at least %1 of its requests within budget).</source>
        <translation>Chaque charge de travail respecte son SLO (au moins %1 de ses requêtes dans le budget).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="93"/>
        <source>%n workload(s) miss their SLO (fewer than %1 of requests within budget): %2.</source>
        <translation>
            <numerusform>%n charge de travail ne respecte pas son SLO (moins de %1 des requêtes dans le budget) : %2.</numerusform>
            <numerusform>%n charges de travail ne respectent pas leur SLO (moins de %1 des requêtes dans le budget) : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="108"/>
        <source>saving %1</source>
        <extracomment>What the plan saves per month against the baseline</extracomment>
        <translation>économie de %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="111"/>
        <source>extra %1</source>
        <extracomment>What the plan costs per month more than the baseline</extracomment>
        <translation>surcoût de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="113"/>
        <source>Against %1: %Ln workload(s) move. Cost per month %2 → %3 (%4); SLO attainment %5 → %6; workloads meeting their SLO %7 → %8.</source>
        <extracomment>%4 is &quot;saving $1.2k&quot; or &quot;extra $1.2k&quot;</extracomment>
        <translation>
            <numerusform>Par rapport à %1 : %Ln charge de travail est déplacée. Coût par mois %2 → %3 (%4) ; taux de respect du SLO %5 → %6 ; charges de travail respectant leur SLO %7 → %8.</numerusform>
            <numerusform>Par rapport à %1 : %Ln charges de travail sont déplacées. Coût par mois %2 → %3 (%4) ; taux de respect du SLO %5 → %6 ; charges de travail respectant leur SLO %7 → %8.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="124"/>
        <source>The scenario carries its own RTT parameters: %1</source>
        <translation>Le scénario a ses propres paramètres de RTT : %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="127"/>
        <source>Fitted on %1 %2 (fitted %3). Absolute relative error, held out by 5-fold cross-validation: median %4, P90 %5 (in-sample %6 and %7; one global inflation factor instead: %8 and %9). A modeled 100 ms round trip is typically within ±%10 ms of a measurement, and within ±%11 ms for nine pairs in ten.</source>
        <translation>Ajusté sur %1 %2 (ajusté le %3). Erreur relative absolue, mesurée hors échantillon par validation croisée à 5 blocs : médiane %4, P90 %5 (dans l&apos;échantillon %6 et %7 ; avec un seul facteur d&apos;allongement global à la place : %8 et %9). Un aller-retour modélisé de 100 ms est généralement à ±%10 ms près d&apos;une mesure, et à ±%11 ms près pour neuf paires sur dix.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="139"/>
        <source>Paths under %1, where edge sites serve their users, are harder: with whole cities held out of the fit, median %2 and P90 %3.</source>
        <translation>Les trajets de moins de %1, où les sites edge servent leurs utilisateurs, sont plus difficiles : des villes entières étant tenues à l’écart de l’ajustement, médiane %2 et P90 %3.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="172"/>
        <source>Inference placement plan: %1</source>
        <translation>Plan de placement de l&apos;inférence : %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="204"/>
        <source>Natural Earth 1:110m and 1:50m land and country borders, the map&apos;s basemap (via the npm package world-atlas 2.0.2)</source>
        <translation>Terres et frontières des pays Natural Earth 1:110m et 1:50m, fond de la carte (via le paquet npm world-atlas 2.0.2)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="207"/>
        <source>public domain</source>
        <extracomment>The licence of the Natural Earth data</extracomment>
        <translation>domaine public</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="216"/>
        <source>The scenario&apos;s own RTT parameters carry no note on how they were fitted or how accurate they are.</source>
        <translation>Les paramètres de RTT propres au scénario ne précisent ni comment ils ont été ajustés ni quelle est leur précision.</translation>
    </message>
</context>
<context>
    <name>ea::ReportDialog</name>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="59"/>
        <location filename="../app/report/reportdialog.cpp" line="316"/>
        <location filename="../app/report/reportdialog.cpp" line="326"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="62"/>
        <source>PDF document (A4, vector)</source>
        <translation>Document PDF (A4, vectoriel)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="63"/>
        <source>HTML page (one self-contained file)</source>
        <translation>Page HTML (un seul fichier autonome)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="64"/>
        <source>CSV table (every number)</source>
        <translation>Tableau CSV (tous les chiffres)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="65"/>
        <source>JSON (every number)</source>
        <translation>JSON (tous les chiffres)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="67"/>
        <source>PDF and HTML hold the whole report; CSV and JSON carry its numbers for other tools</source>
        <translation>PDF et HTML contiennent le rapport complet ; CSV et JSON en fournissent les chiffres pour d&apos;autres outils</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="68"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="70"/>
        <source>Inference placement plan: %1</source>
        <translation>Plan de placement de l&apos;inférence : %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="71"/>
        <source>The report&apos;s title, on its title page and every page&apos;s header</source>
        <translation>Le titre du rapport, sur sa page de titre et dans l&apos;en-tête de chaque page</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="72"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="74"/>
        <source>Who prepared the report (shown on the title page)</source>
        <translation>Qui a préparé le rapport (affiché sur la page de titre)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="75"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="77"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="79"/>
        <source>The placement saved in %1</source>
        <translation>Le placement enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="81"/>
        <source>The optimizer&apos;s suggestion</source>
        <translation>La suggestion de l&apos;optimiseur</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="82"/>
        <source>Placement file…</source>
        <translation>Fichier de placement…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="83"/>
        <source>The placement the executive summary compares this plan with</source>
        <translation>Le placement auquel la synthèse compare ce plan</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="84"/>
        <source>Compare &amp;with:</source>
        <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="105"/>
        <source>The report&apos;s pages as they will be printed</source>
        <translation>Les pages du rapport telles qu&apos;elles seront imprimées</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="108"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="109"/>
        <source>Choose a file and write the report to it</source>
        <translation>Choisir un fichier et y écrire le rapport</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="168"/>
        <source>Baseline Placement</source>
        <translation>Placement de référence</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="169"/>
        <source>Placement files (*.json);;All files (*)</source>
        <translation>Fichiers de placement (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="192"/>
        <source>Evaluating the plan…</source>
        <translation>Évaluation du plan…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="202"/>
        <source>not saved to a file (%1)</source>
        <translation>non enregistré dans un fichier (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="206"/>
        <source>Preparing the report</source>
        <translation>Préparation du rapport</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="225"/>
        <source>the placement saved in %1</source>
        <translation>le placement enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="233"/>
        <source>%1: %2</source>
        <extracomment>A placement file&apos;s name, then why it could not be read</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="234"/>
        <source>placement file %1</source>
        <translation>fichier de placement %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="236"/>
        <source>searching for the optimizer&apos;s suggestion</source>
        <translation>recherche de la suggestion de l&apos;optimiseur</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="243"/>
        <source>the optimizer has no placement to suggest: %1</source>
        <translation>l&apos;optimiseur n&apos;a aucun placement à suggérer : %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="244"/>
        <source>the optimizer&apos;s suggestion</source>
        <translation>la suggestion de l&apos;optimiseur</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="211"/>
        <location filename="../app/report/reportdialog.cpp" line="257"/>
        <source>Cannot make the report: %1</source>
        <translation>Impossible de créer le rapport : %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="248"/>
        <source>gathering the numbers</source>
        <translation>rassemblement des chiffres</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdialog.cpp" line="276"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="280"/>
        <source>Drawing page %1 of %2…</source>
        <translation>Dessin de la page %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="287"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="296"/>
        <source>the report is not ready yet</source>
        <translation>le rapport n&apos;est pas encore prêt</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="317"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="322"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="325"/>
        <source>Not written</source>
        <translation>Non écrit</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="327"/>
        <source>The report could not be written:
%1</source>
        <translation>Le rapport n&apos;a pas pu être écrit :
%1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="330"/>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
</context>
<context>
    <name>ea::ReportDocument</name>
    <message>
        <location filename="../app/report/reportdata.cpp" line="150"/>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The language code (BCP 47) of this translation, written into the HTML report&apos;s lang attribute: &quot;fr&quot; for French, &quot;ar&quot; for Arabic</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="30"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="31"/>
        <source>Scenario file</source>
        <translation>Fichier de scénario</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="32"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="34"/>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="35"/>
        <source>no baseline placement</source>
        <translation>aucun placement de référence</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="41"/>
        <source>Scope</source>
        <extracomment>The scenario&apos;s scope on the title page: %1 is &quot;N workloads&quot;, %2 &quot;N sites in N tiers&quot;, %3 &quot;N demand regions&quot;</extracomment>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="42"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="43"/>
        <source>%Ln workload(s)</source>
        <translation>
            <numerusform>%Ln charge de travail</numerusform>
            <numerusform>%Ln charges de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="45"/>
        <source>%Ln site(s) in %1</source>
        <extracomment>%1 is &quot;N tiers&quot;</extracomment>
        <translation>
            <numerusform>%Ln site dans %1</numerusform>
            <numerusform>%Ln sites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="46"/>
        <source>%Ln tier(s)</source>
        <translation>
            <numerusform>%Ln niveau</numerusform>
            <numerusform>%Ln niveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="47"/>
        <source>%Ln demand region(s)</source>
        <translation>
            <numerusform>%Ln région de demande</numerusform>
            <numerusform>%Ln régions de demande</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="57"/>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="63"/>
        <source>cost per month</source>
        <translation>coût par mois</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="64"/>
        <source>SLO attainment (requests)</source>
        <translation>taux de respect du SLO (requêtes)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="67"/>
        <source>%1 of %2</source>
        <extracomment>Tile value: %1 workloads meeting their SLO of %2 workloads</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="69"/>
        <source>workloads meeting their SLO</source>
        <translation>charges de travail respectant leur SLO</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="71"/>
        <source>GPUs at %Ln site(s)</source>
        <translation>
            <numerusform>GPU sur %Ln site</numerusform>
            <numerusform>GPU sur %Ln sites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="76"/>
        <source>Cost by tier</source>
        <translation>Coût par niveau</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="87"/>
        <location filename="../app/report/reportsections.cpp" line="31"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="90"/>
        <location filename="../app/report/reportdocument.cpp" line="114"/>
        <location filename="../app/report/reportdocument.cpp" line="240"/>
        <location filename="../app/report/reportsections.cpp" line="85"/>
        <location filename="../app/report/reportsections.cpp" line="154"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="91"/>
        <location filename="../app/report/reportdocument.cpp" line="223"/>
        <location filename="../app/report/reportsections.cpp" line="93"/>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="92"/>
        <location filename="../app/report/reportdocument.cpp" line="249"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="93"/>
        <location filename="../app/report/reportdocument.cpp" line="250"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="94"/>
        <location filename="../app/report/reportsections.cpp" line="149"/>
        <source>GPU hours</source>
        <translation>Heures GPU</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="95"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="96"/>
        <source>Egress</source>
        <translation>Trafic sortant</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="97"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="98"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="109"/>
        <source>too slow in this tier; see its latency decomposition</source>
        <translation>trop lente dans ce niveau ; voir sa décomposition de latence</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="112"/>
        <source>Workloads missing their SLO</source>
        <translation>Charges de travail qui ne respectent pas leur SLO</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="113"/>
        <location filename="../app/report/reportdocument.cpp" line="143"/>
        <location filename="../app/report/reportdocument.cpp" line="239"/>
        <location filename="../app/report/reportsections.cpp" line="29"/>
        <location filename="../app/report/reportwhatif.cpp" line="55"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="115"/>
        <location filename="../app/report/reportdocument.cpp" line="248"/>
        <source>Within budget</source>
        <translation>Dans le budget</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="116"/>
        <source>Latency (SLO pct.)</source>
        <translation>Latence (centile SLO)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="117"/>
        <location filename="../app/report/reportwhatif.cpp" line="58"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="118"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="125"/>
        <source>Changes against the baseline</source>
        <translation>Changements par rapport à la référence</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="128"/>
        <source>No baseline placement was given, so this report states the plan as it is. Export it again with a baseline (a placement file, or the scenario&apos;s saved placement) to see what moving workloads between tiers changes.</source>
        <translation>Aucun placement de référence n&apos;a été fourni, ce rapport présente donc le plan tel quel. Exportez-le de nouveau avec une référence (un fichier de placement, ou le placement enregistré du scénario) pour voir ce que change le déplacement de charges de travail entre niveaux.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="144"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="145"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="146"/>
        <source>Cost before</source>
        <translation>Coût avant</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="147"/>
        <source>Cost after</source>
        <translation>Coût après</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="148"/>
        <source>Attain. before</source>
        <translation>Respect avant</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="149"/>
        <source>Attain. after</source>
        <translation>Respect après</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="156"/>
        <source>Deployment map</source>
        <translation>Carte du déploiement</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="159"/>
        <source>Every inference site of the scenario by tier, and the demand regions sized by their weight. %1 of the %Ln site(s) carry load in this plan.</source>
        <translation>
            <numerusform>Tous les sites d&apos;inférence du scénario par niveau, et les régions de demande dimensionnées selon leur poids. %1 sur %Ln site porte une charge dans ce plan.</numerusform>
            <numerusform>Tous les sites d&apos;inférence du scénario par niveau, et les régions de demande dimensionnées selon leur poids. %1 des %Ln sites portent une charge dans ce plan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="164"/>
        <source>World map of the plan&apos;s sites and demand</source>
        <translation>Carte du monde des sites et de la demande du plan</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="170"/>
        <source>Routes of %1, the interactive workload with the most requests (%2, %3): each demand region to the site serving it, coloured by its latency at the SLO percentile against the budget.</source>
        <translation>Routes de %1, la charge de travail interactive qui reçoit le plus de requêtes (%2, %3) : chaque région de demande vers le site qui la sert, colorée selon sa latence au centile du SLO rapportée au budget.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="174"/>
        <source>Routes of %1</source>
        <translation>Routes de %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="191"/>
        <source>Cost against latency</source>
        <translation>Coût par rapport à la latence</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="194"/>
        <source>Each workload&apos;s cost per month against its latency at the SLO percentile over the budget (1 = at the budget, left of it is within). Faint points: the same workload in another tier it may use.</source>
        <translation>Coût par mois de chaque charge de travail en fonction de sa latence au centile du SLO rapportée au budget (1 = au budget, à gauche = dans le budget). Points pâles : la même charge de travail dans un autre niveau qu&apos;elle peut utiliser.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="199"/>
        <source>Cost per month of each tier, split into GPU hours, per-token API charges and egress.</source>
        <translation>Coût par mois de chaque niveau, réparti entre heures GPU, frais d&apos;API par jeton et trafic sortant.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="207"/>
        <source>Latency against the budgets</source>
        <translation>Latence par rapport aux budgets</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="210"/>
        <source>Each workload&apos;s p50, p95 and p99 latency over its budget; the dashed line is every budget. A ring marks a workload that misses its SLO.</source>
        <translation>Latence p50, p95 et p99 de chaque charge de travail rapportée à son budget ; la ligne en tirets représente chaque budget. Un anneau signale une charge de travail qui ne respecte pas son SLO.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="215"/>
        <source>The demand regions of %1 with the highest latency at the SLO percentile against the budget.</source>
        <translation>Les régions de demande de %1 dont la latence au centile du SLO est la plus élevée par rapport au budget.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="236"/>
        <source>Plan total</source>
        <translation>Total du plan</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="241"/>
        <source>SLO (budget)</source>
        <translation>SLO (budget)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="243"/>
        <source>p50</source>
        <extracomment>Column header: latency at the 50th percentile (median)</extracomment>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="245"/>
        <source>p95</source>
        <extracomment>Column header: latency at the 95th percentile</extracomment>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="247"/>
        <source>p99</source>
        <extracomment>Column header: latency at the 99th percentile</extracomment>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="251"/>
        <location filename="../app/report/reportwhatif.cpp" line="56"/>
        <source>Cost per month</source>
        <translation>Coût par mois</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="252"/>
        <source>Cost per M tokens</source>
        <translation>Coût par M jetons</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="258"/>
        <source>Latencies are at the user, demand-weighted over the regions: time to first token (TTFT) or to the whole answer (E2E) as each SLO states. Attainment is the share of requests within budget (green: at least %1, the SLO is met). GPUs are those the workload adds at its sites; cost per month includes GPU hours, per-token API charges and egress; $ / M tok is that cost per million tokens processed (input and output).</source>
        <translation>Les latences sont mesurées chez l&apos;utilisateur, pondérées par la demande sur les régions : délai du premier jeton (TTFT) ou de la réponse complète (E2E) selon ce qu&apos;indique chaque SLO. Le taux de respect est la part des requêtes dans le budget (vert : au moins %1, le SLO est respecté). Les GPU sont ceux que la charge de travail ajoute sur ses sites ; le coût par mois comprend les heures GPU, les frais d&apos;API par jeton et le trafic sortant ; $ / M jetons est ce coût par million de jetons traités (entrée et sortie).</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="270"/>
        <source>• %1: %2</source>
        <extracomment>A note under the workload table: a workload&apos;s name, then the problem found with it</extracomment>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="272"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="335"/>
        <source>EDGEATLAS PLANNING REPORT</source>
        <translation>RAPPORT DE PLANIFICATION EDGEATLAS</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="337"/>
        <source>Where each AI inference workload should run, what it costs and whether it meets its latency budget</source>
        <translation>Où chaque charge de travail d&apos;inférence IA doit s&apos;exécuter, ce qu&apos;elle coûte et si elle respecte son budget de latence</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="340"/>
        <source>Generated by EdgeAtlas %1 on %2. Figures are model estimates; see Assumptions.</source>
        <translation>Généré par EdgeAtlas %1 le %2. Les chiffres sont des estimations du modèle ; voir Hypothèses.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="356"/>
        <source>Edge</source>
        <extracomment>Short name of the edge tier, for a narrow table column</extracomment>
        <translation>Edge</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="359"/>
        <source>Regional</source>
        <extracomment>Short name of the regional cloud tier, for a narrow table column</extracomment>
        <translation>Régional</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="362"/>
        <source>Central</source>
        <extracomment>Short name of the central cloud tier, for a narrow table column</extracomment>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="365"/>
        <source>On-prem</source>
        <extracomment>Short name of the on-premises tier, for a narrow table column</extracomment>
        <translation>Sur site</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="16"/>
        <source>Latency budget decomposition</source>
        <translation>Décomposition du budget de latence</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="19"/>
        <source>Where the time of each workload&apos;s requests goes at its SLO percentile (demand-weighted means over its regions), against its budget, the dashed line.</source>
        <translation>Répartition du temps des requêtes de chaque charge de travail au centile de son SLO (moyennes pondérées par la demande sur ses régions), comparée à son budget, la ligne en pointillés.</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="26"/>
        <source>Propagation</source>
        <translation>Propagation</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="26"/>
        <source>Route inflation</source>
        <translation>Allongement de route</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="27"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="27"/>
        <source>Queueing</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="28"/>
        <source>Prefill</source>
        <translation>Pré-remplissage</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="28"/>
        <source>Decode</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="30"/>
        <source>Where the time goes (dashed: the budget)</source>
        <translation>Répartition du temps (tirets : le budget)</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="31"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="37"/>
        <source>%1 · %2 · at the percentile %3</source>
        <translation>%1 · %2 · au centile : %3</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="48"/>
        <source>%1  =  %2 (budget %3, %4 of it)</source>
        <extracomment>%1 lists the parts of the latency (&quot;Propagation 12 ms · Access 5 ms · …&quot;), %2 is their sum</extracomment>
        <translation>%1  =  %2 (budget %3, soit %4 du budget)</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="62"/>
        <source>Capacity of the busiest sites</source>
        <translation>Capacité des sites les plus chargés</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="66"/>
        <source>The %Ln site(s) with the most GPUs in this plan (of %1 sites that carry load), with their load at the diurnal peak. Utilization is the GPU-weighted mean over the workloads a site serves; sites are sized so that it stays at or below the tier&apos;s target.</source>
        <extracomment>%1 (the number of sites that carry load) is at least %n</extracomment>
        <translation>
            <numerusform>Le site qui compte le plus de GPU dans ce plan (sur %1 sites qui supportent une charge), avec sa charge au pic journalier. L&apos;utilisation est la moyenne pondérée par les GPU sur les charges de travail que dessert un site ; les sites sont dimensionnés pour qu&apos;elle reste inférieure ou égale à la cible du niveau.</numerusform>
            <numerusform>Les %Ln sites qui comptent le plus de GPU dans ce plan (sur %1 sites qui supportent une charge), avec leur charge au pic journalier. L&apos;utilisation est la moyenne pondérée par les GPU sur les charges de travail que dessert un site ; les sites sont dimensionnés pour qu&apos;elle reste inférieure ou égale à la cible du niveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="84"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="86"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="87"/>
        <source>GPU type</source>
        <translation>Type de GPU</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="88"/>
        <source>GPUs used</source>
        <translation>GPU utilisés</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="89"/>
        <source>GPUs usable</source>
        <translation>GPU utilisables</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="90"/>
        <source>Peak load</source>
        <translation>Charge de pointe</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="91"/>
        <source>Utilization</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="92"/>
        <source>GPU cost per month</source>
        <translation>Coût GPU par mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="97"/>
        <source>These sites use %1 of the %Ln GPU(s) the plan may use there (%2); a site near 100 % has no room for growth or failover.</source>
        <translation>
            <numerusform>Ces sites utilisent %1 sur %Ln GPU que le plan peut y utiliser (%2) ; un site proche de 100 % n&apos;a plus de marge pour la croissance ni pour le basculement.</numerusform>
            <numerusform>Ces sites utilisent %1 des %Ln GPU que le plan peut y utiliser (%2) ; un site proche de 100 % n&apos;a plus de marge pour la croissance ni pour le basculement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="108"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="111"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="125"/>
        <source>Accuracy of the RTT model</source>
        <translation>Précision du modèle de RTT</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="127"/>
        <source>Compute, capacity and cost</source>
        <translation>Calcul, capacité et coût</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="113"/>
        <source>Round trip from a user to a site = the user&apos;s last-mile access + 2 × great-circle distance × route inflation / %1 km/ms (light in fibre). Inflation depends on the pair of world zones, on crossing an ocean and on routing via interconnection hubs. The last mile depends on the workload&apos;s access profile: fixed broadband per country from M-Lab NDT medians, mobile adds the radio network, an enterprise LAN or private 5G pays neither. A new connection adds %Ln handshake round trip(s); %2 of requests open one. Jitter: p95 = %3 × median, p99 = %4 × median.</source>
        <translation>
            <numerusform>Aller-retour d&apos;un utilisateur à un site = l&apos;accès du dernier kilomètre de l&apos;utilisateur + 2 × distance orthodromique × inflation de route / %1 km/ms (la lumière dans la fibre). L&apos;inflation dépend de la paire de zones du monde, de la traversée d&apos;un océan et du routage par des points d&apos;interconnexion. Le dernier kilomètre dépend du profil d&apos;accès de la charge : haut débit fixe par pays d&apos;après les médianes M-Lab NDT, le mobile ajoute le réseau radio, un LAN d&apos;entreprise ou une 5G privée ne paie ni l&apos;un ni l&apos;autre. Une nouvelle connexion ajoute %Ln aller-retour de négociation ; %2 des requêtes en ouvrent une. Gigue : p95 = %3 × médiane, p99 = %4 × médiane.</numerusform>
            <numerusform>Aller-retour d&apos;un utilisateur à un site = l&apos;accès du dernier kilomètre de l&apos;utilisateur + 2 × distance orthodromique × inflation de route / %1 km/ms (la lumière dans la fibre). L&apos;inflation dépend de la paire de zones du monde, de la traversée d&apos;un océan et du routage par des points d&apos;interconnexion. Le dernier kilomètre dépend du profil d&apos;accès de la charge : haut débit fixe par pays d&apos;après les médianes M-Lab NDT, le mobile ajoute le réseau radio, un LAN d&apos;entreprise ou une 5G privée ne paie ni l&apos;un ni l&apos;autre. Une nouvelle connexion ajoute %Ln allers-retours de négociation ; %2 des requêtes en ouvrent une. Gigue : p95 = %3 × médiane, p99 = %4 × médiane.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="129"/>
        <source>Prefill and decode times come from a model of a serving engine on each GPU type (the roofline with the tier&apos;s efficiencies below, plus the engine&apos;s per-step overhead, paged KV cache, chunked prefill and tensor-parallel communication), fitted on published serving results: median error %3 for saturation throughput and %4 for time per output token at concurrency 1, each model family predicted by a fit without it; a measured compute profile replaces it. Each site is sized at its own diurnal peak with M/M/k queueing at the tier&apos;s target utilization, so small edge sites carry more headroom. A workload meets its SLO when at least %1 of its requests are within budget. GPU cost = GPUs × hourly price × %2 hours per month.</source>
        <translation>Les temps de préremplissage et de décodage viennent d&apos;un modèle de moteur de service sur chaque type de GPU (le roofline avec les efficacités du niveau ci-dessous, plus le surcoût par pas du moteur, le cache KV paginé, le préremplissage par morceaux et la communication en parallélisme de tenseurs), ajusté sur des résultats de service publiés : erreur médiane de %3 pour le débit à saturation et de %4 pour le temps par jeton de sortie à la concurrence 1, chaque famille de modèles prédite par un ajustement qui l&apos;exclut ; un profil de calcul mesuré le remplace. Chaque site est dimensionné à son propre pic journalier avec une file M/M/k à l&apos;utilisation cible du niveau, si bien que les petits sites de périphérie gardent plus de marge. Une charge respecte son SLO quand au moins %1 de ses requêtes tiennent dans le budget. Coût GPU = GPU × prix horaire × %2 heures par mois.</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="148"/>
        <source>per token (API)</source>
        <translation>par jeton (API)</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="155"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="156"/>
        <source>Target utilization</source>
        <translation>Utilisation cible</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="157"/>
        <source>Min GPUs / site</source>
        <translation>GPU min. / site</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="158"/>
        <source>Egress / GB</source>
        <translation>Trafic sortant / GB</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="159"/>
        <source>Compute eff.</source>
        <translation>Rend. calcul</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="160"/>
        <source>Bandwidth eff.</source>
        <translation>Rend. bande passante</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="166"/>
        <source>%1 GB</source>
        <extracomment>GPU memory in gigabytes</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="168"/>
        <source>%1 GB/s</source>
        <extracomment>Memory bandwidth in gigabytes per second</extracomment>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="171"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="172"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="173"/>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="174"/>
        <source>BF16 TFLOPS</source>
        <translation>BF16 TFLOPS</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="175"/>
        <source>Price / hour</source>
        <translation>Prix / heure</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="176"/>
        <source>Price as of</source>
        <translation>Prix au</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="182"/>
        <source>%1 B</source>
        <extracomment>A model&apos;s parameter count in billions (B: billion)</extracomment>
        <translation>%1 Md</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="186"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="187"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="188"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="189"/>
        <source>Hidden</source>
        <translation>Dim. cachée</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="190"/>
        <source>Heads / KV</source>
        <translation>Têtes / KV</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="191"/>
        <source>Spec as of</source>
        <translation>Spécif. au</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="198"/>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="202"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="202"/>
        <source>Title and address</source>
        <translation>Titre et adresse</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="203"/>
        <source>Licence · as of</source>
        <translation>Licence · date</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="207"/>
        <source>licence not stated</source>
        <translation>licence non indiquée</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="208"/>
        <source>date not stated</source>
        <translation>date non indiquée</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="209"/>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="18"/>
        <source>A day in the life of the plan</source>
        <translation>Une journée dans la vie du plan</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="20"/>
        <source>The plan could not be evaluated hour by hour.</source>
        <translation>Le plan n&apos;a pas pu être évalué heure par heure.</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="26"/>
        <source>The plan through one day, hour by hour (UTC): each demand region&apos;s requests follow its workloads&apos; daily profiles at the region&apos;s local time, on the GPUs the plan sizes for each site&apos;s own peak. Demand peaks at %1 UTC; at each site&apos;s own peak hour its numbers are the plan&apos;s.</source>
        <translation>Le plan au fil d&apos;une journée, heure par heure (UTC) : les requêtes de chaque région de demande suivent les profils journaliers de ses charges de travail à l&apos;heure locale de la région, sur les GPU que le plan dimensionne pour la pointe propre à chaque site. La demande culmine à %1 UTC ; à l&apos;heure de pointe de chaque site, ses chiffres sont ceux du plan.</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="35"/>
        <source>Load of the sites and SLO attainment per hour and tier; the dashed line is the peak hour.</source>
        <translation>Charge des sites et respect du SLO par heure et par niveau ; la ligne en tirets marque l&apos;heure de pointe.</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="44"/>
        <source>Hour (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="45"/>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="46"/>
        <location filename="../app/report/reportwhatif.cpp" line="59"/>
        <source>Unserved</source>
        <translation>Non servi</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="47"/>
        <source>Attainment</source>
        <translation>Taux de respect</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="48"/>
        <source>Cost per hour</source>
        <translation>Coût par heure</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="52"/>
        <source>%1: SLO / load</source>
        <extracomment>Column of the day table: a tier&apos;s SLO attainment and load of its sites, e.g. &quot;Edge: SLO / load&quot;</extracomment>
        <translation>%1 : SLO / charge</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="57"/>
        <source>%1 (peak)</source>
        <translation>%1 (pointe)</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="78"/>
        <source>Load: what the sites carry that hour over what their GPUs carry at the tier&apos;s target utilization. Attainment: the share of that hour&apos;s requests within their budget. Cost per hour: the plan&apos;s GPUs, plus per-token and egress charges for the requests of that hour.</source>
        <translation>Charge : ce que les sites portent à cette heure rapporté à ce que leurs GPU portent à l&apos;utilisation cible du niveau. Taux de respect : la part des requêtes de l&apos;heure dans leur budget. Coût par heure : les GPU du plan, plus les frais par jeton et de sortie pour les requêtes de l&apos;heure.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="18"/>
        <source>What if: a bad day</source>
        <translation>Et si : une mauvaise journée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwhatif.cpp" line="26"/>
        <source>The same placement under the scenario&apos;s %Ln active what-if condition(s): the cost per month goes from %1 to %2 and SLO attainment from %3 to %4.</source>
        <translation>
            <numerusform>Le même placement sous %Ln condition de simulation active du scénario : le coût par mois passe de %1 à %2 et l’atteinte du SLO de %3 à %4.</numerusform>
            <numerusform>Le même placement sous les %Ln conditions de simulation actives du scénario : le coût par mois passe de %1 à %2 et l’atteinte du SLO de %3 à %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="43"/>
        <location filename="../app/report/reportwhatif.cpp" line="44"/>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="43"/>
        <location filename="../app/report/reportwhatif.cpp" line="44"/>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="49"/>
        <source>All workloads</source>
        <translation>Toutes les charges</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwhatif.cpp" line="52"/>
        <source>%Ln workload(s) lose their SLO</source>
        <translation>
            <numerusform>%Ln charge perd son SLO</numerusform>
            <numerusform>%Ln charges perdent leur SLO</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="57"/>
        <source>SLO attainment</source>
        <translation>Atteinte du SLO</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="60"/>
        <source>Regions lost SLO</source>
        <translation>Régions hors SLO</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="61"/>
        <source>Regions moved</source>
        <translation>Régions déplacées</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="65"/>
        <source>Before: the plan as placed. After: the same placement evaluated with the conditions applied (sites down take no demand; surges, price changes and latency penalties change the inputs). Regions moved are served by another site after.</source>
        <translation>Avant : le plan tel que placé. Après : le même placement évalué avec les conditions appliquées (les sites en panne ne prennent aucune demande ; pics, changements de prix et pénalités de latence modifient les entrées). Les régions déplacées sont servies par un autre site après.</translation>
    </message>
</context>
<context>
    <name>ea::ReportPainter</name>
    <message>
        <location filename="../app/report/reportlayout.cpp" line="46"/>
        <source>%1 (%2 of %3)</source>
        <extracomment>Page heading of a section that spans several pages: its title, then this page&apos;s part of them</extracomment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../app/report/reportlayout.cpp" line="77"/>
        <source>EdgeAtlas planning report · %1</source>
        <extracomment>Page footer: %1 is the scenario&apos;s name</extracomment>
        <translation>Rapport de planification EdgeAtlas · %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportlayout.cpp" line="80"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ea::ReportWriter</name>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="40"/>
        <source>could not start the PDF document</source>
        <translation>impossible de créer le document PDF</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="89"/>
        <location filename="../app/report/reportwriter.cpp" line="93"/>
        <source>%1: %2</source>
        <extracomment>A file name, then why it could not be written</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ea::ResilienceModel</name>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="54"/>
        <source>Failure</source>
        <translation>Panne</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="56"/>
        <source>SLOs broken</source>
        <translation>SLO rompus</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="58"/>
        <source>Attainment drop</source>
        <translation>Baisse d’atteinte</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="60"/>
        <source>Regions affected</source>
        <translation>Régions touchées</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="62"/>
        <source>Spill cost</source>
        <translation>Coût du report</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="64"/>
        <source>Unserved</source>
        <translation>Non servi</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="70"/>
        <source>A single site, or every node of one tier in one zone, taken down</source>
        <translation>Un seul site, ou tous les nœuds d’un niveau dans une zone, mis hors service</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="72"/>
        <source>Workloads that met their SLO before and miss it with this failure</source>
        <translation>Charges qui atteignaient leur SLO avant et le manquent avec cette panne</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="74"/>
        <source>The largest drop of one workload&apos;s SLO attainment, in percentage points</source>
        <translation>La plus forte baisse d’atteinte du SLO d’une charge, en points de pourcentage</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="76"/>
        <source>Demand regions routed elsewhere or out of their latency budget</source>
        <translation>Régions de demande routées ailleurs ou hors de leur budget de latence</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="78"/>
        <source>What the surviving sites cost per month beyond the plan</source>
        <translation>Ce que les sites restants coûtent par mois au-delà du plan</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="80"/>
        <source>Demand no site can serve any more</source>
        <translation>Demande qu’aucun site ne peut plus servir</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="100"/>
        <source>Site %1 (%2, %3) down</source>
        <translation>Site %1 (%2, %3) en panne</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/resiliencepanel.cpp" line="102"/>
        <source>%1 in %2 (%n site(s))</source>
        <translation>
            <numerusform>%1 dans %2 (%n site)</numerusform>
            <numerusform>%1 dans %2 (%n sites)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="111"/>
        <source>No SLO breaks</source>
        <translation>Aucun SLO rompu</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="115"/>
        <source>%1 pp</source>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>ea::ResiliencePanel</name>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="148"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="149"/>
        <source>Evaluate the plan under every single site failure and every zone-of-a-tier failure (from the active what-if conditions)</source>
        <translation>Évaluer le plan sous chaque panne d’un seul site et chaque panne d’un niveau dans une zone (à partir des conditions de simulation actives)</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="153"/>
        <location filename="../app/resiliencepanel.cpp" line="182"/>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="166"/>
        <source>Failures that change the plan, worst first; pick one to see its site and the regions it affects on the map</source>
        <translation>Pannes qui changent le plan, la pire d’abord ; choisissez-en une pour voir son site et les régions touchées sur la carte</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="177"/>
        <source>The plan has changed since this check; press Check to check it again.</source>
        <translation>Le plan a changé depuis cette vérification ; appuyez sur Vérifier pour le vérifier de nouveau.</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="192"/>
        <source>The plan is being evaluated; check again in a moment.</source>
        <translation>Le plan est en cours d’évaluation ; vérifiez de nouveau dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="197"/>
        <source>Checking every single failure</source>
        <translation>Vérification de chaque panne unique</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="201"/>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="205"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="227"/>
        <source>Cancelled: the list holds the failures checked before.</source>
        <translation>Annulé : la liste contient les pannes vérifiées avant.</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="228"/>
        <source>%1 failures checked: %2 break an SLO, %3 change the plan.</source>
        <translation>%1 pannes vérifiées : %2 rompent un SLO, %3 changent le plan.</translation>
    </message>
</context>
<context>
    <name>ea::RoutesLayer</name>
    <message>
        <location filename="../widgets/map/routeslayer.cpp" line="231"/>
        <source>Best node per tier</source>
        <translation>Meilleur nœud par niveau</translation>
    </message>
    <message>
        <location filename="../widgets/map/routeslayer.h" line="36"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
</context>
<context>
    <name>ea::ScenarioReader</name>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="48"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="53"/>
        <source>must be finite</source>
        <translation>doit être fini</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="55"/>
        <source>must be &gt; 0</source>
        <translation>doit être &gt; 0</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="57"/>
        <source>must be &gt;= 0</source>
        <translation>doit être &gt;= 0</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="59"/>
        <source>must be &gt;= 1</source>
        <translation>doit être &gt;= 1</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="61"/>
        <source>must be in [0, 1]</source>
        <translation>doit être dans [0, 1]</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="86"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="133"/>
        <location filename="../engine/model/rttparams.cpp" line="171"/>
        <location filename="../engine/model/rttparams.cpp" line="213"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="153"/>
        <source>must be &quot;%1&quot;</source>
        <translation>doit valoir &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="160"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="209"/>
        <source>unknown zone (expected NA, SA, EU, AF, ME, SAS, EAS, SEA or OC)</source>
        <translation>zone inconnue (attendu : NA, SA, EU, AF, ME, SAS, EAS, SEA ou OC)</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="232"/>
        <source>unknown zone pair (expected e.g. &quot;EU-NA&quot;)</source>
        <translation>paire de zones inconnue (attendu par ex. &quot;EU-NA&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="50"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="104"/>
        <source>must be &gt;= %1</source>
        <translation>doit être &gt;= %1</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="147"/>
        <location filename="../engine/model/scenarioreader.cpp" line="325"/>
        <location filename="../engine/model/scenarioreader.cpp" line="375"/>
        <source>must be %1 or %2 (got &quot;%3&quot;)</source>
        <translation>doit valoir %1 ou %2 (reçu : &quot;%3&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="182"/>
        <location filename="../engine/model/scenarioreader.cpp" line="378"/>
        <location filename="../engine/model/scenarioreader.cpp" line="384"/>
        <location filename="../engine/model/scenarioreader.cpp" line="520"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="192"/>
        <source>needs at least one of %1</source>
        <translation>nécessite au moins l&apos;un de %1</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="218"/>
        <location filename="../engine/model/scenarioreader.cpp" line="221"/>
        <source>must divide %1 (%2)</source>
        <translation>doit diviser %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="260"/>
        <source>unknown tier &quot;%1&quot; (%2)</source>
        <translation>niveau inconnu &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="292"/>
        <source>must be an http:// or https:// URL</source>
        <translation>doit être une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="336"/>
        <source>expected an object, got %1</source>
        <translation>objet attendu, reçu %1</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="344"/>
        <source>unknown zone (%1)</source>
        <translation>zone inconnue (%1)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="350"/>
        <source>unknown tier (%1)</source>
        <translation>niveau inconnu (%1)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="391"/>
        <source>must have 24 values</source>
        <translation>doit comporter 24 valeurs</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="393"/>
        <source>must have 24 values (got %1)</source>
        <translation>doit comporter 24 valeurs (reçu : %1)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="399"/>
        <source>must be a number &gt;= 0</source>
        <translation>doit être un nombre &gt;= 0</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="406"/>
        <source>must not be all zero</source>
        <translation>ne doit pas être entièrement nul</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="418"/>
        <location filename="../engine/model/scenarioreader.cpp" line="462"/>
        <source>must be %1, %2, %3, %4 or %5 (got &quot;%6&quot;)</source>
        <translation>doit être %1, %2, %3, %4 ou %5 (reçu « %6 »)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="430"/>
        <source>must be %1, %2 or %3 (got &quot;%4&quot;)</source>
        <translation>doit être %1, %2 ou %3 (reçu « %4 »)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="439"/>
        <source>unknown tier</source>
        <translation>niveau inconnu</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="473"/>
        <source>needs %1 or %2 &gt; 0</source>
        <translation>nécessite %1 ou %2 &gt; 0</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="488"/>
        <source>invalid JSON at %1: %2</source>
        <translation>JSON invalide à la %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="503"/>
        <source>unsupported schema &quot;%1&quot; (this version reads &quot;%2&quot;)</source>
        <translation>schéma &quot;%1&quot; non pris en charge (cette version lit &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="43"/>
        <source>duplicate id &quot;%1&quot; (first at %2)</source>
        <translation>identifiant &quot;%1&quot; en double (première occurrence : %2)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="63"/>
        <source>the scenario needs at least one GPU type</source>
        <translation>le scénario nécessite au moins un type de GPU</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="66"/>
        <source>the scenario needs at least one model</source>
        <translation>le scénario nécessite au moins un modèle</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="68"/>
        <source>the scenario needs at least one node</source>
        <translation>le scénario nécessite au moins un nœud</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="71"/>
        <source>the scenario needs at least one demand region</source>
        <translation>le scénario nécessite au moins une région de demande</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="74"/>
        <source>the scenario needs at least one workload</source>
        <translation>le scénario nécessite au moins une charge de travail</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="87"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="107"/>
        <source>unknown GPU type &quot;%1&quot;</source>
        <translation>type de GPU inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="90"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="129"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="146"/>
        <source>tier &quot;%1&quot; has no entry in %2</source>
        <translation>le niveau &quot;%1&quot; n&apos;a pas d&apos;entrée dans %2</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="94"/>
        <source>must not exceed %1 (%2)</source>
        <translation>ne doit pas dépasser %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="101"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="110"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="126"/>
        <source>unknown model &quot;%1&quot;</source>
        <translation>modèle inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="117"/>
        <source>a second profile of %1 running %2 in %3 (first at %4)</source>
        <translation>un deuxième profil de %1 exécutant %2 en %3 (le premier : %4)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="133"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="149"/>
        <source>tier &quot;%1&quot; has no nodes</source>
        <translation>le niveau &quot;%1&quot; n&apos;a aucun nœud</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="136"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="152"/>
        <source>tier &quot;%1&quot; is listed in %2</source>
        <translation>le niveau &quot;%1&quot; figure dans %2</translation>
    </message>
</context>
<context>
    <name>ea::ScenarioSummary</name>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="41"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="49"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="50"/>
        <location filename="../widgets/planner/scenariosummary.cpp" line="80"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="53"/>
        <source>Sites and usable GPUs of the %1 tier</source>
        <translation>Sites et GPU utilisables du niveau %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="71"/>
        <source>Demand regions</source>
        <translation>Régions de demande</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="71"/>
        <source>Places the requests come from, weighted by population</source>
        <translation>Lieux d&apos;origine des requêtes, pondérés par la population</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="72"/>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="72"/>
        <source>Workloads to place</source>
        <translation>Charges de travail à placer</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="76"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="79"/>
        <source>Cost per month</source>
        <translation>Coût par mois</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="79"/>
        <source>GPU, API and egress cost of every workload</source>
        <translation>Coût GPU, API et trafic sortant de chaque charge de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="80"/>
        <source>GPUs in use at each site&apos;s diurnal peak</source>
        <translation>GPU utilisés au pic journalier de chaque site</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="82"/>
        <source>SLO attainment</source>
        <translation>Taux de respect du SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="82"/>
        <source>Share of all requests served within their SLO</source>
        <translation>Part de toutes les requêtes servies dans les limites de leur SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="83"/>
        <source>Offered load</source>
        <translation>Charge offerte</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="83"/>
        <source>Mean request rate over all workloads</source>
        <translation>Débit moyen de requêtes sur l&apos;ensemble des charges de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="84"/>
        <source>Meeting SLO</source>
        <translation>Respectant le SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="85"/>
        <source>Workloads with at least %1 of their requests within the SLO</source>
        <translation>Charges de travail dont au moins %1 des requêtes respectent le SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="89"/>
        <source>Cost and attainment of the plan as placed → of the same placement under the active what-if conditions (Plan → What-If Conditions)</source>
        <translation>Coût et atteinte du plan tel que placé → du même placement sous les conditions de simulation actives (Plan → Conditions de simulation)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="135"/>
        <source>No scenario</source>
        <translation>Aucun scénario</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="149"/>
        <source>per token</source>
        <translation>par jeton</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/scenariosummary.cpp" line="177"/>
        <source>→ under %n active what-if condition(s)</source>
        <translation>
            <numerusform>→ sous %n condition de simulation active</numerusform>
            <numerusform>→ sous %n conditions de simulation actives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="183"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ea::ScenarioWriter</name>
    <message>
        <location filename="../engine/model/scenariowriter.cpp" line="238"/>
        <source>the scenario would be %1 MiB, larger than the %2 MiB a scenario file may have (it could not be opened again)</source>
        <translation>le scénario ferait %1 MiB, plus que les %2 MiB permis pour un fichier de scénario (il ne pourrait plus être ouvert)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariowriter.cpp" line="249"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ea::SetTierCommand</name>
    <message>
        <location filename="../app/commands.cpp" line="13"/>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
</context>
<context>
    <name>ea::Settings</name>
    <message>
        <location filename="../app/settings.cpp" line="55"/>
        <source>unknown setting</source>
        <translation>paramètre inconnu</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="61"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="63"/>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="68"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="73"/>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="75"/>
        <source>at most 8 characters</source>
        <translation>8 caractères au maximum</translation>
    </message>
</context>
<context>
    <name>ea::SettingsDialog</name>
    <message>
        <location filename="../app/settingsdialog.cpp" line="39"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="42"/>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="45"/>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="46"/>
        <source>Miles</source>
        <translation>Miles</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="47"/>
        <source>Unit of distances in tool-tips, tables and the map&apos;s scale bar</source>
        <translation>Unité des distances dans les infobulles, les tableaux et l&apos;échelle de la carte</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="48"/>
        <source>&amp;Distances:</source>
        <translation>&amp;Distances :</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="51"/>
        <source>What costs are prefixed with, e.g. $ or US$. Prices stay in the scenario&apos;s currency (USD); this only changes the label.</source>
        <translation>Préfixe des coûts, par ex. $ ou US$. Les prix restent dans la devise du scénario (USD) ; seul le libellé change.</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="53"/>
        <source>&amp;Currency label:</source>
        <translation>&amp;Symbole monétaire :</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="55"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="59"/>
        <source>Language of the interface; takes effect the next time EdgeAtlas starts</source>
        <translation>Langue de l&apos;interface ; prend effet au prochain démarrage d&apos;EdgeAtlas</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="60"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="62"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="63"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="64"/>
        <source>Colours of the map and the planner&apos;s tier colours</source>
        <translation>Couleurs de la carte et couleurs des niveaux du planificateur</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="65"/>
        <source>Map &amp;palette:</source>
        <translation>&amp;Palette de la carte :</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="68"/>
        <source>Probes</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="71"/>
        <location filename="../app/settingsdialog.cpp" line="74"/>
        <location filename="../app/settingsdialog.cpp" line="85"/>
        <source> s</source>
        <extracomment>Suffix of a number of seconds in a spin box (with its leading space)</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="71"/>
        <source>Time between two probes of one target</source>
        <translation>Délai entre deux sondes d&apos;une même cible</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="72"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="74"/>
        <source>A probe that takes longer fails as a timeout</source>
        <translation>Une sonde qui dure plus longtemps échoue pour délai dépassé</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="75"/>
        <source>&amp;Timeout:</source>
        <translation>Délai d&apos;&amp;expiration :</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="76"/>
        <source>Probes in flight at the same time</source>
        <translation>Sondes en cours simultanément</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="77"/>
        <source>C&amp;oncurrency:</source>
        <translation>Si&amp;multanéité :</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="78"/>
        <source>&amp;Verify TLS certificates</source>
        <translation>&amp;Vérifier les certificats TLS</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="79"/>
        <source>Turn off only for test servers with self-signed certificates</source>
        <translation>À désactiver uniquement pour les serveurs de test aux certificats auto-signés</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="83"/>
        <source>Documents and history</source>
        <translation>Documents et historique</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="86"/>
        <source>How often unsaved changes are written to a recovery file</source>
        <translation>Fréquence d&apos;écriture des modifications non enregistrées dans un fichier de récupération</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="87"/>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;auto toutes les :</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="90"/>
        <source> days</source>
        <extracomment>Suffix of a number of days in a spin box (with its leading space); the number is 1 to 3650</extracomment>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="90"/>
        <source>Measurements older than this are deleted</source>
        <translation>Les mesures plus anciennes sont supprimées</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="91"/>
        <source>&amp;Keep measurements for:</source>
        <translation>&amp;Conserver les mesures pendant :</translation>
    </message>
</context>
<context>
    <name>ea::SimulatedDeployment</name>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="74"/>
        <source>--from: no demand region &quot;%1&quot; in the scenario</source>
        <translation>--from : aucune région de demande &quot;%1&quot; dans le scénario</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="83"/>
        <source>the scenario has no demand regions: give --from LAT,LON</source>
        <translation>le scénario n&apos;a aucune région de demande : indiquez --from LAT,LON</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="97"/>
        <source>the scenario has no interactive workload with a known model</source>
        <translation>le scénario n&apos;a aucune charge de travail interactive avec un modèle connu</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="98"/>
        <source>--workload: no workload &quot;%1&quot; with a known model</source>
        <translation>--workload : aucune charge de travail &quot;%1&quot; avec un modèle connu</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="109"/>
        <source>--nodes: no node &quot;%1&quot; in the scenario</source>
        <translation>--nodes : aucun nœud &quot;%1&quot; dans le scénario</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="115"/>
        <source>the scenario has no nodes to serve</source>
        <translation>le scénario n&apos;a aucun nœud à servir</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="117"/>
        <source>the time scale must be &gt; 0 and the jitter within 0..1</source>
        <translation>l&apos;échelle de temps doit être &gt; 0 et la gigue comprise entre 0 et 1</translation>
    </message>
</context>
<context>
    <name>ea::SseParser</name>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="64"/>
        <source>an event stream line is longer than %1 bytes</source>
        <translation>une ligne du flux d&apos;événements dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="111"/>
        <source>an event is longer than %1 bytes</source>
        <translation>un événement dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="142"/>
        <source>event %1 is not a JSON object: %2</source>
        <translation>l&apos;événement %1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="147"/>
        <source>the server sent an error event: %1</source>
        <translation>le serveur a envoyé un événement d&apos;erreur : %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="152"/>
        <source>event %1 has no &quot;choices&quot; array: %2</source>
        <translation>l&apos;événement %1 n&apos;a pas de tableau &quot;choices&quot; : %2</translation>
    </message>
</context>
<context>
    <name>ea::SuggestionDialog</name>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="51"/>
        <source>Suggest Placement</source>
        <translation>Suggérer un placement</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="55"/>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="205"/>
        <source>Searching for the cheapest placement that meets every SLO…</source>
        <translation>Recherche du placement le moins cher qui respecte tous les SLO…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="104"/>
        <source>%p %</source>
        <extracomment>Progress bar text: %p is the percentage done</extracomment>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="105"/>
        <source>Share of the placements searched or ruled out</source>
        <translation>Part des placements examinés ou écartés</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="106"/>
        <source>&amp;Stop Search</source>
        <translation>Arrêter la &amp;recherche</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="42"/>
        <source>%1 in %2</source>
        <extracomment>A split workload: %1 is a tier, %2 the zone codes of its demand served there</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="62"/>
        <source>One tier per workload</source>
        <translation>Un niveau par charge</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="63"/>
        <source>One tier per workload and zone</source>
        <translation>Un niveau par charge et par zone</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="64"/>
        <source>Whether a workload may run in different tiers in different zones of its demand (a split workload)</source>
        <translation>Si une charge peut tourner dans des niveaux différents selon les zones de sa demande (une charge répartie)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="66"/>
        <source>&amp;Choose:</source>
        <translation>&amp;Choisir :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="73"/>
        <source> s</source>
        <extracomment>Unit suffix of the time limit, seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="75"/>
        <source>After this long the search stops with the best placement found and says how far from the cheapest possible it may be (the gap)</source>
        <translation>Passé ce délai, la recherche s’arrête avec le meilleur placement trouvé et indique à quelle distance du moins cher possible il peut être (l’écart)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="77"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Limite de temps :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="79"/>
        <source>Search &amp;Again</source>
        <translation>&amp;Relancer la recherche</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="80"/>
        <source>Start a new search with these options</source>
        <translation>Lancer une nouvelle recherche avec ces options</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="88"/>
        <source>&amp;Keep every SLO under any single site failure</source>
        <translation>&amp;Garder chaque SLO si un site quelconque tombe en panne</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="90"/>
        <source>Suggest the cheapest placement in which every workload still meets its SLO when any one site goes down (the check of Plan → Check Resilience, every site). Slower: each placement found is checked against every site failure</source>
        <translation>Suggérer le placement le moins cher où chaque charge respecte encore son SLO quand un site quelconque tombe en panne (la vérification de Plan → Vérifier la résilience, sur chaque site). Plus lent : chaque placement trouvé est vérifié contre la panne de chaque site</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="107"/>
        <source>Stop the search; the best placement found so far is suggested</source>
        <translation>Arrêter la recherche ; le meilleur placement trouvé jusqu’ici est suggéré</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="113"/>
        <source>The cheapest placement found so far and the cost below which none can exist</source>
        <translation>Le placement le moins cher trouvé jusqu’ici et le coût sous lequel aucun ne peut exister</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="120"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="120"/>
        <source>Current tier</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="120"/>
        <source>Suggested tier</source>
        <translation>Niveau suggéré</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="121"/>
        <source>Cost now</source>
        <translation>Coût actuel</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="121"/>
        <source>Cost then</source>
        <translation>Coût après</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="121"/>
        <source>SLO now</source>
        <translation>SLO actuel</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="121"/>
        <source>SLO then</source>
        <translation>SLO après</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="122"/>
        <source>Every workload with its tier, monthly cost and SLO now and with the suggestion; the workloads that move are in bold</source>
        <translation>Chaque charge de travail avec son niveau, son coût mensuel et son SLO, actuellement et avec la suggestion ; les charges de travail déplacées sont en gras</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="140"/>
        <source>Why no placement meets every SLO, from each workload&apos;s latency budget</source>
        <translation>Pourquoi aucun placement ne respecte tous les SLO, d&apos;après le budget de latence de chaque charge de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="146"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="147"/>
        <source>Move the workloads as suggested, as one step you can undo</source>
        <translation>Déplacer les charges de travail comme suggéré, en une seule étape annulable</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="167"/>
        <source>Stopping the search…</source>
        <translation>Arrêt de la recherche…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="203"/>
        <source>Searching for the cheapest placement that keeps every SLO under any single site failure…</source>
        <translation>Recherche du placement le moins cher qui garde chaque SLO face à la panne d’un seul site…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="232"/>
        <source>The search was stopped before it found a placement; nothing is suggested.</source>
        <translation>La recherche a été arrêtée avant de trouver un placement ; rien n’est suggéré.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="235"/>
        <source>No placement keeps every SLO under any single site failure.</source>
        <translation>Aucun placement ne garde chaque SLO face à la panne d’un seul site.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="243"/>
        <source>proven optimal</source>
        <translation>optimal prouvé</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="246"/>
        <source>%1; at most %2 above the cheapest possible, none costs less than %3 per month</source>
        <extracomment>%1: how the search ended; %2: the optimality gap; %3: the proven lower bound of the cost</extracomment>
        <translation>%1 ; au plus %2 au-dessus du moins cher possible, aucun ne coûte moins de %3 par mois</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="247"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="248"/>
        <source>time limit reached</source>
        <translation>limite de temps atteinte</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="249"/>
        <source>stopped at the solver&apos;s size cap</source>
        <translation>arrêtée au plafond de taille du solveur</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="250"/>
        <source>within the gap</source>
        <translation>dans l’écart demandé</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="253"/>
        <source>stopped, best found</source>
        <translation>arrêtée, meilleur trouvé</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="253"/>
        <source>time limit reached, best found</source>
        <translation>limite de temps atteinte, meilleur trouvé</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="255"/>
        <source>%1; %2 placements allowed, %3 rounds of the solver and the evaluator, %4 s</source>
        <translation>%1 ; %2 placements permis, %3 tours du solveur et de l’évaluateur, %4 s</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="263"/>
        <source>The cheapest placement that keeps every SLO under any single site failure (%1; %2 site failures, %3 placements checked against them).</source>
        <extracomment>%1: how the search ended; %2: site failures checked; %3: placements checked against them</extracomment>
        <translation>Le placement le moins cher qui garde chaque SLO face à la panne d’un seul site (%1 ; %2 pannes de site, %3 placements vérifiés contre elles).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="265"/>
        <source>The cheapest placement found that keeps every SLO under any single site failure; a cheaper one may exist (%1; %2 site failures, %3 placements checked against them).</source>
        <translation>Le placement le moins cher trouvé qui garde chaque SLO face à la panne d’un seul site ; il peut en exister un moins cher (%1 ; %2 pannes de site, %3 placements vérifiés contre elles).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="273"/>
        <source>The cheapest placement that meets every SLO (%1).</source>
        <translation>Le placement le moins cher qui respecte tous les SLO (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="274"/>
        <source>The cheapest placement found that meets every SLO; a cheaper one may exist (%1).</source>
        <translation>Le placement le moins cher trouvé qui respecte tous les SLO ; un moins cher peut exister (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="236"/>
        <source>No placement meets every SLO.</source>
        <translation>Aucun placement ne respecte tous les SLO.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/suggestiondialog.cpp" line="279"/>
        <source>No placement meets every SLO: %n of the workloads meet theirs in no tier and stay where they are. Below is the cheapest placement in which every other workload meets its SLO (%1).</source>
        <translation>
            <numerusform>Aucun placement ne respecte tous les SLO : %n charge de travail ne respecte le sien dans aucun niveau et reste où elle est. Voici ci-dessous le placement le moins cher dans lequel toutes les autres charges de travail respectent leur SLO (%1).</numerusform>
            <numerusform>Aucun placement ne respecte tous les SLO : %n charges de travail ne respectent le leur dans aucun niveau et restent où elles sont. Voici ci-dessous le placement le moins cher dans lequel toutes les autres charges de travail respectent leur SLO (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="291"/>
        <source>Cost per month: %1 now, %2 with the suggestion; saving %3 (%4). SLOs met: %5 now, %6 then, of %7.</source>
        <translation>Coût par mois : %1 actuellement, %2 avec la suggestion ; économie de %3 (%4). SLO respectés : %5 actuellement, %6 ensuite, sur %7.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="298"/>
        <source>The current placement is already the cheapest.</source>
        <translation>Le placement actuel est déjà le moins cher.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="299"/>
        <source>Workloads that move: %1.</source>
        <translation>Charges de travail déplacées : %1.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="307"/>
        <source>The search stopped early: the solver&apos;s model reached its size cap (%1 nonzero entries; the cap keeps its memory near 1 GB). %2 Choosing one tier per workload, or fewer workloads, keeps the model smaller.</source>
        <translation>La recherche s’est arrêtée tôt : le modèle du solveur a atteint son plafond de taille (%1 coefficients non nuls ; le plafond garde sa mémoire près de 1 Go). %2 Choisir un niveau par charge, ou moins de charges, garde le modèle plus petit.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="311"/>
        <source>The placement shown is the best found, not proven the cheapest.</source>
        <translation>Le placement affiché est le meilleur trouvé, sans preuve qu’il soit le moins cher.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="312"/>
        <source>No placement was found before it stopped.</source>
        <translation>Aucun placement n’a été trouvé avant l’arrêt.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="335"/>
        <source>met (%1)</source>
        <extracomment>SLO met or missed, with the share of requests within budget</extracomment>
        <translation>respecté (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="335"/>
        <source>missed (%1)</source>
        <translation>non respecté (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="352"/>
        <source>%1 moves from %2 to %3: %4 → %5 per month, %6 → %7 of requests within its %8 budget</source>
        <translation>%1 passe de %2 à %3 : %4 → %5 par mois, %6 → %7 des requêtes dans son budget %8</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="357"/>
        <source>%1 stays in %2 (%3)</source>
        <translation>%1 reste au niveau %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ea::Tier</name>
    <message>
        <location filename="../engine/model/scenario.cpp" line="69"/>
        <source>Edge</source>
        <comment>tier kind</comment>
        <translation>Edge</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="71"/>
        <source>Regional cloud</source>
        <comment>tier kind</comment>
        <translation>Cloud régional</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="73"/>
        <source>Central cloud</source>
        <comment>tier kind</comment>
        <translation>Cloud central</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="75"/>
        <source>On-premises</source>
        <comment>tier kind</comment>
        <translation>Sur site</translation>
    </message>
</context>
<context>
    <name>ea::TierColumn</name>
    <message>
        <location filename="../widgets/planner/tiercolumn.cpp" line="26"/>
        <source>%1 tier</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/tiercolumn.cpp" line="89"/>
        <source>Expand the %1 column</source>
        <translation>Déplier la colonne %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/tiercolumn.cpp" line="90"/>
        <source>Collapse the %1 column (its workloads stay in the tier)</source>
        <translation>Replier la colonne %1 (ses charges de travail restent dans le niveau)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/tiercolumn.cpp" line="271"/>
        <source>%1 · %2</source>
        <extracomment>A collapsed column of the planner board, written vertically: the tier and how many workloads</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ea::TierCostChart</name>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="21"/>
        <source>Cost per month by tier</source>
        <translation>Coût mensuel par niveau</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="29"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="36"/>
        <location filename="../widgets/charts/tiercostchart.cpp" line="162"/>
        <source>Under the what-if conditions</source>
        <translation>Sous les conditions de simulation</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="40"/>
        <source>Cost per tier chart</source>
        <translation>Graphique des coûts par niveau</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="72"/>
        <source>Cost per month (%1)</source>
        <translation>Coût par mois (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="95"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="106"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/tiercostchart.cpp" line="107"/>
        <source>%1: GPUs %2, API %3, egress %4 per month, %n workload(s)</source>
        <translation>
            <numerusform>%1 : GPU %2, API %3, trafic sortant %4 par mois, %n charge de travail</numerusform>
            <numerusform>%1 : GPU %2, API %3, trafic sortant %4 par mois, %n charges de travail</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="112"/>
        <source>Plan total %1 per month: %2.</source>
        <translation>Total du plan %1 par mois : %2.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="114"/>
        <source>No evaluated plan.</source>
        <translation>Aucun plan évalué.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/tiercostchart.cpp" line="118"/>
        <source>Under %n what-if condition(s) (squares): %1 → %2 per month, SLO attainment %3 → %4.</source>
        <translation>
            <numerusform>Sous %n condition de simulation (carrés) : %1 → %2 par mois, taux de respect du SLO %3 → %4.</numerusform>
            <numerusform>Sous %n conditions de simulation (carrés) : %1 → %2 par mois, taux de respect du SLO %3 → %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="143"/>
        <source>%1: %2 per month</source>
        <translation>%1 : %2 par mois</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/tiercostchart.cpp" line="148"/>
        <source>%n workload(s), %1 GPUs at %2 sites</source>
        <translation>
            <numerusform>%n charge de travail, %1 GPU sur %2 sites</numerusform>
            <numerusform>%n charges de travail, %1 GPU sur %2 sites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="151"/>
        <source>Under the what-if conditions: %1 per month</source>
        <translation>Sous les conditions de simulation : %1 par mois</translation>
    </message>
</context>
<context>
    <name>ea::TierDelegate</name>
    <message>
        <location filename="../widgets/planner/tierdelegate.cpp" line="22"/>
        <source>Tiers this workload may use</source>
        <translation>Niveaux que cette charge de travail peut utiliser</translation>
    </message>
</context>
<context>
    <name>ea::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="44"/>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="208"/>
        <source>Time series of the selected target</source>
        <translation>Série temporelle de la cible sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="45"/>
        <source>Monitor chart</source>
        <translation>Graphique de supervision</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="55"/>
        <source>ms</source>
        <extracomment>Axis title: the unit of the values, milliseconds</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="62"/>
        <source>RTT p50–p95</source>
        <translation>RTT p50–p95</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="63"/>
        <source>TTFT p50–p95</source>
        <translation>TTFT p50–p95</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="65"/>
        <source>Band</source>
        <extracomment>Legend: the prediction band of the latency model</extracomment>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="68"/>
        <source>Model</source>
        <extracomment>Legend: the latency model&apos;s predicted RTT</extracomment>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="70"/>
        <source>SLO</source>
        <extracomment>Legend: the SLO budget line</extracomment>
        <translation>SLO</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="72"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="73"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="94"/>
        <source>Points: each probe&apos;s request RTT (first byte after connection set-up) and time to first token. Shaded: their rolling p50–p95 over the last %n probe(s). Dashed: the model&apos;s RTT from the vantage point, dotted: its prediction band; dash-dot: the SLO budget.</source>
        <translation>
            <numerusform>Points : RTT de requête de chaque sonde (premier octet après l&apos;établissement de la connexion) et délai du premier jeton. Zone ombrée : leur p50–p95 glissant sur la dernière sonde. Tirets : RTT du modèle depuis le point d&apos;observation, pointillés : sa bande de prédiction ; tiret-point : le budget du SLO.</numerusform>
            <numerusform>Points : RTT de requête de chaque sonde (premier octet après l&apos;établissement de la connexion) et délai du premier jeton. Zone ombrée : leur p50–p95 glissant sur les %n dernières sondes. Tirets : RTT du modèle depuis le point d&apos;observation, pointillés : sa bande de prédiction ; tiret-point : le budget du SLO.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="103"/>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="193"/>
        <source>No target selected</source>
        <translation>Aucune cible sélectionnée</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="195"/>
        <source>%1 — %n probe(s), %2 failed (SLO %3 above the scale)</source>
        <translation>
            <numerusform>%1 — %n sonde, %2 en échec (SLO %3 au-dessus de l&apos;échelle)</numerusform>
            <numerusform>%1 — %n sondes, %2 en échec (SLO %3 au-dessus de l&apos;échelle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="199"/>
        <source>%1 — %n probe(s), %2 failed</source>
        <translation>
            <numerusform>%1 — %n sonde, %2 en échec</numerusform>
            <numerusform>%1 — %n sondes, %2 en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="201"/>
        <source>%1 — %n probe(s) (SLO %2 above the scale)</source>
        <translation>
            <numerusform>%1 — %n sonde (SLO %2 au-dessus de l&apos;échelle)</numerusform>
            <numerusform>%1 — %n sondes (SLO %2 au-dessus de l&apos;échelle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="204"/>
        <source>%1 — %n probe(s)</source>
        <translation>
            <numerusform>%1 — %n sonde</numerusform>
            <numerusform>%1 — %n sondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="208"/>
        <source>Time series of %1</source>
        <translation>Série temporelle de %1</translation>
    </message>
</context>
<context>
    <name>ea::TimelineBar</name>
    <message>
        <location filename="../app/timelinebar.cpp" line="159"/>
        <location filename="../app/timelinebar.cpp" line="322"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="162"/>
        <source>Play the day, one hour every %1 s (Space)</source>
        <translation>Faire défiler la journée, une heure toutes les %1 s (Espace)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="165"/>
        <source>Live/peak</source>
        <translation>Direct/pointe</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="168"/>
        <source>Back to the sized plan: every site at its own peak hour (Escape)</source>
        <translation>Retour au plan dimensionné : chaque site à sa propre heure de pointe (Échap)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="175"/>
        <source>The plan at the hour shown: demand, SLO attainment (share of that hour&apos;s requests within budget), unserved demand, load of the sites against what their GPUs carry, and cost per hour</source>
        <translation>Le plan à l&apos;heure affichée : demande, respect du SLO (part des requêtes de l&apos;heure dans le budget), demande non servie, charge des sites par rapport à ce que portent leurs GPU, et coût par heure</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="178"/>
        <source>Hour (UTC):</source>
        <translation>Heure (UTC) :</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="242"/>
        <source>Computing the 24-hour timeline</source>
        <translation>Calcul de la chronologie sur 24 heures</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="322"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/timelinebar.cpp" line="339"/>
        <source>Under %n what-if condition(s):</source>
        <translation>
            <numerusform>Avec %n condition de simulation :</numerusform>
            <numerusform>Avec %n conditions de simulation :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="345"/>
        <source>Sized plan: every site at its own peak. The day&apos;s demand peaks at &lt;b&gt;%1&lt;/b&gt; (%2). Pick an hour or press Play.</source>
        <translation>Plan dimensionné : chaque site à sa propre pointe. La demande de la journée culmine à &lt;b&gt;%1&lt;/b&gt; (%2). Choisissez une heure ou appuyez sur Lecture.</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="349"/>
        <source>Sized plan: every site at its own peak.</source>
        <translation>Plan dimensionné : chaque site à sa propre pointe.</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="353"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: computing the day…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : calcul de la journée…</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="359"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2: demand %3 · SLO attainment &lt;b&gt;%4&lt;/b&gt; · unserved %5 · site load %6 · %7 per hour</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2 : demande %3 · respect du SLO &lt;b&gt;%4&lt;/b&gt; · non servi %5 · charge des sites %6 · %7 par heure</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="360"/>
        <source> (peak)</source>
        <translation> (pointe)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="371"/>
        <source> (load %1)</source>
        <translation> (charge %1)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="373"/>
        <source>, %1 unserved</source>
        <translation>, %1 non servi</translation>
    </message>
</context>
<context>
    <name>ea::TimelineLayer</name>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="149"/>
        <source>%1: demand this hour (violet discs), sites by load</source>
        <translation>%1 : demande de cette heure (disques violets), sites selon leur charge</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="154"/>
        <source>below %1 %</source>
        <translation>moins de %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="155"/>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="156"/>
        <source>%1 % and more</source>
        <translation>%1 % et plus</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="207"/>
        <source>At %1: serves nothing</source>
        <translation>À %1 : ne sert rien</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="208"/>
        <source>At %1: load %2 of %3 (%4), headroom %5</source>
        <translation>À %1 : charge %2 sur %3 (%4), marge %5</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="217"/>
        <source>At %1: demand %2</source>
        <translation>À %1 : demande %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.h" line="30"/>
        <source>Hour of the day</source>
        <translation>Heure de la journée</translation>
    </message>
</context>
<context>
    <name>ea::TrialBoxChart</name>
    <message>
        <location filename="../widgets/trials/trialboxchart.cpp" line="26"/>
        <source>%1 (%2)</source>
        <extracomment>Chart title: a figure and its unit, e.g. &quot;Throughput (tokens/s)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/trials/trialboxchart.cpp" line="57"/>
        <source>Box: p10 to p90 of the samples; line and label: the median (hover a box for min and max)</source>
        <translation>Boîte : p10 à p90 des échantillons ; ligne et étiquette : la médiane (survolez une boîte pour voir le min et le max)</translation>
    </message>
    <message>
        <location filename="../widgets/trials/trialboxchart.cpp" line="100"/>
        <source>%1
median %2 %3
p10–p90 %4–%5, min–max %6–%7</source>
        <translation>%1
médiane %2 %3
p10–p90 %4–%5, min–max %6–%7</translation>
    </message>
    <message>
        <location filename="../widgets/trials/trialboxchart.cpp" line="107"/>
        <source>No trial measured yet</source>
        <translation>Aucun essai mesuré pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../widgets/trials/trialboxchart.cpp" line="112"/>
        <source>%1: median %2 %3, p10–p90 %4–%5 (%6)</source>
        <translation>%1 : médiane %2 %3, p10–p90 %4–%5 (%6)</translation>
    </message>
</context>
<context>
    <name>ea::TrialConfigForm</name>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="34"/>
        <source>A model of the scenario&apos;s catalogue (real shapes, synthetic weights); smallest first — a CPU streams every weight once per decode step</source>
        <translation>Un modèle du catalogue du scénario (formes réelles, poids synthétiques) ; les plus petits d&apos;abord — un CPU lit chaque poids une fois par étape de décodage</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="37"/>
        <source>Decode step</source>
        <translation>Étape de décodage</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="38"/>
        <source>Prefill</source>
        <translation>Pré-remplissage</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="39"/>
        <source>Decode: one step of the whole batch over a KV cache of the context length.
Prefill: the prompts of the batch in one pass (causal attention).</source>
        <translation>Décodage : une étape de tout le lot sur un cache KV de la longueur du contexte.
Pré-remplissage : les prompts du lot en une seule passe (attention causale).</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="45"/>
        <source>FP8: E4M3 weights with a per-tensor scale, BF16 activations and KV cache</source>
        <translation>FP8 : poids E4M3 avec une échelle par tenseur, activations et cache KV en BF16</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="46"/>
        <source>Sequences in the batch</source>
        <translation>Séquences dans le lot</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="47"/>
        <source>KV length a decode step attends to (the new token included)</source>
        <translation>Longueur KV prise en compte par une étape de décodage (nouveau jeton inclus)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="49"/>
        <source>Prompt tokens per sequence of a prefill</source>
        <translation>Jetons de prompt par séquence d&apos;un pré-remplissage</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="51"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="52"/>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="53"/>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="54"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="55"/>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="56"/>
        <source>Pro&amp;mpt:</source>
        <translation>Pr&amp;ompt :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="80"/>
        <source>%1 (%2 B parameters)</source>
        <translation>%1 (%2 Md de paramètres)</translation>
    </message>
</context>
<context>
    <name>ea::TrialPairsModel</name>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="259"/>
        <source>no verdict</source>
        <translation>pas de verdict</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="260"/>
        <source>exceeds A/A noise</source>
        <translation>dépasse le bruit A/A</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="260"/>
        <source>within noise</source>
        <translation>dans le bruit</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="275"/>
        <source>Noise: the widest deviation from 1 of the A/A ratios&apos; p10 and p90. The A/B delta (median B/A − 1) exceeds it, or stays within it.</source>
        <translation>Bruit : le plus grand écart à 1 des p10 et p90 des rapports A/A. L&apos;écart A/B (médiane B/A − 1) le dépasse, ou reste dans cette limite.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="280"/>
        <source>%1  |  %2  (%3)</source>
        <extracomment>Tool-tip of a pair: configuration A | configuration B (status)</extracomment>
        <translation>%1  |  %2  (%3)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="291"/>
        <source>A/A control</source>
        <translation>Contrôle A/A</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="291"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="312"/>
        <source>control</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="325"/>
        <source>Pair</source>
        <extracomment>Column header: the A/A control or the A/B pair</extracomment>
        <translation>Paire</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="327"/>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="329"/>
        <source>B/A median</source>
        <translation>Médiane B/A</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="332"/>
        <source>p10</source>
        <extracomment>Column header: 10th percentile of the ratio B/A</extracomment>
        <translation>p10</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="335"/>
        <source>p90</source>
        <extracomment>Column header: 90th percentile of the ratio B/A</extracomment>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="338"/>
        <source>Delta</source>
        <extracomment>Column header: median B/A minus 1, in percent</extracomment>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="340"/>
        <source>A/A noise</source>
        <translation>Bruit A/A</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="342"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>ea::TrialResultsModel</name>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="29"/>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;12.5 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="44"/>
        <source>ok</source>
        <extracomment>Status of a trial: it ran and its outputs were checked</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="47"/>
        <source>cancelled</source>
        <extracomment>Status of a trial</extracomment>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="50"/>
        <source>failed: %1</source>
        <extracomment>Status of a trial: the reason comes from the benchmark engine (in English)</extracomment>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="53"/>
        <source>skipped: %1</source>
        <extracomment>Status of a trial: the reason comes from the benchmark engine (in English)</extracomment>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="135"/>
        <source>%1
bytes per step %2 MB, FLOPs per step %3 G, predicted floor %4 ms (%5)
outputs checked: %6, timed as a graph: %7</source>
        <translation>%1
octets par étape %2 MB, FLOPs par étape %3 G, plancher prévu %4 ms (%5)
sorties vérifiées : %6, chronométré comme graphe : %7</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="139"/>
        <source>compute-bound</source>
        <translation>limité par le calcul</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="140"/>
        <source>memory-bound</source>
        <translation>limité par la mémoire</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="142"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="142"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="144"/>
        <source>Predicted floor (max of bytes / copy bandwidth, FLOPs / GEMM rate) over the median</source>
        <translation>Plancher prévu (max. entre octets / bande passante de copie et FLOPs / débit GEMM) divisé par la médiane</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="154"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="192"/>
        <source>Median time of one run (a decode step of the whole batch, or one prefill)</source>
        <translation>Temps médian d&apos;une exécution (une étape de décodage de tout le lot, ou un pré-remplissage)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="194"/>
        <source>Median step time divided by the tokens of the step (batch, or batch × prompt)</source>
        <translation>Temps d&apos;étape médian divisé par les jetons de l&apos;étape (lot, ou lot × prompt)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="196"/>
        <source>Bytes the step reads and writes (weights, KV cache, activations) per second</source>
        <translation>Octets lus et écrits par l&apos;étape (poids, cache KV, activations) par seconde</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="198"/>
        <source>Achieved bandwidth as a share of the copy bandwidth measured in the same run</source>
        <translation>Bande passante atteinte, en part de la bande passante de copie mesurée lors de la même exécution</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="208"/>
        <source>Side</source>
        <extracomment>Column header: which configuration a trial is (A, B or a profile trial)</extracomment>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="210"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="212"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="214"/>
        <source>Median ms</source>
        <translation>Médiane ms</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="216"/>
        <source>p10 ms</source>
        <translation>p10 ms</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="218"/>
        <source>p90 ms</source>
        <translation>p90 ms</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="220"/>
        <source>ms/token</source>
        <translation>ms/jeton</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="222"/>
        <source>tokens/s</source>
        <translation>jetons/s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="224"/>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="226"/>
        <source>% roofline</source>
        <translation>% plafond</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="228"/>
        <source>% copy BW</source>
        <translation>% BP copie</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="230"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
</context>
<context>
    <name>ea::TrialSettingsForm</name>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="149"/>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="153"/>
        <source>Automatic (CUDA if a GPU is found, else CPU)</source>
        <translation>Automatique (CUDA si un GPU est détecté, sinon CPU)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="155"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="156"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="157"/>
        <source>The device both configurations run on, interleaved in the same process</source>
        <translation>Le périphérique sur lequel les deux configurations s&apos;exécutent, en alternance dans le même processus</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="158"/>
        <source>At least this many timed samples per trial and per ceiling</source>
        <translation>Au moins ce nombre d&apos;échantillons chronométrés par essai et par plafond</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="163"/>
        <location filename="../app/trials/trialconfigform.cpp" line="169"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="165"/>
        <source>At least this much measured time per trial</source>
        <translation>Au moins cette durée mesurée par essai</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="171"/>
        <source>A trial stops here even when its samples are still noisy</source>
        <translation>Un essai s&apos;arrête ici même si ses échantillons sont encore bruités</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="173"/>
        <source>Rounds of the A/A control and of the interleaved A/B pair (one run of each side per round)</source>
        <translation>Tours du contrôle A/A et de la paire A/B en alternance (une exécution de chaque côté par tour)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="175"/>
        <source>Buffer of the copy-bandwidth ceiling</source>
        <translation>Tampon du plafond de bande passante de copie</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="176"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="177"/>
        <source>default (256 MiB CPU, 1 GiB GPU)</source>
        <translation>par défaut (256 MiB CPU, 1 GiB GPU)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="178"/>
        <source>n of the n × n × n GEMM ceiling</source>
        <translation>n du plafond GEMM n × n × n</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="179"/>
        <source>default (1024 CPU, 8192 GPU)</source>
        <translation>par défaut (1024 CPU, 8192 GPU)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="180"/>
        <source>Add the trials a compute profile needs</source>
        <translation>Ajouter les essais nécessaires à un profil de calcul</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="182"/>
        <source>Also run decode at batch 1 and 8 and a prefill of A&apos;s model and precision (those A and B do not cover), for &quot;Use as compute profile&quot;</source>
        <translation>Exécuter aussi un décodage avec des lots de 1 et 8 et un pré-remplissage du modèle et de la précision de A (ceux que A et B ne couvrent pas), pour &quot;Utiliser comme profil de calcul&quot;</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="184"/>
        <source>&amp;Device:</source>
        <translation>Pér&amp;iphérique :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="185"/>
        <source>&amp;Samples:</source>
        <translation>Échantillon&amp;s :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="186"/>
        <source>Time per trial, mi&amp;n:</source>
        <translation>Durée par essai, mi&amp;n :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="187"/>
        <source>Time per trial, ma&amp;x:</source>
        <translation>Durée par essai, ma&amp;x :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="188"/>
        <source>R&amp;ounds:</source>
        <translation>&amp;Tours :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="189"/>
        <source>Copy ceiling:</source>
        <translation>Plafond de copie :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="190"/>
        <source>GEMM ceiling:</source>
        <translation>Plafond GEMM :</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="228"/>
        <source>CUDA: %1</source>
        <translation>CUDA : %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="228"/>
        <source>CUDA is not available: %1</source>
        <translation>CUDA n&apos;est pas disponible : %1</translation>
    </message>
</context>
<context>
    <name>ea::TrialsAnalysis</name>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="24"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="113"/>
        <source>per extra sequence: %1 ms, the slope between the steps at batch %2 (%3) and %4 (%5)</source>
        <translation>par séquence supplémentaire : %1 ms, la pente entre les étapes avec des lots de %2 (%3) et %4 (%5)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="120"/>
        <source>per extra sequence: not measured (one batch size only), taken as 0</source>
        <translation>par séquence supplémentaire : non mesuré (une seule taille de lot), pris égal à 0</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsanalysis.cpp" line="122"/>
        <source>decode step at batch 1: %1, median of %n sample(s) (%2)</source>
        <translation>
            <numerusform>étape de décodage avec un lot de 1 : %1, médiane de %n échantillon (%2)</numerusform>
            <numerusform>étape de décodage avec un lot de 1 : %1, médiane de %n échantillons (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="126"/>
        <source>decode step at batch 1: %1 ms, extrapolated from batch %2 (no batch-1 trial)</source>
        <translation>étape de décodage avec un lot de 1 : %1 ms, extrapolée depuis un lot de %2 (pas d&apos;essai avec un lot de 1)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="132"/>
        <source>decode: no decode trial of this model and precision, the planner keeps the roofline</source>
        <translation>décodage : aucun essai de décodage pour ce modèle et cette précision, le planificateur conserve le plafond (roofline)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="136"/>
        <source>prefill: %1 tokens/s from %2 (%3)</source>
        <translation>pré-remplissage : %1 jetons/s d&apos;après %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="141"/>
        <source>prefill: no prefill trial of this model and precision, the planner keeps the roofline</source>
        <translation>pré-remplissage : aucun essai de pré-remplissage pour ce modèle et cette précision, le planificateur conserve le plafond (roofline)</translation>
    </message>
</context>
<context>
    <name>ea::TrialsPage</name>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="66"/>
        <source>Looking for devices…</source>
        <translation>Recherche des périphériques…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="67"/>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="70"/>
        <source>Configuration &amp;A</source>
        <translation>Configuration &amp;A</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="71"/>
        <source>Configuration &amp;B</source>
        <translation>Configuration &amp;B</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="77"/>
        <source>&amp;Run A/B</source>
        <translation>Exécute&amp;r A/B</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="78"/>
        <location filename="../app/trials/trialspageview.cpp" line="183"/>
        <source>Measure the ceilings, A and B, the A/A control, then A and B interleaved</source>
        <translation>Mesurer les plafonds, A et B, le contrôle A/A, puis A et B en alternance</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="79"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="80"/>
        <source>Stop at the next sample or round; what was measured stays</source>
        <translation>S&apos;arrêter au prochain échantillon ou tour ; ce qui a été mesuré est conservé</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="92"/>
        <source>Progress of the run</source>
        <translation>Progression de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="93"/>
        <source>Not run yet</source>
        <translation>Pas encore exécuté</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="116"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="120"/>
        <source>Measured ceilings</source>
        <translation>Plafonds mesurés</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="140"/>
        <source>Trial results</source>
        <translation>Résultats des essais</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="141"/>
        <source>Each configuration on its own: median, p10 and p90 of the step time over its samples, and what that achieves</source>
        <translation>Chaque configuration séparément : médiane, p10 et p90 du temps d&apos;étape sur ses échantillons, et ce que cela donne</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="144"/>
        <source>A/A control and A/B pair</source>
        <translation>Contrôle A/A et paire A/B</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="145"/>
        <source>Side by side: one ratio B/A per round of interleaved runs</source>
        <translation>Côte à côte : un rapport B/A par tour d&apos;exécutions alternées</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="148"/>
        <source>Latency per token</source>
        <translation>Latence par jeton</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="150"/>
        <source>ms</source>
        <extracomment>Unit of a chart: milliseconds</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="151"/>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="153"/>
        <source>tokens/s</source>
        <extracomment>Unit of a chart: tokens per second</extracomment>
        <translation>jetons/s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="154"/>
        <source>Share of roofline</source>
        <translation>Part du plafond (roofline)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="156"/>
        <source>%</source>
        <extracomment>Unit of a chart: percent</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="161"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="162"/>
        <source>Save the results with their provenance as JSON, markdown or CSV</source>
        <translation>Enregistrer les résultats avec leur provenance en JSON, Markdown ou CSV</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="163"/>
        <source>&amp;Use as Compute Profile…</source>
        <translation>&amp;Utiliser comme profil de calcul…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="164"/>
        <source>Make these measurements the compute profile of a GPU type of the scenario; the plan then uses them instead of the roofline (undoable)</source>
        <translation>Faire de ces mesures le profil de calcul d&apos;un type de GPU du scénario ; le plan les utilise alors au lieu du plafond (roofline) (annulable)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="174"/>
        <source>GPU type</source>
        <translation>Type de GPU</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="174"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="174"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="174"/>
        <source>Step B=1 ms</source>
        <translation>Étape B=1 ms</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="175"/>
        <source>+ms/seq</source>
        <translation>+ms/séq</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="175"/>
        <source>Prefill tok/s</source>
        <translation>Pré-rempl. jetons/s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="175"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="183"/>
        <source>Measured compute profiles of the scenario: the planner uses them instead of the roofline for that GPU type, model and precision</source>
        <translation>Profils de calcul mesurés du scénario : le planificateur les utilise au lieu du plafond (roofline) pour ce type de GPU, ce modèle et cette précision</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="185"/>
        <source>Compute profiles in the scenario</source>
        <translation>Profils de calcul du scénario</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="187"/>
        <source>Remo&amp;ve Profile</source>
        <translation>Retirer le pro&amp;fil</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="188"/>
        <source>The planner goes back to the roofline for it (undoable)</source>
        <translation>Le planificateur revient au plafond (roofline) pour ce cas (annulable)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="203"/>
        <source>&lt;b&gt;Compute profiles in the scenario&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profils de calcul du scénario&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="241"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="252"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="261"/>
        <source>%1 of %2</source>
        <extracomment>Progress bar: step %1 of %2 steps</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="278"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="278"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="279"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="280"/>
        <source>Cancelled; the results show what was measured</source>
        <translation>Annulé ; les résultats montrent ce qui a été mesuré</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="281"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="291"/>
        <source>&lt;b&gt;CPU&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;CUDA&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;CPU&lt;/b&gt; : %1&lt;br&gt;&lt;b&gt;CUDA&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="294"/>
        <source>not available — %1</source>
        <translation>non disponible — %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="312"/>
        <source>there are no results to export</source>
        <translation>il n&apos;y a aucun résultat à exporter</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="322"/>
        <source>%1: unknown format (use .json, .md or .csv)</source>
        <translation>%1 : format inconnu (utilisez .json, .md ou .csv)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="337"/>
        <location filename="../app/trials/trialspage.cpp" line="343"/>
        <source>Export Trial Results</source>
        <translation>Exporter les résultats des essais</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="338"/>
        <source>JSON (*.json);;Markdown (*.md);;CSV (*.csv)</source>
        <translation>JSON (*.json);;Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="351"/>
        <source>there are no results</source>
        <translation>il n&apos;y a aucun résultat</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="355"/>
        <source>the scenario has no GPU type &quot;%1&quot; or no model &quot;%2&quot;</source>
        <translation>le scénario n&apos;a pas de type de GPU &quot;%1&quot; ou pas de modèle &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="360"/>
        <source>no successful decode or prefill trial of %1 in %2</source>
        <translation>aucun essai de décodage ou de pré-remplissage réussi de %1 dans %2</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="373"/>
        <source>Use measured profile for %1</source>
        <translation>Utiliser le profil mesuré pour %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="391"/>
        <source>Use as Compute Profile</source>
        <translation>Utiliser comme profil de calcul</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="404"/>
        <source>Remove measured profile for %1</source>
        <translation>Retirer le profil mesuré pour %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="61"/>
        <source>Choose configurations A and B and run them: each is measured on its own, then A against itself (the A/A control, which shows this machine&apos;s noise), then A and B interleaved in rounds.</source>
        <translation>Choisissez les configurations A et B et exécutez-les : chacune est mesurée séparément, puis A contre elle-même (le contrôle A/A, qui montre le bruit de cette machine), puis A et B en alternance, par tours.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="71"/>
        <source>&lt;b&gt;The run failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;L&apos;exécution a échoué :&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialspageview.cpp" line="75"/>
        <source>&lt;b&gt;B&apos;s step takes %1 % longer than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved round(s), p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;L&apos;étape de B dure %1 % de plus que celle de A&lt;/b&gt; (médiane B/A %2 sur %n tour alterné, p10–p90 %3–%4). Bruit A/A ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;L&apos;étape de B dure %1 % de plus que celle de A&lt;/b&gt; (médiane B/A %2 sur %n tours alternés, p10–p90 %3–%4). Bruit A/A ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialspageview.cpp" line="78"/>
        <source>&lt;b&gt;B&apos;s step takes %1 % less time than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved round(s), p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;L&apos;étape de B dure %1 % de moins que celle de A&lt;/b&gt; (médiane B/A %2 sur %n tour alterné, p10–p90 %3–%4). Bruit A/A ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;L&apos;étape de B dure %1 % de moins que celle de A&lt;/b&gt; (médiane B/A %2 sur %n tours alternés, p10–p90 %3–%4). Bruit A/A ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="86"/>
        <source>With fewer than 20 rounds p10 and p90 lie near the extremes: one stalled round sets the noise.</source>
        <translation>Avec moins de 20 tours, p10 et p90 sont proches des extrêmes : un seul tour ralenti fixe le bruit.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="89"/>
        <source>&lt;b&gt;Measuring…&lt;/b&gt; The results appear as each configuration is measured; the verdict comes when the A/B rounds end.</source>
        <translation>&lt;b&gt;Mesure en cours…&lt;/b&gt; Les résultats apparaissent à mesure que chaque configuration est mesurée ; le verdict vient à la fin des tours A/B.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="92"/>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; before the A/B pair: no verdict.</source>
        <translation>&lt;b&gt;Annulé&lt;/b&gt; avant la paire A/B : pas de verdict.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="93"/>
        <source>&lt;b&gt;No verdict&lt;/b&gt;: a pair did not run (see its status).</source>
        <translation>&lt;b&gt;Pas de verdict&lt;/b&gt; : une paire ne s&apos;est pas exécutée (voir son état).</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="99"/>
        <source>Per token (each trial on its own): A %1 ms, B %2 ms; tokens/s: A %3, B %4.</source>
        <translation>Par jeton (chaque essai séparément) : A %1 ms, B %2 ms ; jetons/s : A %3, B %4.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="109"/>
        <source>Ceilings: not measured.</source>
        <translation>Plafonds : non mesurés.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="116"/>
        <source>%1 %2 GFLOP/s</source>
        <extracomment>GEMM rate of one precision, e.g. &quot;BF16 512.3 GFLOP/s&quot;</extracomment>
        <translation>%1 %2 GFLOP/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialspageview.cpp" line="118"/>
        <source>Ceilings measured in this run on %1 (%2, %n thread(s) or SMs): copy %3 GB/s (read + write, %4 MiB buffer), read stream %5 GB/s, GEMM n = %6: %7.</source>
        <translation>
            <numerusform>Plafonds mesurés lors de cette exécution sur %1 (%2, %n thread ou SM) : copie %3 GB/s (lecture + écriture, tampon de %4 MiB), flux de lecture %5 GB/s, GEMM n = %6 : %7.</numerusform>
            <numerusform>Plafonds mesurés lors de cette exécution sur %1 (%2, %n threads ou SM) : copie %3 GB/s (lecture + écriture, tampon de %4 MiB), flux de lecture %5 GB/s, GEMM n = %6 : %7.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="156"/>
        <location filename="../app/trials/trialspageview.cpp" line="164"/>
        <source>roofline</source>
        <translation>plafond (roofline)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="184"/>
        <source>The scenario has no models to run</source>
        <translation>Le scénario ne contient aucun modèle à exécuter</translation>
    </message>
</context>
<context>
    <name>ea::TrialsRunner</name>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="41"/>
        <source>Looking for the trials&apos; devices</source>
        <translation>Recherche des appareils des essais</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="52"/>
        <source>%1, %n thread(s), BLAS: %2</source>
        <translation>
            <numerusform>%1, %n thread, BLAS : %2</numerusform>
            <numerusform>%1, %n threads, BLAS : %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="55"/>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="107"/>
        <source>Benchmark trials</source>
        <translation>Essais de performances</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="131"/>
        <source>Opening the backend</source>
        <translation>Ouverture du backend</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="144"/>
        <source>Measuring the ceilings (copy bandwidth, GEMM rate)</source>
        <translation>Mesure des plafonds (bande passante de copie, débit GEMM)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="155"/>
        <source>Trial A: %1</source>
        <translation>Essai A : %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="156"/>
        <source>Trial B: %1</source>
        <translation>Essai B : %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="158"/>
        <source>Profile trial: %1</source>
        <translation>Essai de profil : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="171"/>
        <source>A/A control: A against itself, %n round(s)</source>
        <translation>
            <numerusform>Contrôle A/A : A contre elle-même, %n tour</numerusform>
            <numerusform>Contrôle A/A : A contre elle-même, %n tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="176"/>
        <source>A/B: interleaved, %n round(s)</source>
        <translation>
            <numerusform>A/B : en alternance, %n tour</numerusform>
            <numerusform>A/B : en alternance, %n tours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::Units</name>
    <message>
        <location filename="../engine/model/units.cpp" line="59"/>
        <source>%1 min</source>
        <extracomment>Minutes</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="62"/>
        <location filename="../engine/model/units.cpp" line="64"/>
        <source>%1 s</source>
        <extracomment>Seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="66"/>
        <source>%1 ms</source>
        <extracomment>Milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="75"/>
        <source>%1%2M</source>
        <extracomment>Money in millions: %1 the currency symbol (&quot;$&quot;), %2 the amount</extracomment>
        <translation>%1%2M</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="78"/>
        <source>%1%2k</source>
        <extracomment>Money in thousands: %1 the currency symbol (&quot;$&quot;), %2 the amount</extracomment>
        <translation>%1%2k</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="80"/>
        <location filename="../engine/model/units.cpp" line="85"/>
        <source>%1%2</source>
        <extracomment>Money: %1 the currency symbol (&quot;$&quot;), %2 the amount</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="91"/>
        <source>%1 req/s</source>
        <extracomment>Requests per second</extracomment>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="96"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="103"/>
        <source>%1 mi</source>
        <extracomment>Miles</extracomment>
        <translation>%1 mi</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="105"/>
        <source>%1 km</source>
        <extracomment>Kilometres</extracomment>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../engine/model/units.cpp" line="116"/>
        <source>%1 p%2 &lt; %3</source>
        <extracomment>An SLO: the metric (TTFT or E2E), its percentile and its budget, e.g. &quot;TTFT p95 &lt; 200 ms&quot;</extracomment>
        <translation>%1 p%2 &lt; %3</translation>
    </message>
</context>
<context>
    <name>ea::UserFile</name>
    <message>
        <location filename="../engine/model/userfile.cpp" line="32"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="34"/>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="36"/>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="38"/>
        <source>a pipe</source>
        <translation>un tube</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="40"/>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="41"/>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="46"/>
        <source>%1 is %2 MiB, larger than the %3 MiB limit</source>
        <translation>%1 fait %2 MiB, plus que la limite de %3 MiB</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="63"/>
        <location filename="../engine/model/userfile.cpp" line="74"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="73"/>
        <source>cannot open %1: no such file</source>
        <translation>impossible d&apos;ouvrir %1 : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="85"/>
        <location filename="../engine/model/userfile.cpp" line="104"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="88"/>
        <source>cannot read %1: not a regular file (%2)</source>
        <translation>impossible de lire %1 : pas un fichier ordinaire (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="120"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="136"/>
        <source>no byte could be written</source>
        <translation>aucun octet n&apos;a pu être écrit</translation>
    </message>
</context>
<context>
    <name>ea::Vantage</name>
    <message>
        <location filename="../engine/monitor/monitortargets.cpp" line="17"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ea::WelcomePanel</name>
    <message>
        <location filename="../app/welcomepanel.cpp" line="21"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="31"/>
        <source>&lt;b&gt;Welcome to EdgeAtlas&lt;/b&gt; — where should AI inference run: edge sites, regional clouds, central AI campuses or on-premises, at what cost and with what latency for users?</source>
        <translation>&lt;b&gt;Bienvenue dans EdgeAtlas&lt;/b&gt; — où faire tourner l&apos;inférence IA : sites edge, clouds régionaux, campus IA centraux ou sur site, à quel coût et avec quelle latence pour les utilisateurs ?</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="35"/>
        <source>&lt;b&gt;The default world&lt;/b&gt; holds real cloud regions and AI campuses (from public price and location pages), a &lt;i&gt;synthetic&lt;/i&gt; grid of 4,400 edge sites placed by a documented rule, demand regions from GeoNames cities, and workloads across the taxonomy, from interactive (code completion, conversation, video inspection, control loops) to batch.</source>
        <translation>&lt;b&gt;Le monde par défaut&lt;/b&gt; contient de vraies régions cloud et de vrais campus IA (d&apos;après des pages publiques de prix et d&apos;emplacements), une grille &lt;i&gt;synthétique&lt;/i&gt; de 4 400 sites edge placés selon une règle documentée, des régions de demande issues des villes de GeoNames, et des charges de travail de toute la taxonomie, de l&apos;interactif (complétion de code, conversation, inspection vidéo, boucles de contrôle) au traitement par lots.</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="41"/>
        <source>&lt;b&gt;Try first:&lt;/b&gt; drag a card on the planner board to another tier; &lt;a href=&quot;suggest&quot;&gt;Suggest Placement&lt;/a&gt;; open the &lt;a href=&quot;monitor&quot;&gt;Monitor&apos;s simulated deployment&lt;/a&gt;; &lt;a href=&quot;trials&quot;&gt;run a trial&lt;/a&gt;; &lt;a href=&quot;report&quot;&gt;export a report&lt;/a&gt;.</source>
        <translation>&lt;b&gt;À essayer d&apos;abord :&lt;/b&gt; faites glisser une carte du tableau vers un autre niveau ; &lt;a href=&quot;suggest&quot;&gt;Suggérer un placement&lt;/a&gt; ; ouvrez le &lt;a href=&quot;monitor&quot;&gt;déploiement simulé de la Supervision&lt;/a&gt; ; &lt;a href=&quot;trials&quot;&gt;lancez un essai&lt;/a&gt; ; &lt;a href=&quot;report&quot;&gt;exportez un rapport&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="45"/>
        <source>&lt;b&gt;Synthetic, not measured:&lt;/b&gt; the edge grid, the Monitor&apos;s deployment (served from this computer with the model&apos;s delays) and the trials&apos; model weights. Latencies are modelled, fitted to published measurements.</source>
        <translation>&lt;b&gt;Synthétique, non mesuré :&lt;/b&gt; la grille edge, le déploiement de la Supervision (servi depuis cet ordinateur avec les délais du modèle) et les poids des modèles des essais. Les latences sont modélisées, ajustées sur des mesures publiées.</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="61"/>
        <source>Got It</source>
        <translation>Compris</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="63"/>
        <source>Hide this panel; Help → Welcome shows it again (Escape)</source>
        <translation>Masquer ce panneau ; Aide → Bienvenue l&apos;affiche de nouveau (Échap)</translation>
    </message>
</context>
<context>
    <name>ea::WhatIf</name>
    <message>
        <location filename="../engine/model/whatif.cpp" line="160"/>
        <source>node %1 down</source>
        <translation>nœud %1 en panne</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="161"/>
        <source>%1 nodes down (%2)</source>
        <translation>%1 nœuds en panne (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="167"/>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="169"/>
        <source>country %1</source>
        <translation>pays %1</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="171"/>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="172"/>
        <source>every node</source>
        <translation>tous les nœuds</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="174"/>
        <source>%1 down</source>
        <comment>what is down</comment>
        <translation>%1 en panne</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="175"/>
        <source>%1 in %2 down</source>
        <comment>what, where</comment>
        <translation>%1 en panne dans %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="181"/>
        <source>demand x%1 for workload %2</source>
        <translation>demande x%1 pour la charge %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="185"/>
        <source>demand x%1 for zone %2</source>
        <translation>demande x%1 pour la zone %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="188"/>
        <source>demand x%1 for everything</source>
        <translation>demande x%1 pour tout</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="193"/>
        <source>price x%1 for GPU %2</source>
        <translation>prix x%1 pour le GPU %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="194"/>
        <source>price x%1 for tier %2</source>
        <translation>prix x%1 pour le niveau %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="199"/>
        <source>+%1 ms between %2 and %3</source>
        <translation>+%1 ms entre %2 et %3</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="205"/>
        <source>%1: %2</source>
        <comment>condition name: description</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="207"/>
        <source>%1 (off)</source>
        <translation>%1 (désactivée)</translation>
    </message>
</context>
<context>
    <name>ea::WhatIfConditionDialog</name>
    <message>
        <location filename="../app/whatifdialog.cpp" line="30"/>
        <source>Any zone</source>
        <translation>Toute zone</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="49"/>
        <source>Sites down</source>
        <translation>Sites en panne</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="51"/>
        <source>Demand surge</source>
        <translation>Pic de demande</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="53"/>
        <source>GPU price change</source>
        <translation>Changement du prix GPU</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="55"/>
        <source>Latency penalty between zones</source>
        <translation>Pénalité de latence entre zones</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="69"/>
        <source>optional, e.g. &quot;Frankfurt fire&quot;</source>
        <translation>facultatif, p. ex. « Incendie à Francfort »</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="70"/>
        <source>A label for people; saved with the condition</source>
        <translation>Un libellé pour les personnes ; enregistré avec la condition</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="75"/>
        <source>These &amp;nodes:</source>
        <translation>Ces &amp;nœuds :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="76"/>
        <source>Every node &amp;matching:</source>
        <translation>Tous les nœuds &amp;correspondant à :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="81"/>
        <source>node ids, separated by commas</source>
        <translation>identifiants de nœuds, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="82"/>
        <source>One node id, or several separated by commas; completion offers the scenario&apos;s node ids</source>
        <translation>Un identifiant de nœud, ou plusieurs séparés par des virgules ; la complétion propose ceux du scénario</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="95"/>
        <source>Any tier</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="98"/>
        <source>Only nodes of this tier (with no zone or country: the whole tier)</source>
        <translation>Seulement les nœuds de ce niveau (sans zone ni pays : tout le niveau)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="102"/>
        <source>Only nodes in this geographic zone</source>
        <translation>Seulement les nœuds de cette zone géographique</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="105"/>
        <source>ISO code, e.g. DE</source>
        <translation>code ISO, p. ex. DE</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="106"/>
        <source>Only nodes in this country (two-letter ISO code)</source>
        <translation>Seulement les nœuds de ce pays (code ISO à deux lettres)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="108"/>
        <source>&amp;Tier:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="109"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="110"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="132"/>
        <source>Demand is multiplied by this factor (2 doubles it)</source>
        <translation>La demande est multipliée par ce facteur (2 la double)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="133"/>
        <source>Prices are multiplied by this factor (0.5 halves them)</source>
        <translation>Les prix sont multipliés par ce facteur (0,5 les divise par deux)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="136"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="137"/>
        <source>One workload</source>
        <translation>Une charge de travail</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="138"/>
        <source>Demand in one zone</source>
        <translation>La demande d’une zone</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="143"/>
        <source>One GPU type</source>
        <translation>Un type de GPU</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="144"/>
        <source>One tier</source>
        <translation>Un niveau</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="147"/>
        <source>Which demand surges</source>
        <translation>Quelle demande augmente</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="147"/>
        <source>Which prices change</source>
        <translation>Quels prix changent</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="149"/>
        <source>The workload or zone whose demand surges</source>
        <translation>La charge ou la zone dont la demande augmente</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="150"/>
        <source>The GPU type or tier whose price changes</source>
        <translation>Le type de GPU ou le niveau dont le prix change</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="151"/>
        <source>&amp;Factor:</source>
        <translation>&amp;Facteur :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="152"/>
        <source>&amp;Applies to:</source>
        <translation>&amp;S’applique à :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="153"/>
        <source>&amp;Which:</source>
        <translation>&amp;Lequel :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="172"/>
        <source>One end of the cut path</source>
        <translation>Une extrémité du chemin coupé</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="173"/>
        <source>The other end (the same zone: paths inside that zone)</source>
        <translation>L’autre extrémité (la même zone : les chemins internes à cette zone)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="177"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="179"/>
        <source>Added to the round-trip time between places of the two zones, both ways</source>
        <translation>Ajoutée au temps aller-retour entre les lieux des deux zones, dans les deux sens</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="180"/>
        <source>Zone &amp;A:</source>
        <translation>Zone &amp;A :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="181"/>
        <source>Zone &amp;B:</source>
        <translation>Zone &amp;B :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="182"/>
        <source>&amp;Extra RTT:</source>
        <translation>RTT &amp;supplémentaire :</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="279"/>
        <source>Name at least one node.</source>
        <translation>Indiquez au moins un nœud.</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="286"/>
        <source>No such node in the scenario: %1.</source>
        <translation>Nœud absent du scénario : %1.</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="288"/>
        <source>Pick a tier, a zone or a country (or name the nodes).</source>
        <translation>Choisissez un niveau, une zone ou un pays (ou indiquez les nœuds).</translation>
    </message>
</context>
<context>
    <name>ea::WhatIfLayer</name>
    <message>
        <location filename="../widgets/map/damagelayer.h" line="72"/>
        <source>What-if changes</source>
        <translation>Changements de simulation</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="290"/>
        <source>no site</source>
        <translation>aucun site</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="293"/>
        <source>unserved</source>
        <translation>non servi</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="296"/>
        <source>&lt;b&gt;Under the what-if conditions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avec les conditions de simulation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="298"/>
        <source>Moved from %1 to %2</source>
        <translation>Déplacée de %1 vers %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="300"/>
        <source>Latency at p%1: %2 → %3 (budget %4)</source>
        <translation>Latence au p%1 : %2 → %3 (budget %4)</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="303"/>
        <source>&lt;span style=&quot;color:#d01010&quot;&gt;Loses its SLO&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#d01010&quot;&gt;Perd son SLO&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ea::WhatIfPanel</name>
    <message>
        <location filename="../app/whatifpanel.cpp" line="59"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="60"/>
        <source>Add a what-if condition (Insert): sites down, a demand surge, a GPU price change or a latency penalty</source>
        <translation>Ajouter une condition de simulation (Inser) : sites en panne, pic de demande, changement du prix GPU ou pénalité de latence</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="71"/>
        <source>A node, a set of nodes, every node of a tier in a zone or country, or a whole tier takes no demand</source>
        <translation>Un nœud, un ensemble de nœuds, tous les nœuds d’un niveau dans une zone ou un pays, ou un niveau entier ne prend aucune demande</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="73"/>
        <source>Demand × factor for one workload, one zone&apos;s regions or everything</source>
        <translation>Demande × facteur pour une charge, les régions d’une zone ou tout</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="74"/>
        <source>GPU-hour prices × factor for one GPU type or one tier</source>
        <translation>Prix par heure GPU × facteur pour un type de GPU ou un niveau</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="75"/>
        <source>Extra round-trip time between two zones, e.g. a cable cut</source>
        <translation>Temps aller-retour supplémentaire entre deux zones, p. ex. un câble coupé</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="79"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="80"/>
        <source>Change the selected condition (Return)</source>
        <translation>Modifier la condition choisie (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="82"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="83"/>
        <source>Remove the selected condition (Delete); Undo brings it back</source>
        <translation>Supprimer la condition choisie (Suppr) ; Annuler la rétablit</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="94"/>
        <source>The scenario&apos;s what-if conditions: the check box switches one on or off (Space); Insert adds, Return edits, Delete removes</source>
        <translation>Les conditions de simulation du scénario : la case active ou désactive une condition (Espace) ; Inser ajoute, Entrée modifie, Suppr supprime</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="113"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="113"/>
        <source>Cost per month</source>
        <translation>Coût par mois</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="113"/>
        <source>SLO attainment</source>
        <translation>Atteinte du SLO</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="114"/>
        <source>Unserved</source>
        <translation>Non servi</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="114"/>
        <source>Lost SLO</source>
        <translation>Hors SLO</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="114"/>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="116"/>
        <source>Demand regions that met the SLO before and miss it after</source>
        <translation>Régions de demande qui atteignaient le SLO avant et le manquent après</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="117"/>
        <source>Demand regions served by another site after</source>
        <translation>Régions de demande servies par un autre site après</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="118"/>
        <source>The plan without the active conditions → the same placement under them</source>
        <translation>Le plan sans les conditions actives → le même placement avec elles</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="167"/>
        <source>What-If Condition</source>
        <translation>Condition de simulation</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="168"/>
        <source>The condition was not applied:
%1</source>
        <translation>La condition n’a pas été appliquée :
%1</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="179"/>
        <source>Add What-If Condition</source>
        <translation>Ajouter une condition de simulation</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="189"/>
        <source>Edit What-If Condition</source>
        <translation>Modifier une condition de simulation</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="199"/>
        <source>Remove What-If Condition</source>
        <translation>Supprimer une condition de simulation</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="210"/>
        <source>Switch On What-If Condition</source>
        <translation>Activer une condition de simulation</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="210"/>
        <source>Switch Off What-If Condition</source>
        <translation>Désactiver une condition de simulation</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="266"/>
        <source>%1 — %2; the check box switches it on or off</source>
        <translation>%1 — %2 ; la case l’active ou la désactive</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="301"/>
        <source>Evaluating the plan under the active conditions…</source>
        <translation>Évaluation du plan sous les conditions actives…</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="302"/>
        <source>No condition is switched on: the plan is shown as it is. Add a condition or switch one on to see the plan before → after it.</source>
        <translation>Aucune condition n’est active : le plan est montré tel quel. Ajoutez ou activez une condition pour voir le plan avant → après.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/whatifpanel.cpp" line="314"/>
        <source>%n active condition(s): cost %1, SLO attainment %2; %3 workload(s) miss their SLO after, %4 unserved.</source>
        <translation>
            <numerusform>%n condition active : coût %1, atteinte du SLO %2 ; %3 charge(s) manquent leur SLO après, %4 non servis.</numerusform>
            <numerusform>%n conditions actives : coût %1, atteinte du SLO %2 ; %3 charge(s) manquent leur SLO après, %4 non servis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="321"/>
        <source>(updating…)</source>
        <translation>(mise à jour…)</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="330"/>
        <source>Met its SLO before, misses it under the conditions</source>
        <translation>Atteignait son SLO avant, le manque sous les conditions</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="339"/>
        <source>All workloads</source>
        <translation>Toutes les charges</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadActions</name>
    <message>
        <location filename="../app/workloadactions.cpp" line="32"/>
        <source>&amp;Add Workload…</source>
        <translation>A&amp;jouter une charge de travail…</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="34"/>
        <source>Add a workload to the scenario</source>
        <translation>Ajouter une charge de travail au scénario</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="35"/>
        <source>&amp;Edit Workload…</source>
        <translation>&amp;Modifier la charge de travail…</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="36"/>
        <source>Edit the selected workload: SLO, demand, tokens, model, tier</source>
        <translation>Modifier la charge de travail sélectionnée : SLO, demande, jetons, modèle, niveau</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="38"/>
        <source>D&amp;uplicate Workload…</source>
        <translation>&amp;Dupliquer la charge de travail…</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="39"/>
        <source>Add a copy of the selected workload</source>
        <translation>Ajouter une copie de la charge de travail sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="40"/>
        <source>&amp;Delete Workload</source>
        <translation>&amp;Supprimer la charge de travail</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="41"/>
        <source>Remove the selected workload from the scenario</source>
        <translation>Retirer la charge de travail sélectionnée du scénario</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="85"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="96"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="97"/>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="98"/>
        <source>Duplicate Workload — %1</source>
        <translation>Dupliquer la charge de travail — %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="108"/>
        <source>Delete Workload</source>
        <translation>Supprimer la charge de travail</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="109"/>
        <source>Delete the workload “%1” from the scenario?</source>
        <translation>Supprimer la charge de travail “%1” du scénario ?</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="111"/>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="117"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="131"/>
        <source>Add workload %1</source>
        <translation>Ajouter la charge de travail %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="140"/>
        <source>Workload Not Changed</source>
        <translation>Charge de travail non modifiée</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="141"/>
        <source>The change would make the scenario invalid:</source>
        <translation>La modification rendrait le scénario invalide :</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadCard</name>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="58"/>
        <source>%1, %2 %3 against a budget of %4, %5 per month, %6 of requests within the SLO</source>
        <translation>%1, %2 %3 pour un budget de %4, %5 par mois, %6 des requêtes dans le SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="65"/>
        <source>under the active what-if conditions %1 → %2 per month, %3 → %4 of requests within the SLO</source>
        <translation>avec les conditions de simulation actives %1 → %2 par mois, %3 → %4 des requêtes dans le SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="229"/>
        <source>evaluating…</source>
        <translation>évaluation…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="233"/>
        <source>%1/mo · %2 met</source>
        <translation>%1/mois · %2 respecté</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="279"/>
        <source>What-if → %1/mo · %2 met</source>
        <translation>Simulation → %1/mois · %2 respecté</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadEditor</name>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="48"/>
        <source>New Workload</source>
        <translation>Nouvelle charge de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="48"/>
        <source>Edit Workload — %1</source>
        <translation>Modifier la charge de travail — %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="66"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="67"/>
        <source>Unique id of the workload, used in files and routing policies</source>
        <translation>Identifiant unique de la charge de travail, utilisé dans les fichiers et les politiques de routage</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="69"/>
        <source>Name shown on the board, the map and in reports</source>
        <translation>Nom affiché sur le tableau, la carte et dans les rapports</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="71"/>
        <source>Interactive</source>
        <translation>Interactive</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="72"/>
        <source>Batch</source>
        <translation>Par lots</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="73"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="74"/>
        <source>Interactive: a person waits for the answer. Batch: no one waits; the job has a deadline, not an interactive budget</source>
        <translation>Interactive : une personne attend la réponse. Par lots : personne n&apos;attend ; la tâche a une échéance, pas un budget interactif</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="78"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="83"/>
        <source>SLO &amp;preset:</source>
        <translation>&amp;Préréglage SLO :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="85"/>
        <source>Sets category, metric, percentile and budget from the workload taxonomy of the design (DESIGN.md); hover an entry to see where its numbers come from</source>
        <translation>Définit la catégorie, la métrique, le centile et le budget d&apos;après la taxonomie des charges de travail de la conception (DESIGN.md) ; survolez une entrée pour voir d&apos;où viennent ses chiffres</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="88"/>
        <source>Time to first token (TTFT)</source>
        <translation>Délai du premier jeton (TTFT)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="89"/>
        <source>End to end</source>
        <translation>De bout en bout</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="90"/>
        <source>SLO &amp;metric:</source>
        <translation>&amp;Métrique SLO :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="91"/>
        <source>What the budget bounds: the wait for the first token, or the whole answer including network</source>
        <translation>Ce que le budget borne : l&apos;attente du premier jeton, ou la réponse complète, réseau compris</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="97"/>
        <source>P&amp;ercentile:</source>
        <translation>Cen&amp;tile :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="98"/>
        <source>Share of requests that must meet the budget (50–99.99)</source>
        <translation>Part des requêtes qui doivent respecter le budget (50–99,99)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="102"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="103"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="103"/>
        <source>Latency budget in milliseconds (&gt; 0)</source>
        <translation>Budget de latence en millisecondes (&gt; 0)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="108"/>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="109"/>
        <source>Mean &amp;rate:</source>
        <translation>Débit mo&amp;yen :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="110"/>
        <source>World-wide mean requests per second over a day (&gt; 0); the diurnal profile spreads it over the hours</source>
        <translation>Nombre moyen mondial de requêtes par seconde sur une journée (&gt; 0) ; le profil journalier le répartit sur les heures</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="118"/>
        <source>Demand over the 24 hours of local time, peak at the top</source>
        <translation>Demande sur les 24 heures de l&apos;heure locale, pic en haut</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="121"/>
        <source>Shape of the demand over a local day; &quot;As loaded&quot; keeps the profile of the file</source>
        <translation>Forme de la demande sur une journée locale ; &quot;Tel que chargé&quot; conserve le profil du fichier</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="125"/>
        <source>&amp;Daily profile:</source>
        <translation>Profil &amp;journalier :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="131"/>
        <source>&amp;Input tokens:</source>
        <translation>Jetons d&apos;&amp;entrée :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="132"/>
        <source>Prompt tokens per request (1–10,000,000)</source>
        <translation>Jetons de prompt par requête (1–10 000 000)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="135"/>
        <source>&amp;Output tokens:</source>
        <translation>Jetons de &amp;sortie :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="136"/>
        <source>Generated tokens per request (1–1,000,000)</source>
        <translation>Jetons générés par requête (1–1 000 000)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="140"/>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;dèle :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="140"/>
        <source>Model from the scenario&apos;s model catalogue</source>
        <translation>Modèle du catalogue de modèles du scénario</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="144"/>
        <source>&amp;Precision:</source>
        <translation>P&amp;récision :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="145"/>
        <source>Weight and compute precision; the GPUs of the chosen tier must support it</source>
        <translation>Précision des poids et du calcul ; les GPU du niveau choisi doivent la prendre en charge</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="150"/>
        <source>&amp;Tier:</source>
        <translation>Nive&amp;au :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="150"/>
        <source>Tier that serves the workload (tiers with nodes)</source>
        <translation>Niveau qui sert la charge de travail (niveaux ayant des nœuds)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="155"/>
        <source>&amp;Users&apos; access:</source>
        <translation>&amp;Accès des utilisateurs :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="157"/>
        <source>How the users reach the network: their last mile is part of the latency (fixed broadband as measured per country, mobile adds the radio network, an enterprise LAN or private 5G pays neither)</source>
        <translation>Comment les utilisateurs atteignent le réseau : leur dernier kilomètre fait partie de la latence (haut débit fixe tel que mesuré par pays, le mobile ajoute le réseau radio, un LAN d&apos;entreprise ou une 5G privée ne paie ni l&apos;un ni l&apos;autre)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="160"/>
        <source>Keep this tier when optimizing</source>
        <translation>Conserver ce niveau lors de l&apos;optimisation</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="161"/>
        <source>Pi&amp;nned:</source>
        <translation>Épin&amp;glé :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="162"/>
        <source>The optimizer must not move a pinned workload</source>
        <translation>L&apos;optimiseur ne doit pas déplacer une charge de travail épinglée</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="170"/>
        <source>Never place this workload in the %1 tier (data residency, policy)</source>
        <translation>Ne jamais placer cette charge de travail dans le niveau %1 (résidence des données, politique)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="175"/>
        <source>&amp;Forbidden tiers:</source>
        <translation>Ni&amp;veaux interdits :</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="176"/>
        <source>Tiers the workload may never use</source>
        <translation>Niveaux que la charge de travail ne doit jamais utiliser</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="186"/>
        <source>Problems as the scenario file loader reports them: &lt;json path&gt;: &lt;reason&gt;</source>
        <translation>Problèmes tels que signalés par le chargeur de fichiers de scénario : &lt;chemin JSON&gt; : &lt;raison&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="190"/>
        <source>Apply the workload (Enter)</source>
        <translation>Appliquer la charge de travail (Entrée)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="191"/>
        <source>Close without changes (Esc)</source>
        <translation>Fermer sans modifications (Échap)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="263"/>
        <source>As loaded (custom)</source>
        <translation>Tel que chargé (personnalisé)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="264"/>
        <source>The hour profile of the file, unchanged</source>
        <translation>Le profil horaire du fichier, inchangé</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadPresets</name>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="26"/>
        <source>Interactive budget of the workload taxonomy (DESIGN.md): %1.</source>
        <translation>Budget interactif de la taxonomie des charges de travail (DESIGN.md) : %1.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="29"/>
        <source>The workload taxonomy (DESIGN.md) gives %1 no interactive budget; it stays central. The deadline here (%2) only keeps a request bounded and matches the default scenario&apos;s choice.</source>
        <translation>La taxonomie des charges de travail (DESIGN.md) ne prévoit aucun budget interactif pour %1 ; ce travail reste au niveau Central. L&apos;échéance indiquée ici (%2) sert seulement à borner une requête et correspond au choix du scénario par défaut.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="33"/>
        <source>Real-time code completion (&lt; 200 ms)</source>
        <translation>Complétion de code en temps réel (&lt; 200 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="34"/>
        <source>real-time code completion &lt; 200 ms</source>
        <translation>complétion de code en temps réel &lt; 200 ms</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="37"/>
        <source>Live customer-service conversation (&lt; 500 ms)</source>
        <translation>Conversation de service client en direct (&lt; 500 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="38"/>
        <source>live customer-service conversation &lt; 500 ms</source>
        <translation>conversation de service client en direct &lt; 500 ms</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="41"/>
        <source>Quality inspection from live video (&lt; 100 ms)</source>
        <translation>Contrôle qualité sur vidéo en direct (&lt; 100 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="43"/>
        <source>quality inspection from live video &lt; 100 ms, end to end, at p99</source>
        <translation>contrôle qualité sur vidéo en direct &lt; 100 ms, de bout en bout, à p99</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="46"/>
        <source>Industrial control loop (&lt; 50 ms)</source>
        <translation>Boucle de contrôle industrielle (&lt; 50 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="47"/>
        <source>industrial control loops &lt; 50 ms, end to end, at p99</source>
        <translation>boucles de contrôle industrielles &lt; 50 ms, de bout en bout, à p99</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="50"/>
        <source>Batch analytics (no interactive budget)</source>
        <translation>Analyses par lots (pas de budget interactif)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="51"/>
        <source>batch analytics</source>
        <translation>les analyses par lots</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="51"/>
        <source>5 min at p50</source>
        <translation>5 min à p50</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="54"/>
        <source>Overnight document processing (no interactive budget)</source>
        <translation>Traitement de documents de nuit (pas de budget interactif)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="55"/>
        <source>overnight document processing</source>
        <translation>le traitement de documents de nuit</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="55"/>
        <source>1 h at p95</source>
        <translation>1 h à p95</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="58"/>
        <source>Fine-tuning job (no interactive budget)</source>
        <translation>Tâche d&apos;affinage (pas de budget interactif)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="59"/>
        <source>fine-tuning</source>
        <translation>l&apos;affinage</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="59"/>
        <source>8 h at p95</source>
        <translation>8 h à p95</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="62"/>
        <source>Large-context job (no interactive budget)</source>
        <translation>Tâche à grand contexte (pas de budget interactif)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="63"/>
        <source>large-context jobs (a whole contract, a database dump)</source>
        <translation>les tâches à grand contexte (un contrat entier, un dump de base de données)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="64"/>
        <source>15 min at p95</source>
        <translation>15 min à p95</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="82"/>
        <source>Flat</source>
        <translation>Constant</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="83"/>
        <source>The same demand every hour (machines, follow-the-sun services).</source>
        <translation>La même demande à chaque heure (machines, services follow-the-sun).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="84"/>
        <source>Business hours</source>
        <translation>Heures de bureau</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="85"/>
        <source>Office tools: busy 9:00–17:00 local time with a lunch dip, quiet at night.</source>
        <translation>Outils bureautiques : forte activité 9:00–17:00 heure locale avec un creux à midi, calme la nuit.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="88"/>
        <source>Evening peak</source>
        <translation>Pic en soirée</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="89"/>
        <source>Consumer apps: moderate by day, peaking 19:00–22:00 local time.</source>
        <translation>Applications grand public : activité modérée le jour, pic 19:00–22:00 heure locale.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="92"/>
        <source>Overnight batch</source>
        <translation>Lots de nuit</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="93"/>
        <source>Jobs queued for the night: heavy 22:00–05:00 local time, light by day.</source>
        <translation>Tâches mises en file pour la nuit : charge forte 22:00–05:00 heure locale, faible le jour.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="182"/>
        <source>New workload</source>
        <translation>Nouvelle charge de travail</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadTableModel</name>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="130"/>
        <source>Interactive</source>
        <translation>Interactive</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="130"/>
        <source>Batch</source>
        <translation>Par lots</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="155"/>
        <source>per token</source>
        <translation>par jeton</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="213"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="216"/>
        <source>Meets SLO</source>
        <translation>SLO respecté</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="216"/>
        <source>Misses SLO</source>
        <translation>SLO non respecté</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="241"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Model %3, %4&lt;br&gt;%5 input / %6 output tokens&lt;br&gt;Mean load %7%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Modèle %3, %4&lt;br&gt;%5 jetons d&apos;entrée / %6 jetons de sortie&lt;br&gt;Charge moyenne %7%8</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="247"/>
        <source>&lt;br&gt;Pinned: the optimizer keeps its tier</source>
        <translation>&lt;br&gt;Épinglée : l&apos;optimiseur conserve son niveau</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="250"/>
        <source>%1 of the requests must see the first token within %2</source>
        <translation>%1 des requêtes doivent recevoir le premier jeton dans un délai de %2</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="251"/>
        <source>%1 of the requests must see the whole answer within %2</source>
        <translation>%1 des requêtes doivent recevoir la réponse complète dans un délai de %2</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="257"/>
        <source>Where the workload runs. Double-click or press F2 to move it.
Allowed here: %1</source>
        <translation>Où la charge de travail s&apos;exécute. Double-cliquez ou appuyez sur F2 pour la déplacer.
Autorisés ici : %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="269"/>
        <source>&lt;b&gt;Where the time goes&lt;/b&gt;&lt;br&gt;each region&apos;s p%1, averaged over the demand</source>
        <translation>&lt;b&gt;Où passe le temps&lt;/b&gt;&lt;br&gt;p%1 de chaque région, moyenné sur la demande</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="271"/>
        <source>Propagation</source>
        <translation>Propagation</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="272"/>
        <source>Route inflation, jitter, handshakes</source>
        <translation>Allongement des routes, gigue, négociations</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="273"/>
        <source>User access (%1)</source>
        <translation>Accès utilisateur (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="274"/>
        <source>Queueing</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="274"/>
        <source>Prefill</source>
        <translation>Pré-remplissage</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="275"/>
        <source>Decode</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="275"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="280"/>
        <source>%1 of %2 served within the SLO</source>
        <translation>%1 sur %2 servies dans le SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="283"/>
        <source>Billed per token (API price)</source>
        <translation>Facturé par jeton (prix de l&apos;API)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="283"/>
        <source>Billed per GPU-hour</source>
        <translation>Facturé par heure GPU</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="285"/>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="312"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="286"/>
        <source>API tokens</source>
        <translation>Jetons API</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="287"/>
        <source>Egress</source>
        <translation>Trafic sortant</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="288"/>
        <source>Tokens per month</source>
        <translation>Jetons par mois</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="289"/>
        <source>GPUs per replica</source>
        <translation>GPU par réplique</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="292"/>
        <source>Sites serving this workload in the %1 tier</source>
        <translation>Sites servant cette charge de travail dans le niveau %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="301"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="302"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="303"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="304"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="306"/>
        <source>p50</source>
        <extracomment>Column header: median latency</extracomment>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="308"/>
        <source>p95</source>
        <extracomment>Column header: latency at p95</extracomment>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="310"/>
        <source>p99</source>
        <extracomment>Column header: latency at p99</extracomment>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="311"/>
        <source>Attainment</source>
        <translation>Taux de respect</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="313"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="315"/>
        <source>Cost/mo</source>
        <extracomment>Column header: cost per month</extracomment>
        <translation>Coût/mois</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="317"/>
        <source>$/M tok</source>
        <extracomment>Column header: US dollars per million tokens</extracomment>
        <translation>$/M jetons</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="318"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="320"/>
        <source>Workload name</source>
        <translation>Nom de la charge de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="321"/>
        <source>Interactive or batch</source>
        <translation>Interactive ou par lots</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="322"/>
        <source>Service-level objective: metric, percentile and budget</source>
        <translation>Objectif de niveau de service : métrique, centile et budget</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="323"/>
        <source>Deployment tier; edit to move the workload</source>
        <translation>Niveau de déploiement ; modifiez-le pour déplacer la charge de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="324"/>
        <source>Median latency of the SLO metric</source>
        <translation>Latence médiane de la métrique SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="325"/>
        <source>95th-percentile latency of the SLO metric</source>
        <translation>Latence au 95e centile de la métrique SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="326"/>
        <source>99th-percentile latency of the SLO metric</source>
        <translation>Latence au 99e centile de la métrique SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="327"/>
        <source>Share of requests served within the SLO</source>
        <translation>Part des requêtes servies dans le SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="328"/>
        <source>GPUs used at the diurnal peak</source>
        <translation>GPU utilisés au pic journalier</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="329"/>
        <source>Sites serving the workload</source>
        <translation>Sites servant la charge de travail</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="330"/>
        <source>GPU, API and egress cost per month</source>
        <translation>Coût GPU, API et trafic sortant par mois</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="331"/>
        <source>Cost per million tokens (input and output)</source>
        <translation>Coût par million de jetons (entrée et sortie)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="332"/>
        <source>Evaluation result or the reason the workload misses its SLO</source>
        <translation>Résultat de l&apos;évaluation ou raison pour laquelle la charge de travail ne respecte pas son SLO</translation>
    </message>
</context>
<context>
    <name>ea::geo::BasemapReader</name>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="58"/>
        <source>basemap: %1</source>
        <translation>fond de carte : %1</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="93"/>
        <source>%1 bytes is too short for the header</source>
        <translation>%1 octets, c&apos;est trop court pour l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="95"/>
        <source>not a basemap blob (bad magic)</source>
        <translation>pas un blob de fond de carte (nombre magique incorrect)</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="97"/>
        <source>unsupported version %1 (expected %2)</source>
        <translation>version %1 non prise en charge (attendu : %2)</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="100"/>
        <source>unknown scale 1:%1m</source>
        <translation>échelle inconnue 1:%1m</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="108"/>
        <source>size %1 bytes does not match the counts (%2 rings, %3 lines, %4 points: %5 bytes)</source>
        <translation>la taille de %1 octets ne correspond pas aux décomptes (%2 anneaux, %3 lignes, %4 points : %5 octets)</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="126"/>
        <source>ring %1 has %2 points</source>
        <translation>l&apos;anneau %1 a %2 points</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="127"/>
        <source>line %1 has %2 points</source>
        <translation>la ligne %1 a %2 points</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="129"/>
        <source>the point counts add up to more than %1</source>
        <translation>le total des points dépasse %1</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="136"/>
        <source>point %1 is out of range</source>
        <translation>le point %1 est hors limites</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="142"/>
        <source>the point counts add up to %1, not %2</source>
        <translation>le total des points est %1, et non %2</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="154"/>
        <source>basemap: cannot open %1: %2</source>
        <translation>fond de carte : impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="161"/>
        <source>basemap: %1 holds the wrong level of detail</source>
        <translation>fond de carte : %1 n&apos;a pas le bon niveau de détail</translation>
    </message>
</context>
<context>
    <name>ea::geo::Projection</name>
    <message>
        <location filename="../engine/geo/projection.cpp" line="30"/>
        <source>Equirectangular</source>
        <translation>Équirectangulaire</translation>
    </message>
    <message>
        <location filename="../engine/geo/projection.cpp" line="55"/>
        <source>Web Mercator</source>
        <translation>Web Mercator</translation>
    </message>
    <message>
        <location filename="../engine/geo/projection.cpp" line="88"/>
        <source>Equal Earth</source>
        <translation>Equal Earth</translation>
    </message>
</context>
<context>
    <name>ea::geo::Zones</name>
    <message>
        <location filename="../engine/geo/zones.cpp" line="206"/>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="207"/>
        <source>South America</source>
        <translation>Amérique du Sud</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="208"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="209"/>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="210"/>
        <source>Middle East</source>
        <translation>Moyen-Orient</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="211"/>
        <source>South Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="212"/>
        <source>East Asia</source>
        <translation>Asie de l&apos;Est</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="213"/>
        <source>South-East Asia</source>
        <translation>Asie du Sud-Est</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="214"/>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
</context>
<context>
    <name>ea::probe::Transfer</name>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="84"/>
        <source>not an http:// or https:// URL</source>
        <translation>ce n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="92"/>
        <source>the environment variable %1 (API key) is not set</source>
        <translation>la variable d&apos;environnement %1 (clé API) n&apos;est pas définie</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="97"/>
        <source>the environment variable %1 (API key) contains a line break or another control character</source>
        <translation>la variable d&apos;environnement %1 (clé d&apos;API) contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="107"/>
        <source>libcurl could not create a transfer</source>
        <translation>libcurl n&apos;a pas pu créer de transfert</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="222"/>
        <source>expected Content-Type text/event-stream, got &quot;%1&quot;</source>
        <translation>attendu : Content-Type text/event-stream, reçu : &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="230"/>
        <source>the server sent a body with Content-Encoding &quot;%1&quot; though none was asked for</source>
        <translation>le serveur a envoyé un corps avec Content-Encoding « %1 » sans qu&apos;aucun n&apos;ait été demandé</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="260"/>
        <source>no response within %1 ms</source>
        <translation>aucune réponse dans un délai de %1 ms</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="267"/>
        <source>the response stopped: no data for %1 ms after %2 bytes, %3 tokens</source>
        <translation>la réponse s&apos;est arrêtée : aucune donnée pendant %1 ms après %2 octets, %3 jetons</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="276"/>
        <source>the response crawls: no complete line in %1 ms, %2 bytes dribbled in (after %3 bytes, %4 tokens)</source>
        <translation>la réponse se traîne : aucune ligne complète en %1 ms, %2 octets arrivés au compte-gouttes (après %3 octets, %4 jetons)</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="352"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="353"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="356"/>
        <source>the stream ended without &quot;data: [DONE]&quot; after %1 tokens</source>
        <translation>le flux s&apos;est terminé sans &quot;data: [DONE]&quot; après %1 jetons</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="410"/>
        <source>connection refused, nothing listens on the port (%1)</source>
        <translation>connexion refusée, rien n&apos;écoute sur le port (%1)</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="412"/>
        <source>the answer is not HTTP (%1)</source>
        <translation>la réponse n&apos;est pas du HTTP (%1)</translation>
    </message>
</context>
</TS>

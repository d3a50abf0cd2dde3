<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ea::AlarmGroups</name>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="125"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — compute-bound: the server&apos;s time alone is over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n node in the %1 tier misses %2&apos;s %3 (worst %4) — compute-bound: the server&apos;s time alone is over the budget; see Plan → Budget</numerusform>
            <numerusform>%n nodes in the %1 tier miss %2&apos;s %3 (worst %4) — compute-bound: the server&apos;s time alone is over the budget; see Plan → Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="131"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — network-bound: the round trip alone is over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n node in the %1 tier misses %2&apos;s %3 (worst %4) — network-bound: the round trip alone is over the budget; see Plan → Budget</numerusform>
            <numerusform>%n nodes in the %1 tier miss %2&apos;s %3 (worst %4) — network-bound: the round trip alone is over the budget; see Plan → Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="137"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — the round trip and the server&apos;s time together are over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n node in the %1 tier misses %2&apos;s %3 (worst %4) — the round trip and the server&apos;s time together are over the budget; see Plan → Budget</numerusform>
            <numerusform>%n nodes in the %1 tier miss %2&apos;s %3 (worst %4) — the round trip and the server&apos;s time together are over the budget; see Plan → Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="145"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4)</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n node in the %1 tier misses %2&apos;s %3 (worst %4)</numerusform>
            <numerusform>%n nodes in the %1 tier miss %2&apos;s %3 (worst %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="151"/>
        <source>%n node(s) in the %1 tier answer slower than the model predicts (median RTT up to %2); Calibrate Model fits it to what was measured</source>
        <translation>
            <numerusform>%n node in the %1 tier answers slower than the model predicts (median RTT up to %2); Calibrate Model fits it to what was measured</numerusform>
            <numerusform>%n nodes in the %1 tier answer slower than the model predicts (median RTT up to %2); Calibrate Model fits it to what was measured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="155"/>
        <source>%n node(s) in the %1 tier answer faster than the model predicts (median RTT down to %2); Calibrate Model fits it to what was measured</source>
        <translation>
            <numerusform>%n node in the %1 tier answers faster than the model predicts (median RTT down to %2); Calibrate Model fits it to what was measured</numerusform>
            <numerusform>%n nodes in the %1 tier answer faster than the model predicts (median RTT down to %2); Calibrate Model fits it to what was measured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="161"/>
        <source>%n target(s) failing: %1</source>
        <extracomment>%n probed endpoints, %1 how their probes fail (a probe state such as &quot;Connection refused&quot;)</extracomment>
        <translation>
            <numerusform>%n target failing: %1</numerusform>
            <numerusform>%n targets failing: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::AlarmSummaryModel</name>
    <message numerus="yes">
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="75"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::BenchmarkImportDialog</name>
    <message numerus="yes">
        <location filename="../app/benchmarkimportdialog.cpp" line="170"/>
        <source>Profile of %1 on %2 at %3 (%n GPU(s) per replica):</source>
        <translation>
            <numerusform>Profile of %1 on %2 at %3 (%n GPU per replica):</numerusform>
            <numerusform>Profile of %1 on %2 at %3 (%n GPUs per replica):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::Calibration</name>
    <message numerus="yes">
        <location filename="../engine/latency/calibration.cpp" line="269"/>
        <source>measurements of %n node(s) only: at least two nodes at different distances are needed to tell access latency from path inflation</source>
        <translation>
            <numerusform>measurements of %n node only: at least two nodes at different distances are needed to tell access latency from path inflation</numerusform>
            <numerusform>measurements of %n nodes only: at least two nodes at different distances are needed to tell access latency from path inflation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/latency/calibration.cpp" line="366"/>
        <source>calibrated on %n measured round trip(s) (%1 nodes) on %2: median abs relative error %3% before, %4% after</source>
        <translation>
            <numerusform>calibrated on %n measured round trip (%1 nodes) on %2: median abs relative error %3% before, %4% after</numerusform>
            <numerusform>calibrated on %n measured round trips (%1 nodes) on %2: median abs relative error %3% before, %4% after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::CalibrationFlow</name>
    <message numerus="yes">
        <location filename="../app/monitor/calibrationflow.cpp" line="27"/>
        <source>median %1, P90 %2 (median %3 off; %n sample(s))</source>
        <translation>
            <numerusform>median %1, P90 %2 (median %3 off; %n sample)</numerusform>
            <numerusform>median %1, P90 %2 (median %3 off; %n samples)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/calibrationflow.cpp" line="76"/>
        <source>Route inflation %1–%2: %3 → %4 (%n sample(s))</source>
        <translation>
            <numerusform>Route inflation %1–%2: %3 → %4 (%n sample)</numerusform>
            <numerusform>Route inflation %1–%2: %3 → %4 (%n samples)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::DamageLayer</name>
    <message numerus="yes">
        <location filename="../widgets/map/damagelayer.cpp" line="105"/>
        <source>Breaks the SLO of %n workload(s)</source>
        <translation>
            <numerusform>Breaks the SLO of %n workload</numerusform>
            <numerusform>Breaks the SLO of %n workloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::Demo</name>
    <message numerus="yes">
        <location filename="../app/monitor/demo.cpp" line="66"/>
        <source>SIMULATION — %n simulated probe agent(s) on this computer, answering with the model&apos;s delays; not real measurements</source>
        <translation>
            <numerusform>SIMULATION — %n simulated probe agent on this computer, answering with the model&apos;s delays; not real measurements</numerusform>
            <numerusform>SIMULATION — %n simulated probe agents on this computer, answering with the model&apos;s delays; not real measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::FleetDemo</name>
    <message numerus="yes">
        <location filename="../app/monitor/fleetdemo.cpp" line="190"/>
        <source>Starting %n simulated deployment(s)…</source>
        <translation>
            <numerusform>Starting %n simulated deployment…</numerusform>
            <numerusform>Starting %n simulated deployments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetdemo.cpp" line="247"/>
        <source>Starting %n probe agent(s)…</source>
        <translation>
            <numerusform>Starting %n probe agent…</numerusform>
            <numerusform>Starting %n probe agents…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::FleetLayer</name>
    <message numerus="yes">
        <location filename="../widgets/map/fleetlayer.cpp" line="327"/>
        <source>&lt;b&gt;Vantage %1&lt;/b&gt;%2&lt;br&gt;%n route(s), %3 alarmed</source>
        <translation>
            <numerusform>&lt;b&gt;Vantage %1&lt;/b&gt;%2&lt;br&gt;%n route, %3 alarmed</numerusform>
            <numerusform>&lt;b&gt;Vantage %1&lt;/b&gt;%2&lt;br&gt;%n routes, %3 alarmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::FleetPanel</name>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="343"/>
        <source>%n point(s) every %1 s over the last %2 s</source>
        <translation>
            <numerusform>%n point every %1 s over the last %2 s</numerusform>
            <numerusform>%n points every %1 s over the last %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="379"/>
        <source>Showing the route %1 → %2 (%n row(s))</source>
        <translation>
            <numerusform>Showing the route %1 → %2 (%n row)</numerusform>
            <numerusform>Showing the route %1 → %2 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="382"/>
        <source>Showing the routes from %1 (%n row(s))</source>
        <translation>
            <numerusform>Showing the routes from %1 (%n row)</numerusform>
            <numerusform>Showing the routes from %1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="384"/>
        <source>Showing the routes to %1 (%n row(s))</source>
        <translation>
            <numerusform>Showing the routes to %1 (%n row)</numerusform>
            <numerusform>Showing the routes to %1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::FleetSession</name>
    <message numerus="yes">
        <location filename="../app/monitor/fleetsession.cpp" line="237"/>
        <source>%1: %n route(s) from %2 vantage(s), P%3 over %4 s</source>
        <translation>
            <numerusform>%1: %n route from %2 vantage(s), P%3 over %4 s</numerusform>
            <numerusform>%1: %n routes from %2 vantage(s), P%3 over %4 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetsession.cpp" line="241"/>
        <source> — %n vantage(s) stopped reporting</source>
        <translation>
            <numerusform> — %n vantage stopped reporting</numerusform>
            <numerusform> — %n vantages stopped reporting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::GeoJson</name>
    <message numerus="yes">
        <location filename="../engine/export/geojson.cpp" line="93"/>
        <source>expected [longitude, latitude] (numbers), got an array of %n value(s)</source>
        <translation>
            <numerusform>expected [longitude, latitude] (numbers), got an array of %n value</numerusform>
            <numerusform>expected [longitude, latitude] (numbers), got an array of %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::LatencyChart</name>
    <message numerus="yes">
        <location filename="../widgets/charts/latencychart.cpp" line="159"/>
        <source>%n of %1 workload(s) miss their SLO (under %2 % of requests within budget, or not served): %3.</source>
        <translation>
            <numerusform>%n of %1 workloads misses its SLO (under %2 % of requests within budget, or not served): %3.</numerusform>
            <numerusform>%n of %1 workloads miss their SLO (under %2 % of requests within budget, or not served): %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::LiteLlm</name>
    <message numerus="yes">
        <location filename="../engine/export/litellm.cpp" line="147"/>
        <source>%1 in tier %2: none of its %n serving nodes has an endpoint; group &quot;%3&quot; left out</source>
        <translation>
            <numerusform>%1 in tier %2: its %n serving node has no endpoint; group &quot;%3&quot; left out</numerusform>
            <numerusform>%1 in tier %2: none of its %n serving nodes has an endpoint; group &quot;%3&quot; left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="492"/>
        <source>… and %n more (see Show Details)</source>
        <translation>
            <numerusform>… and %n more (see Show Details)</numerusform>
            <numerusform>… and %n more (see Show Details)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::MapToolTip</name>
    <message numerus="yes">
        <location filename="../widgets/map/maptooltip.cpp" line="115"/>
        <source>%1: serves %Ln region(s) at %2 peak, %3 GPUs, %4 per month</source>
        <translation>
            <numerusform>%1: serves %Ln region at %2 peak, %3 GPUs, %4 per month</numerusform>
            <numerusform>%1: serves %Ln regions at %2 peak, %3 GPUs, %4 per month</numerusform>
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
            <numerusform>&lt;b&gt;%Ln node&lt;/b&gt;: %1</numerusform>
            <numerusform>&lt;b&gt;%Ln nodes&lt;/b&gt;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::MonitorPage</name>
    <message numerus="yes">
        <location filename="../app/monitor/monitorpage.cpp" line="496"/>
        <source>Probing %n target(s) every %1 s — %2 results, %3 failed, %4 in flight</source>
        <translation>
            <numerusform>Probing %n target every %1 s — %2 results, %3 failed, %4 in flight</numerusform>
            <numerusform>Probing %n targets every %1 s — %2 results, %3 failed, %4 in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/monitorpage.cpp" line="503"/>
        <source>Stopped — %n target(s)</source>
        <translation>
            <numerusform>Stopped — %n target</numerusform>
            <numerusform>Stopped — %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::Optimizer</name>
    <message numerus="yes">
        <location filename="../engine/plan/optimizer.cpp" line="311"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="186"/>
        <source>The current placement has %n workload(s), the scenario %1</source>
        <translation>
            <numerusform>The current placement has %n workload, the scenario %1</numerusform>
            <numerusform>The current placement has %n workloads, the scenario %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/plan/optimizer.cpp" line="443"/>
        <source>The search stopped after %n workload evaluation(s); the placement shown is the best found, not proven the cheapest</source>
        <translation>
            <numerusform>The search stopped after %n workload evaluation; the placement shown is the best found, not proven the cheapest</numerusform>
            <numerusform>The search stopped after %n workload evaluations; the placement shown is the best found, not proven the cheapest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/plan/optimizerexplain.cpp" line="228"/>
        <source>losing %1 broke %2 (%n placement(s) tried)</source>
        <translation>
            <numerusform>losing %1 broke %2 (%n placement tried)</numerusform>
            <numerusform>losing %1 broke %2 (%n placements tried)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::PlannerBoard</name>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="247"/>
        <source>%n workloads</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="256"/>
        <source>%Ln GPUs</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="335"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::ProbeTableModel</name>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="147"/>
        <source>%1 bytes, %n token(s), reused connection</source>
        <translation>
            <numerusform>%1 bytes, %n token, reused connection</numerusform>
            <numerusform>%1 bytes, %n tokens, reused connection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="149"/>
        <source>%1 bytes, %n token(s), new connection</source>
        <translation>
            <numerusform>%1 bytes, %n token, new connection</numerusform>
            <numerusform>%1 bytes, %n tokens, new connection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="159"/>
        <source>Request RTT over the window (first byte minus DNS, connect and TLS set-up); %n sample(s), %1 failed</source>
        <translation>
            <numerusform>Request RTT over the window (first byte minus DNS, connect and TLS set-up); %n sample, %1 failed</numerusform>
            <numerusform>Request RTT over the window (first byte minus DNS, connect and TLS set-up); %n samples, %1 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::PrometheusDialog</name>
    <message numerus="yes">
        <location filename="../app/monitor/prometheusdialog.cpp" line="359"/>
        <source>%n target(s), %1 with data.</source>
        <translation>
            <numerusform>%n target, %1 with data.</numerusform>
            <numerusform>%n targets, %1 with data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::RegionAttainmentChart</name>
    <message numerus="yes">
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="131"/>
        <source>%Ln not served.</source>
        <translation>
            <numerusform>%Ln not served.</numerusform>
            <numerusform>%Ln not served.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="132"/>
        <source>The %n worst shown.</source>
        <translation>
            <numerusform>The %n worst shown.</numerusform>
            <numerusform>The %n worst shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::ReportData</name>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="81"/>
        <source>The plan serves %Ln workload(s) with %1 of demand on average for %2 per month: %3 on GPU hours, %4 on per-token APIs and %5 on egress. %6 of all requests finish within their workload&apos;s latency budget.</source>
        <translation>
            <numerusform>The plan serves %Ln workload with %1 of demand on average for %2 per month: %3 on GPU hours, %4 on per-token APIs and %5 on egress. %6 of all requests finish within their workload&apos;s latency budget.</numerusform>
            <numerusform>The plan serves %Ln workloads with %1 of demand on average for %2 per month: %3 on GPU hours, %4 on per-token APIs and %5 on egress. %6 of all requests finish within their workload&apos;s latency budget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="93"/>
        <source>%n workload(s) miss their SLO (fewer than %1 of requests within budget): %2.</source>
        <translation>
            <numerusform>%n workload misses its SLO (fewer than %1 of requests within budget): %2.</numerusform>
            <numerusform>%n workloads miss their SLO (fewer than %1 of requests within budget): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="113"/>
        <source>Against %1: %Ln workload(s) move. Cost per month %2 → %3 (%4); SLO attainment %5 → %6; workloads meeting their SLO %7 → %8.</source>
        <extracomment>%4 is &quot;saving $1.2k&quot; or &quot;extra $1.2k&quot;</extracomment>
        <translation>
            <numerusform>Against %1: %Ln workload moves. Cost per month %2 → %3 (%4); SLO attainment %5 → %6; workloads meeting their SLO %7 → %8.</numerusform>
            <numerusform>Against %1: %Ln workloads move. Cost per month %2 → %3 (%4); SLO attainment %5 → %6; workloads meeting their SLO %7 → %8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::ReportDialog</name>
    <message numerus="yes">
        <location filename="../app/report/reportdialog.cpp" line="276"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::ReportDocument</name>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="43"/>
        <source>%Ln workload(s)</source>
        <translation>
            <numerusform>%Ln workload</numerusform>
            <numerusform>%Ln workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="45"/>
        <source>%Ln site(s) in %1</source>
        <extracomment>%1 is &quot;N tiers&quot;</extracomment>
        <translation>
            <numerusform>%Ln site in %1</numerusform>
            <numerusform>%Ln sites in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="46"/>
        <source>%Ln tier(s)</source>
        <translation>
            <numerusform>%Ln tier</numerusform>
            <numerusform>%Ln tiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="47"/>
        <source>%Ln demand region(s)</source>
        <translation>
            <numerusform>%Ln demand region</numerusform>
            <numerusform>%Ln demand regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="71"/>
        <source>GPUs at %Ln site(s)</source>
        <translation>
            <numerusform>GPUs at %Ln site</numerusform>
            <numerusform>GPUs at %Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="159"/>
        <source>Every inference site of the scenario by tier, and the demand regions sized by their weight. %1 of the %Ln site(s) carry load in this plan.</source>
        <translation>
            <numerusform>Every inference site of the scenario by tier, and the demand regions sized by their weight. %1 of the %Ln site carry load in this plan.</numerusform>
            <numerusform>Every inference site of the scenario by tier, and the demand regions sized by their weight. %1 of the %Ln sites carry load in this plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="66"/>
        <source>The %Ln site(s) with the most GPUs in this plan (of %1 sites that carry load), with their load at the diurnal peak. Utilization is the GPU-weighted mean over the workloads a site serves; sites are sized so that it stays at or below the tier&apos;s target.</source>
        <extracomment>%1 (the number of sites that carry load) is at least %n</extracomment>
        <translation>
            <numerusform>The %Ln site with the most GPUs in this plan (of %1 sites that carry load), with their load at the diurnal peak. Utilization is the GPU-weighted mean over the workloads a site serves; sites are sized so that it stays at or below the tier&apos;s target.</numerusform>
            <numerusform>The %Ln sites with the most GPUs in this plan (of %1 sites that carry load), with their load at the diurnal peak. Utilization is the GPU-weighted mean over the workloads a site serves; sites are sized so that it stays at or below the tier&apos;s target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="97"/>
        <source>These sites use %1 of the %Ln GPU(s) the plan may use there (%2); a site near 100 % has no room for growth or failover.</source>
        <translation>
            <numerusform>These sites use %1 of the %Ln GPU the plan may use there (%2); a site near 100 % has no room for growth or failover.</numerusform>
            <numerusform>These sites use %1 of the %Ln GPUs the plan may use there (%2); a site near 100 % has no room for growth or failover.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="113"/>
        <source>Round trip from a user to a site = the user&apos;s last-mile access + 2 × great-circle distance × route inflation / %1 km/ms (light in fibre). Inflation depends on the pair of world zones, on crossing an ocean and on routing via interconnection hubs. The last mile depends on the workload&apos;s access profile: fixed broadband per country from M-Lab NDT medians, mobile adds the radio network, an enterprise LAN or private 5G pays neither. A new connection adds %Ln handshake round trip(s); %2 of requests open one. Jitter: p95 = %3 × median, p99 = %4 × median.</source>
        <translation>
            <numerusform>Round trip from a user to a site = the user&apos;s last-mile access + 2 × great-circle distance × route inflation / %1 km/ms (light in fibre). Inflation depends on the pair of world zones, on crossing an ocean and on routing via interconnection hubs. The last mile depends on the workload&apos;s access profile: fixed broadband per country from M-Lab NDT medians, mobile adds the radio network, an enterprise LAN or private 5G pays neither. A new connection adds %Ln handshake round trip; %2 of requests open one. Jitter: p95 = %3 × median, p99 = %4 × median.</numerusform>
            <numerusform>Round trip from a user to a site = the user&apos;s last-mile access + 2 × great-circle distance × route inflation / %1 km/ms (light in fibre). Inflation depends on the pair of world zones, on crossing an ocean and on routing via interconnection hubs. The last mile depends on the workload&apos;s access profile: fixed broadband per country from M-Lab NDT medians, mobile adds the radio network, an enterprise LAN or private 5G pays neither. A new connection adds %Ln handshake round trips; %2 of requests open one. Jitter: p95 = %3 × median, p99 = %4 × median.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwhatif.cpp" line="26"/>
        <source>The same placement under the scenario&apos;s %Ln active what-if condition(s): the cost per month goes from %1 to %2 and SLO attainment from %3 to %4.</source>
        <translation>
            <numerusform>The same placement under the scenario&apos;s %Ln active what-if condition: the cost per month goes from %1 to %2 and SLO attainment from %3 to %4.</numerusform>
            <numerusform>The same placement under the scenario&apos;s %Ln active what-if conditions: the cost per month goes from %1 to %2 and SLO attainment from %3 to %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwhatif.cpp" line="52"/>
        <source>%Ln workload(s) lose their SLO</source>
        <translation>
            <numerusform>%Ln workload loses its SLO</numerusform>
            <numerusform>%Ln workloads lose their SLO</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::ResilienceModel</name>
    <message numerus="yes">
        <location filename="../app/resiliencepanel.cpp" line="102"/>
        <source>%1 in %2 (%n site(s))</source>
        <translation>
            <numerusform>%1 in %2 (%n site)</numerusform>
            <numerusform>%1 in %2 (%n sites)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::ScenarioSummary</name>
    <message numerus="yes">
        <location filename="../widgets/planner/scenariosummary.cpp" line="177"/>
        <source>→ under %n active what-if condition(s)</source>
        <translation>
            <numerusform>→ under %n active what-if condition</numerusform>
            <numerusform>→ under %n active what-if conditions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::SuggestionDialog</name>
    <message numerus="yes">
        <location filename="../widgets/planner/suggestiondialog.cpp" line="279"/>
        <source>No placement meets every SLO: %n of the workloads meet theirs in no tier and stay where they are. Below is the cheapest placement in which every other workload meets its SLO (%1).</source>
        <translation>
            <numerusform>No placement meets every SLO: %n of the workloads meets its SLO in no tier and stays where it is. Below is the cheapest placement in which every other workload meets its SLO (%1).</numerusform>
            <numerusform>No placement meets every SLO: %n of the workloads meet theirs in no tier and stay where they are. Below is the cheapest placement in which every other workload meets its SLO (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::TierCostChart</name>
    <message numerus="yes">
        <location filename="../widgets/charts/tiercostchart.cpp" line="107"/>
        <source>%1: GPUs %2, API %3, egress %4 per month, %n workload(s)</source>
        <translation>
            <numerusform>%1: GPUs %2, API %3, egress %4 per month, %n workload</numerusform>
            <numerusform>%1: GPUs %2, API %3, egress %4 per month, %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/tiercostchart.cpp" line="118"/>
        <source>Under %n what-if condition(s) (squares): %1 → %2 per month, SLO attainment %3 → %4.</source>
        <translation>
            <numerusform>Under %n what-if condition (squares): %1 → %2 per month, SLO attainment %3 → %4.</numerusform>
            <numerusform>Under %n what-if conditions (squares): %1 → %2 per month, SLO attainment %3 → %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/tiercostchart.cpp" line="148"/>
        <source>%n workload(s), %1 GPUs at %2 sites</source>
        <translation>
            <numerusform>%n workload, %1 GPUs at %2 sites</numerusform>
            <numerusform>%n workloads, %1 GPUs at %2 sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::TimeSeriesChart</name>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="94"/>
        <source>Points: each probe&apos;s request RTT (first byte after connection set-up) and time to first token. Shaded: their rolling p50–p95 over the last %n probe(s). Dashed: the model&apos;s RTT from the vantage point, dotted: its prediction band; dash-dot: the SLO budget.</source>
        <translation>
            <numerusform>Points: each probe&apos;s request RTT (first byte after connection set-up) and time to first token. Shaded: their rolling p50–p95 over the last %n probe. Dashed: the model&apos;s RTT from the vantage point, dotted: its prediction band; dash-dot: the SLO budget.</numerusform>
            <numerusform>Points: each probe&apos;s request RTT (first byte after connection set-up) and time to first token. Shaded: their rolling p50–p95 over the last %n probes. Dashed: the model&apos;s RTT from the vantage point, dotted: its prediction band; dash-dot: the SLO budget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="195"/>
        <source>%1 — %n probe(s), %2 failed (SLO %3 above the scale)</source>
        <translation>
            <numerusform>%1 — %n probe, %2 failed (SLO %3 above the scale)</numerusform>
            <numerusform>%1 — %n probes, %2 failed (SLO %3 above the scale)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="199"/>
        <source>%1 — %n probe(s), %2 failed</source>
        <translation>
            <numerusform>%1 — %n probe, %2 failed</numerusform>
            <numerusform>%1 — %n probes, %2 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="201"/>
        <source>%1 — %n probe(s) (SLO %2 above the scale)</source>
        <translation>
            <numerusform>%1 — %n probe (SLO %2 above the scale)</numerusform>
            <numerusform>%1 — %n probes (SLO %2 above the scale)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="204"/>
        <source>%1 — %n probe(s)</source>
        <translation>
            <numerusform>%1 — %n probe</numerusform>
            <numerusform>%1 — %n probes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::TimelineBar</name>
    <message numerus="yes">
        <location filename="../app/timelinebar.cpp" line="339"/>
        <source>Under %n what-if condition(s):</source>
        <translation>
            <numerusform>Under %n what-if condition:</numerusform>
            <numerusform>Under %n what-if conditions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::TrialsAnalysis</name>
    <message numerus="yes">
        <location filename="../app/trials/trialsanalysis.cpp" line="122"/>
        <source>decode step at batch 1: %1, median of %n sample(s) (%2)</source>
        <translation>
            <numerusform>decode step at batch 1: %1, median of %n sample (%2)</numerusform>
            <numerusform>decode step at batch 1: %1, median of %n samples (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::TrialsPage</name>
    <message numerus="yes">
        <location filename="../app/trials/trialspageview.cpp" line="75"/>
        <source>&lt;b&gt;B&apos;s step takes %1 % longer than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved round(s), p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;B&apos;s step takes %1 % longer than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved round, p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;B&apos;s step takes %1 % longer than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved rounds, p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialspageview.cpp" line="78"/>
        <source>&lt;b&gt;B&apos;s step takes %1 % less time than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved round(s), p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;B&apos;s step takes %1 % less time than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved round, p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;B&apos;s step takes %1 % less time than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved rounds, p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialspageview.cpp" line="118"/>
        <source>Ceilings measured in this run on %1 (%2, %n thread(s) or SMs): copy %3 GB/s (read + write, %4 MiB buffer), read stream %5 GB/s, GEMM n = %6: %7.</source>
        <translation>
            <numerusform>Ceilings measured in this run on %1 (%2, %n thread or SMs): copy %3 GB/s (read + write, %4 MiB buffer), read stream %5 GB/s, GEMM n = %6: %7.</numerusform>
            <numerusform>Ceilings measured in this run on %1 (%2, %n threads or SMs): copy %3 GB/s (read + write, %4 MiB buffer), read stream %5 GB/s, GEMM n = %6: %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::TrialsRunner</name>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="52"/>
        <source>%1, %n thread(s), BLAS: %2</source>
        <translation>
            <numerusform>%1, %n thread, BLAS: %2</numerusform>
            <numerusform>%1, %n threads, BLAS: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="171"/>
        <source>A/A control: A against itself, %n round(s)</source>
        <translation>
            <numerusform>A/A control: A against itself, %n round</numerusform>
            <numerusform>A/A control: A against itself, %n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="176"/>
        <source>A/B: interleaved, %n round(s)</source>
        <translation>
            <numerusform>A/B: interleaved, %n round</numerusform>
            <numerusform>A/B: interleaved, %n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::WhatIfPanel</name>
    <message numerus="yes">
        <location filename="../app/whatifpanel.cpp" line="314"/>
        <source>%n active condition(s): cost %1, SLO attainment %2; %3 workload(s) miss their SLO after, %4 unserved.</source>
        <translation>
            <numerusform>%n active condition: cost %1, SLO attainment %2; %3 workload(s) miss their SLO after, %4 unserved.</numerusform>
            <numerusform>%n active conditions: cost %1, SLO attainment %2; %3 workload(s) miss their SLO after, %4 unserved.</numerusform>
        </translation>
    </message>
</context>
</TS>

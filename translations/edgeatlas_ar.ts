<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ea::AboutDialog</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="33"/>
        <source>licence: %1</source>
        <translation>الترخيص: %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="35"/>
        <source>as of %1</source>
        <translation>بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="46"/>
        <source>&lt;h2&gt;EdgeAtlas %1&lt;/h2&gt;&lt;p&gt;Latency–cost planning of AI inference deployments.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EdgeAtlas %1&lt;/h2&gt;&lt;p&gt;تخطيط زمن الاستجابة والتكلفة لعمليات نشر الاستدلال بالذكاء الاصطناعي.&lt;/p&gt;&lt;p&gt;مرخّص بموجب رخصة GNU العمومية العامة (GNU General Public License)، الإصدار 3 أو أحدث. مبني باستخدام Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="50"/>
        <source>&lt;h3&gt;Data credits&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;إسناد البيانات&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="51"/>
        <source>GeoNames (cities and populations)</source>
        <translation>GeoNames (المدن وعدد السكان)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="53"/>
        <source>Natural Earth (map data)</source>
        <translation>Natural Earth (بيانات الخرائط)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="53"/>
        <source>public domain</source>
        <translation>ملكية عامة</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="56"/>
        <source>Inter-region latency measurements by WonderProxy, Google Cloud and AWS were used only to calibrate the latency model; only the fitted parameters ship with EdgeAtlas.</source>
        <translation>استُخدمت قياسات زمن الاستجابة بين المناطق من WonderProxy وGoogle Cloud وAWS لمعايرة نموذج زمن الاستجابة فقط؛ ولا يُوزَّع مع EdgeAtlas سوى المعاملات المُلاءَمة.</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="61"/>
        <source>Published serving results (NVIDIA TensorRT-LLM performance overview, NVIDIA NIM benchmarks, a vLLM sweep) were used only to fit the compute model; only the fitted parameters ship.</source>
        <translation>استُخدمت نتائج خدمة منشورة (نظرة عامة على أداء NVIDIA TensorRT-LLM، واختبارات NVIDIA NIM، ومسح لـ vLLM) لمواءمة نموذج الحوسبة فقط؛ ولا تُشحن إلا المعاملات المواءمة.</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="64"/>
        <source>M-Lab NDT per-country medians (the users&apos; last mile)</source>
        <translation>وسيطات M-Lab NDT لكل بلد (الميل الأخير للمستخدمين)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="72"/>
        <source>&lt;h3&gt;Model accuracy&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;دقة النماذج&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="76"/>
        <source>Network RTT: %1 median and %2 P90 absolute error on measured pairs it was not fitted on (%3 pairs, fitted %4).</source>
        <translation>زمن الذهاب والإياب في الشبكة: خطأ مطلق وسيطه %1 والمئين 90 منه %2 على أزواج مقيسة لم يُواءم عليها (%3 زوجًا، مواءمة بتاريخ %4).</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="83"/>
        <source>Network RTT on paths under %1 (where edge sites serve their users): %2 median and %3 P90 absolute error with whole cities held out of the fit.</source>
        <translation>زمن الذهاب والإياب للشبكة على المسارات الأقصر من %1 (حيث تخدم مواقع الحافة مستخدميها): خطأ مطلق وسيط %2 وP90 قدره %3، مع استبعاد مدن كاملة من الملاءمة.</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="88"/>
        <source>Compute: saturation throughput within %1 and time per output token at concurrency 1 within %2 (median, each model family predicted by a fit without it; %3 published results, fitted %4).</source>
        <translation>الحوسبة: الإنتاجية عند التشبع في حدود %1 والزمن لكل رمز خرج عند تزامن 1 في حدود %2 (الوسيط، كل عائلة نماذج متنبأ بها بمواءمة تستبعدها؛ %3 نتيجة منشورة، مواءمة بتاريخ %4).</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="96"/>
        <source>Last mile: the fixed-broadband access of a country with an M-Lab server of its own is its measured median less the modeled network part; elsewhere a zone&apos;s median; mobile and enterprise access are estimates (see the README).</source>
        <translation>الميل الأخير: وصول النطاق العريض الثابت في بلد فيه خادم M-Lab خاص به هو وسيطه المقيس مطروحًا منه الجزء الشبكي المنمذج؛ وفي غيره وسيط منطقته؛ أما وصول الجوال والمؤسسات فتقديرات (راجع README).</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="102"/>
        <source>&lt;h3&gt;Sources of the scenario “%1”&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;مصادر السيناريو «%1»&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="112"/>
        <source>About EdgeAtlas</source>
        <translation>حول EdgeAtlas</translation>
    </message>
</context>
<context>
    <name>ea::AccessProfile</name>
    <message>
        <location filename="../engine/model/scenario.cpp" line="42"/>
        <source>Fixed broadband</source>
        <comment>access profile</comment>
        <translation>نطاق عريض ثابت</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="44"/>
        <source>Mobile network</source>
        <comment>access profile</comment>
        <translation>شبكة جوال</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="46"/>
        <source>Enterprise LAN / private 5G</source>
        <comment>access profile</comment>
        <translation>شبكة مؤسسة محلية / جيل خامس خاص</translation>
    </message>
</context>
<context>
    <name>ea::AlarmGroups</name>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="125"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — compute-bound: the server&apos;s time alone is over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n عقدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الحوسبة: زمن الخادم وحده يتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>عقدة واحدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الحوسبة: زمن الخادم وحده يتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>عقدتان في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الحوسبة: زمن الخادم وحده يتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقد في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الحوسبة: زمن الخادم وحده يتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقدةً في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الحوسبة: زمن الخادم وحده يتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الحوسبة: زمن الخادم وحده يتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="131"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — network-bound: the round trip alone is over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n عقدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الشبكة: رحلة الذهاب والإياب وحدها تتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>عقدة واحدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الشبكة: رحلة الذهاب والإياب وحدها تتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>عقدتان في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الشبكة: رحلة الذهاب والإياب وحدها تتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقد في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الشبكة: رحلة الذهاب والإياب وحدها تتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقدةً في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الشبكة: رحلة الذهاب والإياب وحدها تتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — السبب هو الشبكة: رحلة الذهاب والإياب وحدها تتجاوز الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="137"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4) — the round trip and the server&apos;s time together are over the budget; see Plan → Budget</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n عقدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — رحلة الذهاب والإياب وزمن الخادم معًا يتجاوزان الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>عقدة واحدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — رحلة الذهاب والإياب وزمن الخادم معًا يتجاوزان الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>عقدتان في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — رحلة الذهاب والإياب وزمن الخادم معًا يتجاوزان الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقد في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — رحلة الذهاب والإياب وزمن الخادم معًا يتجاوزان الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقدةً في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — رحلة الذهاب والإياب وزمن الخادم معًا يتجاوزان الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
            <numerusform>%n عقدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4) — رحلة الذهاب والإياب وزمن الخادم معًا يتجاوزان الميزانية؛ انظر التخطيط ← الميزانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="145"/>
        <source>%n node(s) in the %1 tier miss %2&apos;s %3 (worst %4)</source>
        <extracomment>%n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value</extracomment>
        <translation>
            <numerusform>%n عقدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4)</numerusform>
            <numerusform>عقدة واحدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4)</numerusform>
            <numerusform>عقدتان في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4)</numerusform>
            <numerusform>%n عقد في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4)</numerusform>
            <numerusform>%n عقدةً في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4)</numerusform>
            <numerusform>%n عقدة في مستوى %1 لا تحقق هدف %2 ‏(%3؛ الأسوأ %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="151"/>
        <source>%n node(s) in the %1 tier answer slower than the model predicts (median RTT up to %2); Calibrate Model fits it to what was measured</source>
        <translation>
            <numerusform>%n عقدة في مستوى %1 تستجيب أبطأ مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>عقدة واحدة في مستوى %1 تستجيب أبطأ مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>عقدتان في مستوى %1 تستجيب أبطأ مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>%n عقد في مستوى %1 تستجيب أبطأ مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>%n عقدةً في مستوى %1 تستجيب أبطأ مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>%n عقدة في مستوى %1 تستجيب أبطأ مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="155"/>
        <source>%n node(s) in the %1 tier answer faster than the model predicts (median RTT down to %2); Calibrate Model fits it to what was measured</source>
        <translation>
            <numerusform>%n عقدة في مستوى %1 تستجيب أسرع مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>عقدة واحدة في مستوى %1 تستجيب أسرع مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>عقدتان في مستوى %1 تستجيب أسرع مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>%n عقد في مستوى %1 تستجيب أسرع مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>%n عقدةً في مستوى %1 تستجيب أسرع مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
            <numerusform>%n عقدة في مستوى %1 تستجيب أسرع مما يتوقعه النموذج (الوسيط لزمن الذهاب والإياب حتى %2)؛ معايرة النموذج تضبطه على ما قيس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/monitor/alarmgroups.cpp" line="161"/>
        <source>%n target(s) failing: %1</source>
        <extracomment>%n probed endpoints, %1 how their probes fail (a probe state such as &quot;Connection refused&quot;)</extracomment>
        <translation>
            <numerusform>%n هدف يفشل: %1</numerusform>
            <numerusform>هدف واحد يفشل: %1</numerusform>
            <numerusform>هدفان يفشلان: %1</numerusform>
            <numerusform>%n أهداف تفشل: %1</numerusform>
            <numerusform>%n هدفًا يفشل: %1</numerusform>
            <numerusform>%n هدف يفشل: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::AlarmModel</name>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="67"/>
        <source>SLO breach</source>
        <translation>خرق SLO</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="69"/>
        <source>Outside prediction band</source>
        <translation>خارج نطاق التنبؤ</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="71"/>
        <source>Fault</source>
        <translation>عطل</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="75"/>
        <source>Recovered</source>
        <translation>تعافٍ</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="130"/>
        <source>Time</source>
        <extracomment>Column header: when the alarm was raised</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="133"/>
        <source>Target</source>
        <extracomment>Column header: the probed endpoint the alarm is about</extracomment>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="136"/>
        <source>Kind</source>
        <extracomment>Column header: the kind of alarm (SLO breach, fault, …)</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmmodel.cpp" line="138"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>ea::AlarmRules</name>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="38"/>
        <source>%1: %2</source>
        <extracomment>Alarm message: a probe state, then its error text (or the URL)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="41"/>
        <source>Answers again (was: %1)</source>
        <translation>يستجيب مجددًا (كان: %1)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="62"/>
        <source>Measured RTT p50 %1 is outside the model&apos;s band %2 – %3 (model %4)</source>
        <translation>قيمة RTT p50 المقيسة %1 خارج نطاق النموذج %2 – %3 (النموذج %4)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="69"/>
        <source>Measured RTT p50 %1 is back within the model&apos;s band</source>
        <translation>عادت قيمة RTT p50 المقيسة %1 إلى نطاق النموذج</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="80"/>
        <source>TTFT measured %1 misses %2 (%3)</source>
        <translation>قيمة TTFT المقيسة %1 لا تحقق %2 (%3)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="81"/>
        <source>End-to-end estimate measured %1 misses %2 (%3)</source>
        <translation>التقدير المقيس من طرف إلى طرف %1 لا يحقق %2 (%3)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/alarmrules.cpp" line="86"/>
        <source>Meets %1 again (%2)</source>
        <translation>يحقق %1 مجددًا (%2)</translation>
    </message>
</context>
<context>
    <name>ea::AlarmSummaryModel</name>
    <message numerus="yes">
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="75"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n غيرها</numerusform>
            <numerusform>… وواحد آخر</numerusform>
            <numerusform>… واثنان آخران</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="96"/>
        <source>Kind</source>
        <extracomment>Column header: the kind of alarm (SLO breach, fault, …)</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="99"/>
        <source>Since</source>
        <extracomment>Column header: when the earliest alarm of the group was raised</extracomment>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/alarmsummarymodel.cpp" line="101"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
</context>
<context>
    <name>ea::Autosaver</name>
    <message>
        <location filename="../app/autosave.cpp" line="166"/>
        <source>Cannot create the recovery folder %1.</source>
        <translation>تعذّر إنشاء مجلد الاستعادة %1.</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="172"/>
        <source>Cannot lock the recovery file %1.</source>
        <translation>تعذّر قفل ملف الاستعادة %1.</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="180"/>
        <location filename="../app/autosave.cpp" line="187"/>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>تعذّرت كتابة ملف الاستعادة %1: %2</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="289"/>
        <source>Writing the recovery file</source>
        <translation>جارٍ كتابة ملف الاستعادة</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="318"/>
        <source>Removing the recovery file</source>
        <translation>جارٍ حذف ملف الاستعادة</translation>
    </message>
</context>
<context>
    <name>ea::BadDayDocks</name>
    <message>
        <location filename="../app/baddaydocks.cpp" line="20"/>
        <source>What-If Conditions</source>
        <translation>شروط الافتراض</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="21"/>
        <source>Resilience (N+1)</source>
        <translation>المرونة (N+1)</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="41"/>
        <source>&amp;What-If Conditions</source>
        <translation>شروط الافتراض (&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="43"/>
        <source>Sites down, demand surges, price changes and latency penalties, and the plan before → after them</source>
        <translation>مواقع متوقفة وزيادات في الطلب وتغيرات في الأسعار وغرامات زمن الاستجابة، والخطة قبلها ← بعدها</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="45"/>
        <source>Show the what-if conditions (Ctrl+Shift+W)</source>
        <translation>عرض شروط الافتراض (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="47"/>
        <source>Check &amp;Resilience…</source>
        <translation>فحص المرونة (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="50"/>
        <source>Evaluate the plan under every single site failure and list, worst first, the failures that break an SLO</source>
        <translation>تقييم الخطة عند تعطل كل موقع على حدة، وسرد الأعطال التي تخل بهدف مستوى الخدمة، الأسوأ أولاً</translation>
    </message>
    <message>
        <location filename="../app/baddaydocks.cpp" line="52"/>
        <source>Check the plan against every single failure (Ctrl+Shift+N)</source>
        <translation>فحص الخطة أمام كل عطل منفرد (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>ea::BasemapLayer</name>
    <message>
        <location filename="../widgets/map/basemaplayer.h" line="23"/>
        <source>Basemap</source>
        <translation>الخريطة الأساسية</translation>
    </message>
</context>
<context>
    <name>ea::BenchmarkImportDialog</name>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="25"/>
        <source>Import Serving Benchmark</source>
        <translation>استيراد اختبار أداء خدمة</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="27"/>
        <source>Result files of one deployment (one model on one GPU type), at one or more load levels: vLLM &lt;tt&gt;bench serve --save-result&lt;/tt&gt; JSON, GenAI-Perf or AIPerf &lt;tt&gt;profile_export&lt;/tt&gt; JSON, or the report &lt;tt&gt;trtllm-bench throughput&lt;/tt&gt; prints. They become the measured compute profile the planner uses instead of its model.</source>
        <translation>ملفات نتائج نشر واحد (نموذج واحد على نوع GPU واحد) عند مستوى حمل واحد أو أكثر: ملف JSON من vLLM &lt;tt&gt;bench serve --save-result&lt;/tt&gt;، أو ملف JSON &lt;tt&gt;profile_export&lt;/tt&gt; من GenAI-Perf أو AIPerf، أو التقرير الذي يطبعه &lt;tt&gt;trtllm-bench throughput&lt;/tt&gt;. تصبح ملف الحوسبة المقيس الذي يستخدمه المخطِّط بدلًا من نموذجه.</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="37"/>
        <source>The result files to import; several files are several load levels</source>
        <translation>ملفات النتائج المراد استيرادها؛ عدة ملفات تعني عدة مستويات حمل</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="38"/>
        <source>&amp;Add Files…</source>
        <translation>إضافة ملفات (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="39"/>
        <source>Choose result files</source>
        <translation>اختيار ملفات النتائج</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="40"/>
        <source>&amp;Remove</source>
        <translation>إزالة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="41"/>
        <source>Remove the selected files from the list</source>
        <translation>إزالة الملفات المحددة من القائمة</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="53"/>
        <source>The GPU type the benchmark ran on</source>
        <translation>نوع GPU الذي جرى عليه الاختبار</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="57"/>
        <source>The model the benchmark served (its shape in the scenario&apos;s catalogue)</source>
        <translation>النموذج الذي خدمه الاختبار (شكله في كتالوج السيناريو)</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="59"/>
        <source>As the file states (else BF16)</source>
        <translation>كما يذكر الملف (وإلا BF16)</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="63"/>
        <source>The weights&apos; precision; a trtllm-bench report states it</source>
        <translation>دقة الأوزان؛ يذكرها تقرير trtllm-bench</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="65"/>
        <source>&amp;GPU type:</source>
        <translation>نوع GPU (&amp;G):</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="66"/>
        <source>&amp;Model:</source>
        <translation>النموذج (&amp;M):</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="67"/>
        <source>&amp;Precision:</source>
        <translation>الدقة (&amp;P):</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="72"/>
        <source>The profile and how the planner reproduces each measured run with it</source>
        <translation>الملف وكيف يعيد المخطِّط به إنتاج كل تشغيل مقيس</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="75"/>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="81"/>
        <source>Result:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="125"/>
        <source>Add Benchmark Results</source>
        <translation>إضافة نتائج اختبار أداء</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="126"/>
        <source>Benchmark results (*.json *.jsonl *.txt *.log);;All files (*)</source>
        <translation>نتائج اختبار الأداء (*.json *.jsonl *.txt *.log);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="148"/>
        <source>Add one or more result files.</source>
        <translation>أضف ملف نتائج واحدًا أو أكثر.</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="166"/>
        <source>Cannot import; the scenario would stay unchanged:</source>
        <translation>تعذّر الاستيراد؛ سيبقى السيناريو دون تغيير:</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/benchmarkimportdialog.cpp" line="170"/>
        <source>Profile of %1 on %2 at %3 (%n GPU(s) per replica):</source>
        <translation>
            <numerusform>ملف %1 على %2 بدقة %3 (%n وحدة GPU لكل نسخة):</numerusform>
            <numerusform>ملف %1 على %2 بدقة %3 (%n وحدة GPU لكل نسخة):</numerusform>
            <numerusform>ملف %1 على %2 بدقة %3 (%n وحدة GPU لكل نسخة):</numerusform>
            <numerusform>ملف %1 على %2 بدقة %3 (%n وحدة GPU لكل نسخة):</numerusform>
            <numerusform>ملف %1 على %2 بدقة %3 (%n وحدة GPU لكل نسخة):</numerusform>
            <numerusform>ملف %1 على %2 بدقة %3 (%n وحدة GPU لكل نسخة):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="174"/>
        <source>  prefill %1 tokens/s, decode step %2 + %3 per extra sequence, scheduling %4</source>
        <translation>  الملء المسبق %1 رمز/ث، خطوة فك الترميز %2 + %3 لكل تسلسل إضافي، الجدولة %4</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="179"/>
        <source>  source: %1</source>
        <translation>  المصدر: %1</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="180"/>
        <source>Measured → planner with this profile:</source>
        <translation>المقيس ← المخطِّط بهذا الملف:</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="184"/>
        <source>TTFT %1 → %2</source>
        <translation>TTFT %1 ← %2</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="186"/>
        <source>TPOT %1 → %2</source>
        <translation>TPOT %1 ← %2</translation>
    </message>
    <message>
        <location filename="../app/benchmarkimportdialog.cpp" line="187"/>
        <source>%1 → %2 tokens/s</source>
        <translation>%1 ← %2 رمز/ث</translation>
    </message>
</context>
<context>
    <name>ea::BudgetChart</name>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="28"/>
        <location filename="../widgets/charts/budgetchart.cpp" line="125"/>
        <source>Latency budget by tier</source>
        <translation>ميزانية زمن الاستجابة حسب الطبقة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="47"/>
        <source>Latency budget decomposition chart</source>
        <translation>مخطط تفصيل ميزانية زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="82"/>
        <source>Time per request at %1 (%2)</source>
        <translation>الزمن لكل طلب عند %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="83"/>
        <source>Latency at %1</source>
        <translation>زمن الاستجابة عند %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="96"/>
        <source>%1 (cannot serve)</source>
        <translation>%1 (لا يمكنها الخدمة)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="98"/>
        <source>%1 (current)</source>
        <translation>%1 (الحالية)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="101"/>
        <source>%1&lt;br&gt;parts %2 · %3 %4</source>
        <translation>%1&lt;br&gt;الأجزاء %2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="110"/>
        <source>%1: propagation %2, route inflation %3, access %4, queueing %5, prefill %6, decode %7</source>
        <translation>%1: الانتشار %2، تضخم المسار %3، الوصول %4، الاصطفاف %5، التعبئة المسبقة %6، فك الترميز %7</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="126"/>
        <source>Select a workload to see where its latency budget goes.</source>
        <translation>اختر عبء عمل لمعرفة كيف تتوزع ميزانية زمن الاستجابة الخاصة به.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="127"/>
        <source>No evaluated plan.</source>
        <translation>لا توجد خطة مُقيَّمة.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="129"/>
        <source>Latency budget: %1</source>
        <translation>ميزانية زمن الاستجابة: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="130"/>
        <source>SLO: %1. Bars: the mean of each part over the demand at %2; diamond: %2 over all demand.</source>
        <translation>SLO: %1. الأشرطة: متوسط كل جزء على الطلب عند %2؛ المعيّن: %2 على كامل الطلب.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="134"/>
        <source>Other tiers still being evaluated.</source>
        <translation>لا يزال تقييم الطبقات الأخرى جاريًا.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="160"/>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="162"/>
        <source>Cannot be served in this tier.</source>
        <translation>لا يمكن خدمته في هذه الطبقة.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="168"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="173"/>
        <source>Sum of the means: %1</source>
        <translation>مجموع المتوسطات: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="174"/>
        <source>Latency at p%1: %2 against a budget of %3</source>
        <translation>زمن الاستجابة عند p%1: %2 مقابل ميزانية %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="178"/>
        <source>Cost: %1 per month</source>
        <translation>التكلفة: %1 شهريًا</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="188"/>
        <source>At the SLO percentile</source>
        <translation>عند مئين SLO</translation>
    </message>
    <message>
        <location filename="../widgets/charts/budgetchart.cpp" line="189"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
</context>
<context>
    <name>ea::Calibration</name>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="187"/>
        <source>no measurements to calibrate with: probe some nodes first</source>
        <translation>لا توجد قياسات للمعايرة: افحص بعض العقد أولًا</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="207"/>
        <source>a sample</source>
        <translation>عيّنة</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="210"/>
        <source>%1: the measured round trip must be a positive number of ms</source>
        <translation>%1: يجب أن يكون زمن الذهاب والإياب المقيس عددًا موجبًا من ms</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="215"/>
        <source>%1: no node %2 in the scenario</source>
        <translation>%1: لا توجد عقدة %2 في السيناريو</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="224"/>
        <source>no demand region &quot;%1&quot;: its access latency is fitted for its zone</source>
        <translation>لا توجد منطقة طلب &quot;%1&quot;: يُلاءَم زمن استجابة الوصول الخاص بها على مستوى نطاقها الجغرافي</translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="263"/>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/latency/calibration.cpp" line="269"/>
        <source>measurements of %n node(s) only: at least two nodes at different distances are needed to tell access latency from path inflation</source>
        <translation>
            <numerusform>قياسات %n عقدة فقط: يلزم وجود عقدتين على الأقل على مسافتين مختلفتين للتمييز بين زمن استجابة الوصول وتضخم المسار</numerusform>
            <numerusform>قياسات عقدة واحدة فقط: يلزم وجود عقدتين على الأقل على مسافتين مختلفتين للتمييز بين زمن استجابة الوصول وتضخم المسار</numerusform>
            <numerusform>قياسات عقدتين فقط: يلزم وجود عقدتين على الأقل على مسافتين مختلفتين للتمييز بين زمن استجابة الوصول وتضخم المسار</numerusform>
            <numerusform>قياسات %n عقد فقط: يلزم وجود عقدتين على الأقل على مسافتين مختلفتين للتمييز بين زمن استجابة الوصول وتضخم المسار</numerusform>
            <numerusform>قياسات %n عقدةً فقط: يلزم وجود عقدتين على الأقل على مسافتين مختلفتين للتمييز بين زمن استجابة الوصول وتضخم المسار</numerusform>
            <numerusform>قياسات %n عقدة فقط: يلزم وجود عقدتين على الأقل على مسافتين مختلفتين للتمييز بين زمن استجابة الوصول وتضخم المسار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/latency/calibration.cpp" line="311"/>
        <source>the nodes measured from %1 lie at nearly the same distance: access latency and inflation cannot be told apart and stay near their current values</source>
        <translation>العقد المقيسة من %1 تقع على مسافة متقاربة جدًا: لا يمكن التمييز بين زمن استجابة الوصول والتضخم، فيبقيان قريبين من قيمتيهما الحاليتين</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/latency/calibration.cpp" line="366"/>
        <source>calibrated on %n measured round trip(s) (%1 nodes) on %2: median abs relative error %3% before, %4% after</source>
        <translation>
            <numerusform>تمت المعايرة على %n رحلة ذهاب وإياب مقيسة (عدد العقد: %1) بتاريخ %2: الوسيط للخطأ النسبي المطلق %3% قبلها، و%4% بعدها</numerusform>
            <numerusform>تمت المعايرة على رحلة ذهاب وإياب واحدة مقيسة (عدد العقد: %1) بتاريخ %2: الوسيط للخطأ النسبي المطلق %3% قبلها، و%4% بعدها</numerusform>
            <numerusform>تمت المعايرة على رحلتي ذهاب وإياب مقيستين (عدد العقد: %1) بتاريخ %2: الوسيط للخطأ النسبي المطلق %3% قبلها، و%4% بعدها</numerusform>
            <numerusform>تمت المعايرة على %n رحلات ذهاب وإياب مقيسة (عدد العقد: %1) بتاريخ %2: الوسيط للخطأ النسبي المطلق %3% قبلها، و%4% بعدها</numerusform>
            <numerusform>تمت المعايرة على %n رحلةَ ذهاب وإياب مقيسة (عدد العقد: %1) بتاريخ %2: الوسيط للخطأ النسبي المطلق %3% قبلها، و%4% بعدها</numerusform>
            <numerusform>تمت المعايرة على %n رحلة ذهاب وإياب مقيسة (عدد العقد: %1) بتاريخ %2: الوسيط للخطأ النسبي المطلق %3% قبلها، و%4% بعدها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::CalibrationFlow</name>
    <message numerus="yes">
        <location filename="../app/monitor/calibrationflow.cpp" line="27"/>
        <source>median %1, P90 %2 (median %3 off; %n sample(s))</source>
        <translation>
            <numerusform>الوسيط %1، P90 %2 (انحراف وسيط %3؛ %n عينة)</numerusform>
            <numerusform>الوسيط %1، P90 %2 (انحراف وسيط %3؛ عينة واحدة)</numerusform>
            <numerusform>الوسيط %1، P90 %2 (انحراف وسيط %3؛ عينتان)</numerusform>
            <numerusform>الوسيط %1، P90 %2 (انحراف وسيط %3؛ %n عينات)</numerusform>
            <numerusform>الوسيط %1، P90 %2 (انحراف وسيط %3؛ %n عينة)</numerusform>
            <numerusform>الوسيط %1، P90 %2 (انحراف وسيط %3؛ %n عينة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="69"/>
        <location filename="../app/monitor/calibrationflow.cpp" line="91"/>
        <location filename="../app/monitor/calibrationflow.cpp" line="100"/>
        <source>Calibrate Latency Model</source>
        <translation>معايرة نموذج زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="70"/>
        <source>The model cannot be calibrated from the current measurements: %1</source>
        <translation>تتعذّر معايرة النموذج من القياسات الحالية: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/calibrationflow.cpp" line="76"/>
        <source>Route inflation %1–%2: %3 → %4 (%n sample(s))</source>
        <translation>
            <numerusform>تضخم المسار %1–%2: %3 ← %4 (%n عينة)</numerusform>
            <numerusform>تضخم المسار %1–%2: %3 ← %4 (عينة واحدة)</numerusform>
            <numerusform>تضخم المسار %1–%2: %3 ← %4 (عينتان)</numerusform>
            <numerusform>تضخم المسار %1–%2: %3 ← %4 (%n عينات)</numerusform>
            <numerusform>تضخم المسار %1–%2: %3 ← %4 (%n عينة)</numerusform>
            <numerusform>تضخم المسار %1–%2: %3 ← %4 (%n عينة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="80"/>
        <source>Access latency at the vantage point: %1 → %2</source>
        <translation>زمن استجابة الوصول عند نقطة المراقبة: %1 ← %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="85"/>
        <source>Error of the model against what was measured:
before: %1
after: %2
held out (5-fold by node): %3</source>
        <translation>خطأ النموذج مقارنةً بما قيس:
قبل: %1
بعد: %2
على بيانات محجوزة (5 طيات حسب العقدة): %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="89"/>
        <source>Error of the model against what was measured:
before: %1
after: %2</source>
        <translation>خطأ النموذج مقارنةً بما قيس:
قبل: %1
بعد: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="94"/>
        <source>Apply the fitted values to the scenario? (Undo restores the previous model.)</source>
        <translation>هل تريد تطبيق القيم المُلاءَمة على السيناريو؟ (يستعيد «تراجع» النموذج السابق.)</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="101"/>
        <source>The scenario changed while the model was being fitted; calibrate it again.</source>
        <translation>تغيّر السيناريو أثناء ملاءمة النموذج؛ أعد المعايرة.</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="107"/>
        <source>Calibrate latency model</source>
        <translation>معايرة نموذج زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="130"/>
        <source>Calibrating the latency model from the fleet</source>
        <translation>معايرة نموذج زمن الاستجابة من الأسطول</translation>
    </message>
    <message>
        <location filename="../app/monitor/calibrationflow.cpp" line="146"/>
        <source>Calibrating the latency model</source>
        <translation>جارٍ معايرة نموذج زمن الاستجابة</translation>
    </message>
</context>
<context>
    <name>ea::ChartStyle</name>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="18"/>
        <source>Propagation</source>
        <translation>الانتشار</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="20"/>
        <source>Route inflation</source>
        <translation>تضخم المسار</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="22"/>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="24"/>
        <source>Queueing</source>
        <translation>الاصطفاف</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="26"/>
        <source>Prefill</source>
        <translation>التعبئة المسبقة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="28"/>
        <source>Decode</source>
        <translation>فك الترميز</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="37"/>
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="39"/>
        <source>API tokens</source>
        <translation>رموز API</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartstyle.cpp" line="41"/>
        <source>Egress</source>
        <translation>حركة البيانات الصادرة</translation>
    </message>
</context>
<context>
    <name>ea::CostLatencyChart</name>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="30"/>
        <source>Cost against latency</source>
        <translation>التكلفة مقابل زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="35"/>
        <source>Latency at the SLO percentile ÷ budget (log)</source>
        <translation>زمن الاستجابة عند مئين SLO ÷ الميزانية (لوغاريتمي)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="48"/>
        <source>Pareto front (selected)</source>
        <translation>جبهة باريتو (المحددة)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="53"/>
        <source>%1 (if moved)</source>
        <translation>%1 (عند النقل إليها)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="82"/>
        <source>Cost against latency chart</source>
        <translation>مخطط التكلفة مقابل زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="148"/>
        <location filename="../widgets/charts/costlatencychart.cpp" line="332"/>
        <source>Pareto front</source>
        <translation>جبهة باريتو</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="205"/>
        <source>Cost per month (%1, log)</source>
        <translation>التكلفة شهريًا (%1، لوغاريتمي)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="249"/>
        <source>No evaluated plan.</source>
        <translation>لا توجد خطة مُقيَّمة.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="252"/>
        <source>Solid: each workload in its tier; faint: moved alone to another tier; lines: Pareto fronts (bold: selected). Left of the dashed line meets the budget.</source>
        <translation>المصمت: كل عبء عمل في طبقته؛ الباهت: منقول وحده إلى طبقة أخرى؛ الخطوط: جبهات باريتو (العريض: المحدد). ما يقع يسار الخط المتقطع يحقق الميزانية.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="254"/>
        <source>Solid: each workload in its tier (other tiers still being evaluated). Left of the dashed line meets the budget.</source>
        <translation>المصمت: كل عبء عمل في طبقته (لا يزال تقييم الطبقات الأخرى جاريًا). ما يقع يسار الخط المتقطع يحقق الميزانية.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="258"/>
        <source>Not plotted (not served or no budget): %1.</source>
        <translation>غير مرسومة (غير مخدومة أو بلا ميزانية): %1.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="264"/>
        <source>%1: %2, %3 × budget, %4 per month</source>
        <translation>%1: %2، %3 × الميزانية، %4 شهريًا</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="314"/>
        <source>%1 if moved to %2</source>
        <translation>%1 إذا نُقل إلى %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="314"/>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="315"/>
        <source>%1: %2 (%3 × budget)</source>
        <translation>%1: %2 (%3 × الميزانية)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="318"/>
        <source>Cost: %1 per month (plan: %2)</source>
        <translation>التكلفة: %1 شهريًا (الخطة: %2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="319"/>
        <source>SLO attainment: %1</source>
        <translation>نسبة تحقيق SLO: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="320"/>
        <source>Click to select the workload.</source>
        <translation>انقر لتحديد عبء العمل.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="331"/>
        <source>faint: in another tier</source>
        <translation>الباهت: في طبقة أخرى</translation>
    </message>
    <message>
        <location filename="../widgets/charts/costlatencychart.cpp" line="333"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
</context>
<context>
    <name>ea::CoverageLayer</name>
    <message>
        <location filename="../widgets/map/coveragelayer.h" line="28"/>
        <source>Latency coverage</source>
        <translation>تغطية زمن الاستجابة</translation>
    </message>
</context>
<context>
    <name>ea::CsvTable</name>
    <message>
        <location filename="../engine/model/csvtable.cpp" line="27"/>
        <source>column &quot;%1&quot; appears twice (columns %2 and %3)</source>
        <translation>العمود &quot;%1&quot; مكرّر (العمودان %2 و%3)</translation>
    </message>
    <message>
        <location filename="../engine/model/csvtable.cpp" line="39"/>
        <source>expected %1 fields, found %2</source>
        <translation>المتوقع %1 من الحقول، ووُجد %2</translation>
    </message>
    <message>
        <location filename="../engine/model/csvtable.cpp" line="83"/>
        <source>unterminated quoted field</source>
        <translation>حقل بين علامتي اقتباس غير مُغلق</translation>
    </message>
    <message>
        <location filename="../engine/model/csvtable.cpp" line="91"/>
        <source>missing header row</source>
        <translation>صف الترويسة مفقود</translation>
    </message>
</context>
<context>
    <name>ea::DamageLayer</name>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="45"/>
        <source>No change</source>
        <translation>لا تغيير</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="47"/>
        <source>Cost only</source>
        <translation>التكلفة فقط</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="49"/>
        <source>Attainment drop &lt; %1 pp</source>
        <translation>انخفاض التحقق &lt; %1 نقطة</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="51"/>
        <source>Attainment drop ≥ %1 pp</source>
        <translation>انخفاض التحقق ≥ %1 نقطة</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="53"/>
        <source>Breaks an SLO</source>
        <translation>يخل بهدف مستوى الخدمة</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="91"/>
        <source>&lt;b&gt;If this site fails&lt;/b&gt; (N+1): &lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;b&gt;إذا تعطّل هذا الموقع&lt;/b&gt; (N+1): &lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="94"/>
        <source>Its loss changes nothing: the others absorb its demand at the same cost</source>
        <translation>فقدانه لا يغيّر شيئًا: تستوعب المواقع الأخرى طلبه بالتكلفة نفسها</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="97"/>
        <source>Failure: %1</source>
        <translation>العطل: %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="101"/>
        <source>Attainment drop: %1 pp (%2)</source>
        <translation>انخفاض نسبة التحقيق: %1 نقطة مئوية (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/damagelayer.cpp" line="105"/>
        <source>Breaks the SLO of %n workload(s)</source>
        <translation>
            <numerusform>يُخلّ بهدف الخدمة لـ %n حمل عمل</numerusform>
            <numerusform>يُخلّ بهدف الخدمة لحمل عمل واحد</numerusform>
            <numerusform>يُخلّ بهدف الخدمة لحملَي عمل</numerusform>
            <numerusform>يُخلّ بهدف الخدمة لـ %n أحمال عمل</numerusform>
            <numerusform>يُخلّ بهدف الخدمة لـ %n حمل عمل</numerusform>
            <numerusform>يُخلّ بهدف الخدمة لـ %n حمل عمل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="106"/>
        <source>Regions affected: %1</source>
        <translation>المناطق المتأثرة: %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="108"/>
        <source>Unserved: %1</source>
        <translation>غير مخدوم: %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="109"/>
        <source>Extra cost of the spill: %1 per month</source>
        <translation>التكلفة الإضافية لنقل الطلب: %1 شهريًا</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="135"/>
        <source>Worst single loss (N+1): %1, &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; %3</source>
        <translation>أسوأ فقدان لموقع واحد (N+1): %1، &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; %3</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="228"/>
        <source>Loss of one site</source>
        <translation>فقدان موقع واحد</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="232"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.h" line="55"/>
        <source>Failure damage (N+1)</source>
        <translation>ضرر الأعطال (N+1)</translation>
    </message>
</context>
<context>
    <name>ea::DayChart</name>
    <message>
        <location filename="../widgets/charts/daychart.cpp" line="83"/>
        <source>peak hour %1 UTC</source>
        <translation>ساعة الذروة %1 UTC</translation>
    </message>
    <message>
        <location filename="../widgets/charts/daychart.cpp" line="118"/>
        <source>Load of the sites (% of what their GPUs carry)</source>
        <translation>حمل المواقع (% مما تحمله وحدات GPU الخاصة بها)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/daychart.cpp" line="119"/>
        <source>SLO attainment (% of that hour&apos;s requests within budget)</source>
        <translation>تحقيق SLO (% من طلبات تلك الساعة ضمن الميزانية)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/daychart.cpp" line="168"/>
        <source>Demand peaks at %1 UTC (%2), when the sites carry %3 of what their GPUs carry and %4 of requests meet their SLO; the worst hour for the SLO is %5 UTC (%6).</source>
        <translation>يبلغ الطلب ذروته عند %1 UTC (%2)، حين تحمل المواقع %3 مما تحمله وحدات GPU الخاصة بها وتستوفي %4 من الطلبات SLO الخاص بها؛ وأسوأ ساعة لـ SLO هي %5 UTC (%6).</translation>
    </message>
</context>
<context>
    <name>ea::DaySlider</name>
    <message>
        <location filename="../app/timelinebar.cpp" line="43"/>
        <source>Hour of the day (UTC). Left and Right arrows step one hour; the bars are the demand of each hour, the red one the peak hour the plan is sized for</source>
        <translation>ساعة اليوم (UTC). ينقل السهمان الأيسر والأيمن ساعة واحدة؛ والأعمدة هي طلب كل ساعة، والأحمر منها ساعة الذروة التي تُحجَّم لها الخطة</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="143"/>
        <source>%1: demand %2</source>
        <translation>%1: الطلب %2</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="145"/>
        <source>Peak hour: the plan&apos;s GPUs are sized for each site&apos;s own peak</source>
        <translation>ساعة الذروة: تُحجَّم وحدات GPU في الخطة لذروة كل موقع</translation>
    </message>
</context>
<context>
    <name>ea::DemandLayer</name>
    <message>
        <location filename="../widgets/map/demandlayer.h" line="28"/>
        <source>Demand regions</source>
        <translation>مناطق الطلب</translation>
    </message>
</context>
<context>
    <name>ea::Demo</name>
    <message>
        <location filename="../app/monitor/demo.cpp" line="45"/>
        <source>the main window has no Monitor page</source>
        <translation>لا تحتوي النافذة الرئيسية على صفحة المراقبة</translation>
    </message>
    <message>
        <location filename="../app/monitor/demo.cpp" line="57"/>
        <source>Simulation: %1</source>
        <translation>محاكاة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/demo.cpp" line="66"/>
        <source>SIMULATION — %n simulated probe agent(s) on this computer, answering with the model&apos;s delays; not real measurements</source>
        <translation>
            <numerusform>محاكاة — %n وكيل قياس محاكى على هذا الحاسوب، يجيب بتأخيرات النموذج؛ ليست قياسات حقيقية</numerusform>
            <numerusform>محاكاة — %n وكيل قياس محاكى على هذا الحاسوب، يجيب بتأخيرات النموذج؛ ليست قياسات حقيقية</numerusform>
            <numerusform>محاكاة — %n وكيل قياس محاكى على هذا الحاسوب، يجيب بتأخيرات النموذج؛ ليست قياسات حقيقية</numerusform>
            <numerusform>محاكاة — %n وكلاء قياس محاكون على هذا الحاسوب، يجيبون بتأخيرات النموذج؛ ليست قياسات حقيقية</numerusform>
            <numerusform>محاكاة — %n وكيل قياس محاكى على هذا الحاسوب، يجيب بتأخيرات النموذج؛ ليست قياسات حقيقية</numerusform>
            <numerusform>محاكاة — %n وكيل قياس محاكى على هذا الحاسوب، يجيب بتأخيرات النموذج؛ ليست قياسات حقيقية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/demo.cpp" line="90"/>
        <source>the simulated deployment did not start</source>
        <translation>لم يبدأ النشر المحاكى</translation>
    </message>
</context>
<context>
    <name>ea::Document</name>
    <message>
        <location filename="../app/document.cpp" line="102"/>
        <source>The scenario has no file name yet.</source>
        <translation>ليس للسيناريو اسم ملف بعد.</translation>
    </message>
    <message>
        <location filename="../app/document.cpp" line="131"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../app/document.cpp" line="236"/>
        <source>Evaluating the plan</source>
        <translation>جارٍ تقييم الخطة</translation>
    </message>
    <message>
        <location filename="../app/document.cpp" line="292"/>
        <source>Comparing every workload in its other tiers</source>
        <translation>جارٍ مقارنة كل عبء عمل في طبقاته الأخرى</translation>
    </message>
</context>
<context>
    <name>ea::Evaluator</name>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="233"/>
        <source>the tier has no nodes</source>
        <translation>لا تحتوي الطبقة على عُقد</translation>
    </message>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="233"/>
        <source>unknown model or tier</source>
        <translation>نموذج أو طبقة غير معروفة</translation>
    </message>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="241"/>
        <source>the tier is billed per token but the price book has no API price for %1</source>
        <translation>تُحتسب تكلفة الطبقة لكل رمز، لكن دليل الأسعار لا يتضمن سعر API لـ %1</translation>
    </message>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="734"/>
        <source>%1 does not fit the GPUs of this tier (more than 8 GPUs per replica)</source>
        <translation>%1 لا يتسع في وحدات GPU لهذه الطبقة (أكثر من 8 وحدات GPU لكل نسخة)</translation>
    </message>
    <message>
        <location filename="../engine/plan/workloadevaluation.cpp" line="735"/>
        <source>%1 of demand finds no node with free capacity</source>
        <translation>%1 من الطلب لا يجد أي عقدة ذات سعة متاحة</translation>
    </message>
</context>
<context>
    <name>ea::ExchangeActions</name>
    <message>
        <location filename="../app/exchangeactions.cpp" line="34"/>
        <source>Export GeoJSON</source>
        <translation>تصدير GeoJSON</translation>
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
        <translation>تعذّر تصدير GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="37"/>
        <location filename="../app/exchangeactions.cpp" line="56"/>
        <source>%1 was not written.</source>
        <translation>لم تتم كتابة %1.</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="39"/>
        <source>&amp;Nodes as GeoJSON…</source>
        <translation>العقد بصيغة GeoJSON (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="41"/>
        <source>Inference nodes as GeoJSON points (RFC 7946), for QGIS and GDAL</source>
        <translation>عقد الاستدلال كنقاط GeoJSON (RFC 7946)، لاستخدامها في QGIS وGDAL</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="42"/>
        <source>Demand &amp;Regions as GeoJSON…</source>
        <translation>مناطق الطلب بصيغة GeoJSON (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="44"/>
        <source>Demand regions as GeoJSON points (RFC 7946)</source>
        <translation>مناطق الطلب كنقاط GeoJSON (RFC 7946)</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="47"/>
        <source>Export LiteLLM Configuration</source>
        <translation>تصدير إعدادات LiteLLM</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="48"/>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="49"/>
        <source>Export Routing Policy</source>
        <translation>تصدير سياسة التوجيه</translation>
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
        <translation>تعذّر تصدير سياسة التوجيه</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="59"/>
        <source>Routing Policy Exported</source>
        <translation>تم تصدير سياسة التوجيه</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="60"/>
        <source>%1 was written; some parts were left out:</source>
        <translation>تمت كتابة %1؛ وأُغفلت بعض الأجزاء:</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="62"/>
        <source>Routing &amp;Policy (JSON)…</source>
        <translation>سياسة التوجيه (JSON) (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="64"/>
        <source>Per workload: tier, SLO, cost, and the candidate nodes of every region, best first</source>
        <translation>لكل عبء عمل: الطبقة وSLO والتكلفة والعقد المرشحة لكل منطقة، الأفضل أولًا</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="65"/>
        <source>&amp;LiteLLM Router Configuration…</source>
        <translation>إعدادات موجّه LiteLLM (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="67"/>
        <source>A LiteLLM proxy config.yaml with latency-based routing and fallbacks in plan order</source>
        <translation>ملف config.yaml لوكيل LiteLLM مع توجيه حسب زمن الاستجابة وبدائل احتياطية بترتيب الخطة</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="73"/>
        <location filename="../app/exchangeactions.cpp" line="77"/>
        <source>Import GeoJSON</source>
        <translation>استيراد GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="78"/>
        <source>Merge the file&apos;s nodes into the scenario (same id: updated), or replace all nodes?</source>
        <translation>هل تريد دمج عقد الملف في السيناريو (المعرّف نفسه: يُحدَّث) أم استبدال كل العقد؟</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="79"/>
        <source>Merge the file&apos;s regions into the scenario (same id: updated), or replace all regions?</source>
        <translation>هل تريد دمج مناطق الملف في السيناريو (المعرّف نفسه: يُحدَّث) أم استبدال كل المناطق؟</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="86"/>
        <source>Cannot Import GeoJSON</source>
        <translation>تعذّر استيراد GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="87"/>
        <location filename="../app/exchangeactions.cpp" line="105"/>
        <source>%1 was not imported; the scenario is unchanged.</source>
        <translation>لم يُستورَد %1؛ ولم يتغير السيناريو.</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="89"/>
        <source>&amp;Nodes from GeoJSON…</source>
        <translation>العقد من GeoJSON (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="90"/>
        <source>Add or replace inference nodes from GeoJSON points</source>
        <translation>إضافة عقد الاستدلال أو استبدالها من نقاط GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="91"/>
        <source>Yes merges, No replaces</source>
        <translation>«نعم» للدمج، «لا» للاستبدال</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="92"/>
        <source>Demand &amp;Regions from GeoJSON…</source>
        <translation>مناطق الطلب من GeoJSON (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="93"/>
        <source>Add or replace demand regions from GeoJSON points</source>
        <translation>إضافة مناطق الطلب أو استبدالها من نقاط GeoJSON</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="96"/>
        <source>API &amp;Prices (LiteLLM JSON)…</source>
        <translation>أسعار API (LiteLLM JSON) (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="98"/>
        <source>Import API Prices</source>
        <translation>استيراد أسعار API</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="104"/>
        <source>Cannot Import Prices</source>
        <translation>تعذّر استيراد الأسعار</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="107"/>
        <source>Prices Imported</source>
        <translation>تم استيراد الأسعار</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="107"/>
        <source>Prices imported from %1:</source>
        <translation>الأسعار المستوردة من %1:</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="111"/>
        <source>API prices per million tokens from a LiteLLM model_prices_and_context_window.json</source>
        <translation>أسعار API لكل مليون رمز من ملف model_prices_and_context_window.json الخاص بـ LiteLLM</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="113"/>
        <source>Serving &amp;Benchmark…</source>
        <translation>اختبار أداء خدمة (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="124"/>
        <source>Cannot Import Benchmark</source>
        <translation>تعذّر استيراد اختبار الأداء</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="124"/>
        <source>The scenario is unchanged.</source>
        <translation>السيناريو دون تغيير.</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="127"/>
        <source>A measured compute profile from vLLM, GenAI-Perf/AIPerf or trtllm-bench result files</source>
        <translation>ملف حوسبة مقيس من ملفات نتائج vLLM أو GenAI-Perf/AIPerf أو trtllm-bench</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="135"/>
        <source>Import serving benchmark %1</source>
        <translation>استيراد اختبار أداء الخدمة %1</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="170"/>
        <source>the plan is still being evaluated; try again in a moment</source>
        <translation>لا تزال الخطة قيد التقييم؛ أعد المحاولة بعد لحظات</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="175"/>
        <source>Building the routing policy…</source>
        <translation>جارٍ بناء سياسة التوجيه…</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="187"/>
        <source>no node of the plan has an endpoint URL: a router needs them (set the nodes&apos; &quot;endpoint&quot; in the scenario)</source>
        <translation>لا توجد في الخطة عقدة لها عنوان URL لنقطة نهاية: يحتاج الموجّه إليها (اضبط &quot;endpoint&quot; للعقد في السيناريو)</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="214"/>
        <source>Import nodes from %1</source>
        <translation>استيراد العقد من %1</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="214"/>
        <source>Import regions from %1</source>
        <translation>استيراد المناطق من %1</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="236"/>
        <source>%1: no entry in the file; its price is kept</source>
        <translation>%1: لا يوجد إدخال في الملف؛ يُحتفَظ بسعره</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="239"/>
        <source>none of the scenario&apos;s models has an entry in the file</source>
        <translation>لا يوجد في الملف إدخال لأي من نماذج السيناريو</translation>
    </message>
    <message>
        <location filename="../app/exchangeactions.cpp" line="243"/>
        <source>Import prices from %1</source>
        <translation>استيراد الأسعار من %1</translation>
    </message>
</context>
<context>
    <name>ea::ExportFile</name>
    <message>
        <location filename="../engine/export/exportfile.cpp" line="39"/>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
</context>
<context>
    <name>ea::FleetConnectDialog</name>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="24"/>
        <source>Connect to Prometheus</source>
        <translation>الاتصال بـ Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="26"/>
        <source>Read every probe agent&apos;s routes (edgeatlas probe --serve --vantage NAME) from the Prometheus server that scrapes them.</source>
        <translation>قراءة مسارات كل وكيل قياس (edgeatlas probe --serve --vantage NAME) من خادم Prometheus الذي يجمعها.</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="36"/>
        <source>The Prometheus server&apos;s base URL, http:// or https:// (certificates are verified)</source>
        <translation>عنوان URL الأساسي لخادم Prometheus، http:// أو https:// (يتم التحقق من الشهادات)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="37"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="39"/>
        <source>e.g. PROMETHEUS_TOKEN (optional)</source>
        <translation>مثلًا PROMETHEUS_TOKEN (اختياري)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="40"/>
        <source>The name of an environment variable that holds a bearer token; the token itself is never stored</source>
        <translation>اسم متغير بيئة يحتوي رمز الحامل؛ لا يُخزَّن الرمز نفسه أبدًا</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="42"/>
        <source>Bearer token &amp;variable:</source>
        <translation>&amp;متغير رمز الحامل:</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="44"/>
        <source>TLS certificates are always verified.</source>
        <translation>يتم التحقق دائمًا من شهادات TLS.</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetconnectdialog.cpp" line="54"/>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
</context>
<context>
    <name>ea::FleetDemo</name>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="150"/>
        <source>%1 stopped (exit code %2): %3</source>
        <translation>توقف %1 (رمز الخروج %2): %3</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="177"/>
        <source>the prometheus program is not installed (Debian package prometheus)</source>
        <translation>برنامج prometheus غير مثبت (حزمة دبيان prometheus)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="179"/>
        <source>the scenario has no demand regions or no nodes to simulate</source>
        <translation>لا يحتوي السيناريو على مناطق طلب أو عقد لمحاكاتها</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="185"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>تعذر إنشاء مجلد مؤقت: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetdemo.cpp" line="190"/>
        <source>Starting %n simulated deployment(s)…</source>
        <translation>
            <numerusform>جارٍ بدء %n نشر محاكى…</numerusform>
            <numerusform>جارٍ بدء %n نشر محاكى…</numerusform>
            <numerusform>جارٍ بدء %n نشر محاكى…</numerusform>
            <numerusform>جارٍ بدء %n نشر محاكى…</numerusform>
            <numerusform>جارٍ بدء %n نشر محاكى…</numerusform>
            <numerusform>جارٍ بدء %n نشر محاكى…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="208"/>
        <source>the simulated fleet did not come up within %1 s</source>
        <translation>لم يبدأ الأسطول المحاكى خلال %1 ث</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetdemo.cpp" line="247"/>
        <source>Starting %n probe agent(s)…</source>
        <translation>
            <numerusform>جارٍ بدء %n وكيل قياس…</numerusform>
            <numerusform>جارٍ بدء %n وكيل قياس…</numerusform>
            <numerusform>جارٍ بدء %n وكيل قياس…</numerusform>
            <numerusform>جارٍ بدء %n وكيل قياس…</numerusform>
            <numerusform>جارٍ بدء %n وكيل قياس…</numerusform>
            <numerusform>جارٍ بدء %n وكيل قياس…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="267"/>
        <source>cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="280"/>
        <source>Starting Prometheus…</source>
        <translation>جارٍ بدء Prometheus…</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetdemo.cpp" line="297"/>
        <source>Prometheus did not start: %1</source>
        <translation>لم يبدأ Prometheus: %1</translation>
    </message>
</context>
<context>
    <name>ea::FleetLayer</name>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="253"/>
        <source>%1 (stale)</source>
        <translation>%1 (متوقف)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/fleetlayer.cpp" line="327"/>
        <source>&lt;b&gt;Vantage %1&lt;/b&gt;%2&lt;br&gt;%n route(s), %3 alarmed</source>
        <translation>
            <numerusform>&lt;b&gt;نقطة القياس %1&lt;/b&gt;%2&lt;br&gt;%n مسار، %3 في إنذار</numerusform>
            <numerusform>&lt;b&gt;نقطة القياس %1&lt;/b&gt;%2&lt;br&gt;%n مسار، %3 في إنذار</numerusform>
            <numerusform>&lt;b&gt;نقطة القياس %1&lt;/b&gt;%2&lt;br&gt;%n مسار، %3 في إنذار</numerusform>
            <numerusform>&lt;b&gt;نقطة القياس %1&lt;/b&gt;%2&lt;br&gt;%n مسار، %3 في إنذار</numerusform>
            <numerusform>&lt;b&gt;نقطة القياس %1&lt;/b&gt;%2&lt;br&gt;%n مسار، %3 في إنذار</numerusform>
            <numerusform>&lt;b&gt;نقطة القياس %1&lt;/b&gt;%2&lt;br&gt;%n مسار، %3 في إنذار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="332"/>
        <source>&lt;br&gt;P%1: median route %2, worst %3</source>
        <translation>&lt;br&gt;P%1: المسار الوسيط %2، الأسوأ %3</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="335"/>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; the agent stopped reporting</source>
        <translation>&lt;br&gt;&lt;b&gt;متوقف:&lt;/b&gt; توقف الوكيل عن الإبلاغ</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="336"/>
        <source>&lt;br&gt;&lt;i&gt;Click to show only its routes&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;انقر لعرض مساراته فقط&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="341"/>
        <source>&lt;br&gt;Measured P50 %1, P%2 %3</source>
        <translation>&lt;br&gt;P50 المقاس %1، P%2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="342"/>
        <location filename="../widgets/map/fleetlayer.cpp" line="343"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="345"/>
        <source>&lt;br&gt;Model %1, residual %2</source>
        <translation>&lt;br&gt;النموذج %1، الفارق %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="351"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.cpp" line="352"/>
        <source>&lt;br&gt;State: %1</source>
        <translation>&lt;br&gt;الحالة: %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/fleetlayer.h" line="32"/>
        <source>Fleet routes</source>
        <translation>مسارات الأسطول</translation>
    </message>
</context>
<context>
    <name>ea::FleetPanel</name>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="66"/>
        <source>Fleet status</source>
        <translation>حالة الأسطول</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="72"/>
        <source>&amp;Window:</source>
        <translation>ال&amp;نافذة:</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="75"/>
        <source>1 min</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="75"/>
        <source>5 min</source>
        <translation>5 دقائق</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="75"/>
        <source>15 min</source>
        <translation>15 دقيقة</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="75"/>
        <source>1 h</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="79"/>
        <source>The window the percentiles and probe counts are taken over</source>
        <translation>النافذة التي تُحسب عليها المئينات وأعداد القياسات</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="83"/>
        <source>&amp;Percentile:</source>
        <translation>ال&amp;مئين:</translation>
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
        <translation>مئين زمن الذهاب والإياب المقاس الذي يلوّن المسارات</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="92"/>
        <source>&amp;Nodes by:</source>
        <translation>ال&amp;عُقد حسب:</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="94"/>
        <source>Worst route</source>
        <translation>أسوأ مسار</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="95"/>
        <source>Median route</source>
        <translation>المسار الوسيط</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="96"/>
        <source>Colour each node by the worst or the median of its routes</source>
        <translation>تلوين كل عقدة حسب أسوأ مساراتها أو وسيطها</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="100"/>
        <source>&amp;Stale after:</source>
        <translation>قدي&amp;م بعد:</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="104"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="105"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="107"/>
        <source>Stale after</source>
        <translation>قديم بعد</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="108"/>
        <source>How old a vantage&apos;s newest sample may be before its routes are shown as stale (the agent stopped reporting); a few scrape intervals. Never: off</source>
        <translation>أقصى عمر لأحدث عينة من نقطة رصد قبل أن تُعرض مساراتها كقديمة (توقف الوكيل عن الإبلاغ)؛ بضع فترات جمع. أبدًا: معطّل</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="119"/>
        <source>Show &amp;All Routes</source>
        <translation>عرض &amp;كل المسارات</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="120"/>
        <source>Clear the vantage or node picked on the map</source>
        <translation>مسح نقطة القياس أو العقدة المختارة على الخريطة</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="122"/>
        <source>&amp;Calibrate From Fleet…</source>
        <translation>&amp;معايرة من الأسطول…</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="123"/>
        <source>Fit the latency model to every route&apos;s measured median (undoable)</source>
        <translation>ملاءمة نموذج زمن الاستجابة مع الوسيط المقاس لكل مسار (قابل للتراجع)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="125"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;قطع الاتصال</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="126"/>
        <source>Stop reading the fleet from Prometheus</source>
        <translation>إيقاف قراءة الأسطول من Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="130"/>
        <source>Fleet routes</source>
        <translation>مسارات الأسطول</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="131"/>
        <source>Every agent&apos;s route to every node it probes: measured median and percentile, the model from that vantage, the residual and the alarms. Click a vantage or node on the map to see only its routes.</source>
        <translation>مسار كل وكيل إلى كل عقدة يقيسها: الوسيط والمئين المقاسان، والنموذج من نقطة القياس تلك، والفارق والإنذارات. انقر على نقطة قياس أو عقدة في الخريطة لعرض مساراتها فقط.</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="146"/>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="153"/>
        <source>Request RTT (ms)</source>
        <translation>زمن ذهاب وإياب الطلب (مللي ثانية)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="164"/>
        <source>Fleet latency over time</source>
        <translation>زمن استجابة الأسطول عبر الوقت</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="165"/>
        <source>The measured request RTT of the pick over the window: the median and the chosen percentile of its routes pooled (the whole fleet when nothing is picked)</source>
        <translation>زمن ذهاب وإياب الطلب المقيس للاختيار خلال النافذة: الوسيط والمئين المختار لمساراته مجتمعة (الأسطول كله إن لم يُختر شيء)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="175"/>
        <source>Fleet alarms</source>
        <translation>إنذارات الأسطول</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="176"/>
        <source>Faults, SLO breaches and medians outside the model&apos;s band per route, newest first</source>
        <translation>الأعطال وتجاوزات SLO والوسيطات خارج نطاق النموذج لكل مسار، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="289"/>
        <source>Reading the pick&apos;s latency over time from Prometheus</source>
        <translation>قراءة زمن استجابة الاختيار عبر الوقت من Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="332"/>
        <source>the route %1 → %2</source>
        <translation>المسار %1 ← %2</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="334"/>
        <source>the routes from %1</source>
        <translation>المسارات من %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="336"/>
        <source>the routes to %1</source>
        <translation>المسارات إلى %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="338"/>
        <source>every route</source>
        <translation>كل المسارات</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="339"/>
        <source>Measured request RTT of %1</source>
        <translation>زمن ذهاب وإياب الطلب المقيس لـ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="343"/>
        <source>%n point(s) every %1 s over the last %2 s</source>
        <translation>
            <numerusform>%n نقطة كل %1 ث خلال آخر %2 ث</numerusform>
            <numerusform>نقطة واحدة كل %1 ث خلال آخر %2 ث</numerusform>
            <numerusform>نقطتان كل %1 ث خلال آخر %2 ث</numerusform>
            <numerusform>%n نقاط كل %1 ث خلال آخر %2 ث</numerusform>
            <numerusform>%n نقطة كل %1 ث خلال آخر %2 ث</numerusform>
            <numerusform>%n نقطة كل %1 ث خلال آخر %2 ث</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="349"/>
        <source>No series: %1</source>
        <translation>لا توجد سلسلة: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="354"/>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="355"/>
        <source>Could not read the series: %1</source>
        <translation>تعذرت قراءة السلسلة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="379"/>
        <source>Showing the route %1 → %2 (%n row(s))</source>
        <translation>
            <numerusform>عرض المسار %1 ← %2 (%n صف)</numerusform>
            <numerusform>عرض المسار %1 ← %2 (%n صف)</numerusform>
            <numerusform>عرض المسار %1 ← %2 (%n صف)</numerusform>
            <numerusform>عرض المسار %1 ← %2 (%n صف)</numerusform>
            <numerusform>عرض المسار %1 ← %2 (%n صف)</numerusform>
            <numerusform>عرض المسار %1 ← %2 (%n صف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="382"/>
        <source>Showing the routes from %1 (%n row(s))</source>
        <translation>
            <numerusform>عرض المسارات من %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات من %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات من %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات من %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات من %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات من %1 (%n صف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetpanel.cpp" line="384"/>
        <source>Showing the routes to %1 (%n row(s))</source>
        <translation>
            <numerusform>عرض المسارات إلى %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات إلى %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات إلى %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات إلى %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات إلى %1 (%n صف)</numerusform>
            <numerusform>عرض المسارات إلى %1 (%n صف)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetpanel.cpp" line="386"/>
        <source>All routes — click a vantage or node on the map to see only its routes</source>
        <translation>كل المسارات — انقر على نقطة قياس أو عقدة في الخريطة لعرض مساراتها فقط</translation>
    </message>
</context>
<context>
    <name>ea::FleetReader</name>
    <message>
        <location filename="../engine/monitor/fleetreader.cpp" line="288"/>
        <location filename="../engine/monitor/fleetreader.cpp" line="355"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetreader.cpp" line="334"/>
        <source>no probe agent&apos;s series matching %1 in the last %2 s at %3 (are the agents scraped, and started with --scenario?)</source>
        <translation>لا توجد سلاسل لوكلاء القياس تطابق %1 خلال آخر %2 ث في %3 (هل يجمعها الخادم، وهل شُغّل الوكلاء مع --scenario؟)</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetreader.cpp" line="382"/>
        <source>every recent probe failed (mostly %1)</source>
        <translation>فشلت كل القياسات الأخيرة (غالبًا %1)</translation>
    </message>
</context>
<context>
    <name>ea::FleetSeries</name>
    <message>
        <location filename="../engine/monitor/fleetseries.cpp" line="68"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetseries.cpp" line="86"/>
        <source>no measured request RTT in the window for this pick</source>
        <translation>لا يوجد زمن ذهاب وإياب مقيس في النافذة لهذا الاختيار</translation>
    </message>
</context>
<context>
    <name>ea::FleetSession</name>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="43"/>
        <source>Prometheus URL: expected http://HOST:PORT or https://HOST:PORT (got &quot;%1&quot;)</source>
        <translation>عنوان Prometheus: المتوقع http://HOST:PORT أو https://HOST:PORT (المُدخل &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="58"/>
        <source>Bearer token: the environment variable %1 is not set</source>
        <translation>رمز الحامل: متغير البيئة %1 غير معرَّف</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="143"/>
        <source>Reading the fleet from Prometheus</source>
        <translation>قراءة الأسطول من Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="231"/>
        <source>Not connected to Prometheus</source>
        <translation>غير متصل بـ Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="233"/>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetsession.cpp" line="237"/>
        <source>%1: %n route(s) from %2 vantage(s), P%3 over %4 s</source>
        <translation>
            <numerusform>%1: %n مسار من %2 نقطة قياس، P%3 على %4 ث</numerusform>
            <numerusform>%1: %n مسار من %2 نقطة قياس، P%3 على %4 ث</numerusform>
            <numerusform>%1: %n مسار من %2 نقطة قياس، P%3 على %4 ث</numerusform>
            <numerusform>%1: %n مسار من %2 نقطة قياس، P%3 على %4 ث</numerusform>
            <numerusform>%1: %n مسار من %2 نقطة قياس، P%3 على %4 ث</numerusform>
            <numerusform>%1: %n مسار من %2 نقطة قياس، P%3 على %4 ث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/fleetsession.cpp" line="241"/>
        <source> — %n vantage(s) stopped reporting</source>
        <translation>
            <numerusform> — توقفت %n نقطة قياس عن الإبلاغ</numerusform>
            <numerusform> — توقفت %n نقطة قياس عن الإبلاغ</numerusform>
            <numerusform> — توقفت %n نقطة قياس عن الإبلاغ</numerusform>
            <numerusform> — توقفت %n نقطة قياس عن الإبلاغ</numerusform>
            <numerusform> — توقفت %n نقطة قياس عن الإبلاغ</numerusform>
            <numerusform> — توقفت %n نقطة قياس عن الإبلاغ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="245"/>
        <source>No routes: %1</source>
        <translation>لا مسارات: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="248"/>
        <source>Prometheus failed: %1 (showing the reading of %2)</source>
        <translation>فشل Prometheus: %1 (عرض قراءة %2)</translation>
    </message>
    <message>
        <location filename="../app/monitor/fleetsession.cpp" line="251"/>
        <source>Prometheus failed: %1</source>
        <translation>فشل Prometheus: %1</translation>
    </message>
</context>
<context>
    <name>ea::FleetSnapshot</name>
    <message>
        <location filename="../engine/monitor/fleetsnapshot.cpp" line="108"/>
        <source>no such node in the scenario</source>
        <translation>لا توجد عقدة كهذه في السيناريو</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetsnapshot.cpp" line="110"/>
        <source>the agent did not say where it stands</source>
        <translation>لم يذكر الوكيل موقعه</translation>
    </message>
    <message>
        <location filename="../engine/monitor/fleetsnapshot.cpp" line="112"/>
        <source>no measured median in the window</source>
        <translation>لا وسيط مقاس في النافذة</translation>
    </message>
</context>
<context>
    <name>ea::FleetTableModel</name>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="117"/>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="119"/>
        <source>Fault</source>
        <translation>عطل</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="121"/>
        <source>Outside the model&apos;s band</source>
        <translation>خارج نطاق النموذج</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="123"/>
        <source>SLO breach</source>
        <translation>تجاوز SLO</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="125"/>
        <source>Too few probes</source>
        <translation>قياسات قليلة جدًا</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="127"/>
        <source>Not a node of the scenario</source>
        <translation>ليست عقدة من السيناريو</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="129"/>
        <source>Stale (agent stopped reporting)</source>
        <translation>متوقف (توقف الوكيل عن الإبلاغ)</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="181"/>
        <source>%1 at %2, %3</source>
        <translation>%1 عند %2، %3</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="185"/>
        <source>%1 in demand region %2</source>
        <translation>%1 في منطقة الطلب %2</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="190"/>
        <source>Measured median request RTT over the window</source>
        <translation>الوسيط المقاس لزمن ذهاب وإياب الطلب على النافذة</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="192"/>
        <source>Measured request RTT at the chosen percentile over the window</source>
        <translation>زمن ذهاب وإياب الطلب المقاس عند المئين المختار على النافذة</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="195"/>
        <source>The model&apos;s network RTT from this vantage</source>
        <translation>زمن ذهاب وإياب الشبكة حسب النموذج من نقطة القياس هذه</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="202"/>
        <source>Measured median minus the model</source>
        <translation>الوسيط المقاس ناقص النموذج</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="212"/>
        <source>%1 successful, %2 failed in the window</source>
        <translation>%1 ناجحة، %2 فاشلة في النافذة</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="235"/>
        <source>Vantage</source>
        <translation>نقطة القياس</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="237"/>
        <source>Node</source>
        <translation>العقدة</translation>
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
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="245"/>
        <source>Residual</source>
        <translation>الفارق</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="247"/>
        <source>Probes</source>
        <translation>القياسات</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/fleettablemodel.cpp" line="249"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ea::GeoJson</name>
    <message>
        <location filename="../engine/export/geojson.cpp" line="79"/>
        <source>missing; a Point geometry is needed</source>
        <translation>مفقود؛ يلزم وجود هندسة من نوع Point</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="81"/>
        <source>expected a geometry object, got %1</source>
        <translation>المتوقع كائن هندسة، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="86"/>
        <source>only Point geometries can be imported (got %1)</source>
        <translation>يمكن استيراد هندسات Point فقط (ورد %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/export/geojson.cpp" line="93"/>
        <source>expected [longitude, latitude] (numbers), got an array of %n value(s)</source>
        <translation>
            <numerusform>المتوقع [خط الطول، خط العرض] (أرقام)، لكن وردت مصفوفة من %n قيمة</numerusform>
            <numerusform>المتوقع [خط الطول، خط العرض] (أرقام)، لكن وردت مصفوفة من قيمة واحدة</numerusform>
            <numerusform>المتوقع [خط الطول، خط العرض] (أرقام)، لكن وردت مصفوفة من قيمتين</numerusform>
            <numerusform>المتوقع [خط الطول، خط العرض] (أرقام)، لكن وردت مصفوفة من %n قيم</numerusform>
            <numerusform>المتوقع [خط الطول، خط العرض] (أرقام)، لكن وردت مصفوفة من %n قيمةً</numerusform>
            <numerusform>المتوقع [خط الطول، خط العرض] (أرقام)، لكن وردت مصفوفة من %n قيمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="96"/>
        <source>expected [longitude, latitude] (numbers), got %1</source>
        <translation>المتوقع [خط الطول، خط العرض] (أرقام)، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="106"/>
        <source>longitude must be between -180 and 180 (got %1); GeoJSON positions are [longitude, latitude]: are they swapped?</source>
        <translation>يجب أن يكون خط الطول بين -180 و180 (القيمة: %1)؛ المواضع في GeoJSON بالترتيب [خط الطول، خط العرض]: هل هما معكوسان؟</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="109"/>
        <source>longitude must be between -180 and 180 (got %1)</source>
        <translation>يجب أن يكون خط الطول بين -180 و180 (القيمة: %1)</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="112"/>
        <source>latitude must be between -90 and 90 (got %1); GeoJSON positions are [longitude, latitude]: are they swapped?</source>
        <translation>يجب أن يكون خط العرض بين -90 و90 (القيمة: %1)؛ المواضع في GeoJSON بالترتيب [خط الطول، خط العرض]: هل هما معكوسان؟</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="115"/>
        <source>latitude must be between -90 and 90 (got %1)</source>
        <translation>يجب أن يكون خط العرض بين -90 و90 (القيمة: %1)</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="209"/>
        <source>not JSON: %1 at %2</source>
        <translation>ليس JSON صالحًا: %1 عند %2</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="215"/>
        <source>expected a GeoJSON FeatureCollection object, got an array</source>
        <translation>المتوقع كائن GeoJSON من نوع FeatureCollection، لكن وردت مصفوفة</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="221"/>
        <location filename="../engine/export/geojson.cpp" line="249"/>
        <source>expected &quot;%1&quot; (got %2)</source>
        <translation>المتوقع &quot;%1&quot; (ورد %2)</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="228"/>
        <source>expected an array, got %1</source>
        <translation>المتوقع مصفوفة، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="253"/>
        <source>expected a Feature object, got %1</source>
        <translation>المتوقع كائن Feature، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="261"/>
        <source>expected an object or null, got %1</source>
        <translation>المتوقع كائن أو null، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="274"/>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>المتوقع &quot;%1&quot; أو &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/export/geojson.cpp" line="287"/>
        <source>coordinates come from the geometry; remove this property</source>
        <translation>تُؤخذ الإحداثيات من الهندسة؛ احذف هذه الخاصية</translation>
    </message>
</context>
<context>
    <name>ea::JobRunner</name>
    <message>
        <location filename="../app/jobrunner.cpp" line="187"/>
        <location filename="../app/jobrunner.cpp" line="189"/>
        <source>the background task failed</source>
        <translation>فشلت المهمة الخلفية</translation>
    </message>
</context>
<context>
    <name>ea::JobStatus</name>
    <message>
        <location filename="../app/jobstatus.cpp" line="63"/>
        <source>Cancel: %1</source>
        <extracomment>Tool-tip of a status bar button; %1 says what runs, e.g. &quot;Computing the coverage field&quot;</extracomment>
        <translation>إلغاء: %1</translation>
    </message>
    <message>
        <location filename="../app/jobstatus.cpp" line="64"/>
        <source>%1 cannot be cancelled</source>
        <translation>لا يمكن إلغاء %1</translation>
    </message>
    <message>
        <location filename="../app/jobstatus.cpp" line="65"/>
        <source>Cancel %1</source>
        <translation>إلغاء %1</translation>
    </message>
    <message>
        <location filename="../app/jobstatus.cpp" line="87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/jobstatus.cpp" line="90"/>
        <source>%1 (cancelling…)</source>
        <extracomment>Status bar: a background task asked to stop; %1 says what it was doing</extracomment>
        <translation>%1 (جارٍ الإلغاء…)</translation>
    </message>
</context>
<context>
    <name>ea::JsonReader</name>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="30"/>
        <source>a boolean</source>
        <extracomment>A JSON value&apos;s type, inserted into &quot;expected %1, got %2&quot;</extracomment>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="32"/>
        <location filename="../engine/model/jsonreader.cpp" line="120"/>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="34"/>
        <location filename="../engine/model/jsonreader.cpp" line="67"/>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="36"/>
        <location filename="../engine/model/jsonreader.cpp" line="152"/>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="38"/>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="40"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="42"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="49"/>
        <source>expected an object, got %1</source>
        <translation>المتوقع كائن، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="58"/>
        <source>unknown key</source>
        <translation>مفتاح غير معروف</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="71"/>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="78"/>
        <source>must be a finite number</source>
        <translation>يجب أن يكون عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="83"/>
        <source>must be at most %1 (got %2)</source>
        <translation>يجب ألا يزيد على %1 (القيمة: %2)</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="88"/>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>يجب أن يكون بين %1 و%2 (القيمة: %3)</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="90"/>
        <source>must be &gt; %1 (got %2)</source>
        <translation>يجب أن يكون &gt; %1 (القيمة: %2)</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="92"/>
        <source>must be &gt;= %1 (got %2)</source>
        <translation>يجب أن يكون &gt;= %1 (القيمة: %2)</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="104"/>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="109"/>
        <source>expected %1, got %2</source>
        <translation>المتوقع %1، لكن ورد %2</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="130"/>
        <source>an integer</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="134"/>
        <source>expected an integer, got %1</source>
        <translation>المتوقع عدد صحيح، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/model/jsonreader.cpp" line="144"/>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
</context>
<context>
    <name>ea::LanguageRestart</name>
    <message>
        <location filename="../app/language.cpp" line="90"/>
        <source>Interface Language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../app/language.cpp" line="91"/>
        <source>The new interface language applies when EdgeAtlas starts again.</source>
        <translation>تُطبَّق لغة الواجهة الجديدة عند تشغيل EdgeAtlas مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../app/language.cpp" line="93"/>
        <source>Restart now? Unsaved changes are offered for saving first.</source>
        <translation>إعادة التشغيل الآن؟ سيُعرض عليك أولًا حفظ التغييرات غير المحفوظة.</translation>
    </message>
    <message>
        <location filename="../app/language.cpp" line="94"/>
        <source>&amp;Restart Now</source>
        <translation>إعادة التشغيل الآن (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/language.cpp" line="95"/>
        <source>&amp;Later</source>
        <translation>لاحقًا (&amp;L)</translation>
    </message>
</context>
<context>
    <name>ea::LatencyChart</name>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="29"/>
        <source>Latency percentiles against the budget</source>
        <translation>مئينات زمن الاستجابة مقابل الميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="34"/>
        <source>Latency ÷ budget (log)</source>
        <translation>زمن الاستجابة ÷ الميزانية (لوغاريتمي)</translation>
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
        <translation>لا يحقق SLO الخاص به</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="63"/>
        <source>Latency percentiles chart</source>
        <translation>مخطط مئينات زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="134"/>
        <source>%1: p50 %2, p95 %3, p99 %4, budget %5</source>
        <translation>%1: p50 %2، p95 %3، p99 %4، الميزانية %5</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="154"/>
        <source>No evaluated plan.</source>
        <translation>لا توجد خطة مُقيَّمة.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="157"/>
        <source>Every workload meets its SLO (%1 % of requests within budget).</source>
        <translation>كل أعباء العمل تحقق SLO الخاص بها (%1 % من الطلبات ضمن الميزانية).</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/latencychart.cpp" line="159"/>
        <source>%n of %1 workload(s) miss their SLO (under %2 % of requests within budget, or not served): %3.</source>
        <translation>
            <numerusform>لا يوجد من أصل %1 عبء عمل لا يحقق SLO الخاص به (أقل من %2 % من الطلبات ضمن الميزانية، أو لم يُخدَم): %3.</numerusform>
            <numerusform>عبء عمل واحد من أصل %1 لا يحقق SLO الخاص به (أقل من %2 % من الطلبات ضمن الميزانية، أو لم يُخدَم): %3.</numerusform>
            <numerusform>عبئا عمل من أصل %1 لا يحققان SLO الخاص بهما (أقل من %2 % من الطلبات ضمن الميزانية، أو لم يُخدَما): %3.</numerusform>
            <numerusform>%n أعباء عمل من أصل %1 لا تحقق SLO الخاص بها (أقل من %2 % من الطلبات ضمن الميزانية، أو لم تُخدَم): %3.</numerusform>
            <numerusform>%n من أعباء العمل (من أصل %1) لا تحقق SLO الخاص بها (أقل من %2 % من الطلبات ضمن الميزانية، أو لم تُخدَم): %3.</numerusform>
            <numerusform>%n من أعباء العمل (من أصل %1) لا تحقق SLO الخاص بها (أقل من %2 % من الطلبات ضمن الميزانية، أو لم تُخدَم): %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="200"/>
        <source>%1 in %2, SLO %3</source>
        <translation>%1 في %2، SLO %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="201"/>
        <source>p50 %1 (%2 × budget)</source>
        <translation>p50 %1 (%2 × الميزانية)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="202"/>
        <source>p95 %1 (%2 × budget)</source>
        <translation>p95 %1 (%2 × الميزانية)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="203"/>
        <source>p99 %1 (%2 × budget)</source>
        <translation>p99 %1 (%2 × الميزانية)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="204"/>
        <source>Meets its SLO: %1 of requests within budget</source>
        <translation>يحقق SLO الخاص به: %1 من الطلبات ضمن الميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="205"/>
        <source>Misses its SLO: %1 of requests within budget</source>
        <translation>لا يحقق SLO الخاص به: %1 من الطلبات ضمن الميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/charts/latencychart.cpp" line="217"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
</context>
<context>
    <name>ea::LiteLlm</name>
    <message>
        <location filename="../engine/export/litellm.cpp" line="143"/>
        <source>%1 in tier %2: no node serves it; group &quot;%3&quot; left out</source>
        <translation>%1 في الطبقة %2: لا توجد عقدة تخدمه؛ استُبعدت المجموعة &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/export/litellm.cpp" line="147"/>
        <source>%1 in tier %2: none of its %n serving nodes has an endpoint; group &quot;%3&quot; left out</source>
        <translation>
            <numerusform>%1 في الطبقة %2: لا تملك أيٌّ من عقد الخدمة (%n) نقطة نهاية؛ استُبعدت المجموعة &quot;%3&quot;</numerusform>
            <numerusform>%1 في الطبقة %2: لا تملك عقدة الخدمة الوحيدة نقطة نهاية؛ استُبعدت المجموعة &quot;%3&quot;</numerusform>
            <numerusform>%1 في الطبقة %2: لا تملك أيٌّ من عقدتي الخدمة نقطة نهاية؛ استُبعدت المجموعة &quot;%3&quot;</numerusform>
            <numerusform>%1 في الطبقة %2: لا تملك أيٌّ من عقد الخدمة الـ %n نقطة نهاية؛ استُبعدت المجموعة &quot;%3&quot;</numerusform>
            <numerusform>%1 في الطبقة %2: لا تملك أيٌّ من عقد الخدمة الـ %n نقطة نهاية؛ استُبعدت المجموعة &quot;%3&quot;</numerusform>
            <numerusform>%1 في الطبقة %2: لا تملك أيٌّ من عقد الخدمة الـ %n نقطة نهاية؛ استُبعدت المجموعة &quot;%3&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::LiveProbesLayer</name>
    <message>
        <location filename="../widgets/map/liveprobeslayer.h" line="30"/>
        <source>Live probes</source>
        <translation>الفحوص المباشرة</translation>
    </message>
</context>
<context>
    <name>ea::LoopbackServer</name>
    <message>
        <location filename="../engine/probe/loopbackserver.cpp" line="521"/>
        <source>already listening</source>
        <translation>يستمع بالفعل</translation>
    </message>
    <message>
        <location filename="../engine/probe/loopbackserver.cpp" line="542"/>
        <source>%1: not an IP address</source>
        <translation>%1: ليس عنوان IP</translation>
    </message>
    <message>
        <location filename="../engine/probe/loopbackserver.cpp" line="549"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>تعذّر الاستماع على %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../engine/probe/loopbackserver.cpp" line="560"/>
        <source>cannot set up the event loop: %1</source>
        <translation>تعذّر إعداد حلقة الأحداث: %1</translation>
    </message>
</context>
<context>
    <name>ea::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="75"/>
        <source>Modes</source>
        <translation>الأوضاع</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83"/>
        <source>Plan</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="84"/>
        <source>Plan: the map, the planner board and the charts</source>
        <translation>التخطيط: الخريطة ولوحة التخطيط والمخططات</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>Monitor</source>
        <translation>المراقبة</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>Monitor: live probes of the deployment against the model, with alarms</source>
        <translation>المراقبة: فحص مباشر للنشر مقارنةً بالنموذج، مع الإنذارات</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="99"/>
        <source>&amp;Calibrate Model…</source>
        <translation>معايرة النموذج (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>Fit the network model to what was measured from this vantage point; shows the error before and after, undoable</source>
        <translation>ملاءمة نموذج الشبكة مع ما قيس من نقطة المراقبة هذه؛ يعرض الخطأ قبل الملاءمة وبعدها، ويمكن التراجع عنها</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="103"/>
        <source>Trials</source>
        <translation>التجارب</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>Trials: benchmark configurations A and B on this computer&apos;s CPU or GPU</source>
        <translation>التجارب: قياس أداء التكوينين A وB على CPU أو GPU في هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="118"/>
        <source>Autosave failed: %1</source>
        <translation>فشل الحفظ التلقائي: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="166"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>&amp;Open…</source>
        <translation>فتح (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="205"/>
        <source>Open a scenario file</source>
        <translation>فتح ملف سيناريو</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source>Open &amp;Default Scenario</source>
        <translation>فتح السيناريو الافتراضي (&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="207"/>
        <source>Open the built-in default world</source>
        <translation>فتح العالم الافتراضي المدمج</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Open &amp;Recent</source>
        <translation>فتح ملف حديث (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="217"/>
        <source>Save the scenario with the current placement</source>
        <translation>حفظ السيناريو مع التوزيع الحالي</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <source>Save &amp;As…</source>
        <translation>حفظ باسم (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>Save the scenario under a new name</source>
        <translation>حفظ السيناريو باسم جديد</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="223"/>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="224"/>
        <source>&amp;Export</source>
        <translation>تصدير (&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="225"/>
        <source>&amp;Map…</source>
        <translation>الخريطة (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="226"/>
        <source>Write the map as shown to a PNG, SVG or PDF file</source>
        <translation>كتابة الخريطة كما تظهر في ملف PNG أو SVG أو PDF</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="229"/>
        <source>Export &amp;Report…</source>
        <translation>تصدير التقرير (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231"/>
        <source>The planning report as PDF, HTML, CSV or JSON, with a preview</source>
        <translation>تقرير التخطيط بصيغة PDF أو HTML أو CSV أو JSON، مع معاينة</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="237"/>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="238"/>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="247"/>
        <source>Change &amp;Tier…</source>
        <translation>تغيير الطبقة (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>Move the selected workload to another tier</source>
        <translation>نقل عبء العمل المحدد إلى طبقة أخرى</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="262"/>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="271"/>
        <source>Units, currency label, language, palette, probe and autosave settings</source>
        <translation>إعدادات الوحدات ورمز العملة واللغة ولوحة الألوان والفحص والحفظ التلقائي</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="273"/>
        <source>&amp;Plan</source>
        <translation>التخطيط (&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="274"/>
        <source>&amp;Suggest Placement…</source>
        <translation>اقتراح توزيع (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="277"/>
        <source>Find the cheapest placement that meets every SLO, and apply it</source>
        <translation>إيجاد أرخص توزيع يحقق كل SLO، وتطبيقه</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="278"/>
        <source>Suggest the cheapest placement that meets every SLO (Ctrl+Shift+O)</source>
        <translation>اقتراح أرخص توزيع يحقق كل SLO (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="281"/>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>&amp;Welcome</source>
        <translation>ترحيب (&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="286"/>
        <source>What the default world is, what to try first and what is synthetic</source>
        <translation>ما هو العالم الافتراضي، وما الذي تجربه أولًا، وما هو اصطناعي</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="288"/>
        <source>&amp;About EdgeAtlas</source>
        <translation>حول EdgeAtlas (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="289"/>
        <source>About &amp;Qt</source>
        <translation>حول Qt (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="291"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="326"/>
        <source>The plan is still being evaluated; try again in a moment.</source>
        <translation>لا تزال الخطة قيد التقييم؛ أعد المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Suggested placement applied; Ctrl+Z undoes it.</source>
        <translation>طُبّق التوزيع المقترح؛ يمكن التراجع عنه بـ Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>The built-in default scenario opens instead.</source>
        <translation>يُفتح السيناريو الافتراضي المدمج بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="350"/>
        <location filename="../app/mainwindow.cpp" line="393"/>
        <source>Cannot Open the Default Scenario</source>
        <translation>تعذّر فتح السيناريو الافتراضي</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="351"/>
        <location filename="../app/mainwindow.cpp" line="394"/>
        <source>The built-in default scenario could not be loaded.</source>
        <translation>تعذّر تحميل السيناريو الافتراضي المدمج.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="357"/>
        <source>The current scenario is unchanged.</source>
        <translation>لم يتغير السيناريو الحالي.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="364"/>
        <source>Cannot Open Scenario</source>
        <translation>تعذّر فتح السيناريو</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="365"/>
        <source>%1 could not be opened. %2</source>
        <translation>تعذّر فتح %1. %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="370"/>
        <source>Opened %1</source>
        <translation>تم فتح %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="381"/>
        <source>Open Scenario</source>
        <translation>فتح سيناريو</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="382"/>
        <location filename="../app/mainwindow.cpp" line="421"/>
        <source>EdgeAtlas scenarios (*.json);;All files (*)</source>
        <translation>سيناريوهات EdgeAtlas (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <location filename="../app/mainwindow.cpp" line="427"/>
        <source>Cannot Save Scenario</source>
        <translation>تعذّر حفظ السيناريو</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="404"/>
        <source>%1 could not be saved; the file on disk is unchanged.

%2</source>
        <translation>تعذّر حفظ %1؛ ولم يتغير الملف على القرص.

%2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <location filename="../app/mainwindow.cpp" line="432"/>
        <source>Saved %1</source>
        <translation>تم حفظ %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="420"/>
        <source>Save Scenario As</source>
        <translation>حفظ السيناريو باسم</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="428"/>
        <source>%1 could not be saved.

%2</source>
        <translation>تعذّر حفظ %1.

%2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="441"/>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="441"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>في %1 تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="467"/>
        <source>Evaluating…</source>
        <translation>جارٍ التقييم…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="470"/>
        <source>Evaluated in %1 ms</source>
        <translation>اكتمل التقييم في %1 ms</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="475"/>
        <source>Evaluation failed</source>
        <translation>فشل التقييم</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="476"/>
        <source>Evaluation Failed</source>
        <translation>فشل التقييم</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="477"/>
        <source>The plan could not be evaluated:

%1</source>
        <translation>تعذّر تقييم الخطة:

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
            <numerusform>… و%n عنصر آخر (انظر «إظهار التفاصيل»)</numerusform>
            <numerusform>… وعنصر آخر (انظر «إظهار التفاصيل»)</numerusform>
            <numerusform>… وعنصران آخران (انظر «إظهار التفاصيل»)</numerusform>
            <numerusform>… و%n عناصر أخرى (انظر «إظهار التفاصيل»)</numerusform>
            <numerusform>… و%n عنصرًا آخر (انظر «إظهار التفاصيل»)</numerusform>
            <numerusform>… و%n عنصر آخر (انظر «إظهار التفاصيل»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ea::MapBinder</name>
    <message>
        <location filename="../app/mapbinder.cpp" line="82"/>
        <source>Computing the %1 coverage field</source>
        <extracomment>Status bar: %1 is a tier (&quot;Edge&quot;)</extracomment>
        <translation>جارٍ حساب حقل التغطية (طبقة %1)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="104"/>
        <source>&amp;Projection</source>
        <translation>الإسقاط (&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="107"/>
        <source>&amp;Equal Earth (equal area)</source>
        <translation>Equal Earth (متساوي المساحة) (&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="108"/>
        <source>Web &amp;Mercator</source>
        <translation>Web Mercator (&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="109"/>
        <source>E&amp;quirectangular</source>
        <translation>متساوي المستطيلات (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="117"/>
        <source>Map &amp;Palette</source>
        <translation>لوحة ألوان الخريطة (&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="120"/>
        <source>&amp;Light</source>
        <translation>فاتح (&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="120"/>
        <source>&amp;Dark</source>
        <translation>داكن (&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="128"/>
        <source>Latency &amp;Coverage</source>
        <translation>تغطية زمن الاستجابة (&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="129"/>
        <source>Colour every place by the best modeled RTT to a node of the tier</source>
        <translation>تلوين كل مكان حسب أفضل RTT منمذج إلى عقدة من الطبقة</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="133"/>
        <source>&amp;Hide</source>
        <translation>إخفاء (&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="138"/>
        <source>Zoom &amp;In</source>
        <translation>تكبير (&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="139"/>
        <source>Zoom &amp;Out</source>
        <translation>تصغير (&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="140"/>
        <source>&amp;Whole World</source>
        <translation>العالم كله (&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="141"/>
        <source>Fit &amp;Selection</source>
        <translation>ملاءمة التحديد (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="151"/>
        <location filename="../app/mapbinder.cpp" line="160"/>
        <source>Export Map</source>
        <translation>تصدير الخريطة</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="152"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg);;مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/mapbinder.cpp" line="161"/>
        <source>The map could not be exported:
%1</source>
        <translation>تعذّر تصدير الخريطة:
%1</translation>
    </message>
</context>
<context>
    <name>ea::MapExport</name>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="59"/>
        <source>%1: unknown map format &quot;%2&quot; (use .png, .svg or .pdf)</source>
        <translation>%1: تنسيق خريطة غير معروف &quot;%2&quot; (استخدم .png أو .svg أو .pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="61"/>
        <source>%1: cannot draw a map of %2 × %3 pixels</source>
        <translation>%1: لا يمكن رسم خريطة بحجم %2 × %3 بكسل</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="76"/>
        <source>%1: could not encode the PNG image</source>
        <translation>%1: تعذّر ترميز صورة PNG</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="82"/>
        <location filename="../widgets/map/mapexport.cpp" line="92"/>
        <source>EdgeAtlas map</source>
        <translation>خريطة EdgeAtlas</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="83"/>
        <source>Inference nodes, demand and routes. Basemap: Natural Earth.</source>
        <translation>عقد الاستدلال والطلب والمسارات. الخريطة الأساسية: Natural Earth.</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="86"/>
        <source>%1: could not start the SVG document</source>
        <translation>%1: تعذّر بدء مستند SVG</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapexport.cpp" line="99"/>
        <source>%1: could not start the PDF document</source>
        <translation>%1: تعذّر بدء مستند PDF</translation>
    </message>
</context>
<context>
    <name>ea::MapLayerPanel</name>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="24"/>
        <source>Layers</source>
        <translation>طبقات الخريطة</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="30"/>
        <source>Map layers</source>
        <translation>طبقات الخريطة</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="31"/>
        <source>Layers of the map, top first; uncheck one to hide it</source>
        <translation>طبقات الخريطة، العليا أولًا؛ ألغِ تحديد إحداها لإخفائها</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="41"/>
        <source>Equal Earth keeps areas true; Web Mercator keeps shapes; equirectangular is plain lon/lat</source>
        <translation>Equal Earth يحافظ على المساحات؛ Web Mercator يحافظ على الأشكال؛ الإسقاط متساوي المستطيلات مجرد خطوط طول/عرض</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="42"/>
        <source>&amp;Projection:</source>
        <translation>الإسقاط (&amp;P):</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="46"/>
        <source>P&amp;alette:</source>
        <translation>لوحة الألوان (&amp;A):</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="51"/>
        <source>The latency coverage layer shows, for every place on land, the best modeled round trip to a node of this tier</source>
        <translation>تعرض طبقة الخريطة لتغطية زمن الاستجابة، لكل مكان على اليابسة، أفضل زمن ذهاب وإياب مُنمذَج إلى عقدة من هذه الطبقة</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="53"/>
        <source>&amp;Coverage to:</source>
        <translation>التغطية إلى (&amp;C):</translation>
    </message>
    <message>
        <location filename="../widgets/map/maplayerpanel.cpp" line="57"/>
        <source>Computing coverage… %p%</source>
        <translation>جارٍ حساب التغطية… %p%</translation>
    </message>
</context>
<context>
    <name>ea::MapPalette</name>
    <message>
        <location filename="../widgets/map/mappalette.cpp" line="100"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../widgets/map/mappalette.cpp" line="101"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
</context>
<context>
    <name>ea::MapToolTip</name>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="68"/>
        <source>within budget</source>
        <translation>ضمن الميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="70"/>
        <source>over budget by up to 25 %</source>
        <translation>فوق الميزانية بما لا يزيد على 25 %</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="72"/>
        <source>far over budget</source>
        <translation>فوق الميزانية بكثير</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="91"/>
        <source>%1 (synthetic site)</source>
        <translation>%1 (موقع اصطناعي)</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="93"/>
        <source>GPUs: %1 × %2</source>
        <translation>وحدات GPU: %1 × %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="99"/>
        <source>Modeled RTT from %1: %2</source>
        <translation>RTT المُنمذَج من %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="104"/>
        <source>Measured RTT: %1 (residual %2)</source>
        <translation>RTT المقيس: %1 (المتبقي %2)</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="106"/>
        <source>Measured RTT: %1</source>
        <translation>RTT المقيس: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/maptooltip.cpp" line="115"/>
        <source>%1: serves %Ln region(s) at %2 peak, %3 GPUs, %4 per month</source>
        <translation>
            <numerusform>%1: يخدم %Ln منطقة، بذروة %2، و%3 GPU، و%4 شهريًا</numerusform>
            <numerusform>%1: يخدم منطقة واحدة، بذروة %2، و%3 GPU، و%4 شهريًا</numerusform>
            <numerusform>%1: يخدم منطقتين، بذروة %2، و%3 GPU، و%4 شهريًا</numerusform>
            <numerusform>%1: يخدم %Ln مناطق، بذروة %2، و%3 GPU، و%4 شهريًا</numerusform>
            <numerusform>%1: يخدم %Ln منطقة، بذروة %2، و%3 GPU، و%4 شهريًا</numerusform>
            <numerusform>%1: يخدم %Ln منطقة، بذروة %2، و%3 GPU، و%4 شهريًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/maptooltip.cpp" line="144"/>
        <source>%Ln %1</source>
        <comment>number of nodes of a tier kind, e.g. &quot;3 Edge&quot;</comment>
        <translation>
            <numerusform>%Ln %1</numerusform>
            <numerusform>%Ln %1</numerusform>
            <numerusform>%Ln %1</numerusform>
            <numerusform>%Ln %1</numerusform>
            <numerusform>%Ln %1</numerusform>
            <numerusform>%Ln %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/map/maptooltip.cpp" line="148"/>
        <source>&lt;b&gt;%Ln nodes&lt;/b&gt;: %1</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln عقدة&lt;/b&gt;: %1</numerusform>
            <numerusform>&lt;b&gt;عقدة واحدة&lt;/b&gt;: %1</numerusform>
            <numerusform>&lt;b&gt;عقدتان&lt;/b&gt;: %1</numerusform>
            <numerusform>&lt;b&gt;%Ln عقد&lt;/b&gt;: %1</numerusform>
            <numerusform>&lt;b&gt;%Ln عقدة&lt;/b&gt;: %1</numerusform>
            <numerusform>&lt;b&gt;%Ln عقدة&lt;/b&gt;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="149"/>
        <source>GPUs: %1</source>
        <translation>وحدات GPU: %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="151"/>
        <source>Best modeled RTT from %1: %2</source>
        <translation>أفضل RTT مُنمذَج من %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="155"/>
        <source>Zoom in to tell them apart; click to select them all.</source>
        <translation>كبّر للتمييز بينها؛ انقر لتحديدها كلها.</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="168"/>
        <source>Weight: %1 (%2 of demand)</source>
        <translation>الوزن: %1 (%2 من الطلب)</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="171"/>
        <source>Last-mile access: %1</source>
        <translation>الوصول في الميل الأخير: %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="176"/>
        <source>%1: not served</source>
        <translation>%1: غير مخدوم</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="179"/>
        <source>%1: served by %2 (%3)</source>
        <translation>%1: يخدمه %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="180"/>
        <location filename="../widgets/map/maptooltip.cpp" line="207"/>
        <source>Network %1, %2 at p%3 against %4: %5</source>
        <translation>الشبكة %1، %2 عند p%3 مقابل %4: %5</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="206"/>
        <source>%1 in the %2 tier</source>
        <translation>%1 في طبقة %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/maptooltip.cpp" line="210"/>
        <source>Distance %1, %2 of the traffic</source>
        <translation>المسافة %1، %2 من حركة المرور</translation>
    </message>
</context>
<context>
    <name>ea::MapWidget</name>
    <message>
        <location filename="../widgets/map/mapwidget.cpp" line="29"/>
        <source>World map</source>
        <translation>خريطة العالم</translation>
    </message>
    <message>
        <location filename="../widgets/map/mapwidget.cpp" line="31"/>
        <source>Inference nodes, demand regions, routes and latency coverage on a world map. Plus and minus zoom, arrow keys pan, 0 shows the whole world, F fits the selection.</source>
        <translation>عقد الاستدلال ومناطق الطلب والمسارات وتغطية زمن الاستجابة على خريطة العالم. زائد وناقص للتكبير والتصغير، ومفاتيح الأسهم للتحريك، و0 يعرض العالم كله، وF يلائم العرض مع التحديد.</translation>
    </message>
</context>
<context>
    <name>ea::ModelUncertainty</name>
    <message>
        <location filename="../widgets/charts/modeluncertaintytext.cpp" line="23"/>
        <source>Model error: ±%1 typically, ±%2 for one in ten (network and compute, measured on held-out data; the last mile and queueing not included)</source>
        <extracomment>%1 and %2 are latencies (&quot;4 ms&quot;): the models&apos; typical (median) error and the error one prediction in ten exceeds, measured on data the models were not fitted on</extracomment>
        <translation>خطأ النموذج: ±%1 عادةً، و±%2 لتنبؤ واحد من كل عشرة (الشبكة والحوسبة، مقيس على بيانات مستبعدة من الملاءمة؛ دون الميل الأخير والانتظار)</translation>
    </message>
</context>
<context>
    <name>ea::MonitorPage</name>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="84"/>
        <source>&lt;b&gt;Simulated deployment on this computer — not real measurements.&lt;/b&gt; The endpoints answer with the delays the latency model predicts.</source>
        <translation>&lt;b&gt;نشر محاكى على هذا الحاسوب — ليست قياسات حقيقية.&lt;/b&gt; تستجيب نقاط النهاية بالتأخيرات التي يتنبأ بها نموذج زمن الاستجابة.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="88"/>
        <source>Stop Simulation</source>
        <translation>إيقاف المحاكاة</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="89"/>
        <source>Stops probing and shuts the simulated deployment down</source>
        <translation>يوقف الفحص ويُنهي النشر المحاكى</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="113"/>
        <source>Probe targets</source>
        <translation>أهداف الفحص</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="114"/>
        <source>The probed endpoints, one per row: the newest probe&apos;s state and timings, the model&apos;s RTT, the residual and the statistics over the window. Select a row to see its time series.</source>
        <translation>نقاط النهاية المفحوصة، واحدة في كل صف: حالة أحدث فحص وتوقيتاته، وRTT النموذج، والفارق المتبقي، والإحصاءات على النافذة الزمنية. حدّد صفًا لعرض سلسلته الزمنية.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="139"/>
        <source>Alarms now</source>
        <translation>الإنذارات الآن</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="140"/>
        <source>What holds now, grouped: targets that miss the same SLO for the same reason, fail the same way or leave the model&apos;s band the same way share a row. Hover a row for its targets.</source>
        <translation>ما يحدث الآن مجمّعًا: الأهداف التي لا تحقق نفس SLO للسبب نفسه، أو تفشل بالطريقة نفسها، أو تخرج عن نطاق النموذج بالطريقة نفسها تشترك في صف واحد. مرّر المؤشر فوق صف لرؤية أهدافه.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="151"/>
        <location filename="../app/monitor/monitorpage.cpp" line="162"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="152"/>
        <source>Alarm log</source>
        <translation>سجل الإنذارات</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="153"/>
        <source>Faults, SLO breaches and medians outside the model&apos;s band as they start and end, newest first</source>
        <translation>الأعطال وخروقات SLO والوسيطات الواقعة خارج نطاق النموذج عند بدئها وانتهائها، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="159"/>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="162"/>
        <source>Now (%1)</source>
        <translation>الآن (%1)</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="235"/>
        <source>Monitor</source>
        <translation>المراقبة</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="237"/>
        <location filename="../app/monitor/monitorpage.cpp" line="477"/>
        <source>&amp;Start Probing</source>
        <translation>بدء الفحص (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="243"/>
        <source>Probe the scenario&apos;s node endpoints (or the simulated deployment&apos;s)</source>
        <translation>فحص نقاط نهاية عقد السيناريو (أو نقاط النشر المحاكى)</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="244"/>
        <location filename="../app/monitor/monitorpage.cpp" line="489"/>
        <source>Simulate &amp;Deployment</source>
        <translation>محاكاة النشر (&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="250"/>
        <source>Serve the nearest nodes of the scenario from this computer with the modeled delays, and probe them</source>
        <translation>تشغيل أقرب عقد السيناريو من هذا الحاسوب بالتأخيرات المنمذجة، وفحصها</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="252"/>
        <source>&amp;Prometheus History…</source>
        <translation>سجل Prometheus (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="258"/>
        <location filename="../app/monitor/monitorpage.cpp" line="302"/>
        <source>Connect to P&amp;rometheus…</source>
        <translation>الاتصال بـ P&amp;rometheus…</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="265"/>
        <source>Fleet mode: show every probe agent&apos;s routes, read live from the Prometheus server that scrapes them</source>
        <translation>وضع الأسطول: عرض مسارات كل وكيل قياس، مقروءة مباشرة من خادم Prometheus الذي يجمعها</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="267"/>
        <source>Read the probe agents&apos; latency history back from a Prometheus server</source>
        <translation>قراءة سجل زمن الاستجابة لوكلاء الفحص من خادم Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="270"/>
        <source>Monitor status</source>
        <translation>حالة المراقبة</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="302"/>
        <source>Disconnect from P&amp;rometheus</source>
        <translation>قطع الاتصال بـ P&amp;rometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="341"/>
        <source>The simulated deployment could not start: %1</source>
        <translation>تعذّر بدء النشر المحاكى: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="373"/>
        <source>No node of this scenario has an endpoint to probe. Simulate a deployment to see the monitor at work.</source>
        <translation>لا توجد في هذا السيناريو عقدة لها نقطة نهاية للفحص. حاكِ نشرًا لرؤية المراقبة أثناء عملها.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="477"/>
        <source>&amp;Stop Probing</source>
        <translation>إيقاف الفحص (&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="489"/>
        <source>Stop &amp;Simulation</source>
        <translation>إيقاف المحاكاة (&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/monitorpage.cpp" line="496"/>
        <source>Probing %n target(s) every %1 s — %2 results, %3 failed, %4 in flight</source>
        <translation>
            <numerusform>فحص %n هدف كل %1 s — النتائج: %2، الفاشلة: %3، قيد التنفيذ: %4</numerusform>
            <numerusform>فحص هدف واحد كل %1 s — النتائج: %2، الفاشلة: %3، قيد التنفيذ: %4</numerusform>
            <numerusform>فحص هدفين كل %1 s — النتائج: %2، الفاشلة: %3، قيد التنفيذ: %4</numerusform>
            <numerusform>فحص %n أهداف كل %1 s — النتائج: %2، الفاشلة: %3، قيد التنفيذ: %4</numerusform>
            <numerusform>فحص %n هدفًا كل %1 s — النتائج: %2، الفاشلة: %3، قيد التنفيذ: %4</numerusform>
            <numerusform>فحص %n هدف كل %1 s — النتائج: %2، الفاشلة: %3، قيد التنفيذ: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/monitorpage.cpp" line="503"/>
        <source>Stopped — %n target(s)</source>
        <translation>
            <numerusform>متوقف — %n هدف</numerusform>
            <numerusform>متوقف — هدف واحد</numerusform>
            <numerusform>متوقف — هدفان</numerusform>
            <numerusform>متوقف — %n أهداف</numerusform>
            <numerusform>متوقف — %n هدفًا</numerusform>
            <numerusform>متوقف — %n هدف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorpage.cpp" line="504"/>
        <source>No targets: start probing the scenario&apos;s endpoints or simulate a deployment</source>
        <translation>لا أهداف: ابدأ فحص نقاط نهاية السيناريو أو حاكِ نشرًا</translation>
    </message>
</context>
<context>
    <name>ea::MonitorSession</name>
    <message>
        <location filename="../app/monitor/monitorsession.cpp" line="141"/>
        <source>There is nothing to probe: no target has an endpoint.</source>
        <translation>لا يوجد ما يُفحص: ليس لأي هدف نقطة نهاية.</translation>
    </message>
    <message>
        <location filename="../app/monitor/monitorsession.cpp" line="186"/>
        <source>No scenario is open.</source>
        <translation>لا يوجد سيناريو مفتوح.</translation>
    </message>
</context>
<context>
    <name>ea::NodesLayer</name>
    <message>
        <location filename="../widgets/map/nodeslayer.h" line="33"/>
        <source>Nodes</source>
        <translation>العقد</translation>
    </message>
</context>
<context>
    <name>ea::Optimizer</name>
    <message numerus="yes">
        <location filename="../engine/plan/optimizer.cpp" line="311"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="186"/>
        <source>The current placement has %n workload(s), the scenario %1</source>
        <translation>
            <numerusform>يتضمن التوزيع الحالي %n عبء عمل، والسيناريو %1</numerusform>
            <numerusform>يتضمن التوزيع الحالي عبء عمل واحدًا، والسيناريو %1</numerusform>
            <numerusform>يتضمن التوزيع الحالي عبأي عمل، والسيناريو %1</numerusform>
            <numerusform>يتضمن التوزيع الحالي %n أعباء عمل، والسيناريو %1</numerusform>
            <numerusform>يتضمن التوزيع الحالي %n عبءَ عمل، والسيناريو %1</numerusform>
            <numerusform>يتضمن التوزيع الحالي %n عبء عمل، والسيناريو %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizer.cpp" line="399"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="324"/>
        <source>%1 %2 of requests within budget</source>
        <translation>%1 %2 من الطلبات ضمن الميزانية</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizer.cpp" line="401"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="326"/>
        <source>%1 %2 of requests within budget (%3)</source>
        <translation>%1 %2 من الطلبات ضمن الميزانية (%3)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizer.cpp" line="404"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="329"/>
        <source>Every workload meets its SLO in some tier on its own, but not all together: the tiers&apos; GPU capacity cannot hold them. Once the workloads before it take their share, %1 misses its SLO in every tier it may use (%2)</source>
        <translation>يحقق كل عبء عمل SLO الخاص به في طبقة ما بمفرده، لكن ليس جميعها معًا: لا تتسع سعة GPU في الطبقات لها كلها. بعد أن تأخذ أعباء العمل السابقة له حصتها، يخفق %1 في تحقيق SLO الخاص به في كل طبقة يمكنه استخدامها (%2)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizer.cpp" line="425"/>
        <location filename="../engine/plan/placementoptimizer.cpp" line="285"/>
        <source>Even with those workloads left where they are, the others cannot all meet their SLOs together</source>
        <translation>حتى مع إبقاء أعباء العمل تلك في مواضعها، لا يمكن لبقية الأعباء أن تحقق جميعها أهداف SLO الخاصة بها معًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/plan/optimizer.cpp" line="443"/>
        <source>The search stopped after %n workload evaluation(s); the placement shown is the best found, not proven the cheapest</source>
        <translation>
            <numerusform>توقف البحث دون أي تقييم لأعباء العمل؛ التوزيع المعروض هو أفضل ما وُجد، ولم يثبت أنه الأقل تكلفة</numerusform>
            <numerusform>توقف البحث بعد تقييم واحد لأعباء العمل؛ التوزيع المعروض هو أفضل ما وُجد، ولم يثبت أنه الأقل تكلفة</numerusform>
            <numerusform>توقف البحث بعد تقييمين لأعباء العمل؛ التوزيع المعروض هو أفضل ما وُجد، ولم يثبت أنه الأقل تكلفة</numerusform>
            <numerusform>توقف البحث بعد %n تقييمات لأعباء العمل؛ التوزيع المعروض هو أفضل ما وُجد، ولم يثبت أنه الأقل تكلفة</numerusform>
            <numerusform>توقف البحث بعد %n تقييمًا لأعباء العمل؛ التوزيع المعروض هو أفضل ما وُجد، ولم يثبت أنه الأقل تكلفة</numerusform>
            <numerusform>توقف البحث بعد %n تقييم لأعباء العمل؛ التوزيع المعروض هو أفضل ما وُجد، ولم يثبت أنه الأقل تكلفة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="36"/>
        <source>%1; %2</source>
        <extracomment>Joins two clauses of an explanation of why a workload misses its SLO</extracomment>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="68"/>
        <source>%1: no tier it may use (each tier is forbidden for it, not defined or without nodes)</source>
        <translation>%1: لا توجد طبقة يمكنه استخدامها (كل طبقة إما محظورة عليه أو غير معرّفة أو بلا عُقد)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="72"/>
        <source>%1: cannot be served in any tier it may use (%2: %3)</source>
        <translation>%1: لا يمكن خدمته في أي طبقة يمكنه استخدامها (%2: %3)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="77"/>
        <source>%1: best tier %2 reaches %3 %4 against a %5 budget (%6 of requests within it, %7 needed)</source>
        <translation>%1: أفضل طبقة %2 تبلغ %3 %4 مقابل ميزانية %5 (%6 من الطلبات ضمنها، والمطلوب %7)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="83"/>
        <source>%1: best tier %2 keeps %3 at %4 within the %5 budget, yet only %6 of requests are within it (%7 needed)</source>
        <translation>%1: أفضل طبقة %2 تُبقي %3 عند %4 ضمن ميزانية %5، لكن %6 فقط من الطلبات ضمنها (والمطلوب %7)</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="93"/>
        <source>prefill and decode alone take at least %1 in every tier (here prefill %2, decode %3): the model is too slow on these GPUs whatever the tier</source>
        <translation>التعبئة المسبقة وفك الترميز وحدهما يستغرقان %1 على الأقل في كل طبقة (هنا التعبئة المسبقة %2، وفك الترميز %3): النموذج بطيء جدًا على وحدات GPU هذه أيًّا كانت الطبقة</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="98"/>
        <source>the network alone takes at least %1 in every tier (here propagation %2, inflation %3, access %4): the nearest nodes are too far from the users</source>
        <translation>الشبكة وحدها تستغرق %1 على الأقل في كل طبقة (هنا الانتشار %2، والتضخم %3، والوصول %4): أقرب العُقد بعيدة جدًا عن المستخدمين</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="105"/>
        <source>propagation</source>
        <translation>الانتشار</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="106"/>
        <source>route inflation</source>
        <translation>تضخم المسار</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="107"/>
        <source>access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="108"/>
        <source>queueing</source>
        <translation>الاصطفاف</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="109"/>
        <source>prefill</source>
        <translation>التعبئة المسبقة</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="110"/>
        <source>decode</source>
        <translation>فك الترميز</translation>
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
        <translation>الشبكة %1 + الاصطفاف %2 + الحوسبة %3 لكل طلب في المتوسط؛ الأجزاء الأكبر: %4</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="136"/>
        <source>the %1 of demand that misses it has a median network round trip of %2: the nearest %3 nodes are too far from those users</source>
        <translation>نسبة %1 من الطلب التي تتجاوزها لها زمن ذهاب وإياب وسيط عبر الشبكة قدره %2: أقرب عُقد %3 بعيدة جدًا عن هؤلاء المستخدمين</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="141"/>
        <source>the %1 of demand that misses it has a median network round trip of %2, which jitter, connection set-up (in the p%3 tail), queueing and compute push over the budget</source>
        <translation>نسبة %1 من الطلب التي تتجاوزها لها زمن ذهاب وإياب وسيط عبر الشبكة قدره %2، ويدفعه التذبذب وإنشاء الاتصالات (في ذيل p%3) والاصطفاف والحوسبة إلى ما يتجاوز الميزانية</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="148"/>
        <source>the %1 of demand that misses it has a median network round trip of %2, which jitter, queueing and compute push over the budget</source>
        <translation>نسبة %1 من الطلب التي تتجاوزها لها زمن ذهاب وإياب وسيط عبر الشبكة قدره %2، ويدفعه التذبذب والاصطفاف والحوسبة إلى ما يتجاوز الميزانية</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="215"/>
        <source>in %1, losing %2 leaves %3 of its requests within budget</source>
        <translation>في %1، فقدان %2 لا يُبقي سوى %3 من طلباته ضمن الميزانية</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="217"/>
        <source>in %1 it misses its SLO even with every site up</source>
        <translation>في %1 لا يحقق هدف مستوى الخدمة حتى مع عمل جميع المواقع</translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="220"/>
        <source>%1 keeps its SLO under every single site failure in no tier it may use, even with the tier to itself: %2</source>
        <translation>%1 لا يحافظ على هدف مستوى الخدمة عند تعطل أي موقع واحد في أي مستوى مسموح له، حتى وهو وحده في المستوى: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/plan/optimizerexplain.cpp" line="228"/>
        <source>losing %1 broke %2 (%n placement(s) tried)</source>
        <translation>
            <numerusform>فقدان %1 أخلّ بـ %2 ‏(%n مواضع مُجرَّبة)</numerusform>
            <numerusform>فقدان %1 أخلّ بـ %2 ‏(%n موضع مُجرَّب)</numerusform>
            <numerusform>فقدان %1 أخلّ بـ %2 ‏(%n موضعان مُجرَّبان)</numerusform>
            <numerusform>فقدان %1 أخلّ بـ %2 ‏(%n مواضع مُجرَّبة)</numerusform>
            <numerusform>فقدان %1 أخلّ بـ %2 ‏(%n موضعًا مُجرَّبًا)</numerusform>
            <numerusform>فقدان %1 أخلّ بـ %2 ‏(%n موضع مُجرَّب)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/plan/optimizerexplain.cpp" line="231"/>
        <source>Every workload keeps its SLO under every single site failure in some tier on its own, but no placement keeps all of them: the spare GPU capacity cannot absorb every failure for all of them together. Failures that broke the placements tried most often: %1</source>
        <translation>كل حمل عمل يحافظ على هدف مستوى الخدمة عند تعطل أي موقع واحد في مستوى ما وهو وحده، لكن لا يوجد توزيع يحافظ عليها جميعًا: سعة وحدات GPU الاحتياطية لا تستوعب كل عطل لها جميعًا معًا. الأعطال التي أفشلت التوزيعات المُجرَّبة أكثر من غيرها: %1</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementoptimizer.cpp" line="413"/>
        <source>The time limit stopped the optimizer; the placement shown is the best found, within %1 of the cheapest possible</source>
        <translation>أوقف الحد الزمني المُحسِّن؛ التوزيع المعروض هو أفضل ما وُجد، ضمن %1 من أرخص توزيع ممكن</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementoptimizer.cpp" line="416"/>
        <source>The time limit stopped the optimizer before it found a placement meeting every SLO</source>
        <translation>أوقف الحد الزمني المُحسِّن قبل أن يجد توزيعًا يفي بكل أهداف مستوى الخدمة</translation>
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
        <translation>عقد الاستدلال</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="204"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="211"/>
        <source>Demand region, area by weight</source>
        <translation>منطقة طلب، المساحة حسب الوزن</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="220"/>
        <source>Best RTT to %1 nodes (ms)</source>
        <translation>أفضل RTT إلى عقد %1 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="223"/>
        <source>Modeled RTT from %1 (ms)</source>
        <translation>RTT المُنمذَج من %1 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="225"/>
        <source>Measured RTT (ms)</source>
        <translation>RTT المقيس (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="253"/>
        <source>Routes of %1</source>
        <translation>مسارات %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="261"/>
        <source>Within %1</source>
        <translation>ضمن %1</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="262"/>
        <source>Up to %1 (1.25× budget)</source>
        <translation>حتى %1 (1.25× الميزانية)</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.cpp" line="264"/>
        <source>Beyond that</source>
        <translation>أكثر من ذلك</translation>
    </message>
    <message>
        <location filename="../widgets/map/overlaylayer.h" line="29"/>
        <source>Legend, scale and credits</source>
        <translation>وسيلة الإيضاح والمقياس والإسنادات</translation>
    </message>
</context>
<context>
    <name>ea::PlacementFile</name>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="31"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON غير صالح عند الموضع %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="37"/>
        <source>expected an object</source>
        <translation>المتوقع كائن</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="49"/>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="55"/>
        <source>expected an object, got %1</source>
        <translation>المتوقع كائن، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="83"/>
        <source>unknown workload</source>
        <translation>عبء عمل غير معروف</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="62"/>
        <source>expected one of %1</source>
        <translation>المتوقع إحدى القيم %1</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="44"/>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>المتوقع &quot;%1&quot; أو &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="70"/>
        <source>the scenario has no tier &quot;%1&quot;</source>
        <translation>لا يحتوي السيناريو على الطبقة &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="74"/>
        <source>tier &quot;%1&quot; is forbidden for this workload</source>
        <translation>الطبقة &quot;%1&quot; محظورة على عبء العمل هذا</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="95"/>
        <source>a tier per zone needs schema &quot;%1&quot;</source>
        <translation>تتطلب طبقة لكل منطقة المخطط &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/plan/placementfile.cpp" line="117"/>
        <source>unknown zone (%1)</source>
        <translation>منطقة غير معروفة (%1)</translation>
    </message>
</context>
<context>
    <name>ea::PlacementSuggestion</name>
    <message>
        <location filename="../app/placementsuggestion.cpp" line="35"/>
        <source>Searching for the cheapest placement</source>
        <translation>جارٍ البحث عن أرخص توزيع</translation>
    </message>
    <message>
        <location filename="../app/placementsuggestion.cpp" line="51"/>
        <source>Best found %1 per month; none costs less than %2 (gap %3)</source>
        <translation>الأفضل حتى الآن %1 شهريًا؛ لا يكلّف أيٌّ أقل من %2 (الفجوة %3)</translation>
    </message>
    <message>
        <location filename="../app/placementsuggestion.cpp" line="54"/>
        <source>Best found %1 per month</source>
        <translation>الأفضل حتى الآن %1 شهريًا</translation>
    </message>
    <message>
        <location filename="../app/placementsuggestion.cpp" line="81"/>
        <source>Apply suggested placement</source>
        <translation>تطبيق التوزيع المقترح</translation>
    </message>
</context>
<context>
    <name>ea::PlanPage</name>
    <message>
        <location filename="../app/planpage.cpp" line="48"/>
        <source>&amp;Board</source>
        <translation>اللوحة (&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/planpage.cpp" line="49"/>
        <source>&amp;Table</source>
        <translation>الجدول (&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/planpage.cpp" line="50"/>
        <source>Workloads as cards in their tiers: drag a card to move a workload</source>
        <translation>أعباء العمل كبطاقات في طبقاتها: اسحب بطاقة لنقل عبء عمل</translation>
    </message>
    <message>
        <location filename="../app/planpage.cpp" line="51"/>
        <source>Every workload&apos;s numbers in a sortable table</source>
        <translation>أرقام كل عبء عمل في جدول قابل للفرز</translation>
    </message>
    <message>
        <location filename="../app/planpage.cpp" line="167"/>
        <source>Workloads of the scenario. Double-click a tier or press F2 on it to move the workload.</source>
        <translation>أعباء العمل في السيناريو. انقر نقرًا مزدوجًا على طبقة أو اضغط F2 عليها لنقل عبء العمل.</translation>
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
        <translation>من طرف إلى طرف</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="32"/>
        <source>Planner board</source>
        <translation>لوحة التخطيط</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="33"/>
        <source>Workloads as cards in one column per tier; drag a card or press Ctrl+Left/Right to move a workload to another tier</source>
        <translation>أعباء العمل كبطاقات في عمود لكل طبقة؛ اسحب بطاقة أو اضغط Ctrl+Left/Right لنقل عبء عمل إلى طبقة أخرى</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="247"/>
        <source>1 workload</source>
        <translation>عبء عمل واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="247"/>
        <source>%n workloads</source>
        <translation>
            <numerusform>لا أعباء عمل</numerusform>
            <numerusform>عبء عمل واحد</numerusform>
            <numerusform>عبئا عمل</numerusform>
            <numerusform>%n أعباء عمل</numerusform>
            <numerusform>%n عبء عمل</numerusform>
            <numerusform>%n عبء عمل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="253"/>
        <source>%1/mo</source>
        <translation>%1/شهر</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="256"/>
        <source>1 GPU</source>
        <translation>GPU واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="256"/>
        <source>%Ln GPUs</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>GPU واحد</numerusform>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="257"/>
        <source>%1: GPUs %2, API %3, egress %4 per month; %5 GPUs at %6 sites</source>
        <translation>%1: GPU %2، API %3، حركة البيانات الصادرة %4 شهريًا؛ %5 GPU في %6 من المواقع</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="264"/>
        <source>Under the active what-if conditions: %1 per month (%2 GPUs at %3 sites)</source>
        <translation>مع شروط الافتراض المفعّلة: %1 شهريًا (%2 وحدة GPU في %3 مواقع)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="267"/>
        <source>evaluating…</source>
        <translation>جارٍ التقييم…</translation>
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
        <translation>%1 شهريًا (GPU %2، API %3، حركة البيانات الصادرة %4)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="318"/>
        <source>%1 of requests within the SLO</source>
        <translation>%1 من الطلبات ضمن SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="323"/>
        <source>&lt;b&gt;Under the active what-if conditions:&lt;/b&gt; %1 → %2 per month, %3 → %4 within the SLO</source>
        <translation>&lt;b&gt;مع شروط الافتراض المفعّلة:&lt;/b&gt; %1 ← %2 شهريًا، %3 ← %4 ضمن هدف الخدمة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="327"/>
        <source>Unserved: %1</source>
        <translation>غير مخدوم: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/plannerboard.cpp" line="335"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>وواحدة أخرى</numerusform>
            <numerusform>واثنتان أخريان</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="336"/>
        <source>Regions that lose the SLO: %1</source>
        <translation>مناطق تفقد هدف الخدمة: %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="340"/>
        <source>&lt;i&gt;Re-evaluating…&lt;/i&gt;</source>
        <translation>&lt;i&gt;جارٍ إعادة التقييم…&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="343"/>
        <source>Pinned: the optimizer keeps it in its tier</source>
        <translation>مثبّت: يبقيه المحسِّن في طبقته</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="344"/>
        <source>&lt;i&gt;Drag to another tier, or Ctrl+Left/Right&lt;/i&gt;</source>
        <translation>&lt;i&gt;اسحب إلى طبقة أخرى، أو Ctrl+Left/Right&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="397"/>
        <source>%1: %2 met · busiest %3</source>
        <translation>%1: %2 محقق · أعلى حمل %3</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="399"/>
        <source>%1: %2 met</source>
        <translation>%1: %2 محقق</translation>
    </message>
    <message>
        <location filename="../widgets/planner/plannerboard.cpp" line="463"/>
        <source>&amp;Move to</source>
        <translation>نقل إلى (&amp;M)</translation>
    </message>
</context>
<context>
    <name>ea::PlannerChart</name>
    <message>
        <location filename="../widgets/charts/plannerchart.cpp" line="263"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
</context>
<context>
    <name>ea::PlannerCharts</name>
    <message>
        <location filename="../widgets/charts/chartinputs.cpp" line="31"/>
        <source>million USD</source>
        <translation>مليون USD</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chartinputs.cpp" line="33"/>
        <source>thousand USD</source>
        <translation>ألف USD</translation>
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
        <translation>التكلفة/زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="31"/>
        <source>Cost against latency of every workload, with its other tiers and its Pareto front</source>
        <translation>التكلفة مقابل زمن الاستجابة لكل عبء عمل، مع طبقاته الأخرى وجبهة باريتو الخاصة به</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="33"/>
        <source>Cost by tier</source>
        <translation>التكلفة حسب الطبقة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="34"/>
        <source>Cost per month of each tier: GPUs, API tokens, egress</source>
        <translation>التكلفة الشهرية لكل طبقة: GPU، رموز API، حركة البيانات الصادرة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="35"/>
        <source>Percentiles</source>
        <translation>المئينات</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="36"/>
        <source>p50, p95 and p99 of every workload against its budget</source>
        <translation>p50 وp95 وp99 لكل عبء عمل مقارنةً بميزانيته</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="37"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="38"/>
        <source>The selected workload&apos;s worst regions</source>
        <translation>أسوأ مناطق عبء العمل المحدد</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="39"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="40"/>
        <source>Where the selected workload&apos;s latency goes, in each tier</source>
        <translation>كيف يتوزع زمن استجابة عبء العمل المحدد، في كل طبقة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="43"/>
        <source>The workload the Regions and Budget charts show</source>
        <translation>عبء العمل الذي يعرضه مخططا المناطق والميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="44"/>
        <source>Workload shown in the charts</source>
        <translation>عبء العمل المعروض في المخططات</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="46"/>
        <source>&amp;Workload:</source>
        <translation>عبء العمل (&amp;W):</translation>
    </message>
    <message>
        <location filename="../widgets/charts/plannercharts.cpp" line="58"/>
        <source>Planner charts</source>
        <translation>مخططات التخطيط</translation>
    </message>
</context>
<context>
    <name>ea::Prices</name>
    <message>
        <location filename="../engine/export/prices.cpp" line="60"/>
        <source>not JSON: %1 at %2</source>
        <translation>ليس JSON صالحًا: %1 عند %2</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="66"/>
        <source>expected an object of model entries, got an array</source>
        <translation>المتوقع كائن يضم إدخالات النماذج، لكن وردت مصفوفة</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="85"/>
        <source>expected an object, got %1</source>
        <translation>المتوقع كائن، لكن ورد %1</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="97"/>
        <source>&quot;%1&quot; is not a chat or completion model</source>
        <translation>&quot;%1&quot; ليس نموذجًا من نوع chat أو completion</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="115"/>
        <source>%1: %2 / %3 USD per million tokens in/out (&quot;%4&quot;, %5)</source>
        <translation>%1: %2 / %3 USD لكل مليون رمز إدخال/إخراج (&quot;%4&quot;، %5)</translation>
    </message>
    <message>
        <location filename="../engine/export/prices.cpp" line="123"/>
        <source>no entry for any of the scenario&apos;s models (%1); name them with %2</source>
        <translation>لا يوجد إدخال لأي من نماذج السيناريو (%1)؛ حدّد أسماءها باستخدام %2</translation>
    </message>
</context>
<context>
    <name>ea::ProbeHistory</name>
    <message>
        <location filename="../engine/probe/history.cpp" line="144"/>
        <source>%1: cannot open the history: %2</source>
        <translation>%1: تعذّر فتح السجل: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="177"/>
        <source>the probe history needs a QCoreApplication</source>
        <translation>يتطلب سجل الفحص كائن QCoreApplication</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="179"/>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>برنامج تشغيل SQLite الخاص بـ Qt غير مثبّت (حزمة Debian libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="188"/>
        <source>%1: not a readable SQLite file: %2</source>
        <translation>%1: ليس ملف SQLite قابلًا للقراءة: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="193"/>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: تعذّرت قراءة إصدار المخطط: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="196"/>
        <source>%1: the history was written by a newer EdgeAtlas (schema version %2; this version reads up to %3)</source>
        <translation>%1: كُتب السجل بإصدار أحدث من EdgeAtlas (إصدار المخطط %2؛ هذا الإصدار يقرأ حتى %3)</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="202"/>
        <source>%1: damaged probe history (schema version %2, results table %3)</source>
        <translation>%1: سجل الفحص تالف (إصدار المخطط %2، جدول results %3)</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="205"/>
        <source>present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="205"/>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="208"/>
        <source>%1: the history file is damaged: %2</source>
        <translation>%1: ملف السجل تالف: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="211"/>
        <source>%1: not an EdgeAtlas probe history (it has other tables: %2)</source>
        <translation>%1: ليس سجل فحص من EdgeAtlas (يحتوي على جداول أخرى: %2)</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="215"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: تعذّرت الكتابة: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="224"/>
        <location filename="../engine/probe/history.cpp" line="227"/>
        <source>%1: cannot create the history: %2</source>
        <translation>%1: تعذّر إنشاء السجل: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="230"/>
        <source>%1: cannot switch to WAL journaling: %2</source>
        <translation>%1: تعذّر التحويل إلى تسجيل WAL: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="244"/>
        <source>the probe history is not open</source>
        <translation>سجل الفحص غير مفتوح</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="252"/>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: تعذّر بدء معاملة: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="262"/>
        <location filename="../engine/probe/history.cpp" line="290"/>
        <location filename="../engine/probe/history.cpp" line="297"/>
        <source>%1: cannot store results: %2</source>
        <translation>%1: تعذّر حفظ النتائج: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="325"/>
        <location filename="../engine/probe/history.cpp" line="345"/>
        <location filename="../engine/probe/history.cpp" line="376"/>
        <location filename="../engine/probe/history.cpp" line="437"/>
        <source>%1: query failed: %2</source>
        <translation>%1: فشل الاستعلام: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/history.cpp" line="422"/>
        <source>%1: cannot purge: %2</source>
        <translation>%1: تعذّر الحذف: %2</translation>
    </message>
</context>
<context>
    <name>ea::ProbeSettingsPanel</name>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="21"/>
        <source>Probe settings</source>
        <translation>إعدادات الفحص</translation>
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
        <translation>يُفحص كل هدف مرة واحدة في كل فاصل زمني، من بداية إلى بداية</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="29"/>
        <source>&amp;Interval:</source>
        <translation>الفاصل الزمني (&amp;I):</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="34"/>
        <source>Connection and first byte must arrive within this time</source>
        <translation>يجب أن يصل الاتصال وأول بايت خلال هذه المدة</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="35"/>
        <source>&amp;Timeout:</source>
        <translation>المهلة (&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="38"/>
        <source>Probes in flight at once</source>
        <translation>عدد عمليات الفحص الجارية في آن واحد</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="39"/>
        <source>&amp;Concurrency:</source>
        <translation>التزامن (&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="41"/>
        <source>Reuse (keep-alive)</source>
        <translation>إعادة الاستخدام (keep-alive)</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="42"/>
        <source>Fresh for every probe</source>
        <translation>اتصال جديد لكل فحص</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="43"/>
        <source>Fresh connections also measure DNS, TCP and TLS set-up every time</source>
        <translation>تقيس الاتصالات الجديدة أيضًا إعداد DNS وTCP وTLS في كل مرة</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="44"/>
        <source>C&amp;onnections:</source>
        <translation>الاتصالات (&amp;O):</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="45"/>
        <source>&amp;Verify TLS certificates</source>
        <translation>التحقق من شهادات TLS (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="46"/>
        <source>Check each server&apos;s certificate and host name; turn off only for test servers with self-signed certificates</source>
        <translation>التحقق من شهادة كل خادم ومن اسم مضيفه؛ لا تعطّله إلا لخوادم الاختبار ذات الشهادات الموقّعة ذاتيًا</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="51"/>
        <source>Where the probes run from: the model predicts each target&apos;s RTT from here</source>
        <translation>المكان الذي يُجرى منه الفحص: يتنبأ النموذج بقيمة RTT لكل هدف انطلاقًا من هنا</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="52"/>
        <source>&amp;Vantage point:</source>
        <translation>نقطة المراقبة (&amp;V):</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="58"/>
        <source>lat </source>
        <extracomment>Prefix of the latitude field of a custom vantage point</extracomment>
        <translation>عرض </translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="59"/>
        <source>Latitude of the vantage point</source>
        <translation>خط عرض نقطة المراقبة</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="64"/>
        <source>lon </source>
        <extracomment>Prefix of the longitude field of a custom vantage point</extracomment>
        <translation>طول </translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="65"/>
        <source>Longitude of the vantage point</source>
        <translation>خط طول نقطة المراقبة</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="71"/>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="71"/>
        <source>5 minutes</source>
        <translation>5 دقائق</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="71"/>
        <source>15 minutes</source>
        <translation>15 دقيقة</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="72"/>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="72"/>
        <source>2 hours</source>
        <translation>ساعتان</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="75"/>
        <source>The span of the percentiles, the alarms and the chart</source>
        <translation>المدة التي تغطيها المئينات والإنذارات والمخطط</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="76"/>
        <source>&amp;Window:</source>
        <translation>النافذة الزمنية (&amp;W):</translation>
    </message>
    <message>
        <location filename="../app/monitor/probesettingspanel.cpp" line="149"/>
        <source>Custom location (latitude, longitude)</source>
        <translation>موقع مخصص (خط العرض، خط الطول)</translation>
    </message>
</context>
<context>
    <name>ea::ProbeState</name>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="59"/>
        <source>OK</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="61"/>
        <source>DNS failure</source>
        <translation>فشل DNS</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="63"/>
        <source>Connection refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="65"/>
        <source>Connect failed</source>
        <translation>فشل الاتصال</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="67"/>
        <source>Timeout</source>
        <translation>انتهاء المهلة</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="69"/>
        <source>TLS failure</source>
        <translation>فشل TLS</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="71"/>
        <source>HTTP error</source>
        <translation>خطأ HTTP</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="73"/>
        <source>Malformed stream</source>
        <translation>تدفق مشوّه</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="75"/>
        <source>Stalled</source>
        <translation>تدفق متوقف</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="77"/>
        <source>Closed early</source>
        <translation>أُغلق مبكرًا</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="79"/>
        <source>Configuration error</source>
        <translation>خطأ في الإعداد</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetypes.cpp" line="83"/>
        <source>Error</source>
        <translation>خطأ</translation>
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
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="71"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="140"/>
        <source>No result yet</source>
        <translation>لا توجد نتيجة بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="147"/>
        <source>%1 bytes, %n token(s), reused connection</source>
        <translation>
            <numerusform>%1 بايت، لا رموز، اتصال مُعاد استخدامه</numerusform>
            <numerusform>%1 بايت، رمز واحد، اتصال مُعاد استخدامه</numerusform>
            <numerusform>%1 بايت، رمزان، اتصال مُعاد استخدامه</numerusform>
            <numerusform>%1 بايت، %n رموز، اتصال مُعاد استخدامه</numerusform>
            <numerusform>%1 بايت، %n رمزًا، اتصال مُعاد استخدامه</numerusform>
            <numerusform>%1 بايت، %n رمز، اتصال مُعاد استخدامه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="149"/>
        <source>%1 bytes, %n token(s), new connection</source>
        <translation>
            <numerusform>%1 بايت، لا رموز، اتصال جديد</numerusform>
            <numerusform>%1 بايت، رمز واحد، اتصال جديد</numerusform>
            <numerusform>%1 بايت، رمزان، اتصال جديد</numerusform>
            <numerusform>%1 بايت، %n رموز، اتصال جديد</numerusform>
            <numerusform>%1 بايت، %n رمزًا، اتصال جديد</numerusform>
            <numerusform>%1 بايت، %n رمز، اتصال جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="152"/>
        <source>The model&apos;s network RTT from the vantage point; prediction band %1 – %2</source>
        <translation>RTT الشبكة وفق النموذج من نقطة المراقبة؛ نطاق التنبؤ %1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="154"/>
        <source>Not a scenario node: no model prediction</source>
        <translation>ليست عقدة في السيناريو: لا يوجد تنبؤ من النموذج</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="156"/>
        <source>Measured request RTT (median over the window) minus the model&apos;s</source>
        <translation>RTT الطلبات المقيس (الوسيط خلال النافذة) مطروحًا منه RTT النموذج</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/probetablemodel.cpp" line="159"/>
        <source>Request RTT over the window (first byte minus DNS, connect and TLS set-up); %n sample(s), %1 failed</source>
        <translation>
            <numerusform>RTT الطلبات خلال النافذة (أول بايت مطروحًا منه إعداد DNS والاتصال وTLS)؛ لا عينات، فشل منها %1</numerusform>
            <numerusform>RTT الطلبات خلال النافذة (أول بايت مطروحًا منه إعداد DNS والاتصال وTLS)؛ عينة واحدة، فشل منها %1</numerusform>
            <numerusform>RTT الطلبات خلال النافذة (أول بايت مطروحًا منه إعداد DNS والاتصال وTLS)؛ عينتان، فشل منهما %1</numerusform>
            <numerusform>RTT الطلبات خلال النافذة (أول بايت مطروحًا منه إعداد DNS والاتصال وTLS)؛ %n عينات، فشل منها %1</numerusform>
            <numerusform>RTT الطلبات خلال النافذة (أول بايت مطروحًا منه إعداد DNS والاتصال وTLS)؛ %n عينةً، فشل منها %1</numerusform>
            <numerusform>RTT الطلبات خلال النافذة (أول بايت مطروحًا منه إعداد DNS والاتصال وTLS)؛ %n عينة، فشل منها %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="165"/>
        <source>No interactive workload in this node&apos;s tier</source>
        <translation>لا يوجد عبء عمل تفاعلي في طبقة هذه العقدة</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="167"/>
        <source>The SLO&apos;s percentile of the measured TTFT over the window, against %1 of %2</source>
        <translation>مئين SLO لزمن TTFT المقيس خلال النافذة، مقابل %1 لـ %2</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="168"/>
        <source>The SLO&apos;s percentile of the measured end-to-end estimate over the window, against %1 of %2</source>
        <translation>مئين SLO للتقدير المقيس من طرف إلى طرف خلال النافذة، مقابل %1 لـ %2</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="173"/>
        <source>The tightest SLO of the plan&apos;s workloads in this tier: %1</source>
        <translation>أشد SLO صرامةً بين أعباء العمل في الخطة ضمن هذه الطبقة: %1</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="223"/>
        <source>Target</source>
        <extracomment>Column header: the probed endpoint (its id)</extracomment>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="226"/>
        <source>Node</source>
        <extracomment>Column header: the scenario node the target is</extracomment>
        <translation>العقدة</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="229"/>
        <source>State</source>
        <extracomment>Column header: the outcome of the newest probe</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="231"/>
        <source>Time to the first byte of the newest probe</source>
        <translation>زمن أول بايت لأحدث فحص</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="231"/>
        <source>First byte</source>
        <translation>أول بايت</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="233"/>
        <source>Time to the first token of the newest probe</source>
        <translation>زمن أول رمز لأحدث فحص</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="233"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="235"/>
        <source>Median inter-token latency of the newest probe</source>
        <translation>وسيط زمن الاستجابة بين الرموز لأحدث فحص</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="235"/>
        <source>ITL p50</source>
        <translation>ITL p50</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="237"/>
        <source>Modeled RTT</source>
        <translation>RTT المُنمذَج</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/probetablemodel.cpp" line="240"/>
        <source>Residual</source>
        <extracomment>Column header: measured RTT minus modeled RTT</extracomment>
        <translation>المتبقي</translation>
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
        <translation>قيمة SLO</translation>
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
        <translation>تعذّرت تهيئة libcurl</translation>
    </message>
</context>
<context>
    <name>ea::ProfileDialog</name>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="19"/>
        <source>Use as Compute Profile</source>
        <translation>استخدام كملف حوسبة</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="22"/>
        <source>The planner will use these measured figures instead of the roofline wherever a workload of this model and precision runs on the chosen GPU type. Measured on: &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>ستستخدم أداة التخطيط هذه القيم المقيسة بدلًا من سقف الأداء (roofline) حيثما يعمل عبء عمل بهذا النموذج وهذه الدقة على نوع GPU المختار. جرى القياس على: &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="30"/>
        <source>Choose the GPU type this device stands for…</source>
        <translation>اختر نوع GPU الذي يمثله هذا الجهاز…</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="35"/>
        <source>Preselected when the measured device&apos;s name matches a GPU type of the scenario</source>
        <translation>يُحدَّد مسبقًا عندما يطابق اسم الجهاز المقيس نوع GPU في السيناريو</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="56"/>
        <source>&amp;GPU type:</source>
        <translation>نوع GPU (&amp;G):</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="57"/>
        <source>&amp;Measured:</source>
        <translation>المقيس (&amp;M):</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="58"/>
        <source>Profile:</source>
        <translation>ملف الحوسبة:</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="59"/>
        <source>How:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="60"/>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="63"/>
        <source>Use as Profile</source>
        <translation>استخدام كملف حوسبة</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="104"/>
        <source>roofline</source>
        <extracomment>The planner keeps its roofline estimate for a figure that was not measured</extracomment>
        <translation>سقف الأداء (roofline)</translation>
    </message>
    <message>
        <location filename="../app/trials/profiledialog.cpp" line="105"/>
        <source>decode step at batch 1: %1
per extra sequence: %2
prefill: %3</source>
        <translation>خطوة فك الترميز بدفعة 1: %1
لكل تسلسل إضافي: %2
التعبئة المسبقة: %3</translation>
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
        <translation>%1 رمز/s</translation>
    </message>
</context>
<context>
    <name>ea::PromTextParser</name>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="323"/>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="338"/>
        <source>expected a metric name</source>
        <translation>المتوقع اسم مقياس</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="353"/>
        <source>expected a label name</source>
        <translation>المتوقع اسم تسمية</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="359"/>
        <source>expected &apos;=&apos; after label %1</source>
        <translation>المتوقع &apos;=&apos; بعد التسمية %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="363"/>
        <source>expected a quoted value for label %1</source>
        <translation>المتوقع قيمة بين علامتي اقتباس للتسمية %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="385"/>
        <source>unknown escape \%1 in label %2</source>
        <translation>تسلسل هروب غير معروف \%1 في التسمية %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="390"/>
        <source>unterminated value of label %1</source>
        <translation>قيمة غير منتهية للتسمية %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="392"/>
        <source>label %1 given twice</source>
        <translation>التسمية %1 مذكورة مرتين</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="398"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after label %1</source>
        <translation>المتوقع &apos;,&apos; أو &apos;}&apos; بعد التسمية %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="404"/>
        <source>expected a value (and an optional timestamp)</source>
        <translation>المتوقع قيمة (وطابع زمني اختياري)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="407"/>
        <source>not a number: %1</source>
        <translation>ليس رقمًا: %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheus.cpp" line="412"/>
        <source>not a timestamp: %1</source>
        <translation>ليس طابعًا زمنيًا: %1</translation>
    </message>
</context>
<context>
    <name>ea::PrometheusClient</name>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="85"/>
        <source>Prometheus answered %1 (HTTP %2): %3</source>
        <translation>أجاب Prometheus بـ %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="90"/>
        <source>HTTP %1 from the Prometheus server: %2</source>
        <translation>HTTP %1 من خادم Prometheus: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="94"/>
        <source>malformed answer from the Prometheus server (not JSON: %1)</source>
        <translation>استجابة مشوّهة من خادم Prometheus (ليست JSON: %1)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="96"/>
        <source>malformed answer from the Prometheus server (status &quot;%1&quot;)</source>
        <translation>استجابة مشوّهة من خادم Prometheus (الحالة &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="104"/>
        <source>malformed answer from the Prometheus server (scalar result)</source>
        <translation>استجابة مشوّهة من خادم Prometheus (نتيجة عددية)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="109"/>
        <source>malformed answer from the Prometheus server (result type &quot;%1&quot;)</source>
        <translation>استجابة مشوّهة من خادم Prometheus (نوع النتيجة &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="123"/>
        <location filename="../engine/probe/prometheusclient.cpp" line="129"/>
        <source>malformed answer from the Prometheus server (a sample of a series)</source>
        <translation>استجابة مشوّهة من خادم Prometheus (عيّنة من سلسلة)</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="148"/>
        <location filename="../engine/probe/prometheusclient.cpp" line="151"/>
        <source>libcurl could not be initialised</source>
        <translation>تعذّرت تهيئة libcurl</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="179"/>
        <source>%1: the answer is larger than %2 MiB</source>
        <translation>%1: الاستجابة أكبر من %2 MiB</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="181"/>
        <source>cannot reach the Prometheus server at %1: %2</source>
        <translation>تعذّر الوصول إلى خادم Prometheus على %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/prometheusclient.cpp" line="203"/>
        <source>query_range needs start &lt;= end and a step &gt; 0</source>
        <translation>يتطلب query_range أن يكون start &lt;= end وأن يكون step &gt; 0</translation>
    </message>
</context>
<context>
    <name>ea::PrometheusDialog</name>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="98"/>
        <source>Latency History from Prometheus</source>
        <translation>سجل زمن الاستجابة من Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="103"/>
        <source>Base URL of the Prometheus server that scrapes the probe agents</source>
        <translation>عنوان URL الأساسي لخادم Prometheus الذي يجمع مقاييس وكلاء الفحص</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="105"/>
        <source>Last 15 minutes</source>
        <translation>آخر 15 دقيقة</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="106"/>
        <source>Last hour</source>
        <translation>آخر ساعة</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="107"/>
        <source>Last 6 hours</source>
        <translation>آخر 6 ساعات</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="108"/>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="111"/>
        <source>First byte</source>
        <translation>أول بايت</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="112"/>
        <source>Time to first token</source>
        <translation>زمن أول رمز</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="113"/>
        <source>Whole transfer</source>
        <translation>النقل الكامل</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="115"/>
        <source>p50 (median)</source>
        <translation>p50 (الوسيط)</translation>
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
        <translation>كل الأهداف</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="121"/>
        <source>Only this target id (exact match); empty for every target</source>
        <translation>معرّف هذا الهدف فقط (تطابق تام)؛ اتركه فارغًا لكل الأهداف</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="125"/>
        <source>The PromQL the dialog runs, to reuse in Prometheus or Grafana</source>
        <translation>استعلام PromQL الذي يشغّله مربع الحوار، لإعادة استخدامه في Prometheus أو Grafana</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="126"/>
        <source>PromQL query</source>
        <translation>استعلام PromQL</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="129"/>
        <source>&amp;Server:</source>
        <translation>الخادم (&amp;S):</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="130"/>
        <source>&amp;Range:</source>
        <translation>المدى (&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="131"/>
        <source>&amp;Metric:</source>
        <translation>المقياس (&amp;M):</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="132"/>
        <source>&amp;Quantile:</source>
        <translation>المئين (&amp;Q):</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="133"/>
        <source>&amp;Target:</source>
        <translation>الهدف (&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="134"/>
        <source>PromQL:</source>
        <translation>PromQL:</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="136"/>
        <source>&amp;Load</source>
        <translation>تحميل (&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="137"/>
        <source>Query the server for the chosen range</source>
        <translation>استعلام الخادم عن المدى المختار</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="143"/>
        <source>Querying the server</source>
        <translation>جارٍ استعلام الخادم</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="148"/>
        <source>Query status</source>
        <translation>حالة الاستعلام</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="155"/>
        <location filename="../app/monitor/prometheusdialog.cpp" line="171"/>
        <source>Latency per target</source>
        <translation>زمن الاستجابة لكل هدف</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="158"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="160"/>
        <source>Latency (ms)</source>
        <translation>زمن الاستجابة (ms)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="172"/>
        <source>One line per target: the chosen quantile of the chosen latency over time, as the probe agents&apos; histograms in Prometheus give it</source>
        <translation>خط لكل هدف: المئين المختار لزمن الاستجابة المختار على مر الوقت، كما تعطيه المدرّجات التكرارية لوكلاء الفحص في Prometheus</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="177"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="177"/>
        <source>Latest (ms)</source>
        <translation>الأحدث (ms)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="177"/>
        <source>Median (ms)</source>
        <translation>الوسيط (ms)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="177"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="182"/>
        <source>Latency per target, latest and median</source>
        <translation>زمن الاستجابة لكل هدف، القيمة الأحدث والوسيط</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="184"/>
        <source>Per target: the latest value, the median over the range and the number of points</source>
        <translation>لكل هدف: القيمة الأحدث، والوسيط على المدى، وعدد النقاط</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="249"/>
        <source>Enter the server&apos;s URL, e.g. %1</source>
        <translation>أدخل عنوان URL للخادم، مثل %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="261"/>
        <source>Querying %1</source>
        <extracomment>Status bar: %1 is the Prometheus server&apos;s URL</extracomment>
        <translation>جارٍ استعلام %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="275"/>
        <source>Querying %1…</source>
        <translation>جارٍ استعلام %1…</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="285"/>
        <source>the query was cancelled</source>
        <translation>أُلغي الاستعلام</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="290"/>
        <source>the query failed</source>
        <translation>فشل الاستعلام</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="302"/>
        <source>Could not load: %1</source>
        <translation>تعذّر التحميل: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="314"/>
        <source>(no target label)</source>
        <translation>(بلا تسمية target)</translation>
    </message>
    <message>
        <location filename="../app/monitor/prometheusdialog.cpp" line="356"/>
        <source>No series: no agent&apos;s histogram matched in this range.</source>
        <translation>لا توجد سلاسل: لم يطابق أي مدرّج تكراري لوكيل في هذا المدى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/prometheusdialog.cpp" line="359"/>
        <source>%n target(s), %1 with data.</source>
        <translation>
            <numerusform>%n هدف، %1 منها ببيانات.</numerusform>
            <numerusform>هدف واحد، %1 منه ببيانات.</numerusform>
            <numerusform>هدفان، %1 منهما ببيانات.</numerusform>
            <numerusform>%n أهداف، %1 منها ببيانات.</numerusform>
            <numerusform>%n هدفًا، %1 منها ببيانات.</numerusform>
            <numerusform>%n هدف، %1 منها ببيانات.</numerusform>
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
        <translation>مسح القائمة (&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="86"/>
        <source>File Not Found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="87"/>
        <source>%1 no longer exists. It was removed from the list of recent files.</source>
        <translation>لم يعد %1 موجودًا. أُزيل من قائمة الملفات الأخيرة.</translation>
    </message>
</context>
<context>
    <name>ea::RecoveryDialog</name>
    <message>
        <location filename="../app/recoverydialog.cpp" line="26"/>
        <source>Recover Unsaved Changes</source>
        <translation>استعادة التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="27"/>
        <source>EdgeAtlas did not close normally. These unsaved changes were kept:</source>
        <translation>لم يُغلَق EdgeAtlas بشكل طبيعي. احتُفظ بهذه التغييرات غير المحفوظة:</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="34"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="34"/>
        <source>Saved</source>
        <translation>وقت الحفظ</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="34"/>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="35"/>
        <source>Recovery files of EdgeAtlas sessions that ended without saving</source>
        <translation>ملفات الاستعادة لجلسات EdgeAtlas التي انتهت دون حفظ</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="41"/>
        <source>%1 (never saved)</source>
        <translation>%1 (لم يُحفظ قط)</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="41"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="46"/>
        <source>Damaged: %1</source>
        <translation>تالف: %1</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="58"/>
        <source>&amp;Restore</source>
        <translation>استرجاع (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="60"/>
        <source>Open the selected changes; the scenario stays unsaved until you save it</source>
        <translation>فتح التغييرات المحددة؛ يبقى السيناريو غير محفوظ إلى أن تحفظه</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="62"/>
        <source>&amp;Discard</source>
        <translation>تجاهل (&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="64"/>
        <source>Delete the selected recovery file for good</source>
        <translation>حذف ملف الاستعادة المحدد نهائيًا</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="65"/>
        <source>&amp;Later</source>
        <translation>لاحقًا (&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="67"/>
        <source>Keep the recovery files and ask again at the next start (Esc)</source>
        <translation>الاحتفاظ بملفات الاستعادة والسؤال مجددًا عند التشغيل التالي (Esc)</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="127"/>
        <source>Cannot Restore</source>
        <translation>تعذّر الاسترجاع</translation>
    </message>
    <message>
        <location filename="../app/recoverydialog.cpp" line="128"/>
        <source>The recovery file cannot be restored.</source>
        <translation>لا يمكن استرجاع ملف الاستعادة.</translation>
    </message>
</context>
<context>
    <name>ea::RecoveryStore</name>
    <message>
        <location filename="../app/autosave.cpp" line="96"/>
        <source>damaged, invalid JSON: %1</source>
        <translation>تالف، JSON غير صالح: %1</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="100"/>
        <source>not an EdgeAtlas recovery file</source>
        <translation>ليس ملف استعادة من EdgeAtlas</translation>
    </message>
    <message>
        <location filename="../app/autosave.cpp" line="110"/>
        <source>the saved scenario is invalid: %1</source>
        <translation>السيناريو المحفوظ غير صالح: %1</translation>
    </message>
</context>
<context>
    <name>ea::RegionAttainmentChart</name>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="31"/>
        <source>Worst regions of the selected workload</source>
        <translation>أسوأ مناطق عبء العمل المحدد</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="34"/>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="175"/>
        <source>Within budget</source>
        <translation>ضمن الميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="35"/>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="176"/>
        <source>Over budget</source>
        <translation>فوق الميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="46"/>
        <source>Worst regions chart</source>
        <translation>مخطط أسوأ المناطق</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="87"/>
        <source>Latency at %1 (%2)</source>
        <translation>زمن الاستجابة عند %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="96"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="98"/>
        <source>%1 (not served)</source>
        <translation>%1 (غير مخدومة)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="120"/>
        <source>Worst regions</source>
        <translation>أسوأ المناطق</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="121"/>
        <source>Select a workload to see its worst regions.</source>
        <translation>حدد عبء عمل لعرض أسوأ مناطقه.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="122"/>
        <source>No evaluated plan.</source>
        <translation>لا توجد خطة مقيَّمة.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="126"/>
        <source>Worst regions: %1</source>
        <translation>أسوأ المناطق: %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="127"/>
        <source>%1 of requests within %2 at %3 (%4 in %5). %6 of %7 regions over budget.</source>
        <translation>%1 من الطلبات ضمن %2 عند %3 (%4 في %5). %6 من %7 منطقة تتجاوز الميزانية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="131"/>
        <source>%Ln not served.</source>
        <translation>
            <numerusform>%Ln منطقة غير مخدومة.</numerusform>
            <numerusform>منطقة واحدة غير مخدومة.</numerusform>
            <numerusform>منطقتان غير مخدومتين.</numerusform>
            <numerusform>%Ln مناطق غير مخدومة.</numerusform>
            <numerusform>%Ln منطقة غير مخدومة.</numerusform>
            <numerusform>%Ln منطقة غير مخدومة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="132"/>
        <source>The %n worst shown.</source>
        <translation>
            <numerusform>لا تُعرض أي منطقة.</numerusform>
            <numerusform>تُعرض أسوأ منطقة.</numerusform>
            <numerusform>تُعرض أسوأ منطقتين.</numerusform>
            <numerusform>تُعرض أسوأ %n مناطق.</numerusform>
            <numerusform>تُعرض أسوأ %n منطقة.</numerusform>
            <numerusform>تُعرض أسوأ %n منطقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="136"/>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="158"/>
        <source>%1, %2 (rank %3 from worst)</source>
        <translation>%1، %2 (الترتيب %3 من الأسوأ)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="160"/>
        <source>Not served: no node of this tier can take its demand.</source>
        <translation>غير مخدومة: لا توجد عقدة في هذه الطبقة قادرة على استيعاب طلبها.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="162"/>
        <source>Latency at p%1: %2 against a budget of %3</source>
        <translation>زمن الاستجابة عند p%1: %2 مقابل ميزانية %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="165"/>
        <source>Network RTT (median): %1</source>
        <translation>RTT الشبكة (الوسيط): %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="167"/>
        <source>Served by %1 (%2)</source>
        <translation>يخدمها %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/regionattainmentchart.cpp" line="177"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
</context>
<context>
    <name>ea::ReportData</name>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="81"/>
        <source>The plan serves %Ln workload(s) with %1 of demand on average for %2 per month: %3 on GPU hours, %4 on per-token APIs and %5 on egress. %6 of all requests finish within their workload&apos;s latency budget.</source>
        <translation>
            <numerusform>تخدم الخطة %Ln عبء عمل بمتوسط طلب قدره %1 مقابل %2 شهريًا: %3 لساعات GPU، و%4 لواجهات API المدفوعة لكل رمز، و%5 لحركة البيانات الصادرة. ينتهي %6 من جميع الطلبات ضمن ميزانية زمن الاستجابة لعبء العمل الخاص بها.</numerusform>
            <numerusform>تخدم الخطة عبء عمل واحدًا بمتوسط طلب قدره %1 مقابل %2 شهريًا: %3 لساعات GPU، و%4 لواجهات API المدفوعة لكل رمز، و%5 لحركة البيانات الصادرة. ينتهي %6 من جميع الطلبات ضمن ميزانية زمن الاستجابة لعبء العمل الخاص بها.</numerusform>
            <numerusform>تخدم الخطة عبأَي عمل بمتوسط طلب قدره %1 مقابل %2 شهريًا: %3 لساعات GPU، و%4 لواجهات API المدفوعة لكل رمز، و%5 لحركة البيانات الصادرة. ينتهي %6 من جميع الطلبات ضمن ميزانية زمن الاستجابة لعبء العمل الخاص بها.</numerusform>
            <numerusform>تخدم الخطة %Ln أعباء عمل بمتوسط طلب قدره %1 مقابل %2 شهريًا: %3 لساعات GPU، و%4 لواجهات API المدفوعة لكل رمز، و%5 لحركة البيانات الصادرة. ينتهي %6 من جميع الطلبات ضمن ميزانية زمن الاستجابة لعبء العمل الخاص بها.</numerusform>
            <numerusform>تخدم الخطة %Ln عبءَ عمل بمتوسط طلب قدره %1 مقابل %2 شهريًا: %3 لساعات GPU، و%4 لواجهات API المدفوعة لكل رمز، و%5 لحركة البيانات الصادرة. ينتهي %6 من جميع الطلبات ضمن ميزانية زمن الاستجابة لعبء العمل الخاص بها.</numerusform>
            <numerusform>تخدم الخطة %Ln عبء عمل بمتوسط طلب قدره %1 مقابل %2 شهريًا: %3 لساعات GPU، و%4 لواجهات API المدفوعة لكل رمز، و%5 لحركة البيانات الصادرة. ينتهي %6 من جميع الطلبات ضمن ميزانية زمن الاستجابة لعبء العمل الخاص بها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="90"/>
        <source>Every workload meets its SLO (at least %1 of its requests within budget).</source>
        <translation>يحقق كل عبء عمل SLO الخاص به (%1 على الأقل من طلباته ضمن الميزانية).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="93"/>
        <source>%n workload(s) miss their SLO (fewer than %1 of requests within budget): %2.</source>
        <translation>
            <numerusform>%n عبء عمل لا يحقق SLO الخاص به (أقل من %1 من الطلبات ضمن الميزانية): %2.</numerusform>
            <numerusform>عبء عمل واحد لا يحقق SLO الخاص به (أقل من %1 من الطلبات ضمن الميزانية): %2.</numerusform>
            <numerusform>عبئا عمل لا يحققان SLO الخاص بهما (أقل من %1 من الطلبات ضمن الميزانية): %2.</numerusform>
            <numerusform>%n أعباء عمل لا تحقق SLO الخاص بها (أقل من %1 من الطلبات ضمن الميزانية): %2.</numerusform>
            <numerusform>%n عبء عمل لا تحقق SLO الخاص بها (أقل من %1 من الطلبات ضمن الميزانية): %2.</numerusform>
            <numerusform>%n عبء عمل لا تحقق SLO الخاص بها (أقل من %1 من الطلبات ضمن الميزانية): %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="108"/>
        <source>saving %1</source>
        <extracomment>What the plan saves per month against the baseline</extracomment>
        <translation>توفير %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="111"/>
        <source>extra %1</source>
        <extracomment>What the plan costs per month more than the baseline</extracomment>
        <translation>زيادة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdata.cpp" line="113"/>
        <source>Against %1: %Ln workload(s) move. Cost per month %2 → %3 (%4); SLO attainment %5 → %6; workloads meeting their SLO %7 → %8.</source>
        <extracomment>%4 is &quot;saving $1.2k&quot; or &quot;extra $1.2k&quot;</extracomment>
        <translation>
            <numerusform>مقارنةً مع %1: لا يُنقل أي عبء عمل. التكلفة الشهرية %2 ← %3 (%4)؛ نسبة تحقيق SLO %5 ← %6؛ أعباء العمل التي تحقق SLO الخاص بها %7 ← %8.</numerusform>
            <numerusform>مقارنةً مع %1: يُنقل عبء عمل واحد. التكلفة الشهرية %2 ← %3 (%4)؛ نسبة تحقيق SLO %5 ← %6؛ أعباء العمل التي تحقق SLO الخاص بها %7 ← %8.</numerusform>
            <numerusform>مقارنةً مع %1: يُنقل عبئا عمل. التكلفة الشهرية %2 ← %3 (%4)؛ نسبة تحقيق SLO %5 ← %6؛ أعباء العمل التي تحقق SLO الخاص بها %7 ← %8.</numerusform>
            <numerusform>مقارنةً مع %1: تُنقل %Ln أعباء عمل. التكلفة الشهرية %2 ← %3 (%4)؛ نسبة تحقيق SLO %5 ← %6؛ أعباء العمل التي تحقق SLO الخاص بها %7 ← %8.</numerusform>
            <numerusform>مقارنةً مع %1: يُنقل %Ln عبءَ عمل. التكلفة الشهرية %2 ← %3 (%4)؛ نسبة تحقيق SLO %5 ← %6؛ أعباء العمل التي تحقق SLO الخاص بها %7 ← %8.</numerusform>
            <numerusform>مقارنةً مع %1: يُنقل %Ln عبء عمل. التكلفة الشهرية %2 ← %3 (%4)؛ نسبة تحقيق SLO %5 ← %6؛ أعباء العمل التي تحقق SLO الخاص بها %7 ← %8.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="124"/>
        <source>The scenario carries its own RTT parameters: %1</source>
        <translation>يحمل السيناريو معاملات RTT خاصة به: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="127"/>
        <source>Fitted on %1 %2 (fitted %3). Absolute relative error, held out by 5-fold cross-validation: median %4, P90 %5 (in-sample %6 and %7; one global inflation factor instead: %8 and %9). A modeled 100 ms round trip is typically within ±%10 ms of a measurement, and within ±%11 ms for nine pairs in ten.</source>
        <translation>مُلاءَم على %1 %2 (تاريخ الملاءمة %3). الخطأ النسبي المطلق على بيانات محجوزة بالتحقق المتقاطع الخماسي: الوسيط %4، وP90 %5 (داخل العينة %6 و%7؛ وبعامل تضخم عالمي واحد بدلًا من ذلك: %8 و%9). عادةً ما يكون زمن الذهاب والإياب المنمذج البالغ 100 ms ضمن ±%10 ms من القياس، وضمن ±%11 ms لتسعة أزواج من كل عشرة.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="139"/>
        <source>Paths under %1, where edge sites serve their users, are harder: with whole cities held out of the fit, median %2 and P90 %3.</source>
        <translation>المسارات الأقصر من %1، حيث تخدم مواقع الحافة مستخدميها، أصعب: مع استبعاد مدن كاملة من الملاءمة، الوسيط %2 وP90 قدره %3.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="172"/>
        <source>Inference placement plan: %1</source>
        <translation>خطة توزيع الاستدلال: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="204"/>
        <source>Natural Earth 1:110m and 1:50m land and country borders, the map&apos;s basemap (via the npm package world-atlas 2.0.2)</source>
        <translation>اليابسة وحدود البلدان من Natural Earth بمقياسَي 1:110m و1:50m، وهي الخريطة الأساسية (عبر حزمة npm world-atlas 2.0.2)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="207"/>
        <source>public domain</source>
        <extracomment>The licence of the Natural Earth data</extracomment>
        <translation>ملكية عامة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdata.cpp" line="216"/>
        <source>The scenario&apos;s own RTT parameters carry no note on how they were fitted or how accurate they are.</source>
        <translation>لا تتضمن معاملات RTT الخاصة بالسيناريو أي ملاحظة عن كيفية ملاءمتها أو مدى دقتها.</translation>
    </message>
</context>
<context>
    <name>ea::ReportDialog</name>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="59"/>
        <location filename="../app/report/reportdialog.cpp" line="316"/>
        <location filename="../app/report/reportdialog.cpp" line="326"/>
        <source>Export Report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="62"/>
        <source>PDF document (A4, vector)</source>
        <translation>مستند PDF (A4، متجهي)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="63"/>
        <source>HTML page (one self-contained file)</source>
        <translation>صفحة HTML (ملف واحد مستقل)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="64"/>
        <source>CSV table (every number)</source>
        <translation>جدول CSV (كل الأرقام)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="65"/>
        <source>JSON (every number)</source>
        <translation>JSON (كل الأرقام)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="67"/>
        <source>PDF and HTML hold the whole report; CSV and JSON carry its numbers for other tools</source>
        <translation>يحتوي PDF وHTML على التقرير كاملًا؛ ويحمل CSV وJSON أرقامه لأدوات أخرى</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="68"/>
        <source>&amp;Format:</source>
        <translation>التنسيق (&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="70"/>
        <source>Inference placement plan: %1</source>
        <translation>خطة توزيع الاستدلال: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="71"/>
        <source>The report&apos;s title, on its title page and every page&apos;s header</source>
        <translation>عنوان التقرير، في صفحة العنوان وفي ترويسة كل صفحة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="72"/>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="74"/>
        <source>Who prepared the report (shown on the title page)</source>
        <translation>من أعدّ التقرير (يظهر في صفحة العنوان)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="75"/>
        <source>&amp;Author:</source>
        <translation>المؤلف (&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="77"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="79"/>
        <source>The placement saved in %1</source>
        <translation>التوزيع المحفوظ في %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="81"/>
        <source>The optimizer&apos;s suggestion</source>
        <translation>اقتراح المحسِّن</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="82"/>
        <source>Placement file…</source>
        <translation>ملف توزيع…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="83"/>
        <source>The placement the executive summary compares this plan with</source>
        <translation>التوزيع الذي يقارن به الملخص التنفيذي هذه الخطة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="84"/>
        <source>Compare &amp;with:</source>
        <translation>المقارنة مع (&amp;W):</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="105"/>
        <source>The report&apos;s pages as they will be printed</source>
        <translation>صفحات التقرير كما ستُطبع</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="108"/>
        <source>&amp;Export…</source>
        <translation>تصدير (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="109"/>
        <source>Choose a file and write the report to it</source>
        <translation>اختيار ملف وكتابة التقرير فيه</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="168"/>
        <source>Baseline Placement</source>
        <translation>التوزيع المرجعي</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="169"/>
        <source>Placement files (*.json);;All files (*)</source>
        <translation>ملفات التوزيع (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="192"/>
        <source>Evaluating the plan…</source>
        <translation>جارٍ تقييم الخطة…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="202"/>
        <source>not saved to a file (%1)</source>
        <translation>غير محفوظ في ملف (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="206"/>
        <source>Preparing the report</source>
        <translation>جارٍ إعداد التقرير</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="225"/>
        <source>the placement saved in %1</source>
        <translation>التوزيع المحفوظ في %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="233"/>
        <source>%1: %2</source>
        <extracomment>A placement file&apos;s name, then why it could not be read</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="234"/>
        <source>placement file %1</source>
        <translation>ملف التوزيع %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="236"/>
        <source>searching for the optimizer&apos;s suggestion</source>
        <translation>جارٍ البحث عن اقتراح المحسِّن</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="243"/>
        <source>the optimizer has no placement to suggest: %1</source>
        <translation>ليس لدى المحسِّن توزيع يقترحه: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="244"/>
        <source>the optimizer&apos;s suggestion</source>
        <translation>اقتراح المحسِّن</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="211"/>
        <location filename="../app/report/reportdialog.cpp" line="257"/>
        <source>Cannot make the report: %1</source>
        <translation>تعذّر إنشاء التقرير: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="248"/>
        <source>gathering the numbers</source>
        <translation>جارٍ جمع الأرقام</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdialog.cpp" line="276"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="280"/>
        <source>Drawing page %1 of %2…</source>
        <translation>جارٍ رسم الصفحة %1 من %2…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="287"/>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="296"/>
        <source>the report is not ready yet</source>
        <translation>التقرير غير جاهز بعد</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="317"/>
        <source>%1 files (*.%2)</source>
        <translation>ملفات %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="322"/>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="325"/>
        <source>Not written</source>
        <translation>لم يُكتب</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="327"/>
        <source>The report could not be written:
%1</source>
        <translation>تعذّرت كتابة التقرير:
%1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdialog.cpp" line="330"/>
        <source>Written to %1</source>
        <translation>كُتب في %1</translation>
    </message>
</context>
<context>
    <name>ea::ReportDocument</name>
    <message>
        <location filename="../app/report/reportdata.cpp" line="150"/>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The language code (BCP 47) of this translation, written into the HTML report&apos;s lang attribute: &quot;fr&quot; for French, &quot;ar&quot; for Arabic</extracomment>
        <translation>ar</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="30"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="31"/>
        <source>Scenario file</source>
        <translation>ملف السيناريو</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="32"/>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="33"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="34"/>
        <source>Compared with</source>
        <translation>مقارنة مع</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="35"/>
        <source>no baseline placement</source>
        <translation>لا يوجد توزيع مرجعي</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="41"/>
        <source>Scope</source>
        <extracomment>The scenario&apos;s scope on the title page: %1 is &quot;N workloads&quot;, %2 &quot;N sites in N tiers&quot;, %3 &quot;N demand regions&quot;</extracomment>
        <translation>النطاق</translation>
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
            <numerusform>%Ln عبء عمل</numerusform>
            <numerusform>عبء عمل واحد</numerusform>
            <numerusform>عبئا عمل</numerusform>
            <numerusform>%Ln أعباء عمل</numerusform>
            <numerusform>%Ln عبء عمل</numerusform>
            <numerusform>%Ln عبء عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="45"/>
        <source>%Ln site(s) in %1</source>
        <extracomment>%1 is &quot;N tiers&quot;</extracomment>
        <translation>
            <numerusform>%Ln موقع في %1</numerusform>
            <numerusform>موقع واحد في %1</numerusform>
            <numerusform>موقعان في %1</numerusform>
            <numerusform>%Ln مواقع في %1</numerusform>
            <numerusform>%Ln موقعًا في %1</numerusform>
            <numerusform>%Ln موقع في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="46"/>
        <source>%Ln tier(s)</source>
        <translation>
            <numerusform>%Ln طبقة</numerusform>
            <numerusform>طبقة واحدة</numerusform>
            <numerusform>طبقتين</numerusform>
            <numerusform>%Ln طبقات</numerusform>
            <numerusform>%Ln طبقة</numerusform>
            <numerusform>%Ln طبقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="47"/>
        <source>%Ln demand region(s)</source>
        <translation>
            <numerusform>%Ln منطقة طلب</numerusform>
            <numerusform>منطقة طلب واحدة</numerusform>
            <numerusform>منطقتا طلب</numerusform>
            <numerusform>%Ln مناطق طلب</numerusform>
            <numerusform>%Ln منطقة طلب</numerusform>
            <numerusform>%Ln منطقة طلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="57"/>
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="63"/>
        <source>cost per month</source>
        <translation>التكلفة شهريًا</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="64"/>
        <source>SLO attainment (requests)</source>
        <translation>نسبة تحقيق SLO (الطلبات)</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="67"/>
        <source>%1 of %2</source>
        <extracomment>Tile value: %1 workloads meeting their SLO of %2 workloads</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="69"/>
        <source>workloads meeting their SLO</source>
        <translation>أعباء عمل تحقق SLO الخاص بها</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="71"/>
        <source>GPUs at %Ln site(s)</source>
        <translation>
            <numerusform>وحدات GPU في %Ln موقع</numerusform>
            <numerusform>وحدات GPU في موقع واحد</numerusform>
            <numerusform>وحدات GPU في موقعين</numerusform>
            <numerusform>وحدات GPU في %Ln مواقع</numerusform>
            <numerusform>وحدات GPU في %Ln موقعًا</numerusform>
            <numerusform>وحدات GPU في %Ln موقع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="76"/>
        <source>Cost by tier</source>
        <translation>التكلفة حسب الطبقة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="87"/>
        <location filename="../app/report/reportsections.cpp" line="31"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="90"/>
        <location filename="../app/report/reportdocument.cpp" line="114"/>
        <location filename="../app/report/reportdocument.cpp" line="240"/>
        <location filename="../app/report/reportsections.cpp" line="85"/>
        <location filename="../app/report/reportsections.cpp" line="154"/>
        <source>Tier</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="91"/>
        <location filename="../app/report/reportdocument.cpp" line="223"/>
        <location filename="../app/report/reportsections.cpp" line="93"/>
        <source>Workloads</source>
        <translation>أعباء العمل</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="92"/>
        <location filename="../app/report/reportdocument.cpp" line="249"/>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="93"/>
        <location filename="../app/report/reportdocument.cpp" line="250"/>
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="94"/>
        <location filename="../app/report/reportsections.cpp" line="149"/>
        <source>GPU hours</source>
        <translation>ساعات GPU</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="95"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="96"/>
        <source>Egress</source>
        <translation>حركة البيانات الصادرة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="97"/>
        <source>Per month</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="98"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="109"/>
        <source>too slow in this tier; see its latency decomposition</source>
        <translation>بطيء جدًا في هذه الطبقة؛ انظر تفصيل زمن الاستجابة الخاص به</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="112"/>
        <source>Workloads missing their SLO</source>
        <translation>أعباء العمل التي لا تحقق SLO الخاص بها</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="113"/>
        <location filename="../app/report/reportdocument.cpp" line="143"/>
        <location filename="../app/report/reportdocument.cpp" line="239"/>
        <location filename="../app/report/reportsections.cpp" line="29"/>
        <location filename="../app/report/reportwhatif.cpp" line="55"/>
        <source>Workload</source>
        <translation>عبء العمل</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="115"/>
        <location filename="../app/report/reportdocument.cpp" line="248"/>
        <source>Within budget</source>
        <translation>ضمن الميزانية</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="116"/>
        <source>Latency (SLO pct.)</source>
        <translation>زمن الاستجابة (مئين SLO)</translation>
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
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="125"/>
        <source>Changes against the baseline</source>
        <translation>التغييرات مقارنة بالتوزيع المرجعي</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="128"/>
        <source>No baseline placement was given, so this report states the plan as it is. Export it again with a baseline (a placement file, or the scenario&apos;s saved placement) to see what moving workloads between tiers changes.</source>
        <translation>لم يُحدَّد توزيع مرجعي، لذا يعرض هذا التقرير الخطة كما هي. صدِّره مجددًا مع توزيع مرجعي (ملف توزيع، أو التوزيع المحفوظ في السيناريو) لمعرفة ما يغيّره نقل أعباء العمل بين الطبقات.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="144"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="145"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="146"/>
        <source>Cost before</source>
        <translation>التكلفة قبل</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="147"/>
        <source>Cost after</source>
        <translation>التكلفة بعد</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="148"/>
        <source>Attain. before</source>
        <translation>التحقيق قبل</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="149"/>
        <source>Attain. after</source>
        <translation>التحقيق بعد</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="156"/>
        <source>Deployment map</source>
        <translation>خريطة النشر</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportdocument.cpp" line="159"/>
        <source>Every inference site of the scenario by tier, and the demand regions sized by their weight. %1 of the %Ln site(s) carry load in this plan.</source>
        <translation>
            <numerusform>كل مواقع الاستدلال في السيناريو حسب الطبقة، ومناطق الطلب بأحجام تتناسب مع أوزانها. يحمل %1 من أصل %Ln موقع حملًا في هذه الخطة.</numerusform>
            <numerusform>كل مواقع الاستدلال في السيناريو حسب الطبقة، ومناطق الطلب بأحجام تتناسب مع أوزانها. يحمل %1 من أصل موقع واحد حملًا في هذه الخطة.</numerusform>
            <numerusform>كل مواقع الاستدلال في السيناريو حسب الطبقة، ومناطق الطلب بأحجام تتناسب مع أوزانها. يحمل %1 من أصل موقعين حملًا في هذه الخطة.</numerusform>
            <numerusform>كل مواقع الاستدلال في السيناريو حسب الطبقة، ومناطق الطلب بأحجام تتناسب مع أوزانها. يحمل %1 من أصل %Ln مواقع حملًا في هذه الخطة.</numerusform>
            <numerusform>كل مواقع الاستدلال في السيناريو حسب الطبقة، ومناطق الطلب بأحجام تتناسب مع أوزانها. يحمل %1 من أصل %Ln موقعًا حملًا في هذه الخطة.</numerusform>
            <numerusform>كل مواقع الاستدلال في السيناريو حسب الطبقة، ومناطق الطلب بأحجام تتناسب مع أوزانها. يحمل %1 من أصل %Ln موقع حملًا في هذه الخطة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="164"/>
        <source>World map of the plan&apos;s sites and demand</source>
        <translation>خريطة العالم لمواقع الخطة والطلب</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="170"/>
        <source>Routes of %1, the interactive workload with the most requests (%2, %3): each demand region to the site serving it, coloured by its latency at the SLO percentile against the budget.</source>
        <translation>مسارات %1، عبء العمل التفاعلي صاحب أكبر عدد من الطلبات (%2، %3): كل منطقة طلب إلى الموقع الذي يخدمها، ملوّنة حسب زمن استجابتها عند مئين SLO مقارنة بالميزانية.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="174"/>
        <source>Routes of %1</source>
        <translation>مسارات %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="191"/>
        <source>Cost against latency</source>
        <translation>التكلفة مقابل زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="194"/>
        <source>Each workload&apos;s cost per month against its latency at the SLO percentile over the budget (1 = at the budget, left of it is within). Faint points: the same workload in another tier it may use.</source>
        <translation>التكلفة الشهرية لكل عبء عمل مقابل زمن استجابته عند مئين SLO مقسومًا على الميزانية (1 = عند الميزانية، وما على يساره ضمنها). النقاط الباهتة: عبء العمل نفسه في طبقة أخرى يمكنه استخدامها.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="199"/>
        <source>Cost per month of each tier, split into GPU hours, per-token API charges and egress.</source>
        <translation>التكلفة الشهرية لكل طبقة، مقسّمة إلى ساعات GPU ورسوم API لكل رمز وحركة البيانات الصادرة.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="207"/>
        <source>Latency against the budgets</source>
        <translation>زمن الاستجابة مقابل الميزانيات</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="210"/>
        <source>Each workload&apos;s p50, p95 and p99 latency over its budget; the dashed line is every budget. A ring marks a workload that misses its SLO.</source>
        <translation>زمن الاستجابة p50 وp95 وp99 لكل عبء عمل مقسومًا على ميزانيته؛ الخط المتقطع يمثّل كل ميزانية. تشير الحلقة إلى عبء عمل لا يحقق SLO الخاص به.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="215"/>
        <source>The demand regions of %1 with the highest latency at the SLO percentile against the budget.</source>
        <translation>مناطق الطلب في %1 ذات أعلى زمن استجابة عند مئين SLO مقارنة بالميزانية.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="236"/>
        <source>Plan total</source>
        <translation>إجمالي الخطة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="241"/>
        <source>SLO (budget)</source>
        <translation>SLO (الميزانية)</translation>
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
        <translation>التكلفة شهريًا</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="252"/>
        <source>Cost per M tokens</source>
        <translation>التكلفة لكل مليون رمز</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="258"/>
        <source>Latencies are at the user, demand-weighted over the regions: time to first token (TTFT) or to the whole answer (E2E) as each SLO states. Attainment is the share of requests within budget (green: at least %1, the SLO is met). GPUs are those the workload adds at its sites; cost per month includes GPU hours, per-token API charges and egress; $ / M tok is that cost per million tokens processed (input and output).</source>
        <translation>أزمنة الاستجابة مقيسة عند المستخدم ومرجّحة حسب الطلب عبر المناطق: زمن أول رمز (TTFT) أو زمن الإجابة الكاملة (E2E) وفق ما ينص عليه كل SLO. نسبة التحقيق هي حصة الطلبات ضمن الميزانية (الأخضر: %1 على الأقل، أي أن SLO محقق). وحدات GPU هي تلك التي يضيفها عبء العمل في مواقعه؛ وتشمل التكلفة الشهرية ساعات GPU ورسوم API لكل رمز وحركة البيانات الصادرة؛ و$ / مليون رمز هي تلك التكلفة لكل مليون رمز معالَج (الإدخال والإخراج).</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="270"/>
        <source>• %1: %2</source>
        <extracomment>A note under the workload table: a workload&apos;s name, then the problem found with it</extracomment>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="272"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="335"/>
        <source>EDGEATLAS PLANNING REPORT</source>
        <translation>تقرير تخطيط EdgeAtlas</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="337"/>
        <source>Where each AI inference workload should run, what it costs and whether it meets its latency budget</source>
        <translation>أين يجب أن يعمل كل عبء عمل استدلال بالذكاء الاصطناعي، وكم يكلّف، وهل يلتزم بميزانية زمن الاستجابة الخاصة به</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="340"/>
        <source>Generated by EdgeAtlas %1 on %2. Figures are model estimates; see Assumptions.</source>
        <translation>أُنشئ بواسطة EdgeAtlas %1 في %2. الأرقام تقديرات من النموذج؛ انظر الافتراضات.</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="356"/>
        <source>Edge</source>
        <extracomment>Short name of the edge tier, for a narrow table column</extracomment>
        <translation>الحافة</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="359"/>
        <source>Regional</source>
        <extracomment>Short name of the regional cloud tier, for a narrow table column</extracomment>
        <translation>إقليمي</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="362"/>
        <source>Central</source>
        <extracomment>Short name of the central cloud tier, for a narrow table column</extracomment>
        <translation>مركزي</translation>
    </message>
    <message>
        <location filename="../app/report/reportdocument.cpp" line="365"/>
        <source>On-prem</source>
        <extracomment>Short name of the on-premises tier, for a narrow table column</extracomment>
        <translation>محلي</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="16"/>
        <source>Latency budget decomposition</source>
        <translation>تفصيل ميزانية زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="19"/>
        <source>Where the time of each workload&apos;s requests goes at its SLO percentile (demand-weighted means over its regions), against its budget, the dashed line.</source>
        <translation>توزّع زمن طلبات كل عبء عمل عند مئين SLO الخاص به (متوسطات مرجّحة بالطلب على مناطقه)، مقارنةً بميزانيته، وهي الخط المتقطع.</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="26"/>
        <source>Propagation</source>
        <translation>الانتشار</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="26"/>
        <source>Route inflation</source>
        <translation>تضخم المسار</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="27"/>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="27"/>
        <source>Queueing</source>
        <translation>الاصطفاف</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="28"/>
        <source>Prefill</source>
        <translation>التعبئة المسبقة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="28"/>
        <source>Decode</source>
        <translation>فك الترميز</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="30"/>
        <source>Where the time goes (dashed: the budget)</source>
        <translation>توزيع الوقت (الخط المتقطع: الميزانية)</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="31"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="37"/>
        <source>%1 · %2 · at the percentile %3</source>
        <translation>%1 · %2 · عند المئين %3</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="48"/>
        <source>%1  =  %2 (budget %3, %4 of it)</source>
        <extracomment>%1 lists the parts of the latency (&quot;Propagation 12 ms · Access 5 ms · …&quot;), %2 is their sum</extracomment>
        <translation>%1  =  %2 (الميزانية %3، أي %4 منها)</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="62"/>
        <source>Capacity of the busiest sites</source>
        <translation>سعة المواقع الأكثر انشغالًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="66"/>
        <source>The %Ln site(s) with the most GPUs in this plan (of %1 sites that carry load), with their load at the diurnal peak. Utilization is the GPU-weighted mean over the workloads a site serves; sites are sized so that it stays at or below the tier&apos;s target.</source>
        <extracomment>%1 (the number of sites that carry load) is at least %n</extracomment>
        <translation>
            <numerusform>المواقع الـ%Ln الأكثر وحدات GPU في هذه الخطة (من أصل %1 من المواقع التي تحمل حملًا)، مع حملها في ذروة اليوم. الاستخدام هو المتوسط المرجّح بعدد وحدات GPU على أعباء العمل التي يخدمها الموقع؛ ويُحدَّد حجم المواقع بحيث لا يتجاوز الاستخدامُ الهدفَ المحدد للطبقة.</numerusform>
            <numerusform>الموقع الأكثر وحدات GPU في هذه الخطة (من أصل %1 من المواقع التي تحمل حملًا)، مع حمله في ذروة اليوم. الاستخدام هو المتوسط المرجّح بعدد وحدات GPU على أعباء العمل التي يخدمها الموقع؛ ويُحدَّد حجم المواقع بحيث لا يتجاوز الاستخدامُ الهدفَ المحدد للطبقة.</numerusform>
            <numerusform>الموقعان الأكثر وحدات GPU في هذه الخطة (من أصل %1 من المواقع التي تحمل حملًا)، مع حملهما في ذروة اليوم. الاستخدام هو المتوسط المرجّح بعدد وحدات GPU على أعباء العمل التي يخدمها الموقع؛ ويُحدَّد حجم المواقع بحيث لا يتجاوز الاستخدامُ الهدفَ المحدد للطبقة.</numerusform>
            <numerusform>المواقع الـ%Ln الأكثر وحدات GPU في هذه الخطة (من أصل %1 من المواقع التي تحمل حملًا)، مع حملها في ذروة اليوم. الاستخدام هو المتوسط المرجّح بعدد وحدات GPU على أعباء العمل التي يخدمها الموقع؛ ويُحدَّد حجم المواقع بحيث لا يتجاوز الاستخدامُ الهدفَ المحدد للطبقة.</numerusform>
            <numerusform>المواقع الـ%Ln الأكثر وحدات GPU في هذه الخطة (من أصل %1 من المواقع التي تحمل حملًا)، مع حملها في ذروة اليوم. الاستخدام هو المتوسط المرجّح بعدد وحدات GPU على أعباء العمل التي يخدمها الموقع؛ ويُحدَّد حجم المواقع بحيث لا يتجاوز الاستخدامُ الهدفَ المحدد للطبقة.</numerusform>
            <numerusform>المواقع الـ%Ln الأكثر وحدات GPU في هذه الخطة (من أصل %1 من المواقع التي تحمل حملًا)، مع حملها في ذروة اليوم. الاستخدام هو المتوسط المرجّح بعدد وحدات GPU على أعباء العمل التي يخدمها الموقع؛ ويُحدَّد حجم المواقع بحيث لا يتجاوز الاستخدامُ الهدفَ المحدد للطبقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="84"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="86"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="87"/>
        <source>GPU type</source>
        <translation>نوع GPU</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="88"/>
        <source>GPUs used</source>
        <translation>وحدات GPU المستخدمة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="89"/>
        <source>GPUs usable</source>
        <translation>وحدات GPU المتاحة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="90"/>
        <source>Peak load</source>
        <translation>حمل الذروة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="91"/>
        <source>Utilization</source>
        <translation>نسبة الاستخدام</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="92"/>
        <source>GPU cost per month</source>
        <translation>تكلفة GPU شهريًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="97"/>
        <source>These sites use %1 of the %Ln GPU(s) the plan may use there (%2); a site near 100 % has no room for growth or failover.</source>
        <translation>
            <numerusform>تستخدم هذه المواقع %1 من أصل %Ln وحدة GPU يمكن للخطة استخدامها فيها (%2)؛ الموقع القريب من 100 % لا يملك هامشًا للنمو أو للتحويل عند الأعطال.</numerusform>
            <numerusform>تستخدم هذه المواقع %1 من أصل وحدة GPU واحدة يمكن للخطة استخدامها فيها (%2)؛ الموقع القريب من 100 % لا يملك هامشًا للنمو أو للتحويل عند الأعطال.</numerusform>
            <numerusform>تستخدم هذه المواقع %1 من أصل وحدتَي GPU يمكن للخطة استخدامهما فيها (%2)؛ الموقع القريب من 100 % لا يملك هامشًا للنمو أو للتحويل عند الأعطال.</numerusform>
            <numerusform>تستخدم هذه المواقع %1 من أصل %Ln وحدات GPU يمكن للخطة استخدامها فيها (%2)؛ الموقع القريب من 100 % لا يملك هامشًا للنمو أو للتحويل عند الأعطال.</numerusform>
            <numerusform>تستخدم هذه المواقع %1 من أصل %Ln وحدة GPU يمكن للخطة استخدامها فيها (%2)؛ الموقع القريب من 100 % لا يملك هامشًا للنمو أو للتحويل عند الأعطال.</numerusform>
            <numerusform>تستخدم هذه المواقع %1 من أصل %Ln وحدة GPU يمكن للخطة استخدامها فيها (%2)؛ الموقع القريب من 100 % لا يملك هامشًا للنمو أو للتحويل عند الأعطال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="108"/>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="111"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="125"/>
        <source>Accuracy of the RTT model</source>
        <translation>دقة نموذج RTT</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="127"/>
        <source>Compute, capacity and cost</source>
        <translation>الحوسبة والسعة والتكلفة</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportsections.cpp" line="113"/>
        <source>Round trip from a user to a site = the user&apos;s last-mile access + 2 × great-circle distance × route inflation / %1 km/ms (light in fibre). Inflation depends on the pair of world zones, on crossing an ocean and on routing via interconnection hubs. The last mile depends on the workload&apos;s access profile: fixed broadband per country from M-Lab NDT medians, mobile adds the radio network, an enterprise LAN or private 5G pays neither. A new connection adds %Ln handshake round trip(s); %2 of requests open one. Jitter: p95 = %3 × median, p99 = %4 × median.</source>
        <translation>
            <numerusform>زمن الذهاب والإياب من مستخدم إلى موقع = وصول الميل الأخير للمستخدم + 2 × مسافة الدائرة العظمى × تضخم المسار / %1 كم/مللي ثانية (الضوء في الألياف). يعتمد التضخم على زوج مناطق العالم وعلى عبور محيط وعلى التوجيه عبر مراكز الربط البيني. يعتمد الميل الأخير على ملف وصول عبء العمل: النطاق العريض الثابت لكل بلد من وسيطات M-Lab NDT، والجوال يضيف الشبكة الراديوية، أما شبكة المؤسسة المحلية أو الجيل الخامس الخاص فلا تدفع أيًا منهما. يضيف الاتصال الجديد %Ln رحلة مصافحة ذهابًا وإيابًا؛ وتفتح %2 من الطلبات اتصالًا جديدًا. الارتعاش: p95 = %3 × الوسيط، p99 = %4 × الوسيط.</numerusform>
            <numerusform>زمن الذهاب والإياب من مستخدم إلى موقع = وصول الميل الأخير للمستخدم + 2 × مسافة الدائرة العظمى × تضخم المسار / %1 كم/مللي ثانية (الضوء في الألياف). يعتمد التضخم على زوج مناطق العالم وعلى عبور محيط وعلى التوجيه عبر مراكز الربط البيني. يعتمد الميل الأخير على ملف وصول عبء العمل: النطاق العريض الثابت لكل بلد من وسيطات M-Lab NDT، والجوال يضيف الشبكة الراديوية، أما شبكة المؤسسة المحلية أو الجيل الخامس الخاص فلا تدفع أيًا منهما. يضيف الاتصال الجديد %Ln رحلة مصافحة ذهابًا وإيابًا؛ وتفتح %2 من الطلبات اتصالًا جديدًا. الارتعاش: p95 = %3 × الوسيط، p99 = %4 × الوسيط.</numerusform>
            <numerusform>زمن الذهاب والإياب من مستخدم إلى موقع = وصول الميل الأخير للمستخدم + 2 × مسافة الدائرة العظمى × تضخم المسار / %1 كم/مللي ثانية (الضوء في الألياف). يعتمد التضخم على زوج مناطق العالم وعلى عبور محيط وعلى التوجيه عبر مراكز الربط البيني. يعتمد الميل الأخير على ملف وصول عبء العمل: النطاق العريض الثابت لكل بلد من وسيطات M-Lab NDT، والجوال يضيف الشبكة الراديوية، أما شبكة المؤسسة المحلية أو الجيل الخامس الخاص فلا تدفع أيًا منهما. يضيف الاتصال الجديد %Ln رحلة مصافحة ذهابًا وإيابًا؛ وتفتح %2 من الطلبات اتصالًا جديدًا. الارتعاش: p95 = %3 × الوسيط، p99 = %4 × الوسيط.</numerusform>
            <numerusform>زمن الذهاب والإياب من مستخدم إلى موقع = وصول الميل الأخير للمستخدم + 2 × مسافة الدائرة العظمى × تضخم المسار / %1 كم/مللي ثانية (الضوء في الألياف). يعتمد التضخم على زوج مناطق العالم وعلى عبور محيط وعلى التوجيه عبر مراكز الربط البيني. يعتمد الميل الأخير على ملف وصول عبء العمل: النطاق العريض الثابت لكل بلد من وسيطات M-Lab NDT، والجوال يضيف الشبكة الراديوية، أما شبكة المؤسسة المحلية أو الجيل الخامس الخاص فلا تدفع أيًا منهما. يضيف الاتصال الجديد %Ln رحلة مصافحة ذهابًا وإيابًا؛ وتفتح %2 من الطلبات اتصالًا جديدًا. الارتعاش: p95 = %3 × الوسيط، p99 = %4 × الوسيط.</numerusform>
            <numerusform>زمن الذهاب والإياب من مستخدم إلى موقع = وصول الميل الأخير للمستخدم + 2 × مسافة الدائرة العظمى × تضخم المسار / %1 كم/مللي ثانية (الضوء في الألياف). يعتمد التضخم على زوج مناطق العالم وعلى عبور محيط وعلى التوجيه عبر مراكز الربط البيني. يعتمد الميل الأخير على ملف وصول عبء العمل: النطاق العريض الثابت لكل بلد من وسيطات M-Lab NDT، والجوال يضيف الشبكة الراديوية، أما شبكة المؤسسة المحلية أو الجيل الخامس الخاص فلا تدفع أيًا منهما. يضيف الاتصال الجديد %Ln رحلة مصافحة ذهابًا وإيابًا؛ وتفتح %2 من الطلبات اتصالًا جديدًا. الارتعاش: p95 = %3 × الوسيط، p99 = %4 × الوسيط.</numerusform>
            <numerusform>زمن الذهاب والإياب من مستخدم إلى موقع = وصول الميل الأخير للمستخدم + 2 × مسافة الدائرة العظمى × تضخم المسار / %1 كم/مللي ثانية (الضوء في الألياف). يعتمد التضخم على زوج مناطق العالم وعلى عبور محيط وعلى التوجيه عبر مراكز الربط البيني. يعتمد الميل الأخير على ملف وصول عبء العمل: النطاق العريض الثابت لكل بلد من وسيطات M-Lab NDT، والجوال يضيف الشبكة الراديوية، أما شبكة المؤسسة المحلية أو الجيل الخامس الخاص فلا تدفع أيًا منهما. يضيف الاتصال الجديد %Ln رحلة مصافحة ذهابًا وإيابًا؛ وتفتح %2 من الطلبات اتصالًا جديدًا. الارتعاش: p95 = %3 × الوسيط، p99 = %4 × الوسيط.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="129"/>
        <source>Prefill and decode times come from a model of a serving engine on each GPU type (the roofline with the tier&apos;s efficiencies below, plus the engine&apos;s per-step overhead, paged KV cache, chunked prefill and tensor-parallel communication), fitted on published serving results: median error %3 for saturation throughput and %4 for time per output token at concurrency 1, each model family predicted by a fit without it; a measured compute profile replaces it. Each site is sized at its own diurnal peak with M/M/k queueing at the tier&apos;s target utilization, so small edge sites carry more headroom. A workload meets its SLO when at least %1 of its requests are within budget. GPU cost = GPUs × hourly price × %2 hours per month.</source>
        <translation>تأتي أزمنة الملء المسبق وفك الترميز من نموذج لمحرك خدمة على كل نوع GPU (حد السقف مع كفاءات المستوى أدناه، إضافة إلى الكلفة الثابتة لكل خطوة في المحرك، وذاكرة KV المقسمة إلى صفحات، والملء المسبق المجزأ، والاتصال في التوازي الموتري)، مواءم على نتائج خدمة منشورة: الخطأ الوسيط %3 للإنتاجية عند التشبع و%4 للزمن لكل رمز خرج عند تزامن 1، كل عائلة نماذج متنبأ بها بمواءمة تستبعدها؛ ويحل محله ملف حوسبة مقيس. يُحجَّم كل موقع عند ذروته اليومية الخاصة مع طوابير M/M/k عند الاستخدام المستهدف للمستوى، فتحمل مواقع الحافة الصغيرة هامشًا أكبر. يستوفي عبء العمل اتفاقية مستوى الخدمة حين تكون %1 على الأقل من طلباته ضمن الميزانية. كلفة GPU = عدد وحدات GPU × السعر بالساعة × %2 ساعة شهريًا.</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="148"/>
        <source>per token (API)</source>
        <translation>لكل رمز (API)</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="155"/>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="156"/>
        <source>Target utilization</source>
        <translation>نسبة الاستخدام المستهدفة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="157"/>
        <source>Min GPUs / site</source>
        <translation>أدنى عدد GPU / موقع</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="158"/>
        <source>Egress / GB</source>
        <translation>حركة البيانات الصادرة / GB</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="159"/>
        <source>Compute eff.</source>
        <translation>كفاءة الحوسبة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="160"/>
        <source>Bandwidth eff.</source>
        <translation>كفاءة عرض النطاق</translation>
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
        <translation>الذاكرة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="173"/>
        <source>Bandwidth</source>
        <translation>عرض النطاق</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="174"/>
        <source>BF16 TFLOPS</source>
        <translation>BF16 TFLOPS</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="175"/>
        <source>Price / hour</source>
        <translation>السعر / ساعة</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="176"/>
        <source>Price as of</source>
        <translation>السعر بتاريخ</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="182"/>
        <source>%1 B</source>
        <extracomment>A model&apos;s parameter count in billions (B: billion)</extracomment>
        <translation>%1 مليار</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="186"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="187"/>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="188"/>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="189"/>
        <source>Hidden</source>
        <translation>البُعد المخفي</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="190"/>
        <source>Heads / KV</source>
        <translation>الرؤوس / KV</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="191"/>
        <source>Spec as of</source>
        <translation>المواصفات بتاريخ</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="198"/>
        <source>Data sources</source>
        <translation>مصادر البيانات</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="202"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="202"/>
        <source>Title and address</source>
        <translation>العنوان والرابط</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="203"/>
        <source>Licence · as of</source>
        <translation>الترخيص · بتاريخ</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="207"/>
        <source>licence not stated</source>
        <translation>الترخيص غير مذكور</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="208"/>
        <source>date not stated</source>
        <translation>التاريخ غير مذكور</translation>
    </message>
    <message>
        <location filename="../app/report/reportsections.cpp" line="209"/>
        <source>as of %1</source>
        <translation>بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="18"/>
        <source>A day in the life of the plan</source>
        <translation>يوم في حياة الخطة</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="20"/>
        <source>The plan could not be evaluated hour by hour.</source>
        <translation>تعذّر تقييم الخطة ساعة بساعة.</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="26"/>
        <source>The plan through one day, hour by hour (UTC): each demand region&apos;s requests follow its workloads&apos; daily profiles at the region&apos;s local time, on the GPUs the plan sizes for each site&apos;s own peak. Demand peaks at %1 UTC; at each site&apos;s own peak hour its numbers are the plan&apos;s.</source>
        <translation>الخطة على مدى يوم واحد، ساعة بساعة (UTC): تتبع طلبات كل منطقة طلب الملامح اليومية لأعباء عملها بالتوقيت المحلي للمنطقة، على وحدات GPU التي تحجّمها الخطة لذروة كل موقع. يبلغ الطلب ذروته عند %1 UTC؛ وفي ساعة ذروة كل موقع تكون أرقامه هي أرقام الخطة.</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="35"/>
        <source>Load of the sites and SLO attainment per hour and tier; the dashed line is the peak hour.</source>
        <translation>حمل المواقع وتحقيق SLO لكل ساعة وطبقة؛ الخط المتقطع هو ساعة الذروة.</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="44"/>
        <source>Hour (UTC)</source>
        <translation>الساعة (UTC)</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="45"/>
        <source>Demand</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="46"/>
        <location filename="../app/report/reportwhatif.cpp" line="59"/>
        <source>Unserved</source>
        <translation>غير مخدوم</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="47"/>
        <source>Attainment</source>
        <translation>نسبة التحقيق</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="48"/>
        <source>Cost per hour</source>
        <translation>التكلفة في الساعة</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="52"/>
        <source>%1: SLO / load</source>
        <extracomment>Column of the day table: a tier&apos;s SLO attainment and load of its sites, e.g. &quot;Edge: SLO / load&quot;</extracomment>
        <translation>%1: SLO / الحمل</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="57"/>
        <source>%1 (peak)</source>
        <translation>%1 (الذروة)</translation>
    </message>
    <message>
        <location filename="../app/report/reportday.cpp" line="78"/>
        <source>Load: what the sites carry that hour over what their GPUs carry at the tier&apos;s target utilization. Attainment: the share of that hour&apos;s requests within their budget. Cost per hour: the plan&apos;s GPUs, plus per-token and egress charges for the requests of that hour.</source>
        <translation>الحمل: ما تحمله المواقع في تلك الساعة قياسًا إلى ما تحمله وحدات GPU الخاصة بها عند الاستخدام المستهدف للطبقة. نسبة التحقيق: حصة طلبات تلك الساعة ضمن ميزانيتها. التكلفة في الساعة: وحدات GPU في الخطة، مضافًا إليها رسوم الرموز والنقل الصادر لطلبات تلك الساعة.</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="18"/>
        <source>What if: a bad day</source>
        <translation>ماذا لو: يوم سيئ</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwhatif.cpp" line="26"/>
        <source>The same placement under the scenario&apos;s %Ln active what-if condition(s): the cost per month goes from %1 to %2 and SLO attainment from %3 to %4.</source>
        <translation>
            <numerusform>التوزيع نفسه تحت شروط الافتراض المفعّلة في السيناريو (%Ln): تنتقل التكلفة الشهرية من %1 إلى %2 وتحقق هدف مستوى الخدمة من %3 إلى %4.</numerusform>
            <numerusform>التوزيع نفسه تحت شروط الافتراض المفعّلة في السيناريو (%Ln): تنتقل التكلفة الشهرية من %1 إلى %2 وتحقق هدف مستوى الخدمة من %3 إلى %4.</numerusform>
            <numerusform>التوزيع نفسه تحت شروط الافتراض المفعّلة في السيناريو (%Ln): تنتقل التكلفة الشهرية من %1 إلى %2 وتحقق هدف مستوى الخدمة من %3 إلى %4.</numerusform>
            <numerusform>التوزيع نفسه تحت شروط الافتراض المفعّلة في السيناريو (%Ln): تنتقل التكلفة الشهرية من %1 إلى %2 وتحقق هدف مستوى الخدمة من %3 إلى %4.</numerusform>
            <numerusform>التوزيع نفسه تحت شروط الافتراض المفعّلة في السيناريو (%Ln): تنتقل التكلفة الشهرية من %1 إلى %2 وتحقق هدف مستوى الخدمة من %3 إلى %4.</numerusform>
            <numerusform>التوزيع نفسه تحت شروط الافتراض المفعّلة في السيناريو (%Ln): تنتقل التكلفة الشهرية من %1 إلى %2 وتحقق هدف مستوى الخدمة من %3 إلى %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="43"/>
        <location filename="../app/report/reportwhatif.cpp" line="44"/>
        <source>met</source>
        <translation>محقق</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="43"/>
        <location filename="../app/report/reportwhatif.cpp" line="44"/>
        <source>missed</source>
        <translation>غير محقق</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="49"/>
        <source>All workloads</source>
        <translation>كل أحمال العمل</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/reportwhatif.cpp" line="52"/>
        <source>%Ln workload(s) lose their SLO</source>
        <translation>
            <numerusform>أحمال عمل تفقد هدفها: %Ln</numerusform>
            <numerusform>أحمال عمل تفقد هدفها: %Ln</numerusform>
            <numerusform>أحمال عمل تفقد هدفها: %Ln</numerusform>
            <numerusform>أحمال عمل تفقد هدفها: %Ln</numerusform>
            <numerusform>أحمال عمل تفقد هدفها: %Ln</numerusform>
            <numerusform>أحمال عمل تفقد هدفها: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="57"/>
        <source>SLO attainment</source>
        <translation>تحقق هدف مستوى الخدمة</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="60"/>
        <source>Regions lost SLO</source>
        <translation>مناطق فقدت الهدف</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="61"/>
        <source>Regions moved</source>
        <translation>مناطق نُقلت</translation>
    </message>
    <message>
        <location filename="../app/report/reportwhatif.cpp" line="65"/>
        <source>Before: the plan as placed. After: the same placement evaluated with the conditions applied (sites down take no demand; surges, price changes and latency penalties change the inputs). Regions moved are served by another site after.</source>
        <translation>قبل: الخطة كما وُزعت. بعد: التوزيع نفسه مقيَّماً مع تطبيق الشروط (المواقع المتوقفة لا تستقبل طلباً؛ والزيادات وتغيرات الأسعار وغرامات زمن الاستجابة تغيّر المدخلات). المناطق المنقولة يخدمها موقع آخر بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>ea::ReportPainter</name>
    <message>
        <location filename="../app/report/reportlayout.cpp" line="46"/>
        <source>%1 (%2 of %3)</source>
        <extracomment>Page heading of a section that spans several pages: its title, then this page&apos;s part of them</extracomment>
        <translation>%1 (%2 من %3)</translation>
    </message>
    <message>
        <location filename="../app/report/reportlayout.cpp" line="77"/>
        <source>EdgeAtlas planning report · %1</source>
        <extracomment>Page footer: %1 is the scenario&apos;s name</extracomment>
        <translation>تقرير تخطيط EdgeAtlas · %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportlayout.cpp" line="80"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>ea::ReportWriter</name>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="40"/>
        <source>could not start the PDF document</source>
        <translation>تعذّر بدء مستند PDF</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="89"/>
        <location filename="../app/report/reportwriter.cpp" line="93"/>
        <source>%1: %2</source>
        <extracomment>A file name, then why it could not be written</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ea::ResilienceModel</name>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="54"/>
        <source>Failure</source>
        <translation>العطل</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="56"/>
        <source>SLOs broken</source>
        <translation>أهداف مُخلّ بها</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="58"/>
        <source>Attainment drop</source>
        <translation>انخفاض التحقق</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="60"/>
        <source>Regions affected</source>
        <translation>المناطق المتأثرة</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="62"/>
        <source>Spill cost</source>
        <translation>تكلفة التحويل</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="64"/>
        <source>Unserved</source>
        <translation>غير مخدوم</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="70"/>
        <source>A single site, or every node of one tier in one zone, taken down</source>
        <translation>موقع واحد، أو كل عقد مستوى واحد في منطقة واحدة، متوقف</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="72"/>
        <source>Workloads that met their SLO before and miss it with this failure</source>
        <translation>أحمال عمل كانت تحقق هدفها قبلاً ولا تحققه مع هذا العطل</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="74"/>
        <source>The largest drop of one workload&apos;s SLO attainment, in percentage points</source>
        <translation>أكبر انخفاض في تحقق هدف حمل عمل واحد، بالنقاط المئوية</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="76"/>
        <source>Demand regions routed elsewhere or out of their latency budget</source>
        <translation>مناطق طلب وُجّهت إلى مكان آخر أو خرجت عن ميزانية زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="78"/>
        <source>What the surviving sites cost per month beyond the plan</source>
        <translation>ما تكلفه المواقع الباقية شهرياً زيادة على الخطة</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="80"/>
        <source>Demand no site can serve any more</source>
        <translation>طلب لم يعد أي موقع قادراً على خدمته</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="100"/>
        <source>Site %1 (%2, %3) down</source>
        <translation>الموقع %1 ‏(%2، %3) متوقف</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/resiliencepanel.cpp" line="102"/>
        <source>%1 in %2 (%n site(s))</source>
        <translation>
            <numerusform>%1 في %2 (المواقع: %n)</numerusform>
            <numerusform>%1 في %2 (المواقع: %n)</numerusform>
            <numerusform>%1 في %2 (المواقع: %n)</numerusform>
            <numerusform>%1 في %2 (المواقع: %n)</numerusform>
            <numerusform>%1 في %2 (المواقع: %n)</numerusform>
            <numerusform>%1 في %2 (المواقع: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="111"/>
        <source>No SLO breaks</source>
        <translation>لا إخلال بأي هدف</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="115"/>
        <source>%1 pp</source>
        <translation>%1 نقطة</translation>
    </message>
</context>
<context>
    <name>ea::ResiliencePanel</name>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="148"/>
        <source>&amp;Check</source>
        <translation>فحص (&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="149"/>
        <source>Evaluate the plan under every single site failure and every zone-of-a-tier failure (from the active what-if conditions)</source>
        <translation>تقييم الخطة عند تعطل كل موقع منفرد وكل مستوى في منطقة (انطلاقاً من شروط الافتراض المفعّلة)</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="153"/>
        <location filename="../app/resiliencepanel.cpp" line="182"/>
        <source>Not checked yet.</source>
        <translation>لم يُفحص بعد.</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="166"/>
        <source>Failures that change the plan, worst first; pick one to see its site and the regions it affects on the map</source>
        <translation>أعطال تغيّر الخطة، الأسوأ أولاً؛ اختر واحداً لترى موقعه والمناطق المتأثرة به على الخريطة</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="177"/>
        <source>The plan has changed since this check; press Check to check it again.</source>
        <translation>تغيّرت الخطة منذ هذا الفحص؛ اضغط فحص لفحصها من جديد.</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="192"/>
        <source>The plan is being evaluated; check again in a moment.</source>
        <translation>الخطة قيد التقييم؛ أعد الفحص بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="197"/>
        <source>Checking every single failure</source>
        <translation>فحص كل عطل منفرد</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="201"/>
        <source>The check failed: %1</source>
        <translation>فشل الفحص: %1</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="205"/>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="227"/>
        <source>Cancelled: the list holds the failures checked before.</source>
        <translation>أُلغي: تضم القائمة الأعطال التي فُحصت قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../app/resiliencepanel.cpp" line="228"/>
        <source>%1 failures checked: %2 break an SLO, %3 change the plan.</source>
        <translation>فُحص %1 عطلاً: %2 تخل بهدف، و%3 تغيّر الخطة.</translation>
    </message>
</context>
<context>
    <name>ea::RoutesLayer</name>
    <message>
        <location filename="../widgets/map/routeslayer.cpp" line="231"/>
        <source>Best node per tier</source>
        <translation>أفضل عقدة لكل طبقة</translation>
    </message>
    <message>
        <location filename="../widgets/map/routeslayer.h" line="36"/>
        <source>Routes</source>
        <translation>المسارات</translation>
    </message>
</context>
<context>
    <name>ea::ScenarioReader</name>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="48"/>
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="53"/>
        <source>must be finite</source>
        <translation>يجب أن يكون عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="55"/>
        <source>must be &gt; 0</source>
        <translation>يجب أن يكون &gt; 0</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="57"/>
        <source>must be &gt;= 0</source>
        <translation>يجب أن يكون &gt;= 0</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="59"/>
        <source>must be &gt;= 1</source>
        <translation>يجب أن يكون &gt;= 1</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="61"/>
        <source>must be in [0, 1]</source>
        <translation>يجب أن يكون ضمن [0, 1]</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="86"/>
        <source>unknown key</source>
        <translation>مفتاح غير معروف</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="133"/>
        <location filename="../engine/model/rttparams.cpp" line="171"/>
        <location filename="../engine/model/rttparams.cpp" line="213"/>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="153"/>
        <source>must be &quot;%1&quot;</source>
        <translation>يجب أن يكون &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="160"/>
        <source>must be a string</source>
        <translation>يجب أن يكون سلسلة نصية</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="209"/>
        <source>unknown zone (expected NA, SA, EU, AF, ME, SAS, EAS, SEA or OC)</source>
        <translation>نطاق جغرافي غير معروف (المتوقع: NA، SA، EU، AF، ME، SAS، EAS، SEA أو OC)</translation>
    </message>
    <message>
        <location filename="../engine/model/rttparams.cpp" line="232"/>
        <source>unknown zone pair (expected e.g. &quot;EU-NA&quot;)</source>
        <translation>زوج نطاقات جغرافية غير معروف (المتوقع مثلًا &quot;EU-NA&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="50"/>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="104"/>
        <source>must be &gt;= %1</source>
        <translation>يجب أن يكون &gt;= %1</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="147"/>
        <location filename="../engine/model/scenarioreader.cpp" line="325"/>
        <location filename="../engine/model/scenarioreader.cpp" line="375"/>
        <source>must be %1 or %2 (got &quot;%3&quot;)</source>
        <translation>يجب أن يكون %1 أو %2 (القيمة: &quot;%3&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="182"/>
        <location filename="../engine/model/scenarioreader.cpp" line="378"/>
        <location filename="../engine/model/scenarioreader.cpp" line="384"/>
        <location filename="../engine/model/scenarioreader.cpp" line="520"/>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="192"/>
        <source>needs at least one of %1</source>
        <translation>يتطلب واحدًا على الأقل من %1</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="218"/>
        <location filename="../engine/model/scenarioreader.cpp" line="221"/>
        <source>must divide %1 (%2)</source>
        <translation>يجب أن يكون قاسمًا لـ %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="260"/>
        <source>unknown tier &quot;%1&quot; (%2)</source>
        <translation>طبقة غير معروفة &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="292"/>
        <source>must be an http:// or https:// URL</source>
        <translation>يجب أن يكون URL من نوع http:// أو https://</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="336"/>
        <source>expected an object, got %1</source>
        <translation>المتوقع كائن، وُجد %1</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="344"/>
        <source>unknown zone (%1)</source>
        <translation>منطقة غير معروفة (%1)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="350"/>
        <source>unknown tier (%1)</source>
        <translation>طبقة غير معروفة (%1)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="391"/>
        <source>must have 24 values</source>
        <translation>يجب أن يحتوي على 24 قيمة</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="393"/>
        <source>must have 24 values (got %1)</source>
        <translation>يجب أن يحتوي على 24 قيمة (العدد: %1)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="399"/>
        <source>must be a number &gt;= 0</source>
        <translation>يجب أن يكون رقمًا &gt;= 0</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="406"/>
        <source>must not be all zero</source>
        <translation>يجب ألا تكون كل القيم أصفارًا</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="418"/>
        <location filename="../engine/model/scenarioreader.cpp" line="462"/>
        <source>must be %1, %2, %3, %4 or %5 (got &quot;%6&quot;)</source>
        <translation>يجب أن يكون %1 أو %2 أو %3 أو %4 أو %5 (القيمة «%6»)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="430"/>
        <source>must be %1, %2 or %3 (got &quot;%4&quot;)</source>
        <translation>يجب أن يكون %1 أو %2 أو %3 (القيمة «%4»)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="439"/>
        <source>unknown tier</source>
        <translation>طبقة غير معروفة</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="473"/>
        <source>needs %1 or %2 &gt; 0</source>
        <translation>يتطلب %1 أو %2 &gt; 0</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="488"/>
        <source>invalid JSON at %1: %2</source>
        <translation>JSON غير صالح عند %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/model/scenarioreader.cpp" line="503"/>
        <source>unsupported schema &quot;%1&quot; (this version reads &quot;%2&quot;)</source>
        <translation>مخطط البيانات &quot;%1&quot; غير مدعوم (هذا الإصدار يقرأ &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="43"/>
        <source>duplicate id &quot;%1&quot; (first at %2)</source>
        <translation>معرّف مكرر &quot;%1&quot; (الأول عند %2)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="63"/>
        <source>the scenario needs at least one GPU type</source>
        <translation>يحتاج السيناريو إلى نوع GPU واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="66"/>
        <source>the scenario needs at least one model</source>
        <translation>يحتاج السيناريو إلى نموذج واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="68"/>
        <source>the scenario needs at least one node</source>
        <translation>يحتاج السيناريو إلى عقدة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="71"/>
        <source>the scenario needs at least one demand region</source>
        <translation>يحتاج السيناريو إلى منطقة طلب واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="74"/>
        <source>the scenario needs at least one workload</source>
        <translation>يحتاج السيناريو إلى عبء عمل واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="87"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="107"/>
        <source>unknown GPU type &quot;%1&quot;</source>
        <translation>نوع GPU غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="90"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="129"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="146"/>
        <source>tier &quot;%1&quot; has no entry in %2</source>
        <translation>الطبقة &quot;%1&quot; ليس لها إدخال في %2</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="94"/>
        <source>must not exceed %1 (%2)</source>
        <translation>يجب ألا يتجاوز %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="101"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="110"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="126"/>
        <source>unknown model &quot;%1&quot;</source>
        <translation>نموذج غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="117"/>
        <source>a second profile of %1 running %2 in %3 (first at %4)</source>
        <translation>ملف حوسبة ثانٍ لـ %1 يشغّل %2 بدقة %3 (الأول عند %4)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="133"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="149"/>
        <source>tier &quot;%1&quot; has no nodes</source>
        <translation>الطبقة &quot;%1&quot; لا تحتوي على أي عقدة</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariovalidate.cpp" line="136"/>
        <location filename="../engine/model/scenariovalidate.cpp" line="152"/>
        <source>tier &quot;%1&quot; is listed in %2</source>
        <translation>الطبقة &quot;%1&quot; مدرجة في %2</translation>
    </message>
</context>
<context>
    <name>ea::ScenarioSummary</name>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="41"/>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="49"/>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="50"/>
        <location filename="../widgets/planner/scenariosummary.cpp" line="80"/>
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="53"/>
        <source>Sites and usable GPUs of the %1 tier</source>
        <translation>المواقع ووحدات GPU القابلة للاستخدام في طبقة %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="71"/>
        <source>Demand regions</source>
        <translation>مناطق الطلب</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="71"/>
        <source>Places the requests come from, weighted by population</source>
        <translation>الأماكن التي تصدر منها الطلبات، مرجّحة حسب عدد السكان</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="72"/>
        <source>Workloads</source>
        <translation>أعباء العمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="72"/>
        <source>Workloads to place</source>
        <translation>أعباء العمل المطلوب توزيعها</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="76"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="79"/>
        <source>Cost per month</source>
        <translation>التكلفة شهريًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="79"/>
        <source>GPU, API and egress cost of every workload</source>
        <translation>تكلفة GPU وAPI وحركة البيانات الصادرة لكل عبء عمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="80"/>
        <source>GPUs in use at each site&apos;s diurnal peak</source>
        <translation>وحدات GPU المستخدمة في ذروة الاستخدام اليومية لكل موقع</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="82"/>
        <source>SLO attainment</source>
        <translation>نسبة تحقيق SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="82"/>
        <source>Share of all requests served within their SLO</source>
        <translation>حصة جميع الطلبات التي خُدمت ضمن SLO الخاص بها</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="83"/>
        <source>Offered load</source>
        <translation>الحمل المعروض</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="83"/>
        <source>Mean request rate over all workloads</source>
        <translation>متوسط معدل الطلبات على جميع أعباء العمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="84"/>
        <source>Meeting SLO</source>
        <translation>تحقق SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="85"/>
        <source>Workloads with at least %1 of their requests within the SLO</source>
        <translation>أعباء العمل التي يُخدم %1 على الأقل من طلباتها ضمن SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="89"/>
        <source>Cost and attainment of the plan as placed → of the same placement under the active what-if conditions (Plan → What-If Conditions)</source>
        <translation>تكلفة الخطة وتحققها كما وُزعت ← للتوزيع نفسه تحت شروط الافتراض المفعّلة (التخطيط ← شروط الافتراض)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="135"/>
        <source>No scenario</source>
        <translation>لا يوجد سيناريو</translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="149"/>
        <source>per token</source>
        <translation>لكل رمز</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/scenariosummary.cpp" line="177"/>
        <source>→ under %n active what-if condition(s)</source>
        <translation>
            <numerusform>← تحت شروط الافتراض المفعّلة (%n)</numerusform>
            <numerusform>← تحت شروط الافتراض المفعّلة (%n)</numerusform>
            <numerusform>← تحت شروط الافتراض المفعّلة (%n)</numerusform>
            <numerusform>← تحت شروط الافتراض المفعّلة (%n)</numerusform>
            <numerusform>← تحت شروط الافتراض المفعّلة (%n)</numerusform>
            <numerusform>← تحت شروط الافتراض المفعّلة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/scenariosummary.cpp" line="183"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>ea::ScenarioWriter</name>
    <message>
        <location filename="../engine/model/scenariowriter.cpp" line="238"/>
        <source>the scenario would be %1 MiB, larger than the %2 MiB a scenario file may have (it could not be opened again)</source>
        <translation>سيبلغ حجم السيناريو %1 MiB، وهو أكبر من الحد المسموح لملف السيناريو البالغ %2 MiB (ولن يمكن فتحه مجددًا)</translation>
    </message>
    <message>
        <location filename="../engine/model/scenariowriter.cpp" line="249"/>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>ea::SetTierCommand</name>
    <message>
        <location filename="../app/commands.cpp" line="13"/>
        <source>Move %1 to %2</source>
        <translation>نقل %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>ea::Settings</name>
    <message>
        <location filename="../app/settings.cpp" line="55"/>
        <source>unknown setting</source>
        <translation>إعداد غير معروف</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="61"/>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="63"/>
        <source>must be between %1 and %2</source>
        <translation>يجب أن يكون بين %1 و%2</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="68"/>
        <source>must be true or false</source>
        <translation>يجب أن تكون القيمة true أو false</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="73"/>
        <source>must be one of %1</source>
        <translation>يجب أن تكون إحدى القيم %1</translation>
    </message>
    <message>
        <location filename="../app/settings.cpp" line="75"/>
        <source>at most 8 characters</source>
        <translation>8 أحرف على الأكثر</translation>
    </message>
</context>
<context>
    <name>ea::SettingsDialog</name>
    <message>
        <location filename="../app/settingsdialog.cpp" line="39"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="42"/>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="45"/>
        <source>Kilometres</source>
        <translation>الكيلومترات</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="46"/>
        <source>Miles</source>
        <translation>الأميال</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="47"/>
        <source>Unit of distances in tool-tips, tables and the map&apos;s scale bar</source>
        <translation>وحدة المسافات في التلميحات والجداول ومقياس رسم الخريطة</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="48"/>
        <source>&amp;Distances:</source>
        <translation>المسافات (&amp;D):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="51"/>
        <source>What costs are prefixed with, e.g. $ or US$. Prices stay in the scenario&apos;s currency (USD); this only changes the label.</source>
        <translation>البادئة التي تسبق التكاليف، مثل $ أو US$. تبقى الأسعار بعملة السيناريو (USD)؛ ولا يغيّر هذا سوى التسمية.</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="53"/>
        <source>&amp;Currency label:</source>
        <translation>تسمية العملة (&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="55"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="59"/>
        <source>Language of the interface; takes effect the next time EdgeAtlas starts</source>
        <translation>لغة الواجهة؛ يسري التغيير عند تشغيل EdgeAtlas في المرة القادمة</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="60"/>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="62"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="63"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="64"/>
        <source>Colours of the map and the planner&apos;s tier colours</source>
        <translation>ألوان الخريطة وألوان الطبقات في أداة التخطيط</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="65"/>
        <source>Map &amp;palette:</source>
        <translation>لوحة ألوان الخريطة (&amp;P):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="68"/>
        <source>Probes</source>
        <translation>الفحوص</translation>
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
        <translation>المدة بين فحصين متتاليين للهدف نفسه</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="72"/>
        <source>&amp;Interval:</source>
        <translation>الفاصل الزمني (&amp;I):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="74"/>
        <source>A probe that takes longer fails as a timeout</source>
        <translation>يفشل الفحص الذي يستغرق وقتًا أطول بسبب انتهاء المهلة</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="75"/>
        <source>&amp;Timeout:</source>
        <translation>المهلة (&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="76"/>
        <source>Probes in flight at the same time</source>
        <translation>عدد الفحوص الجارية في الوقت نفسه</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="77"/>
        <source>C&amp;oncurrency:</source>
        <translation>التزامن (&amp;O):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="78"/>
        <source>&amp;Verify TLS certificates</source>
        <translation>التحقق من شهادات TLS (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="79"/>
        <source>Turn off only for test servers with self-signed certificates</source>
        <translation>لا تعطّله إلا لخوادم الاختبار ذات الشهادات الموقّعة ذاتيًا</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="83"/>
        <source>Documents and history</source>
        <translation>المستندات والسجل</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="86"/>
        <source>How often unsaved changes are written to a recovery file</source>
        <translation>معدّل كتابة التغييرات غير المحفوظة في ملف الاستعادة</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="87"/>
        <source>&amp;Autosave every:</source>
        <translation>الحفظ التلقائي كل (&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="90"/>
        <source> days</source>
        <extracomment>Suffix of a number of days in a spin box (with its leading space); the number is 1 to 3650</extracomment>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="90"/>
        <source>Measurements older than this are deleted</source>
        <translation>تُحذف القياسات الأقدم من هذه المدة</translation>
    </message>
    <message>
        <location filename="../app/settingsdialog.cpp" line="91"/>
        <source>&amp;Keep measurements for:</source>
        <translation>الاحتفاظ بالقياسات لمدة (&amp;K):</translation>
    </message>
</context>
<context>
    <name>ea::SimulatedDeployment</name>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="74"/>
        <source>--from: no demand region &quot;%1&quot; in the scenario</source>
        <translation>--from: لا توجد منطقة طلب &quot;%1&quot; في السيناريو</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="83"/>
        <source>the scenario has no demand regions: give --from LAT,LON</source>
        <translation>لا يحتوي السيناريو على مناطق طلب: حدّد --from LAT,LON</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="97"/>
        <source>the scenario has no interactive workload with a known model</source>
        <translation>لا يحتوي السيناريو على عبء عمل تفاعلي بنموذج معروف</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="98"/>
        <source>--workload: no workload &quot;%1&quot; with a known model</source>
        <translation>--workload: لا يوجد عبء عمل &quot;%1&quot; بنموذج معروف</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="109"/>
        <source>--nodes: no node &quot;%1&quot; in the scenario</source>
        <translation>--nodes: لا توجد عقدة &quot;%1&quot; في السيناريو</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="115"/>
        <source>the scenario has no nodes to serve</source>
        <translation>لا يحتوي السيناريو على عُقد للخدمة</translation>
    </message>
    <message>
        <location filename="../engine/probe/simulator.cpp" line="117"/>
        <source>the time scale must be &gt; 0 and the jitter within 0..1</source>
        <translation>يجب أن يكون مقياس الزمن &gt; 0 وأن يكون التذبذب ضمن 0..1</translation>
    </message>
</context>
<context>
    <name>ea::SseParser</name>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="64"/>
        <source>an event stream line is longer than %1 bytes</source>
        <translation>سطر في تدفق الأحداث أطول من %1 بايت</translation>
    </message>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="111"/>
        <source>an event is longer than %1 bytes</source>
        <translation>حدث أطول من %1 بايت</translation>
    </message>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="142"/>
        <source>event %1 is not a JSON object: %2</source>
        <translation>الحدث %1 ليس كائن JSON: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="147"/>
        <source>the server sent an error event: %1</source>
        <translation>أرسل الخادم حدث خطأ: %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/sseparser.cpp" line="152"/>
        <source>event %1 has no &quot;choices&quot; array: %2</source>
        <translation>الحدث %1 لا يحتوي على مصفوفة &quot;choices&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ea::SuggestionDialog</name>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="51"/>
        <source>Suggest Placement</source>
        <translation>اقتراح توزيع</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="55"/>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="205"/>
        <source>Searching for the cheapest placement that meets every SLO…</source>
        <translation>جارٍ البحث عن أرخص توزيع يحقق جميع أهداف SLO…</translation>
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
        <translation>حصة التوزيعات التي فُحصت أو استُبعدت</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="106"/>
        <source>&amp;Stop Search</source>
        <translation>إيقاف البحث (&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="42"/>
        <source>%1 in %2</source>
        <extracomment>A split workload: %1 is a tier, %2 the zone codes of its demand served there</extracomment>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="62"/>
        <source>One tier per workload</source>
        <translation>طبقة واحدة لكل حمل عمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="63"/>
        <source>One tier per workload and zone</source>
        <translation>طبقة واحدة لكل حمل عمل ومنطقة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="64"/>
        <source>Whether a workload may run in different tiers in different zones of its demand (a split workload)</source>
        <translation>هل يمكن أن يعمل حمل العمل في طبقات مختلفة في مناطق طلبه المختلفة (حمل عمل مُقسَّم)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="66"/>
        <source>&amp;Choose:</source>
        <translation>ا&amp;ختيار:</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="73"/>
        <source> s</source>
        <extracomment>Unit suffix of the time limit, seconds</extracomment>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="75"/>
        <source>After this long the search stops with the best placement found and says how far from the cheapest possible it may be (the gap)</source>
        <translation>بعد هذه المدة يتوقف البحث عند أفضل توزيع وُجد ويذكر كم قد يبعد عن أرخص توزيع ممكن (الفجوة)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="77"/>
        <source>&amp;Time limit:</source>
        <translation>ال&amp;حد الزمني:</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="79"/>
        <source>Search &amp;Again</source>
        <translation>إ&amp;عادة البحث</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="80"/>
        <source>Start a new search with these options</source>
        <translation>بدء بحث جديد بهذه الخيارات</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="88"/>
        <source>&amp;Keep every SLO under any single site failure</source>
        <translation>&amp;إبقاء كل هدف خدمة عند تعطل أي موقع واحد</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="90"/>
        <source>Suggest the cheapest placement in which every workload still meets its SLO when any one site goes down (the check of Plan → Check Resilience, every site). Slower: each placement found is checked against every site failure</source>
        <translation>اقتراح أرخص توزيع يظل فيه كل حمل عمل محققًا لهدف مستوى الخدمة عند تعطل أي موقع واحد (فحص التخطيط ← فحص المرونة، لكل موقع). أبطأ: كل توزيع يُعثر عليه يُفحص مقابل تعطل كل موقع</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="107"/>
        <source>Stop the search; the best placement found so far is suggested</source>
        <translation>إيقاف البحث؛ يُقترح أفضل توزيع وُجد حتى الآن</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="113"/>
        <source>The cheapest placement found so far and the cost below which none can exist</source>
        <translation>أرخص توزيع وُجد حتى الآن والتكلفة التي لا يمكن أن يوجد توزيع أقل منها</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="120"/>
        <source>Workload</source>
        <translation>عبء العمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="120"/>
        <source>Current tier</source>
        <translation>الطبقة الحالية</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="120"/>
        <source>Suggested tier</source>
        <translation>الطبقة المقترحة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="121"/>
        <source>Cost now</source>
        <translation>التكلفة الآن</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="121"/>
        <source>Cost then</source>
        <translation>التكلفة لاحقًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="121"/>
        <source>SLO now</source>
        <translation>SLO الآن</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="121"/>
        <source>SLO then</source>
        <translation>SLO لاحقًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="122"/>
        <source>Every workload with its tier, monthly cost and SLO now and with the suggestion; the workloads that move are in bold</source>
        <translation>كل عبء عمل مع طبقته وتكلفته الشهرية وSLO الخاص به حاليًا ومع الاقتراح؛ أعباء العمل التي تنتقل مكتوبة بخط عريض</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="140"/>
        <source>Why no placement meets every SLO, from each workload&apos;s latency budget</source>
        <translation>سبب عدم تحقيق أي توزيع لجميع أهداف SLO، استنادًا إلى ميزانية زمن الاستجابة لكل عبء عمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="146"/>
        <source>&amp;Apply</source>
        <translation>تطبيق (&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="147"/>
        <source>Move the workloads as suggested, as one step you can undo</source>
        <translation>نقل أعباء العمل كما هو مقترح، في خطوة واحدة يمكن التراجع عنها</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="167"/>
        <source>Stopping the search…</source>
        <translation>جارٍ إيقاف البحث…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="203"/>
        <source>Searching for the cheapest placement that keeps every SLO under any single site failure…</source>
        <translation>جارٍ البحث عن أرخص توزيع يحافظ على كل هدف خدمة عند تعطل أي موقع واحد…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="232"/>
        <source>The search was stopped before it found a placement; nothing is suggested.</source>
        <translation>أُوقف البحث قبل أن يجد توزيعًا؛ لا يُقترح شيء.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="235"/>
        <source>No placement keeps every SLO under any single site failure.</source>
        <translation>لا يوجد توزيع يحافظ على كل هدف خدمة عند تعطل أي موقع واحد.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="243"/>
        <source>proven optimal</source>
        <translation>مثالي مُثبَت</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="246"/>
        <source>%1; at most %2 above the cheapest possible, none costs less than %3 per month</source>
        <extracomment>%1: how the search ended; %2: the optimality gap; %3: the proven lower bound of the cost</extracomment>
        <translation>%1؛ بما لا يزيد على %2 فوق أرخص توزيع ممكن، ولا يكلّف أيٌّ أقل من %3 شهريًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="247"/>
        <source>stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="248"/>
        <source>time limit reached</source>
        <translation>بلغ الحد الزمني</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="249"/>
        <source>stopped at the solver&apos;s size cap</source>
        <translation>توقف عند الحد الأقصى لحجم المُحلِّل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="250"/>
        <source>within the gap</source>
        <translation>ضمن الفجوة المطلوبة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="253"/>
        <source>stopped, best found</source>
        <translation>أُوقف، أفضل ما وُجد</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="253"/>
        <source>time limit reached, best found</source>
        <translation>بلغ الحد الزمني، أفضل ما وُجد</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="255"/>
        <source>%1; %2 placements allowed, %3 rounds of the solver and the evaluator, %4 s</source>
        <translation>%1؛ %2 توزيعًا مسموحًا، %3 جولات من الحلّال والمُقيِّم، %4 ث</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="263"/>
        <source>The cheapest placement that keeps every SLO under any single site failure (%1; %2 site failures, %3 placements checked against them).</source>
        <extracomment>%1: how the search ended; %2: site failures checked; %3: placements checked against them</extracomment>
        <translation>أرخص توزيع يحافظ على كل هدف خدمة عند تعطل أي موقع واحد (%1؛ %2 من أعطال المواقع، %3 من التوزيعات فُحصت مقابلها).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="265"/>
        <source>The cheapest placement found that keeps every SLO under any single site failure; a cheaper one may exist (%1; %2 site failures, %3 placements checked against them).</source>
        <translation>أرخص توزيع عُثر عليه يحافظ على كل هدف خدمة عند تعطل أي موقع واحد؛ قد يوجد توزيع أرخص (%1؛ %2 من أعطال المواقع، %3 من التوزيعات فُحصت مقابلها).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="273"/>
        <source>The cheapest placement that meets every SLO (%1).</source>
        <translation>أرخص توزيع يفي بكل أهداف مستوى الخدمة (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="274"/>
        <source>The cheapest placement found that meets every SLO; a cheaper one may exist (%1).</source>
        <translation>أرخص توزيع وُجد يفي بكل أهداف مستوى الخدمة؛ قد يوجد توزيع أرخص (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="236"/>
        <source>No placement meets every SLO.</source>
        <translation>لا يحقق أي توزيع جميع أهداف SLO.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/planner/suggestiondialog.cpp" line="279"/>
        <source>No placement meets every SLO: %n of the workloads meet theirs in no tier and stay where they are. Below is the cheapest placement in which every other workload meets its SLO (%1).</source>
        <translation>
            <numerusform>لا يحقق أي توزيع جميع أهداف SLO: %n من أعباء العمل لا تحقق أهدافها في أي طبقة وتبقى في أماكنها. وفيما يلي أرخص توزيع يحقق فيه كل عبء عمل آخر هدف SLO الخاص به (%1).</numerusform>
            <numerusform>لا يحقق أي توزيع جميع أهداف SLO: عبء عمل واحد لا يحقق هدفه في أي طبقة ويبقى في مكانه. وفيما يلي أرخص توزيع يحقق فيه كل عبء عمل آخر هدف SLO الخاص به (%1).</numerusform>
            <numerusform>لا يحقق أي توزيع جميع أهداف SLO: عبئا عمل لا يحققان هدفيهما في أي طبقة ويبقيان في مكانيهما. وفيما يلي أرخص توزيع يحقق فيه كل عبء عمل آخر هدف SLO الخاص به (%1).</numerusform>
            <numerusform>لا يحقق أي توزيع جميع أهداف SLO: %n أعباء عمل لا تحقق أهدافها في أي طبقة وتبقى في أماكنها. وفيما يلي أرخص توزيع يحقق فيه كل عبء عمل آخر هدف SLO الخاص به (%1).</numerusform>
            <numerusform>لا يحقق أي توزيع جميع أهداف SLO: %n عبء عمل لا تحقق أهدافها في أي طبقة وتبقى في أماكنها. وفيما يلي أرخص توزيع يحقق فيه كل عبء عمل آخر هدف SLO الخاص به (%1).</numerusform>
            <numerusform>لا يحقق أي توزيع جميع أهداف SLO: %n عبء عمل لا تحقق أهدافها في أي طبقة وتبقى في أماكنها. وفيما يلي أرخص توزيع يحقق فيه كل عبء عمل آخر هدف SLO الخاص به (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="291"/>
        <source>Cost per month: %1 now, %2 with the suggestion; saving %3 (%4). SLOs met: %5 now, %6 then, of %7.</source>
        <translation>التكلفة شهريًا: %1 حاليًا، و%2 مع الاقتراح؛ توفير %3 (%4). أهداف SLO المحققة: %5 حاليًا، و%6 بعد ذلك، من أصل %7.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="298"/>
        <source>The current placement is already the cheapest.</source>
        <translation>التوزيع الحالي هو الأرخص بالفعل.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="299"/>
        <source>Workloads that move: %1.</source>
        <translation>أعباء العمل التي تنتقل: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="307"/>
        <source>The search stopped early: the solver&apos;s model reached its size cap (%1 nonzero entries; the cap keeps its memory near 1 GB). %2 Choosing one tier per workload, or fewer workloads, keeps the model smaller.</source>
        <translation>توقف البحث مبكرًا: بلغ نموذج المُحلِّل الحد الأقصى لحجمه (%1 من المدخلات غير الصفرية؛ يُبقي الحد ذاكرته قرب 1 غيغابايت). %2 اختيار مستوى واحد لكل حمل عمل، أو عدد أقل من أحمال العمل، يُبقي النموذج أصغر.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="311"/>
        <source>The placement shown is the best found, not proven the cheapest.</source>
        <translation>التوزيع المعروض هو الأفضل مما عُثر عليه، دون إثبات أنه الأرخص.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="312"/>
        <source>No placement was found before it stopped.</source>
        <translation>لم يُعثر على أي توزيع قبل التوقف.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="335"/>
        <source>met (%1)</source>
        <extracomment>SLO met or missed, with the share of requests within budget</extracomment>
        <translation>محقق (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="335"/>
        <source>missed (%1)</source>
        <translation>غير محقق (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="352"/>
        <source>%1 moves from %2 to %3: %4 → %5 per month, %6 → %7 of requests within its %8 budget</source>
        <translation>ينتقل %1 من %2 إلى %3: %4 ← %5 شهريًا، %6 ← %7 من الطلبات ضمن ميزانيته %8</translation>
    </message>
    <message>
        <location filename="../widgets/planner/suggestiondialog.cpp" line="357"/>
        <source>%1 stays in %2 (%3)</source>
        <translation>يبقى %1 في طبقة %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ea::Tier</name>
    <message>
        <location filename="../engine/model/scenario.cpp" line="69"/>
        <source>Edge</source>
        <comment>tier kind</comment>
        <translation>الحافة</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="71"/>
        <source>Regional cloud</source>
        <comment>tier kind</comment>
        <translation>سحابة إقليمية</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="73"/>
        <source>Central cloud</source>
        <comment>tier kind</comment>
        <translation>سحابة مركزية</translation>
    </message>
    <message>
        <location filename="../engine/model/scenario.cpp" line="75"/>
        <source>On-premises</source>
        <comment>tier kind</comment>
        <translation>محلي</translation>
    </message>
</context>
<context>
    <name>ea::TierColumn</name>
    <message>
        <location filename="../widgets/planner/tiercolumn.cpp" line="26"/>
        <source>%1 tier</source>
        <translation>طبقة %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/tiercolumn.cpp" line="89"/>
        <source>Expand the %1 column</source>
        <translation>توسيع عمود %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/tiercolumn.cpp" line="90"/>
        <source>Collapse the %1 column (its workloads stay in the tier)</source>
        <translation>طيّ عمود %1 (تبقى أعباء عمله في المستوى)</translation>
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
        <translation>التكلفة الشهرية حسب الطبقة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="29"/>
        <source>Tier</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="36"/>
        <location filename="../widgets/charts/tiercostchart.cpp" line="162"/>
        <source>Under the what-if conditions</source>
        <translation>في ظل شروط المحاكاة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="40"/>
        <source>Cost per tier chart</source>
        <translation>مخطط التكلفة حسب الطبقة</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="72"/>
        <source>Cost per month (%1)</source>
        <translation>التكلفة الشهرية (%1)</translation>
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
            <numerusform>%1: GPU %2، API %3، حركة البيانات الصادرة %4 شهريًا، لا أعباء عمل</numerusform>
            <numerusform>%1: GPU %2، API %3، حركة البيانات الصادرة %4 شهريًا، عبء عمل واحد</numerusform>
            <numerusform>%1: GPU %2، API %3، حركة البيانات الصادرة %4 شهريًا، عبئا عمل</numerusform>
            <numerusform>%1: GPU %2، API %3، حركة البيانات الصادرة %4 شهريًا، %n أعباء عمل</numerusform>
            <numerusform>%1: GPU %2، API %3، حركة البيانات الصادرة %4 شهريًا، %n عبء عمل</numerusform>
            <numerusform>%1: GPU %2، API %3، حركة البيانات الصادرة %4 شهريًا، %n عبء عمل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="112"/>
        <source>Plan total %1 per month: %2.</source>
        <translation>إجمالي الخطة %1 شهريًا: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="114"/>
        <source>No evaluated plan.</source>
        <translation>لا توجد خطة مقيَّمة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/tiercostchart.cpp" line="118"/>
        <source>Under %n what-if condition(s) (squares): %1 → %2 per month, SLO attainment %3 → %4.</source>
        <translation>
            <numerusform>في ظل %n شرط محاكاة (المربعات): %1 → %2 شهريًا، نسبة تحقيق SLO ‏%3 → %4.</numerusform>
            <numerusform>في ظل %n شرط محاكاة (المربعات): %1 → %2 شهريًا، نسبة تحقيق SLO ‏%3 → %4.</numerusform>
            <numerusform>في ظل %n شرطي محاكاة (المربعات): %1 → %2 شهريًا، نسبة تحقيق SLO ‏%3 → %4.</numerusform>
            <numerusform>في ظل %n شروط محاكاة (المربعات): %1 → %2 شهريًا، نسبة تحقيق SLO ‏%3 → %4.</numerusform>
            <numerusform>في ظل %n شرط محاكاة (المربعات): %1 → %2 شهريًا، نسبة تحقيق SLO ‏%3 → %4.</numerusform>
            <numerusform>في ظل %n شرط محاكاة (المربعات): %1 → %2 شهريًا، نسبة تحقيق SLO ‏%3 → %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="143"/>
        <source>%1: %2 per month</source>
        <translation>%1: %2 شهريًا</translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/charts/tiercostchart.cpp" line="148"/>
        <source>%n workload(s), %1 GPUs at %2 sites</source>
        <translation>
            <numerusform>لا أعباء عمل، %1 GPU في %2 من المواقع</numerusform>
            <numerusform>عبء عمل واحد، %1 GPU في %2 من المواقع</numerusform>
            <numerusform>عبئا عمل، %1 GPU في %2 من المواقع</numerusform>
            <numerusform>%n أعباء عمل، %1 GPU في %2 من المواقع</numerusform>
            <numerusform>%n عبء عمل، %1 GPU في %2 من المواقع</numerusform>
            <numerusform>%n عبء عمل، %1 GPU في %2 من المواقع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/tiercostchart.cpp" line="151"/>
        <source>Under the what-if conditions: %1 per month</source>
        <translation>في ظل شروط المحاكاة: %1 شهريًا</translation>
    </message>
</context>
<context>
    <name>ea::TierDelegate</name>
    <message>
        <location filename="../widgets/planner/tierdelegate.cpp" line="22"/>
        <source>Tiers this workload may use</source>
        <translation>الطبقات التي يمكن لعبء العمل هذا استخدامها</translation>
    </message>
</context>
<context>
    <name>ea::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="44"/>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="208"/>
        <source>Time series of the selected target</source>
        <translation>السلسلة الزمنية للهدف المحدد</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="45"/>
        <source>Monitor chart</source>
        <translation>مخطط المراقبة</translation>
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
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="68"/>
        <source>Model</source>
        <extracomment>Legend: the latency model&apos;s predicted RTT</extracomment>
        <translation>النموذج</translation>
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
            <numerusform>النقاط: RTT الطلب لكل فحص (أول بايت بعد إعداد الاتصال) وزمن أول رمز. المظلَّل: نطاقهما المتحرك p50–p95 خلال آخر %n فحص. الخط المتقطع: RTT النموذج من نقطة المراقبة، والمنقّط: نطاق تنبؤه؛ والمتقطع المنقّط: ميزانية SLO.</numerusform>
            <numerusform>النقاط: RTT الطلب لكل فحص (أول بايت بعد إعداد الاتصال) وزمن أول رمز. المظلَّل: نطاقهما المتحرك p50–p95 خلال آخر فحص. الخط المتقطع: RTT النموذج من نقطة المراقبة، والمنقّط: نطاق تنبؤه؛ والمتقطع المنقّط: ميزانية SLO.</numerusform>
            <numerusform>النقاط: RTT الطلب لكل فحص (أول بايت بعد إعداد الاتصال) وزمن أول رمز. المظلَّل: نطاقهما المتحرك p50–p95 خلال آخر فحصين. الخط المتقطع: RTT النموذج من نقطة المراقبة، والمنقّط: نطاق تنبؤه؛ والمتقطع المنقّط: ميزانية SLO.</numerusform>
            <numerusform>النقاط: RTT الطلب لكل فحص (أول بايت بعد إعداد الاتصال) وزمن أول رمز. المظلَّل: نطاقهما المتحرك p50–p95 خلال آخر %n فحوص. الخط المتقطع: RTT النموذج من نقطة المراقبة، والمنقّط: نطاق تنبؤه؛ والمتقطع المنقّط: ميزانية SLO.</numerusform>
            <numerusform>النقاط: RTT الطلب لكل فحص (أول بايت بعد إعداد الاتصال) وزمن أول رمز. المظلَّل: نطاقهما المتحرك p50–p95 خلال آخر %n فحصًا. الخط المتقطع: RTT النموذج من نقطة المراقبة، والمنقّط: نطاق تنبؤه؛ والمتقطع المنقّط: ميزانية SLO.</numerusform>
            <numerusform>النقاط: RTT الطلب لكل فحص (أول بايت بعد إعداد الاتصال) وزمن أول رمز. المظلَّل: نطاقهما المتحرك p50–p95 خلال آخر %n فحص. الخط المتقطع: RTT النموذج من نقطة المراقبة، والمنقّط: نطاق تنبؤه؛ والمتقطع المنقّط: ميزانية SLO.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="103"/>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="193"/>
        <source>No target selected</source>
        <translation>لم يُحدَّد أي هدف</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="195"/>
        <source>%1 — %n probe(s), %2 failed (SLO %3 above the scale)</source>
        <translation>
            <numerusform>%1 — لا فحوص، فشل منها %2 (SLO %3 أعلى من المقياس)</numerusform>
            <numerusform>%1 — فحص واحد، فشل منه %2 (SLO %3 أعلى من المقياس)</numerusform>
            <numerusform>%1 — فحصان، فشل منهما %2 (SLO %3 أعلى من المقياس)</numerusform>
            <numerusform>%1 — %n فحوص، فشل منها %2 (SLO %3 أعلى من المقياس)</numerusform>
            <numerusform>%1 — %n فحصًا، فشل منها %2 (SLO %3 أعلى من المقياس)</numerusform>
            <numerusform>%1 — %n فحص، فشل منها %2 (SLO %3 أعلى من المقياس)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="199"/>
        <source>%1 — %n probe(s), %2 failed</source>
        <translation>
            <numerusform>%1 — لا فحوص، فشل منها %2</numerusform>
            <numerusform>%1 — فحص واحد، فشل منه %2</numerusform>
            <numerusform>%1 — فحصان، فشل منهما %2</numerusform>
            <numerusform>%1 — %n فحوص، فشل منها %2</numerusform>
            <numerusform>%1 — %n فحصًا، فشل منها %2</numerusform>
            <numerusform>%1 — %n فحص، فشل منها %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="201"/>
        <source>%1 — %n probe(s) (SLO %2 above the scale)</source>
        <translation>
            <numerusform>%1 — لا فحوص (SLO %2 أعلى من المقياس)</numerusform>
            <numerusform>%1 — فحص واحد (SLO %2 أعلى من المقياس)</numerusform>
            <numerusform>%1 — فحصان (SLO %2 أعلى من المقياس)</numerusform>
            <numerusform>%1 — %n فحوص (SLO %2 أعلى من المقياس)</numerusform>
            <numerusform>%1 — %n فحصًا (SLO %2 أعلى من المقياس)</numerusform>
            <numerusform>%1 — %n فحص (SLO %2 أعلى من المقياس)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/monitor/timeserieschart.cpp" line="204"/>
        <source>%1 — %n probe(s)</source>
        <translation>
            <numerusform>%1 — لا فحوص</numerusform>
            <numerusform>%1 — فحص واحد</numerusform>
            <numerusform>%1 — فحصان</numerusform>
            <numerusform>%1 — %n فحوص</numerusform>
            <numerusform>%1 — %n فحصًا</numerusform>
            <numerusform>%1 — %n فحص</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/monitor/timeserieschart.cpp" line="208"/>
        <source>Time series of %1</source>
        <translation>السلسلة الزمنية لـ %1</translation>
    </message>
</context>
<context>
    <name>ea::TimelineBar</name>
    <message>
        <location filename="../app/timelinebar.cpp" line="159"/>
        <location filename="../app/timelinebar.cpp" line="322"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="162"/>
        <source>Play the day, one hour every %1 s (Space)</source>
        <translation>تشغيل اليوم، ساعة كل %1 ث (مسافة)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="165"/>
        <source>Live/peak</source>
        <translation>مباشر/ذروة</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="168"/>
        <source>Back to the sized plan: every site at its own peak hour (Escape)</source>
        <translation>العودة إلى الخطة المحجَّمة: كل موقع عند ساعة ذروته (Escape)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="175"/>
        <source>The plan at the hour shown: demand, SLO attainment (share of that hour&apos;s requests within budget), unserved demand, load of the sites against what their GPUs carry, and cost per hour</source>
        <translation>الخطة في الساعة المعروضة: الطلب، وتحقيق SLO (حصة طلبات تلك الساعة ضمن الميزانية)، والطلب غير المخدوم، وحمل المواقع قياسًا إلى ما تحمله وحدات GPU الخاصة بها، والتكلفة في الساعة</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="178"/>
        <source>Hour (UTC):</source>
        <translation>الساعة (UTC):</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="242"/>
        <source>Computing the 24-hour timeline</source>
        <translation>حساب الخط الزمني على مدى 24 ساعة</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="322"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/timelinebar.cpp" line="339"/>
        <source>Under %n what-if condition(s):</source>
        <translation>
            <numerusform>مع %n شرط افتراض:</numerusform>
            <numerusform>مع شرط افتراض واحد:</numerusform>
            <numerusform>مع شرطَي افتراض:</numerusform>
            <numerusform>مع %n شروط افتراض:</numerusform>
            <numerusform>مع %n شرطًا افتراضيًا:</numerusform>
            <numerusform>مع %n شرط افتراض:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="345"/>
        <source>Sized plan: every site at its own peak. The day&apos;s demand peaks at &lt;b&gt;%1&lt;/b&gt; (%2). Pick an hour or press Play.</source>
        <translation>الخطة المحجَّمة: كل موقع عند ذروته. يبلغ طلب اليوم ذروته عند &lt;b&gt;%1&lt;/b&gt; (%2). اختر ساعة أو اضغط تشغيل.</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="349"/>
        <source>Sized plan: every site at its own peak.</source>
        <translation>الخطة المحجَّمة: كل موقع عند ذروته.</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="353"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: computing the day…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: جارٍ حساب اليوم…</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="359"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2: demand %3 · SLO attainment &lt;b&gt;%4&lt;/b&gt; · unserved %5 · site load %6 · %7 per hour</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2: الطلب %3 · تحقيق SLO &lt;b&gt;%4&lt;/b&gt; · غير مخدوم %5 · حمل المواقع %6 · %7 في الساعة</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="360"/>
        <source> (peak)</source>
        <translation> (الذروة)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="371"/>
        <source> (load %1)</source>
        <translation> (الحمل %1)</translation>
    </message>
    <message>
        <location filename="../app/timelinebar.cpp" line="373"/>
        <source>, %1 unserved</source>
        <translation>، %1 غير مخدوم</translation>
    </message>
</context>
<context>
    <name>ea::TimelineLayer</name>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="149"/>
        <source>%1: demand this hour (violet discs), sites by load</source>
        <translation>%1: طلب هذه الساعة (أقراص بنفسجية)، والمواقع حسب حملها</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="154"/>
        <source>below %1 %</source>
        <translation>أقل من %1 %</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="155"/>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="156"/>
        <source>%1 % and more</source>
        <translation>%1 % فأكثر</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="207"/>
        <source>At %1: serves nothing</source>
        <translation>عند %1: لا يخدم شيئًا</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="208"/>
        <source>At %1: load %2 of %3 (%4), headroom %5</source>
        <translation>عند %1: الحمل %2 من %3 (%4)، الهامش %5</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.cpp" line="217"/>
        <source>At %1: demand %2</source>
        <translation>عند %1: الطلب %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/timelinelayer.h" line="30"/>
        <source>Hour of the day</source>
        <translation>ساعة اليوم</translation>
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
        <translation>الصندوق: من p10 إلى p90 للعينات؛ الخط والتسمية: الوسيط (مرّر المؤشر فوق صندوق لرؤية الحد الأدنى والأقصى)</translation>
    </message>
    <message>
        <location filename="../widgets/trials/trialboxchart.cpp" line="100"/>
        <source>%1
median %2 %3
p10–p90 %4–%5, min–max %6–%7</source>
        <translation>%1
الوسيط %2 %3
p10–p90 %4–%5، الأدنى–الأقصى %6–%7</translation>
    </message>
    <message>
        <location filename="../widgets/trials/trialboxchart.cpp" line="107"/>
        <source>No trial measured yet</source>
        <translation>لم تُقَس أي تجربة بعد</translation>
    </message>
    <message>
        <location filename="../widgets/trials/trialboxchart.cpp" line="112"/>
        <source>%1: median %2 %3, p10–p90 %4–%5 (%6)</source>
        <translation>%1: الوسيط %2 %3، p10–p90 %4–%5 (%6)</translation>
    </message>
</context>
<context>
    <name>ea::TrialConfigForm</name>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="34"/>
        <source>A model of the scenario&apos;s catalogue (real shapes, synthetic weights); smallest first — a CPU streams every weight once per decode step</source>
        <translation>نموذج من كتالوج السيناريو (أشكال حقيقية، أوزان اصطناعية)؛ الأصغر أولًا — إذ يقرأ CPU كل وزن مرة واحدة في كل خطوة فك ترميز</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="37"/>
        <source>Decode step</source>
        <translation>خطوة فك الترميز</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="38"/>
        <source>Prefill</source>
        <translation>التعبئة المسبقة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="39"/>
        <source>Decode: one step of the whole batch over a KV cache of the context length.
Prefill: the prompts of the batch in one pass (causal attention).</source>
        <translation>فك الترميز: خطوة واحدة للدفعة كاملة على ذاكرة KV مؤقتة بطول السياق.
التعبئة المسبقة: مطالبات الدفعة في تمريرة واحدة (انتباه سببي).</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="45"/>
        <source>FP8: E4M3 weights with a per-tensor scale, BF16 activations and KV cache</source>
        <translation>FP8: أوزان E4M3 بمعامل قياس لكل موتر، وتنشيطات وذاكرة KV مؤقتة بدقة BF16</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="46"/>
        <source>Sequences in the batch</source>
        <translation>التسلسلات في الدفعة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="47"/>
        <source>KV length a decode step attends to (the new token included)</source>
        <translation>طول KV الذي تنتبه إليه خطوة فك الترميز (بما في ذلك الرمز الجديد)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="49"/>
        <source>Prompt tokens per sequence of a prefill</source>
        <translation>رموز المطالبة لكل تسلسل في التعبئة المسبقة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="51"/>
        <source>&amp;Model:</source>
        <translation>النموذج (&amp;M):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="52"/>
        <source>P&amp;hase:</source>
        <translation>المرحلة (&amp;H):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="53"/>
        <source>&amp;Precision:</source>
        <translation>الدقة (&amp;P):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="54"/>
        <source>&amp;Batch:</source>
        <translation>الدفعة (&amp;B):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="55"/>
        <source>&amp;Context:</source>
        <translation>السياق (&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="56"/>
        <source>Pro&amp;mpt:</source>
        <translation>المطالبة (&amp;M):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="80"/>
        <source>%1 (%2 B parameters)</source>
        <translation>%1 (%2 مليار معامل)</translation>
    </message>
</context>
<context>
    <name>ea::TrialPairsModel</name>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="259"/>
        <source>no verdict</source>
        <translation>لا حكم</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="260"/>
        <source>exceeds A/A noise</source>
        <translation>يتجاوز ضجيج A/A</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="260"/>
        <source>within noise</source>
        <translation>ضمن الضجيج</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="275"/>
        <source>Noise: the widest deviation from 1 of the A/A ratios&apos; p10 and p90. The A/B delta (median B/A − 1) exceeds it, or stays within it.</source>
        <translation>الضجيج: أكبر انحراف عن 1 لقيمتي p10 وp90 لنسب A/A. يتجاوزه فرق A/B (وسيط B/A − 1) أو يبقى ضمنه.</translation>
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
        <translation>مقارنة A/A الضابطة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="291"/>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="312"/>
        <source>control</source>
        <translation>ضابطة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="325"/>
        <source>Pair</source>
        <extracomment>Column header: the A/A control or the A/B pair</extracomment>
        <translation>الزوج</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="327"/>
        <source>Rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="329"/>
        <source>B/A median</source>
        <translation>وسيط B/A</translation>
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
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="340"/>
        <source>A/A noise</source>
        <translation>ضجيج A/A</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="342"/>
        <source>Verdict</source>
        <translation>الحكم</translation>
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
        <translation>ناجحة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="47"/>
        <source>cancelled</source>
        <extracomment>Status of a trial</extracomment>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="50"/>
        <source>failed: %1</source>
        <extracomment>Status of a trial: the reason comes from the benchmark engine (in English)</extracomment>
        <translation>فشلت: %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="53"/>
        <source>skipped: %1</source>
        <extracomment>Status of a trial: the reason comes from the benchmark engine (in English)</extracomment>
        <translation>تم تخطيها: %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="135"/>
        <source>%1
bytes per step %2 MB, FLOPs per step %3 G, predicted floor %4 ms (%5)
outputs checked: %6, timed as a graph: %7</source>
        <translation>%1
البايتات لكل خطوة %2 MB، وFLOPs لكل خطوة %3 G، والحد الأدنى المتوقع %4 ms (%5)
التحقق من المخرجات: %6، التوقيت عبر graph: %7</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="139"/>
        <source>compute-bound</source>
        <translation>محدود بالحوسبة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="140"/>
        <source>memory-bound</source>
        <translation>محدود بالذاكرة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="142"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="142"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="144"/>
        <source>Predicted floor (max of bytes / copy bandwidth, FLOPs / GEMM rate) over the median</source>
        <translation>الحد الأدنى المتوقع (الأكبر بين البايتات / عرض نطاق النسخ، وFLOPs / معدل GEMM) مقسومًا على الوسيط</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="154"/>
        <source>profile</source>
        <translation>ملف حوسبة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="192"/>
        <source>Median time of one run (a decode step of the whole batch, or one prefill)</source>
        <translation>الزمن الوسيط لتشغيل واحد (خطوة فك ترميز للدفعة كاملة، أو تعبئة مسبقة واحدة)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="194"/>
        <source>Median step time divided by the tokens of the step (batch, or batch × prompt)</source>
        <translation>زمن الخطوة الوسيط مقسومًا على رموز الخطوة (الدفعة، أو الدفعة × المطالبة)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="196"/>
        <source>Bytes the step reads and writes (weights, KV cache, activations) per second</source>
        <translation>البايتات التي تقرؤها الخطوة وتكتبها (الأوزان، وذاكرة KV المؤقتة، والتنشيطات) في الثانية</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="198"/>
        <source>Achieved bandwidth as a share of the copy bandwidth measured in the same run</source>
        <translation>عرض النطاق المحقق كنسبة من عرض نطاق النسخ المقيس في التشغيل نفسه</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="208"/>
        <source>Side</source>
        <extracomment>Column header: which configuration a trial is (A, B or a profile trial)</extracomment>
        <translation>الجانب</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="210"/>
        <source>Configuration</source>
        <translation>التكوين</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="212"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="214"/>
        <source>Median ms</source>
        <translation>الوسيط ms</translation>
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
        <translation>ms/رمز</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="222"/>
        <source>tokens/s</source>
        <translation>رمز/s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="224"/>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="226"/>
        <source>% roofline</source>
        <translation>% سقف الأداء</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="228"/>
        <source>% copy BW</source>
        <translation>% عرض نطاق النسخ</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsresultsmodel.cpp" line="230"/>
        <source>Samples</source>
        <translation>العينات</translation>
    </message>
</context>
<context>
    <name>ea::TrialSettingsForm</name>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="149"/>
        <source>Measurement</source>
        <translation>القياس</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="153"/>
        <source>Automatic (CUDA if a GPU is found, else CPU)</source>
        <translation>تلقائي (CUDA إذا وُجد GPU، وإلا CPU)</translation>
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
        <translation>الجهاز الذي يعمل عليه كلا التكوينين، بالتناوب في العملية نفسها</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="158"/>
        <source>At least this many timed samples per trial and per ceiling</source>
        <translation>هذا العدد على الأقل من العينات المقيسة زمنيًا لكل تجربة ولكل سقف</translation>
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
        <translation>هذه المدة المقيسة على الأقل لكل تجربة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="171"/>
        <source>A trial stops here even when its samples are still noisy</source>
        <translation>تتوقف التجربة عند هذا الحد حتى لو كانت عيناتها لا تزال مشوبة بالضجيج</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="173"/>
        <source>Rounds of the A/A control and of the interleaved A/B pair (one run of each side per round)</source>
        <translation>جولات مقارنة A/A الضابطة والزوج A/B المتناوب (تشغيل واحد لكل جانب في كل جولة)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="175"/>
        <source>Buffer of the copy-bandwidth ceiling</source>
        <translation>المخزن المؤقت لسقف عرض نطاق النسخ</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="176"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="177"/>
        <source>default (256 MiB CPU, 1 GiB GPU)</source>
        <translation>افتراضي (256 MiB CPU، 1 GiB GPU)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="178"/>
        <source>n of the n × n × n GEMM ceiling</source>
        <translation>قيمة n لسقف GEMM بحجم n × n × n</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="179"/>
        <source>default (1024 CPU, 8192 GPU)</source>
        <translation>افتراضي (1024 CPU، 8192 GPU)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="180"/>
        <source>Add the trials a compute profile needs</source>
        <translation>إضافة التجارب التي يحتاجها ملف الحوسبة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="182"/>
        <source>Also run decode at batch 1 and 8 and a prefill of A&apos;s model and precision (those A and B do not cover), for &quot;Use as compute profile&quot;</source>
        <translation>تشغيل فك الترميز أيضًا بدفعتين بحجم 1 و8 وتعبئة مسبقة لنموذج A ودقته (ما لا يغطيه A وB)، من أجل &quot;استخدام كملف حوسبة&quot;</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="184"/>
        <source>&amp;Device:</source>
        <translation>الجهاز (&amp;D):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="185"/>
        <source>&amp;Samples:</source>
        <translation>العينات (&amp;S):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="186"/>
        <source>Time per trial, mi&amp;n:</source>
        <translation>المدة لكل تجربة، الحد الأدنى (&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="187"/>
        <source>Time per trial, ma&amp;x:</source>
        <translation>المدة لكل تجربة، الحد الأقصى (&amp;X):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="188"/>
        <source>R&amp;ounds:</source>
        <translation>الجولات (&amp;O):</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="189"/>
        <source>Copy ceiling:</source>
        <translation>سقف النسخ:</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="190"/>
        <source>GEMM ceiling:</source>
        <translation>سقف GEMM:</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="228"/>
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialconfigform.cpp" line="228"/>
        <source>CUDA is not available: %1</source>
        <translation>CUDA غير متاح: %1</translation>
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
        <translation>لكل تسلسل إضافي: %1 ms، وهو الميل بين الخطوتين بدفعة %2 (%3) و%4 (%5)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="120"/>
        <source>per extra sequence: not measured (one batch size only), taken as 0</source>
        <translation>لكل تسلسل إضافي: غير مقيس (حجم دفعة واحد فقط)، ويُعدّ 0</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsanalysis.cpp" line="122"/>
        <source>decode step at batch 1: %1, median of %n sample(s) (%2)</source>
        <translation>
            <numerusform>خطوة فك الترميز بدفعة 1: %1، وسيط %n عينة (%2)</numerusform>
            <numerusform>خطوة فك الترميز بدفعة 1: %1، وسيط عينة واحدة (%2)</numerusform>
            <numerusform>خطوة فك الترميز بدفعة 1: %1، وسيط عينتين (%2)</numerusform>
            <numerusform>خطوة فك الترميز بدفعة 1: %1، وسيط %n عينات (%2)</numerusform>
            <numerusform>خطوة فك الترميز بدفعة 1: %1، وسيط %n عينة (%2)</numerusform>
            <numerusform>خطوة فك الترميز بدفعة 1: %1، وسيط %n عينة (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="126"/>
        <source>decode step at batch 1: %1 ms, extrapolated from batch %2 (no batch-1 trial)</source>
        <translation>خطوة فك الترميز بدفعة 1: %1 ms، مستقرأة من دفعة %2 (لا توجد تجربة بدفعة 1)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="132"/>
        <source>decode: no decode trial of this model and precision, the planner keeps the roofline</source>
        <translation>فك الترميز: لا توجد تجربة فك ترميز لهذا النموذج وهذه الدقة، وتحتفظ أداة التخطيط بسقف الأداء (roofline)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="136"/>
        <source>prefill: %1 tokens/s from %2 (%3)</source>
        <translation>التعبئة المسبقة: %1 رمز/s من %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsanalysis.cpp" line="141"/>
        <source>prefill: no prefill trial of this model and precision, the planner keeps the roofline</source>
        <translation>التعبئة المسبقة: لا توجد تجربة تعبئة مسبقة لهذا النموذج وهذه الدقة، وتحتفظ أداة التخطيط بسقف الأداء (roofline)</translation>
    </message>
</context>
<context>
    <name>ea::TrialsPage</name>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="66"/>
        <source>Looking for devices…</source>
        <translation>جارٍ البحث عن الأجهزة…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="67"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="70"/>
        <source>Configuration &amp;A</source>
        <translation>التكوين A (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="71"/>
        <source>Configuration &amp;B</source>
        <translation>التكوين B (&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="77"/>
        <source>&amp;Run A/B</source>
        <translation>تشغيل A/B (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="78"/>
        <location filename="../app/trials/trialspageview.cpp" line="183"/>
        <source>Measure the ceilings, A and B, the A/A control, then A and B interleaved</source>
        <translation>قياس الأسقف، وA وB، ومقارنة A/A الضابطة، ثم A وB بالتناوب</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="79"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="80"/>
        <source>Stop at the next sample or round; what was measured stays</source>
        <translation>التوقف عند العينة أو الجولة التالية؛ ويُحتفظ بما تم قياسه</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="92"/>
        <source>Progress of the run</source>
        <translation>تقدّم التشغيل</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="93"/>
        <source>Not run yet</source>
        <translation>لم يُشغَّل بعد</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="116"/>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="120"/>
        <source>Measured ceilings</source>
        <translation>الأسقف المقيسة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="140"/>
        <source>Trial results</source>
        <translation>نتائج التجارب</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="141"/>
        <source>Each configuration on its own: median, p10 and p90 of the step time over its samples, and what that achieves</source>
        <translation>كل تكوين على حدة: الوسيط وp10 وp90 لزمن الخطوة عبر عيناته، وما يحققه ذلك</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="144"/>
        <source>A/A control and A/B pair</source>
        <translation>مقارنة A/A الضابطة والزوج A/B</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="145"/>
        <source>Side by side: one ratio B/A per round of interleaved runs</source>
        <translation>جنبًا إلى جنب: نسبة B/A واحدة لكل جولة من التشغيلات المتناوبة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="148"/>
        <source>Latency per token</source>
        <translation>زمن الاستجابة لكل رمز</translation>
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
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="153"/>
        <source>tokens/s</source>
        <extracomment>Unit of a chart: tokens per second</extracomment>
        <translation>رمز/s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="154"/>
        <source>Share of roofline</source>
        <translation>النسبة من سقف الأداء (roofline)</translation>
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
        <translation>تصدير (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="162"/>
        <source>Save the results with their provenance as JSON, markdown or CSV</source>
        <translation>حفظ النتائج مع مصدرها بتنسيق JSON أو markdown أو CSV</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="163"/>
        <source>&amp;Use as Compute Profile…</source>
        <translation>استخدام كملف حوسبة (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="164"/>
        <source>Make these measurements the compute profile of a GPU type of the scenario; the plan then uses them instead of the roofline (undoable)</source>
        <translation>جعل هذه القياسات ملف الحوسبة لنوع GPU في السيناريو؛ فتستخدمها الخطة بدلًا من سقف الأداء (roofline) (قابل للتراجع)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="174"/>
        <source>GPU type</source>
        <translation>نوع GPU</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="174"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="174"/>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="174"/>
        <source>Step B=1 ms</source>
        <translation>الخطوة B=1 ms</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="175"/>
        <source>+ms/seq</source>
        <translation>+ms/تسلسل</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="175"/>
        <source>Prefill tok/s</source>
        <translation>التعبئة المسبقة رمز/s</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="175"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="183"/>
        <source>Measured compute profiles of the scenario: the planner uses them instead of the roofline for that GPU type, model and precision</source>
        <translation>ملفات الحوسبة المقيسة في السيناريو: تستخدمها أداة التخطيط بدلًا من سقف الأداء (roofline) لنوع GPU والنموذج والدقة المعنية</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="185"/>
        <source>Compute profiles in the scenario</source>
        <translation>ملفات الحوسبة في السيناريو</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="187"/>
        <source>Remo&amp;ve Profile</source>
        <translation>إزالة ملف الحوسبة (&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="188"/>
        <source>The planner goes back to the roofline for it (undoable)</source>
        <translation>تعود أداة التخطيط إلى سقف الأداء (roofline) في هذه الحالة (قابل للتراجع)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="203"/>
        <source>&lt;b&gt;Compute profiles in the scenario&lt;/b&gt;</source>
        <translation>&lt;b&gt;ملفات الحوسبة في السيناريو&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="241"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="252"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="261"/>
        <source>%1 of %2</source>
        <extracomment>Progress bar: step %1 of %2 steps</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="278"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="278"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="279"/>
        <source>Failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="280"/>
        <source>Cancelled; the results show what was measured</source>
        <translation>أُلغي؛ تعرض النتائج ما تم قياسه</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="281"/>
        <source>Finished</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="291"/>
        <source>&lt;b&gt;CPU&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;CUDA&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;CPU&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;CUDA&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="294"/>
        <source>not available — %1</source>
        <translation>غير متاح — %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="312"/>
        <source>there are no results to export</source>
        <translation>لا توجد نتائج لتصديرها</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="322"/>
        <source>%1: unknown format (use .json, .md or .csv)</source>
        <translation>%1: تنسيق غير معروف (استخدم .json أو .md أو .csv)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="337"/>
        <location filename="../app/trials/trialspage.cpp" line="343"/>
        <source>Export Trial Results</source>
        <translation>تصدير نتائج التجارب</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="338"/>
        <source>JSON (*.json);;Markdown (*.md);;CSV (*.csv)</source>
        <translation>JSON (*.json);;Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="351"/>
        <source>there are no results</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="355"/>
        <source>the scenario has no GPU type &quot;%1&quot; or no model &quot;%2&quot;</source>
        <translation>لا يحتوي السيناريو على نوع GPU &quot;%1&quot; أو على نموذج &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="360"/>
        <source>no successful decode or prefill trial of %1 in %2</source>
        <translation>لا توجد تجربة ناجحة لفك الترميز أو التعبئة المسبقة لـ %1 في %2</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="373"/>
        <source>Use measured profile for %1</source>
        <translation>استخدام ملف الحوسبة المقيس لـ %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="391"/>
        <source>Use as Compute Profile</source>
        <translation>استخدام كملف حوسبة</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspage.cpp" line="404"/>
        <source>Remove measured profile for %1</source>
        <translation>إزالة ملف الحوسبة المقيس لـ %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="61"/>
        <source>Choose configurations A and B and run them: each is measured on its own, then A against itself (the A/A control, which shows this machine&apos;s noise), then A and B interleaved in rounds.</source>
        <translation>اختر التكوينين A وB وشغّلهما: يُقاس كل منهما على حدة، ثم A مقابل نفسه (مقارنة A/A الضابطة، التي تُظهر ضجيج هذا الجهاز)، ثم A وB بالتناوب في جولات.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="71"/>
        <source>&lt;b&gt;The run failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;فشل التشغيل:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialspageview.cpp" line="75"/>
        <source>&lt;b&gt;B&apos;s step takes %1 % longer than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved round(s), p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أطول بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى %n جولة متناوبة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أطول بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى جولة متناوبة واحدة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أطول بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى جولتين متناوبتين، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أطول بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى %n جولات متناوبة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أطول بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى %n جولة متناوبة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أطول بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى %n جولة متناوبة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialspageview.cpp" line="78"/>
        <source>&lt;b&gt;B&apos;s step takes %1 % less time than A&apos;s&lt;/b&gt; (median B/A %2 over %n interleaved round(s), p10–p90 %3–%4). A/A noise ±%5 % → &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أقل بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى %n جولة متناوبة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أقل بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى جولة متناوبة واحدة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أقل بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى جولتين متناوبتين، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أقل بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى %n جولات متناوبة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أقل بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى %n جولة متناوبة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;تستغرق خطوة B وقتًا أقل بنسبة %1 % من خطوة A&lt;/b&gt; (وسيط B/A %2 على مدى %n جولة متناوبة، p10–p90 %3–%4). ضجيج A/A ±%5 % ← &lt;b&gt;%6&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="86"/>
        <source>With fewer than 20 rounds p10 and p90 lie near the extremes: one stalled round sets the noise.</source>
        <translation>مع أقل من 20 جولة يقترب p10 وp90 من القيم القصوى: إذ تحدد جولة واحدة متعثرة الضجيج.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="89"/>
        <source>&lt;b&gt;Measuring…&lt;/b&gt; The results appear as each configuration is measured; the verdict comes when the A/B rounds end.</source>
        <translation>&lt;b&gt;جارٍ القياس…&lt;/b&gt; تظهر النتائج كلما قيست كل تهيئة؛ ويأتي الحكم عند انتهاء جولات A/B.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="92"/>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; before the A/B pair: no verdict.</source>
        <translation>&lt;b&gt;أُلغي&lt;/b&gt; قبل الزوج A/B: لا حكم.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="93"/>
        <source>&lt;b&gt;No verdict&lt;/b&gt;: a pair did not run (see its status).</source>
        <translation>&lt;b&gt;لا حكم&lt;/b&gt;: لم يُشغَّل أحد الأزواج (راجع حالته).</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="99"/>
        <source>Per token (each trial on its own): A %1 ms, B %2 ms; tokens/s: A %3, B %4.</source>
        <translation>لكل رمز (كل تجربة على حدة): A %1 ms، B %2 ms؛ رمز/s: A %3، B %4.</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="109"/>
        <source>Ceilings: not measured.</source>
        <translation>الأسقف: غير مقيسة.</translation>
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
            <numerusform>الأسقف المقيسة في هذا التشغيل على %1 (%2، %n خيط أو وحدة SM): النسخ %3 GB/s (قراءة + كتابة، مخزن مؤقت %4 MiB)، تدفق القراءة %5 GB/s، GEMM n = %6: %7.</numerusform>
            <numerusform>الأسقف المقيسة في هذا التشغيل على %1 (%2، خيط واحد أو وحدة SM واحدة): النسخ %3 GB/s (قراءة + كتابة، مخزن مؤقت %4 MiB)، تدفق القراءة %5 GB/s، GEMM n = %6: %7.</numerusform>
            <numerusform>الأسقف المقيسة في هذا التشغيل على %1 (%2، خيطان أو وحدتا SM): النسخ %3 GB/s (قراءة + كتابة، مخزن مؤقت %4 MiB)، تدفق القراءة %5 GB/s، GEMM n = %6: %7.</numerusform>
            <numerusform>الأسقف المقيسة في هذا التشغيل على %1 (%2، %n خيوط أو وحدات SM): النسخ %3 GB/s (قراءة + كتابة، مخزن مؤقت %4 MiB)، تدفق القراءة %5 GB/s، GEMM n = %6: %7.</numerusform>
            <numerusform>الأسقف المقيسة في هذا التشغيل على %1 (%2، %n خيطًا أو وحدة SM): النسخ %3 GB/s (قراءة + كتابة، مخزن مؤقت %4 MiB)، تدفق القراءة %5 GB/s، GEMM n = %6: %7.</numerusform>
            <numerusform>الأسقف المقيسة في هذا التشغيل على %1 (%2، %n خيط أو وحدة SM): النسخ %3 GB/s (قراءة + كتابة، مخزن مؤقت %4 MiB)، تدفق القراءة %5 GB/s، GEMM n = %6: %7.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="156"/>
        <location filename="../app/trials/trialspageview.cpp" line="164"/>
        <source>roofline</source>
        <translation>سقف الأداء (roofline)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialspageview.cpp" line="184"/>
        <source>The scenario has no models to run</source>
        <translation>لا يحتوي السيناريو على نماذج لتشغيلها</translation>
    </message>
</context>
<context>
    <name>ea::TrialsRunner</name>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="41"/>
        <source>Looking for the trials&apos; devices</source>
        <translation>جارٍ البحث عن أجهزة التجارب</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="52"/>
        <source>%1, %n thread(s), BLAS: %2</source>
        <translation>
            <numerusform>%1، %n خيط، BLAS: %2</numerusform>
            <numerusform>%1، خيط واحد، BLAS: %2</numerusform>
            <numerusform>%1، خيطان، BLAS: %2</numerusform>
            <numerusform>%1، %n خيوط، BLAS: %2</numerusform>
            <numerusform>%1، %n خيطًا، BLAS: %2</numerusform>
            <numerusform>%1، %n خيط، BLAS: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="55"/>
        <source>unavailable: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="107"/>
        <source>Benchmark trials</source>
        <translation>تجارب قياس الأداء</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="131"/>
        <source>Opening the backend</source>
        <translation>فتح الواجهة الخلفية</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="144"/>
        <source>Measuring the ceilings (copy bandwidth, GEMM rate)</source>
        <translation>قياس الأسقف (عرض نطاق النسخ، معدل GEMM)</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="155"/>
        <source>Trial A: %1</source>
        <translation>التجربة A: %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="156"/>
        <source>Trial B: %1</source>
        <translation>التجربة B: %1</translation>
    </message>
    <message>
        <location filename="../app/trials/trialsrunner.cpp" line="158"/>
        <source>Profile trial: %1</source>
        <translation>تجربة ملف الحوسبة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="171"/>
        <source>A/A control: A against itself, %n round(s)</source>
        <translation>
            <numerusform>مقارنة A/A الضابطة: A مقابل نفسه، %n جولة</numerusform>
            <numerusform>مقارنة A/A الضابطة: A مقابل نفسه، جولة واحدة</numerusform>
            <numerusform>مقارنة A/A الضابطة: A مقابل نفسه، جولتان</numerusform>
            <numerusform>مقارنة A/A الضابطة: A مقابل نفسه، %n جولات</numerusform>
            <numerusform>مقارنة A/A الضابطة: A مقابل نفسه، %n جولة</numerusform>
            <numerusform>مقارنة A/A الضابطة: A مقابل نفسه، %n جولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trials/trialsrunner.cpp" line="176"/>
        <source>A/B: interleaved, %n round(s)</source>
        <translation>
            <numerusform>A/B: بالتناوب، %n جولة</numerusform>
            <numerusform>A/B: بالتناوب، جولة واحدة</numerusform>
            <numerusform>A/B: بالتناوب، جولتان</numerusform>
            <numerusform>A/B: بالتناوب، %n جولات</numerusform>
            <numerusform>A/B: بالتناوب، %n جولة</numerusform>
            <numerusform>A/B: بالتناوب، %n جولة</numerusform>
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
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="34"/>
        <source>a character device</source>
        <translation>جهاز محرفي</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="36"/>
        <source>a block device</source>
        <translation>جهاز كتلي</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="38"/>
        <source>a pipe</source>
        <translation>أنبوب</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="40"/>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="41"/>
        <source>not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="46"/>
        <source>%1 is %2 MiB, larger than the %3 MiB limit</source>
        <translation>حجم %1 هو %2 MiB، وهو أكبر من الحد البالغ %3 MiB</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="63"/>
        <location filename="../engine/model/userfile.cpp" line="74"/>
        <source>cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="73"/>
        <source>cannot open %1: no such file</source>
        <translation>تعذّر فتح %1: الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="85"/>
        <location filename="../engine/model/userfile.cpp" line="104"/>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="88"/>
        <source>cannot read %1: not a regular file (%2)</source>
        <translation>تعذّرت قراءة %1: ليس ملفًا عاديًا (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="120"/>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/model/userfile.cpp" line="136"/>
        <source>no byte could be written</source>
        <translation>تعذّرت كتابة أي بايت</translation>
    </message>
</context>
<context>
    <name>ea::Vantage</name>
    <message>
        <location filename="../engine/monitor/monitortargets.cpp" line="17"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>ea::WelcomePanel</name>
    <message>
        <location filename="../app/welcomepanel.cpp" line="21"/>
        <source>Welcome</source>
        <translation>ترحيب</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="31"/>
        <source>&lt;b&gt;Welcome to EdgeAtlas&lt;/b&gt; — where should AI inference run: edge sites, regional clouds, central AI campuses or on-premises, at what cost and with what latency for users?</source>
        <translation>&lt;b&gt;مرحبًا بك في EdgeAtlas&lt;/b&gt; — أين يجب تشغيل استدلال الذكاء الاصطناعي: مواقع الحافة، أم السحب الإقليمية، أم مجمّعات الذكاء الاصطناعي المركزية، أم في الموقع، وبأي تكلفة وبأي زمن استجابة للمستخدمين؟</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="35"/>
        <source>&lt;b&gt;The default world&lt;/b&gt; holds real cloud regions and AI campuses (from public price and location pages), a &lt;i&gt;synthetic&lt;/i&gt; grid of 4,400 edge sites placed by a documented rule, demand regions from GeoNames cities, and workloads across the taxonomy, from interactive (code completion, conversation, video inspection, control loops) to batch.</source>
        <translation>&lt;b&gt;العالم الافتراضي&lt;/b&gt; يضم مناطق سحابية ومجمّعات ذكاء اصطناعي حقيقية (من صفحات عامة للأسعار والمواقع)، وشبكة &lt;b&gt;اصطناعية&lt;/b&gt; من 4,400 موقع حافة موزعة وفق قاعدة موثقة، ومناطق طلب من مدن GeoNames، وأعباء عمل تغطي التصنيف كله، من التفاعلية (إكمال الشيفرة، المحادثة، فحص الفيديو، حلقات التحكم) إلى الدفعية.</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="41"/>
        <source>&lt;b&gt;Try first:&lt;/b&gt; drag a card on the planner board to another tier; &lt;a href=&quot;suggest&quot;&gt;Suggest Placement&lt;/a&gt;; open the &lt;a href=&quot;monitor&quot;&gt;Monitor&apos;s simulated deployment&lt;/a&gt;; &lt;a href=&quot;trials&quot;&gt;run a trial&lt;/a&gt;; &lt;a href=&quot;report&quot;&gt;export a report&lt;/a&gt;.</source>
        <translation>&lt;b&gt;جرّب أولًا:&lt;/b&gt; اسحب بطاقة في لوحة التخطيط إلى مستوى آخر؛ &lt;a href=&quot;suggest&quot;&gt;اقتراح توزيع&lt;/a&gt;؛ افتح &lt;a href=&quot;monitor&quot;&gt;النشر المحاكى في المراقبة&lt;/a&gt;؛ &lt;a href=&quot;trials&quot;&gt;شغّل تجربة&lt;/a&gt;؛ &lt;a href=&quot;report&quot;&gt;صدّر تقريرًا&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="45"/>
        <source>&lt;b&gt;Synthetic, not measured:&lt;/b&gt; the edge grid, the Monitor&apos;s deployment (served from this computer with the model&apos;s delays) and the trials&apos; model weights. Latencies are modelled, fitted to published measurements.</source>
        <translation>&lt;b&gt;اصطناعي وليس مقيسًا:&lt;/b&gt; شبكة الحافة، ونشر المراقبة (يُخدَم من هذا الحاسوب بتأخيرات النموذج)، وأوزان نماذج التجارب. أزمنة الاستجابة مُنمذجة، ومُلاءمة على قياسات منشورة.</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="61"/>
        <source>Got It</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <location filename="../app/welcomepanel.cpp" line="63"/>
        <source>Hide this panel; Help → Welcome shows it again (Escape)</source>
        <translation>إخفاء هذه اللوحة؛ مساعدة ← ترحيب تعرضها مجددًا (Escape)</translation>
    </message>
</context>
<context>
    <name>ea::WhatIf</name>
    <message>
        <location filename="../engine/model/whatif.cpp" line="160"/>
        <source>node %1 down</source>
        <translation>العقدة %1 متوقفة</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="161"/>
        <source>%1 nodes down (%2)</source>
        <translation>%1 عقد متوقفة (%2)</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="167"/>
        <source>zone %1</source>
        <translation>المنطقة %1</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="169"/>
        <source>country %1</source>
        <translation>البلد %1</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="171"/>
        <source>tier %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="172"/>
        <source>every node</source>
        <translation>كل العقد</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="174"/>
        <source>%1 down</source>
        <comment>what is down</comment>
        <translation>%1 متوقف</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="175"/>
        <source>%1 in %2 down</source>
        <comment>what, where</comment>
        <translation>%1 متوقف في %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="181"/>
        <source>demand x%1 for workload %2</source>
        <translation>الطلب ×%1 لحمل العمل %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="185"/>
        <source>demand x%1 for zone %2</source>
        <translation>الطلب ×%1 للمنطقة %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="188"/>
        <source>demand x%1 for everything</source>
        <translation>الطلب ×%1 لكل شيء</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="193"/>
        <source>price x%1 for GPU %2</source>
        <translation>السعر ×%1 لوحدة GPU ‏%2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="194"/>
        <source>price x%1 for tier %2</source>
        <translation>السعر ×%1 للمستوى %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="199"/>
        <source>+%1 ms between %2 and %3</source>
        <translation>+%1 م.ث بين %2 و%3</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="205"/>
        <source>%1: %2</source>
        <comment>condition name: description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../engine/model/whatif.cpp" line="207"/>
        <source>%1 (off)</source>
        <translation>%1 (متوقف)</translation>
    </message>
</context>
<context>
    <name>ea::WhatIfConditionDialog</name>
    <message>
        <location filename="../app/whatifdialog.cpp" line="30"/>
        <source>Any zone</source>
        <translation>أي منطقة</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="49"/>
        <source>Sites down</source>
        <translation>مواقع متوقفة</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="51"/>
        <source>Demand surge</source>
        <translation>زيادة الطلب</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="53"/>
        <source>GPU price change</source>
        <translation>تغير سعر وحدات GPU</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="55"/>
        <source>Latency penalty between zones</source>
        <translation>غرامة زمن استجابة بين منطقتين</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="69"/>
        <source>optional, e.g. &quot;Frankfurt fire&quot;</source>
        <translation>اختياري، مثل &quot;حريق فرانكفورت&quot;</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="70"/>
        <source>A label for people; saved with the condition</source>
        <translation>تسمية للناس؛ تُحفظ مع الشرط</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="71"/>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="75"/>
        <source>These &amp;nodes:</source>
        <translation>هذه العقد (&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="76"/>
        <source>Every node &amp;matching:</source>
        <translation>كل عقدة تطابق (&amp;M):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="81"/>
        <source>node ids, separated by commas</source>
        <translation>معرّفات العقد، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="82"/>
        <source>One node id, or several separated by commas; completion offers the scenario&apos;s node ids</source>
        <translation>معرّف عقدة واحد أو عدة معرّفات مفصولة بفواصل؛ يقترح الإكمال معرّفات عقد السيناريو</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="95"/>
        <source>Any tier</source>
        <translation>أي مستوى</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="98"/>
        <source>Only nodes of this tier (with no zone or country: the whole tier)</source>
        <translation>عقد هذا المستوى فقط (دون منطقة أو بلد: المستوى كله)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="102"/>
        <source>Only nodes in this geographic zone</source>
        <translation>العقد في هذه المنطقة الجغرافية فقط</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="105"/>
        <source>ISO code, e.g. DE</source>
        <translation>رمز ISO، مثل DE</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="106"/>
        <source>Only nodes in this country (two-letter ISO code)</source>
        <translation>العقد في هذا البلد فقط (رمز ISO من حرفين)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="108"/>
        <source>&amp;Tier:</source>
        <translation>المستوى (&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="109"/>
        <source>&amp;Zone:</source>
        <translation>المنطقة (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="110"/>
        <source>&amp;Country:</source>
        <translation>البلد (&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="132"/>
        <source>Demand is multiplied by this factor (2 doubles it)</source>
        <translation>يُضرب الطلب في هذا المعامل (2 يضاعفه)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="133"/>
        <source>Prices are multiplied by this factor (0.5 halves them)</source>
        <translation>تُضرب الأسعار في هذا المعامل (0.5 يخفضها إلى النصف)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="136"/>
        <source>Everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="137"/>
        <source>One workload</source>
        <translation>حمل عمل واحد</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="138"/>
        <source>Demand in one zone</source>
        <translation>الطلب في منطقة واحدة</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="143"/>
        <source>One GPU type</source>
        <translation>نوع GPU واحد</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="144"/>
        <source>One tier</source>
        <translation>مستوى واحد</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="147"/>
        <source>Which demand surges</source>
        <translation>أي طلب يزداد</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="147"/>
        <source>Which prices change</source>
        <translation>أي أسعار تتغير</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="149"/>
        <source>The workload or zone whose demand surges</source>
        <translation>حمل العمل أو المنطقة التي يزداد طلبها</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="150"/>
        <source>The GPU type or tier whose price changes</source>
        <translation>نوع GPU أو المستوى الذي يتغير سعره</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="151"/>
        <source>&amp;Factor:</source>
        <translation>المعامل (&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="152"/>
        <source>&amp;Applies to:</source>
        <translation>ينطبق على (&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="153"/>
        <source>&amp;Which:</source>
        <translation>أيّها (&amp;W):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="172"/>
        <source>One end of the cut path</source>
        <translation>أحد طرفي المسار المقطوع</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="173"/>
        <source>The other end (the same zone: paths inside that zone)</source>
        <translation>الطرف الآخر (المنطقة نفسها: المسارات داخل تلك المنطقة)</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="177"/>
        <source> ms</source>
        <translation> م.ث</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="179"/>
        <source>Added to the round-trip time between places of the two zones, both ways</source>
        <translation>تُضاف إلى زمن الذهاب والإياب بين أماكن المنطقتين، في الاتجاهين</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="180"/>
        <source>Zone &amp;A:</source>
        <translation>المنطقة أ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="181"/>
        <source>Zone &amp;B:</source>
        <translation>المنطقة ب (&amp;B):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="182"/>
        <source>&amp;Extra RTT:</source>
        <translation>زمن ذهاب وإياب إضافي (&amp;E):</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="279"/>
        <source>Name at least one node.</source>
        <translation>اذكر عقدة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="286"/>
        <source>No such node in the scenario: %1.</source>
        <translation>عقدة غير موجودة في السيناريو: %1.</translation>
    </message>
    <message>
        <location filename="../app/whatifdialog.cpp" line="288"/>
        <source>Pick a tier, a zone or a country (or name the nodes).</source>
        <translation>اختر مستوى أو منطقة أو بلداً (أو اذكر العقد).</translation>
    </message>
</context>
<context>
    <name>ea::WhatIfLayer</name>
    <message>
        <location filename="../widgets/map/damagelayer.h" line="72"/>
        <source>What-if changes</source>
        <translation>تغييرات الافتراض</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="290"/>
        <source>no site</source>
        <translation>لا موقع</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="293"/>
        <source>unserved</source>
        <translation>غير مخدوم</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="296"/>
        <source>&lt;b&gt;Under the what-if conditions&lt;/b&gt;</source>
        <translation>&lt;b&gt;مع شروط الافتراض&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="298"/>
        <source>Moved from %1 to %2</source>
        <translation>نُقلت من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="300"/>
        <source>Latency at p%1: %2 → %3 (budget %4)</source>
        <translation>زمن الاستجابة عند p%1: %2 ← %3 (الميزانية %4)</translation>
    </message>
    <message>
        <location filename="../widgets/map/damagelayer.cpp" line="303"/>
        <source>&lt;span style=&quot;color:#d01010&quot;&gt;Loses its SLO&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#d01010&quot;&gt;تفقد هدف الخدمة&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ea::WhatIfPanel</name>
    <message>
        <location filename="../app/whatifpanel.cpp" line="59"/>
        <source>&amp;Add</source>
        <translation>إضافة (&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="60"/>
        <source>Add a what-if condition (Insert): sites down, a demand surge, a GPU price change or a latency penalty</source>
        <translation>إضافة شرط افتراض (Insert): مواقع متوقفة أو زيادة طلب أو تغير سعر GPU أو غرامة زمن استجابة</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="71"/>
        <source>A node, a set of nodes, every node of a tier in a zone or country, or a whole tier takes no demand</source>
        <translation>عقدة أو مجموعة عقد أو كل عقد مستوى في منطقة أو بلد أو مستوى كامل لا يستقبل أي طلب</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="73"/>
        <source>Demand × factor for one workload, one zone&apos;s regions or everything</source>
        <translation>الطلب × معامل لحمل عمل واحد أو لمناطق منطقة واحدة أو لكل شيء</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="74"/>
        <source>GPU-hour prices × factor for one GPU type or one tier</source>
        <translation>أسعار ساعة GPU × معامل لنوع GPU واحد أو لمستوى واحد</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="75"/>
        <source>Extra round-trip time between two zones, e.g. a cable cut</source>
        <translation>زمن ذهاب وإياب إضافي بين منطقتين، مثل انقطاع كابل</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="79"/>
        <source>&amp;Edit…</source>
        <translation>تعديل (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="80"/>
        <source>Change the selected condition (Return)</source>
        <translation>تغيير الشرط المحدد (Return)</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="82"/>
        <source>&amp;Remove</source>
        <translation>إزالة (&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="83"/>
        <source>Remove the selected condition (Delete); Undo brings it back</source>
        <translation>إزالة الشرط المحدد (Delete)؛ التراجع يعيده</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="94"/>
        <source>The scenario&apos;s what-if conditions: the check box switches one on or off (Space); Insert adds, Return edits, Delete removes</source>
        <translation>شروط الافتراض في السيناريو: خانة الاختيار تفعّل الشرط أو توقفه (Space)؛ Insert يضيف وReturn يعدّل وDelete يزيل</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="113"/>
        <source>Workload</source>
        <translation>حمل العمل</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="113"/>
        <source>Cost per month</source>
        <translation>التكلفة الشهرية</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="113"/>
        <source>SLO attainment</source>
        <translation>تحقق هدف مستوى الخدمة</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="114"/>
        <source>Unserved</source>
        <translation>غير مخدوم</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="114"/>
        <source>Lost SLO</source>
        <translation>فقدت الهدف</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="114"/>
        <source>Moved</source>
        <translation>نُقلت</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="116"/>
        <source>Demand regions that met the SLO before and miss it after</source>
        <translation>مناطق طلب كانت تحقق الهدف قبلاً ولا تحققه بعد</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="117"/>
        <source>Demand regions served by another site after</source>
        <translation>مناطق طلب يخدمها موقع آخر بعد ذلك</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="118"/>
        <source>The plan without the active conditions → the same placement under them</source>
        <translation>الخطة دون الشروط المفعّلة ← التوزيع نفسه تحتها</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="167"/>
        <source>What-If Condition</source>
        <translation>شرط افتراض</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="168"/>
        <source>The condition was not applied:
%1</source>
        <translation>لم يُطبَّق الشرط:
%1</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="179"/>
        <source>Add What-If Condition</source>
        <translation>إضافة شرط افتراض</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="189"/>
        <source>Edit What-If Condition</source>
        <translation>تعديل شرط افتراض</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="199"/>
        <source>Remove What-If Condition</source>
        <translation>إزالة شرط افتراض</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="210"/>
        <source>Switch On What-If Condition</source>
        <translation>تفعيل شرط افتراض</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="210"/>
        <source>Switch Off What-If Condition</source>
        <translation>إيقاف شرط افتراض</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="266"/>
        <source>%1 — %2; the check box switches it on or off</source>
        <translation>%1 — %2؛ خانة الاختيار تفعّله أو توقفه</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="301"/>
        <source>Evaluating the plan under the active conditions…</source>
        <translation>جارٍ تقييم الخطة تحت الشروط المفعّلة…</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="302"/>
        <source>No condition is switched on: the plan is shown as it is. Add a condition or switch one on to see the plan before → after it.</source>
        <translation>لا يوجد شرط مفعّل: تُعرض الخطة كما هي. أضف شرطاً أو فعّل واحداً لترى الخطة قبله ← بعده.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/whatifpanel.cpp" line="314"/>
        <source>%n active condition(s): cost %1, SLO attainment %2; %3 workload(s) miss their SLO after, %4 unserved.</source>
        <translation>
            <numerusform>الشروط المفعّلة: %n؛ التكلفة %1، وتحقق الهدف %2؛ أحمال عمل لا تحقق هدفها بعدها: %3، وغير مخدوم: %4.</numerusform>
            <numerusform>الشروط المفعّلة: %n؛ التكلفة %1، وتحقق الهدف %2؛ أحمال عمل لا تحقق هدفها بعدها: %3، وغير مخدوم: %4.</numerusform>
            <numerusform>الشروط المفعّلة: %n؛ التكلفة %1، وتحقق الهدف %2؛ أحمال عمل لا تحقق هدفها بعدها: %3، وغير مخدوم: %4.</numerusform>
            <numerusform>الشروط المفعّلة: %n؛ التكلفة %1، وتحقق الهدف %2؛ أحمال عمل لا تحقق هدفها بعدها: %3، وغير مخدوم: %4.</numerusform>
            <numerusform>الشروط المفعّلة: %n؛ التكلفة %1، وتحقق الهدف %2؛ أحمال عمل لا تحقق هدفها بعدها: %3، وغير مخدوم: %4.</numerusform>
            <numerusform>الشروط المفعّلة: %n؛ التكلفة %1، وتحقق الهدف %2؛ أحمال عمل لا تحقق هدفها بعدها: %3، وغير مخدوم: %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="321"/>
        <source>(updating…)</source>
        <translation>(جارٍ التحديث…)</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="330"/>
        <source>Met its SLO before, misses it under the conditions</source>
        <translation>كان يحقق هدفه قبلاً ولا يحققه تحت الشروط</translation>
    </message>
    <message>
        <location filename="../app/whatifpanel.cpp" line="339"/>
        <source>All workloads</source>
        <translation>كل أحمال العمل</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadActions</name>
    <message>
        <location filename="../app/workloadactions.cpp" line="32"/>
        <source>&amp;Add Workload…</source>
        <translation>إضافة عبء عمل (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="34"/>
        <source>Add a workload to the scenario</source>
        <translation>إضافة عبء عمل إلى السيناريو</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="35"/>
        <source>&amp;Edit Workload…</source>
        <translation>تحرير عبء العمل (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="36"/>
        <source>Edit the selected workload: SLO, demand, tokens, model, tier</source>
        <translation>تحرير عبء العمل المحدد: SLO، الطلب، الرموز، النموذج، الطبقة</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="38"/>
        <source>D&amp;uplicate Workload…</source>
        <translation>تكرار عبء العمل (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="39"/>
        <source>Add a copy of the selected workload</source>
        <translation>إضافة نسخة من عبء العمل المحدد</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="40"/>
        <source>&amp;Delete Workload</source>
        <translation>حذف عبء العمل (&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="41"/>
        <source>Remove the selected workload from the scenario</source>
        <translation>إزالة عبء العمل المحدد من السيناريو</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="85"/>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="96"/>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="97"/>
        <source>Duplicate %1</source>
        <translation>تكرار %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="98"/>
        <source>Duplicate Workload — %1</source>
        <translation>تكرار عبء العمل — %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="108"/>
        <source>Delete Workload</source>
        <translation>حذف عبء العمل</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="109"/>
        <source>Delete the workload “%1” from the scenario?</source>
        <translation>هل تريد حذف عبء العمل «%1» من السيناريو؟</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="111"/>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>يمكن استعادته بالأمر «تراجع» (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="117"/>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="131"/>
        <source>Add workload %1</source>
        <translation>إضافة عبء العمل %1</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="140"/>
        <source>Workload Not Changed</source>
        <translation>لم يتغير عبء العمل</translation>
    </message>
    <message>
        <location filename="../app/workloadactions.cpp" line="141"/>
        <source>The change would make the scenario invalid:</source>
        <translation>سيجعل هذا التغيير السيناريو غير صالح:</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadCard</name>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="58"/>
        <source>%1, %2 %3 against a budget of %4, %5 per month, %6 of requests within the SLO</source>
        <translation>%1، %2 %3 مقابل ميزانية %4، %5 شهريًا، %6 من الطلبات ضمن SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="65"/>
        <source>under the active what-if conditions %1 → %2 per month, %3 → %4 of requests within the SLO</source>
        <translation>مع شروط الافتراض المفعّلة %1 ← %2 شهريًا، %3 ← %4 من الطلبات ضمن هدف الخدمة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="229"/>
        <source>evaluating…</source>
        <translation>جارٍ التقييم…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="233"/>
        <source>%1/mo · %2 met</source>
        <translation>%1 شهريًا · %2 محقق</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadcard.cpp" line="279"/>
        <source>What-if → %1/mo · %2 met</source>
        <translation>افتراض ← %1/شهر · %2 محقق</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadEditor</name>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="48"/>
        <source>New Workload</source>
        <translation>عبء عمل جديد</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="48"/>
        <source>Edit Workload — %1</source>
        <translation>تحرير عبء العمل — %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="66"/>
        <source>&amp;Id:</source>
        <translation>المعرّف (&amp;I):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="67"/>
        <source>Unique id of the workload, used in files and routing policies</source>
        <translation>معرّف فريد لعبء العمل، يُستخدم في الملفات وسياسات التوجيه</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="69"/>
        <source>Name shown on the board, the map and in reports</source>
        <translation>الاسم المعروض على اللوحة والخريطة وفي التقارير</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="71"/>
        <source>Interactive</source>
        <translation>تفاعلي</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="72"/>
        <source>Batch</source>
        <translation>دفعي</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="73"/>
        <source>&amp;Category:</source>
        <translation>الفئة (&amp;C):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="74"/>
        <source>Interactive: a person waits for the answer. Batch: no one waits; the job has a deadline, not an interactive budget</source>
        <translation>تفاعلي: ينتظر شخص ما الإجابة. دفعي: لا أحد ينتظر؛ للمهمة موعد نهائي، وليس ميزانية تفاعلية</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="78"/>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="83"/>
        <source>SLO &amp;preset:</source>
        <translation>إعداد SLO المسبق (&amp;P):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="85"/>
        <source>Sets category, metric, percentile and budget from the workload taxonomy of the design (DESIGN.md); hover an entry to see where its numbers come from</source>
        <translation>يضبط الفئة والمقياس والمئين والميزانية وفق تصنيف أعباء العمل في التصميم (DESIGN.md)؛ مرّر المؤشر فوق أي عنصر لمعرفة مصدر أرقامه</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="88"/>
        <source>Time to first token (TTFT)</source>
        <translation>زمن أول رمز (TTFT)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="89"/>
        <source>End to end</source>
        <translation>من طرف إلى طرف</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="90"/>
        <source>SLO &amp;metric:</source>
        <translation>مقياس SLO (&amp;M):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="91"/>
        <source>What the budget bounds: the wait for the first token, or the whole answer including network</source>
        <translation>ما تحدّه الميزانية: انتظار أول رمز، أو الإجابة كاملةً بما في ذلك الشبكة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="97"/>
        <source>P&amp;ercentile:</source>
        <translation>المئين (&amp;E):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="98"/>
        <source>Share of requests that must meet the budget (50–99.99)</source>
        <translation>حصة الطلبات التي يجب أن تلتزم بالميزانية (50–99.99)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="102"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="103"/>
        <source>&amp;Budget:</source>
        <translation>الميزانية (&amp;B):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="103"/>
        <source>Latency budget in milliseconds (&gt; 0)</source>
        <translation>ميزانية زمن الاستجابة بالمللي ثانية (&gt; 0)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="108"/>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="109"/>
        <source>Mean &amp;rate:</source>
        <translation>متوسط المعدل (&amp;R):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="110"/>
        <source>World-wide mean requests per second over a day (&gt; 0); the diurnal profile spreads it over the hours</source>
        <translation>متوسط عدد الطلبات في الثانية عالميًا على مدار اليوم (&gt; 0)؛ ويوزّعه النمط اليومي على الساعات</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="118"/>
        <source>Demand over the 24 hours of local time, peak at the top</source>
        <translation>الطلب على مدار 24 ساعة بالتوقيت المحلي، والذروة في الأعلى</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="121"/>
        <source>Shape of the demand over a local day; &quot;As loaded&quot; keeps the profile of the file</source>
        <translation>شكل الطلب على مدار يوم محلي؛ &quot;كما حُمِّل&quot; يُبقي النمط الوارد في الملف</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="125"/>
        <source>&amp;Daily profile:</source>
        <translation>النمط اليومي (&amp;D):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="131"/>
        <source>&amp;Input tokens:</source>
        <translation>رموز الإدخال (&amp;I):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="132"/>
        <source>Prompt tokens per request (1–10,000,000)</source>
        <translation>رموز المطالبة لكل طلب (1–10,000,000)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="135"/>
        <source>&amp;Output tokens:</source>
        <translation>رموز الإخراج (&amp;O):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="136"/>
        <source>Generated tokens per request (1–1,000,000)</source>
        <translation>الرموز المولَّدة لكل طلب (1–1,000,000)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="140"/>
        <source>Mo&amp;del:</source>
        <translation>النموذج (&amp;D):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="140"/>
        <source>Model from the scenario&apos;s model catalogue</source>
        <translation>نموذج من كتالوج نماذج السيناريو</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="144"/>
        <source>&amp;Precision:</source>
        <translation>الدقة (&amp;P):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="145"/>
        <source>Weight and compute precision; the GPUs of the chosen tier must support it</source>
        <translation>دقة الأوزان والحوسبة؛ يجب أن تدعمها وحدات GPU في الطبقة المختارة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="150"/>
        <source>&amp;Tier:</source>
        <translation>الطبقة (&amp;T):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="150"/>
        <source>Tier that serves the workload (tiers with nodes)</source>
        <translation>الطبقة التي تخدم عبء العمل (الطبقات التي تحتوي على عقد)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="155"/>
        <source>&amp;Users&apos; access:</source>
        <translation>وصول المستخدمين (&amp;U):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="157"/>
        <source>How the users reach the network: their last mile is part of the latency (fixed broadband as measured per country, mobile adds the radio network, an enterprise LAN or private 5G pays neither)</source>
        <translation>كيف يصل المستخدمون إلى الشبكة: ميلهم الأخير جزء من زمن الاستجابة (النطاق العريض الثابت كما قيس لكل بلد، والجوال يضيف الشبكة الراديوية، أما شبكة المؤسسة المحلية أو الجيل الخامس الخاص فلا تدفع أيًا منهما)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="160"/>
        <source>Keep this tier when optimizing</source>
        <translation>الإبقاء على هذه الطبقة عند التحسين</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="161"/>
        <source>Pi&amp;nned:</source>
        <translation>مثبّت (&amp;N):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="162"/>
        <source>The optimizer must not move a pinned workload</source>
        <translation>يجب ألا ينقل المحسِّن عبء عمل مثبّتًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="170"/>
        <source>Never place this workload in the %1 tier (data residency, policy)</source>
        <translation>عدم وضع عبء العمل هذا في طبقة %1 مطلقًا (توطين البيانات، السياسات)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="175"/>
        <source>&amp;Forbidden tiers:</source>
        <translation>الطبقات المحظورة (&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="176"/>
        <source>Tiers the workload may never use</source>
        <translation>الطبقات التي يجب ألا يستخدمها عبء العمل أبدًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="186"/>
        <source>Problems as the scenario file loader reports them: &lt;json path&gt;: &lt;reason&gt;</source>
        <translation>المشكلات كما يبلّغ عنها مُحمِّل ملفات السيناريو: &lt;json path&gt;: &lt;reason&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="190"/>
        <source>Apply the workload (Enter)</source>
        <translation>تطبيق عبء العمل (Enter)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="191"/>
        <source>Close without changes (Esc)</source>
        <translation>إغلاق دون تغييرات (Esc)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="263"/>
        <source>As loaded (custom)</source>
        <translation>كما حُمِّل (مخصص)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadeditor.cpp" line="264"/>
        <source>The hour profile of the file, unchanged</source>
        <translation>النمط الساعي الوارد في الملف، دون تغيير</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadPresets</name>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="26"/>
        <source>Interactive budget of the workload taxonomy (DESIGN.md): %1.</source>
        <translation>الميزانية التفاعلية وفق تصنيف أعباء العمل (DESIGN.md): %1.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="29"/>
        <source>The workload taxonomy (DESIGN.md) gives %1 no interactive budget; it stays central. The deadline here (%2) only keeps a request bounded and matches the default scenario&apos;s choice.</source>
        <translation>لا يمنح تصنيف أعباء العمل (DESIGN.md) %1 أي ميزانية تفاعلية؛ لذا يبقى في الطبقة المركزية. الموعد النهائي هنا (%2) يقتصر على إبقاء الطلب محدودًا ويتوافق مع اختيار السيناريو الافتراضي.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="33"/>
        <source>Real-time code completion (&lt; 200 ms)</source>
        <translation>إكمال الشيفرة في الوقت الفعلي (&lt; 200 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="34"/>
        <source>real-time code completion &lt; 200 ms</source>
        <translation>إكمال الشيفرة في الوقت الفعلي &lt; 200 ms</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="37"/>
        <source>Live customer-service conversation (&lt; 500 ms)</source>
        <translation>محادثة خدمة العملاء المباشرة (&lt; 500 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="38"/>
        <source>live customer-service conversation &lt; 500 ms</source>
        <translation>محادثة خدمة العملاء المباشرة &lt; 500 ms</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="41"/>
        <source>Quality inspection from live video (&lt; 100 ms)</source>
        <translation>فحص الجودة من الفيديو المباشر (&lt; 100 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="43"/>
        <source>quality inspection from live video &lt; 100 ms, end to end, at p99</source>
        <translation>فحص الجودة من الفيديو المباشر &lt; 100 ms، من طرف إلى طرف، عند p99</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="46"/>
        <source>Industrial control loop (&lt; 50 ms)</source>
        <translation>حلقة تحكم صناعية (&lt; 50 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="47"/>
        <source>industrial control loops &lt; 50 ms, end to end, at p99</source>
        <translation>حلقات التحكم الصناعية &lt; 50 ms، من طرف إلى طرف، عند p99</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="50"/>
        <source>Batch analytics (no interactive budget)</source>
        <translation>التحليلات الدفعية (بلا ميزانية تفاعلية)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="51"/>
        <source>batch analytics</source>
        <translation>التحليلات الدفعية</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="51"/>
        <source>5 min at p50</source>
        <translation>5 min عند p50</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="54"/>
        <source>Overnight document processing (no interactive budget)</source>
        <translation>معالجة المستندات ليلًا (بلا ميزانية تفاعلية)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="55"/>
        <source>overnight document processing</source>
        <translation>معالجة المستندات ليلًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="55"/>
        <source>1 h at p95</source>
        <translation>1 h عند p95</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="58"/>
        <source>Fine-tuning job (no interactive budget)</source>
        <translation>مهمة ضبط دقيق (بلا ميزانية تفاعلية)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="59"/>
        <source>fine-tuning</source>
        <translation>الضبط الدقيق</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="59"/>
        <source>8 h at p95</source>
        <translation>8 h عند p95</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="62"/>
        <source>Large-context job (no interactive budget)</source>
        <translation>مهمة ذات سياق كبير (بلا ميزانية تفاعلية)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="63"/>
        <source>large-context jobs (a whole contract, a database dump)</source>
        <translation>المهام ذات السياق الكبير (عقد كامل، تفريغ قاعدة بيانات)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="64"/>
        <source>15 min at p95</source>
        <translation>15 min عند p95</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="82"/>
        <source>Flat</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="83"/>
        <source>The same demand every hour (machines, follow-the-sun services).</source>
        <translation>الطلب نفسه في كل ساعة (الآلات، خدمات تتبع الشمس).</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="84"/>
        <source>Business hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="85"/>
        <source>Office tools: busy 9:00–17:00 local time with a lunch dip, quiet at night.</source>
        <translation>أدوات المكتب: نشاط كثيف 9:00–17:00 بالتوقيت المحلي مع انخفاض وقت الغداء، وهدوء ليلًا.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="88"/>
        <source>Evening peak</source>
        <translation>ذروة مسائية</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="89"/>
        <source>Consumer apps: moderate by day, peaking 19:00–22:00 local time.</source>
        <translation>تطبيقات المستهلكين: نشاط معتدل نهارًا، وذروة 19:00–22:00 بالتوقيت المحلي.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="92"/>
        <source>Overnight batch</source>
        <translation>دفعات ليلية</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="93"/>
        <source>Jobs queued for the night: heavy 22:00–05:00 local time, light by day.</source>
        <translation>مهام مجدولة لليل: حمل كثيف 22:00–05:00 بالتوقيت المحلي، وخفيف نهارًا.</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadpresets.cpp" line="182"/>
        <source>New workload</source>
        <translation>عبء عمل جديد</translation>
    </message>
</context>
<context>
    <name>ea::WorkloadTableModel</name>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="130"/>
        <source>Interactive</source>
        <translation>تفاعلي</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="130"/>
        <source>Batch</source>
        <translation>دفعي</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="155"/>
        <source>per token</source>
        <translation>لكل رمز</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="213"/>
        <source>Evaluating…</source>
        <translation>جارٍ التقييم…</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="216"/>
        <source>Meets SLO</source>
        <translation>يحقق SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="216"/>
        <source>Misses SLO</source>
        <translation>لا يحقق SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="241"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Model %3, %4&lt;br&gt;%5 input / %6 output tokens&lt;br&gt;Mean load %7%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;النموذج %3، %4&lt;br&gt;رموز الإدخال: %5 / رموز الإخراج: %6&lt;br&gt;متوسط الحمل %7%8</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="247"/>
        <source>&lt;br&gt;Pinned: the optimizer keeps its tier</source>
        <translation>&lt;br&gt;مثبّت: يُبقي المحسِّن على طبقته</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="250"/>
        <source>%1 of the requests must see the first token within %2</source>
        <translation>يجب أن يصل أول رمز لـ %1 من الطلبات خلال %2</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="251"/>
        <source>%1 of the requests must see the whole answer within %2</source>
        <translation>يجب أن تصل الإجابة كاملةً لـ %1 من الطلبات خلال %2</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="257"/>
        <source>Where the workload runs. Double-click or press F2 to move it.
Allowed here: %1</source>
        <translation>مكان تشغيل عبء العمل. انقر نقرًا مزدوجًا أو اضغط F2 لنقله.
المسموح به هنا: %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="269"/>
        <source>&lt;b&gt;Where the time goes&lt;/b&gt;&lt;br&gt;each region&apos;s p%1, averaged over the demand</source>
        <translation>&lt;b&gt;أين يذهب الوقت&lt;/b&gt;&lt;br&gt;p%1 لكل منطقة، بالمتوسط على الطلب</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="271"/>
        <source>Propagation</source>
        <translation>الانتشار</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="272"/>
        <source>Route inflation, jitter, handshakes</source>
        <translation>تضخم المسار، التذبذب، المصافحات</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="273"/>
        <source>User access (%1)</source>
        <translation>وصول المستخدم (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="274"/>
        <source>Queueing</source>
        <translation>الاصطفاف</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="274"/>
        <source>Prefill</source>
        <translation>التعبئة المسبقة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="275"/>
        <source>Decode</source>
        <translation>فك الترميز</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="275"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="280"/>
        <source>%1 of %2 served within the SLO</source>
        <translation>%1 من %2 خُدمت ضمن SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="283"/>
        <source>Billed per token (API price)</source>
        <translation>فوترة لكل رمز (سعر API)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="283"/>
        <source>Billed per GPU-hour</source>
        <translation>فوترة لكل ساعة GPU</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="285"/>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="312"/>
        <source>GPUs</source>
        <translation>وحدات GPU</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="286"/>
        <source>API tokens</source>
        <translation>رموز API</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="287"/>
        <source>Egress</source>
        <translation>حركة البيانات الصادرة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="288"/>
        <source>Tokens per month</source>
        <translation>الرموز شهريًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="289"/>
        <source>GPUs per replica</source>
        <translation>وحدات GPU لكل نسخة متماثلة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="292"/>
        <source>Sites serving this workload in the %1 tier</source>
        <translation>المواقع التي تخدم عبء العمل هذا في طبقة %1</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="301"/>
        <source>Workload</source>
        <translation>عبء العمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="302"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="303"/>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="304"/>
        <source>Tier</source>
        <translation>الطبقة</translation>
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
        <translation>نسبة التحقيق</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="313"/>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="315"/>
        <source>Cost/mo</source>
        <extracomment>Column header: cost per month</extracomment>
        <translation>التكلفة/شهر</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="317"/>
        <source>$/M tok</source>
        <extracomment>Column header: US dollars per million tokens</extracomment>
        <translation>$/مليون رمز</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="318"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="320"/>
        <source>Workload name</source>
        <translation>اسم عبء العمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="321"/>
        <source>Interactive or batch</source>
        <translation>تفاعلي أو دفعي</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="322"/>
        <source>Service-level objective: metric, percentile and budget</source>
        <translation>هدف مستوى الخدمة: المقياس والمئين والميزانية</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="323"/>
        <source>Deployment tier; edit to move the workload</source>
        <translation>طبقة النشر؛ عدّلها لنقل عبء العمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="324"/>
        <source>Median latency of the SLO metric</source>
        <translation>زمن الاستجابة الوسيط لمقياس SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="325"/>
        <source>95th-percentile latency of the SLO metric</source>
        <translation>زمن الاستجابة عند المئين 95 لمقياس SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="326"/>
        <source>99th-percentile latency of the SLO metric</source>
        <translation>زمن الاستجابة عند المئين 99 لمقياس SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="327"/>
        <source>Share of requests served within the SLO</source>
        <translation>حصة الطلبات المخدومة ضمن SLO</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="328"/>
        <source>GPUs used at the diurnal peak</source>
        <translation>وحدات GPU المستخدمة في ذروة الاستخدام اليومية</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="329"/>
        <source>Sites serving the workload</source>
        <translation>المواقع التي تخدم عبء العمل</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="330"/>
        <source>GPU, API and egress cost per month</source>
        <translation>تكلفة GPU وAPI وحركة البيانات الصادرة شهريًا</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="331"/>
        <source>Cost per million tokens (input and output)</source>
        <translation>التكلفة لكل مليون رمز (الإدخال والإخراج)</translation>
    </message>
    <message>
        <location filename="../widgets/planner/workloadtablemodel.cpp" line="332"/>
        <source>Evaluation result or the reason the workload misses its SLO</source>
        <translation>نتيجة التقييم أو سبب عدم تحقيق عبء العمل لـ SLO الخاص به</translation>
    </message>
</context>
<context>
    <name>ea::geo::BasemapReader</name>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="58"/>
        <source>basemap: %1</source>
        <translation>الخريطة الأساسية: %1</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="93"/>
        <source>%1 bytes is too short for the header</source>
        <translation>%1 بايت أقصر من أن يتسع للترويسة</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="95"/>
        <source>not a basemap blob (bad magic)</source>
        <translation>ليس ملف خريطة أساسية (توقيع غير صحيح)</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="97"/>
        <source>unsupported version %1 (expected %2)</source>
        <translation>إصدار غير مدعوم %1 (المتوقع %2)</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="100"/>
        <source>unknown scale 1:%1m</source>
        <translation>مقياس غير معروف 1:%1m</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="108"/>
        <source>size %1 bytes does not match the counts (%2 rings, %3 lines, %4 points: %5 bytes)</source>
        <translation>الحجم %1 بايت لا يطابق الأعداد (الحلقات %2، الخطوط %3، النقاط %4: %5 بايت)</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="126"/>
        <source>ring %1 has %2 points</source>
        <translation>الحلقة %1 تحتوي على %2 من النقاط</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="127"/>
        <source>line %1 has %2 points</source>
        <translation>الخط %1 يحتوي على %2 من النقاط</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="129"/>
        <source>the point counts add up to more than %1</source>
        <translation>مجموع أعداد النقاط يتجاوز %1</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="136"/>
        <source>point %1 is out of range</source>
        <translation>النقطة %1 خارج النطاق</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="142"/>
        <source>the point counts add up to %1, not %2</source>
        <translation>مجموع أعداد النقاط %1، وليس %2</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="154"/>
        <source>basemap: cannot open %1: %2</source>
        <translation>الخريطة الأساسية: تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/geo/basemap.cpp" line="161"/>
        <source>basemap: %1 holds the wrong level of detail</source>
        <translation>الخريطة الأساسية: %1 يحتوي على مستوى تفاصيل خاطئ</translation>
    </message>
</context>
<context>
    <name>ea::geo::Projection</name>
    <message>
        <location filename="../engine/geo/projection.cpp" line="30"/>
        <source>Equirectangular</source>
        <translation>متساوي المستطيلات</translation>
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
        <translation>أمريكا الشمالية</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="207"/>
        <source>South America</source>
        <translation>أمريكا الجنوبية</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="208"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="209"/>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="210"/>
        <source>Middle East</source>
        <translation>الشرق الأوسط</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="211"/>
        <source>South Asia</source>
        <translation>جنوب آسيا</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="212"/>
        <source>East Asia</source>
        <translation>شرق آسيا</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="213"/>
        <source>South-East Asia</source>
        <translation>جنوب شرق آسيا</translation>
    </message>
    <message>
        <location filename="../engine/geo/zones.cpp" line="214"/>
        <source>Oceania</source>
        <translation>أوقيانوسيا</translation>
    </message>
</context>
<context>
    <name>ea::probe::Transfer</name>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="84"/>
        <source>not an http:// or https:// URL</source>
        <translation>ليس عنوان URL من نوع http:// أو https://</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="92"/>
        <source>the environment variable %1 (API key) is not set</source>
        <translation>متغير البيئة %1 (مفتاح API) غير معيّن</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="97"/>
        <source>the environment variable %1 (API key) contains a line break or another control character</source>
        <translation>متغير البيئة %1 (مفتاح API) يحتوي على فاصل أسطر أو محرف تحكم آخر</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="107"/>
        <source>libcurl could not create a transfer</source>
        <translation>تعذّر على libcurl إنشاء عملية نقل</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="222"/>
        <source>expected Content-Type text/event-stream, got &quot;%1&quot;</source>
        <translation>المتوقع Content-Type text/event-stream، لكن ورد &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="230"/>
        <source>the server sent a body with Content-Encoding &quot;%1&quot; though none was asked for</source>
        <translation>أرسل الخادم جسمًا بترميز Content-Encoding &quot;%1&quot; دون أن يُطلب أي ترميز</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="260"/>
        <source>no response within %1 ms</source>
        <translation>لا استجابة خلال %1 ms</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="267"/>
        <source>the response stopped: no data for %1 ms after %2 bytes, %3 tokens</source>
        <translation>توقفت الاستجابة: لا بيانات لمدة %1 ms بعد %2 بايت و%3 رمز</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="276"/>
        <source>the response crawls: no complete line in %1 ms, %2 bytes dribbled in (after %3 bytes, %4 tokens)</source>
        <translation>الاستجابة تزحف: لا سطر كامل خلال %1 ms، ووصل %2 بايت بالتقطير (بعد %3 بايت و%4 رمز)</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="352"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="353"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="356"/>
        <source>the stream ended without &quot;data: [DONE]&quot; after %1 tokens</source>
        <translation>انتهى التدفق دون &quot;data: [DONE]&quot; بعد %1 رمز</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="410"/>
        <source>connection refused, nothing listens on the port (%1)</source>
        <translation>رُفض الاتصال، لا شيء يستمع على المنفذ (%1)</translation>
    </message>
    <message>
        <location filename="../engine/probe/probetransfer.cpp" line="412"/>
        <source>the answer is not HTTP (%1)</source>
        <translation>الرد ليس HTTP (%1)</translation>
    </message>
</context>
</TS>

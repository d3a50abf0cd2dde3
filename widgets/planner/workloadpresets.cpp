// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/workloadpresets.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ea {

namespace {

struct WorkloadPresets
{
    Q_DECLARE_TR_FUNCTIONS(ea::WorkloadPresets)
};

constexpr double kMinute = 60'000;
constexpr double kHour = 60 * kMinute;

std::vector<SloPreset> makeSloPresets()
{
    const QString interactive =
        WorkloadPresets::tr("Interactive budget of the workload taxonomy (DESIGN.md): %1.");
    // The taxonomy gives batch work no interactive budget. The evaluator still needs a bound, so these are
    // completion deadlines of the kind the default scenario uses; they never decide an edge placement.
    const QString batch = WorkloadPresets::tr(
        "The workload taxonomy (DESIGN.md) gives %1 no interactive budget; it stays central. The "
        "deadline here (%2) only keeps a request bounded and matches the default scenario's choice.");
    return {
        {WorkloadPresets::tr("Real-time code completion (< 200 ms)"),
         interactive.arg(WorkloadPresets::tr("real-time code completion < 200 ms")),
         WorkloadCategory::Interactive,
         {SloMetric::Ttft, 95, 200}},
        {WorkloadPresets::tr("Live customer-service conversation (< 500 ms)"),
         interactive.arg(WorkloadPresets::tr("live customer-service conversation < 500 ms")),
         WorkloadCategory::Interactive,
         {SloMetric::Ttft, 95, 500}},
        {WorkloadPresets::tr("Quality inspection from live video (< 100 ms)"),
         interactive.arg(
             WorkloadPresets::tr("quality inspection from live video < 100 ms, end to end, at p99")),
         WorkloadCategory::Interactive,
         {SloMetric::E2e, 99, 100}},
        {WorkloadPresets::tr("Industrial control loop (< 50 ms)"),
         interactive.arg(WorkloadPresets::tr("industrial control loops < 50 ms, end to end, at p99")),
         WorkloadCategory::Interactive,
         {SloMetric::E2e, 99, 50}},
        {WorkloadPresets::tr("Batch analytics (no interactive budget)"),
         batch.arg(WorkloadPresets::tr("batch analytics"), WorkloadPresets::tr("5 min at p50")),
         WorkloadCategory::Batch,
         {SloMetric::E2e, 50, 5 * kMinute}},
        {WorkloadPresets::tr("Overnight document processing (no interactive budget)"),
         batch.arg(WorkloadPresets::tr("overnight document processing"), WorkloadPresets::tr("1 h at p95")),
         WorkloadCategory::Batch,
         {SloMetric::E2e, 95, kHour}},
        {WorkloadPresets::tr("Fine-tuning job (no interactive budget)"),
         batch.arg(WorkloadPresets::tr("fine-tuning"), WorkloadPresets::tr("8 h at p95")),
         WorkloadCategory::Batch,
         {SloMetric::E2e, 95, 8 * kHour}},
        {WorkloadPresets::tr("Large-context job (no interactive budget)"),
         batch.arg(WorkloadPresets::tr("large-context jobs (a whole contract, a database dump)"),
                   WorkloadPresets::tr("15 min at p95")),
         WorkloadCategory::Batch,
         {SloMetric::E2e, 95, 15 * kMinute}},
    };
}

std::array<double, 24> profile(std::initializer_list<double> values)
{
    std::array<double, 24> p{};
    std::copy(values.begin(), values.end(), p.begin());
    return p;
}

std::vector<DiurnalShape> makeDiurnalShapes()
{
    std::array<double, 24> flat;
    flat.fill(1.0);
    return {
        {WorkloadPresets::tr("Flat"),
         WorkloadPresets::tr("The same demand every hour (machines, follow-the-sun services)."), flat},
        {WorkloadPresets::tr("Business hours"),
         WorkloadPresets::tr("Office tools: busy 9:00–17:00 local time with a lunch dip, quiet at night."),
         profile({0.08, 0.06, 0.05, 0.05, 0.05, 0.08, 0.2, 0.45, 0.8, 1,    1,    0.95,
                  0.75, 0.9,  1,    1,    0.95, 0.8,  0.5, 0.35, 0.3, 0.25, 0.18, 0.12})},
        {WorkloadPresets::tr("Evening peak"),
         WorkloadPresets::tr("Consumer apps: moderate by day, peaking 19:00–22:00 local time."),
         profile({0.35, 0.2, 0.12, 0.08, 0.08, 0.1, 0.2,  0.35, 0.45, 0.5,  0.55, 0.6,
                  0.65, 0.6, 0.55, 0.55, 0.6,  0.7, 0.85, 1,    1,    0.95, 0.8,  0.55})},
        {WorkloadPresets::tr("Overnight batch"),
         WorkloadPresets::tr("Jobs queued for the night: heavy 22:00–05:00 local time, light by day."),
         profile({1,   1,   1,   1,   1,   0.9,  0.6, 0.3,  0.15, 0.1,  0.1, 0.1,
                  0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.2, 0.35, 0.6,  0.85, 1,   1})},
    };
}

// The names and notes are translated: a list is made again when the interface language (the default
// locale, which applyInterfaceLanguage sets with the catalog) changed since it was made.
template <typename T> const std::vector<T> &madeForCurrentLanguage(std::vector<T> (*make)())
{
    static std::vector<T> list;
    static QString madeFor;
    if (list.empty() || madeFor != QLocale().name()) {
        list = make();
        madeFor = QLocale().name();
    }
    return list;
}

} // namespace

const std::vector<SloPreset> &sloPresets()
{
    return madeForCurrentLanguage(&makeSloPresets);
}

int matchSloPreset(WorkloadCategory category, const Slo &slo)
{
    const auto &all = sloPresets();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].category == category && all[i].slo == slo)
            return static_cast<int>(i);
    return -1;
}

const std::vector<DiurnalShape> &diurnalShapes()
{
    return madeForCurrentLanguage(&makeDiurnalShapes);
}

int matchDiurnalShape(const std::array<double, 24> &p)
{
    const auto &all = diurnalShapes();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].profile == p)
            return static_cast<int>(i);
    return -1;
}

QString uniqueWorkloadId(const Scenario &s, const QString &base, int except)
{
    QSet<QString> used;
    for (size_t i = 0; i < s.workloads.size(); ++i)
        if (static_cast<int>(i) != except)
            used.insert(s.workloads[i].id);
    if (!base.isEmpty() && !used.contains(base))
        return base;
    static const QRegularExpression copySuffix(QStringLiteral("-copy(-\\d+)?$"));
    QString stem = base;
    stem.remove(copySuffix);
    if (stem.isEmpty())
        stem = QStringLiteral("workload");
    QString id = stem + QStringLiteral("-copy");
    for (int n = 2; used.contains(id); ++n)
        id = stem + QStringLiteral("-copy-%1").arg(n);
    return id;
}

std::vector<Tier> tiersWithNodes(const Scenario &s)
{
    std::array<bool, TierCount> hasNodes{};
    for (const Node &n : s.nodes)
        hasNodes[static_cast<int>(n.tier)] = true;
    std::vector<Tier> out;
    for (Tier t : AllTiers)
        if (s.tier(t).present && hasNodes[static_cast<int>(t)])
            out.push_back(t);
    return out;
}

Workload newWorkload(const Scenario &s)
{
    Workload w;
    QSet<QString> used;
    for (const Workload &x : s.workloads)
        used.insert(x.id);
    for (int n = static_cast<int>(s.workloads.size()) + 1; w.id.isEmpty(); ++n)
        if (const QString id = QStringLiteral("workload-%1").arg(n); !used.contains(id))
            w.id = id;
    w.name = WorkloadPresets::tr("New workload");
    const SloPreset &preset = sloPresets()[1]; // live conversation: the taxonomy's common middle ground
    w.category = preset.category;
    w.slo = preset.slo;
    w.meanRps = 10;
    w.diurnal = diurnalShapes()[1].profile;
    w.inputTokens = 1000;
    w.outputTokens = 200;
    if (!s.models.empty())
        w.model = s.models.front().id;
    w.precision = Precision::BF16;
    const std::vector<Tier> tiers = tiersWithNodes(s);
    if (std::find(tiers.begin(), tiers.end(), Tier::Regional) != tiers.end())
        w.tier = Tier::Regional;
    else if (!tiers.empty())
        w.tier = tiers.front();
    return w;
}

} // namespace ea

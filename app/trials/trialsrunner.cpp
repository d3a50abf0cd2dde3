// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/trials/trialsrunner.h"

#include "app/jobrunner.h"

#include <QCoreApplication>

namespace ea {

namespace {

bool sameTrial(const trials::TrialConfig &x, const trials::TrialConfig &y)
{
    if (x.model.id != y.model.id || x.phase != y.phase || x.precision != y.precision || x.batch != y.batch)
        return false;
    return x.phase == trials::Phase::Prefill ? x.prompt == y.prompt : x.context == y.context;
}

QString label(const trials::TrialConfig &c)
{
    return QString::fromStdString(c.label());
}

} // namespace

TrialsRunner::TrialsRunner(JobRunner *jobs, QObject *parent) : QObject(parent), m_jobs(jobs)
{
    qRegisterMetaType<ea::TrialsOutcomePtr>();
    qRegisterMetaType<ea::BackendAvailability>();
}

TrialsRunner::~TrialsRunner()
{
    cancel();
}

void TrialsRunner::probeBackends()
{
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    spec.label = tr("Looking for the trials' devices");
    spec.policy = JobSpec::Policy::Queue;
    spec.cancellable = false;
    m_jobs->run(
        spec, this,
        [](JobControl &) {
            BackendAvailability a;
            a.probed = true;
            try {
                const auto cpu = trials::createCpuBackend();
                const trials::DeviceInfo &i = cpu->info();
                a.cpu = tr("%1, %n thread(s), BLAS: %2", nullptr, i.computeUnits)
                            .arg(QString::fromStdString(i.device), QString::fromStdString(i.blas));
            } catch (const std::exception &e) {
                a.cpu = tr("unavailable: %1").arg(QString::fromUtf8(e.what()));
            }
            std::string why;
            try {
                if (const auto gpu = trials::loadCudaBackend(&why)) {
                    a.cudaAvailable = true;
                    a.cuda = QString::fromStdString(gpu->info().device);
                }
            } catch (const std::exception &e) {
                why = e.what();
            }
            if (!a.cudaAvailable)
                a.cuda = QString::fromStdString(why);
            return a;
        },
        [this](const BackendAvailability &a) {
            m_availability = a;
            emit backendsProbed(a);
        });
}

std::vector<trials::TrialConfig> TrialsRunner::profileTrials(const TrialsRequest &request)
{
    std::vector<trials::TrialConfig> out;
    if (!request.settings.profileTrials)
        return out;
    const trials::TrialConfig &a = request.a;
    trials::TrialConfig c = a;
    c.phase = trials::Phase::Decode;
    c.context = a.phase == trials::Phase::Decode ? a.context : 1024;
    for (int batch : {1, 8}) {
        c.batch = batch;
        out.push_back(c);
    }
    c.phase = trials::Phase::Prefill;
    c.batch = 1;
    c.prompt = a.phase == trials::Phase::Prefill ? a.prompt : 512;
    out.push_back(c);
    std::erase_if(out, [&](const trials::TrialConfig &x) {
        return sameTrial(x, request.a) || sameTrial(x, request.b);
    });
    return out;
}

bool TrialsRunner::start(const TrialsRequest &request)
{
    if (m_busy)
        return false;
    m_busy = true;
    const int total = 6 + static_cast<int>(profileTrials(request).size());
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    spec.label = tr("Benchmark trials");
    spec.policy = JobSpec::Policy::Queue;
    spec.deliverWhenCancelled = true; // what was measured until then, marked cancelled
    spec.progress = [this, total](double fraction, const QString &text) {
        emit progress(qRound(fraction * total), total, text);
    };
    m_run = m_jobs->run(
        spec, this,
        [this, request, total](JobControl &control) {
            auto out = std::make_shared<TrialsOutcome>();
            const std::atomic<bool> *flag = control.cancelFlag();
            int step = 0;
            const auto report = [&](const QString &text) { control.setStep(step++, total, text); };
            // Each part as soon as it is measured: a copy, so the GUI never sees the one still growing. The
            // runner (this) is touched on the GUI thread only, and only while it exists (it is the receiver).
            const auto publish = [&] {
                auto snapshot = std::make_shared<TrialsOutcome>(*out);
                snapshot->partial = true;
                snapshot->resultA = snapshot->report.results.size() > 0 ? 0 : -1;
                snapshot->resultB = snapshot->report.results.size() > 1 ? 1 : -1;
                control.publish(
                    [this, snapshot = TrialsOutcomePtr(std::move(snapshot))] { emit partial(snapshot); });
            };
            try {
                report(tr("Opening the backend"));
                std::string note, error;
                const auto backend = trials::createBackend(request.settings.backend,
                                                           request.settings.cpuThreads, &note, &error);
                if (!backend)
                    throw std::runtime_error(error);
                out->backendNote = QString::fromStdString(note);
                const trials::StopRule rule = request.settings.stopRule();
                trials::TrialRunner runner(*backend, rule, request.settings.seed);
                out->report.provenance = trials::makeProvenance(backend->info(), request.settings.seed, rule,
                                                                "EdgeAtlas Trials: A = " + request.a.label() +
                                                                    ", B = " + request.b.label());
                // Ceilings first, in the same process and on the same device as the trials.
                report(tr("Measuring the ceilings (copy bandwidth, GEMM rate)"));
                std::vector<trials::Precision> precisions{request.a.precision};
                if (request.b.precision != request.a.precision)
                    precisions.push_back(request.b.precision);
                out->report.ceilings = runner.measureCeilings(
                    precisions, flag, static_cast<size_t>(request.settings.copyMiB) << 20,
                    request.settings.gemmSize);
                out->report.haveCeilings = !flag->load();
                if (out->report.haveCeilings)
                    publish();
                std::vector<std::pair<QString, trials::TrialConfig>> configs{
                    {tr("Trial A: %1").arg(label(request.a)), request.a},
                    {tr("Trial B: %1").arg(label(request.b)), request.b}};
                for (const trials::TrialConfig &c : profileTrials(request))
                    configs.emplace_back(tr("Profile trial: %1").arg(label(c)), c);
                for (const auto &[text, config] : configs) {
                    if (flag->load())
                        break;
                    report(text);
                    out->report.results.push_back(runner.run(config, out->report.ceilings, flag));
                    publish();
                }
                out->resultA = out->report.results.size() > 0 ? 0 : -1;
                out->resultB = out->report.results.size() > 1 ? 1 : -1;
                // The A/A control first: its spread is the noise a B/A difference must exceed.
                const int rounds = std::max(request.settings.rounds, 1);
                if (!flag->load()) {
                    report(tr("A/A control: A against itself, %n round(s)", nullptr, rounds));
                    out->report.pairs.push_back(runner.runPair(request.a, request.a, rounds, flag));
                    publish();
                }
                if (!flag->load()) {
                    report(tr("A/B: interleaved, %n round(s)", nullptr, rounds));
                    out->report.pairs.push_back(runner.runPair(request.a, request.b, rounds, flag));
                }
            } catch (const std::exception &e) {
                out->error = QString::fromUtf8(e.what());
            }
            out->cancelled = flag->load();
            return TrialsOutcomePtr(out);
        },
        [this](TrialsOutcomePtr outcome) {
            m_busy = false;
            m_run = 0;
            emit finished(std::move(outcome));
        });
    return true;
}

void TrialsRunner::cancel()
{
    if (m_run)
        m_jobs->cancel(m_run);
}

} // namespace ea
